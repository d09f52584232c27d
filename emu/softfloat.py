"""Exact IEEE-754 binary32/binary64 arithmetic in integers, callable from numba.

Every guest floating-point instruction of every target (RISC-V F/D first,
ARM VFP and Alpha later) ends up here, so the results and the exception
flags are bit-exact whatever the host FPU does.  Nothing in this module
touches host floating point; the 106-bit products and long quotients of
binary64 are built from 27-bit limbs and two-word (2 x 62 bit) integers.

Conventions (see docs/softfloat.md):

* A value is its raw bit pattern in an int64.  binary32 uses the low 32 bits
  (results are zero-extended); binary64 uses all 64 bits, so a negative
  binary64 is a negative int64.  Python callers must pass signed patterns.
* ``rm`` is the rounding mode in the RISC-V encoding: RNE=0, RTZ=1, RDN=2,
  RUP=3, RMM=4.  Other values round like RTZ; targets must reject reserved
  encodings themselves.
* ``mode`` is a small bitfield of target conventions:
  MODE_PROPAGATE_NAN (1) propagate NaN operands instead of returning the
  default NaN; MODE_TININESS_BEFORE (2) detect tininess before rounding;
  MODE_FLUSH_TO_ZERO (4) treat subnormal inputs as zero and flush tiny
  results to zero (ARM FZ); MODE_FMA_ADDEND_NAN_FIRST (8) in fma, look at the
  addend first when choosing which NaN to propagate (ARM).  RISC-V uses 0.
* Every function returns ``(result, flags)`` with flags in the RISC-V fflags
  layout: NV=16, DZ=8, OF=4, UF=2, NX=1.

Internally a finite non-zero operand is unpacked to (sign, exp, sig) with
the leading one of ``sig`` at bit 61, so that value = sig * 2**(exp - 61);
bits below the format's precision are guard bits and bit 0 may carry a
"sticky" one standing for anything non-zero shifted out.
"""
from numba import njit

RNE = 0
RTZ = 1
RDN = 2
RUP = 3
RMM = 4

FLAG_NV = 16
FLAG_DZ = 8
FLAG_OF = 4
FLAG_UF = 2
FLAG_NX = 1

MODE_PROPAGATE_NAN = 1
MODE_TININESS_BEFORE = 2
MODE_FLUSH_TO_ZERO = 4
MODE_FMA_ADDEND_NAN_FIRST = 8

NEG_PRODUCT = 1
NEG_ADDEND = 2

F32_DEFAULT_NAN = 0x7FC00000
F64_DEFAULT_NAN = 0x7FF8000000000000

# (fraction bits, exponent bits) of the two formats.
_F32_FB, _F32_EB = 23, 8
_F64_FB, _F64_EB = 52, 11

# Operand classes returned by _unpack.
_ZERO = 0
_FINITE = 1
_INF = 2
_NAN = 3

_LEAD = 61                      # position of the leading one in a sig
_M62 = (1 << 62) - 1            # one word of a two-word integer
_M27 = (1 << 27) - 1
_WINDOW_LEAD = 121              # leading-one position in the fma window
_INT64_MAX = 9223372036854775807
_INT64_MIN = -9223372036854775807 - 1

_jit = njit(cache=True, nogil=True)


# ---------------------------------------------------------------------------
# Integer helpers
# ---------------------------------------------------------------------------

@_jit
def _bit_length(x):
    """Number of significant bits of a non-negative int64."""
    n = 0
    if x >> 32:
        x >>= 32
        n += 32
    if x >> 16:
        x >>= 16
        n += 16
    if x >> 8:
        x >>= 8
        n += 8
    if x >> 4:
        x >>= 4
        n += 4
    if x >> 2:
        x >>= 2
        n += 2
    if x >> 1:
        x >>= 1
        n += 1
    return n + x


@_jit
def _shift_right_jam(x, n):
    """x >> n for x >= 0, with a one in bit 0 if any one bit was lost."""
    if n <= 0:
        return x
    if n >= 63:
        return 1 if x != 0 else 0
    lost = x & ((1 << n) - 1)
    return (x >> n) | (1 if lost != 0 else 0)


@_jit
def _normalize(sig, exp):
    """Move the leading one of sig (0 < sig < 2**63) to bit 61, keeping the value."""
    lead = _bit_length(sig) - 1
    if lead > _LEAD:
        return _shift_right_jam(sig, lead - _LEAD), exp + (lead - _LEAD)
    return sig << (_LEAD - lead), exp - (_LEAD - lead)


@_jit
def _mul_wide(x, y):
    """Exact x * y for 0 <= x, y < 2**54 as a two-word (hi, lo) in base 2**62."""
    x1 = x >> 27
    x0 = x & _M27
    y1 = y >> 27
    y0 = y & _M27
    p2 = x1 * y1
    p1 = x1 * y0 + x0 * y1
    p0 = x0 * y0
    low = p0 + ((p1 & _M27) << 27)                  # product mod 2**54, plus a carry
    high = p2 + (p1 >> 27) + (low >> 54)            # product >> 54
    low &= (1 << 54) - 1
    return high >> 8, ((high & 0xFF) << 54) | low


