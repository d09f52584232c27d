"""VFPv3/VFPv4 (D32): data processing through emu.softfloat, the
transfers to and from core registers, VMRS/VMSR and the loads and stores.

Floating-point state: ``d[0..31]`` hold the double registers; S<2n> is the
low half of D<n> and S<2n+1> the high half.  Every softfloat ``fop`` ORs
its flags into ``fp_status`` (FPSCR's cumulative bits, softfloat layout,
with sf.FLAG_ID for IDC) and reads FPSCR.RMode from ``fp_rm``; FZ and DN
are translation-time constants from tb_flags.  The FPSCR NZCV bits live in
the ``fpscr`` slot.

QEMU behaviour that is not plain IEEE and is copied here: VMLA/VMLS/VNMLA/
VNMLS round twice (multiply, then add, the addend first); the negations of
VNMLA..., VFMS/VFNMA/VFNMS flip the sign bit of the operand even when it is
a NaN; float -> integer of a NaN gives 0 with IOC.
"""

from emu import softfloat as sf
from emu.tcg import fops as F
from emu.tcg import ops as O
from emu.tcg.helpers import GuestException

from targets.arm import cpu_bits as B
from targets.arm.trans.common import (
    MASK32, gen_addr_imm, gen_end_tb, gen_undef, load_reg, load_reg_aligned_pc,
    memop, reg_slot, store_reg)

SIGN32 = 0x80000000
SIGN64 = 1 << 63

# ARM FPSCR.NZCV after a compare, indexed by sf.REL_* (LESS, EQUAL, GREATER,
# UNORDERED), four bits each.
_NZCV_OF_REL = 0x8 | (0x6 << 4) | (0x2 << 8) | (0x3 << 12)


# --- guards and register access --------------------------------------------------------
def vfp_access(ctx):
    """False (after emitting UNDEF) when FPEXC.EN or CPACR forbid VFP."""
    if ctx.vfp_enabled:
        return True
    gen_undef(ctx)
    return False


def _d(ctx, n):
    return ctx.d_base + n


def read_s(ctx, n):
    """A temp holding S<n> (zero-extended)."""
    t = ctx.temp()
    if n & 1:
        ctx.ir.shri(t, _d(ctx, n >> 1), 32)
    else:
        ctx.ir.ext32u(t, _d(ctx, n >> 1))
    return t


def write_s(ctx, n, value):
    slot = _d(ctx, n >> 1)
    ctx.ir.deposit(slot, slot, value, 32 * (n & 1), 32)


def read_reg(ctx, n, dp):
    if dp:
        return _d(ctx, n)
    return read_s(ctx, n)


def write_reg(ctx, n, value, dp):
    if dp:
        ctx.ir.mov(_d(ctx, n), value)
    else:
        write_s(ctx, n, value)


def fp_mode(ctx):
    """softfloat mode bits of the ARM VFP (FZ and DN from tb_flags)."""
    mode = sf.MODE_TININESS_BEFORE | sf.MODE_FMA_ADDEND_NAN_FIRST
    if not ctx.dn:
        mode |= sf.MODE_PROPAGATE_NAN
    if ctx.fz:
        mode |= sf.MODE_FLUSH_TO_ZERO
    return mode


def gen_fop(ctx, op, a, b=-1, c=-1, rm=None, flags_slot=None):
    """A temp = softfloat op(a, b, c); rm None = FPSCR.RMode."""
    t = ctx.temp()
    if flags_slot is None:
        flags_slot = ctx.slot("fp_status")
    ctx.ir.fop(t, a, b, c, op, O.FOP_RM_DYN if rm is None else rm, fp_mode(ctx),
               flags_slot, ctx.slot("fp_rm"))
    return t


def gen_neg(ctx, value, dp):
    t = ctx.temp()
    ctx.ir.xori(t, value, SIGN64 if dp else SIGN32)
    return t


