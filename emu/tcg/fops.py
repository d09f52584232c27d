"""Softfloat operations reachable from the IR ``fop`` op.

Front ends emit ``ir.fop(d, a, b, c, FOP_F64_ADD, rm, mode, fflags_slot,
frm_slot)``; the executor calls :func:`fop_exec`, which runs the exact
integer implementation in :mod:`emu.softfloat` and ORs the returned flags
(RISC-V fflags layout) into the given slot.  binary32 results come back
zero-extended; NaN-boxing or register pairing is the front end's business.
Integer conversion results are returned as the softfloat layer gives them
(in range for the width; signed for i32/i64).
"""

from numba import njit

from emu import softfloat as sf

_NAMES = []


def _op(name):
    _NAMES.append(name)
    return len(_NAMES) - 1


FOP_F32_ADD = _op("f32_add")
FOP_F32_SUB = _op("f32_sub")
FOP_F32_MUL = _op("f32_mul")
FOP_F32_DIV = _op("f32_div")
FOP_F32_SQRT = _op("f32_sqrt")
FOP_F32_FMADD = _op("f32_fmadd")      # a*b + c
FOP_F32_FMSUB = _op("f32_fmsub")      # a*b - c
FOP_F32_FNMSUB = _op("f32_fnmsub")    # -(a*b) + c
FOP_F32_FNMADD = _op("f32_fnmadd")    # -(a*b) - c
FOP_F32_MIN = _op("f32_min")
FOP_F32_MAX = _op("f32_max")
FOP_F32_EQ = _op("f32_eq")
FOP_F32_LT = _op("f32_lt")
FOP_F32_LE = _op("f32_le")
FOP_F32_CLASS = _op("f32_class")
FOP_F32_TO_F64 = _op("f32_to_f64")
FOP_F32_TO_I32 = _op("f32_to_i32")
FOP_F32_TO_U32 = _op("f32_to_u32")
FOP_F32_TO_I64 = _op("f32_to_i64")
FOP_F32_TO_U64 = _op("f32_to_u64")
FOP_I32_TO_F32 = _op("i32_to_f32")
FOP_U32_TO_F32 = _op("u32_to_f32")
FOP_I64_TO_F32 = _op("i64_to_f32")
FOP_U64_TO_F32 = _op("u64_to_f32")
FOP_F64_ADD = _op("f64_add")
FOP_F64_SUB = _op("f64_sub")
FOP_F64_MUL = _op("f64_mul")
FOP_F64_DIV = _op("f64_div")
FOP_F64_SQRT = _op("f64_sqrt")
FOP_F64_FMADD = _op("f64_fmadd")
FOP_F64_FMSUB = _op("f64_fmsub")
FOP_F64_FNMSUB = _op("f64_fnmsub")
FOP_F64_FNMADD = _op("f64_fnmadd")
FOP_F64_MIN = _op("f64_min")
FOP_F64_MAX = _op("f64_max")
FOP_F64_EQ = _op("f64_eq")
FOP_F64_LT = _op("f64_lt")
FOP_F64_LE = _op("f64_le")
FOP_F64_CLASS = _op("f64_class")
FOP_F64_TO_F32 = _op("f64_to_f32")
FOP_F64_TO_I32 = _op("f64_to_i32")
FOP_F64_TO_U32 = _op("f64_to_u32")
FOP_F64_TO_I64 = _op("f64_to_i64")
FOP_F64_TO_U64 = _op("f64_to_u64")
FOP_I32_TO_F64 = _op("i32_to_f64")
FOP_U32_TO_F64 = _op("u32_to_f64")
FOP_I64_TO_F64 = _op("i64_to_f64")
FOP_U64_TO_F64 = _op("u64_to_f64")
# ARM VFP additions: four-way compares (result sf.REL_*), binary16 conversions
# (the FZ mode bit flushes a binary32/64 input only, never a binary16 value)
FOP_F32_CMP = _op("f32_cmp")          # quiet
FOP_F32_CMPE = _op("f32_cmpe")        # signaling
FOP_F64_CMP = _op("f64_cmp")
FOP_F64_CMPE = _op("f64_cmpe")
FOP_F16_TO_F32 = _op("f16_to_f32")
FOP_F16_TO_F64 = _op("f16_to_f64")
FOP_F32_TO_F16 = _op("f32_to_f16")
FOP_F64_TO_F16 = _op("f64_to_f16")

