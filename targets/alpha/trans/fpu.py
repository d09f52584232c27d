"""Floating point: S/T loads and stores, data movement (CPYS*, FCMOV*,
ITOFS/ITOFT), FPCR access and IEEE S/T arithmetic with qualifiers through
softfloat.  Like QEMU, the IEEE instructions also keep QEMU's fp_status up
to date for the VAX ones (targets/alpha/trans/vax.py): the rounding mode
and flush-to-zero they store (``gen_qual_roundmode`` / ``gen_qual_flushzero``)
and the softfloat flags VAX instructions left pending, which they report
as their own."""

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
    if ctx.tb_rm == H.QUAL_RM_D:
        ctx.tb_rm = -1                # copy FPCR.DYN again at its next use
    return True


def trans_mf_fpcr(ctx, a):
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    fa = dest_fpr(ctx, a.ra)
    ir.shli(fa, ctx.slot("fpcr"), 32)
    return True


# --- IEEE S and T arithmetic (opcodes 0x14 and 0x16) ------------------------------
# The common case runs inline through the softfloat ``fop``; anything out of
# the ordinary branches to targets.alpha.fpu_helper.helper_ieee, which does
# the whole instruction with QEMU's semantics (see that module).
from emu import softfloat as sf                              # noqa: E402
from emu.tcg import fops as F                                # noqa: E402

from targets.alpha import fpu_helper as H                    # noqa: E402


def gen_screen(ctx, value, slow, drop=1, exp_shift=53, exp_max=0x7FF):
    """Branch to slow unless value (T layout) is zero or a normal number:
    shifted left by ``drop`` (the sign out), zero is fine, else the exponent
    (after a further right shift by ``exp_shift``) must be neither 0 nor
    ``exp_max``."""
    ir = ctx.ir
    t = ctx.temp()
    ok = ir.new_label()
    ir.shli(t, value, drop)
    ir.brcondi(O.COND_EQ, t, 0, ok)
    ir.shri(t, t, exp_shift)
    ir.brcondi(O.COND_EQ, t, 0, slow)
    ir.brcondi(O.COND_EQ, t, exp_max, slow)
    ir.set_label(ok)


def gen_screen_f32(ctx, value, slow):
    """Branch to slow unless binary32 value is zero or normal (an S value
    whose T-layout register looked normal can still be one of these)."""
    gen_screen(ctx, value, slow, drop=33, exp_shift=56, exp_max=0xFF)


def gen_s_to_f32(ctx, dest, reg):
    """binary32 bits of the S value in a register."""
    ir = ctx.ir
    t = ctx.temp()
    ir.shri(t, reg, 32)
    ir.andi(t, t, 0xC0000000)
    ir.shri(dest, reg, 29)
    ir.andi(dest, dest, 0x3FFFFFFF)
    ir.or_(dest, dest, t)


def _fop_rounding(ctx, fn11):
    """(rm, frm slot) of the fop for the instruction's rounding qualifier."""
    q = fn11 & H.QUAL_RM_MASK
    if q == H.QUAL_RM_D:
        return O.FOP_RM_DYN, ctx.slot("fpcr_dyn_rm")
    return H._QUAL_RM[q], 0


def gen_qual_roundmode(ctx, fn11):
    """Store the qualifier's rounding mode into fp_rm (QEMU's fp_status
    rounding mode, which the VAX instructions use), once per TB and mode."""
    q = fn11 & H.QUAL_RM_MASK
    if q == ctx.tb_rm:
        return
    ctx.tb_rm = q
    if q == H.QUAL_RM_D:
        ctx.ir.mov(ctx.slot("fp_rm"), ctx.slot("fpcr_dyn_rm"))
    else:
        ctx.ir.movi(ctx.slot("fp_rm"), H._QUAL_RM[q])


