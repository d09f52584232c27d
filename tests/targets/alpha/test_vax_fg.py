"""Alpha VAX F/G instructions, one by one, as QEMU 7.2 runs them.

Values are checked against an independent reference: the operands' VAX
values from the Architecture Manual's formulas (F: 0.1f x 2**(e-128),
G: 0.1f x 2**(e-1024)) in exact rational arithmetic, rounded to binary32 /
binary64 precision with the rounding mode the last IEEE instruction left
in QEMU's fp_status, then encoded the way QEMU's float32_to_f /
float64_to_g do (sign and exponent only: QEMU drops the fraction).
The vaxops guest pins the same behaviour to qemu-system-alpha byte for
byte (tests/targets/alpha/test_alpha_guests.py)."""

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from emu import softfloat as sf
from targets.alpha import cpu_bits as B
from tests.targets.alpha.harness import InsnRunner, run

F1, F2, F3 = 1, 2, 3
OPCDEC = B.EXCP_VECTOR[B.EXCP_OPCDEC]
ARITH = B.EXCP_VECTOR[B.EXCP_ARITH]
C, M, N, D = 0x000, 0x040, 0x080, 0x0C0          # IEEE rounding qualifiers
U, I, S = 0x100, 0x200, 0x400
# /C, none, /UC, /U, /SC, /S, /SUC, /SU
VAX_QUALS = (0x000, 0x080, 0x100, 0x180, 0x400, 0x480, 0x500, 0x580)
UNSET = 0x5555AAAA5555AAAA
TWO = 0x4000000000000000


def fpop(opcode, fn11, ra=F1, rb=F2, rc=F3):
    return (opcode << 26) | (ra << 21) | (rb << 16) | (fn11 << 5) | rc


def vax(fn, q=0x080, ra=F1):
    return fpop(0x15, fn | q, ra=ra)


def addt_zero(q):
    """addt/<q> $f31,$f31,$f31: sets fp_status's rounding and flush-to-zero."""
    return fpop(0x16, 0x20 | q, 31, 31, 31)


ADDF, SUBF, MULF, DIVF = 0x00, 0x01, 0x02, 0x03
ADDG, SUBG, MULG, DIVG = 0x20, 0x21, 0x22, 0x23
CMPGEQ, CMPGLT, CMPGLE = 0x25, 0x26, 0x27
CVTGF, CVTGQ, CVTQF, CVTQG = 0x2C, 0x2F, 0x3C, 0x3E
CVTDG, CVTGD = 0x1E, 0x2D


@pytest.fixture(scope="module")
def cpu():
    return InsnRunner()


# --- the reference ---------------------------------------------------------------------
def f_reg(sign, e, frac):
    """An F value in register layout (the manual's LDF mapping)."""
    exp = ((e & 0x80) << 3) | (e & 0x7F)
    if e and not e & 0x80:
        exp |= 0x380
    return (sign << 63) | (exp << 52) | (frac << 29)


def g_reg(sign, e, frac):
    return (sign << 63) | (e << 52) | frac


def f_value(sign, e, frac):
    v = (Fraction(1, 2) + Fraction(frac, 1 << 24)) * Fraction(2) ** (e - 128)
    return -v if sign else v


def g_value(sign, e, frac):
    v = (Fraction(1, 2) + Fraction(frac, 1 << 53)) * Fraction(2) ** (e - 1024)
    return -v if sign else v


def floor_log2(a):
    e = a.numerator.bit_length() - a.denominator.bit_length()
    return e - 1 if Fraction(2) ** e > a else e


def round_sig(x, p, rm):
    """x rounded to p significant bits in softfloat rounding mode rm."""
    if x == 0:
        return x
    neg = x < 0
    a = -x if neg else x
    scale = Fraction(2) ** (floor_log2(a) - p + 1)
    q = a / scale
    n = math.floor(q)
    rest = q - n
    if rm == sf.RNE:
        n += rest > Fraction(1, 2) or (rest == Fraction(1, 2) and n & 1)
    elif rm == sf.RDN:
        n += bool(rest) and neg
    elif rm == sf.RUP:
        n += bool(rest) and not neg
    r = n * scale
    return -r if neg else r