def _ops(dp, sp_op, dp_op):
    return dp_op if dp else sp_op


# --- three-operand arithmetic -----------------------------------------------------------------
def gen_binop(ctx, a, dp, sp_op, dp_op, negate=False):
    if not vfp_access(ctx):
        return True
    r = gen_fop(ctx, _ops(dp, sp_op, dp_op), read_reg(ctx, a.vn, dp), read_reg(ctx, a.vm, dp))
    if negate:
        r = gen_neg(ctx, r, dp)
    write_reg(ctx, a.vd, r, dp)
    return True


def gen_mac(ctx, a, dp, neg_product, neg_addend):
    """VMLA family: d = (+-d) + (+-(n * m)), rounded after the multiply too."""
    if not vfp_access(ctx):
        return True
    prod = gen_fop(ctx, _ops(dp, F.FOP_F32_MUL, F.FOP_F64_MUL),
                   read_reg(ctx, a.vn, dp), read_reg(ctx, a.vm, dp))
    if neg_product:
        prod = gen_neg(ctx, prod, dp)
    addend = read_reg(ctx, a.vd, dp)
    if neg_addend:
        addend = gen_neg(ctx, addend, dp)
    r = gen_fop(ctx, _ops(dp, F.FOP_F32_ADD, F.FOP_F64_ADD), addend, prod)
    write_reg(ctx, a.vd, r, dp)
    return True


def gen_fused(ctx, a, dp, neg_n, neg_d):
    """VFMA family: d = (+-d) + (+-n) * m with one rounding."""
    if not vfp_access(ctx):
        return True
    n = read_reg(ctx, a.vn, dp)
    if neg_n:
        n = gen_neg(ctx, n, dp)
    addend = read_reg(ctx, a.vd, dp)
    if neg_d:
        addend = gen_neg(ctx, addend, dp)
    r = gen_fop(ctx, _ops(dp, F.FOP_F32_FMADD, F.FOP_F64_FMADD), n, read_reg(ctx, a.vm, dp), addend)
    write_reg(ctx, a.vd, r, dp)
    return True


def trans_VADD_sp(ctx, a): return gen_binop(ctx, a, False, F.FOP_F32_ADD, F.FOP_F64_ADD)
def trans_VADD_dp(ctx, a): return gen_binop(ctx, a, True, F.FOP_F32_ADD, F.FOP_F64_ADD)
def trans_VSUB_sp(ctx, a): return gen_binop(ctx, a, False, F.FOP_F32_SUB, F.FOP_F64_SUB)
def trans_VSUB_dp(ctx, a): return gen_binop(ctx, a, True, F.FOP_F32_SUB, F.FOP_F64_SUB)
def trans_VMUL_sp(ctx, a): return gen_binop(ctx, a, False, F.FOP_F32_MUL, F.FOP_F64_MUL)
def trans_VMUL_dp(ctx, a): return gen_binop(ctx, a, True, F.FOP_F32_MUL, F.FOP_F64_MUL)
def trans_VNMUL_sp(ctx, a): return gen_binop(ctx, a, False, F.FOP_F32_MUL, F.FOP_F64_MUL, True)
def trans_VNMUL_dp(ctx, a): return gen_binop(ctx, a, True, F.FOP_F32_MUL, F.FOP_F64_MUL, True)
def trans_VDIV_sp(ctx, a): return gen_binop(ctx, a, False, F.FOP_F32_DIV, F.FOP_F64_DIV)
def trans_VDIV_dp(ctx, a): return gen_binop(ctx, a, True, F.FOP_F32_DIV, F.FOP_F64_DIV)