def gen_qual_flushzero(ctx, fn11):
    """fp_ftz = FPCR.UNFD && UNDZ with /U, else 1 (QEMU's fp_status
    flush_to_zero), once per TB and setting."""
    q = fn11 & H.QUAL_U
    if q == ctx.tb_ftz:
        return
    ctx.tb_ftz = q
    if q:
        ctx.ir.mov(ctx.slot("fp_ftz"), ctx.slot("fpcr_ftz"))
    else:
        ctx.ir.movi(ctx.slot("fp_ftz"), 1)


def gen_qual_fp_status(ctx, fn11):
    gen_qual_roundmode(ctx, fn11)
    gen_qual_flushzero(ctx, fn11)


def _exp_field(ctx, dest, value, single):
    """dest = the exponent field of a binary32/64 result (sign dropped)."""
    ir = ctx.ir
    ir.shli(dest, value, 33 if single else 1)
    ir.shri(dest, dest, 56 if single else 53)


class _Ieee:
    """One IEEE instruction being emitted: labels and operand slots."""

    def __init__(self, ctx, a, op):
        self.ctx, self.a, self.op = ctx, a, op
        ir = ctx.ir
        self.slow = ir.new_label()
        self.done = ir.new_label()
        self.va = load_fpr(ctx, a.ra)
        self.vb = load_fpr(ctx, a.rb)
        self.flags = ctx.temp()
        self.res = ctx.temp()

    def screen(self, *regs):
        for reg in regs:
            if reg != 31:
                gen_screen(self.ctx, load_fpr(self.ctx, reg), self.slow)

    def fop(self, fop, x, y=None, consume=True):
        """res = fop(x, y); flags = its softfloat flags, plus (consume) the
        flags VAX instructions left pending, which QEMU reports here."""
        ctx = self.ctx
        rm, frm = _fop_rounding(ctx, self.a.fn11)
        if consume:
            ctx.ir.mov(self.flags, ctx.slot("fp_pending"))
        else:
            ctx.ir.movi(self.flags, 0)
        ctx.ir.fop(self.res, x, ctx.zero if y is None else y, -1, fop, rm, 0, self.flags, frm)

    def write(self, convert=None):
        """The destination <- res (through convert)."""
        ctx = self.ctx
        fc = dest_fpr(ctx, self.a.rc)
        if convert is None:
            ctx.ir.mov(fc, self.res)
        else:
            convert(ctx, fc, self.res)

    def clear_pending(self):
        self.ctx.ir.movi(self.ctx.slot("fp_pending"), 0)

    def inexact_ok(self, consumed=True):
        """Code for flags == NX alone (no /I): record FPCR.INE as QEMU does
        without /S (with /S an ignored exception is not recorded)."""
        if consumed:
            self.clear_pending()
        if not self.a.fn11 & H.QUAL_S:
            fpcr = self.ctx.slot("fpcr")
            self.ctx.ir.ori(fpcr, fpcr, B.FPCR_INE)

    def float_result(self, single, convert=None):
        """Accept an exact result, or an inexact one without /I, unless it
        lies at the bottom of the normal range (flush-to-zero territory)."""
        ctx, ir = self.ctx, self.ctx.ir
        exact = ir.new_label()
        store = ir.new_label()
        t = ctx.temp()
        ir.brcondi(O.COND_EQ, self.flags, 0, exact)
        ir.brcondi(O.COND_NE, self.flags, sf.FLAG_NX, self.slow)
        if self.a.fn11 & H.QUAL_I:
            ir.br(self.slow)
        else:
            _exp_field(ctx, t, self.res, single)
            ir.brcondi(O.COND_LEU, t, 1, self.slow)
            self.inexact_ok()
            ir.br(store)
        ir.set_label(exact)
        ir.shli(t, self.res, 33 if single else 1)
        ir.brcondi(O.COND_EQ, t, 0, store)
        _exp_field(ctx, t, self.res, single)
        ir.brcondi(O.COND_EQ, t, 0, self.slow)
        ir.set_label(store)
        self.write(convert)
        self.finish()

    def finish(self):
        ctx, ir = self.ctx, self.ctx.ir
        ir.br(self.done)
        ir.set_label(self.slow)
        a = self.a
        ir.call(H.helper_ieee, a=self.va, b=self.vb,
                imm=self.op | (a.fn11 << 8) | (a.rc << 20))
        ir.set_label(self.done)