def qemu_encoding(r, bias, top):
    """QEMU's register image of a rounded result: sign and VAX exponent,
    no fraction; the dirty zero 1 when the exponent reaches top."""
    if r == 0:
        return 0
    e = floor_log2(abs(r)) + bias
    if e >= top:
        return 1
    return ((r < 0) << 63) | (e << 52)


def f_result(r):
    return qemu_encoding(r, 129, 255)


def g_result(r):
    return qemu_encoding(r, 1025, 2047)


def rounded_sqrt(v, p, rm):
    """sqrt(v) rounded to p bits (v > 0 with a power-of-two denominator)."""
    t = 2 * p + 8 + v.denominator.bit_length()
    scaled = v * 4 ** t
    root = math.isqrt(math.floor(scaled))
    exact = root * root == scaled
    approx = Fraction(root, 2 ** t) if exact else Fraction(2 * root + 1, 2 ** (t + 1))
    return round_sig(approx, p, rm)


_EXACT = {ADDF: lambda a, b: a + b, SUBF: lambda a, b: a - b, MULF: lambda a, b: a * b,
          DIVF: lambda a, b: a / b}
_RM_OF = {C: sf.RTZ, M: sf.RDN, N: sf.RNE}


# --- operands -------------------------------------------------------------------------------
signs = st.integers(0, 1)
f_fracs = st.integers(0, (1 << 23) - 1)
g_fracs = st.integers(0, (1 << 52) - 1)
f_operands = st.tuples(signs, st.integers(80, 176), f_fracs)
g_operands = st.tuples(signs, st.integers(600, 1448), g_fracs)
rounding = st.sampled_from([C, M, N, D])
dyn = st.integers(0, 3)


def _rm(q, dyn_bits):
    return (sf.RTZ, sf.RDN, sf.RNE, sf.RUP)[dyn_bits] if q == D else _RM_OF[q]


def _run_after_addt(cpu, q, dyn_bits, word, fir):
    fpcr = dyn_bits << (B.FPCR_DYN_SHIFT + 32)
    return cpu.run((addt_zero(q), word), fir=fir, fpcr=fpcr, fp_pending=0)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(fn=st.sampled_from([ADDF, SUBF, MULF, DIVF]), a=f_operands, b=f_operands,
       q=rounding, dyn_bits=dyn, vq=st.sampled_from(VAX_QUALS))
def test_f_arithmetic_rounds_like_binary32_in_fp_status_mode(cpu, fn, a, b, q, dyn_bits, vq):
    """addf/subf/mulf/divf f1,f2,f3 after addt/<q>: the exact result rounded
    to 24 bits in <q>'s mode (the VAX qualifier is ignored)."""
    c = _run_after_addt(cpu, q, dyn_bits, vax(fn, vq), fir={F1: f_reg(*a), F2: f_reg(*b)})
    exact = _EXACT[fn](f_value(*a), f_value(*b))
    r = round_sig(exact, 24, _rm(q, dyn_bits))
    assert cpu.trapped() is None
    assert c.get("fir", index=F3) == f_result(r)
    assert bool(c.get("fp_pending") & sf.FLAG_NX) == (r != exact)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(fn=st.sampled_from([ADDF, SUBF, MULF, DIVF]), a=g_operands, b=g_operands,
       q=rounding, dyn_bits=dyn, vq=st.sampled_from(VAX_QUALS))
def test_g_arithmetic_rounds_like_binary64_in_fp_status_mode(cpu, fn, a, b, q, dyn_bits, vq):
    """addg/subg/mulg/divg (function codes 0x20..0x23)."""
    c = _run_after_addt(cpu, q, dyn_bits, vax(fn | 0x20, vq), fir={F1: g_reg(*a), F2: g_reg(*b)})
    exact = _EXACT[fn](g_value(*a), g_value(*b))
    r = round_sig(exact, 53, _rm(q, dyn_bits))
    assert cpu.trapped() is None
    assert c.get("fir", index=F3) == g_result(r)
    assert bool(c.get("fp_pending") & sf.FLAG_NX) == (r != exact)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(a=g_operands, b=g_operands, same=st.booleans())
