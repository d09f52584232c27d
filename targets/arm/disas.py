"""Disassembly for `-d in_asm` and the monitor's x/i, through capstone
(A32 or T32, as the CPU is in when the TB is translated)."""

import capstone

_ENGINES = {}


def _engine(thumb):
    md = _ENGINES.get(thumb)
    if md is None:
        mode = capstone.CS_MODE_THUMB if thumb else capstone.CS_MODE_ARM
        md = capstone.Cs(capstone.CS_ARCH_ARM, mode)
        _ENGINES[thumb] = md
    return md


def insn_size(code, offset, thumb):
    """Bytes of the instruction at code[offset]: 4 in A32; in T32, 4 when
    the first halfword starts a 32-bit encoding (0b11101/0b11110/0b11111)."""
    if not thumb:
        return 4
    if offset + 1 >= len(code):
        return 2
    first = code[offset] | code[offset + 1] << 8
    return 4 if first >> 11 in (0x1D, 0x1E, 0x1F) else 2


def disas(code, pc, thumb=False):
    """[(pc, size, text)] for the instructions in ``code`` at ``pc``; what
    capstone cannot decode is shown as `.word`/`.short`."""
    out = []
    offset = 0
    md = _engine(bool(thumb))
    while offset < len(code):
        size = insn_size(code, offset, thumb)
        chunk = bytes(code[offset:offset + size])
        insn = next(md.disasm(chunk, pc + offset), None) if len(chunk) == size else None
        if insn is None:
            text = "%s 0x%x" % (".word" if len(chunk) == 4 else ".short",
                                int.from_bytes(chunk, "little"))
        else:
            text = ("%-8s %s" % (insn.mnemonic, insn.op_str)).rstrip()
        out.append((pc + offset, len(chunk), text))
        offset += size
    return out


def in_asm_line(pc, raw, text, thumb=False):
    """QEMU's capstone layout: the instruction as a 32-bit word (A32) or
    16-bit halfwords (T32), then the mnemonic padded to 8 columns."""
    if not thumb:
        hexed = "%08x" % int.from_bytes(raw, "little")
    else:
        hexed = "%-9s" % " ".join("%04x" % int.from_bytes(raw[i:i + 2], "little")
                                  for i in range(0, len(raw), 2))
    return "0x%08x:  %s  %s" % (pc, hexed, text)