def trans_VMLA_sp(ctx, a): return gen_mac(ctx, a, False, False, False)
def trans_VMLA_dp(ctx, a): return gen_mac(ctx, a, True, False, False)
def trans_VMLS_sp(ctx, a): return gen_mac(ctx, a, False, True, False)
def trans_VMLS_dp(ctx, a): return gen_mac(ctx, a, True, True, False)
def trans_VNMLA_sp(ctx, a): return gen_mac(ctx, a, False, True, True)
def trans_VNMLA_dp(ctx, a): return gen_mac(ctx, a, True, True, True)
def trans_VNMLS_sp(ctx, a): return gen_mac(ctx, a, False, False, True)
def trans_VNMLS_dp(ctx, a): return gen_mac(ctx, a, True, False, True)

def trans_VFMA_sp(ctx, a): return gen_fused(ctx, a, False, False, False)
def trans_VFMA_dp(ctx, a): return gen_fused(ctx, a, True, False, False)
def trans_VFMS_sp(ctx, a): return gen_fused(ctx, a, False, True, False)
def trans_VFMS_dp(ctx, a): return gen_fused(ctx, a, True, True, False)
def trans_VFNMA_sp(ctx, a): return gen_fused(ctx, a, False, True, True)
def trans_VFNMA_dp(ctx, a): return gen_fused(ctx, a, True, True, True)
def trans_VFNMS_sp(ctx, a): return gen_fused(ctx, a, False, False, True)
def trans_VFNMS_dp(ctx, a): return gen_fused(ctx, a, True, False, True)


# --- two-operand and immediate forms -----------------------------------------------------------
def vfp_expand_imm(imm8, dp):
    """VFPExpandImm: sign, NOT(b6):Replicate(b6):b5b4, b3..b0 then zeros."""
    sign = imm8 >> 7
    b6 = (imm8 >> 6) & 1
    if dp:
        exp = ((b6 ^ 1) << 10) | ((0xFF if b6 else 0) << 2) | ((imm8 >> 4) & 3)
        return (sign << 63) | (exp << 52) | ((imm8 & 0xF) << 48)
    exp = ((b6 ^ 1) << 7) | ((0x1F if b6 else 0) << 2) | ((imm8 >> 4) & 3)
    return (sign << 31) | (exp << 23) | ((imm8 & 0xF) << 19)


def gen_vmov_imm(ctx, a, dp):
    if not vfp_access(ctx):
        return True
    write_reg(ctx, a.vd, ctx.const(vfp_expand_imm(a.imm, dp)), dp)
    return True


def trans_VMOV_imm_sp(ctx, a): return gen_vmov_imm(ctx, a, False)
def trans_VMOV_imm_dp(ctx, a): return gen_vmov_imm(ctx, a, True)


def gen_bitop(ctx, a, dp, kind):
    """VMOV (register), VABS, VNEG: sign-bit operations, no flags."""
    if not vfp_access(ctx):
        return True
    src = read_reg(ctx, a.vm, dp)
    t = ctx.temp()
    sign = SIGN64 if dp else SIGN32
    if kind == "abs":
        ctx.ir.andi(t, src, ~sign)
    elif kind == "neg":
        ctx.ir.xori(t, src, sign)
    else:
        ctx.ir.mov(t, src)
    write_reg(ctx, a.vd, t, dp)
    return True


def trans_VMOV_reg_sp(ctx, a): return gen_bitop(ctx, a, False, "mov")
def trans_VMOV_reg_dp(ctx, a): return gen_bitop(ctx, a, True, "mov")
def trans_VABS_sp(ctx, a): return gen_bitop(ctx, a, False, "abs")
def trans_VABS_dp(ctx, a): return gen_bitop(ctx, a, True, "abs")
def trans_VNEG_sp(ctx, a): return gen_bitop(ctx, a, False, "neg")
def trans_VNEG_dp(ctx, a): return gen_bitop(ctx, a, True, "neg")


def gen_unop(ctx, a, op, dp_src, dp_dst, rm=None):
    if not vfp_access(ctx):
        return True
    write_reg(ctx, a.vd, gen_fop(ctx, op, read_reg(ctx, a.vm, dp_src), rm=rm), dp_dst)
    return True