def test_g_compares_write_two_for_true(cpu, a, b, same):
    if same:
        b = a
    va, vb = g_value(*a), g_value(*b)
    for fn, truth in ((CMPGEQ, va == vb), (CMPGLT, va < vb), (CMPGLE, va <= vb)):
        c = cpu.run(vax(fn), fir={F1: g_reg(*a), F2: g_reg(*b)})       # cmpgxx f1,f2,f3
        assert c.get("fir", index=F3) == (TWO if truth else 0)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(a=g_operands, f_range=st.tuples(signs, st.integers(924, 1124), g_fracs),
       q=rounding, dyn_bits=dyn)
def test_cvtgf_and_sqrtg_round_in_fp_status_mode(cpu, a, f_range, q, dyn_bits):
    rm = _rm(q, dyn_bits)
    c = _run_after_addt(cpu, q, dyn_bits, vax(CVTGF, ra=31), fir={F2: g_reg(*f_range)})
    assert c.get("fir", index=F3) == f_result(round_sig(g_value(*f_range), 24, rm))
    g = (0, a[1], a[2])
    c = _run_after_addt(cpu, q, dyn_bits, fpop(0x14, 0x2A | 0x080, ra=31), fir={F2: g_reg(*g)})
    assert c.get("fir", index=F3) == g_result(rounded_sqrt(g_value(*g), 53, rm))      # sqrtg


@settings(max_examples=60, deadline=None, derandomize=True)
@given(a=f_operands, q=rounding)
def test_sqrtf(cpu, a, q):
    f = (0, a[1], a[2])
    c = _run_after_addt(cpu, q, 2, fpop(0x14, 0x0A | 0x080, ra=31), fir={F2: f_reg(*f)})
    assert c.get("fir", index=F3) == f_result(rounded_sqrt(f_value(*f), 24, _rm(q, 2)))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(x=st.one_of(st.integers(-(1 << 63), (1 << 63) - 1), st.integers(-5000, 5000)),
       q=rounding)
def test_cvtqf_cvtqg_round_the_integer(cpu, x, q):
    rm = _rm(q, 2)
    reg = x & ((1 << 64) - 1)
    c = _run_after_addt(cpu, q, 2, vax(CVTQF, ra=31), fir={F2: reg})
    assert c.get("fir", index=F3) == f_result(round_sig(Fraction(x), 24, rm))
    c = _run_after_addt(cpu, q, 2, vax(CVTQG, ra=31), fir={F2: reg})
    assert c.get("fir", index=F3) == g_result(round_sig(Fraction(x), 53, rm))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(sign=signs, e=st.integers(900, 1100), frac=g_fracs)
def test_cvtgq_truncates_and_saturates(cpu, sign, e, frac):
    v = g_value(sign, e, frac)
    c = cpu.run(vax(CVTGQ, ra=31), fir={F2: g_reg(sign, e, frac)}, fp_pending=0)
    whole = math.trunc(v)
    if -(1 << 63) <= whole < (1 << 63):
        assert c.get("fir", index=F3) == whole & ((1 << 64) - 1)
        assert c.get("fp_pending") == (sf.FLAG_NX if whole != v else 0)
    else:
        assert c.get("fir", index=F3) == ((1 << 63) if sign else (1 << 63) - 1)
        assert c.get("fp_pending") == sf.FLAG_NV


# --- QEMU's encodings and corner cases -------------------------------------------------------
def test_results_keep_only_sign_and_exponent(cpu):
    one_and_a_half = f_reg(0, 129, 1 << 22)
    c = cpu.run(vax(ADDF), fir={F1: one_and_a_half, F2: one_and_a_half})   # 1.5 + 1.5
    assert c.get("fir", index=F3) == 130 << 52            # QEMU: 3.0 comes back as 2.0
    c = cpu.run(vax(ADDG), fir={F1: g_reg(1, 1025, 1 << 51), F2: g_reg(1, 1025, 1 << 51)})
    assert c.get("fir", index=F3) == (1 << 63) | (1026 << 52)


def test_overflow_and_division_by_zero_give_dirty_zero(cpu):
    c = cpu.run(vax(MULF), fir={F1: f_reg(0, 200, 0), F2: f_reg(0, 200, 0)})
    assert c.get("fir", index=F3) == 1
    c = cpu.run(vax(DIVG), fir={F1: g_reg(0, 1025, 0), F2: 0}, fp_pending=0)
    assert c.get("fir", index=F3) == 1 and c.get("fp_pending") == sf.FLAG_DZ
    c = cpu.run(vax(SUBF), fir={F1: f_reg(0, 130, 5), F2: f_reg(0, 130, 5)})
    assert c.get("fir", index=F3) == 0


