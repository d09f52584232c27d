"""Alpha VAX F/G floating point as QEMU 7.2 implements it (vax_helper.c).

QEMU does not do VAX arithmetic: it converts the VAX operands to IEEE,
computes with softfloat and converts the result back, with these rules,
all reproduced here bit for bit:

* **Operands** (F: sign, 8-bit exponent from register bits <62> and
  <58:52>, fraction <51:29>; G: sign, exponent <62:52>, fraction <51:0>):
  exponent 0 with a non-zero sign or fraction is a reserved operand or a
  dirty zero and raises OPCDEC (EXC_ADDR = the next instruction); an
  exponent below 3 reads as +0; otherwise the IEEE exponent is the VAX
  one minus 2.
* **Results**: an IEEE NaN, infinity or a value whose biased exponent is
  at least 253 (F) / 2045 (G) becomes the dirty zero 1; zero becomes 0;
  a denormal keeps its fraction with exponent 1; a normal result keeps
  its sign and becomes exponent + 2 in register bits <62:52> *with its
  fraction dropped* (QEMU's float32_to_f / float64_to_g do that).
* **Rounding, flush-to-zero and flags** are those of QEMU's shared
  ``fp_status``: the rounding mode and flush-to-zero setting the last IEEE
  instruction stored there (slots ``fp_rm`` / ``fp_ftz``; the qualifiers
  of the VAX instruction are ignored) and the exception flags accumulate
  in ``fp_pending`` until the next IEEE instruction reports them as its
  own (see targets/alpha/fpu_helper.py).
* CVTGQ truncates with softfloat's saturation; CMPGxx write 2.0 for true.

The memory layout conversions (LDF/STF/LDG/STG/ITOFF) are emitted inline
by targets/alpha/trans/vax.py; :func:`memory_to_f` and friends here are
their reference.
"""

from emu import softfloat as sf
from emu.tcg.helpers import GuestException

from targets.alpha import cpu_bits as B
from targets.alpha import fpu_helper as H

M64 = (1 << 64) - 1
DIRTY_ZERO = 1
CMP_TRUE = 0x4000000000000000

# operations of helper_vax (its immediate)
(OP_ADDF, OP_SUBF, OP_MULF, OP_DIVF, OP_SQRTF, OP_CVTQF,
 OP_ADDG, OP_SUBG, OP_MULG, OP_DIVG, OP_SQRTG, OP_CVTQG,
 OP_CMPGEQ, OP_CMPGLT, OP_CMPGLE, OP_CVTGF, OP_CVTGQ) = range(17)

_F_BINARY = {OP_ADDF: sf.f32_add, OP_SUBF: sf.f32_sub, OP_MULF: sf.f32_mul,
             OP_DIVF: sf.f32_div}
_G_BINARY = {OP_ADDG: sf.f64_add, OP_SUBG: sf.f64_sub, OP_MULG: sf.f64_mul,
             OP_DIVG: sf.f64_div}
_G_COMPARE = {OP_CMPGEQ: sf.f64_eq, OP_CMPGLT: sf.f64_lt, OP_CMPGLE: sf.f64_le}


class ReservedOperand(Exception):
    """A VAX operand with exponent 0 and a non-zero sign or fraction."""


def _s64(x):
    x &= M64
    return x - (1 << 64) if x >> 63 else x


# --- register <-> IEEE ----------------------------------------------------------
def f_to_float32(a):
    """binary32 bits of an F register value (QEMU's f_to_float32)."""
    exp = ((a >> 55) & 0x80) | ((a >> 52) & 0x7F)
    mant_sig = ((a >> 32) & 0x80000000) | ((a >> 29) & 0x7FFFFF)
    if exp == 0 and mant_sig:
        raise ReservedOperand(a)
    if exp < 3:
        return 0
    return ((exp - 2) << 23) | mant_sig


def float32_to_f(f):
    """F register value of binary32 bits (QEMU's float32_to_f)."""
    sign = (f & 0x80000000) << 32
    exp = (f >> 23) & 0xFF
    mant = (f & 0x7FFFFF) << 29
    if exp == 0xFF:
        return DIRTY_ZERO
    if exp == 0:
        return sign | (1 << 52) | mant if mant else 0
    if exp >= 253:
        return DIRTY_ZERO
    return sign | ((exp + 2) << 52)


def g_to_float64(a):
    """binary64 bits of a G register value (QEMU's g_to_float64)."""
    exp = (a >> 52) & 0x7FF
    mant_sig = a & 0x800FFFFFFFFFFFFF
    if exp == 0 and mant_sig:
        raise ReservedOperand(a)
    if exp < 3:
        return 0
    return ((exp - 2) << 52) | mant_sig


