"""Thumb-only instructions: IT, CBZ/CBNZ, TBB/TBH, and the 16-bit forms
whose operands differ from their A32 counterparts."""

from targets.arm.trans.common import gen_undef


def trans_UDF_t16(ctx, a):
    return gen_undef(ctx)


def trans_UDF_t32(ctx, a):
    return gen_undef(ctx)