FOP_NAMES = tuple(_NAMES)


@njit(cache=True, nogil=True)
def _f32_ops(op, a, b, c, rm, mode):
    if op == FOP_F32_ADD:
        return sf.f32_add(a, b, rm, mode)
    if op == FOP_F32_SUB:
        return sf.f32_sub(a, b, rm, mode)
    if op == FOP_F32_MUL:
        return sf.f32_mul(a, b, rm, mode)
    if op == FOP_F32_DIV:
        return sf.f32_div(a, b, rm, mode)
    if op == FOP_F32_SQRT:
        return sf.f32_sqrt(a, rm, mode)
    if op == FOP_F32_FMADD:
        return sf.f32_fma(a, b, c, 0, rm, mode)
    if op == FOP_F32_FMSUB:
        return sf.f32_fma(a, b, c, sf.NEG_ADDEND, rm, mode)
    if op == FOP_F32_FNMSUB:
        return sf.f32_fma(a, b, c, sf.NEG_PRODUCT, rm, mode)
    if op == FOP_F32_FNMADD:
        return sf.f32_fma(a, b, c, sf.NEG_PRODUCT | sf.NEG_ADDEND, rm, mode)
    if op == FOP_F32_MIN:
        return sf.f32_min(a, b, mode)
    if op == FOP_F32_MAX:
        return sf.f32_max(a, b, mode)
    if op == FOP_F32_EQ:
        return sf.f32_eq(a, b, mode)
    if op == FOP_F32_LT:
        return sf.f32_lt(a, b, mode)
    if op == FOP_F32_LE:
        return sf.f32_le(a, b, mode)
    if op == FOP_F32_CLASS:
        return sf.f32_classify(a)
    if op == FOP_F32_TO_F64:
        return sf.f32_to_f64(a, rm, mode)
    if op == FOP_F32_TO_I32:
        return sf.f32_to_i32(a, rm, mode)
    if op == FOP_F32_TO_U32:
        return sf.f32_to_u32(a, rm, mode)
    if op == FOP_F32_TO_I64:
        return sf.f32_to_i64(a, rm, mode)
    if op == FOP_F32_TO_U64:
        return sf.f32_to_u64(a, rm, mode)
    if op == FOP_I32_TO_F32:
        return sf.i32_to_f32(a, rm, mode)
    if op == FOP_U32_TO_F32:
        return sf.u32_to_f32(a, rm, mode)
    if op == FOP_I64_TO_F32:
        return sf.i64_to_f32(a, rm, mode)
    return sf.u64_to_f32(a, rm, mode)


@njit(cache=True, nogil=True)
def _f64_ops(op, a, b, c, rm, mode):
    if op == FOP_F64_ADD:
        return sf.f64_add(a, b, rm, mode)
    if op == FOP_F64_SUB:
        return sf.f64_sub(a, b, rm, mode)
    if op == FOP_F64_MUL:
        return sf.f64_mul(a, b, rm, mode)
    if op == FOP_F64_DIV:
        return sf.f64_div(a, b, rm, mode)
    if op == FOP_F64_SQRT:
        return sf.f64_sqrt(a, rm, mode)
    if op == FOP_F64_FMADD:
        return sf.f64_fma(a, b, c, 0, rm, mode)
    if op == FOP_F64_FMSUB:
        return sf.f64_fma(a, b, c, sf.NEG_ADDEND, rm, mode)
    if op == FOP_F64_FNMSUB:
        return sf.f64_fma(a, b, c, sf.NEG_PRODUCT, rm, mode)
    if op == FOP_F64_FNMADD:
        return sf.f64_fma(a, b, c, sf.NEG_PRODUCT | sf.NEG_ADDEND, rm, mode)
    if op == FOP_F64_MIN:
        return sf.f64_min(a, b, mode)
    if op == FOP_F64_MAX:
        return sf.f64_max(a, b, mode)
    if op == FOP_F64_EQ:
        return sf.f64_eq(a, b, mode)
    if op == FOP_F64_LT:
        return sf.f64_lt(a, b, mode)
    if op == FOP_F64_LE:
        return sf.f64_le(a, b, mode)
    if op == FOP_F64_CLASS:
        return sf.f64_classify(a)
    if op == FOP_F64_TO_F32:
        return sf.f64_to_f32(a, rm, mode)
    if op == FOP_F64_TO_I32:
        return sf.f64_to_i32(a, rm, mode)
    if op == FOP_F64_TO_U32:
        return sf.f64_to_u32(a, rm, mode)
    if op == FOP_F64_TO_I64:
        return sf.f64_to_i64(a, rm, mode)
    if op == FOP_F64_TO_U64:
        return sf.f64_to_u64(a, rm, mode)
    if op == FOP_I32_TO_F64:
        return sf.i32_to_f64(a, rm, mode)
    if op == FOP_U32_TO_F64:
        return sf.u32_to_f64(a, rm, mode)
    if op == FOP_I64_TO_F64:
        return sf.i64_to_f64(a, rm, mode)
    return sf.u64_to_f64(a, rm, mode)