def float64_to_g(d):
    """G register value of binary64 bits (QEMU's float64_to_g)."""
    sign = d & (1 << 63)
    exp = (d >> 52) & 0x7FF
    mant = d & ((1 << 52) - 1)
    if exp == 0x7FF:
        return DIRTY_ZERO
    if exp == 0:
        return sign | (1 << 52) | mant if mant else 0
    if exp >= 2045:
        return DIRTY_ZERO
    return sign | ((exp + 2) << 52)


# --- register <-> memory (the reference of the inline code) ----------------------
def memory_to_f(m):
    """LDF / ITOFF: register value of a 32-bit memory image.  QEMU masks
    the low word with 0x3fffff, so memory bits <18:14> also land in
    register bits <63:59> before the sign and exponent are or'ed in."""
    r = (m & 0xC000) << 48
    r |= ((m & 0x3FFFFF) << 45) & M64
    r |= (m & 0xFFFF0000) << 13
    if not m & 0x4000:
        r |= 7 << 59
    return r & M64


def f_to_memory(a):
    """STF: the 32-bit memory image of an F register value."""
    r = (a & 0x00001FFFE0000000) >> 13
    r |= (a & 0x07FFE00000000000) >> 45
    r |= (a & 0xC000000000000000) >> 48
    return r


def swap_words(q):
    """LDG / STG: the four 16-bit words in reverse order."""
    return (((q & 0xFFFF) << 48) | ((q & 0xFFFF0000) << 16)
            | ((q >> 16) & 0xFFFF0000) | (q >> 48)) & M64


# --- the operations -----------------------------------------------------------------
def _f_result(bits_flags):
    bits, flags = bits_flags
    return float32_to_f(bits), flags


def _g_result(bits_flags):
    bits, flags = bits_flags
    return float64_to_g(bits), flags


def execute(op, a, b, rm, ftz):
    """One VAX operation on raw register values; returns (register value,
    softfloat flags).  Raises ReservedOperand (a before b, as QEMU)."""
    if op in _F_BINARY:
        fa, fb = f_to_float32(a), f_to_float32(b)
        return _f_result(H._call(_F_BINARY[op], (fa, fb), rm, ftz, 23, 8))
    if op in _G_BINARY:
        ga, gb = g_to_float64(a), g_to_float64(b)
        return _g_result(H._call(_G_BINARY[op], (ga, gb), rm, ftz, 52, 11))
    if op in _G_COMPARE:
        ga, gb = g_to_float64(a), g_to_float64(b)
        true, flags = _G_COMPARE[op](_s64(ga), _s64(gb), 0)
        return (CMP_TRUE if true else 0), int(flags)
    return _unary(op, b, rm, ftz)


def _unary(op, b, rm, ftz):
    if op == OP_SQRTF:
        return _f_result(H._call(sf.f32_sqrt, (f_to_float32(b),), rm, ftz, 23, 8))
    if op == OP_SQRTG:
        return _g_result(H._call(sf.f64_sqrt, (g_to_float64(b),), rm, ftz, 52, 11))
    if op == OP_CVTGF:
        return _f_result(H._call(sf.f64_to_f32, (g_to_float64(b),), rm, ftz, 52, 11, 32))
    if op == OP_CVTGQ:
        r, flags = sf.f64_to_i64(_s64(g_to_float64(b)), sf.RTZ, 0)
        return int(r) & M64, int(flags)
    if op == OP_CVTQF:
        r, flags = sf.i64_to_f32(_s64(b), rm, 0)
        return float32_to_f(int(r) & 0xFFFFFFFF), int(flags)
    if op == OP_CVTQG:
        r, flags = sf.i64_to_f64(_s64(b), rm, 0)
        return float64_to_g(int(r) & M64), int(flags)
    raise ValueError("unknown VAX operation %d" % op)


# --- the engine's entry -----------------------------------------------------------------
def helper_vax(cpu, a, b, op):
    """fc = op(fa, fb) with QEMU's fp_status state (rounding, flush to
    zero) from the env; the flags are left pending for the next IEEE insn."""
    env = cpu.env
    try:
        r, flags = execute(op, a & M64, b & M64, int(env.fp_rm), bool(env.fp_ftz))
    except ReservedOperand:
        raise GuestException(B.EXCP_OPCDEC | B.EXCP_AFTER_INSN) from None
    if flags:
        env.fp_pending = int(env.fp_pending) | flags
    return r
