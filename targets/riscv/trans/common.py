"""Shared emitters and guards for the RISC-V trans_ functions.

Guards (``require_ext``, ``require_rv64``, ``require_priv``) return False
when the instruction does not exist in this configuration, which the
translator turns into an illegal-instruction exception.  Emitters
(``gen_*``) hide register-file quirks: x0 is never written, RV32 results
are sign-extended from bit 31, RV32 addresses are zero-extended.
"""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from emu.tcg.translator import DISAS_NORETURN

from targets.riscv import cpu_bits as B


# --- guards -------------------------------------------------------------------
def require_ext(ctx, letter):
    return letter in ctx.misa_ext


def require_rv64(ctx):
    return ctx.xlen == 64


def require_priv(ctx, lowest):
    return ctx.priv >= lowest


# --- registers ------------------------------------------------------------------
def gpr(ctx, r):
    """Slot of x[r] for reading (x0 reads as zero)."""
    return ctx.x_base + r


def dest_gpr(ctx, rd):
    """Where to compute a result for rd: x[rd] itself (a temp for x0); finish
    with :func:`gen_set_gpr`, which sign-extends RV32 results in place (the
    packer fuses ``add d; ext32s d, d`` into one op).  Only for pure
    arithmetic: nothing may exit between the two."""
    if rd == 0:
        return ctx.temp()
    return ctx.x_base + rd


def gen_set_gpr(ctx, rd, value, sext=True):
    """x[rd] = value (RV32: sign-extended from bit 31 unless ``sext`` is
    False because the value is known to be in that form already)."""
    if rd == 0:
        return
    slot = ctx.x_base + rd
    if ctx.xlen == 32 and sext:
        ctx.ir.ext32s(slot, value)
    else:
        ctx.ir.mov(slot, value)          # no op when value is x[rd] already


def gen_set_gpr_imm(ctx, rd, value):
    if rd != 0:
        ctx.ir.movi(ctx.x_base + rd, ctx.sext_xlen(value))


def gen_zext_gpr(ctx, r):
    """A temp holding x[r] zero-extended from 32 bits."""
    t = ctx.temp()
    ctx.ir.ext32u(t, gpr(ctx, r))
    return t


def gen_sext_gpr(ctx, r):
    t = ctx.temp()
    ctx.ir.ext32s(t, gpr(ctx, r))
    return t


# --- control flow -----------------------------------------------------------------
def gen_goto_tb(ctx, n, dest):
    """Leave the TB for the direct destination ``dest``."""
    ir = ctx.ir
    dest &= ctx.xlen_mask
    if ctx.use_goto_tb(dest):
        ir.goto_tb(n, dest)          # goto_tb sets the pc slot itself
    else:
        ir.movi(ctx.pc_slot, dest)
        ir.lookup_and_goto_ptr()


def gen_end_tb(ctx, next_pc=None):
    """End the TB after an instruction that changed translation state;
    the vCPU loop looks at interrupts and flags again."""
    ctx.ir.movi(ctx.pc_slot, ctx.pc_succ if next_pc is None else next_pc)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN


def helper_raise(cpu, tval, _unused, cause):
    """Raise exception ``cause`` with tval from the argument slot."""
    raise GuestException(cause, tval & 0xFFFFFFFFFFFFFFFF)


def helper_illegal(cpu, _a, _b, insn):
    raise GuestException(B.EXCP_ILLEGAL_INST, insn)


def gen_exception(ctx, cause, tval_slot=-1):
    ctx.ir.call(helper_raise, a=tval_slot, imm=cause)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN


def gen_illegal(ctx):
    """Illegal instruction; mtval = the instruction bits (QEMU)."""
    ctx.ir.call(helper_illegal, imm=ctx.opcode)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN


def gen_check_jump_align(ctx, target_slot):
    """Without C, a jump to a pc that is not 4-byte aligned traps
    (instruction address misaligned, tval = target, at the jump)."""
    if "C" in ctx.misa_ext:
        return
    ir = ctx.ir
    ok = ir.new_label()
    ir.brcondi(O.COND_TSTEQ, target_slot, 2, ok)
    ir.call(helper_raise, a=target_slot, imm=B.EXCP_INST_ADDR_MIS)
    ir.set_label(ok)


# --- memory ------------------------------------------------------------------------
def memop(ctx, mop):
    """Add the address-size flag of this xlen to a memop."""
    return mop | ctx.mo_addr