@_jit
def _bit_length2(hi, lo):
    if hi != 0:
        return 62 + _bit_length(hi)
    return _bit_length(lo)


@_jit
def _shift_left2(hi, lo, n):
    """(hi, lo) << n; the caller guarantees the result fits in 124 bits."""
    if n <= 0:
        return hi, lo
    if n >= 62:
        return lo << (n - 62), 0
    return (hi << n) | (lo >> (62 - n)), (lo << n) & _M62


@_jit
def _shift_right_jam2(hi, lo, n):
    """(hi, lo) >> n with the lost bits jammed into bit 0."""
    if n <= 0:
        return hi, lo
    if n >= 124:
        return 0, 1 if (hi | lo) != 0 else 0
    if n >= 62:
        return 0, _shift_right_jam(hi, n - 62) | (1 if lo != 0 else 0)
    lost = lo & ((1 << n) - 1)
    new_lo = ((hi << (62 - n)) & _M62) | (lo >> n) | (1 if lost != 0 else 0)
    return hi >> n, new_lo


@_jit
def _add2(ahi, alo, bhi, blo):
    lo = alo + blo
    return ahi + bhi + (lo >> 62), lo & _M62


@_jit
def _sub2(ahi, alo, bhi, blo):
    """(a - b) for a >= b."""
    lo = alo - blo
    borrow = 0
    if lo < 0:
        lo += 1 << 62
        borrow = 1
    return ahi - bhi - borrow, lo


@_jit
def _less2(ahi, alo, bhi, blo):
    return ahi < bhi or (ahi == bhi and alo < blo)


@_jit
def _compress2(hi, lo):
    """Non-zero two-word integer -> (sig with leading one at bit 61, sticky; lead position)."""
    if hi != 0:
        k = _bit_length(hi)
        lead = 61 + k
        sticky = 1 if (lo & ((1 << k) - 1)) != 0 else 0
        return (hi << (62 - k)) | (lo >> k) | sticky, lead
    lead = _bit_length(lo) - 1
    if lead > _LEAD:
        return _shift_right_jam(lo, lead - _LEAD), lead
    return lo << (_LEAD - lead), lead


# ---------------------------------------------------------------------------
# Packing, unpacking, NaNs
# ---------------------------------------------------------------------------

@_jit
def _width_mask(fb, eb):
    if fb + eb + 1 >= 64:
        return -1
    return (1 << (fb + eb + 1)) - 1


@_jit
def _pack(sign, biased_exp, frac, fb, eb):
    return (sign << (fb + eb)) | (biased_exp << fb) | frac


@_jit
def _exp_all_ones(eb):
    return (1 << eb) - 1


@_jit
def _zero(sign, fb, eb):
    return _pack(sign, 0, 0, fb, eb)


@_jit
def _inf(sign, fb, eb):
    return _pack(sign, _exp_all_ones(eb), 0, fb, eb)


@_jit
def _max_finite(sign, fb, eb):
    return _pack(sign, _exp_all_ones(eb) - 1, (1 << fb) - 1, fb, eb)


@_jit
def _default_nan(fb, eb):
    return _pack(0, _exp_all_ones(eb), 1 << (fb - 1), fb, eb)


@_jit
def _is_nan(a, fb, eb):
    return ((a >> fb) & _exp_all_ones(eb)) == _exp_all_ones(eb) and (a & ((1 << fb) - 1)) != 0


@_jit
def _is_snan(a, fb, eb):
    return _is_nan(a, fb, eb) and ((a >> (fb - 1)) & 1) == 0


@_jit
def _quiet(a, fb):
    return a | (1 << (fb - 1))


@_jit
def _sign_of(a, fb, eb):
    return (a >> (fb + eb)) & 1


@_jit
def _magnitude(a, fb, eb):
    return a & ~(1 << (fb + eb))


@_jit
def _prepare(a, mode, fb, eb):
    """Mask to the format's width and, under flush-to-zero, zero a subnormal."""
    a &= _width_mask(fb, eb)
    if (mode & MODE_FLUSH_TO_ZERO) and ((a >> fb) & _exp_all_ones(eb)) == 0:
        return _zero(_sign_of(a, fb, eb), fb, eb)
    return a


@_jit
def _unpack(a, fb, eb):
    """-> (class, sign, exp, sig); sig normalised to bit 61 for finite values."""
    bias = (1 << (eb - 1)) - 1
    ones = _exp_all_ones(eb)
    sign = _sign_of(a, fb, eb)
    e = (a >> fb) & ones
    frac = a & ((1 << fb) - 1)
    if e == ones:
        if frac != 0:
            return _NAN, sign, 0, frac
        return _INF, sign, 0, 0
    if e == 0:
        if frac == 0:
            return _ZERO, sign, 0, 0
        lead = _bit_length(frac) - 1
        return _FINITE, sign, 1 - bias - fb + lead, frac << (_LEAD - lead)
    return _FINITE, sign, e - bias, (frac | (1 << fb)) << (_LEAD - fb)


