"""Alpha front end: fetch, decode (generated decodetree tables), translate.

:class:`DisasContext` is what ``AlphaCPU.make_disas_context`` returns; the
shared translator loop (emu.tcg.translator) drives it.  The decoder calls
``TRANS.trans_<pattern>(ctx, a)``: :data:`TRANS` is one namespace collected
from the modules in targets/alpha/trans/.  A trans_ that returns False (or
no pattern matching) is an OPCDEC exception, as in QEMU.
"""

import types

from emu.tcg.translator import DisasContextBase, DISAS_NEXT, DISAS_TOO_MANY

from targets.alpha import cpu_bits as B
from targets.alpha.decode_insn import decode_insn
from targets.alpha.trans import common, fpu, integer, memory, pal, vax

_TRANS_MODULES = (integer, memory, pal, fpu, vax)


def _collect(modules):
    """One namespace with every trans_*/ex_* function; a name defined twice
    is an error (one pattern, one translator)."""
    table = {}
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith(("trans_", "ex_")) and callable(value):
                if name in table and table[name] is not value:
                    raise ValueError("%s defined in two trans modules" % name)
                table[name] = value
    return types.SimpleNamespace(**table)


def _not_implemented(ctx, a):
    """Patterns pyemu decodes but does not implement yet: OPCDEC."""
    return False


def _with_fallbacks(table):
    from targets.alpha.decode_insn import trans_names
    for name in trans_names:
        if not hasattr(table, "trans_" + name):
            setattr(table, "trans_" + name, _not_implemented)
    return table


TRANS = _with_fallbacks(_collect(_TRANS_MODULES))
UNIMPLEMENTED = sorted(n for n in vars(TRANS) if getattr(TRANS, n) is _not_implemented)


class DisasContext(DisasContextBase):
    """Per-TB translation state of the Alpha front end."""

    def __init__(self, cpu, pc, flags, max_insns, ir):
        super().__init__(cpu, pc, flags, max_insns, ir)
        table = cpu.regtable
        self.slot = table.slot
        self.pal_mode = bool(flags & B.FLAG_PAL_MODE)
        self.user_mode = bool(flags & B.FLAG_PS_USER) and not self.pal_mode
        self.fen = bool(flags & B.FLAG_FEN)
        self.amask = cpu.amask
        self.implver = cpu.implver
        self.pc_slot = table.slot("pc")
        self.zero = table.slot("zero")
        self.flags_slot = table.slot("flags")
        self.palbr = cpu.get("palbr")
        self.cur_pc = pc
        self.insn = 0
        # the register file the instructions of this TB see
        self.gpr = [table.slot("ir", r) for r in range(31)]
        if self.pal_mode:
            for r in range(8, 15):
                self.gpr[r] = table.slot("shadow", r - 8)
            self.gpr[25] = table.slot("shadow", 7)
        self.fpr = [table.slot("fir", r) for r in range(31)]
        # what this TB has stored into QEMU's fp_status so far (QEMU's
        # ctx->tb_rm / tb_ftz): -1 = not yet, else the fn11 qualifier bits
        self.tb_rm = -1
        self.tb_ftz = -1

    # -- services for trans_ -------------------------------------------------
    @property
    def pc_succ(self):
        return (self.cur_pc + 4) & ((1 << 64) - 1)

    # -- translator hooks -------------------------------------------------------
    def translate_insn(self):
        pc = self.pc_next
        self.cur_pc = pc
        self.insn = self.fetch_code(pc, 4)
        if not decode_insn(TRANS, self, self.insn):
            common.gen_invalid(self)
        self.pc_next = pc + 4

    def tb_stop(self):
        if self.is_jmp in (DISAS_TOO_MANY, DISAS_NEXT):
            common.gen_goto_tb(self, 0, self.pc_next)
        elif self.is_jmp == common.DISAS_PC_STALE:
            self.ir.movi(self.pc_slot, self.pc_next)
            self.ir.exit_tb()
        elif self.is_jmp == common.DISAS_PC_UPDATED:
            self.ir.lookup_and_goto_ptr()
        elif self.is_jmp == common.DISAS_PC_UPDATED_NOCHAIN:
            self.ir.exit_tb()
