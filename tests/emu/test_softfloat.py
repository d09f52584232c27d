"""emu.softfloat against MPFR (gmpy2) and the RISC-V F/D spec.

Random operands are biased towards the interesting ones (zeros, subnormals,
format limits, infinities, NaNs, neighbours of halfway cases) and every
example is checked in all five rounding modes, result bits and all five
flags.  The reference rounds with MPFR (subnormalised to the format's range);
round-to-nearest-ties-away is RNE except on exact ties, which are detected
on a grid twice as fine.  Underflow follows IEEE: tiny (after rounding,
unless asked otherwise) and inexact.
"""
import struct
from collections import namedtuple
from fractions import Fraction

import gmpy2
import pytest
from hypothesis import given, settings, strategies as st

from emu import softfloat as sf

NV, DZ, OF, UF, NX = sf.FLAG_NV, sf.FLAG_DZ, sf.FLAG_OF, sf.FLAG_UF, sf.FLAG_NX
ROUNDING_MODES = (sf.RNE, sf.RTZ, sf.RDN, sf.RUP, sf.RMM)

Format = namedtuple("Format", "width fb eb p emin emax min_normal default_nan")
F32 = Format(32, 23, 8, 24, -148, 128, 2.0 ** -126, 0x7FC00000)
F64 = Format(64, 52, 11, 53, -1073, 1024, 2.0 ** -1022, 0x7FF8000000000000)
FORMATS = {32: F32, 64: F64}
OPS = {
    32: dict(add=sf.f32_add, sub=sf.f32_sub, mul=sf.f32_mul, div=sf.f32_div,
             sqrt=sf.f32_sqrt, fma=sf.f32_fma, min=sf.f32_min, max=sf.f32_max,
             eq=sf.f32_eq, lt=sf.f32_lt, le=sf.f32_le, classify=sf.f32_classify),
    64: dict(add=sf.f64_add, sub=sf.f64_sub, mul=sf.f64_mul, div=sf.f64_div,
             sqrt=sf.f64_sqrt, fma=sf.f64_fma, min=sf.f64_min, max=sf.f64_max,
             eq=sf.f64_eq, lt=sf.f64_lt, le=sf.f64_le, classify=sf.f64_classify),
}
MPFR_ROUND = {sf.RNE: gmpy2.RoundToNearest, sf.RTZ: gmpy2.RoundToZero,
              sf.RDN: gmpy2.RoundDown, sf.RUP: gmpy2.RoundUp}
HYPOTHESIS = dict(derandomize=True, deadline=None, database=None)


# --- bit patterns ----------------------------------------------------------

def signed64(x):
    """An unsigned 64-bit pattern as the int64 the library takes and returns."""
    x &= (1 << 64) - 1
    return x - (1 << 64) if x >> 63 else x


def as_arg(fmt, bits):
    return signed64(bits) if fmt.width == 64 else bits


def pack(fmt, sign, exp, frac):
    return (sign << (fmt.width - 1)) | (exp << fmt.fb) | frac


def fields(fmt, bits):
    bits &= (1 << fmt.width) - 1
    return bits >> (fmt.width - 1), (bits >> fmt.fb) & ((1 << fmt.eb) - 1), bits & ((1 << fmt.fb) - 1)


def is_nan(fmt, bits):
    _, exp, frac = fields(fmt, bits)
    return exp == (1 << fmt.eb) - 1 and frac != 0


def is_snan(fmt, bits):
    return is_nan(fmt, bits) and not (bits >> (fmt.fb - 1)) & 1


def to_float(fmt, bits):
    bits &= (1 << fmt.width) - 1
    if fmt.width == 32:
        return struct.unpack("<f", struct.pack("<I", bits))[0]
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def from_float(fmt, value):
    if fmt.width == 32:
        return struct.unpack("<I", struct.pack("<f", value))[0]
    return signed64(struct.unpack("<Q", struct.pack("<d", value))[0])


def f(fmt, value):
    """The bit pattern of a Python float that is exact in fmt (test shorthand)."""
    return from_float(fmt, value)


def exact(fmt, bits):
    return gmpy2.mpfr(to_float(fmt, bits), 64)


# --- the MPFR reference ----------------------------------------------------

def _context(p, emin, emax, rnd):
    return gmpy2.context(precision=p, emin=emin, emax=emax, subnormalize=True, round=rnd)


def _round(op, args, p, emin, emax, rm):
    """op(ctx, *args) correctly rounded to p bits in [emin, emax] -> (value, ctx)."""
    if rm == sf.RMM:
        value, ctx = _round(op, args, p, emin, emax, sf.RNE)
        if ctx.inexact:
            finer = _context(p + 1, emin - 1, emax, gmpy2.RoundToZero)
            op(finer, *args)
            if not finer.inexact:              # an exact tie: away from zero
                ctx = _context(p, emin, emax, gmpy2.RoundAwayZero)
                return op(ctx, *args), ctx
        return value, ctx
    ctx = _context(p, emin, emax, MPFR_ROUND[rm])
    return op(ctx, *args), ctx