@_jit
def _propagate_nan2(a, b, mode, fb, eb):
    """Result and flags when a or b is a NaN: default NaN, or the ARM choice."""
    flags = FLAG_NV if (_is_snan(a, fb, eb) or _is_snan(b, fb, eb)) else 0
    if not (mode & MODE_PROPAGATE_NAN):
        return _default_nan(fb, eb), flags
    if _is_snan(a, fb, eb):
        return _quiet(a, fb), flags
    if _is_snan(b, fb, eb):
        return _quiet(b, fb), flags
    if _is_nan(a, fb, eb):
        return a, flags
    return b, flags


@_jit
def _propagate_nan3(a, b, c, mode, fb, eb):
    flags = 0
    if _is_snan(a, fb, eb) or _is_snan(b, fb, eb) or _is_snan(c, fb, eb):
        flags = FLAG_NV
    if not (mode & MODE_PROPAGATE_NAN):
        return _default_nan(fb, eb), flags
    if _is_snan(a, fb, eb):
        return _quiet(a, fb), flags
    if _is_snan(b, fb, eb):
        return _quiet(b, fb), flags
    if _is_snan(c, fb, eb):
        return _quiet(c, fb), flags
    if _is_nan(a, fb, eb):
        return a, flags
    if _is_nan(b, fb, eb):
        return b, flags
    return c, flags


# ---------------------------------------------------------------------------
# Rounding
# ---------------------------------------------------------------------------

@_jit
def _round_shift(sig, n, sign, rm):
    """Round sig / 2**n (n >= 1) to an integer -> (integer, inexact)."""
    if n >= 63:
        kept = 0
        rest = 1 if sig != 0 else 0
        half = 2                      # anything left is below one half
    else:
        kept = sig >> n
        rest = sig & ((1 << n) - 1)
        half = 1 << (n - 1)
    if rest == 0:
        return kept, False
    if rm == RNE:
        up = rest > half or (rest == half and (kept & 1) == 1)
    elif rm == RMM:
        up = rest >= half
    elif rm == RDN:
        up = sign == 1
    elif rm == RUP:
        up = sign == 0
    else:
        up = False
    if up:
        kept += 1
    return kept, True


@_jit
def _overflow_result(sign, rm, fb, eb):
    to_inf = (rm == RNE or rm == RMM or (rm == RDN and sign == 1)
              or (rm == RUP and sign == 0))
    if to_inf:
        return _inf(sign, fb, eb)
    return _max_finite(sign, fb, eb)


@_jit
def _round_pack(sign, exp, sig, rm, mode, fb, eb):
    """Round sig * 2**(exp - 61) (sig normalised) to the format -> (bits, flags)."""
    bias = (1 << (eb - 1)) - 1
    guard_bits = _LEAD - fb
    biased = exp + bias
    if biased >= 1:
        kept, inexact = _round_shift(sig, guard_bits, sign, rm)
        if kept >> (fb + 1):
            kept >>= 1
            biased += 1
        if biased >= _exp_all_ones(eb):
            return _overflow_result(sign, rm, fb, eb), FLAG_OF | FLAG_NX
        frac = kept & ((1 << fb) - 1)
        return _pack(sign, biased, frac, fb, eb), FLAG_NX if inexact else 0
    # Below the normal range before rounding.
    if mode & MODE_FLUSH_TO_ZERO:
        return _zero(sign, fb, eb), FLAG_UF
    tiny = True
    if biased == 0 and not (mode & MODE_TININESS_BEFORE):
        unbounded, _ = _round_shift(sig, guard_bits, sign, rm)
        tiny = (unbounded >> (fb + 1)) == 0
    kept, inexact = _round_shift(sig, guard_bits + 1 - biased, sign, rm)
    # kept == 1 << fb (rounded up to the smallest normal) packs correctly too.
    bits = _pack(sign, 0, 0, fb, eb) | kept
    if not inexact:
        return bits, 0
    return bits, (FLAG_UF | FLAG_NX) if tiny else FLAG_NX


# ---------------------------------------------------------------------------
# Arithmetic, generic over the format (fb, eb)
# ---------------------------------------------------------------------------

@_jit
def _exact_zero_sum_sign(rm):
    """Sign of x + (-x): +0 except when rounding down."""
    return 1 if rm == RDN else 0