def test_exponents_below_three_read_as_zero(cpu):
    c = cpu.run(vax(ADDF), fir={F1: f_reg(1, 2, 77), F2: f_reg(0, 129, 0)})
    assert c.get("fir", index=F3) == 129 << 52
    c = cpu.run(vax(MULG), fir={F1: g_reg(0, 1, 5), F2: g_reg(0, 1025, 0)})
    assert c.get("fir", index=F3) == 0


@pytest.mark.parametrize("word, fir", [
    (vax(ADDF), {F1: 1 << 63, F2: f_reg(0, 129, 0)}),          # F: -0 is reserved
    (vax(SUBF), {F1: f_reg(0, 129, 0), F2: 1 << 40}),           # F: exponent 0, fraction set
    (vax(ADDG), {F1: g_reg(0, 1025, 0), F2: 1}),                # G: the dirty zero 1
    (vax(CMPGLT), {F1: 1 << 63, F2: 0}),
    (vax(CVTGQ, ra=31), {F2: 1 << 63}),
    (fpop(0x14, 0x0A, ra=31), {F2: 1 << 63}),                   # sqrtf
])
def test_reserved_operand_raises_opcdec_after_the_insn(cpu, word, fir):
    c = cpu.run(word, fir={F3: UNSET, **fir})
    assert cpu.trapped() == OPCDEC
    assert c.get("fir", index=F3) == UNSET
    assert c.get("exc_addr") == c.get("exc_addr") & ~3 | 1          # PAL mode bit
    assert (c.get("exc_addr") & ~3) - InsnRunner.KSEG == cpu.slots[word] + 4


def test_f_exponent_zero_low_bits_are_not_looked_at(cpu):
    c = cpu.run(vax(ADDF), fir={F1: 1, F2: f_reg(0, 129, 0)})      # bit 0 is not an F bit
    assert cpu.trapped() is None and c.get("fir", index=F3) == 129 << 52


@pytest.mark.parametrize("word", [vax(CVTDG, ra=31), vax(CVTGD, ra=31), vax(CVTGF, ra=1),
                                  vax(0x04), fpop(0x15, 0x2A)])
def test_unimplemented_encodings_are_opcdec(cpu, word):
    cpu.run(word, fir={F1: 0, F2: 0})
    assert cpu.trapped() == OPCDEC


def test_fen_clear_raises_fen(cpu):
    word = vax(ADDG)
    cpu.run(word)
    cpu.cpu.env.flags = B.FLAG_PAL_MODE
    cpu.cpu.update_tb_flags()
    cpu.cpu.set("pc", InsnRunner.KSEG + cpu.slots[word])
    cpu.ms.runtime.status = None
    run(cpu.ms, max_insns=10)
    assert cpu.trapped() == B.EXCP_VECTOR[B.EXCP_FEN]


# --- QEMU's shared fp_status ---------------------------------------------------------------
INEXACT_F = {F1: f_reg(0, 129, 1), F2: f_reg(0, 100, 3)}        # 1.0000001 + tiny: inexact


def test_vax_flags_are_reported_by_the_next_ieee_insn(cpu):
    c = cpu.run((vax(ADDF), addt_zero(S | U | I | N)), fir=INEXACT_F, fp_pending=0)
    assert cpu.trapped() == ARITH
    assert c.get("trap_arg0") == B.EXC_M_SWC | B.EXC_M_INE
    assert cpu.fpcr() == B.FPCR_INE << 32
    assert c.get("fp_pending") == 0
    cpu.run(addt_zero(S | U | I | N), fp_pending=0)                   # alone: no trap
    assert cpu.trapped() is None


def test_ieee_insn_without_i_records_vax_inexact_in_fpcr(cpu):
    c = cpu.run((vax(ADDF), addt_zero(N)), fir=INEXACT_F, fp_pending=0)
    assert cpu.trapped() is None and cpu.fpcr() == B.FPCR_INE << 32
    assert c.get("fp_pending") == 0


def test_cvttq_leaves_vax_flags_pending(cpu):
    cvttq_svi = fpop(0x16, 0x2F | S | U | I, ra=31, rb=31, rc=31)
    c = cpu.run((vax(ADDF), cvttq_svi), fir=INEXACT_F, fp_pending=0)
    assert cpu.trapped() is None and c.get("fp_pending") == sf.FLAG_NX