def _is_tiny(fmt, op, args, rm, before_rounding):
    if before_rounding:
        value, _ = _round(op, args, 4 * fmt.p, -100000, 100000, sf.RTZ)
    else:
        value, _ = _round(op, args, fmt.p, -100000, 100000, rm)
    return value != 0 and abs(value) < fmt.min_normal


def reference(fmt, op, args, rm, tininess_before=False):
    """Expected (bits, flags) of op on exact MPFR args, NaN results canonical."""
    value, ctx = _round(op, args, fmt.p, fmt.emin, fmt.emax, rm)
    flags = 0
    if ctx.invalid:
        flags |= NV
    if ctx.divzero:
        flags |= DZ
    if ctx.overflow:
        flags |= OF | NX
    if ctx.inexact:
        flags |= NX
        if _is_tiny(fmt, op, args, rm, tininess_before):
            flags |= UF
    if gmpy2.is_nan(value):
        return fmt.default_nan, flags
    return from_float(fmt, float(value)), flags


def nan_reference(fmt, operands):
    """RISC-V: any NaN operand gives the canonical NaN; NV if one is signaling."""
    return fmt.default_nan, NV if any(is_snan(fmt, x) for x in operands) else 0


MPFR_OPS = dict(
    add=lambda c, x, y: c.add(x, y),
    sub=lambda c, x, y: c.sub(x, y),
    mul=lambda c, x, y: c.mul(x, y),
    div=lambda c, x, y: c.div(x, y),
    sqrt=lambda c, x: c.sqrt(x),
    fma=lambda c, x, y, z: c.fma(x, y, z),
    round=lambda c, x: c.plus(x),
)


def check_arith(fmt, name, operands, mode=0, extra=()):
    """Compare one operation in all rounding modes with the MPFR reference."""
    func = OPS[fmt.width][name]
    if any(is_nan(fmt, x) for x in operands):
        expected = {rm: nan_reference(fmt, operands) for rm in ROUNDING_MODES}
    else:
        args = [exact(fmt, x) for x in operands]
        expected = {rm: reference(fmt, MPFR_OPS[name], args, rm, bool(mode & sf.MODE_TININESS_BEFORE))
                    for rm in ROUNDING_MODES}
    for rm in ROUNDING_MODES:
        got = func(*[as_arg(fmt, x) for x in operands], *extra, rm, mode)
        want = (as_arg(fmt, expected[rm][0]), expected[rm][1])
        assert got == want, (name, [hex(x) for x in operands], rm, [hex(v) for v in got], [hex(v) for v in want])


# --- operand strategies ----------------------------------------------------

def special_values(fmt):
    top = (1 << fmt.eb) - 1
    bias = (1 << (fmt.eb - 1)) - 1
    out = []
    for sign in (0, 1):
        out += [pack(fmt, sign, e, m) for e, m in [
            (0, 0), (0, 1), (0, 2), (0, (1 << fmt.fb) - 1), (0, 1 << (fmt.fb - 1)),
            (1, 0), (1, 1), (2, 0), (bias, 0), (bias, 1), (bias - 1, (1 << fmt.fb) - 1),
            (top - 1, (1 << fmt.fb) - 1), (top - 1, 0), (top - 2, 1 << (fmt.fb - 1)),
            (top, 0), (top, 1 << (fmt.fb - 1)), (top, 1), (top, (1 << (fmt.fb - 1)) + 5)]]
    return out


def fractions_(fmt):
    full = (1 << fmt.fb) - 1
    sparse = st.lists(st.integers(0, fmt.fb - 1), max_size=3).map(lambda bs: sum(1 << b for b in set(bs)))
    return st.one_of(st.integers(0, full), sparse, sparse.map(lambda m: full ^ m))


def exponents(fmt):
    top = (1 << fmt.eb) - 1
    bias = (1 << (fmt.eb - 1)) - 1
    return st.one_of(st.integers(0, top - 1), st.integers(0, 3), st.integers(top - 4, top - 1),
                     st.integers(bias - 30, bias + 30), st.just(top))


def floats(fmt):
    structured = st.builds(lambda s, e, m: pack(fmt, s, e, m), st.integers(0, 1), exponents(fmt), fractions_(fmt))
    return st.one_of(st.sampled_from(special_values(fmt)), structured, structured,
                     st.integers(0, (1 << fmt.width) - 1))


def finite_floats(fmt):
    return floats(fmt).filter(lambda x: fields(fmt, x)[1] != (1 << fmt.eb) - 1)


def near(fmt, x, max_shift):
    """A strategy for values whose exponent is within max_shift of x's."""
    top = (1 << fmt.eb) - 1
    _, exp, _ = fields(fmt, x)
    return st.builds(lambda s, d, m: pack(fmt, s, min(max(exp + d, 0), top - 1), m),
                     st.integers(0, 1), st.integers(-max_shift, max_shift), fractions_(fmt))