@_jit
def _add(a, b, negate_b, rm, mode, fb, eb):
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    ca, sa, ea, ma = _unpack(a, fb, eb)
    cb, sb, eb_, mb = _unpack(b, fb, eb)
    if ca == _NAN or cb == _NAN:
        return _propagate_nan2(a, b, mode, fb, eb)
    sb ^= negate_b
    if ca == _INF:
        if cb == _INF and sa != sb:
            return _default_nan(fb, eb), FLAG_NV
        return _inf(sa, fb, eb), 0
    if cb == _INF:
        return _inf(sb, fb, eb), 0
    if ca == _ZERO:
        if cb == _ZERO:
            if sa == sb:
                return _zero(sa, fb, eb), 0
            return _zero(_exact_zero_sum_sign(rm), fb, eb), 0
        return _round_pack(sb, eb_, mb, rm, mode, fb, eb)
    if cb == _ZERO:
        return _round_pack(sa, ea, ma, rm, mode, fb, eb)
    if ea < eb_ or (ea == eb_ and ma < mb):       # make |a| >= |b|
        sa, ea, ma, sb, eb_, mb = sb, eb_, mb, sa, ea, ma
    mb = _shift_right_jam(mb, ea - eb_)
    if sa == sb:
        total = ma + mb
    else:
        total = ma - mb
        if total == 0:
            return _zero(_exact_zero_sum_sign(rm), fb, eb), 0
    sig, exp = _normalize(total, ea)
    return _round_pack(sa, exp, sig, rm, mode, fb, eb)


@_jit
def _mul(a, b, rm, mode, fb, eb):
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    ca, sa, ea, ma = _unpack(a, fb, eb)
    cb, sb, eb_, mb = _unpack(b, fb, eb)
    if ca == _NAN or cb == _NAN:
        return _propagate_nan2(a, b, mode, fb, eb)
    sign = sa ^ sb
    if ca == _INF or cb == _INF:
        if ca == _ZERO or cb == _ZERO:
            return _default_nan(fb, eb), FLAG_NV
        return _inf(sign, fb, eb), 0
    if ca == _ZERO or cb == _ZERO:
        return _zero(sign, fb, eb), 0
    hi, lo = _mul_wide(ma >> (_LEAD - fb), mb >> (_LEAD - fb))
    sig, lead = _compress2(hi, lo)
    return _round_pack(sign, ea + eb_ + lead - 2 * fb, sig, rm, mode, fb, eb)


@_jit
def _div(a, b, rm, mode, fb, eb):
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    ca, sa, ea, ma = _unpack(a, fb, eb)
    cb, sb, eb_, mb = _unpack(b, fb, eb)
    if ca == _NAN or cb == _NAN:
        return _propagate_nan2(a, b, mode, fb, eb)
    sign = sa ^ sb
    if ca == _INF:
        if cb == _INF:
            return _default_nan(fb, eb), FLAG_NV
        return _inf(sign, fb, eb), 0
    if cb == _INF:
        return _zero(sign, fb, eb), 0
    if cb == _ZERO:
        if ca == _ZERO:
            return _default_nan(fb, eb), FLAG_NV
        return _inf(sign, fb, eb), FLAG_DZ
    if ca == _ZERO:
        return _zero(sign, fb, eb), 0
    x = ma >> (_LEAD - fb)
    y = mb >> (_LEAD - fb)
    exp = ea - eb_
    if x < y:
        x <<= 1
        exp -= 1
    # Long division: quotient = floor(x * 2**61 / y), in chunks that keep
    # the shifted remainder below 2**62.
    quotient = x // y
    rest = x - quotient * y
    todo = _LEAD
    chunk = _LEAD - fb
    while todo > 0:
        k = chunk if chunk < todo else todo
        rest <<= k
        digit = rest // y
        quotient = (quotient << k) | digit
        rest -= digit * y
        todo -= k
    if rest != 0:
        quotient |= 1
    return _round_pack(sign, exp, quotient, rm, mode, fb, eb)


@_jit
def _isqrt_digits(m, extra_pairs):
    """floor(sqrt(m * 4**extra_pairs)) and the remainder, one bit per step."""
    pairs = (_bit_length(m) + 1) >> 1
    root = 0
    rest = 0
    for i in range(pairs + extra_pairs):
        digit = 0
        if i < pairs:
            digit = (m >> (2 * (pairs - 1 - i))) & 3
        rest = (rest << 2) | digit
        trial = (root << 2) | 1
        if rest >= trial:
            rest -= trial
            root = (root << 1) | 1
        else:
            root <<= 1
    return root, rest


@_jit
def _sqrt(a, rm, mode, fb, eb):
    a = _prepare(a, mode, fb, eb)
    ca, sa, ea, ma = _unpack(a, fb, eb)
    if ca == _NAN:
        return _propagate_nan2(a, a, mode, fb, eb)
    if ca == _ZERO:
        return a, 0                                # sqrt(-0) = -0
    if sa == 1:
        return _default_nan(fb, eb), FLAG_NV
    if ca == _INF:
        return a, 0
    m = ma >> (_LEAD - fb)                         # value = m * 2**e
    e = ea - fb
    if e & 1:
        m <<= 1
        e -= 1
    extra = fb // 2 + 3                            # root gets >= fb + 3 bits
    root, rest = _isqrt_digits(m, extra)
    if rest != 0:
        root |= 1
    sig, exp = _normalize(root, _LEAD + (e >> 1) - extra)
    return _round_pack(0, exp, sig, rm, mode, fb, eb)


