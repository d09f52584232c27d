"""VFPv3/VFPv4 (D32) through emu.softfloat."""

from targets.arm.trans.common import gen_undef


def gen_vmrs_vmsr(ctx, a, is_write):
    return gen_undef(ctx)
