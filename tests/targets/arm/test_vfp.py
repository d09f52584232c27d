"""VFP instructions: bytes (with their assembly) -> S/D registers and FPSCR.

The arithmetic is checked against MPFR (gmpy2) with hypothesis-drawn
operands in every FPSCR rounding mode, with FZ and DN on and off, through a
model of the ARM rules on top of the IEEE reference: tininess before
rounding; FZ flushes subnormal inputs (IDC) and tiny results (UFC only);
NaN operands propagate (the first signaling one, quietened, else the first
quiet one; fused multiply-add looks at the addend first) unless DN asks
for the default NaN.
"""
import struct

import gmpy2
import pytest
from hypothesis import given, settings, strategies as st

from emu import softfloat as sf

from targets.arm import cpu_bits as B

from tests.emu.test_softfloat import (
    F32, F64, MPFR_OPS, exact, fields, floats, fma_operands, is_nan, is_snan, pairs,
    reference)
from tests.targets.arm.harness import CODE, DATA, STACK, make_cpu, run_code, words_to_bytes
from tests.targets.riscv.ir_interp import Interp, Stop, translate

HYPOTHESIS = dict(derandomize=True, deadline=None, database=None)
IOC, DZC, OFC, UFC, IXC, IDC = 1, 2, 4, 8, 16, 128
SF_TO_FPSCR = {sf.FLAG_NV: IOC, sf.FLAG_DZ: DZC, sf.FLAG_OF: OFC, sf.FLAG_UF: UFC,
               sf.FLAG_NX: IXC}
RMODES = {0: sf.RNE, 1: sf.RUP, 2: sf.RDN, 3: sf.RTZ}      # FPSCR.RMode -> IEEE
FZ, DN = B.FPSCR_FZ, B.FPSCR_DN


