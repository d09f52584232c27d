"""Shared emitters and guards for the Alpha trans_ functions.

Guards (``require_amask``, ``require_pal``, ``require_reg_31``,
``require_no_lit``) return False when the encoding is not an instruction
here, which becomes OPCDEC.  Register access goes through ``load_gpr`` /
``dest_gpr`` (and the fpr variants): $31 and $f31 read as zero and writes
to them go to a scratch slot; in PAL mode r8..r14 and r25 are the shadow
registers (the DisasContext maps them).
"""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from emu.tcg.translator import DISAS_NORETURN, DISAS_TARGET_0

from targets.alpha import cpu_bits as B

# How a TB ends after an instruction that set the pc itself.
DISAS_PC_UPDATED_NOCHAIN = DISAS_TARGET_0        # exit to the loop (interrupts)
DISAS_PC_UPDATED = DISAS_TARGET_0 + 1            # jump through the pc slot
DISAS_PC_STALE = DISAS_TARGET_0 + 2              # pc = next insn, exit to the loop


# --- guards ---------------------------------------------------------------
def require_amask(ctx, bit):
    return bool(ctx.amask & bit)


def require_pal(ctx):
    return ctx.pal_mode


def require_reg_31(reg):
    return reg == 31


def require_no_lit(a):
    return not a.islit


# --- registers --------------------------------------------------------------
def load_gpr(ctx, r):
    return ctx.zero if r == 31 else ctx.gpr[r]


def dest_gpr(ctx, r):
    return ctx.temp() if r == 31 else ctx.gpr[r]


def load_fpr(ctx, r):
    return ctx.zero if r == 31 else ctx.fpr[r]


def dest_fpr(ctx, r):
    return ctx.temp() if r == 31 else ctx.fpr[r]


def operand_b(ctx, a):
    """Operand b of the operate format: the literal, or rb ($31 reads 0)."""
    if a.islit:
        return ctx.ir.const(a.lit)
    return load_gpr(ctx, a.rb)


# --- flags ---------------------------------------------------------------------
def gen_load_flag_byte(ctx, dest, shift):
    ctx.ir.extract(dest, ctx.flags_slot, shift, 8)


def gen_store_flag_byte(ctx, value, shift):
    """flags byte <- low byte of value, then refresh tb_flags and mmu_idx."""
    ir = ctx.ir
    ir.deposit(ctx.flags_slot, ctx.flags_slot, value, shift, 8)
    gen_update_tb_flags(ctx)


def gen_update_tb_flags(ctx):
    ir = ctx.ir
    flags = ctx.flags_slot
    ir.andi(ctx.slot("tb_flags"), flags, B.TB_FLAG_MASK)
    user = ctx.temp()
    pal = ctx.temp()
    ir.extract(user, flags, 11, 1)          # PS<3>: user mode
    ir.andi(pal, flags, B.FLAG_PAL_MODE)
    ir.andc(ctx.slot("mmu_idx"), user, pal)


# --- control flow ------------------------------------------------------------------
def gen_goto_tb(ctx, n, dest):
    """Leave the TB for the direct destination ``dest``."""
    ir = ctx.ir
    dest &= (1 << 64) - 1
    ir.movi(ctx.pc_slot, dest)
    if ctx.use_goto_tb(dest):
        ir.goto_tb(n, dest)
    else:
        ir.lookup_and_goto_ptr()


def helper_excp(cpu, _a, _b, excp):
    raise GuestException(excp)


def gen_excp(ctx, excp):
    """Raise excp with exc_addr = the next instruction (QEMU's gen_excp)."""
    ctx.ir.call(helper_excp, imm=excp | B.EXCP_AFTER_INSN)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN
    return True


def gen_invalid(ctx):
    return gen_excp(ctx, B.EXCP_OPCDEC)


def require_fen(ctx):
    """FP instructions with FEN clear raise the FEN exception (returns
    True when the instruction may go on)."""
    if ctx.fen:
        return True
    gen_excp(ctx, B.EXCP_FEN)
    return False


def zapnot_mask(lit):
    mask = 0
    for i in range(8):
        if (lit >> i) & 1:
            mask |= 0xFF << (8 * i)
    return mask


def gen_zapnoti(ctx, dest, src, lit):
    lit &= 0xFF
    ir = ctx.ir
    if lit == 0:
        ir.movi(dest, 0)
    elif lit == 0xFF:
        ir.mov(dest, src)
    else:
        ir.andi(dest, src, zapnot_mask(lit))


def memop(size_sign, mmu_idx=None, align=False):
    """A little-endian memop (optionally with an explicit MMU index)."""
    mo = size_sign
    if align:
        mo |= O.MO_ALIGN
    if mmu_idx is not None:
        mo |= (mmu_idx + 1) << O.MO_MMU_SHIFT
    return mo