def gen_ieee_arith(ctx, a, op, fop, single, unary=False):
    if unary and a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    gen_qual_fp_status(ctx, a.fn11)
    g = _Ieee(ctx, a, op)
    if unary:
        g.screen(a.rb)
    else:
        g.screen(a.ra, a.rb)
    if single:
        y = ctx.temp()
        gen_s_to_f32(ctx, y, g.vb)
        gen_screen_f32(ctx, y, g.slow)
        if unary:
            g.fop(fop, y)
        else:
            x = ctx.temp()
            gen_s_to_f32(ctx, x, g.va)
            gen_screen_f32(ctx, x, g.slow)
            g.fop(fop, x, y)
        g.float_result(True, gen_memory_to_s)
    else:
        if unary:
            g.fop(fop, g.vb)
        else:
            g.fop(fop, g.va, g.vb)
        g.float_result(False)
    return True


def trans_adds(ctx, a): return gen_ieee_arith(ctx, a, H.OP_ADDS, F.FOP_F32_ADD, True)
def trans_subs(ctx, a): return gen_ieee_arith(ctx, a, H.OP_SUBS, F.FOP_F32_SUB, True)
def trans_muls(ctx, a): return gen_ieee_arith(ctx, a, H.OP_MULS, F.FOP_F32_MUL, True)
def trans_divs(ctx, a): return gen_ieee_arith(ctx, a, H.OP_DIVS, F.FOP_F32_DIV, True)
def trans_addt(ctx, a): return gen_ieee_arith(ctx, a, H.OP_ADDT, F.FOP_F64_ADD, False)
def trans_subt(ctx, a): return gen_ieee_arith(ctx, a, H.OP_SUBT, F.FOP_F64_SUB, False)
def trans_mult(ctx, a): return gen_ieee_arith(ctx, a, H.OP_MULT, F.FOP_F64_MUL, False)
def trans_divt(ctx, a): return gen_ieee_arith(ctx, a, H.OP_DIVT, F.FOP_F64_DIV, False)


def trans_sqrts(ctx, a):
    return require_amask_fix(ctx) and gen_ieee_arith(ctx, a, H.OP_SQRTS, F.FOP_F32_SQRT, True, True)


def trans_sqrtt(ctx, a):
    return require_amask_fix(ctx) and gen_ieee_arith(ctx, a, H.OP_SQRTT, F.FOP_F64_SQRT, False, True)


def require_amask_fix(ctx):
    return bool(ctx.amask & B.AMASK_FIX)


def gen_cmpt(ctx, a, op, fop):
    if not require_fen(ctx):
        return True
    g = _Ieee(ctx, a, op)
    g.screen(a.ra, a.rb)
    ir = ctx.ir
    if fop is None:                   # CMPTUN: ordered operands here
        ir.brcondi(O.COND_NE, ctx.slot("fp_pending"), 0, g.slow)
        ir.movi(g.res, 0)
    else:
        g.fop(fop, g.va, g.vb)
        ir.brcondi(O.COND_NE, g.flags, 0, g.slow)
        ir.shli(g.res, g.res, 62)     # true -> 2.0
    g.write()
    g.finish()
    return True


def trans_cmptun(ctx, a): return gen_cmpt(ctx, a, H.OP_CMPTUN, None)
def trans_cmpteq(ctx, a): return gen_cmpt(ctx, a, H.OP_CMPTEQ, F.FOP_F64_EQ)
def trans_cmptlt(ctx, a): return gen_cmpt(ctx, a, H.OP_CMPTLT, F.FOP_F64_LT)
def trans_cmptle(ctx, a): return gen_cmpt(ctx, a, H.OP_CMPTLE, F.FOP_F64_LE)


