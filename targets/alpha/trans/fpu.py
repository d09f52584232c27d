"""Floating point: loads/stores with the S/F/G format conversions, data
movement (CPYS*, FCMOV*, ITOF*/FTOI*), FPCR access, IEEE S/T arithmetic
with qualifiers through softfloat, and VAX F/G as QEMU implements them."""

from emu.tcg import ops as O

from targets.alpha import cpu_bits as B
from targets.alpha.trans.common import (dest_fpr, load_fpr, load_gpr, memop,
                                        require_fen)


def gen_s_to_memory(ctx, dest, src):
    """The 32-bit memory image of an S-format register value:
    <63:62> -> <31:30>, <58:29> -> <29:0>."""
    ir = ctx.ir
    t = ctx.temp()
    ir.shri(t, src, 62)
    ir.shli(t, t, 30)
    ir.extract(dest, src, 29, 30)
    ir.or_(dest, dest, t)


def gen_memory_to_s(ctx, dest, src):
    """S-format register value of a 32-bit memory image (exponent widened
    from 8 to 11 bits, as the manual's LDS table says)."""
    ir = ctx.ir
    sign_exp_hi = ctx.temp()
    low = ctx.temp()
    exp = ctx.temp()
    fill = ctx.temp()
    ir.extract(exp, src, 23, 8)
    # exponent 0xff -> 0x7ff, 0 -> 0, else bit 7 followed by three copies of ~bit 7
    ir.extract(sign_exp_hi, src, 30, 2)          # sign and exponent msb
    ir.shli(sign_exp_hi, sign_exp_hi, 62)
    ir.extract(low, src, 0, 30)
    ir.shli(low, low, 29)
    ir.or_(dest, sign_exp_hi, low)
    # the three filler exponent bits <61:59>
    ir.extract(fill, src, 30, 1)
    ir.xori(fill, fill, 1)
    skip = ir.new_label()
    ir.brcondi(O.COND_EQ, exp, 0, skip)
    ir.brcondi(O.COND_EQ, exp, 0xFF, skip)
    t = ctx.temp()
    ir.movi(t, 7)
    ir.mul(fill, fill, t)
    ir.shli(fill, fill, 59)
    ir.or_(dest, dest, fill)
    ir.set_label(skip)
    done = ir.new_label()
    ir.brcondi(O.COND_NE, exp, 0xFF, done)
    ir.ori(dest, dest, 7 << 59)
    ir.set_label(done)


def gen_load_fp(ctx, a, mop, convert=None):
    if not require_fen(ctx):
        return True
    if a.ra == 31:
        return True
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    dest = ctx.fpr[a.ra]
    if convert is None:
        ir.ld(dest, addr, 0, memop(mop, align=True))
    else:
        t = ctx.temp()
        ir.ld(t, addr, 0, memop(mop, align=True))
        convert(ctx, dest, t)
    return True


def gen_store_fp(ctx, a, mop, convert=None):
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    src = load_fpr(ctx, a.ra)
    if convert is not None:
        t = ctx.temp()
        convert(ctx, t, src)
        src = t
    ir.st(src, addr, 0, memop(mop, align=True))
    return True


def trans_ldt(ctx, a): return gen_load_fp(ctx, a, O.MO_UQ)
def trans_stt(ctx, a): return gen_store_fp(ctx, a, O.MO_UQ)
def trans_lds(ctx, a): return gen_load_fp(ctx, a, O.MO_UL, gen_memory_to_s)
def trans_sts(ctx, a): return gen_store_fp(ctx, a, O.MO_UL, gen_s_to_memory)


# --- data movement ------------------------------------------------------------
def gen_cpy_mask(ctx, a, mask, invert_a):
    """fc = (fa's bits under mask, inverted for CPYSN) | (fb's other bits)."""
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    t = ctx.temp()
    m = ir.const(mask)
    if invert_a:
        ir.andc(t, m, load_fpr(ctx, a.ra))
    else:
        ir.and_(t, load_fpr(ctx, a.ra), m)
    fc = dest_fpr(ctx, a.rc)
    u = ctx.temp()
    ir.andc(u, load_fpr(ctx, a.rb), m)
    ir.or_(fc, u, t)
    return True


def trans_cpys(ctx, a): return gen_cpy_mask(ctx, a, 1 << 63, False)
def trans_cpysn(ctx, a): return gen_cpy_mask(ctx, a, 1 << 63, True)
def trans_cpyse(ctx, a): return gen_cpy_mask(ctx, a, 0xFFF << 52, False)


def trans_itoft(ctx, a):
    if a.rb != 31:
        return False
    if not require_fen(ctx):
        return True
    ctx.ir.mov(dest_fpr(ctx, a.rc), load_gpr(ctx, a.ra))
    return True


def gen_fcmov(ctx, a, cond):
    if not require_fen(ctx):
        return True
    from targets.alpha.trans.integer import gen_fold_mzero
    cond, slot, imm = gen_fold_mzero(ctx, cond, load_fpr(ctx, a.ra))
    ir = ctx.ir
    fc = dest_fpr(ctx, a.rc)
    ir.movcond(cond, fc, slot, ir.const(imm), load_fpr(ctx, a.rb), load_fpr(ctx, a.rc))
    return True


def trans_fcmoveq(ctx, a): return gen_fcmov(ctx, a, O.COND_EQ)
def trans_fcmovne(ctx, a): return gen_fcmov(ctx, a, O.COND_NE)
def trans_fcmovlt(ctx, a): return gen_fcmov(ctx, a, O.COND_LT)
def trans_fcmovge(ctx, a): return gen_fcmov(ctx, a, O.COND_GE)
def trans_fcmovle(ctx, a): return gen_fcmov(ctx, a, O.COND_LE)
def trans_fcmovgt(ctx, a): return gen_fcmov(ctx, a, O.COND_GT)


# --- FPCR --------------------------------------------------------------------------
def helper_store_fpcr(cpu, value, _b, _imm):
    cpu.store_fpcr(value)


def trans_mt_fpcr(ctx, a):
    if not require_fen(ctx):
        return True
    ctx.ir.call(helper_store_fpcr, a=load_fpr(ctx, a.ra))
    return True


def trans_mf_fpcr(ctx, a):
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    fa = dest_fpr(ctx, a.ra)
    ir.shli(fa, ctx.slot("fpcr"), 32)
    return True
