"""Alpha IEEE floating point as QEMU 7.2 implements it: the exact semantics.

The translator (targets/alpha/trans/fpu.py) runs the common case inline
through the IR's softfloat ``fop``: operands that are normal or zero, and a
result that is exact, or inexact without /I.  Everything else — special
operands, any other exception flag, a result near the underflow threshold
— calls :func:`helper_ieee`, which does the whole instruction here:

1. **Input checks** (the Architecture Manual's "non-finite operands trap
   unless software completion"): without /S, a denormal operand traps
   (INV), an infinity or NaN sets FPCR.INV and traps (compares only trap on
   NaN); with /S, a denormal traps (INV|SWC) unless FPCR.DNZ reads it as 0.
2. **The operation** through :mod:`emu.softfloat`: rounding from the
   qualifier (/C chopped, /M minus, default nearest, /D the FPCR's DYN);
   results below the normal range flush to zero (no flags) unless /U is
   given and FPCR.UNDZ/UNFD do not ask for it (read, as QEMU does, from
   the fp_status copy the translator stores once per TB: a MT_FPCR later
   in the same TB does not change it; slot ``fp_ftz``); NaN operands (only
   reachable with /S) propagate as x87 does (see :func:`_pick_nan`).
3. **Exceptions**: the softfloat flags become FPCR status bits.  Without
   /U the UNF/IOV bits and without /I the INE bit are ignored.  Without /S
   every flag is recorded in the FPCR and any non-ignored one traps; with
   /S only non-ignored flags are recorded and they trap with SWC and the
   summary restricted to the FPCR's enabled bits.  The destination is
   written before the trap; EXC_ADDR is the next instruction, trap_arg0 the
   exception summary, trap_arg1 the destination register mask.
4. **VAX leftovers**: QEMU's VAX helpers leave their softfloat flags in
   the shared fp_status; every IEEE helper that reads it (all but CVTTQ
   and CVTQL) adds them to its own flags once past its input checks and
   clears them (slot ``fp_pending``, see targets/alpha/vax_helper.py).

Values are raw register bits (unsigned 64-bit ints); S-format values live
in registers in T layout (:func:`s_to_f32` / :func:`f32_to_s`).
"""

from emu import softfloat as sf
from emu.tcg.helpers import GuestException

from targets.alpha import cpu_bits as B

M64 = (1 << 64) - 1

# fn11 qualifier bits
QUAL_RM_MASK = 0x0C0
QUAL_RM_C = 0x000
QUAL_RM_M = 0x040
QUAL_RM_N = 0x080
QUAL_RM_D = 0x0C0
QUAL_U = 0x100            # /U on arithmetic, /V on integer results
QUAL_I = 0x200
QUAL_S = 0x400

_QUAL_RM = {QUAL_RM_C: sf.RTZ, QUAL_RM_M: sf.RDN, QUAL_RM_N: sf.RNE}

# operations of helper_ieee (the low byte of its immediate)
(OP_ADDS, OP_SUBS, OP_MULS, OP_DIVS, OP_ADDT, OP_SUBT, OP_MULT, OP_DIVT,
 OP_CMPTUN, OP_CMPTEQ, OP_CMPTLT, OP_CMPTLE, OP_SQRTS, OP_SQRTT,
 OP_CVTTS, OP_CVTST, OP_CVTTQ, OP_CVTQS, OP_CVTQT, OP_CVTQL) = range(20)

_BINARY_S = {OP_ADDS: sf.f32_add, OP_SUBS: sf.f32_sub, OP_MULS: sf.f32_mul,
             OP_DIVS: sf.f32_div}
_BINARY_T = {OP_ADDT: sf.f64_add, OP_SUBT: sf.f64_sub, OP_MULT: sf.f64_mul,
             OP_DIVT: sf.f64_div}
COMPARES = (OP_CMPTUN, OP_CMPTEQ, OP_CMPTLT, OP_CMPTLE)
# operations whose source is an integer: no input checks
INT_SOURCE = (OP_CVTQS, OP_CVTQT, OP_CVTQL)
TWO_INPUTS = tuple(_BINARY_S) + tuple(_BINARY_T) + COMPARES