def trans_VSQRT_sp(ctx, a): return gen_unop(ctx, a, F.FOP_F32_SQRT, False, False)
def trans_VSQRT_dp(ctx, a): return gen_unop(ctx, a, F.FOP_F64_SQRT, True, True)
def trans_VCVT_sp_dp(ctx, a): return gen_unop(ctx, a, F.FOP_F32_TO_F64, False, True)
def trans_VCVT_dp_sp(ctx, a): return gen_unop(ctx, a, F.FOP_F64_TO_F32, True, False)


# --- compares -------------------------------------------------------------------------------------
def gen_vcmp(ctx, a, dp):
    if not vfp_access(ctx):
        return True
    ir = ctx.ir
    d = read_reg(ctx, a.vd, dp)
    m = ctx.const(0) if a.z else read_reg(ctx, a.vm, dp)
    if dp:
        op = F.FOP_F64_CMPE if a.e else F.FOP_F64_CMP
    else:
        op = F.FOP_F32_CMPE if a.e else F.FOP_F32_CMP
    rel = gen_fop(ctx, op, d, m)
    ir.shli(rel, rel, 2)
    nzcv = ctx.const(_NZCV_OF_REL)
    ir.shr(nzcv, nzcv, rel)
    fpscr = ctx.slot("fpscr")
    ir.deposit(fpscr, fpscr, nzcv, 28, 4)
    return True


def trans_VCMP_sp(ctx, a): return gen_vcmp(ctx, a, False)
def trans_VCMP_dp(ctx, a): return gen_vcmp(ctx, a, True)


# --- conversions -----------------------------------------------------------------------------------
_INT_TO_FLOAT = {(False, False): F.FOP_U32_TO_F32, (False, True): F.FOP_I32_TO_F32,
                 (True, False): F.FOP_U32_TO_F64, (True, True): F.FOP_I32_TO_F64}
_FLOAT_TO_INT = {(False, False): F.FOP_F32_TO_U32, (False, True): F.FOP_F32_TO_I32,
                 (True, False): F.FOP_F64_TO_U32, (True, True): F.FOP_F64_TO_I32}


def gen_nan_to_zero(ctx, result, src, dp):
    """result = 0 when src is a NaN (ARM float -> integer)."""
    ir = ctx.ir
    mag = ctx.temp()
    ir.andi(mag, src, ~(SIGN64 if dp else SIGN32))
    inf = ctx.const(0x7FF0000000000000 if dp else 0x7F800000)
    zero = ctx.const(0)
    ir.movcond(O.COND_GT, result, mag, inf, zero, result)


def trans_VCVT_int_sp(ctx, a):
    return gen_unop(ctx, a, _INT_TO_FLOAT[(False, bool(a.s))], False, False)


def trans_VCVT_int_dp(ctx, a):
    return gen_unop(ctx, a, _INT_TO_FLOAT[(True, bool(a.s))], False, True)


def gen_vcvt_to_int(ctx, a, dp):
    if not vfp_access(ctx):
        return True
    src = read_reg(ctx, a.vm, dp)
    r = gen_fop(ctx, _FLOAT_TO_INT[(dp, bool(a.s))], src, rm=sf.RTZ if a.rz else None)
    gen_nan_to_zero(ctx, r, src, dp)
    write_s(ctx, a.vd, r)
    return True


def trans_VCVT_sp_int(ctx, a): return gen_vcvt_to_int(ctx, a, False)
def trans_VCVT_dp_int(ctx, a): return gen_vcvt_to_int(ctx, a, True)


def _power_of_two(exponent, dp):
    if dp:
        return (exponent + 1023) << 52
    return (exponent + 127) << 23


