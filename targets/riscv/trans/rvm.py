"""M extension: integer multiply and divide.

The engine's div/rem ops already follow the RISC-V rules for division by
zero and overflow (docs/tcg-ops.md), so RV64 maps one to one; RV32 works
on sign- or zero-extended 32-bit operands and sign-extends the result.
"""

from targets.riscv.trans.common import (
    gen_set_gpr, gen_sext_gpr, gen_zext_gpr, gpr, require_ext, require_rv64)


def _operands(ctx, a, kind):
    """x[rs1], x[rs2] as the op needs them: 'x' as is, 'u' zero-extended
    from 32 bits, 's' sign-extended from 32 bits."""
    def one(r):
        if kind == "u":
            return gen_zext_gpr(ctx, r)
        if kind == "s":
            return gen_sext_gpr(ctx, r)
        return gpr(ctx, r)
    return one(a.rs1), one(a.rs2)


def gen_muldiv(ctx, a, op, kind="x"):
    """rd = op(x[rs1], x[rs2]), sign-extended from 32 bits on RV32 and for
    every 'u'/'s' operand kind (the RV32 forms and the RV64 *w forms)."""
    if not require_ext(ctx, "M"):
        return False
    if ctx.xlen == 32 and kind == "x" and op in ("divu", "remu"):
        kind = "u"
    x, y = _operands(ctx, a, kind)
    dest = ctx.temp()
    getattr(ctx.ir, op)(dest, x, y)
    if kind != "x":
        ctx.ir.ext32s(dest, dest)
    gen_set_gpr(ctx, a.rd, dest)
    return True


def gen_mulh(ctx, a, op, kinds32):
    """High half of the product: 128-bit ops on RV64; on RV32 the full
    product of 32-bit operands fits in 64 bits."""
    if not require_ext(ctx, "M"):
        return False
    ir = ctx.ir
    lo, hi = ctx.temp(), ctx.temp()
    if ctx.xlen == 64:
        getattr(ir, op)(lo, hi, gpr(ctx, a.rs1), gpr(ctx, a.rs2))
        gen_set_gpr(ctx, a.rd, hi)
        return True
    x = gen_zext_gpr(ctx, a.rs1) if kinds32[0] == "u" else gpr(ctx, a.rs1)
    y = gen_zext_gpr(ctx, a.rs2) if kinds32[1] == "u" else gpr(ctx, a.rs2)
    ir.mul(lo, x, y)
    ir.sari(hi, lo, 32)
    gen_set_gpr(ctx, a.rd, hi)
    return True


def trans_mul(ctx, a): return gen_muldiv(ctx, a, "mul")
def trans_mulh(ctx, a): return gen_mulh(ctx, a, "muls2", "ss")
def trans_mulhsu(ctx, a): return gen_mulh(ctx, a, "mulsu2", "su")
def trans_mulhu(ctx, a): return gen_mulh(ctx, a, "mulu2", "uu")
def trans_div(ctx, a): return gen_muldiv(ctx, a, "div")
def trans_divu(ctx, a): return gen_muldiv(ctx, a, "divu")
def trans_rem(ctx, a): return gen_muldiv(ctx, a, "rem")
def trans_remu(ctx, a): return gen_muldiv(ctx, a, "remu")


def trans_mulw(ctx, a): return require_rv64(ctx) and gen_muldiv(ctx, a, "mul", "s")
def trans_divw(ctx, a): return require_rv64(ctx) and gen_muldiv(ctx, a, "div", "s")
def trans_divuw(ctx, a): return require_rv64(ctx) and gen_muldiv(ctx, a, "divu", "u")
def trans_remw(ctx, a): return require_rv64(ctx) and gen_muldiv(ctx, a, "rem", "s")
def trans_remuw(ctx, a): return require_rv64(ctx) and gen_muldiv(ctx, a, "remu", "u")
