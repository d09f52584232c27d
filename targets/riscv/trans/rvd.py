"""D extension: double-precision floating point (emitters in fpu.py)."""

from emu.tcg import fops as F

from targets.riscv.trans.common import gen_set_gpr, gpr, require_rv64
from targets.riscv.trans.fpu import (
    fpr, gen_fp_arith, gen_fp_convert, gen_fp_load, gen_fp_minmax, gen_fp_sign,
    gen_fp_store, gen_fp_to_x, gen_x_to_fp, require_fp, set_fpr)


def trans_fld(ctx, a): return gen_fp_load(ctx, a, "d")
def trans_fsd(ctx, a): return gen_fp_store(ctx, a, "d")
def trans_fmadd_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_FMADD", 3)
def trans_fmsub_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_FMSUB", 3)
def trans_fnmsub_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_FNMSUB", 3)
def trans_fnmadd_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_FNMADD", 3)
def trans_fadd_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_ADD", 2)
def trans_fsub_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_SUB", 2)
def trans_fmul_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_MUL", 2)
def trans_fdiv_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_DIV", 2)
def trans_fsqrt_d(ctx, a): return gen_fp_arith(ctx, a, "d", "@_SQRT", 1)
def trans_fsgnj_d(ctx, a): return gen_fp_sign(ctx, a, "d", "j")
def trans_fsgnjn_d(ctx, a): return gen_fp_sign(ctx, a, "d", "n")
def trans_fsgnjx_d(ctx, a): return gen_fp_sign(ctx, a, "d", "x")
def trans_fmin_d(ctx, a): return gen_fp_minmax(ctx, a, "d", "@_MIN")
def trans_fmax_d(ctx, a): return gen_fp_minmax(ctx, a, "d", "@_MAX")
def trans_fcvt_s_d(ctx, a): return gen_fp_convert(ctx, a, "s", "d", F.FOP_F64_TO_F32)
def trans_fcvt_d_s(ctx, a): return gen_fp_convert(ctx, a, "d", "s", F.FOP_F32_TO_F64)
def trans_feq_d(ctx, a): return gen_fp_to_x(ctx, a, "d", "@_EQ")
def trans_flt_d(ctx, a): return gen_fp_to_x(ctx, a, "d", "@_LT")
def trans_fle_d(ctx, a): return gen_fp_to_x(ctx, a, "d", "@_LE")
def trans_fclass_d(ctx, a): return gen_fp_to_x(ctx, a, "d", "@_CLASS")
def trans_fcvt_w_d(ctx, a): return gen_fp_to_x(ctx, a, "d", "@_TO_I32", True, True)
def trans_fcvt_wu_d(ctx, a): return gen_fp_to_x(ctx, a, "d", "@_TO_U32", True, True)
def trans_fcvt_d_w(ctx, a): return gen_x_to_fp(ctx, a, "d", "I32_TO_@", "s")
def trans_fcvt_d_wu(ctx, a): return gen_x_to_fp(ctx, a, "d", "U32_TO_@", "u")


def trans_fcvt_l_d(ctx, a):
    return require_rv64(ctx) and gen_fp_to_x(ctx, a, "d", "@_TO_I64", True)


def trans_fcvt_lu_d(ctx, a):
    return require_rv64(ctx) and gen_fp_to_x(ctx, a, "d", "@_TO_U64", True)


def trans_fcvt_d_l(ctx, a):
    return require_rv64(ctx) and gen_x_to_fp(ctx, a, "d", "I64_TO_@", "x")


def trans_fcvt_d_lu(ctx, a):
    return require_rv64(ctx) and gen_x_to_fp(ctx, a, "d", "U64_TO_@", "x")


def trans_fmv_x_d(ctx, a):
    if not (require_rv64(ctx) and require_fp(ctx, "d")):
        return False
    gen_set_gpr(ctx, a.rd, fpr(ctx, a.rs1), False)
    return True


def trans_fmv_d_x(ctx, a):
    if not (require_rv64(ctx) and require_fp(ctx, "d")):
        return False
    set_fpr(ctx, "d", a.rd, gpr(ctx, a.rs1))
    return True
