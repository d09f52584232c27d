"""RISC-V front end: fetch, decode (generated decodetree tables), translate.

:class:`DisasContext` is what ``RISCVCPU.make_disas_context`` returns; the
shared translator loop (emu.tcg.translator) drives it.  The decoders call
``TRANS.trans_<pattern>(ctx, a)``: :data:`TRANS` is one namespace collected
from the per-extension modules in targets/riscv/trans/.  A trans_ that
returns False (or no pattern matching) means illegal instruction.
"""

import types

from emu.tcg import ops as O
from emu.tcg.translator import DisasContextBase, DISAS_NEXT, DISAS_TOO_MANY

from targets.riscv.decode_insn16 import decode_insn16
from targets.riscv.decode_insn32 import decode_insn32
from targets.riscv.trans import (common, privileged, rva, rvb, rvc, rvd, rvf,
                                 rvi, rvm, rvzicsr)

_TRANS_MODULES = (rvi, rvm, rva, rvb, rvf, rvd, rvzicsr, rvc, privileged)


def _collect(modules):
    """One namespace with every trans_*/ex_*/param_* function; a name
    defined twice is an error (one pattern, one translator)."""
    table = {}
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith(("trans_", "ex_", "param_")) and callable(value):
                if name in table and table[name] is not value:
                    raise ValueError("%s defined in two trans modules" % name)
                table[name] = value
    return types.SimpleNamespace(**table)


TRANS = _collect(_TRANS_MODULES)


class DisasContext(DisasContextBase):
    """Per-TB translation state of the RISC-V front end."""

    def __init__(self, cpu, pc, flags, max_insns, ir):
        super().__init__(cpu, pc, flags, max_insns, ir)
        table = cpu.regtable
        self.xlen = cpu.xlen
        self.xlen_mask = (1 << cpu.xlen) - 1
        self.misa_ext = cpu.misa_ext
        self.priv = flags & 3
        self.fs = (flags >> 2) & 3
        self.mem_idx = (flags >> 4) & 3
        self.mo_addr = O.MO_ADDR32 if cpu.xlen == 32 else 0
        self.x_base = table.slot("x")
        self.f_base = table.slot("f")
        self.pc_slot = table.slot("pc")
        self.slot = table.slot
        self.cur_pc = pc
        self.pc_succ = pc
        self.opcode = 0

    # -- services for trans_ -------------------------------------------------
    def sext_xlen(self, value):
        value &= self.xlen_mask
        return value - (1 << self.xlen) if value >> (self.xlen - 1) else value

    # -- translator hooks -------------------------------------------------------
    def translate_insn(self):
        pc = self.pc_next
        self.cur_pc = pc
        if pc & 0xFFF <= 0xFFC:
            # one read for both halves: the second stays on this page
            insn = self.fetch_code(pc, 4)
            if insn & 3 == 3:
                size = 4
            else:
                insn &= 0xFFFF
                size = 2
        else:
            insn = self.fetch_code(pc, 2)
            if insn & 3 == 3:
                insn |= self.fetch_code(pc + 2, 2) << 16
                size = 4
            else:
                size = 2
        self.opcode = insn
        self.pc_succ = (pc + size) & self.xlen_mask
        if size == 4:
            ok = decode_insn32(TRANS, self, insn)
        else:
            ok = "C" in self.misa_ext and decode_insn16(TRANS, self, insn)
        if not ok:
            common.gen_illegal(self)
        self.pc_next = pc + size

    def tb_stop(self):
        if self.is_jmp == DISAS_TOO_MANY or self.is_jmp == DISAS_NEXT:
            common.gen_goto_tb(self, 0, self.pc_next)


def insn_length(first_halfword):
    """2 or 4: the length of the instruction starting with this halfword."""
    return 4 if first_halfword & 3 == 3 else 2


__all__ = ["DisasContext", "TRANS", "insn_length"]