def gen_vcvt_fix(ctx, a, dp):
    """VCVT between floating point and 16/32-bit fixed point, in place.
    To fixed: scale by 2**fbits (exact: the operand keeps its
    significand) then convert rounding towards zero; from fixed: convert
    the integer rounding to nearest (AArch32 FixedToFP ignores FPSCR.RMode)
    then scale by 2**-fbits (exact: the result stays normal), so both round
    once as FPToFixed/FixedToFP do."""
    size = 32 if a.sx else 16
    fbits = size - a.imm
    if fbits < 0:
        return False
    if not vfp_access(ctx):
        return True
    ir = ctx.ir
    src = read_reg(ctx, a.vd, dp)
    unsigned = bool(a.u)
    mul = F.FOP_F64_MUL if dp else F.FOP_F32_MUL
    if a.opc == 0:                                         # fixed -> float
        x = ctx.temp()
        if size == 16:
            (ir.ext16u if unsigned else ir.ext16s)(x, src)
        else:
            ir.ext32u(x, src)
        r = gen_fop(ctx, _INT_TO_FLOAT[(dp, not unsigned)], x, rm=sf.RNE)
        if fbits:
            r = gen_fop(ctx, mul, r, ctx.const(_power_of_two(-fbits, dp)), rm=sf.RNE)
        write_reg(ctx, a.vd, r, dp)
        return True
    status = ctx.slot("fp_status")
    scratch = ctx.const(0)
    x = src
    if fbits:
        x = gen_fop(ctx, mul, src, ctx.const(_power_of_two(fbits, dp)), flags_slot=scratch)
        ir.andi(scratch, scratch, sf.FLAG_ID)           # keep only IDC of the scaling
        ir.or_(status, status, scratch)
        ir.movi(scratch, 0)
    r = gen_fop(ctx, _FLOAT_TO_INT[(dp, not unsigned)], x, rm=sf.RTZ, flags_slot=scratch)
    if size == 16:
        lo, hi = (0, 0xFFFF) if unsigned else (-0x8000, 0x7FFF)
        for cond, bound in ((O.COND_GT, hi), (O.COND_LT, lo)):
            b = ctx.const(bound)
            nv = ctx.const(sf.FLAG_NV)
            ir.movcond(cond, scratch, r, b, nv, scratch)
            ir.movcond(cond, r, r, b, b, r)
    ir.or_(status, status, scratch)
    gen_nan_to_zero(ctx, r, src, dp)
    if dp:
        if unsigned:
            ir.ext32u(r, r)
        write_reg(ctx, a.vd, r, True)
    else:
        write_s(ctx, a.vd, r)
    return True


def trans_VCVT_fix_sp(ctx, a): return gen_vcvt_fix(ctx, a, False)
def trans_VCVT_fix_dp(ctx, a): return gen_vcvt_fix(ctx, a, True)


def trans_VCVT_f32_f16(ctx, a):
    """VCVTB/VCVTT.F32.F16 (IEEE half precision; FPSCR.AHP is not modelled)."""
    if not vfp_access(ctx):
        return True
    h = ctx.temp()
    ctx.ir.extract(h, _d(ctx, a.vm >> 1), 32 * (a.vm & 1) + 16 * a.t, 16)
    write_s(ctx, a.vd, gen_fop(ctx, F.FOP_F16_TO_F32, h))
    return True


def trans_VCVT_f16_f32(ctx, a):
    if not vfp_access(ctx):
        return True
    r = gen_fop(ctx, F.FOP_F32_TO_F16, read_s(ctx, a.vm))
    slot = _d(ctx, a.vd >> 1)
    ctx.ir.deposit(slot, slot, r, 32 * (a.vd & 1) + 16 * a.t, 16)
    return True


# --- transfers to and from core registers -------------------------------------------------------
def trans_VMOV_single(ctx, a):
    if a.rt == 15:
        return False
    if not vfp_access(ctx):
        return True
    if a.l:
        store_reg(ctx, a.rt, read_s(ctx, a.vn))
    else:
        write_s(ctx, a.vn, load_reg(ctx, a.rt))
    return True