def pairs(fmt):
    correlated = floats(fmt).flatmap(lambda a: st.tuples(st.just(a), near(fmt, a, fmt.p + 3)))
    return st.one_of(st.tuples(floats(fmt), floats(fmt)), correlated)


@st.composite
def fma_operands(draw, fmt):
    a, b = draw(pairs(fmt))
    choice = draw(st.integers(0, 3))
    if choice == 0:                           # c close to -(a*b): cancellation
        product, _ = OPS[fmt.width]["mul"](as_arg(fmt, a), as_arg(fmt, b), sf.RNE, 0)
        product &= (1 << fmt.width) - 1
        c = (product ^ (1 << (fmt.width - 1))) + draw(st.integers(-2, 2))
        c &= (1 << fmt.width) - 1
    elif choice == 1:
        c = draw(near(fmt, a, 2 * fmt.p))
    elif choice == 2:                         # c far below a*b: only its sticky bit counts
        bias = (1 << (fmt.eb - 1)) - 1
        exp = fields(fmt, a)[1] + fields(fmt, b)[1] - bias - draw(st.integers(fmt.p, 3 * fmt.p))
        c = pack(fmt, draw(st.integers(0, 1)), min(max(exp, 0), (1 << fmt.eb) - 2), draw(fractions_(fmt)))
    else:
        c = draw(floats(fmt))
    return a, b, c


BOTH = pytest.mark.parametrize("width", [32, 64])


# --- MPFR comparisons ------------------------------------------------------

@BOTH
@settings(max_examples=150, **HYPOTHESIS)
@given(data=st.data())
def test_add_and_sub_match_mpfr(width, data):
    fmt = FORMATS[width]
    a, b = data.draw(pairs(fmt))
    check_arith(fmt, "add", (a, b))
    check_arith(fmt, "sub", (a, b))


@BOTH
@settings(max_examples=120, **HYPOTHESIS)
@given(data=st.data())
def test_mul_matches_mpfr(width, data):
    fmt = FORMATS[width]
    check_arith(fmt, "mul", data.draw(st.tuples(floats(fmt), floats(fmt))))


@BOTH
@settings(max_examples=120, **HYPOTHESIS)
@given(data=st.data())
def test_div_matches_mpfr(width, data):
    fmt = FORMATS[width]
    check_arith(fmt, "div", data.draw(st.tuples(floats(fmt), floats(fmt))))


@BOTH
@settings(max_examples=120, **HYPOTHESIS)
@given(data=st.data())
def test_sqrt_matches_mpfr(width, data):
    fmt = FORMATS[width]
    check_arith(fmt, "sqrt", (data.draw(floats(fmt)),))


def _negated(fmt, x, flip):
    return x ^ (1 << (fmt.width - 1)) if flip and not is_nan(fmt, x) else x


@BOTH
@settings(max_examples=200, **HYPOTHESIS)
@given(data=st.data())
def test_fma_matches_mpfr(width, data):
    fmt = FORMATS[width]
    a, b, c = data.draw(fma_operands(fmt))
    negate = data.draw(st.integers(0, 3))
    # -(a*b) + c is (-a)*b + c; the reference negates the operands instead.
    ra = _negated(fmt, a, negate & sf.NEG_PRODUCT)
    rc = _negated(fmt, c, negate & sf.NEG_ADDEND)
    func = OPS[width]["fma"]
    for rm in ROUNDING_MODES:
        if any(is_nan(fmt, x) for x in (a, b, c)):
            want = nan_reference(fmt, (a, b, c))
            if not is_snan(fmt, c) and is_nan(fmt, c) and _zero_times_inf(fmt, a, b):
                want = (fmt.default_nan, NV)
        else:
            args = [exact(fmt, x) for x in (ra, b, rc)]
            want = reference(fmt, MPFR_OPS["fma"], args, rm)
        got = func(as_arg(fmt, a), as_arg(fmt, b), as_arg(fmt, c), negate, rm, 0)
        assert got == (as_arg(fmt, want[0]), want[1]), ([hex(x) for x in (a, b, c)], negate, rm, got, want)


def _zero_times_inf(fmt, a, b):
    kinds = {fields(fmt, a)[1:], fields(fmt, b)[1:]}
    top = (1 << fmt.eb) - 1
    return kinds == {(0, 0), (top, 0)}