def f2b(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def d2b(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def enable_vfp(cpu):
    cpu.set("cpacr", 0xF << 20)
    cpu.set("fpexc", B.FPEXC_EN)
    cpu.update_tb_flags()


def set_s(cpu, n, bits):
    d = cpu.get("d", n >> 1)
    shift = 32 * (n & 1)
    cpu.set("d", (d & ~(0xFFFFFFFF << shift)) | ((bits & 0xFFFFFFFF) << shift), n >> 1)


def get_s(cpu, n):
    return (cpu.get("d", n >> 1) >> (32 * (n & 1))) & 0xFFFFFFFF


def vfp(words, fpscr=0, s=None, d=None, regs=None, thumb=False):
    """Run words with VFP enabled, FPSCR = fpscr and the given S/D values."""
    def setup(cpu):
        enable_vfp(cpu)
        cpu.fpscr_write(fpscr)
        for n, v in (d or {}).items():
            cpu.set("d", v, n)
        for n, v in (s or {}).items():
            set_s(cpu, n, v)
    return run_code(words, regs=regs, setup=setup, thumb=thumb)


class OneInsn:
    """One instruction translated once per FPSCR (FZ, DN) and run many times."""

    def __init__(self, word):
        self.cpu = make_cpu()
        enable_vfp(self.cpu)
        self.cpu.address_space.load(CODE, words_to_bytes([word]))
        self.blocks = {}

    def run(self, fpscr, s=None, d=None):
        cpu = self.cpu
        cpu.fpscr_write(fpscr)
        for n, v in (d or {}).items():
            cpu.set("d", v, n)
        for n, v in (s or {}).items():
            set_s(cpu, n, v)
        cpu.set("pc", CODE)
        key = fpscr & (FZ | DN)
        if key not in self.blocks:
            self.blocks[key] = translate(cpu, CODE, 1)[1]
        try:
            Interp(cpu).run(self.blocks[key])
        except Stop:
            pass
        return cpu


# --- the ARM model on top of the MPFR reference --------------------------------------------
def to_fpscr(flags):
    return sum(bit for f, bit in SF_TO_FPSCR.items() if flags & f)


def subnormal(fmt, x):
    _, e, m = fields(fmt, x)
    return e == 0 and m != 0


def quiet(fmt, x):
    return x | (1 << (fmt.fb - 1))


def arm_reference(fmt, name, operands, rmode, fpscr):
    """(result bits, FPSCR cumulative bits) of an ARM VFP operation."""
    flags = 0
    ops = list(operands)
    if fpscr & FZ:
        for i, x in enumerate(ops):
            if subnormal(fmt, x):
                ops[i] = x & (1 << (fmt.width - 1))
                flags |= IDC
    if any(is_nan(fmt, x) for x in ops):
        order = [ops[2], ops[0], ops[1]] if name == "fma" else ops
        if any(is_snan(fmt, x) for x in ops):
            flags |= IOC
        if name == "fma" and not is_snan(fmt, ops[2]) and is_nan(fmt, ops[2]):
            a, b = (fields(fmt, x) for x in ops[:2])
            inf_zero = {(a[1] == (1 << fmt.eb) - 1 and a[2] == 0, b[1] == 0 and b[2] == 0),
                        (b[1] == (1 << fmt.eb) - 1 and b[2] == 0, a[1] == 0 and a[2] == 0)}
            if (True, True) in inf_zero:
                return fmt.default_nan, flags | IOC
        if fpscr & DN:
            return fmt.default_nan, flags
        for x in order:
            if is_snan(fmt, x):
                return quiet(fmt, x), flags
        return next(x for x in order if is_nan(fmt, x)), flags
    args = [exact(fmt, x) for x in ops]
    op = MPFR_OPS[name]
    bits, sflags = reference(fmt, op, args, RMODES[rmode], tininess_before=True)
    bits &= (1 << fmt.width) - 1
    if fpscr & FZ:
        ctx = gmpy2.context(precision=4 * fmt.p, emin=-100000, emax=100000,
                            round=gmpy2.RoundToZero)
        value = op(ctx, *args)
        if value != 0 and abs(value) < fmt.min_normal and not gmpy2.is_nan(value):
            return (1 << (fmt.width - 1)) if value < 0 else 0, flags | UFC
    return bits, flags | to_fpscr(sflags)


FPSCRS = st.builds(lambda rmode, fz, dn: (rmode << 22) | (FZ if fz else 0) | (DN if dn else 0),
                   st.integers(0, 3), st.booleans(), st.booleans())

# name, width -> (instruction, operand registers in order)
BINARY = {
    ("add", 32): "ee300a81",            # vadd.f32 s0, s1, s2
    ("sub", 32): "ee300ac1",            # vsub.f32 s0, s1, s2
    ("mul", 32): "ee200a81",            # vmul.f32 s0, s1, s2
    ("div", 32): "ee800a81",            # vdiv.f32 s0, s1, s2
    ("add", 64): "ee310b02",            # vadd.f64 d0, d1, d2
    ("sub", 64): "ee310b42",            # vsub.f64 d0, d1, d2
    ("mul", 64): "ee210b02",            # vmul.f64 d0, d1, d2
    ("div", 64): "ee810b02",            # vdiv.f64 d0, d1, d2
}
RUNNERS = {}


def runner(word):
    if word not in RUNNERS:
        RUNNERS[word] = OneInsn(word)
    return RUNNERS[word]


def run_sp_dp(fmt, word, fpscr, operands):
    """Operands go to s1, s2, s0 (or d1, d2, d0); returns (s0/d0, FPSCR)."""
    r = runner(word)
    if fmt.width == 32:
        cpu = r.run(fpscr, s=dict(zip((1, 2, 0), operands)))
        return get_s(cpu, 0), cpu.fpscr_read()
    cpu = r.run(fpscr, d=dict(zip((1, 2, 0), operands)))
    return cpu.get("d", 0), cpu.fpscr_read()


def check(fmt, name, word, fpscr, operands, expected):
    got_bits, got_fpscr = run_sp_dp(fmt, word, fpscr, operands)
    bits, flags = expected
    assert (hex(got_bits), hex(got_fpscr & 0x9F)) == (hex(bits), hex(flags)), \
        (name, [hex(x) for x in operands], hex(fpscr))


WIDTHS = pytest.mark.parametrize("fmt", [F32, F64], ids=["f32", "f64"])


@WIDTHS
@pytest.mark.parametrize("name", ["add", "sub", "mul", "div"])
@settings(max_examples=60, **HYPOTHESIS)
@given(data=st.data())
def test_arithmetic_matches_mpfr_under_every_fpscr(fmt, name, data):
    a, b = data.draw(pairs(fmt))
    fpscr = data.draw(FPSCRS)
    check(fmt, name, BINARY[(name, fmt.width)], fpscr, (a, b),
          arm_reference(fmt, name, (a, b), (fpscr >> 22) & 3, fpscr))


@WIDTHS
@settings(max_examples=60, **HYPOTHESIS)
@given(data=st.data())
def test_vsqrt_matches_mpfr(fmt, data):
    a = data.draw(floats(fmt))
    fpscr = data.draw(FPSCRS)
    word = "eeb10ae1" if fmt.width == 32 else "eeb10bc1"   # vsqrt.f32 s0, s3 / vsqrt.f64 d0, d1
    if fmt.width == 32:
        cpu = runner(word).run(fpscr, s={3: a})
        got = get_s(cpu, 0), cpu.fpscr_read() & 0x9F
    else:
        cpu = runner(word).run(fpscr, d={1: a})
        got = cpu.get("d", 0), cpu.fpscr_read() & 0x9F
    assert got == arm_reference(fmt, "sqrt", (a,), (fpscr >> 22) & 3, fpscr), hex(a)


@WIDTHS
@settings(max_examples=60, **HYPOTHESIS)
@given(data=st.data())
def test_vfma_is_fused_and_looks_at_the_addend_nan_first(fmt, data):
    a, b, c = data.draw(fma_operands(fmt))
    fpscr = data.draw(FPSCRS)
    word = "eea00a81" if fmt.width == 32 else "eea10b02"   # vfma.f32 s0, s1, s2 / .f64 d0, d1, d2
    check(fmt, "fma", word, fpscr, (a, b, c),
          arm_reference(fmt, "fma", (a, b, c), (fpscr >> 22) & 3, fpscr))


@WIDTHS
@settings(max_examples=40, **HYPOTHESIS)
@given(data=st.data())
def test_vmla_rounds_the_product_then_adds_it_to_d(fmt, data):
    a, b, c = data.draw(fma_operands(fmt))
    fpscr = data.draw(FPSCRS)
    rmode = (fpscr >> 22) & 3
    word = "ee000a81" if fmt.width == 32 else "ee010b02"   # vmla.f32 s0, s1, s2 / .f64 d0, d1, d2
    product, f1 = arm_reference(fmt, "mul", (a, b), rmode, fpscr)
    result, f2 = arm_reference(fmt, "add", (c, product), rmode, fpscr)
    check(fmt, "vmla", word, fpscr, (a, b, c), (result, f1 | f2))


@WIDTHS
@settings(max_examples=60, **HYPOTHESIS)
@given(data=st.data())
def test_vcmp_and_vcmpe_set_fpscr_nzcv(fmt, data):
    a, b = data.draw(pairs(fmt))
    fpscr = data.draw(FPSCRS)
    signaling = data.draw(st.booleans())
    if fmt.width == 32:
        word = "eeb40ae0" if signaling else "eeb40a60"      # vcmpe.f32 s0, s1 / vcmp.f32 s0, s1
        cpu = runner(word).run(fpscr, s={0: a, 1: b})
    else:
        word = "eeb40bc1" if signaling else "eeb40b41"      # vcmpe.f64 d0, d1 / vcmp.f64 d0, d1
        cpu = runner(word).run(fpscr, d={0: a, 1: b})
    flags = 0
    x, y = a, b
    if fpscr & FZ:
        if subnormal(fmt, x) or subnormal(fmt, y):
            flags |= IDC
        x = x & (1 << (fmt.width - 1)) if subnormal(fmt, x) else x
        y = y & (1 << (fmt.width - 1)) if subnormal(fmt, y) else y
    if is_nan(fmt, x) or is_nan(fmt, y):
        nzcv = 0x3
        if signaling or is_snan(fmt, x) or is_snan(fmt, y):
            flags |= IOC
    else:
        vx, vy = exact(fmt, x), exact(fmt, y)
        nzcv = 0x6 if vx == vy else 0x8 if vx < vy else 0x2
    got = cpu.fpscr_read()
    assert (got >> 28, got & 0x9F) == (nzcv, flags), ([hex(a), hex(b)], hex(fpscr))


# --- conversions ----------------------------------------------------------------------------------
def int_reference(fmt, x, width, signed, rmode, fpscr, fbits=0):
    """FPToFixed: NaN -> 0 with IOC; saturate with IOC only; else IXC if inexact."""
    flags = 0
    if fpscr & FZ and subnormal(fmt, x):
        x &= 1 << (fmt.width - 1)
        flags |= IDC
    if is_nan(fmt, x):
        return 0, flags | IOC
    lo, hi = (-(1 << (width - 1)), (1 << (width - 1)) - 1) if signed else (0, (1 << width) - 1)
    sign, e, _ = fields(fmt, x)
    if e == (1 << fmt.eb) - 1:
        return (lo if sign else hi), flags | IOC
    value = exact(fmt, x) * gmpy2.mpfr(2) ** fbits
    ctx = gmpy2.context(precision=2000, round={0: gmpy2.RoundToNearest, 1: gmpy2.RoundUp,
                                                2: gmpy2.RoundDown, 3: gmpy2.RoundToZero}[rmode])
    n = int(ctx.rint(value))
    if n < lo or n > hi:
        return (lo if n < lo else hi), flags | IOC
    return n, flags | (IXC if n != value else 0)


@WIDTHS
@settings(max_examples=80, **HYPOTHESIS)
@given(data=st.data())
def test_vcvt_to_integer_rounds_by_fpscr_or_towards_zero(fmt, data):
    x = data.draw(floats(fmt))
    fpscr = data.draw(FPSCRS)
    signed = data.draw(st.booleans())
    rz = data.draw(st.booleans())
    # vcvt{r}.{s,u}32.f32 s0, s1 / vcvt{r}.{s,u}32.f64 s0, d1
    word = 0xEEBC0A40 | (signed << 16) | (rz << 7) | (0x100 if fmt.width == 64 else 0)
    word |= 0x20 if fmt.width == 32 else 1
    if fmt.width == 32:
        cpu = runner("%08x" % word).run(fpscr, s={1: x})
    else:
        cpu = runner("%08x" % word).run(fpscr, d={1: x})
    n, flags = int_reference(fmt, x, 32, signed, 3 if rz else (fpscr >> 22) & 3, fpscr)
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (n & 0xFFFFFFFF, flags), hex(x)


@WIDTHS
@settings(max_examples=80, **HYPOTHESIS)
@given(data=st.data())
def test_vcvt_to_fixed_point_saturates_to_16_or_32_bits(fmt, data):
    x = data.draw(floats(fmt))
    fpscr = data.draw(FPSCRS)
    unsigned = data.draw(st.booleans())
    sx = data.draw(st.booleans())
    size = 32 if sx else 16
    fbits = data.draw(st.integers(1 if sx else 0, size))     # imm4:i is 5 bits
    imm = size - fbits
    # vcvt.{s,u}{16,32}.f{32,64} s0/d0, s0/d0, #fbits
    word = (0xEEBE0A40 | (unsigned << 16) | (sx << 7) | ((imm & 1) << 5) | (imm >> 1)
            | (0x100 if fmt.width == 64 else 0))
    if fmt.width == 32:
        cpu = runner("%08x" % word).run(fpscr, s={0: x})
        got = get_s(cpu, 0)
        mask = 0xFFFFFFFF
    else:
        cpu = runner("%08x" % word).run(fpscr, d={0: x})
        got = cpu.get("d", 0)
        mask = (1 << 64) - 1
    n, flags = int_reference(fmt, x, size, not unsigned, 3, fpscr, fbits)
    assert (hex(got), cpu.fpscr_read() & 0x9F) == (hex(n & mask), flags), (hex(x), fbits)


@settings(max_examples=80, **HYPOTHESIS)
@given(value=st.integers(0, 0xFFFFFFFF), fpscr=FPSCRS, unsigned=st.booleans(),
       sx=st.booleans(), fbits=st.integers(0, 32), wide=st.booleans())
def test_vcvt_from_fixed_point_rounds_once_to_nearest(value, fpscr, unsigned, sx, fbits, wide):
    size = 32 if sx else 16
    fbits = min(max(fbits, 1 if sx else 0), size)
    imm = size - fbits
    # vcvt.f{32,64}.{s,u}{16,32} s0/d0, s0/d0, #fbits
    word = (0xEEBA0A40 | (unsigned << 16) | (sx << 7) | ((imm & 1) << 5) | (imm >> 1)
            | (0x100 if wide else 0))
    fmt = F64 if wide else F32
    if wide:
        cpu = runner("%08x" % word).run(fpscr, d={0: value | (0xABCD << 32)})
        got = cpu.get("d", 0)
    else:
        cpu = runner("%08x" % word).run(fpscr, s={0: value})
        got = get_s(cpu, 0)
    n = value & ((1 << size) - 1)
    if not unsigned and n >> (size - 1):
        n -= 1 << size
    ctx = gmpy2.context(precision=fmt.p, round=gmpy2.RoundToNearest)   # whatever FPSCR says
    want = ctx.div(gmpy2.mpz(n), gmpy2.mpz(1) << fbits)
    bits = f2b(float(want)) if not wide else d2b(float(want))
    assert (hex(got), cpu.fpscr_read() & 0x9F) == (hex(bits), IXC if ctx.inexact else 0)


def test_vcvt_between_precisions_quietens_nans_and_rounds():
    cpu = vfp(["eeb70ae0"], s={1: 0x7F800001})            # vcvt.f64.f32 d0, s1 (sNaN)
    assert (cpu.get("d", 0), cpu.fpscr_read() & 0x9F) == (0x7FF8000020000000, IOC)
    cpu = vfp(["eeb70bc1"], d={1: d2b(1 / 3)})             # vcvt.f32.f64 s0, d1
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (f2b(1 / 3), IXC)
    cpu = vfp(["eeb70bc1"], d={1: d2b(1 / 3)}, fpscr=3 << 22)   # round towards zero
    assert get_s(cpu, 0) == 0x3EAAAAAA and cpu.fpscr_read() & IXC
    cpu = vfp(["eeb70bc1"], d={1: d2b(1e300)})
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (0x7F800000, OFC | IXC)


def test_vcvt_int_to_float_uses_fpscr_rounding():
    cpu = vfp(["eeb80ae0"], s={1: 0x7FFFFFFF})             # vcvt.f32.s32 s0, s1
    assert get_s(cpu, 0) == f2b(2.0 ** 31) and cpu.fpscr_read() & 0x9F == IXC
    cpu = vfp(["eeb80ae0"], s={1: 0x7FFFFFFF}, fpscr=3 << 22)
    assert get_s(cpu, 0) == f2b(2.0 ** 31) - 1
    cpu = vfp(["eeb81b61"], s={3: 0xFFFFFFFF})             # vcvt.f64.u32 d1, s3
    assert cpu.get("d", 1) == d2b(4294967295.0)


def test_vcvtb_and_vcvtt_convert_half_precision():
    cpu = vfp(["eeb20ae0"], s={1: 0x3C00 << 16})           # vcvtt.f32.f16 s0, s1
    assert get_s(cpu, 0) == f2b(1.0)
    cpu = vfp(["eeb30a60"], s={0: 0xAAAA0000, 1: f2b(65520.0)})  # vcvtb.f16.f32 s0, s1
    assert get_s(cpu, 0) == 0xAAAA7C00 and cpu.fpscr_read() & 0x9F == OFC | IXC


# --- FZ / DN / rounding specifics ----------------------------------------------------------------
def test_flush_to_zero_flushes_inputs_with_idc_and_outputs_with_ufc():
    tiny = 0x00000001                                      # smallest subnormal
    cpu = vfp(["ee300a81"], s={1: tiny, 2: 0}, fpscr=FZ)   # vadd.f32 s0, s1, s2
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (0, IDC)
    cpu = vfp(["ee200a81"], s={1: f2b(2.0 ** -100), 2: f2b(-2.0 ** -30)}, fpscr=FZ)
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (0x80000000, UFC)
    cpu = vfp(["ee200a81"], s={1: f2b(2.0 ** -100), 2: f2b(2.0 ** -30)})
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (0x00080000, 0)   # 2**-130, exact


def test_default_nan_mode_and_nan_propagation():
    snan, qnan = 0x7F800005, 0xFFC00007
    cpu = vfp(["ee300a81"], s={1: qnan, 2: snan})          # vadd.f32 s0, s1, s2
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (0x7FC00005, IOC)
    cpu = vfp(["ee300a81"], s={1: qnan, 2: f2b(1.0)}, fpscr=DN)
    assert (get_s(cpu, 0), cpu.fpscr_read() & 0x9F) == (0x7FC00000, 0)
    cpu = vfp(["eeb10a41"], s={2: qnan})                   # vneg.f32 s0, s2: a NaN too
    assert get_s(cpu, 0) == 0x7FC00007


def test_vnmla_vnmls_vmls_vnmul_negate_as_the_manual_says():
    args = {1: f2b(3.0), 2: f2b(5.0), 0: f2b(2.0)}
    results = {
        "ee000ac1": 2.0 - 15.0,                            # vmls.f32 s0, s1, s2
        "ee100ac1": -2.0 - 15.0,                           # vnmla.f32 s0, s1, s2
        "ee100a81": -2.0 + 15.0,                           # vnmls.f32 s0, s1, s2
        "ee200ac1": -15.0,                                 # vnmul.f32 s0, s1, s2
        "eea00ac1": 2.0 - 15.0,                            # vfms.f32 s0, s1, s2
        "ee900ac1": -2.0 - 15.0,                           # vfnma.f32 s0, s1, s2
        "ee900a81": -2.0 + 15.0,                           # vfnms.f32 s0, s1, s2
    }
    for word, want in results.items():
        assert get_s(vfp([word], s=args), 0) == f2b(want), word


def test_fpscr_reads_back_what_qemu_keeps():
    cpu = vfp(["eee10a10",                                 # vmsr fpscr, r0
               "eef11a10"],                                # vmrs r1, fpscr
              regs={0: 0xFFFFFFFF})
    assert cpu.reg(1) == 0xFFF7009F
    assert cpu.env.tb_flags & B.TBF_FZ and cpu.env.tb_flags & B.TBF_DN


def test_vmrs_apsr_nzcv_copies_the_compare_result():
    cpu = vfp(["eeb40a60",                                 # vcmp.f32 s0, s1
               "eef1fa10",                                 # vmrs APSR_nzcv, fpscr
               "b3a02001"],                                # movlt r2, #1
              s={0: f2b(1.0), 1: f2b(2.0)})
    assert cpu.reg(2) == 1 and cpu.cpsr_read() >> 28 == 0x8
    cpu = vfp(["eeb40a60", "eef1fa10"], s={0: 0x7FC00000, 1: f2b(2.0)})
    assert cpu.cpsr_read() >> 28 == 0x3


def test_vmov_transfers_exactly():
    cpu = vfp(["eeb80b04",                                 # vmov.f64 d0, #-2.5
               "ec510b10",                                 # vmov r0, r1, d0
               "ec432b11",                                 # vmov d1, r2, r3
               "ee102a10",                                 # vmov r2, s0 ... (low word)
               "ec454a12"],                                # vmov s4, s5, r4, r5
              regs={2: 0xAAAA5555, 3: 0x12345678, 4: 7, 5: 9})
    assert (cpu.reg(0), cpu.reg(1)) == (0, 0xC0040000)
    assert cpu.get("d", 1) == 0x12345678AAAA5555
    assert cpu.get("d", 2) == (9 << 32) | 7


def test_vldr_vstr_vldm_vstm_vpush_vpop():
    def setup(cpu):
        cpu.address_space.write(DATA + 8, 4, 0x11111111)
        cpu.address_space.write(DATA + 12, 4, 0x22222222)
        cpu.address_space.write(DATA + 16, 4, 0x33333333)
    cpu = make_cpu()
    enable_vfp(cpu)
    cpu = run_code(["ed900b02",                            # vldr d0, [r0, #8]
                    "ed901a04",                            # vldr s2, [r0, #16]
                    "ed2d0b02",                            # vpush {d0}
                    "ecbd2a02",                            # vpop {s4, s5}
                    "ec812b04",                            # vstmia r1, {d2, d3}
                    "eca10a02",                            # vstmia r1!, {s0, s1}
                    "ed621a02"],                           # vstmdb r2!, {s3, s4}
                   regs={0: DATA, 1: DATA + 0x100, 2: DATA + 0x200, 13: STACK},
                   setup=lambda c: (enable_vfp(c), setup(c)))
    assert cpu.get("d", 0) == 0x2222222211111111 and get_s(cpu, 2) == 0x33333333
    assert cpu.get("d", 2) == 0x2222222211111111 and cpu.reg(13) == STACK
    assert cpu.address_space.read(DATA + 0x100, 4) == 0x11111111   # s0 (second store)
    assert cpu.reg(1) == DATA + 0x108 and cpu.reg(2) == DATA + 0x1F8
    assert cpu.address_space.read(DATA + 0x1FC, 4) == 0x11111111   # s4


def test_vfp_disabled_is_undefined():
    cpu = make_cpu()
    cpu.address_space.load(CODE + 4, (0xEAFFFFFE).to_bytes(4, "little"))  # undef vector: b .
    cpu.address_space.load(CODE + 0x100, words_to_bytes(["ee300a81"]))   # vadd.f32
    cpu.set("vbar", CODE)
    cpu.set("pc", CODE + 0x100)
    from tests.targets.riscv.ir_interp import run
    run(cpu, max_insns=3)
    assert cpu.mode == B.MODE_UND and cpu.reg(14) == CODE + 0x104


def test_thumb_vfp_encodings_are_the_arm_ones():
    cpu = vfp(["ee300a81",                                 # vadd.f32 s0, s1, s2
               "ee100a10"],                                # vmov r0, s0
              s={1: f2b(1.5), 2: f2b(2.0)}, thumb=True)
    assert cpu.reg(0) == f2b(3.5)