@njit(cache=True, nogil=True)
def _vfp_ops(op, a, b, c, rm, mode):
    no_fz = mode & ~sf.MODE_FLUSH_TO_ZERO
    if op == FOP_F32_CMP:
        return sf.f32_compare(a, b, False, mode)
    if op == FOP_F32_CMPE:
        return sf.f32_compare(a, b, True, mode)
    if op == FOP_F64_CMP:
        return sf.f64_compare(a, b, False, mode)
    if op == FOP_F64_CMPE:
        return sf.f64_compare(a, b, True, mode)
    if op == FOP_F16_TO_F32:
        return sf.f16_to_f32(a, rm, no_fz)
    if op == FOP_F16_TO_F64:
        return sf.f16_to_f64(a, rm, no_fz)
    if op == FOP_F32_TO_F16:
        if (mode & sf.MODE_FLUSH_TO_ZERO) and sf.is_subnormal(a & 0xFFFFFFFF, 23, 8):
            a &= 0x80000000
        return sf.f32_to_f16(a, rm, no_fz)
    if (mode & sf.MODE_FLUSH_TO_ZERO) and sf.is_subnormal(a, 52, 11):
        a &= -0x8000000000000000
    return sf.f64_to_f16(a, rm, no_fz)


@njit(cache=True, nogil=True)
def _input_denormal(op, a, b, c):
    """sf.FLAG_ID when flush-to-zero will read a subnormal operand as zero."""
    if op >= FOP_F32_CMP:
        if op == FOP_F16_TO_F32 or op == FOP_F16_TO_F64:
            return 0
        n = 1 if op >= FOP_F32_TO_F16 else 2
        wide = op == FOP_F64_CMP or op == FOP_F64_CMPE or op == FOP_F64_TO_F16
    else:
        wide = op >= FOP_F64_ADD
        k = op - FOP_F64_ADD if wide else op
        if k >= FOP_I32_TO_F32 - FOP_F32_ADD:          # integer sources
            return 0
        if k == FOP_F32_CLASS:
            return 0
        if FOP_F32_FMADD <= k <= FOP_F32_FNMADD:
            n = 3
        elif k == FOP_F32_SQRT or k >= FOP_F32_TO_F64:
            n = 1
        else:
            n = 2
    if wide:
        fb, eb = 52, 11
    else:
        fb, eb = 23, 8
        a &= 0xFFFFFFFF
        b &= 0xFFFFFFFF
        c &= 0xFFFFFFFF
    if sf.is_subnormal(a, fb, eb):
        return sf.FLAG_ID
    if n >= 2 and sf.is_subnormal(b, fb, eb):
        return sf.FLAG_ID
    if n == 3 and sf.is_subnormal(c, fb, eb):
        return sf.FLAG_ID
    return 0


@njit(cache=True, nogil=True)
def fop_exec(op, a, b, c, rm, mode):
    """Run softfloat operation ``op``; returns (result, flags).  Under
    MODE_FLUSH_TO_ZERO a subnormal operand also raises sf.FLAG_ID."""
    if op >= FOP_F32_CMP:
        r, f = _vfp_ops(op, a, b, c, rm, mode)
    elif op < FOP_F64_ADD:
        r, f = _f32_ops(op, a, b, c, rm, mode)
    else:
        r, f = _f64_ops(op, a, b, c, rm, mode)
    if mode & sf.MODE_FLUSH_TO_ZERO:
        f |= _input_denormal(op, a, b, c)
    return r, f
