"""Disassembly for `-d in_asm` and the monitor's x/i, through capstone."""

import capstone

_MODES = {64: capstone.CS_MODE_RISCV64, 32: capstone.CS_MODE_RISCV32}
_ENGINES = {}


def _engine(xlen):
    md = _ENGINES.get(xlen)
    if md is None:
        md = capstone.Cs(capstone.CS_ARCH_RISCV, _MODES[xlen] | capstone.CS_MODE_RISCVC)
        _ENGINES[xlen] = md
    return md


def disas(code, pc, xlen=64):
    """[(pc, size, text)] for the instructions in ``code`` at ``pc``; bytes
    capstone cannot decode are shown as `.2byte`/`.4byte`."""
    out = []
    offset = 0
    md = _engine(xlen)
    while offset < len(code):
        size = 4 if code[offset] & 3 == 3 else 2
        chunk = bytes(code[offset:offset + size])
        insn = next(md.disasm(chunk, pc + offset), None)
        if insn is None or len(chunk) < size:
            word = int.from_bytes(chunk, "little")
            text = ".%dbyte 0x%x" % (len(chunk), word)
        else:
            text = ("%s %s" % (insn.mnemonic, insn.op_str)).strip()
        out.append((pc + offset, len(chunk), text))
        offset += size
    return out