def _vmov_scalar(ctx, a):
    if a.rt == 15:
        return False
    if not vfp_access(ctx):
        return True
    slot = _d(ctx, a.vn)
    if a.l:
        t = ctx.temp()
        ctx.ir.extract(t, slot, 32 * a.idx, 32)
        store_reg(ctx, a.rt, t)
    else:
        ctx.ir.deposit(slot, slot, load_reg(ctx, a.rt), 32 * a.idx, 32)
    return True


def trans_VMOV_to_scalar(ctx, a): return _vmov_scalar(ctx, a)
def trans_VMOV_from_scalar(ctx, a): return _vmov_scalar(ctx, a)


def trans_VMOV_64_sp(ctx, a):
    if a.rt == 15 or a.rt2 == 15 or a.vm == 31 or (a.l and a.rt == a.rt2):
        return False
    if not vfp_access(ctx):
        return True
    if a.l:
        store_reg(ctx, a.rt, read_s(ctx, a.vm))
        store_reg(ctx, a.rt2, read_s(ctx, a.vm + 1))
    else:
        write_s(ctx, a.vm, load_reg(ctx, a.rt))
        write_s(ctx, a.vm + 1, load_reg(ctx, a.rt2))
    return True


def trans_VMOV_64_dp(ctx, a):
    if a.rt == 15 or a.rt2 == 15 or (a.l and a.rt == a.rt2):
        return False
    if not vfp_access(ctx):
        return True
    slot = _d(ctx, a.vm)
    ir = ctx.ir
    if a.l:
        lo = ctx.temp()
        ir.ext32u(lo, slot)
        hi = ctx.temp()
        ir.shri(hi, slot, 32)
        store_reg(ctx, a.rt, lo)
        store_reg(ctx, a.rt2, hi)
    else:
        lo = ctx.temp()
        ir.ext32u(lo, load_reg(ctx, a.rt))
        ir.deposit(slot, lo, load_reg(ctx, a.rt2), 32, 32)
    return True


# --- VMRS and VMSR ----------------------------------------------------------------------------------
FPSID, FPSCR, MVFR1, MVFR0, FPEXC = 0, 1, 6, 7, 8


def _cp10_allowed(cpu):
    cp10 = (cpu.env.cpacr >> 20) & 3
    return cp10 == 3 or (cp10 == 1 and cpu.mode != B.MODE_USR)


def helper_vfp_sysreg_read(cpu, _a, _b, reg):
    if reg == FPSCR:
        return cpu.fpscr_read()
    if not _cp10_allowed(cpu):
        raise GuestException(B.EXCP_UDEF, 4)
    if reg == FPSID:
        return cpu.fpsid
    if reg == MVFR0:
        return cpu.mvfr0
    if reg == MVFR1:
        return cpu.mvfr1
    return cpu.get("fpexc") & MASK32


def helper_vfp_sysreg_write(cpu, value, _b, reg):
    if reg == FPSCR:
        cpu.fpscr_write(value)
        return
    if not _cp10_allowed(cpu):
        raise GuestException(B.EXCP_UDEF, 4)
    if reg == FPEXC:
        cpu.set("fpexc", value & 0xC0000000)       # EX and EN; the rest RAZ/WI
        cpu.update_tb_flags()


def trans_VMSR_VMRS(ctx, a):
    reg = a.reg
    if reg not in (FPSID, FPSCR, MVFR1, MVFR0, FPEXC):
        return False
    if reg != FPSCR and ctx.mode == B.MODE_USR:
        return False
    if reg in (MVFR0, MVFR1) and not a.l:
        return False
    if reg == FPSCR and not vfp_access(ctx):
        return True
    ir = ctx.ir
    if a.l:
        if a.rt == 15:
            if reg != FPSCR:
                return False
            gen_vmrs_apsr_nzcv(ctx)
            return True
        t = ctx.temp()
        ir.call(helper_vfp_sysreg_read, d=t, imm=reg)
        store_reg(ctx, a.rt, t)
        return True
    if a.rt == 15:
        return False
    if reg == FPSID:
        return True                                   # writes ignored
    ir.call(helper_vfp_sysreg_write, a=load_reg(ctx, a.rt), imm=reg)
    gen_end_tb(ctx)
    return True


