"""F and D instructions against MPFR (gmpy2), on random operands and in
every rounding mode, run through the real engine.

Each example assembles one instruction (rm field = the mode under test, or
DYN with frm holding it), runs it on a hart (tests/targets/riscv/harness)
and compares the destination register bits and fflags with a reference
built on MPFR: the exact result (a GMP rational, or MPFR's correctly
rounded square root) rounded to the format by MPFR, with IEEE 754 / RISC-V
rules for specials (canonical NaN, invalid, divide by zero) and flags
(underflow detected after rounding, as RISC-V specifies).
"""

import struct

import gmpy2
import pytest
from gmpy2 import mpq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emu.tcg import exec as X
from targets.riscv import cpu_bits as B

from tests.targets.riscv.harness import CODE, load, make_cpu, run, words_to_bytes

NV, DZ, OF, UF, NX = 16, 8, 4, 2, 1
RNE, RTZ, RDN, RUP, RMM, DYN = 0, 1, 2, 3, 4, 7
MPFR_MODES = {RNE: gmpy2.RoundToNearest, RTZ: gmpy2.RoundToZero,
              RDN: gmpy2.RoundDown, RUP: gmpy2.RoundUp}


class Fmt:
    def __init__(self, name, bits, prec, emax):
        self.name, self.bits, self.prec, self.emax = name, bits, prec, emax
        self.emin = 1 - emax                          # exponent of the smallest normal
        self.ieee = gmpy2.ieee(bits)                  # subnormals, exponent range
        self.wide = gmpy2.context(precision=prec, emin=-(1 << 20), emax=1 << 20)
        self.max_finite = mpq(2) ** emax * (2 - mpq(2) ** (1 - prec))
        self.min_normal = mpq(2) ** self.emin
        self.sign = 1 << (bits - 1)
        self.exp_mask = ((1 << (bits - prec)) - 1) << (prec - 1)
        self.frac_mask = (1 << (prec - 1)) - 1
        self.qnan = self.exp_mask | (1 << (prec - 2))   # canonical NaN

    def is_nan(self, v):
        return v & self.exp_mask == self.exp_mask and v & self.frac_mask != 0

    def is_snan(self, v):
        return self.is_nan(v) and not v >> (self.prec - 2) & 1

    def is_inf(self, v):
        return v & ~self.sign == self.exp_mask

    def neg(self, v):
        return bool(v & self.sign)

    def value(self, v):
        """A finite encoding as an exact rational."""
        f = struct.unpack("<f" if self.bits == 32 else "<d",
                          v.to_bytes(self.bits // 8, "little"))[0]
        return mpq(f)

    def encode(self, r):
        """An MPFR value of this format (finite, zero or inf) as bits."""
        return int.from_bytes(struct.pack("<f" if self.bits == 32 else "<d", float(r)), "little")

    def inf(self, negative):
        return self.exp_mask | (self.sign if negative else 0)

    def zero(self, negative):
        return self.sign if negative else 0


F32 = Fmt("s", 32, 24, 127)
F64 = Fmt("d", 64, 53, 1023)


def _mpfr(q, ctx, mode):
    with gmpy2.context(ctx, round=mode):
        return gmpy2.mpfr(q)


def _round(q, ctx, rm):
    """q (nonzero rational) rounded in ctx with RISC-V mode rm; (value, inexact)."""
    rz = _mpfr(q, ctx, gmpy2.RoundToZero)
    ra = _mpfr(q, ctx, gmpy2.RoundAwayZero)
    if rz == ra:
        return rz, False
    if rm == RMM:                     # nearest, ties away from zero
        nearest = _mpfr(q, ctx, gmpy2.RoundToNearest)
        if not gmpy2.is_infinite(ra) and q - mpq(rz) == mpq(ra) - q:
            return ra, True
        return nearest, True
    return _mpfr(q, ctx, MPFR_MODES[rm]), True


def round_result(fmt, q, rm, zero_negative=False):
    """The encoding and flags of an exact result q in format fmt."""
    if q == 0:
        return fmt.zero(zero_negative), 0
    r, inexact = _round(q, fmt.ieee, rm)
    unbounded, _ = _round(q, fmt.wide, rm)
    flags = NX if inexact else 0
    if abs(mpq(unbounded)) > fmt.max_finite:
        flags |= OF | NX
    elif abs(mpq(unbounded)) < fmt.min_normal and inexact:
        flags |= UF
    return fmt.encode(r), flags


def exact_zero_sign(rm):
    """Sign of an exact zero sum of opposite operands."""
    return rm == RDN


# --- reference operations --------------------------------------------------------------
def ref_arith(fmt, op, a, b, c, rm):
    """(bits, flags) of fadd/fsub/fmul/fdiv/fsqrt/fmadd-family on encodings."""
    operands = {"sqrt": (a,), "fmadd": (a, b, c), "fmsub": (a, b, c),
                "fnmsub": (a, b, c), "fnmadd": (a, b, c)}.get(op, (a, b))
    if any(fmt.is_nan(v) for v in operands):
        invalid = any(fmt.is_snan(v) for v in operands)
        if op in ("fmadd", "fmsub", "fnmsub", "fnmadd") and not invalid:
            # inf * 0 + qNaN is invalid on RISC-V (softfloat's default)
            if (fmt.is_inf(a) and b & ~fmt.sign == 0) or (fmt.is_inf(b) and a & ~fmt.sign == 0):
                invalid = True
        return fmt.qnan, NV if invalid else 0
    if op == "sqrt":
        if fmt.is_inf(a):
            return (fmt.qnan, NV) if fmt.neg(a) else (a, 0)
        x = fmt.value(a)
        if x == 0:
            return a, 0                                   # sqrt(-0) = -0
        if x < 0:
            return fmt.qnan, NV
        return _sqrt(fmt, x, rm)
    if op in ("add", "sub"):
        if op == "sub":
            b ^= fmt.sign
        if fmt.is_inf(a) or fmt.is_inf(b):
            if fmt.is_inf(a) and fmt.is_inf(b) and fmt.neg(a) != fmt.neg(b):
                return fmt.qnan, NV
            return (a if fmt.is_inf(a) else b), 0
        x, y = fmt.value(a), fmt.value(b)
        if x + y == 0:
            if x == 0 and y == 0 and fmt.neg(a) == fmt.neg(b):
                return fmt.zero(fmt.neg(a)), 0
            return fmt.zero(exact_zero_sign(rm)), 0
        return round_result(fmt, x + y, rm)
    if op == "mul":
        negative = fmt.neg(a) != fmt.neg(b)
        if fmt.is_inf(a) or fmt.is_inf(b):
            other = b if fmt.is_inf(a) else a
            if other & ~fmt.sign == 0:
                return fmt.qnan, NV
            return fmt.inf(negative), 0
        return round_result(fmt, fmt.value(a) * fmt.value(b), rm, negative)
    if op == "div":
        negative = fmt.neg(a) != fmt.neg(b)
        if fmt.is_inf(a):
            return (fmt.qnan, NV) if fmt.is_inf(b) else (fmt.inf(negative), 0)
        if fmt.is_inf(b):
            return fmt.zero(negative), 0
        x, y = fmt.value(a), fmt.value(b)
        if y == 0:
            return (fmt.qnan, NV) if x == 0 else (fmt.inf(negative), DZ)
        return round_result(fmt, x / y, rm, negative)
    # fused multiply-add family: (+-)(a*b) (+-) c with one rounding
    neg_prod = op in ("fnmsub", "fnmadd")
    neg_c = op in ("fmsub", "fnmadd")
    p_negative = (fmt.neg(a) != fmt.neg(b)) != neg_prod
    c_negative = fmt.neg(c) != neg_c
    if fmt.is_inf(a) or fmt.is_inf(b):
        other = b if fmt.is_inf(a) else a
        if other & ~fmt.sign == 0:
            return fmt.qnan, NV
        if fmt.is_inf(c) and c_negative != p_negative:
            return fmt.qnan, NV
        return fmt.inf(p_negative), 0
    if fmt.is_inf(c):
        return fmt.inf(c_negative), 0
    prod = fmt.value(a) * fmt.value(b) * (-1 if neg_prod else 1)
    addend = fmt.value(c) * (-1 if neg_c else 1)
    total = prod + addend
    if total == 0:
        if prod == 0 and addend == 0 and p_negative == c_negative:
            return fmt.zero(p_negative), 0
        return fmt.zero(exact_zero_sign(rm)), 0
    return round_result(fmt, total, rm)


def _sqrt(fmt, x, rm):
    """Square roots of positive finite values are never ties nor tiny,
    so RMM rounds as RNE."""
    with gmpy2.context(fmt.ieee, round=MPFR_MODES[RNE if rm == RMM else rm]) as ctx:
        r = gmpy2.sqrt(gmpy2.mpfr(x))
        inexact = ctx.inexact
    return fmt.encode(r), NX if inexact else 0


def ref_to_int(fmt, a, rm, bits, signed):
    """fcvt.{w,wu,l,lu}.{s,d}: (integer value as stored in x, flags)."""
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if fmt.is_nan(a):
        return hi, NV
    if fmt.is_inf(a):
        return (lo if fmt.neg(a) else hi), NV
    x = fmt.value(a)
    n = _round_to_integer(x, rm)
    if n < lo or n > hi:
        return (lo if x < 0 else hi), NV
    return n, (NX if n != x else 0)


def _round_to_integer(x, rm):
    floor = gmpy2.f_div(x.numerator, x.denominator)
    frac = x - floor
    if frac == 0:
        return int(floor)
    ceil = floor + 1
    if rm == RTZ:
        return int(floor if x > 0 else ceil)
    if rm == RDN:
        return int(floor)
    if rm == RUP:
        return int(ceil)
    if frac == mpq(1, 2):
        if rm == RMM:
            return int(ceil if x > 0 else floor)
        return int(floor if floor % 2 == 0 else ceil)
    return int(floor if frac < mpq(1, 2) else ceil)


def ref_from_int(fmt, n, rm):
    return round_result(fmt, mpq(n), rm)


def ref_convert(src, dst, a, rm):
    """fcvt.s.d / fcvt.d.s."""
    if src.is_nan(a):
        return dst.qnan, NV if src.is_snan(a) else 0
    if src.is_inf(a):
        return dst.inf(src.neg(a)), 0
    x = src.value(a)
    if x == 0:
        return dst.zero(src.neg(a)), 0
    return round_result(dst, x, rm)


# --- running one instruction on the engine -----------------------------------------------
_CPUS = {}


def hart(model):
    """One hart per model, reused: each example resets it and drops its TBs."""
    if model not in _CPUS:
        _CPUS[model] = make_cpu(model)
    cpu = _CPUS[model]
    cpu.reset()
    cpu.machine.tbcache.flush()
    cpu.state[X.ST_RESUME_TB] = -1
    cpu.set("mstatus", cpu.get("mstatus") | (1 << B.MSTATUS_FS_SHIFT))   # FS = Initial
    cpu.update_tb_flags()
    return cpu


def run_insn(model, word, f=None, xs=None, frm=0):
    """Run one instruction word with f/x registers preset ({index: bits});
    returns the CPU after it."""
    cpu = hart(model)
    load(cpu, CODE, words_to_bytes(["%08x" % word, "0000006f"]))
    cpu.set("mtvec", CODE + 4)
    cpu.set("frm", frm)
    for i, v in (f or {}).items():
        cpu.set("f", v, i)
    for i, v in (xs or {}).items():
        cpu.set("x", v, i)
    run(cpu, 10)
    assert cpu.get("mcause") == 0, "the instruction trapped"
    return cpu


def fp_r(funct7, rs2, rs1, rm, rd):
    return funct7 << 25 | rs2 << 20 | rs1 << 15 | rm << 12 | rd << 7 | 0x53


def fp_r4(opcode, fmt_bit, rs3, rs2, rs1, rm, rd):
    return rs3 << 27 | fmt_bit << 25 | rs2 << 20 | rs1 << 15 | rm << 12 | rd << 7 | opcode


def boxed(fmt, v):
    return v | (-(1 << 32) & ((1 << 64) - 1)) if fmt.bits == 32 else v


def f_result(cpu, fmt, reg):
    v = cpu.get("f", reg)
    if fmt.bits == 32:
        assert v >> 32 == 0xFFFFFFFF, "single result not NaN-boxed"
        return v & 0xFFFFFFFF
    return v


# --- operands ------------------------------------------------------------------------------
def operands(fmt):
    """Random encodings, weighted towards the interesting ones."""
    specials = [0, fmt.sign, fmt.exp_mask, fmt.exp_mask | fmt.sign, fmt.qnan,
                fmt.exp_mask | 1, 1, fmt.frac_mask, fmt.frac_mask + 1,
                fmt.exp_mask - 1, (fmt.exp_mask - 1) | fmt.sign,
                ((fmt.exp_mask >> 1) & fmt.exp_mask) | 1 << (fmt.prec - 2)]
    any_bits = st.integers(0, (1 << fmt.bits) - 1)
    exp = st.integers(0, (fmt.exp_mask >> (fmt.prec - 1)))
    near = st.builds(lambda s, e, m: s << (fmt.bits - 1) | e << (fmt.prec - 1) | m,
                     st.integers(0, 1), exp, st.integers(0, fmt.frac_mask))
    small_exp = st.builds(lambda s, e, m: s << (fmt.bits - 1) | e << (fmt.prec - 1) | m,
                          st.integers(0, 1), st.integers(0, 3),
                          st.integers(0, fmt.frac_mask))
    return st.one_of(st.sampled_from(specials), any_bits, near, small_exp)


MODES = st.sampled_from([RNE, RTZ, RDN, RUP, RMM])
DYNAMIC = st.booleans()
FMTS = {"s": F32, "d": F64}
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
ARITH = {"add": 0x00, "sub": 0x04, "mul": 0x08, "div": 0x0C}
FMA = {"fmadd": 0x43, "fmsub": 0x47, "fnmsub": 0x4B, "fnmadd": 0x4F}


def _rm_and_frm(rm, dynamic):
    return (DYN, rm) if dynamic else (rm, 0)


def _check(cpu, fmt, want):
    bits, flags = want
    got = f_result(cpu, fmt, 3)
    assert (got, cpu.get("fflags")) == (bits, flags), \
        "got %#x flags %#x, want %#x flags %#x" % (got, cpu.get("fflags"), bits, flags)


@pytest.mark.parametrize("model", ["rv64", "rv32"])
@pytest.mark.parametrize("fname", ["s", "d"])
@pytest.mark.parametrize("op", sorted(ARITH))
@SETTINGS
@given(data=st.data(), rm=MODES, dynamic=DYNAMIC)
def test_arith_matches_mpfr(model, fname, op, data, rm, dynamic):
    fmt = FMTS[fname]
    a, b = data.draw(operands(fmt)), data.draw(operands(fmt))
    field, frm = _rm_and_frm(rm, dynamic)
    word = fp_r(ARITH[op] | (fmt.bits == 64), 2, 1, field, 3)   # f<op>.<fmt> f3, f1, f2
    cpu = run_insn(model, word, {1: boxed(fmt, a), 2: boxed(fmt, b)}, frm=frm)
    _check(cpu, fmt, ref_arith(fmt, op, a, b, 0, rm))


@pytest.mark.parametrize("fname", ["s", "d"])
@SETTINGS
@given(data=st.data(), rm=MODES, dynamic=DYNAMIC)
def test_sqrt_matches_mpfr(fname, data, rm, dynamic):
    fmt = FMTS[fname]
    a = data.draw(operands(fmt))
    field, frm = _rm_and_frm(rm, dynamic)
    word = fp_r(0x2C | (fmt.bits == 64), 0, 1, field, 3)        # fsqrt.<fmt> f3, f1
    cpu = run_insn("rv64", word, {1: boxed(fmt, a)}, frm=frm)
    _check(cpu, fmt, ref_arith(fmt, "sqrt", a, 0, 0, rm))


@pytest.mark.parametrize("fname", ["s", "d"])
@pytest.mark.parametrize("op", sorted(FMA))
@SETTINGS
@given(data=st.data(), rm=MODES, dynamic=DYNAMIC)
def test_fused_multiply_add_matches_mpfr(fname, op, data, rm, dynamic):
    fmt = FMTS[fname]
    a, b, c = (data.draw(operands(fmt)) for _ in range(3))
    field, frm = _rm_and_frm(rm, dynamic)
    word = fp_r4(FMA[op], fmt.bits == 64, 4, 2, 1, field, 3)   # f3 = op(f1, f2, f4)
    cpu = run_insn("rv64", word, {1: boxed(fmt, a), 2: boxed(fmt, b), 4: boxed(fmt, c)},
                   frm=frm)
    _check(cpu, fmt, ref_arith(fmt, op, a, b, c, rm))


CVT_TO_INT = {"w": (32, True, 0), "wu": (32, False, 1), "l": (64, True, 2), "lu": (64, False, 3)}


@pytest.mark.parametrize("fname", ["s", "d"])
@pytest.mark.parametrize("kind", sorted(CVT_TO_INT))
@SETTINGS
@given(data=st.data(), rm=MODES, dynamic=DYNAMIC)
def test_convert_to_integer_matches_mpfr(fname, kind, data, rm, dynamic):
    fmt = FMTS[fname]
    bits, signed, rs2 = CVT_TO_INT[kind]
    a = data.draw(st.one_of(operands(fmt), st.builds(
        lambda n: fmt.encode(gmpy2.mpfr(n)) if abs(n) < 2 ** 60 else 0,
        st.integers(-(1 << 64), 1 << 64).map(lambda n: n // 4))))
    field, frm = _rm_and_frm(rm, dynamic)
    word = fp_r(0x60 | (fmt.bits == 64), rs2, 1, field, 10)    # fcvt.<kind>.<fmt> a0, f1
    cpu = run_insn("rv64", word, {1: boxed(fmt, a)}, frm=frm)
    value, flags = ref_to_int(fmt, a, rm, bits, signed)
    want = cpu.sext_xlen(value if bits == 64 else
                         (value & 0xFFFFFFFF) - ((value & 0x80000000) << 1))
    assert (int(cpu.env.x[10]), cpu.get("fflags")) == (want, flags)


@pytest.mark.parametrize("fname", ["s", "d"])
@pytest.mark.parametrize("kind", sorted(CVT_TO_INT))
@SETTINGS
@given(data=st.data(), rm=MODES, dynamic=DYNAMIC)
def test_convert_from_integer_matches_mpfr(fname, kind, data, rm, dynamic):
    fmt = FMTS[fname]
    bits, signed, rs2 = CVT_TO_INT[kind]
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    n = data.draw(st.one_of(st.integers(lo, hi), st.sampled_from([lo, hi, 0, 1])))
    field, frm = _rm_and_frm(rm, dynamic)
    word = fp_r(0x68 | (fmt.bits == 64), rs2, 10, field, 3)    # fcvt.<fmt>.<kind> f3, a0
    xval = n if bits == 64 or signed else n - ((n & 0x80000000) << 1)   # RV64 keeps w sign-extended
    cpu = run_insn("rv64", word, xs={10: xval}, frm=frm)
    _check(cpu, fmt, ref_from_int(fmt, n, rm))


@pytest.mark.parametrize("direction", ["s.d", "d.s"])
@SETTINGS
@given(data=st.data(), rm=MODES, dynamic=DYNAMIC)
def test_convert_between_formats_matches_mpfr(direction, data, rm, dynamic):
    dst, src = (F32, F64) if direction == "s.d" else (F64, F32)
    a = data.draw(operands(src))
    field, frm = _rm_and_frm(rm, dynamic)
    word = fp_r(0x20 | (dst.bits == 64), 1 if src.bits == 64 else 0, 1, field, 3)
    cpu = run_insn("rv64", word, {1: boxed(src, a)}, frm=frm)
    _check(cpu, dst, ref_convert(src, dst, a, rm))


def test_invalid_dynamic_rounding_mode_is_illegal():
    cpu = hart("rv64")
    load(cpu, CODE, words_to_bytes(["%08x" % fp_r(0x01, 2, 1, DYN, 3), "0000006f"]))
    cpu.set("mtvec", CODE + 4)
    cpu.set("frm", 5)
    run(cpu, 10)
    assert cpu.get("mcause") == B.EXCP_ILLEGAL_INST and cpu.get("mepc") == CODE