CMP_TRUE = 0x4000000000000000          # 2.0, what a true CMPTxx writes

# softfloat flag -> FPCR status bit
_FLAG_TO_FPCR = ((sf.FLAG_NV, B.FPCR_INV), (sf.FLAG_DZ, B.FPCR_DZE),
                 (sf.FLAG_OF, B.FPCR_OVF), (sf.FLAG_UF, B.FPCR_UNF),
                 (sf.FLAG_NX, B.FPCR_INE))
# FPCR status bit -> exception summary bit
_FPCR_TO_EXC = ((B.FPCR_INV, B.EXC_M_INV), (B.FPCR_DZE, B.EXC_M_DZE),
                (B.FPCR_OVF, B.EXC_M_FOV), (B.FPCR_UNF, B.EXC_M_UNF),
                (B.FPCR_INE, B.EXC_M_INE), (B.FPCR_IOV, B.EXC_M_IOV))

F64_DEFAULT_NAN = 0x7FF8000000000000
F32_DEFAULT_NAN = 0x7FC00000


def _s64(x):
    x &= M64
    return x - (1 << 64) if x >> 63 else x


# --- register formats ---------------------------------------------------------------
def s_to_f32(reg):
    """binary32 bits of an S value held in a register (T layout)."""
    return ((reg >> 32) & 0xC0000000) | ((reg >> 29) & 0x3FFFFFFF)


def f32_to_s(f):
    """Register (T layout) image of binary32 bits: the exponent widened
    from 8 to 11 bits."""
    sign = f >> 31
    exp_msb = (f >> 30) & 1
    exp_low = (f >> 23) & 0x7F
    exp = (exp_msb << 10) | exp_low
    if exp_msb:
        if exp_low == 0x7F:
            exp = 0x7FF
    elif exp_low:
        exp |= 0x380
    return (sign << 63) | (exp << 52) | ((f & 0x7FFFFF) << 29)


class ArithTrap(Exception):
    """An arithmetic trap: summary (trap_arg0) and register mask (trap_arg1)."""

    def __init__(self, summary, mask):
        super().__init__(summary, mask)
        self.summary = summary
        self.mask = mask


# --- NaNs ---------------------------------------------------------------------------
def _nan_parts(x, fb, eb):
    exp = (x >> fb) & ((1 << eb) - 1)
    frac = x & ((1 << fb) - 1)
    return exp == (1 << eb) - 1 and frac != 0, frac


def _is_snan(x, fb, eb):
    nan, frac = _nan_parts(x, fb, eb)
    return nan and not frac >> (fb - 1)


def _quiet(x, fb):
    return x | (1 << (fb - 1))


def _pick_nan(a, b, fb, eb):
    """x87-style NaN propagation (QEMU's rule for Alpha): of two NaNs, a
    signaling one loses to a quiet one, else the larger significand wins
    (a positive sign breaking a tie); a NaN beats a number; the winner is
    quietened.  Returns (nan, softfloat flags)."""
    a_nan, a_frac = _nan_parts(a, fb, eb)
    b_nan, b_frac = _nan_parts(b, fb, eb)
    a_snan = a_nan and not a_frac >> (fb - 1)
    b_snan = b_nan and not b_frac >> (fb - 1)
    flags = sf.FLAG_NV if a_snan or b_snan else 0
    sign_bit = fb + eb
    if a_nan and b_nan:
        if a_frac != b_frac:
            a_larger = a_frac > b_frac
        else:
            a_larger = (a >> sign_bit) < (b >> sign_bit)
        if a_snan == b_snan:
            pick = a if a_larger else b
        else:
            pick = b if a_snan else a
    else:
        pick = a if a_nan else b
    return _quiet(pick, fb), flags


# --- the operations -------------------------------------------------------------------
def _flush_input(x, fb, eb):
    if (x >> fb) & ((1 << eb) - 1) == 0:
        return x & (1 << (fb + eb))
    return x