@BOTH
@pytest.mark.parametrize("mode", [0, sf.MODE_TININESS_BEFORE])
@settings(max_examples=60, **HYPOTHESIS)
@given(data=st.data())
def test_underflow_boundary_matches_mpfr(width, mode, data):
    """Products and quotients landing next to the smallest normal number."""
    fmt = FORMATS[width]
    bias = (1 << (fmt.eb - 1)) - 1
    a = data.draw(st.builds(lambda s, e, m: pack(fmt, s, e, m), st.integers(0, 1),
                            st.one_of(st.integers(0, 3), st.integers(0, 3 * fmt.p)), fractions_(fmt)))
    b = data.draw(st.builds(lambda e, m: pack(fmt, 0, e, m), st.sampled_from([bias - 1, bias]),
                            fractions_(fmt)))                    # in [0.5, 2)
    check_arith(fmt, "mul", (a, b), mode=mode)
    check_arith(fmt, "div", (a, b), mode=mode)


@settings(max_examples=150, **HYPOTHESIS)
@given(a=st.one_of(floats(F64), st.builds(
    lambda s, e, m: pack(F64, s, 1023 + e, m), st.integers(0, 1),
    st.one_of(st.integers(-152, -124), st.sampled_from([-127, -126]), st.integers(125, 129)), fractions_(F64))))
def test_f64_to_f32_matches_mpfr(a):
    """Includes doubles near binary32's subnormal and overflow limits."""
    if is_nan(F64, a):
        want = {rm: (F32.default_nan, NV if is_snan(F64, a) else 0) for rm in ROUNDING_MODES}
    else:
        want = {rm: reference(F32, MPFR_OPS["round"], [exact(F64, a)], rm) for rm in ROUNDING_MODES}
    for rm in ROUNDING_MODES:
        assert sf.f64_to_f32(signed64(a), rm, 0) == want[rm], (hex(a), rm)


@settings(max_examples=100, **HYPOTHESIS)
@given(a=floats(F32))
def test_f32_to_f64_is_exact(a):
    for rm in ROUNDING_MODES:
        if is_nan(F32, a):
            want = (signed64(F64.default_nan), NV if is_snan(F32, a) else 0)
        else:
            want = (from_float(F64, to_float(F32, a)), 0)
        assert sf.f32_to_f64(a, rm, 0) == want, (hex(a), rm)


# --- conversions to and from integers --------------------------------------

def round_to_integer(q, rm):
    low = q.numerator // q.denominator
    rest = q - low
    if rest == 0:
        return low
    if rm == sf.RTZ:
        return low if q > 0 else low + 1
    if rm == sf.RDN:
        return low
    if rm == sf.RUP:
        return low + 1
    if rest != Fraction(1, 2):
        return low + 1 if rest > Fraction(1, 2) else low
    if rm == sf.RMM:
        return low + 1 if q > 0 else low
    return low + (low & 1)


def int_range(width, signed):
    return (-(1 << (width - 1)), (1 << (width - 1)) - 1) if signed else (0, (1 << width) - 1)


def to_int_reference(fmt, a, rm, width, signed):
    """The RISC-V fcvt table: NaN and too large -> max, too small -> min; NV."""
    low, high = int_range(width, signed)
    if is_nan(fmt, a):
        return high, NV
    value = to_float(fmt, a)
    if value in (float("inf"), float("-inf")):
        return (high if value > 0 else low), NV
    q = Fraction(value)
    n = round_to_integer(q, rm)
    if n < low:
        return low, NV
    if n > high:
        return high, NV
    return n, NX if n != q else 0


def conversion_result(int_width, n):
    return signed64(n) if int_width == 64 else n


TO_INT = {(32, 32, True): sf.f32_to_i32, (32, 32, False): sf.f32_to_u32,
          (32, 64, True): sf.f32_to_i64, (32, 64, False): sf.f32_to_u64,
          (64, 32, True): sf.f64_to_i32, (64, 32, False): sf.f64_to_u32,
          (64, 64, True): sf.f64_to_i64, (64, 64, False): sf.f64_to_u64}
FROM_INT = {(32, 32, True): sf.i32_to_f32, (32, 32, False): sf.u32_to_f32,
            (32, 64, True): sf.i64_to_f32, (32, 64, False): sf.u64_to_f32,
            (64, 32, True): sf.i32_to_f64, (64, 32, False): sf.u32_to_f64,
            (64, 64, True): sf.i64_to_f64, (64, 64, False): sf.u64_to_f64}
CONVERSIONS = pytest.mark.parametrize("width,int_width,signed", sorted(TO_INT))


def near_int_limits(fmt):
    """Floats around 2**31, 2**32, 2**63, 2**64 and small halves, both signs."""
    bias = (1 << (fmt.eb - 1)) - 1
    around = st.builds(lambda s, e, m: pack(fmt, s, bias + e, m), st.integers(0, 1),
                       st.sampled_from([-2, -1, 0, 1, 2, 30, 31, 32, 62, 63, 64]), fractions_(fmt))
    edges = [2.0 ** k + d for k in (31, 32, 63, 64) for d in (-1.0, -0.5, 0.0, 0.5)] + [0.5, 1.5, 2.5]
    exact_edges = [from_float(fmt, s * x) & ((1 << fmt.width) - 1) for x in edges for s in (1, -1)
                   if to_float(fmt, from_float(fmt, x)) == x]
    return st.one_of(around, st.sampled_from(exact_edges))


