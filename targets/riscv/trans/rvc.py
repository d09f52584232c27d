"""C extension: field helpers for insn16.decode.

Compressed instructions decode straight into the 32-bit patterns (see
insn16.decode), so they share the trans_ functions of rvi/rvf/rvd; only the
immediate scaling and the 3-bit register mapping live here.
"""


def ex_rvc_register(ctx, value):
    """rd', rs1', rs2' name x8..x15."""
    return value + 8


def ex_shift_1(ctx, value): return value << 1
def ex_shift_2(ctx, value): return value << 2
def ex_shift_3(ctx, value): return value << 3
def ex_shift_4(ctx, value): return value << 4
def ex_shift_12(ctx, value): return value << 12