@_jit
def _product_is_invalid(ca, cb):
    return (ca == _INF and cb == _ZERO) or (ca == _ZERO and cb == _INF)


@_jit
def _fma(a, b, c, negate, rm, mode, fb, eb):
    """(+-)(a * b) (+-) c with one rounding; negate: NEG_PRODUCT | NEG_ADDEND."""
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    c = _prepare(c, mode, fb, eb)
    ca, sa, ea, ma = _unpack(a, fb, eb)
    cb, sb, eb_, mb = _unpack(b, fb, eb)
    cc, sc, ec, mc = _unpack(c, fb, eb)
    if ca == _NAN or cb == _NAN or cc == _NAN:
        if cc == _NAN and not _is_snan(c, fb, eb) and _product_is_invalid(ca, cb):
            return _default_nan(fb, eb), FLAG_NV
        if mode & MODE_FMA_ADDEND_NAN_FIRST:
            return _propagate_nan3(c, a, b, mode, fb, eb)
        return _propagate_nan3(a, b, c, mode, fb, eb)
    sp = sa ^ sb ^ (negate & NEG_PRODUCT)
    if negate & NEG_ADDEND:
        sc ^= 1
    if ca == _INF or cb == _INF:
        if ca == _ZERO or cb == _ZERO:
            return _default_nan(fb, eb), FLAG_NV
        if cc == _INF and sc != sp:
            return _default_nan(fb, eb), FLAG_NV
        return _inf(sp, fb, eb), 0
    if cc == _INF:
        return _inf(sc, fb, eb), 0
    if ca == _ZERO or cb == _ZERO:
        if cc == _ZERO:
            if sp == sc:
                return _zero(sp, fb, eb), 0
            return _zero(_exact_zero_sum_sign(rm), fb, eb), 0
        return _round_pack(sc, ec, mc, rm, mode, fb, eb)
    phi, plo = _mul_wide(ma >> (_LEAD - fb), mb >> (_LEAD - fb))
    lead = _bit_length2(phi, plo) - 1
    ep = ea + eb_ + lead - 2 * fb                  # exponent of the product's leading one
    if cc == _ZERO:
        sig, _ = _compress2(phi, plo)
        return _round_pack(sp, ep, sig, rm, mode, fb, eb)
    # Both leading ones at bit 121 of a two-word window, then align.
    phi, plo = _shift_left2(phi, plo, _WINDOW_LEAD - lead)
    chi, clo = _shift_left2(0, mc, _WINDOW_LEAD - _LEAD)
    if ep >= ec:
        chi, clo = _shift_right_jam2(chi, clo, ep - ec)
        exp = ep
    else:
        phi, plo = _shift_right_jam2(phi, plo, ec - ep)
        exp = ec
    if sp == sc:
        rhi, rlo = _add2(phi, plo, chi, clo)
        sign = sp
    elif _less2(phi, plo, chi, clo):
        rhi, rlo = _sub2(chi, clo, phi, plo)
        sign = sc
    else:
        rhi, rlo = _sub2(phi, plo, chi, clo)
        sign = sp
    if rhi == 0 and rlo == 0:
        return _zero(_exact_zero_sum_sign(rm), fb, eb), 0
    sig, rlead = _compress2(rhi, rlo)
    return _round_pack(sign, exp + rlead - _WINDOW_LEAD, sig, rm, mode, fb, eb)


# ---------------------------------------------------------------------------
# Comparisons, min/max, classify
# ---------------------------------------------------------------------------

@_jit
def _order_key(a, fb, eb):
    """Monotone integer key of a non-NaN value; -0 and +0 both map to 0."""
    mag = _magnitude(a, fb, eb)
    return -mag if _sign_of(a, fb, eb) else mag


@_jit
def _total_key(a, fb, eb):
    """Monotone key of a non-NaN value with -0 < +0."""
    mag = _magnitude(a, fb, eb)
    return -mag - 1 if _sign_of(a, fb, eb) else mag


@_jit
def _minmax(a, b, want_max, mode, fb, eb):
    """RISC-V fmin/fmax (IEEE minimumNumber/maximumNumber); ARM FMINNM in propagate mode."""
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    a_nan = _is_nan(a, fb, eb)
    b_nan = _is_nan(b, fb, eb)
    any_snan = _is_snan(a, fb, eb) or _is_snan(b, fb, eb)
    flags = FLAG_NV if any_snan else 0
    if a_nan or b_nan:
        if (a_nan and b_nan) or (any_snan and (mode & MODE_PROPAGATE_NAN)):
            return _propagate_nan2(a, b, mode, fb, eb)
        return (b if a_nan else a), flags
    a_first = _total_key(a, fb, eb) >= _total_key(b, fb, eb)
    if not want_max:
        a_first = _total_key(a, fb, eb) <= _total_key(b, fb, eb)
    return (a if a_first else b), flags