def test_vax_rounding_follows_the_last_ieee_insn_not_the_tb(cpu):
    """addt/c in one run, addf alone in the next: fp_rm carries over."""
    a = {F1: f_reg(0, 129, (1 << 23) - 1), F2: f_reg(0, 105, 1 << 22)}  # 2 - 2**-23 + 3*2**-25
    exact = f_value(0, 129, (1 << 23) - 1) + f_value(0, 105, 1 << 22)
    cpu.run(addt_zero(C))
    c = cpu.run(vax(ADDF), fir=a)
    assert c.get("fir", index=F3) == f_result(round_sig(exact, 24, sf.RTZ)) == 129 << 52
    cpu.run(addt_zero(N))
    c = cpu.run(vax(ADDF), fir=a)
    assert c.get("fir", index=F3) == f_result(round_sig(exact, 24, sf.RNE)) == 130 << 52


def test_flush_to_zero_comes_from_the_last_ieee_insn(cpu):
    """A G product below the normal range: 0 after addt (no /U), a
    denormal-derived value after addt/u with FPCR.UNFD clear."""
    tiny = {F1: g_reg(0, 510, 0), F2: g_reg(0, 510, 0)}              # (2**-515)**2 = 2**-1030
    c = cpu.run((addt_zero(N), vax(MULG)), fir=tiny)
    assert c.get("fir", index=F3) == 0
    c = cpu.run((addt_zero(N | U), vax(MULG)), fir=tiny)
    # binary64 denormal 2**-1030 = 2**44 * 2**-1074; QEMU: exponent 1, fraction kept
    assert c.get("fir", index=F3) == (1 << 52) | (1 << 44)


def test_ieee_flush_to_zero_is_stored_once_per_tb(cpu):
    """mt_fpcr f4 (UNFD|UNDZ); mult/u f1,f2,f3; mt_fpcr f5 (0); mult/u f1,f2,f6
    in one TB: the second MULT/U still flushes, as in QEMU (its
    gen_qual_flushzero stores fp_status.flush_to_zero once per TB)."""
    tiny = 0x1FF0000000000000                                        # 2**-512
    ftz_on = (B.FPCR_UNFD | B.FPCR_UNDZ) << 32
    seq = (fpop(0x17, 0x024, 4, 4, 4),                               # mt_fpcr f4
           fpop(0x16, 0x1A2, F1, F2, 3),                             # mult/u f1,f2,f3
           fpop(0x17, 0x024, 5, 5, 5),                               # mt_fpcr f5
           fpop(0x16, 0x1A2, F1, F2, 6))                             # mult/u f1,f2,f6
    c = cpu.run(seq, fir={F1: tiny, F2: tiny, 4: ftz_on, 5: 0})
    assert c.get("fir", index=3) == c.get("fir", index=6) == 0
    c = cpu.run(seq[3], fir={F1: tiny, F2: tiny})                    # a TB of its own
    assert c.get("fir", index=6) == 1 << 50                          # 2**-1024, denormal


# --- register <-> memory layouts --------------------------------------------------------------
DATA = 0x300000                   # physical; the runner's code is at 0x200000
R2 = 2


def mem(opcode, ra):
    """ld*/st* $f<ra>, 0($2)"""
    return (opcode << 26) | (ra << 21) | (R2 << 16)


LDF, LDG, STF, STG, LDT, STT = 0x20, 0x21, 0x24, 0x25, 0x23, 0x27


def _with_memory(cpu, word, data, **kw):
    cpu.ms.address_space.write_bytes(DATA, data)
    return cpu.run(word, gpr={R2: InsnRunner.KSEG + DATA}, **kw)


def _memory(cpu, n):
    return bytes(cpu.ms.address_space.read_bytes(DATA, n))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(words=st.tuples(*[st.integers(0, 0xFFFF)] * 4))