def gen_vmrs_apsr_nzcv(ctx):
    """VMRS APSR_nzcv, FPSCR: copy FPSCR.NZCV into the split flags."""
    ir = ctx.ir
    fpscr = ctx.slot("fpscr")
    ir.ext32s(ctx.nf, fpscr)
    t = ctx.temp()
    ir.extract(t, fpscr, 30, 1)
    ir.xori(ctx.zf, t, 1)
    ir.extract(ctx.cf, fpscr, 29, 1)
    ir.shli(t, fpscr, 3)
    ir.ext32s(ctx.vf, t)


def gen_vmrs_vmsr(ctx, a, is_write):
    """MCR/MRC on cp10/cp11 that the VFP decoder did not take: UNDEFINED."""
    return gen_undef(ctx)


# --- loads and stores ---------------------------------------------------------------------------------
def _base(ctx, rn):
    return load_reg_aligned_pc(ctx, rn)


def gen_load_store(ctx, addr, n, dp, load):
    """One S or D register at addr (D as two word accesses: alignment 4)."""
    ir = ctx.ir
    mo = memop(ctx, O.MO_UL | O.MO_ALIGN)
    if not dp:
        if load:
            t = ctx.temp()
            ir.ld(t, addr, 0, mo)
            write_s(ctx, n, t)
        else:
            ir.st(read_s(ctx, n), addr, 0, mo)
        return
    slot = _d(ctx, n)
    if load:
        lo = ctx.temp()
        hi = ctx.temp()
        ir.ld(lo, addr, 0, mo)
        ir.ld(hi, addr, 4, mo)
        ir.deposit(slot, lo, hi, 32, 32)
    else:
        lo = ctx.temp()
        ir.ext32u(lo, slot)
        hi = ctx.temp()
        ir.shri(hi, slot, 32)
        ir.st(lo, addr, 0, mo)
        ir.st(hi, addr, 4, mo)


def gen_vldr(ctx, a, dp):
    if not vfp_access(ctx):
        return True
    offset = a.imm * 4
    addr = gen_addr_imm(ctx, _base(ctx, a.rn), offset if a.u else -offset)
    gen_load_store(ctx, addr, a.vd, dp, a.l)
    return True


def trans_VLDR_VSTR_sp(ctx, a): return gen_vldr(ctx, a, False)
def trans_VLDR_VSTR_dp(ctx, a): return gen_vldr(ctx, a, True)


def gen_vldm(ctx, a, dp):
    """VLDM/VSTM (VPUSH/VPOP): IA or DB, optional write-back; an odd
    imm8 with D registers is FLDMX/FSTMX (one extra word of offset)."""
    n = a.imm >> 1 if dp else a.imm
    if n == 0 or a.vd + n > 32 or (dp and n > 16):
        return False
    if a.rn == 15 and a.w:
        return False
    if not vfp_access(ctx):
        return True
    ir = ctx.ir
    base = _base(ctx, a.rn)
    addr = ctx.temp()
    total = a.imm * 4
    ir.addi(addr, base, -total if a.p else 0)
    ir.ext32u(addr, addr)
    step = 8 if dp else 4
    for i in range(n):
        cur = gen_addr_imm(ctx, addr, i * step) if i else addr
        gen_load_store(ctx, cur, a.vd + i, dp, a.l)
    if a.w:
        new = gen_addr_imm(ctx, base, -total if a.p else total)
        ir.mov(reg_slot(ctx, a.rn), new)
    return True


def trans_VLDM_VSTM_sp(ctx, a): return gen_vldm(ctx, a, False)
def trans_VLDM_VSTM_dp(ctx, a): return gen_vldm(ctx, a, True)
