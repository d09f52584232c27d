"""F extension: single-precision floating point (emitters in fpu.py)."""



from targets.riscv.trans.common import gen_set_gpr, gpr, require_rv64
from targets.riscv.trans.fpu import (
    fpr, gen_fp_arith, gen_fp_load, gen_fp_minmax, gen_fp_sign, gen_fp_store,
    gen_fp_to_x, gen_x_to_fp, require_fp, set_fpr)


def trans_flw(ctx, a): return gen_fp_load(ctx, a, "s")
def trans_fsw(ctx, a): return gen_fp_store(ctx, a, "s")
def trans_fmadd_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_FMADD", 3)
def trans_fmsub_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_FMSUB", 3)
def trans_fnmsub_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_FNMSUB", 3)
def trans_fnmadd_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_FNMADD", 3)
def trans_fadd_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_ADD", 2)
def trans_fsub_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_SUB", 2)
def trans_fmul_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_MUL", 2)
def trans_fdiv_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_DIV", 2)
def trans_fsqrt_s(ctx, a): return gen_fp_arith(ctx, a, "s", "@_SQRT", 1)
def trans_fsgnj_s(ctx, a): return gen_fp_sign(ctx, a, "s", "j")
def trans_fsgnjn_s(ctx, a): return gen_fp_sign(ctx, a, "s", "n")
def trans_fsgnjx_s(ctx, a): return gen_fp_sign(ctx, a, "s", "x")
def trans_fmin_s(ctx, a): return gen_fp_minmax(ctx, a, "s", "@_MIN")
def trans_fmax_s(ctx, a): return gen_fp_minmax(ctx, a, "s", "@_MAX")
def trans_feq_s(ctx, a): return gen_fp_to_x(ctx, a, "s", "@_EQ")
def trans_flt_s(ctx, a): return gen_fp_to_x(ctx, a, "s", "@_LT")
def trans_fle_s(ctx, a): return gen_fp_to_x(ctx, a, "s", "@_LE")
def trans_fclass_s(ctx, a): return gen_fp_to_x(ctx, a, "s", "@_CLASS")
def trans_fcvt_w_s(ctx, a): return gen_fp_to_x(ctx, a, "s", "@_TO_I32", True, True)
def trans_fcvt_wu_s(ctx, a): return gen_fp_to_x(ctx, a, "s", "@_TO_U32", True, True)
def trans_fcvt_s_w(ctx, a): return gen_x_to_fp(ctx, a, "s", "I32_TO_@", "s")
def trans_fcvt_s_wu(ctx, a): return gen_x_to_fp(ctx, a, "s", "U32_TO_@", "u")


def trans_fcvt_l_s(ctx, a):
    return require_rv64(ctx) and gen_fp_to_x(ctx, a, "s", "@_TO_I64", True)


def trans_fcvt_lu_s(ctx, a):
    return require_rv64(ctx) and gen_fp_to_x(ctx, a, "s", "@_TO_U64", True)


def trans_fcvt_s_l(ctx, a):
    return require_rv64(ctx) and gen_x_to_fp(ctx, a, "s", "I64_TO_@", "x")


def trans_fcvt_s_lu(ctx, a):
    return require_rv64(ctx) and gen_x_to_fp(ctx, a, "s", "U64_TO_@", "x")


def trans_fmv_x_w(ctx, a):
    """x[rd] = the low 32 bits of f[rs1], sign-extended (no unboxing)."""
    if not require_fp(ctx, "s"):
        return False
    t = ctx.temp()
    ctx.ir.ext32s(t, fpr(ctx, a.rs1))
    gen_set_gpr(ctx, a.rd, t, False)
    return True


def trans_fmv_w_x(ctx, a):
    if not require_fp(ctx, "s"):
        return False
    t = ctx.temp()
    ctx.ir.ext32u(t, gpr(ctx, a.rs1))
    set_fpr(ctx, "s", a.rd, t)
    return True



