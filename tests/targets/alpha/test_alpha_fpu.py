"""Alpha IEEE floating point: per-instruction behaviour, the values exact
against MPFR (gmpy2), and the translator's inline fast path equal to the
reference semantics of targets.alpha.fpu_helper (which the fpops guest
pins to QEMU 7.2 bit for bit)."""

import struct

import gmpy2
import pytest
from hypothesis import given, settings, strategies as st

from targets.alpha import cpu_bits as B
from targets.alpha import fpu_helper as H
from tests.targets.alpha.harness import InsnRunner

F1, F2, F3 = 1, 2, 3
ONE, TWO, TENTH = 0x3FF0000000000000, 0x4000000000000000, 0x3FB999999999999A
DENORMAL = 0x0000000000000001
INF = 0x7FF0000000000000
ARITH = B.EXCP_VECTOR[B.EXCP_ARITH]

# qualifier bits of fn11
C, M, N, D = 0x000, 0x040, 0x080, 0x0C0
U, I, S = 0x100, 0x200, 0x400


def fpop(opcode, fn11, ra=F1, rb=F2, rc=F3):
    return (opcode << 26) | (ra << 21) | (rb << 16) | (fn11 << 5) | rc


def addt(q): return fpop(0x16, 0x20 | q)
def divt(q): return fpop(0x16, 0x23 | q)
def cvttq(q): return fpop(0x16, 0x2F | q, ra=31)


@pytest.fixture(scope="module")
def cpu():
    return InsnRunner()


def _fpcr_dyn(dyn):
    return dyn << (B.FPCR_DYN_SHIFT + 32)


# --- per instruction -------------------------------------------------------------------
def test_addt_rounds_to_nearest_and_records_inexact(cpu):
    c = cpu.run(addt(N), fir={F1: ONE, F2: TENTH})          # addt f1,f2,f3
    assert c.get("fir", index=F3) == 0x3FF199999999999A
    assert cpu.fpcr() == B.FPCR_INE << 32 and cpu.trapped() is None


def test_chopped_and_dynamic_rounding(cpu):
    c = cpu.run(addt(C), fir={F1: ONE, F2: TENTH})          # addt/c
    assert c.get("fir", index=F3) == 0x3FF1999999999999
    c = cpu.run(addt(D), fir={F1: ONE, F2: TENTH}, fpcr=_fpcr_dyn(3))   # addt/d, DYN = plus
    assert c.get("fir", index=F3) == 0x3FF199999999999A
    c = cpu.run(addt(D), fir={F1: ONE, F2: TENTH}, fpcr=_fpcr_dyn(1))   # DYN = minus
    assert c.get("fir", index=F3) == 0x3FF1999999999999


def test_divide_by_zero_writes_infinity_then_traps(cpu):
    c = cpu.run(divt(N), fir={F1: ONE, F2: 0})               # divt f1,f31... by zero
    assert c.get("fir", index=F3) == INF
    assert cpu.trapped() == ARITH
    assert c.get("trap_arg0") == B.EXC_M_DZE
    assert c.get("trap_arg1") == 1 << (32 + F3)
    assert cpu.fpcr() == B.FPCR_DZE << 32


def test_denormal_operand_traps_without_software_completion(cpu):
    c = cpu.run(addt(N), fir={F1: DENORMAL, F2: ONE, F3: 7})
    assert cpu.trapped() == ARITH and c.get("trap_arg0") == B.EXC_M_INV
    assert c.get("fir", index=F3) == 7 and c.get("trap_arg1") == 0


def test_infinity_operand_sets_inv_and_traps(cpu):
    c = cpu.run(addt(N), fir={F1: INF, F2: ONE})
    assert cpu.trapped() == ARITH and c.get("trap_arg0") == B.EXC_M_INV
    assert cpu.fpcr() == B.FPCR_INV << 32


def test_software_completion_passes_infinity_through(cpu):
    c = cpu.run(addt(S | U | N), fir={F1: INF, F2: ONE})     # addt/su
    assert c.get("fir", index=F3) == INF and cpu.trapped() is None


def test_sui_inexact_traps_with_swc(cpu):
    c = cpu.run(addt(S | U | I | N), fir={F1: ONE, F2: TENTH})   # addt/sui
    assert cpu.trapped() == ARITH
    assert c.get("trap_arg0") == B.EXC_M_SWC | B.EXC_M_INE
    c = cpu.run(addt(S | U | I | N), fir={F1: ONE, F2: TENTH},
                fpcr=B.FPCR_INED << 32)                      # inexact trap disabled
    assert c.get("trap_arg0") == B.EXC_M_SWC


