"""Arm front end: fetch, condition and IT-state handling, decode with the
generated decodetree tables, translate.

:class:`DisasContext` is what ``ARMCPU.make_disas_context`` returns.  The
decoders call ``TRANS.trans_<pattern>(ctx, a)``; :data:`TRANS` is one
namespace collected from targets/arm/trans/.  A trans_ returning False (or
nothing matching) makes the instruction UNDEFINED.

ARM state: a conditional instruction is wrapped in a branch over its body
(the body may end the TB: tb_stop then continues the not-taken path).
Thumb state: 16-bit encodings are decoded by decode_t16, 32-bit ones by
decode_t32; inside an IT block each instruction is conditional on the IT
condition and the IT state advances after it.
"""

import types

from emu.tcg.translator import DisasContextBase, DISAS_NEXT, DISAS_TOO_MANY

from targets.arm import cpu_bits as B
from targets.arm.decode_a32 import decode_a32
from targets.arm.decode_a32_uncond import decode_a32_uncond
from targets.arm.decode_t16 import decode_t16
from targets.arm.decode_t32 import decode_t32
from targets.arm.decode_vfp import decode_vfp
from targets.arm.trans import branch, common, dp, ldst, system, thumb, vfp

_TRANS_MODULES = (dp, ldst, branch, system, thumb, vfp)


def _collect(modules):
    table = {}
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith(("trans_", "ex_", "param_")) and callable(value):
                if name in table and table[name] is not value:
                    raise ValueError("%s defined in two trans modules" % name)
                table[name] = value
    return types.SimpleNamespace(**table)


def ex_times_2(ctx, x):
    return x * 2


def ex_times_4(ctx, x):
    return x * 4


TRANS = _collect(_TRANS_MODULES)
TRANS.ex_times_2 = ex_times_2
TRANS.ex_times_4 = ex_times_4


def is_vfp_space(insn):
    """Coprocessor 10/11 encodings (bits 27:25 = 110 or 111, 11:9 = 101)."""
    return (insn >> 26) & 3 == 3 and (insn >> 9) & 7 == 5


def it_advance(it):
    """The IT state after one instruction of an IT block."""
    if it & 7 == 0:
        return 0
    return (it & 0xE0) | ((it << 1) & 0x1F)


class DisasContext(DisasContextBase):
    """Per-TB translation state of the Arm front end."""

    def __init__(self, cpu, pc, flags, max_insns, ir):
        super().__init__(cpu, pc, flags, max_insns, ir)
        table = cpu.regtable
        self.slot = table.slot
        self.thumb = bool(flags & B.TBF_THUMB)
        self.tb_condexec = (flags & B.TBF_CONDEXEC_MASK) >> B.TBF_CONDEXEC_SHIFT
        self.condexec = self.tb_condexec          # IT state of the current insn
        self.condexec_next = self.tb_condexec
        self.condexec_slot_value = self.tb_condexec
        self.mode = (flags >> B.TBF_MODE_SHIFT) & 0x1F
        self.vfp_enabled = bool(flags & B.TBF_VFPEN)
        self.fz = bool(flags & B.TBF_FZ)
        self.dn = bool(flags & B.TBF_DN)
        self.tb_flags_dirty = False
        self.r_base = table.slot("r")
        self.pc_slot = table.slot("pc")
        self.flags_slot = table.slot("tb_flags")
        self.thumb_slot = table.slot("thumb")
        self.condexec_slot = table.slot("condexec")
        self.nf = table.slot("nf")
        self.zf = table.slot("zf")
        self.cf = table.slot("cf")
        self.vf = table.slot("vf")
        self.qf = table.slot("qf")
        self.d_base = table.slot("d")
        self.cur_pc = pc
        self.pc_succ = pc
        self.insn = 0
        self.insn_size = 4
        self.condlabel = None

    # -- services for trans_ -------------------------------------------------------
    def const(self, value):
        t = self.temp()
        self.ir.movi(t, value)
        return t

    # -- translator hooks ----------------------------------------------------------
    def translate_insn(self):
        if self.thumb:
            self._translate_thumb()
        else:
            self._translate_arm()

    def _begin(self, pc, size, insn):
        self.cur_pc = pc
        self.insn = insn
        self.insn_size = size
        self.pc_succ = (pc + size) & 0xFFFFFFFF
        self.condlabel = None

    def _translate_arm(self):
        pc = self.pc_next
        insn = self.fetch_code(pc, 4)
        self._begin(pc, 4, insn)
        cond = insn >> 28
        if cond == 0xF:
            ok = decode_a32_uncond(TRANS, self, insn)
        else:
            if cond != common.COND_AL:
                self.condlabel = self.ir.new_label()
                common.gen_skip_unless(self, cond, self.condlabel)
            ok = ((is_vfp_space(insn) and decode_vfp(TRANS, self, insn))
                  or decode_a32(TRANS, self, insn))
        if not ok:
            common.gen_undef(self)
        self._finish_cond()
        self.pc_next = pc + 4

    def _translate_thumb(self):
        pc = self.pc_next
        first = self.fetch_code(pc, 2)
        if (first >> 11) in (0x1D, 0x1E, 0x1F):
            insn = (first << 16) | self.fetch_code(pc + 2, 2)
            size = 4
        else:
            insn = first
            size = 2
        self._begin(pc, size, insn)
        it = self.condexec
        self.condexec_next = it_advance(it)
        if it != self.condexec_slot_value:
            self.ir.movi(self.condexec_slot, it)
            self.condexec_slot_value = it
        if it & 0xF:
            cond = it >> 4
            if cond != common.COND_AL:
                self.condlabel = self.ir.new_label()
                common.gen_skip_unless(self, cond, self.condlabel)
        if size == 4:
            ok = ((insn >> 28 == 0xE and is_vfp_space(insn) and decode_vfp(TRANS, self, insn))
                  or decode_t32(TRANS, self, insn))
        else:
            ok = decode_t16(TRANS, self, insn)
        if not ok:
            common.gen_undef(self)
        self._finish_cond()
        self.pc_next = pc + size
        self.condexec = self.condexec_next

    def _finish_cond(self):
        if self.condlabel is not None and self.is_jmp == DISAS_NEXT:
            self.ir.set_label(self.condlabel)
            self.condlabel = None

    def tb_stop(self):
        if self.is_jmp == DISAS_TOO_MANY or self.is_jmp == DISAS_NEXT:
            common.gen_goto_tb(self, 0, self.pc_next)
        if self.condlabel is not None:
            # the not-taken path of a conditional instruction that ended the TB
            self.ir.set_label(self.condlabel)
            common.gen_goto_tb(self, 1, self.pc_next)


__all__ = ["DisasContext", "TRANS", "it_advance"]