@CONVERSIONS
@settings(max_examples=40, **HYPOTHESIS)
@given(data=st.data())
def test_float_to_int_matches_exact_rounding(width, int_width, signed, data):
    fmt = FORMATS[width]
    a = data.draw(st.one_of(floats(fmt), near_int_limits(fmt)))
    for rm in ROUNDING_MODES:
        n, flags = to_int_reference(fmt, a, rm, int_width, signed)
        got = TO_INT[width, int_width, signed](as_arg(fmt, a), rm, 0)
        assert got == (conversion_result(int_width, n), flags), (hex(a), rm)


def integers(width, signed):
    low, high = int_range(width, signed)
    around_powers = st.builds(lambda k, d: min(max((1 << k) + d, low), high),
                              st.integers(0, width - 1), st.integers(-3, 3))
    ties = st.builds(lambda k, odd: min(max(odd << k, low), high),
                     st.integers(0, width - 1), st.integers(1, 1 << 30).map(lambda x: 2 * x + 1))
    magnitudes = st.one_of(st.integers(low, high), around_powers, ties)
    if not signed:
        return magnitudes
    return st.one_of(magnitudes, magnitudes.map(lambda x: max(-x, low)))


@CONVERSIONS
@settings(max_examples=40, **HYPOTHESIS)
@given(data=st.data())
def test_int_to_float_matches_mpfr(width, int_width, signed, data):
    fmt = FORMATS[width]
    n = data.draw(integers(int_width, signed))
    arg = signed64(n) if int_width == 64 else n
    for rm in ROUNDING_MODES:
        want = reference(fmt, MPFR_OPS["round"], [gmpy2.mpfr(n, 70)], rm)
        got = FROM_INT[width, int_width, signed](arg, rm, 0)
        assert got == (as_arg(fmt, want[0]), want[1]), (n, rm)


# --- compare, min/max against their definitions ----------------------------

@BOTH
@settings(max_examples=100, **HYPOTHESIS)
@given(data=st.data())
def test_compare_and_minmax_follow_riscv(width, data):
    fmt = FORMATS[width]
    a, b = data.draw(pairs(fmt))
    ops = OPS[width]
    nan_a, nan_b = is_nan(fmt, a), is_nan(fmt, b)
    any_snan = is_snan(fmt, a) or is_snan(fmt, b)
    quiet_flags = NV if any_snan else 0
    if nan_a or nan_b:
        assert ops["eq"](as_arg(fmt, a), as_arg(fmt, b), 0) == (0, quiet_flags)
        assert ops["lt"](as_arg(fmt, a), as_arg(fmt, b), 0) == (0, NV)
        assert ops["le"](as_arg(fmt, a), as_arg(fmt, b), 0) == (0, NV)
        other = fmt.default_nan if nan_a and nan_b else (b if nan_a else a)
        for name in ("min", "max"):
            assert ops[name](as_arg(fmt, a), as_arg(fmt, b), 0) == (as_arg(fmt, other), quiet_flags)
        return
    x, y = to_float(fmt, a), to_float(fmt, b)           # exact, infinities included
    assert ops["eq"](as_arg(fmt, a), as_arg(fmt, b), 0) == (int(x == y), 0)
    assert ops["lt"](as_arg(fmt, a), as_arg(fmt, b), 0) == (int(x < y), 0)
    assert ops["le"](as_arg(fmt, a), as_arg(fmt, b), 0) == (int(x <= y), 0)
    # -0 < +0 for min/max: order by (value, sign bit clear)
    key_a = (x, not fields(fmt, a)[0])
    key_b = (y, not fields(fmt, b)[0])
    assert ops["min"](as_arg(fmt, a), as_arg(fmt, b), 0) == (as_arg(fmt, a if key_a <= key_b else b), 0)
    assert ops["max"](as_arg(fmt, a), as_arg(fmt, b), 0) == (as_arg(fmt, a if key_a >= key_b else b), 0)


# --- hand-written cases from the RISC-V F/D chapter ------------------------

QNAN32, SNAN32 = 0x7FC00000, 0x7F800001
INF32, NINF32 = 0x7F800000, 0xFF800000
QNAN64, SNAN64 = 0x7FF8000000000000, 0x7FF0000000000001
INF64 = 0x7FF0000000000000


def test_zero_times_infinity_is_invalid():
    assert sf.f32_mul(0, INF32, sf.RNE, 0) == (QNAN32, NV)
    assert sf.f64_mul(INF64, signed64(1 << 63), sf.RNE, 0) == (QNAN64, NV)


def test_infinity_minus_infinity_is_invalid():
    assert sf.f32_sub(INF32, INF32, sf.RNE, 0) == (QNAN32, NV)
    assert sf.f32_add(INF32, NINF32, sf.RNE, 0) == (QNAN32, NV)