def test_underflow_flushes_to_zero_without_u(cpu):
    tiny = 0x0010000000000000                                 # smallest normal
    c = cpu.run(fpop(0x16, 0x22 | N), fir={F1: tiny, F2: 0x3FE0000000000000})   # mult: / 2
    assert c.get("fir", index=F3) == 0 and cpu.trapped() is None and cpu.fpcr() == 0
    c = cpu.run(fpop(0x16, 0x22 | U | N), fir={F1: tiny, F2: 0x3FE0000000000000})
    assert c.get("fir", index=F3) == 0x0008000000000000     # exact denormal, no flags
    assert cpu.trapped() is None


def test_cvttq_wraps_out_of_range_and_flags_iov(cpu):
    c = cpu.run(cvttq(C), fir={F2: 0x43F0000000000001})     # cvttq/c 2**64 + 2**12
    assert c.get("fir", index=F3) == 0x1000
    assert cpu.fpcr() == (B.FPCR_IOV | B.FPCR_INE) << 32 and cpu.trapped() is None
    c = cpu.run(cvttq(S | U | C), fir={F2: 0x43F0000000000001})   # cvttq/svc traps
    assert cpu.trapped() == ARITH and c.get("trap_arg0") == B.EXC_M_SWC | B.EXC_M_IOV


def test_cvttq_rounding(cpu):
    minus_2_5 = 0xC004000000000000
    assert cpu.run(cvttq(C), fir={F2: minus_2_5}).get("fir", index=F3) == (-2) & H.M64
    assert cpu.run(cvttq(N), fir={F2: minus_2_5}).get("fir", index=F3) == (-2) & H.M64
    assert cpu.run(cvttq(M), fir={F2: minus_2_5}).get("fir", index=F3) == (-3) & H.M64


def test_cmpt_writes_two_for_true(cpu):
    c = cpu.run(fpop(0x16, 0x26 | N), fir={F1: ONE, F2: TWO})     # cmptlt
    assert c.get("fir", index=F3) == TWO
    c = cpu.run(fpop(0x16, 0x25 | N), fir={F1: ONE, F2: TWO})     # cmpteq
    assert c.get("fir", index=F3) == 0


def test_cvtql_and_cvtlq(cpu):
    c = cpu.run(fpop(0x17, 0x030, ra=31), fir={F2: 0xFFFFFFFF80000001})   # cvtql
    assert c.get("fir", index=F3) == 0x8000000000000000 | (1 << 29)   # <31:30> -> <63:62>
    c = cpu.run(fpop(0x17, 0x130, ra=31), fir={F2: 0x100000000})          # cvtql/v
    assert cpu.trapped() == ARITH and c.get("trap_arg0") == B.EXC_M_IOV
    c = cpu.run(fpop(0x17, 0x010, ra=31), fir={F2: 0xC000000000000000 | (5 << 29)})   # cvtlq
    assert c.get("fir", index=F3) == (-0x40000000 + 5) & H.M64


def test_s_format_add_and_sqrt(cpu):
    one_s, two_s = 0x3FF0000000000000, 0x4000000000000000
    c = cpu.run(fpop(0x16, 0x00 | N), fir={F1: one_s, F2: two_s})          # adds
    assert c.get("fir", index=F3) == 0x4008000000000000
    c = cpu.run(fpop(0x14, 0x0B | N, ra=31), fir={F2: 0x4010000000000000})  # sqrts 4
    assert c.get("fir", index=F3) == two_s


# --- exact against MPFR ------------------------------------------------------------------
_MPFR_RM = {C: gmpy2.RoundToZero, M: gmpy2.RoundDown, N: gmpy2.RoundToNearest}