def _call(fn, args, rm, ftz, fb, eb, out_bits=None):
    """Run softfloat fn on unsigned operand bits (format fb/eb); returns
    (result bits, flags)."""
    width = fb + eb + 1
    out_bits = out_bits or width
    mask = (1 << out_bits) - 1
    signed = [_s64(x) if width == 64 else x for x in args]
    r, flags = fn(*signed, rm, 0)
    r = int(r) & mask
    if ftz:
        # QEMU flushes a result whose unrounded value lies below the normal
        # range to zero and raises nothing: the chopped result tells.
        out_fb = 23 if out_bits == 32 else 52
        chopped, chop_flags = fn(*signed, sf.RTZ, 0)
        chopped = int(chopped) & mask
        magnitude = chopped & ((1 << (out_bits - 1)) - 1)
        if magnitude >> out_fb == 0 and (magnitude or chop_flags & sf.FLAG_NX):
            return chopped & (1 << (out_bits - 1)), 0
    return r, int(flags)


def _arith(op, a, b, rm, ftz, dnz):
    """Binary arithmetic and square roots; returns (register value, flags)."""
    single = op in _BINARY_S or op == OP_SQRTS
    fb, eb = (23, 8) if single else (52, 11)
    if single:
        a, b = s_to_f32(a), s_to_f32(b)
    unary = op in (OP_SQRTS, OP_SQRTT)
    if dnz:
        a, b = _flush_input(a, fb, eb), _flush_input(b, fb, eb)
    if unary:
        nan, _ = _nan_parts(b, fb, eb)
        if nan:
            r, flags = _quiet(b, fb), sf.FLAG_NV if _is_snan(b, fb, eb) else 0
        else:
            fn = sf.f32_sqrt if single else sf.f64_sqrt
            r, flags = _call(fn, (b,), rm, ftz, fb, eb)
    elif _nan_parts(a, fb, eb)[0] or _nan_parts(b, fb, eb)[0]:
        r, flags = _pick_nan(a, b, fb, eb)
    else:
        fn = _BINARY_S[op] if single else _BINARY_T[op]
        r, flags = _call(fn, (a, b), rm, ftz, fb, eb)
    return (f32_to_s(r) if single else r), flags


def _compare(op, a, b, dnz):
    if dnz:
        a, b = _flush_input(a, 52, 11), _flush_input(b, 52, 11)
    a_nan, b_nan = _nan_parts(a, 52, 11)[0], _nan_parts(b, 52, 11)[0]
    if op == OP_CMPTUN or op == OP_CMPTEQ:
        flags = sf.FLAG_NV if _is_snan(a, 52, 11) or _is_snan(b, 52, 11) else 0
        if op == OP_CMPTUN:
            return (CMP_TRUE if a_nan or b_nan else 0), flags
        true, _ = sf.f64_eq(_s64(a), _s64(b), 0)
        return (CMP_TRUE if true else 0), flags
    fn = sf.f64_lt if op == OP_CMPTLT else sf.f64_le
    true, flags = fn(_s64(a), _s64(b), 0)
    return (CMP_TRUE if true else 0), int(flags)


def _convert(op, b, rm, ftz, dnz):
    if op == OP_CVTST:
        f = s_to_f32(b)
        if dnz:
            f = _flush_input(f, 23, 8)
        nan, frac = _nan_parts(f, 23, 8)
        if nan:
            return ((f >> 31) << 63) | (0x7FF << 52) | ((_quiet(frac, 23) & 0x7FFFFF) << 29), \
                sf.FLAG_NV if _is_snan(f, 23, 8) else 0
        return _call(sf.f32_to_f64, (f,), rm, False, 23, 8, 64)
    if op == OP_CVTTS:
        if dnz:
            b = _flush_input(b, 52, 11)
        nan, frac = _nan_parts(b, 52, 11)
        if nan:
            f = ((b >> 63) << 31) | (0xFF << 23) | (_quiet(frac, 52) >> 29)
            return f32_to_s(f), sf.FLAG_NV if _is_snan(b, 52, 11) else 0
        r, flags = _call(sf.f64_to_f32, (b,), rm, ftz, 52, 11, 32)
        return f32_to_s(r), flags
    x = _s64(b)
    fn = sf.i64_to_f32 if op == OP_CVTQS else sf.i64_to_f64
    r, flags = fn(x, rm, 0)
    r = int(r) & M64
    return (f32_to_s(r & 0xFFFFFFFF) if op == OP_CVTQS else r), int(flags)