def test_exact_cancellation_gives_plus_zero_except_rounding_down():
    one = f(F64, 1.0)
    assert sf.f64_sub(one, one, sf.RNE, 0) == (0, 0)
    assert sf.f64_sub(one, one, sf.RDN, 0) == (signed64(1 << 63), 0)


def test_sqrt_of_negative_zero_is_negative_zero_and_of_minus_one_invalid():
    assert sf.f32_sqrt(0x80000000, sf.RNE, 0) == (0x80000000, 0)
    assert sf.f64_sqrt(signed64(1 << 63), sf.RNE, 0) == (signed64(1 << 63), 0)
    assert sf.f32_sqrt(f(F32, -1.0), sf.RNE, 0) == (QNAN32, NV)
    assert sf.f64_sqrt(f(F64, -1.0), sf.RNE, 0) == (QNAN64, NV)


def test_division_by_zero_raises_dz():
    assert sf.f32_div(f(F32, 1.0), 0, sf.RNE, 0) == (INF32, DZ)
    assert sf.f32_div(f(F32, -1.0), 0, sf.RNE, 0) == (NINF32, DZ)
    assert sf.f32_div(0, 0, sf.RNE, 0) == (QNAN32, NV)


def test_min_max_order_negative_zero_below_positive_zero():
    assert sf.f32_min(0x80000000, 0, 0) == (0x80000000, 0)
    assert sf.f32_min(0, 0x80000000, 0) == (0x80000000, 0)
    assert sf.f32_max(0x80000000, 0, 0) == (0, 0)
    assert sf.f64_max(signed64(1 << 63), 0, 0) == (0, 0)


def test_min_max_nan_rules():
    one = f(F32, 1.0)
    assert sf.f32_min(QNAN32, one, 0) == (one, 0)          # one NaN: the other operand
    assert sf.f32_max(one, SNAN32, 0) == (one, NV)         # sNaN still signals
    assert sf.f32_min(QNAN32, 0x7FC12345, 0) == (QNAN32, 0)  # both NaN: canonical
    assert sf.f32_max(SNAN32, QNAN32, 0) == (QNAN32, NV)


def test_comparisons_quiet_and_signaling():
    one = f(F32, 1.0)
    assert sf.f32_eq(QNAN32, one, 0) == (0, 0)
    assert sf.f32_eq(SNAN32, one, 0) == (0, NV)
    assert sf.f32_lt(QNAN32, one, 0) == (0, NV)
    assert sf.f32_le(one, QNAN32, 0) == (0, NV)
    assert sf.f32_eq(0, 0x80000000, 0) == (1, 0)
    assert sf.f32_lt(0x80000000, 0, 0) == (0, 0)
    assert sf.f32_le(0x80000000, 0, 0) == (1, 0)


def test_signaling_nan_operand_raises_nv_and_gives_canonical_nan():
    one = f(F32, 1.0)
    assert sf.f32_add(SNAN32, one, sf.RNE, 0) == (QNAN32, NV)
    assert sf.f32_add(0xFFC01234, one, sf.RNE, 0) == (QNAN32, 0)
    assert sf.f64_mul(signed64(SNAN64), f(F64, 2.0), sf.RNE, 0) == (QNAN64, NV)
    assert sf.f32_to_f64(SNAN32, sf.RNE, 0) == (QNAN64, NV)
    assert sf.f64_to_f32(signed64(SNAN64), sf.RNE, 0) == (QNAN32, NV)


def test_fma_zero_times_infinity_plus_quiet_nan_is_invalid():
    assert sf.f32_fma(0, INF32, QNAN32, 0, sf.RNE, 0) == (QNAN32, NV)
    assert sf.f64_fma(INF64, 0, QNAN64, 0, sf.RNE, 0) == (QNAN64, NV)
    assert sf.f32_fma(f(F32, 1.0), INF32, QNAN32, 0, sf.RNE, 0) == (QNAN32, 0)


def test_fma_variants_negate_product_and_addend():
    two, three, one = f(F64, 2.0), f(F64, 3.0), f(F64, 1.0)
    assert sf.f64_fma(two, three, one, 0, sf.RNE, 0) == (f(F64, 7.0), 0)                 # fmadd
    assert sf.f64_fma(two, three, one, sf.NEG_ADDEND, sf.RNE, 0) == (f(F64, 5.0), 0)     # fmsub
    assert sf.f64_fma(two, three, one, sf.NEG_PRODUCT, sf.RNE, 0) == (f(F64, -5.0), 0)   # fnmsub
    assert sf.f64_fma(two, three, one, 3, sf.RNE, 0) == (f(F64, -7.0), 0)                # fnmadd