def _to_float(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def _to_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _mpfr(op, a, b, rm, single):
    fmt = 32 if single else 64
    ctx = gmpy2.ieee(fmt)
    ctx.round = _MPFR_RM[rm]
    with gmpy2.context(ctx) as ctx:
        x, y = gmpy2.mpfr(_to_float(a)), gmpy2.mpfr(_to_float(b))
        r = {"add": lambda: x + y, "sub": lambda: x - y, "mul": lambda: x * y,
             "div": lambda: x / y, "sqrt": lambda: gmpy2.sqrt(y)}[op]()
        r = gmpy2.check_range(r)
        value = float(r)
        return value, ctx.inexact, ctx.overflow, ctx.divzero


_T_OPS = {"add": H.OP_ADDT, "sub": H.OP_SUBT, "mul": H.OP_MULT, "div": H.OP_DIVT,
          "sqrt": H.OP_SQRTT}
_S_OPS = {"add": H.OP_ADDS, "sub": H.OP_SUBS, "mul": H.OP_MULS, "div": H.OP_DIVS,
          "sqrt": H.OP_SQRTS}


def _normal_t(draw_exp, frac, sign):
    return (sign << 63) | (draw_exp << 52) | frac


t_values = st.builds(_normal_t, st.integers(1, 2046), st.integers(0, (1 << 52) - 1),
                     st.integers(0, 1))
s_values = st.builds(lambda e, f, s: (s << 63) | ((0x380 + e) << 52) | (f << 29),
                     st.integers(1, 254), st.integers(0, (1 << 23) - 1), st.integers(0, 1))


@settings(max_examples=400, deadline=None)
@given(op=st.sampled_from(sorted(_T_OPS)), a=t_values, b=t_values,
       rm=st.sampled_from([C, M, N]), single=st.booleans(), sdata=st.data())
def test_ieee_arithmetic_is_exact_against_mpfr(op, a, b, rm, single, sdata):
    """/SUI: inputs normal, results denormal allowed; value, INE, OVF, DZE
    (with /SUI every flag is recorded in the FPCR; the trap follows)."""
    if single:
        a, b = sdata.draw(s_values), sdata.draw(s_values)
    if op == "sqrt":
        b &= H.M64 >> 1
    fn11 = S | U | I | rm
    r, fpcr, trap = H.execute((_S_OPS if single else _T_OPS)[op], fn11, a, b, 0)
    fa = H.s_to_f32(a) if single else a
    fb = H.s_to_f32(b) if single else b
    if single:
        fa = _to_bits(struct.unpack("<f", struct.pack("<I", fa))[0])
        fb = _to_bits(struct.unpack("<f", struct.pack("<I", fb))[0])
    value, inexact, overflow, divzero = _mpfr(op, fa, fb, rm, single)
    got = _to_float(r) if not single else struct.unpack(
        "<f", struct.pack("<I", H.s_to_f32(r)))[0]
    assert _to_bits(got) == _to_bits(value)
    assert bool(fpcr & B.FPCR_INE) == bool(inexact)
    assert bool(fpcr & B.FPCR_OVF) == bool(overflow)
    assert bool(fpcr & B.FPCR_DZE) == bool(divzero)


# --- the inline fast path equals the reference --------------------------------------------
_OPS = [(0x16, f, True, op) for f, op in ((0x00, H.OP_ADDS), (0x01, H.OP_SUBS), (0x02, H.OP_MULS),
                                         (0x03, H.OP_DIVS), (0x20, H.OP_ADDT), (0x21, H.OP_SUBT),
                                         (0x22, H.OP_MULT), (0x23, H.OP_DIVT), (0x24, H.OP_CMPTUN),
                                         (0x25, H.OP_CMPTEQ), (0x26, H.OP_CMPTLT),
                                         (0x27, H.OP_CMPTLE))]
_OPS += [(0x16, 0x2C, False, H.OP_CVTTS), (0x16, 0x2F, False, H.OP_CVTTQ),
         (0x16, 0x3C, False, H.OP_CVTQS), (0x16, 0x3E, False, H.OP_CVTQT),
         (0x14, 0x0B, False, H.OP_SQRTS), (0x14, 0x2B, False, H.OP_SQRTT)]
_QUALS = [rm | trap for rm in (C, M, N, D) for trap in (0, U, S | U, S | U | I)]
operands = st.one_of(t_values, s_values, st.integers(0, H.M64),
                     st.sampled_from([0, 1 << 63, ONE, INF, DENORMAL, 0x7FF8000000000000,
                                      0x0010000000000000, 0x7FEFFFFFFFFFFFFF]))
fpcrs = st.integers(0, H.M64).map(lambda x: x & (0x7C0F0000 << 32))


@settings(max_examples=300, deadline=None)
@given(insn=st.sampled_from(_OPS), qual=st.sampled_from(_QUALS), a=operands, b=operands,
       fpcr=fpcrs)
def test_translated_instruction_matches_reference(cpu, insn, qual, a, b, fpcr):
    opcode, fn, uses_a, op = insn
    fn11 = fn | qual
    word = fpop(opcode, fn11, ra=F1 if uses_a else 31)
    c = cpu.run(word, fir={F1: a, F2: b, F3: 0x5555AAAA5555AAAA}, fpcr=fpcr)
    r, want_fpcr, trap = H.execute(op, fn11, a if uses_a else 0, b, fpcr >> 32)
    assert c.get("fir", index=F3) == (0x5555AAAA5555AAAA if r is None else r)
    assert cpu.fpcr() == want_fpcr << 32
    assert (cpu.trapped() == ARITH) == (trap is not None)
    if trap is not None:
        assert c.get("trap_arg0") == trap.summary