@_jit
def _compare(a, b, relation, mode, fb, eb):
    """relation 0: quiet ==, 1: signaling <, 2: signaling <=."""
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    if _is_nan(a, fb, eb) or _is_nan(b, fb, eb):
        if relation != 0 or _is_snan(a, fb, eb) or _is_snan(b, fb, eb):
            return 0, FLAG_NV
        return 0, 0
    ka = _order_key(a, fb, eb)
    kb = _order_key(b, fb, eb)
    if relation == 0:
        result = ka == kb
    elif relation == 1:
        result = ka < kb
    else:
        result = ka <= kb
    return (1 if result else 0), 0


@_jit
def _classify(a, fb, eb):
    """The RISC-V fclass mask (bit 0 -inf ... bit 7 +inf, 8 sNaN, 9 qNaN)."""
    a &= _width_mask(fb, eb)
    sign = _sign_of(a, fb, eb)
    e = (a >> fb) & _exp_all_ones(eb)
    frac = a & ((1 << fb) - 1)
    if e == _exp_all_ones(eb):
        if frac == 0:
            bit = 0 if sign else 7
        elif (frac >> (fb - 1)) & 1:
            bit = 9
        else:
            bit = 8
    elif e == 0:
        if frac == 0:
            bit = 3 if sign else 4
        else:
            bit = 2 if sign else 5
    else:
        bit = 1 if sign else 6
    return 1 << bit, 0


# ---------------------------------------------------------------------------
# Conversions
# ---------------------------------------------------------------------------

@_jit
def _convert_float(a, rm, mode, fb_in, eb_in, fb_out, eb_out):
    a = _prepare(a, mode, fb_in, eb_in)
    cls, sign, exp, sig = _unpack(a, fb_in, eb_in)
    if cls == _NAN:
        flags = FLAG_NV if _is_snan(a, fb_in, eb_in) else 0
        if not (mode & MODE_PROPAGATE_NAN):
            return _default_nan(fb_out, eb_out), flags
        if fb_out >= fb_in:
            frac = sig << (fb_out - fb_in)
        else:
            frac = sig >> (fb_in - fb_out)
        frac |= 1 << (fb_out - 1)
        return _pack(sign, _exp_all_ones(eb_out), frac, fb_out, eb_out), flags
    if cls == _INF:
        return _inf(sign, fb_out, eb_out), 0
    if cls == _ZERO:
        return _zero(sign, fb_out, eb_out), 0
    return _round_pack(sign, exp, sig, rm, mode, fb_out, eb_out)


@_jit
def _int_bound(negative, width, signed):
    """The saturated result for an out-of-range conversion (NaN counts as positive)."""
    if signed:
        if width == 64:
            return _INT64_MIN if negative else _INT64_MAX
        return -(1 << (width - 1)) if negative else (1 << (width - 1)) - 1
    if negative:
        return 0
    if width == 64:
        return -1                                  # 2**64 - 1 as an int64 pattern
    return (1 << width) - 1


@_jit
def _to_int(a, rm, mode, width, signed, fb, eb):
    """Float -> int of width 32/64 with RISC-V saturation.  Unsigned 64-bit
    results come back as int64 bit patterns; 32-bit ones as plain values."""
    a = _prepare(a, mode, fb, eb)
    cls, sign, exp, sig = _unpack(a, fb, eb)
    if cls == _NAN:
        return _int_bound(False, width, signed), FLAG_NV
    if cls == _INF:
        return _int_bound(sign == 1, width, signed), FLAG_NV
    if cls == _ZERO:
        return 0, 0
    if exp >= 63:                                  # |a| >= 2**63
        if width == 64 and exp == 63:
            if signed and sign == 1 and sig == 1 << _LEAD:
                return _INT64_MIN, 0
            if not signed and sign == 0:
                return sig << 2, 0
        return _int_bound(sign == 1, width, signed), FLAG_NV
    if exp >= _LEAD:
        mag = sig << (exp - _LEAD)
        inexact = False
    else:
        mag, inexact = _round_shift(sig, _LEAD - exp, sign, rm)
    if width == 64:
        in_range = signed or sign == 0 or mag == 0
    elif signed:
        in_range = mag <= (1 << (width - 1)) - 1 + sign
    else:
        in_range = mag <= (1 << width) - 1 if sign == 0 else mag == 0
    if not in_range:
        return _int_bound(sign == 1, width, signed), FLAG_NV
    return (-mag if sign else mag), FLAG_NX if inexact else 0


@_jit
def _from_int(x, width, signed, rm, mode, fb, eb):
    """int32/uint32/int64/uint64 (held in an int64) -> float."""
    if width == 32:
        x &= 0xFFFFFFFF
        if signed:
            x = (x ^ 0x80000000) - 0x80000000
    sign = 0
    if signed and x < 0:
        sign = 1
        x = -x                                     # INT64_MIN stays 2**63 as a pattern
    if x == 0:
        return _zero(0, fb, eb), 0
    if x < 0:                                      # magnitude >= 2**63
        sig = ((x >> 2) & _M62) | (1 if (x & 3) != 0 else 0)
        return _round_pack(sign, 63, sig, rm, mode, fb, eb)
    sig, exp = _normalize(x, _LEAD)
    return _round_pack(sign, exp, sig, rm, mode, fb, eb)