@pytest.mark.parametrize("rm,below,above", [(sf.RNE, 0, 0), (sf.RTZ, -1, 0), (sf.RDN, -1, 0),
                                             (sf.RUP, 0, 1), (sf.RMM, 0, 0)])
def test_fma_tiny_addend_still_rounds_and_signals(rm, below, above):
    one, tiny = f(F64, 1.0), 1                 # 1 * 1 +- 2**-1074
    assert sf.f64_fma(one, one, tiny, 0, rm, 0) == (one + above, NX)
    assert sf.f64_fma(one, one, tiny, sf.NEG_ADDEND, rm, 0) == (one + below, NX)


def test_fma_rounds_once():
    # (1 + 2**-12)**2 - 1 = 2**-11 + 2**-24 needs the unrounded product.
    x = f(F32, 1.0 + 2.0 ** -12)
    assert sf.f32_fma(x, x, f(F32, -1.0), 0, sf.RNE, 0) == (f(F32, 2.0 ** -11 + 2.0 ** -24), 0)
    assert sf.f32_sub(sf.f32_mul(x, x, sf.RNE, 0)[0], f(F32, 1.0), sf.RNE, 0) == (f(F32, 2.0 ** -11), 0)


@pytest.mark.parametrize("rm,want", [(sf.RNE, INF32), (sf.RTZ, 0x7F7FFFFF),
                                     (sf.RDN, 0x7F7FFFFF), (sf.RUP, INF32), (sf.RMM, INF32)])
def test_overflow_result_depends_on_rounding_mode(rm, want):
    assert sf.f32_mul(0x7F7FFFFF, f(F32, 2.0), rm, 0) == (want, OF | NX)


def test_underflow_needs_tiny_and_inexact():
    min_normal = 0x00800000
    half = f(F32, 0.5)
    assert sf.f32_mul(min_normal, half, sf.RNE, 0) == (0x00400000, 0)     # exact subnormal
    assert sf.f32_mul(1, half, sf.RNE, 0) == (0, UF | NX)                 # 2**-150 ties to 0
    assert sf.f32_mul(1, half, sf.RUP, 0) == (1, UF | NX)


def test_tininess_after_versus_before_rounding():
    # 2**-126 (1 + 2**-23) * (1 - 2**-23) = 2**-126 (1 - 2**-46) rounds to the
    # smallest normal even with an unbounded exponent: tiny before rounding only.
    a = f(F32, 1.0 - 2.0 ** -23)
    assert sf.f32_mul(0x00800001, a, sf.RNE, 0) == (0x00800000, NX)
    assert sf.f32_mul(0x00800001, a, sf.RNE, sf.MODE_TININESS_BEFORE) == (0x00800000, UF | NX)
    # 2**-126 (1 - 2**-24) is exact at 24 bits, so it is tiny either way.
    assert sf.f32_mul(0x00800000, f(F32, 1.0 - 2.0 ** -24), sf.RNE, 0) == (0x00800000, UF | NX)


def test_classify_sets_one_riscv_fclass_bit():
    cases = [(NINF32, 0), (f(F32, -1.0), 1), (0x80000001, 2), (0x80000000, 3), (0, 4),
             (1, 5), (f(F32, 1.0), 6), (INF32, 7), (SNAN32, 8), (QNAN32, 9)]
    for bits, bit in cases:
        assert sf.f32_classify(bits) == (1 << bit, 0)
    assert sf.f64_classify(signed64(SNAN64)) == (1 << 8, 0)
    assert sf.f64_classify(signed64(0x8000000000000001)) == (1 << 2, 0)


def test_int_conversion_saturates_as_riscv_table():
    big = f(F32, 3.0e9)
    assert sf.f32_to_i32(QNAN32, sf.RNE, 0) == (2 ** 31 - 1, NV)
    assert sf.f32_to_i32(INF32, sf.RNE, 0) == (2 ** 31 - 1, NV)
    assert sf.f32_to_i32(NINF32, sf.RNE, 0) == (-2 ** 31, NV)
    assert sf.f32_to_i32(big, sf.RNE, 0) == (2 ** 31 - 1, NV)
    assert sf.f32_to_u32(big, sf.RNE, 0) == (3000000000, 0)
    assert sf.f32_to_u32(f(F32, -1.0), sf.RNE, 0) == (0, NV)
    assert sf.f32_to_u32(f(F32, -0.5), sf.RTZ, 0) == (0, NX)
    assert sf.f32_to_u32(QNAN32, sf.RNE, 0) == (2 ** 32 - 1, NV)
    assert sf.f32_to_u32(f(F32, 2.0 ** 32), sf.RNE, 0) == (2 ** 32 - 1, NV)
    assert sf.f64_to_u32(f(F64, 2.0 ** 32 - 0.5), sf.RNE, 0) == (2 ** 32 - 1, NV)   # rounds to 2**32
    assert sf.f64_to_u32(f(F64, 2.0 ** 32 - 0.5), sf.RTZ, 0) == (2 ** 32 - 1, NX)
    assert sf.f64_to_i32(f(F64, 2.0 ** 31 - 0.5), sf.RNE, 0) == (2 ** 31 - 1, NV)
    assert sf.f64_to_i64(signed64(QNAN64), sf.RNE, 0) == (2 ** 63 - 1, NV)
    assert sf.f64_to_i64(f(F64, -2.0 ** 63), sf.RNE, 0) == (-2 ** 63, 0)
    assert sf.f64_to_u64(f(F64, 2.0 ** 64), sf.RNE, 0) == (-1, NV)        # 2**64 - 1 as int64
    assert sf.f64_to_i32(f(F64, -2147483648.5), sf.RNE, 0) == (-2 ** 31, NX)
    assert sf.f64_to_i32(f(F64, 2.5), sf.RMM, 0) == (3, NX)