def cvttq(b, rm, dnz):
    """CVTTQ: round to an integer and keep its low 64 bits.  Returns
    (value, FPCR status bits): INV for NaN and infinity (value 0), IOV|INE
    when the integer does not fit (except -2**63), INE when inexact."""
    sign = b >> 63
    exp = (b >> 52) & 0x7FF
    frac = b & ((1 << 52) - 1)
    if exp == 0x7FF:
        return 0, B.FPCR_INV
    if exp == 0:
        if frac == 0 or dnz:
            return 0, 0
        whole, rest, exc = 0, 1, 0            # a sticky bit below one half
        shift_bits = 64
    else:
        sig = frac | (1 << 52)
        shift = exp - 1075
        exc = 0
        if shift >= 0:
            whole = (sig << shift) & M64 if shift < 64 else 0
            rest, shift_bits = 0, 1
            if shift >= 11 and b != 0xC3E0000000000000:
                exc = B.FPCR_IOV | B.FPCR_INE
        else:
            n = -shift
            whole = sig >> n if n < 64 else 0
            rest = sig & ((1 << n) - 1) if n < 64 else sig
            shift_bits = n
    if rest:
        exc |= B.FPCR_INE
        half = 1 << (shift_bits - 1)
        if rm == sf.RNE:
            if rest > half or (rest == half and whole & 1):
                whole += 1
        elif rm == sf.RUP:
            whole += 1 - sign
        elif rm == sf.RDN:
            whole += sign
    if sign:
        whole = -whole
    return whole & M64, exc


def cvtql(b):
    """CVTQL: (register value, FPCR bits) — IOV|INE when b is not a longword."""
    exc = 0
    low = b & 0xFFFFFFFF
    as_long = low - (1 << 32) if low >> 31 else low
    if _s64(b) != as_long:
        exc = B.FPCR_IOV | B.FPCR_INE
    return ((b & 0xC0000000) << 32) | ((b & 0x3FFFFFFF) << 29), exc


def flags_to_fpcr(flags):
    bits = 0
    for flag, fpcr in _FLAG_TO_FPCR:
        if flags & flag:
            bits |= fpcr
    return bits


# --- the whole instruction -------------------------------------------------------------
def rounding(fn11, fpcr):
    q = fn11 & QUAL_RM_MASK
    if q == QUAL_RM_D:
        return (sf.RTZ, sf.RDN, sf.RNE, sf.RUP)[(fpcr & B.FPCR_DYN_MASK) >> B.FPCR_DYN_SHIFT]
    return _QUAL_RM[q]


# operations whose flags come from QEMU's fp_status: they also report the
# flags VAX instructions left pending there (targets/alpha/vax_helper.py)
NOT_FROM_FP_STATUS = (OP_CVTTQ, OP_CVTQL)