# ---------------------------------------------------------------------------
# Public API: binary32
# ---------------------------------------------------------------------------

@_jit
def f32_add(a, b, rm, mode):
    """a + b."""
    return _add(a, b, 0, rm, mode, _F32_FB, _F32_EB)


@_jit
def f32_sub(a, b, rm, mode):
    """a - b."""
    return _add(a, b, 1, rm, mode, _F32_FB, _F32_EB)


@_jit
def f32_mul(a, b, rm, mode):
    """a * b."""
    return _mul(a, b, rm, mode, _F32_FB, _F32_EB)


@_jit
def f32_div(a, b, rm, mode):
    """a / b."""
    return _div(a, b, rm, mode, _F32_FB, _F32_EB)


@_jit
def f32_sqrt(a, rm, mode):
    """Square root of a."""
    return _sqrt(a, rm, mode, _F32_FB, _F32_EB)


@_jit
def f32_fma(a, b, c, negate, rm, mode):
    """(+-)(a * b) (+-) c, rounded once; negate = NEG_PRODUCT | NEG_ADDEND."""
    return _fma(a, b, c, negate, rm, mode, _F32_FB, _F32_EB)


@_jit
def f32_min(a, b, mode):
    """RISC-V fmin.s."""
    return _minmax(a, b, False, mode, _F32_FB, _F32_EB)


@_jit
def f32_max(a, b, mode):
    """RISC-V fmax.s."""
    return _minmax(a, b, True, mode, _F32_FB, _F32_EB)


@_jit
def f32_eq(a, b, mode):
    """Quiet a == b -> (0/1, flags)."""
    return _compare(a, b, 0, mode, _F32_FB, _F32_EB)


@_jit
def f32_lt(a, b, mode):
    """Signaling a < b -> (0/1, flags)."""
    return _compare(a, b, 1, mode, _F32_FB, _F32_EB)


@_jit
def f32_le(a, b, mode):
    """Signaling a <= b -> (0/1, flags)."""
    return _compare(a, b, 2, mode, _F32_FB, _F32_EB)


@_jit
def f32_classify(a):
    """RISC-V fclass.s mask -> (mask, 0)."""
    return _classify(a, _F32_FB, _F32_EB)


@_jit
def f32_to_f64(a, rm, mode):
    """Widen (exact except for NaNs and flushed subnormals)."""
    return _convert_float(a, rm, mode, _F32_FB, _F32_EB, _F64_FB, _F64_EB)


@_jit
def f32_to_i32(a, rm, mode):
    return _to_int(a, rm, mode, 32, True, _F32_FB, _F32_EB)


@_jit
def f32_to_u32(a, rm, mode):
    return _to_int(a, rm, mode, 32, False, _F32_FB, _F32_EB)


@_jit
def f32_to_i64(a, rm, mode):
    return _to_int(a, rm, mode, 64, True, _F32_FB, _F32_EB)


@_jit
def f32_to_u64(a, rm, mode):
    return _to_int(a, rm, mode, 64, False, _F32_FB, _F32_EB)


@_jit
def i32_to_f32(x, rm, mode):
    return _from_int(x, 32, True, rm, mode, _F32_FB, _F32_EB)


@_jit
def u32_to_f32(x, rm, mode):
    return _from_int(x, 32, False, rm, mode, _F32_FB, _F32_EB)


@_jit
def i64_to_f32(x, rm, mode):
    return _from_int(x, 64, True, rm, mode, _F32_FB, _F32_EB)


@_jit
def u64_to_f32(x, rm, mode):
    return _from_int(x, 64, False, rm, mode, _F32_FB, _F32_EB)


# ---------------------------------------------------------------------------
# Public API: binary64
# ---------------------------------------------------------------------------

@_jit
def f64_add(a, b, rm, mode):
    """a + b."""
    return _add(a, b, 0, rm, mode, _F64_FB, _F64_EB)


@_jit
def f64_sub(a, b, rm, mode):
    """a - b."""
    return _add(a, b, 1, rm, mode, _F64_FB, _F64_EB)


@_jit
def f64_mul(a, b, rm, mode):
    """a * b."""
    return _mul(a, b, rm, mode, _F64_FB, _F64_EB)


@_jit
def f64_div(a, b, rm, mode):
    """a / b."""
    return _div(a, b, rm, mode, _F64_FB, _F64_EB)


@_jit
def f64_sqrt(a, rm, mode):
    """Square root of a."""
    return _sqrt(a, rm, mode, _F64_FB, _F64_EB)


@_jit
def f64_fma(a, b, c, negate, rm, mode):
    """(+-)(a * b) (+-) c, rounded once; negate = NEG_PRODUCT | NEG_ADDEND."""
    return _fma(a, b, c, negate, rm, mode, _F64_FB, _F64_EB)


@_jit
def f64_min(a, b, mode):
    """RISC-V fmin.d."""
    return _minmax(a, b, False, mode, _F64_FB, _F64_EB)