def test_int_to_float_rounds():
    assert sf.u64_to_f32(-1, sf.RNE, 0) == (0x5F800000, NX)                 # 2**64 - 1
    assert sf.u64_to_f32(-1, sf.RTZ, 0) == (0x5F7FFFFF, NX)
    assert sf.i64_to_f64(-2 ** 63, sf.RNE, 0) == (f(F64, -2.0 ** 63), 0)
    assert sf.i32_to_f32(0xFFFFFFFF, sf.RNE, 0) == (f(F32, -1.0), 0)        # low 32 bits only
    assert sf.u32_to_f64(-1, sf.RNE, 0) == (f(F64, 4294967295.0), 0)
    assert sf.i32_to_f32(0, sf.RDN, 0) == (0, 0)


def test_f32_operands_ignore_bits_above_32():
    one = f(F32, 1.0)
    assert sf.f32_add(one | (0x7FFFFFFF << 32), one, sf.RNE, 0) == (f(F32, 2.0), 0)


# --- the other target conventions (mode bits) --------------------------------

P = sf.MODE_PROPAGATE_NAN


def test_propagate_mode_prefers_first_signaling_nan_then_first_quiet():
    one = f(F32, 1.0)
    assert sf.f32_add(0x7FC01234, SNAN32 | 0x55, sf.RNE, P) == (0x7FC00055, NV)
    assert sf.f32_add(0xFFC01234, 0x7FC00055, sf.RNE, P) == (0xFFC01234, 0)
    assert sf.f32_mul(one, 0x7F800077, sf.RNE, P) == (0x7FC00077, NV)
    assert sf.f32_sub(one, 0xFFC00001, sf.RNE, P) == (0xFFC00001, 0)      # sign kept
    assert sf.f32_sqrt(0x7F800009, sf.RNE, P) == (0x7FC00009, NV)


def test_propagate_mode_fma_nan_order():
    a, c = 0x7FC0000A, 0x7FC0000C
    one = f(F32, 1.0)
    assert sf.f32_fma(a, one, c, 0, sf.RNE, P) == (a, 0)
    assert sf.f32_fma(a, one, c, 0, sf.RNE, P | sf.MODE_FMA_ADDEND_NAN_FIRST) == (c, 0)
    assert sf.f32_fma(0, INF32, c, 0, sf.RNE, P) == (QNAN32, NV)        # ARM: default NaN


def test_propagate_mode_converts_nan_payloads():
    assert sf.f32_to_f64(0xFF800001, sf.RNE, P) == (signed64(0xFFF8000020000000), NV)
    assert sf.f64_to_f32(signed64(0x7FF0000020000000), sf.RNE, P) == (0x7FC00001, NV)


def test_propagate_mode_min_max_is_minnum():
    one = f(F32, 1.0)
    assert sf.f32_min(QNAN32, one, P) == (one, 0)
    assert sf.f32_min(SNAN32, one, P) == (0x7FC00001, NV)


def test_flush_to_zero_mode():
    fz = sf.MODE_FLUSH_TO_ZERO
    min_normal = 0x00800000
    assert sf.f32_add(1, 0, sf.RNE, fz) == (0, 0)                              # input flushed
    assert sf.f32_mul(min_normal, f(F32, 0.5), sf.RNE, fz) == (0, UF)         # output flushed
    assert sf.f32_mul(0x80800000, f(F32, 0.75), sf.RNE, fz) == (0x80000000, UF)
    assert sf.f32_add(min_normal, min_normal, sf.RNE, fz) == (0x01000000, 0)


def test_callable_from_numba_compiled_code():
    from numba import njit

    @njit(nogil=True)
    def sum_flags(a, b):
        total, flags = sf.f64_add(a, b, sf.RNE, 0)
        quotient, more = sf.f64_div(total, b, sf.RUP, 0)
        return quotient, flags | more

    one, three = f(F64, 1.0), f(F64, 3.0)
    assert sum_flags(one, three) == (sf.f64_div(f(F64, 4.0), three, sf.RUP, 0)[0], NX)