def test_ldg_stg_reverse_the_16_bit_words(cpu, words):
    """G in memory: word 0 (lowest address) holds sign, exponent and the
    high fraction, which the register keeps in bits <63:48>."""
    image = b"".join(w.to_bytes(2, "little") for w in words)
    reg = (words[0] << 48) | (words[1] << 32) | (words[2] << 16) | words[3]
    c = _with_memory(cpu, mem(LDG, F1), image)                        # ldg $f1, 0($2)
    assert c.get("fir", index=F1) == reg
    _with_memory(cpu, mem(STG, F1), bytes(8), fir={F1: reg})         # stg $f1, 0($2)
    assert _memory(cpu, 8) == image


@settings(max_examples=60, deadline=None, derandomize=True)
@given(sign=signs, e=st.integers(1, 255), frac=st.integers(0, (1 << 23) - 1))
def test_ldf_and_itoff_widen_the_exponent_with_qemus_leak(cpu, sign, e, frac):
    """F in memory: word 0 = sign<15> exp<14:7> fraction-high<6:0>, word 1
    = fraction-low; the register gets the manual's LDF layout, except that
    QEMU masks the image with 0x3fffff instead of 0x3fff, so memory bits
    <18:14> (fraction bits 2..0, sign, exponent msb) are also or'ed into
    register bits <63:59>."""
    image = (sign << 15) | (e << 7) | (frac >> 16) | ((frac & 0xFFFF) << 16)
    expect = f_reg(sign, e, frac) | (((image >> 14) & 0x1F) << 59)
    c = _with_memory(cpu, mem(LDF, F1), image.to_bytes(4, "little"))  # ldf $f1, 0($2)
    assert c.get("fir", index=F1) == expect
    c = cpu.run(fpop(0x14, 0x014, ra=R2, rb=31, rc=F1), gpr={R2: image})   # itoff $2, $f1
    assert c.get("fir", index=F1) == expect


def test_ldf_of_one(cpu):
    image = 129 << 7                                                  # 1.0 = 0.1b * 2**1
    c = _with_memory(cpu, mem(LDF, F1), image.to_bytes(4, "little"))
    assert c.get("fir", index=F1) == 0x4810000000000000              # bit 59: the leak


def test_stf_stores_the_converted_address(cpu):
    """QEMU 7.2's STF converts the address register, not $fa (its gen_stf
    passes addr to helper_f_to_memory)."""
    addr = InsnRunner.KSEG + DATA
    _with_memory(cpu, mem(STF, F1), bytes(4), fir={F1: f_reg(0, 129, 0)})  # stf $f1, 0($2)
    low16 = (addr >> 29) & 0xFFFF
    exp_frac_hi = (addr >> 45) & 0x3FFF
    sign_exp_msb = addr >> 62
    expect = (low16 << 16) | (sign_exp_msb << 14) | exp_frac_hi
    assert _memory(cpu, 4) == expect.to_bytes(4, "little")


# --- IEEE instructions with VAX flags pending: inline fast path == reference -------------------
from targets.alpha import fpu_helper as H                                    # noqa: E402
from tests.targets.alpha.test_alpha_fpu import _OPS, _QUALS, fpcrs, operands  # noqa: E402

pendings = st.sampled_from([0, sf.FLAG_NX, sf.FLAG_NV, sf.FLAG_UF | sf.FLAG_NX,
                            sf.FLAG_OF | sf.FLAG_NX, sf.FLAG_DZ])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(insn=st.sampled_from(_OPS), qual=st.sampled_from(_QUALS), a=operands, b=operands,
       fpcr=fpcrs, pending=pendings)
def test_ieee_insn_reports_pending_vax_flags_like_the_reference(cpu, insn, qual, a, b, fpcr,
                                                                pending):
    opcode, fn, uses_a, op = insn
    fn11 = fn | qual
    word = fpop(opcode, fn11, ra=F1 if uses_a else 31)
    c = cpu.run(word, fir={F1: a, F2: b, F3: UNSET}, fpcr=fpcr, fp_pending=pending)
    consumes = op not in H.NOT_FROM_FP_STATUS
    r, want_fpcr, trap = H.execute(op, fn11, a if uses_a else 0, b, fpcr >> 32,
                                   pending if consumes else 0)
    assert c.get("fir", index=F3) == (UNSET if r is None else r)
    assert cpu.fpcr() == want_fpcr << 32
    assert (cpu.trapped() == ARITH) == (trap is not None)
    if trap is not None:
        assert c.get("trap_arg0") == trap.summary
    assert c.get("fp_pending") == (0 if consumes and r is not None else pending)