@_jit
def f64_max(a, b, mode):
    """RISC-V fmax.d."""
    return _minmax(a, b, True, mode, _F64_FB, _F64_EB)


@_jit
def f64_eq(a, b, mode):
    """Quiet a == b -> (0/1, flags)."""
    return _compare(a, b, 0, mode, _F64_FB, _F64_EB)


@_jit
def f64_lt(a, b, mode):
    """Signaling a < b -> (0/1, flags)."""
    return _compare(a, b, 1, mode, _F64_FB, _F64_EB)


@_jit
def f64_le(a, b, mode):
    """Signaling a <= b -> (0/1, flags)."""
    return _compare(a, b, 2, mode, _F64_FB, _F64_EB)


@_jit
def f64_classify(a):
    """RISC-V fclass.d mask -> (mask, 0)."""
    return _classify(a, _F64_FB, _F64_EB)


@_jit
def f64_to_f32(a, rm, mode):
    """Narrow with rounding."""
    return _convert_float(a, rm, mode, _F64_FB, _F64_EB, _F32_FB, _F32_EB)


@_jit
def f64_to_i32(a, rm, mode):
    return _to_int(a, rm, mode, 32, True, _F64_FB, _F64_EB)


@_jit
def f64_to_u32(a, rm, mode):
    return _to_int(a, rm, mode, 32, False, _F64_FB, _F64_EB)


@_jit
def f64_to_i64(a, rm, mode):
    return _to_int(a, rm, mode, 64, True, _F64_FB, _F64_EB)


@_jit
def f64_to_u64(a, rm, mode):
    return _to_int(a, rm, mode, 64, False, _F64_FB, _F64_EB)


@_jit
def i32_to_f64(x, rm, mode):
    return _from_int(x, 32, True, rm, mode, _F64_FB, _F64_EB)


@_jit
def u32_to_f64(x, rm, mode):
    return _from_int(x, 32, False, rm, mode, _F64_FB, _F64_EB)


@_jit
def i64_to_f64(x, rm, mode):
    return _from_int(x, 64, True, rm, mode, _F64_FB, _F64_EB)


@_jit
def u64_to_f64(x, rm, mode):
    return _from_int(x, 64, False, rm, mode, _F64_FB, _F64_EB)


# ---------------------------------------------------------------------------
# Additions for ARM VFP: four-way compare, input-denormal flag, binary16
# ---------------------------------------------------------------------------

FLAG_ID = 128          # an input was flushed to zero (ARM FPSCR.IDC); set by
                       # emu.tcg.fops under MODE_FLUSH_TO_ZERO, never by the
                       # functions of this module

REL_LESS = 0
REL_EQUAL = 1
REL_GREATER = 2
REL_UNORDERED = 3

_F16_FB, _F16_EB = 10, 5


@_jit
def _compare4(a, b, signaling, mode, fb, eb):
    """IEEE compareQuiet/compareSignaling -> (REL_*, flags)."""
    a = _prepare(a, mode, fb, eb)
    b = _prepare(b, mode, fb, eb)
    if _is_nan(a, fb, eb) or _is_nan(b, fb, eb):
        if signaling or _is_snan(a, fb, eb) or _is_snan(b, fb, eb):
            return REL_UNORDERED, FLAG_NV
        return REL_UNORDERED, 0
    ka = _order_key(a, fb, eb)
    kb = _order_key(b, fb, eb)
    if ka < kb:
        return REL_LESS, 0
    if ka == kb:
        return REL_EQUAL, 0
    return REL_GREATER, 0


@_jit
def is_subnormal(a, fb, eb):
    """True for a non-zero value with a zero exponent field."""
    return ((a >> fb) & _exp_all_ones(eb)) == 0 and (a & ((1 << fb) - 1)) != 0


@_jit
def f32_compare(a, b, signaling, mode):
    """Four-way compare -> (REL_LESS/EQUAL/GREATER/UNORDERED, flags)."""
    return _compare4(a, b, signaling, mode, _F32_FB, _F32_EB)


@_jit
def f64_compare(a, b, signaling, mode):
    return _compare4(a, b, signaling, mode, _F64_FB, _F64_EB)


@_jit
def f16_to_f32(a, rm, mode):
    """IEEE binary16 (low 16 bits) -> binary32."""
    return _convert_float(a, rm, mode, _F16_FB, _F16_EB, _F32_FB, _F32_EB)


@_jit
def f16_to_f64(a, rm, mode):
    return _convert_float(a, rm, mode, _F16_FB, _F16_EB, _F64_FB, _F64_EB)


@_jit
def f32_to_f16(a, rm, mode):
    """binary32 -> IEEE binary16 (zero-extended)."""
    return _convert_float(a, rm, mode, _F32_FB, _F32_EB, _F16_FB, _F16_EB)


@_jit
def f64_to_f16(a, rm, mode):
    return _convert_float(a, rm, mode, _F64_FB, _F64_EB, _F16_FB, _F16_EB)