def trans_cvtts(ctx, a):
    if a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    gen_qual_fp_status(ctx, a.fn11)
    g = _Ieee(ctx, a, H.OP_CVTTS)
    g.screen(a.rb)
    g.fop(F.FOP_F64_TO_F32, g.vb)
    g.float_result(True, gen_memory_to_s)
    return True


def trans_cvtst(ctx, a):
    if a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    gen_qual_fp_status(ctx, a.fn11)
    g = _Ieee(ctx, a, H.OP_CVTST)
    g.screen(a.rb)
    x = ctx.temp()
    gen_s_to_f32(ctx, x, g.vb)
    gen_screen_f32(ctx, x, g.slow)
    g.fop(F.FOP_F32_TO_F64, x)
    ctx.ir.brcondi(O.COND_NE, g.flags, 0, g.slow)
    g.write()
    g.finish()
    return True


def trans_cvttq(ctx, a):
    if a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    g = _Ieee(ctx, a, H.OP_CVTTQ)
    ir = ctx.ir
    g.screen(a.rb)
    # QEMU sets the rounding mode after the input check (the slow path's
    # helper does it there); /C uses a helper that does not set it
    if a.fn11 & H.QUAL_RM_MASK != H.QUAL_RM_C:
        gen_qual_roundmode(ctx, a.fn11)
    g.fop(F.FOP_F64_TO_I64, g.vb, consume=False)
    store = ir.new_label()
    ir.brcondi(O.COND_EQ, g.flags, 0, store)
    ir.brcondi(O.COND_NE, g.flags, sf.FLAG_NX, g.slow)
    if a.fn11 & H.QUAL_I:
        ir.br(g.slow)
    else:
        g.inexact_ok(consumed=False)
    ir.set_label(store)
    g.write()
    g.finish()
    return True


def gen_cvtq(ctx, a, op, fop, single):
    """CVTQS / CVTQT: only /I makes the inexact flag matter (QEMU)."""
    if a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    gen_qual_roundmode(ctx, a.fn11)
    g = _Ieee(ctx, a, op)
    g.fop(fop, g.vb)
    if a.fn11 & H.QUAL_I:
        ctx.ir.brcondi(O.COND_NE, g.flags, 0, g.slow)
    else:
        g.clear_pending()             # QEMU reads and drops the flags
    g.write(gen_memory_to_s if single else None)
    g.finish()
    return True


def trans_cvtqs(ctx, a): return gen_cvtq(ctx, a, H.OP_CVTQS, F.FOP_I64_TO_F32, True)
def trans_cvtqt(ctx, a): return gen_cvtq(ctx, a, H.OP_CVTQT, F.FOP_I64_TO_F64, False)


def trans_cvtql(ctx, a):
    if a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    ctx.ir.call(H.helper_ieee, a=ctx.zero, b=load_fpr(ctx, a.rb),
                imm=H.OP_CVTQL | (a.fn11 << 8) | (a.rc << 20))
    return True


def trans_cvtlq(ctx, a):
    """fc = sext(fb<63:62> : fb<58:29>)."""
    if a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    vb = load_fpr(ctx, a.rb)
    fc = dest_fpr(ctx, a.rc)
    t = ctx.temp()
    u = ctx.temp()
    ir.sari(t, vb, 32)
    ir.andi(t, t, -0x40000000)              # sign-extended <63:62> at <31:30>
    ir.extract(u, vb, 29, 30)
    ir.or_(fc, t, u)
    return True


def trans_itofs(ctx, a):
    if a.rb != 31 or not require_amask_fix(ctx):
        return False
    if not require_fen(ctx):
        return True
    t = ctx.temp()
    ctx.ir.ext32u(t, load_gpr(ctx, a.ra))
    gen_memory_to_s(ctx, dest_fpr(ctx, a.rc), t)
    return True