def execute(op, fn11, a, b, fpcr, pending=0, ftz=None):
    """One IEEE instruction on raw operands under FPCR (high 32 bits);
    pending = softfloat flags earlier VAX instructions left behind; ftz =
    QEMU's fp_status flush_to_zero (None: what the qualifier and the FPCR
    say, i.e. what the instruction itself stores there).
    Returns (result or None, new fpcr, trap or None): result None means the
    destination is not written (input trap)."""
    dnz = bool(fpcr & B.FPCR_DNZ)
    try:
        if op not in INT_SOURCE:
            if op in TWO_INPUTS:
                _input(op, fn11, a, dnz)
            _input(op, fn11, b, dnz)
    except ArithTrap as trap:
        return None, fpcr | trap.fpcr, trap
    rm = rounding(fn11, fpcr)
    if ftz is None:
        ftz = not fn11 & QUAL_U or (fpcr & B.FPCR_UNFD and fpcr & B.FPCR_UNDZ)
    raise_all = True
    if op in COMPARES:
        r, flags = _compare(op, a, b, dnz)
        exc = flags_to_fpcr(flags | pending)
    elif op == OP_CVTTQ:
        r, exc = cvttq(b, rm, dnz)
    elif op == OP_CVTQL:
        r, exc = cvtql(b)
    elif op in (OP_CVTTS, OP_CVTST, OP_CVTQS, OP_CVTQT):
        r, flags = _convert(op, b, rm, ftz, dnz)
        exc = flags_to_fpcr(flags | pending)
        if op in (OP_CVTQS, OP_CVTQT) and not fn11 & QUAL_I:
            raise_all = False             # QEMU drops the flags entirely
    else:
        r, flags = _arith(op, a, b, rm, ftz, dnz)
        exc = flags_to_fpcr(flags | pending)
    if not raise_all or not exc:
        return r, fpcr, None
    ignore = 0
    if not fn11 & QUAL_U:
        ignore |= B.FPCR_UNF | B.FPCR_IOV
    if not fn11 & QUAL_I:
        ignore |= B.FPCR_INE
    if fn11 & QUAL_S:
        exc &= ~ignore
        if not exc:
            return r, fpcr, None
        fpcr |= exc
        summary = B.EXC_M_SWC | _summary(exc & B.fpcr_exc_enable(fpcr))
    else:
        fpcr |= exc
        exc &= ~ignore
        if not exc:
            return r, fpcr, None
        summary = _summary(exc)
    return r, fpcr, _Trap(summary, 0)


class _Trap(ArithTrap):
    fpcr = 0


def _input(op, fn11, value, dnz):
    exp = (value >> 52) & 0x7FF
    frac = value & ((1 << 52) - 1)
    if fn11 & QUAL_S:
        if exp == 0 and frac and not dnz:
            raise _input_trap(B.EXC_M_INV | B.EXC_M_SWC, 0)
        return
    if exp == 0:
        if frac:
            raise _input_trap(B.EXC_M_INV, 0)
    elif exp == 0x7FF and (frac or op not in COMPARES):
        raise _input_trap(B.EXC_M_INV, B.FPCR_INV)


def _input_trap(summary, fpcr):
    trap = _Trap(summary, 0)
    trap.fpcr = fpcr
    return trap


def _summary(exc):
    bits = 0
    for fpcr, summary in _FPCR_TO_EXC:
        if exc & fpcr:
            bits |= summary
    return bits


# --- the engine's entry ---------------------------------------------------------------------
def helper_ieee(cpu, a, b, imm):
    """Slow path of an IEEE instruction: imm = op | fn11 << 8 | rc << 20."""
    op = imm & 0xFF
    fn11 = (imm >> 8) & 0x7FF
    rc = (imm >> 20) & 31
    env = cpu.env
    fpcr = int(env.fpcr) & 0xFFFFFFFF
    consumes = op not in NOT_FROM_FP_STATUS
    pending = int(env.fp_pending) if consumes else 0
    r, new_fpcr, trap = execute(op, fn11, a & M64, b & M64, fpcr, pending,
                                bool(env.fp_ftz))
    if r is not None:                 # past the input checks
        if consumes:
            env.fp_pending = 0
        elif op == OP_CVTTQ and fn11 & QUAL_RM_MASK != QUAL_RM_C:
            env.fp_rm = rounding(fn11, fpcr)
    if r is not None and rc != 31:
        cpu.set("fir", r, rc)
    if new_fpcr != fpcr:
        cpu.store_fpcr(new_fpcr << 32)
    if trap is not None:
        env.trap_arg0 = trap.summary
        env.trap_arg1 = (1 << (rc + 32)) & M64 if r is not None else 0
        if env.trap_arg1 >> 63:
            env.trap_arg1 -= 1 << 64
        raise GuestException(B.EXCP_ARITH | B.EXCP_AFTER_INSN)
