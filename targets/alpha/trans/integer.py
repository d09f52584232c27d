"""Integer operate instructions (opcodes 0x10..0x13, 0x1c), branches,
jumps and the miscellaneous group (0x18).

Semantics follow the Alpha Architecture Reference Manual; where QEMU is
the reference for corner cases (overflow traps write the destination, then
trap with exc_addr = next insn; `AMASK` clears the bits of implemented
extensions) the comments say so.
"""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from emu.tcg.translator import DISAS_NORETURN

from targets.alpha import cpu_bits as B
from targets.alpha.trans.common import (
    DISAS_PC_STALE, DISAS_PC_UPDATED, dest_gpr, gen_goto_tb, gen_load_flag_byte,
    gen_store_flag_byte, gen_zapnoti, load_fpr, load_gpr, operand_b, require_amask,
    require_fen, require_no_lit, require_reg_31, zapnot_mask)

_M64 = (1 << 64) - 1


# --- Python helpers (rare or awkward in the IR) ------------------------------------
def helper_check_overflow(cpu, a, b, _imm):
    """Integer overflow trap when the two values differ (QEMU arith_excp
    with EXC_M_IOV, exc_addr = next insn)."""
    if a != b:
        cpu.env.trap_arg0 = B.EXC_M_IOV
        cpu.env.trap_arg1 = 0
        raise GuestException(B.EXCP_ARITH | B.EXCP_AFTER_INSN)


def _bytes(v):
    return [(v >> (8 * i)) & 0xFF for i in range(8)]


def helper_cmpbge(cpu, a, b, _imm):
    ab, bb = _bytes(a), _bytes(b)
    return sum(1 << i for i in range(8) if ab[i] >= bb[i])


def helper_zapnot(cpu, a, b, _imm):
    return a & zapnot_mask(b & 0xFF)


def helper_zap(cpu, a, b, _imm):
    return a & ~zapnot_mask(b & 0xFF)


def _lanes(v, width):
    n = 64 // width
    mask = (1 << width) - 1
    return [(v >> (width * i)) & mask for i in range(n)]


def _pack(lanes, width):
    return sum((x & ((1 << width) - 1)) << (width * i) for i, x in enumerate(lanes))


def _sx(x, width):
    return x - (1 << width) if x >> (width - 1) else x


def _mvi_minmax(width, signed, use_max):
    def helper(cpu, a, b, _imm):
        la, lb = _lanes(a, width), _lanes(b, width)
        if signed:
            la = [_sx(x, width) for x in la]
            lb = [_sx(x, width) for x in lb]
        pick = max if use_max else min
        return _pack([pick(x, y) for x, y in zip(la, lb)], width)
    return helper


helper_minub8 = _mvi_minmax(8, False, False)
helper_minsb8 = _mvi_minmax(8, True, False)
helper_minuw4 = _mvi_minmax(16, False, False)
helper_minsw4 = _mvi_minmax(16, True, False)
helper_maxub8 = _mvi_minmax(8, False, True)
helper_maxsb8 = _mvi_minmax(8, True, True)
helper_maxuw4 = _mvi_minmax(16, False, True)
helper_maxsw4 = _mvi_minmax(16, True, True)


def helper_perr(cpu, a, b, _imm):
    return sum(abs(x - y) for x, y in zip(_bytes(a), _bytes(b)))


def helper_pklb(cpu, _a, b, _imm):
    return (b & 0xFF) | ((b >> 24) & 0xFF00)


def helper_pkwb(cpu, _a, b, _imm):
    return _pack([_lanes(b, 16)[i] & 0xFF for i in range(4)], 8)


def helper_unpkbl(cpu, _a, b, _imm):
    return (b & 0xFF) | ((b & 0xFF00) << 24)


def helper_unpkbw(cpu, _a, b, _imm):
    return _pack(_bytes(b)[:4], 16)


# --- shared emitters -----------------------------------------------------------
def gen_opr(ctx, a, emit):
    """rc = emit(ra, operand b)."""
    emit(dest_gpr(ctx, a.rc), load_gpr(ctx, a.ra), operand_b(ctx, a))
    return True


def gen_scaled(ctx, a, scale, sub, longword):
    """SxADDx / SxSUBx / ADDx / SUBx: rc = (ra << scale) +- b."""
    ir = ctx.ir
    va = load_gpr(ctx, a.ra)
    if scale:
        t = ctx.temp()
        ir.shli(t, va, scale)
        va = t
    vc = dest_gpr(ctx, a.rc)
    (ir.sub if sub else ir.add)(vc, va, operand_b(ctx, a))
    if longword:
        ir.ext32s(vc, vc)
    return True


def gen_call(ctx, a, helper, use_a=True):
    ctx.ir.call(helper, d=dest_gpr(ctx, a.rc), a=load_gpr(ctx, a.ra) if use_a else -1,
                b=operand_b(ctx, a))
    return True


# --- opcode 0x10: integer arithmetic ------------------------------------------------
def trans_addl(ctx, a): return gen_scaled(ctx, a, 0, False, True)
def trans_s4addl(ctx, a): return gen_scaled(ctx, a, 2, False, True)
def trans_s8addl(ctx, a): return gen_scaled(ctx, a, 3, False, True)
def trans_subl(ctx, a): return gen_scaled(ctx, a, 0, True, True)
def trans_s4subl(ctx, a): return gen_scaled(ctx, a, 2, True, True)
def trans_s8subl(ctx, a): return gen_scaled(ctx, a, 3, True, True)
def trans_addq(ctx, a): return gen_scaled(ctx, a, 0, False, False)
def trans_s4addq(ctx, a): return gen_scaled(ctx, a, 2, False, False)
def trans_s8addq(ctx, a): return gen_scaled(ctx, a, 3, False, False)
def trans_subq(ctx, a): return gen_scaled(ctx, a, 0, True, False)
def trans_s4subq(ctx, a): return gen_scaled(ctx, a, 2, True, False)
def trans_s8subq(ctx, a): return gen_scaled(ctx, a, 3, True, False)


def gen_cmp(ctx, a, cond):
    return gen_opr(ctx, a, lambda d, x, y: ctx.ir.setcond(cond, d, x, y))


def trans_cmpeq(ctx, a): return gen_cmp(ctx, a, O.COND_EQ)
def trans_cmplt(ctx, a): return gen_cmp(ctx, a, O.COND_LT)
def trans_cmple(ctx, a): return gen_cmp(ctx, a, O.COND_LE)
def trans_cmpult(ctx, a): return gen_cmp(ctx, a, O.COND_LTU)
def trans_cmpule(ctx, a): return gen_cmp(ctx, a, O.COND_LEU)
def trans_cmpbge(ctx, a): return gen_call(ctx, a, helper_cmpbge)


def gen_overflow_l(ctx, a, emit):
    """ADDL/V, SUBL/V, MULL/V: 64-bit result of the sign-extended longwords,
    rc = its low longword; trap when the two differ."""
    ir = ctx.ir
    t = ctx.temp()
    u = ctx.temp()
    ir.ext32s(t, load_gpr(ctx, a.ra))
    ir.ext32s(u, operand_b(ctx, a))
    emit(t, t, u)
    vc = dest_gpr(ctx, a.rc)
    ir.ext32s(vc, t)
    ir.call(helper_check_overflow, a=vc, b=t)
    return True


def trans_addl_v(ctx, a): return gen_overflow_l(ctx, a, ctx.ir.add)
def trans_subl_v(ctx, a): return gen_overflow_l(ctx, a, ctx.ir.sub)


def gen_overflow_q(ctx, a, sub):
    """ADDQ/V, SUBQ/V: signed overflow from the operand and result signs."""
    ir = ctx.ir
    va = ctx.temp()
    vb = ctx.temp()
    ir.mov(va, load_gpr(ctx, a.ra))
    ir.mov(vb, operand_b(ctx, a))
    vc = dest_gpr(ctx, a.rc)
    (ir.sub if sub else ir.add)(vc, va, vb)
    t = ctx.temp()
    u = ctx.temp()
    if sub:
        ir.xor(t, va, vb)           # operands of different sign ...
    else:
        ir.xor(t, va, vb)
        ir.not_(t, t)               # ... or the same sign for an add
    ir.xor(u, va, vc)               # and the result's sign differs from a's
    ir.and_(t, t, u)
    ir.shri(t, t, 63)
    ir.call(helper_check_overflow, a=t, b=ctx.zero)
    return True


def trans_addq_v(ctx, a): return gen_overflow_q(ctx, a, False)
def trans_subq_v(ctx, a): return gen_overflow_q(ctx, a, True)


# --- opcode 0x11: logical, conditional move ---------------------------------------
def trans_and(ctx, a): return gen_opr(ctx, a, ctx.ir.and_)
def trans_bic(ctx, a): return gen_opr(ctx, a, ctx.ir.andc)
def trans_bis(ctx, a): return gen_opr(ctx, a, ctx.ir.or_)
def trans_ornot(ctx, a): return gen_opr(ctx, a, ctx.ir.orc)
def trans_xor(ctx, a): return gen_opr(ctx, a, ctx.ir.xor)


def trans_eqv(ctx, a):
    def emit(d, x, y):
        ctx.ir.xor(d, x, y)
        ctx.ir.not_(d, d)
    return gen_opr(ctx, a, emit)


def gen_cmov(ctx, a, cond, test_low_bit=False):
    ir = ctx.ir
    va = load_gpr(ctx, a.ra)
    vb = operand_b(ctx, a)
    vc = dest_gpr(ctx, a.rc)
    old = load_gpr(ctx, a.rc)
    if test_low_bit:
        ir.movcond(cond, vc, va, ir.const(1), vb, old)
    else:
        ir.movcond(cond, vc, va, ctx.zero, vb, old)
    return True


def trans_cmoveq(ctx, a): return gen_cmov(ctx, a, O.COND_EQ)
def trans_cmovne(ctx, a): return gen_cmov(ctx, a, O.COND_NE)
def trans_cmovlt(ctx, a): return gen_cmov(ctx, a, O.COND_LT)
def trans_cmovge(ctx, a): return gen_cmov(ctx, a, O.COND_GE)
def trans_cmovle(ctx, a): return gen_cmov(ctx, a, O.COND_LE)
def trans_cmovgt(ctx, a): return gen_cmov(ctx, a, O.COND_GT)
def trans_cmovlbs(ctx, a): return gen_cmov(ctx, a, O.COND_TSTNE, True)
def trans_cmovlbc(ctx, a): return gen_cmov(ctx, a, O.COND_TSTEQ, True)


def trans_amask(ctx, a):
    if not require_reg_31(a.ra):
        return False
    ctx.ir.andi(dest_gpr(ctx, a.rc), operand_b(ctx, a), ~ctx.amask)
    return True


def trans_implver(ctx, a):
    if not require_reg_31(a.ra):
        return False
    ctx.ir.movi(dest_gpr(ctx, a.rc), ctx.implver)
    return True


# --- opcode 0x12: shifts and byte manipulation -------------------------------------
def gen_shift(ctx, a, emit_i, emit_r):
    ir = ctx.ir
    vc = dest_gpr(ctx, a.rc)
    va = load_gpr(ctx, a.ra)
    if a.islit:
        emit_i(vc, va, a.lit & 63)
    else:
        t = ctx.temp()
        ir.andi(t, load_gpr(ctx, a.rb), 63)
        emit_r(vc, va, t)
    return True


def trans_sll(ctx, a): return gen_shift(ctx, a, ctx.ir.shli, ctx.ir.shl)
def trans_srl(ctx, a): return gen_shift(ctx, a, ctx.ir.shri, ctx.ir.shr)
def trans_sra(ctx, a): return gen_shift(ctx, a, ctx.ir.sari, ctx.ir.sar)


def _byte_shift(ctx, a):
    """8 * (rb & 7) in a temp."""
    t = ctx.temp()
    ctx.ir.andi(t, load_gpr(ctx, a.rb), 7)
    ctx.ir.shli(t, t, 3)
    return t


def _high_shift(ctx, a):
    """~(rb * 8) & 63: the right shift of the *H forms minus one, so that
    a byte offset of 0 becomes a shift by 64 (done as n, then 1)."""
    t = ctx.temp()
    ctx.ir.shli(t, load_gpr(ctx, a.rb), 3)
    ctx.ir.not_(t, t)
    ctx.ir.andi(t, t, 63)
    return t


def gen_ext_l(ctx, a, mask):
    """EXTxL: rc = zapnot(ra >> 8 * (b & 7), mask)."""
    ir = ctx.ir
    vc = dest_gpr(ctx, a.rc)
    va = load_gpr(ctx, a.ra)
    if a.islit:
        ir.shri(vc, va, (a.lit & 7) * 8)
    else:
        ir.shr(vc, va, _byte_shift(ctx, a))
    gen_zapnoti(ctx, vc, vc, mask)
    return True


def gen_ext_h(ctx, a, mask):
    """EXTxH: rc = zapnot(ra << (64 - 8 * (b & 7)) & 63, mask)."""
    ir = ctx.ir
    vc = dest_gpr(ctx, a.rc)
    va = load_gpr(ctx, a.ra)
    if a.islit:
        ir.shli(vc, va, (64 - (a.lit & 7) * 8) & 63)
    else:
        t = ctx.temp()
        ir.shli(t, load_gpr(ctx, a.rb), 3)
        ir.neg(t, t)
        ir.andi(t, t, 63)
        ir.shl(vc, va, t)
    gen_zapnoti(ctx, vc, vc, mask)
    return True


def gen_ins_l(ctx, a, mask):
    """INSxL: rc = zapnot(ra, mask) << 8 * (b & 7)."""
    ir = ctx.ir
    t = ctx.temp()
    gen_zapnoti(ctx, t, load_gpr(ctx, a.ra), mask)
    vc = dest_gpr(ctx, a.rc)
    if a.islit:
        ir.shli(vc, t, (a.lit & 7) * 8)
    else:
        ir.shl(vc, t, _byte_shift(ctx, a))
    return True


def gen_ins_h(ctx, a, mask):
    """INSxH: the bytes of zapnot(ra, mask) that an unaligned INSxL would
    push past bit 63, i.e. zapnot(ra, mask) >> (64 - 8 * (b & 7)), 0 for 0."""
    ir = ctx.ir
    t = ctx.temp()
    gen_zapnoti(ctx, t, load_gpr(ctx, a.ra), mask)
    vc = dest_gpr(ctx, a.rc)
    if a.islit:
        shift = (a.lit & 7) * 8
        if shift == 0:
            ir.movi(vc, 0)
        else:
            ir.shri(vc, t, 64 - shift)
    else:
        ir.shr(vc, t, _high_shift(ctx, a))
        ir.shri(vc, vc, 1)
    return True


def gen_msk_l(ctx, a, mask):
    """MSKxL: rc = ra with the bytes (mask << (b & 7)) cleared."""
    ir = ctx.ir
    va = load_gpr(ctx, a.ra)
    vc = dest_gpr(ctx, a.rc)
    if a.islit:
        gen_zapnoti(ctx, vc, va, ~(mask << (a.lit & 7)))
    else:
        m = ir.const(zapnot_mask(mask))
        ir.shl(m, m, _byte_shift(ctx, a))
        ir.andc(vc, va, m)
    return True


def gen_msk_h(ctx, a, mask):
    """MSKxH: rc = ra with the bytes ((mask << (b & 7)) >> 8) cleared."""
    ir = ctx.ir
    va = load_gpr(ctx, a.ra)
    vc = dest_gpr(ctx, a.rc)
    if a.islit:
        gen_zapnoti(ctx, vc, va, ~((mask << (a.lit & 7)) >> 8))
    else:
        m = ir.const(zapnot_mask(mask))
        ir.shr(m, m, _high_shift(ctx, a))
        ir.shri(m, m, 1)
        ir.andc(vc, va, m)
    return True


def trans_extbl(ctx, a): return gen_ext_l(ctx, a, 0x01)
def trans_extwl(ctx, a): return gen_ext_l(ctx, a, 0x03)
def trans_extll(ctx, a): return gen_ext_l(ctx, a, 0x0F)
def trans_extql(ctx, a): return gen_ext_l(ctx, a, 0xFF)
def trans_extwh(ctx, a): return gen_ext_h(ctx, a, 0x03)
def trans_extlh(ctx, a): return gen_ext_h(ctx, a, 0x0F)
def trans_extqh(ctx, a): return gen_ext_h(ctx, a, 0xFF)
def trans_insbl(ctx, a): return gen_ins_l(ctx, a, 0x01)
def trans_inswl(ctx, a): return gen_ins_l(ctx, a, 0x03)
def trans_insll(ctx, a): return gen_ins_l(ctx, a, 0x0F)
def trans_insql(ctx, a): return gen_ins_l(ctx, a, 0xFF)
def trans_inswh(ctx, a): return gen_ins_h(ctx, a, 0x03)
def trans_inslh(ctx, a): return gen_ins_h(ctx, a, 0x0F)
def trans_insqh(ctx, a): return gen_ins_h(ctx, a, 0xFF)
def trans_mskbl(ctx, a): return gen_msk_l(ctx, a, 0x01)
def trans_mskwl(ctx, a): return gen_msk_l(ctx, a, 0x03)
def trans_mskll(ctx, a): return gen_msk_l(ctx, a, 0x0F)
def trans_mskql(ctx, a): return gen_msk_l(ctx, a, 0xFF)
def trans_mskwh(ctx, a): return gen_msk_h(ctx, a, 0x03)
def trans_msklh(ctx, a): return gen_msk_h(ctx, a, 0x0F)
def trans_mskqh(ctx, a): return gen_msk_h(ctx, a, 0xFF)


def trans_zap(ctx, a):
    if a.islit:
        gen_zapnoti(ctx, dest_gpr(ctx, a.rc), load_gpr(ctx, a.ra), ~a.lit)
        return True
    return gen_call(ctx, a, helper_zap)


def trans_zapnot(ctx, a):
    if a.islit:
        gen_zapnoti(ctx, dest_gpr(ctx, a.rc), load_gpr(ctx, a.ra), a.lit)
        return True
    return gen_call(ctx, a, helper_zapnot)


# --- opcode 0x13: multiply -------------------------------------------------------
def trans_mull(ctx, a):
    def emit(d, x, y):
        ctx.ir.mul(d, x, y)
        ctx.ir.ext32s(d, d)
    return gen_opr(ctx, a, emit)


def trans_mulq(ctx, a): return gen_opr(ctx, a, ctx.ir.mul)


def trans_umulh(ctx, a):
    return gen_opr(ctx, a, lambda d, x, y: ctx.ir.mulu2(ctx.temp(), d, x, y))


def trans_mull_v(ctx, a): return gen_overflow_l(ctx, a, ctx.ir.mul)


def trans_mulq_v(ctx, a):
    """Overflow when the high half of the 128-bit product is not the sign
    extension of the low half."""
    ir = ctx.ir
    hi = ctx.temp()
    sign = ctx.temp()
    va = load_gpr(ctx, a.ra)
    vb = operand_b(ctx, a)
    vc = dest_gpr(ctx, a.rc)
    ir.muls2(vc, hi, va, vb)
    ir.sari(sign, vc, 63)
    ir.call(helper_check_overflow, a=hi, b=sign)
    return True


# --- opcode 0x1c: BWX sign extension, CIX counts, MVI, FP -> integer -------------------
def trans_sextb(ctx, a):
    if not (require_amask(ctx, B.AMASK_BWX) and require_reg_31(a.ra)):
        return False
    ctx.ir.ext8s(dest_gpr(ctx, a.rc), operand_b(ctx, a))
    return True


def trans_sextw(ctx, a):
    if not (require_amask(ctx, B.AMASK_BWX) and require_reg_31(a.ra)):
        return False
    ctx.ir.ext16s(dest_gpr(ctx, a.rc), operand_b(ctx, a))
    return True


def gen_cix(ctx, a, emit):
    if not (require_amask(ctx, B.AMASK_CIX) and require_reg_31(a.ra) and require_no_lit(a)):
        return False
    emit(dest_gpr(ctx, a.rc), operand_b(ctx, a))
    return True


def trans_ctpop(ctx, a): return gen_cix(ctx, a, ctx.ir.ctpop)
def trans_ctlz(ctx, a): return gen_cix(ctx, a, lambda d, s: ctx.ir.clz(d, s, 64))
def trans_cttz(ctx, a): return gen_cix(ctx, a, lambda d, s: ctx.ir.ctz(d, s, 64))


def gen_mvi(ctx, a, helper, unary=False):
    if not require_amask(ctx, B.AMASK_MVI):
        return False
    if unary and not (require_reg_31(a.ra) and require_no_lit(a)):
        return False
    return gen_call(ctx, a, helper, use_a=not unary)


def trans_perr(ctx, a):
    return require_no_lit(a) and gen_mvi(ctx, a, helper_perr)


def trans_unpkbw(ctx, a): return gen_mvi(ctx, a, helper_unpkbw, True)
def trans_unpkbl(ctx, a): return gen_mvi(ctx, a, helper_unpkbl, True)
def trans_pkwb(ctx, a): return gen_mvi(ctx, a, helper_pkwb, True)
def trans_pklb(ctx, a): return gen_mvi(ctx, a, helper_pklb, True)
def trans_minsb8(ctx, a): return gen_mvi(ctx, a, helper_minsb8)
def trans_minsw4(ctx, a): return gen_mvi(ctx, a, helper_minsw4)
def trans_minub8(ctx, a): return gen_mvi(ctx, a, helper_minub8)
def trans_minuw4(ctx, a): return gen_mvi(ctx, a, helper_minuw4)
def trans_maxub8(ctx, a): return gen_mvi(ctx, a, helper_maxub8)
def trans_maxuw4(ctx, a): return gen_mvi(ctx, a, helper_maxuw4)
def trans_maxsb8(ctx, a): return gen_mvi(ctx, a, helper_maxsb8)
def trans_maxsw4(ctx, a): return gen_mvi(ctx, a, helper_maxsw4)


def trans_ftoit(ctx, a):
    if not (require_amask(ctx, B.AMASK_FIX) and require_reg_31(a.rb)):
        return False
    ctx.ir.mov(dest_gpr(ctx, a.rc), load_fpr(ctx, a.ra))
    return True


def trans_ftois(ctx, a):
    """FTOIS: the S-format register's memory image, sign-extended."""
    if not (require_amask(ctx, B.AMASK_FIX) and require_reg_31(a.rb)):
        return False
    from targets.alpha.trans.fpu import gen_s_to_memory
    vc = dest_gpr(ctx, a.rc)
    gen_s_to_memory(ctx, vc, load_fpr(ctx, a.ra))
    ctx.ir.ext32s(vc, vc)
    return True


# --- branches and jumps ------------------------------------------------------------
def trans_br(ctx, a):
    """BR/BSR: ra = return address; a displacement of 0 just reads the pc."""
    if a.ra != 31:
        ctx.ir.movi(ctx.gpr[a.ra], ctx.pc_succ)
    if a.disp == 0:
        return True
    gen_goto_tb(ctx, 0, ctx.pc_succ + (a.disp << 2))
    ctx.is_jmp = DISAS_NORETURN
    return True


trans_bsr = trans_br


def gen_bcond_slot(ctx, cond, cmp, imm, disp):
    ir = ctx.ir
    taken = ir.new_label()
    ir.brcondi(cond, cmp, imm, taken)
    gen_goto_tb(ctx, 1, ctx.pc_succ)
    ir.set_label(taken)
    gen_goto_tb(ctx, 0, ctx.pc_succ + (disp << 2))
    ctx.is_jmp = DISAS_NORETURN
    return True


def gen_bcond(ctx, a, cond, imm=0):
    return gen_bcond_slot(ctx, cond, load_gpr(ctx, a.ra), imm, a.disp)


def trans_beq(ctx, a): return gen_bcond(ctx, a, O.COND_EQ)
def trans_bne(ctx, a): return gen_bcond(ctx, a, O.COND_NE)
def trans_blt(ctx, a): return gen_bcond(ctx, a, O.COND_LT)
def trans_ble(ctx, a): return gen_bcond(ctx, a, O.COND_LE)
def trans_bgt(ctx, a): return gen_bcond(ctx, a, O.COND_GT)
def trans_bge(ctx, a): return gen_bcond(ctx, a, O.COND_GE)
def trans_blbc(ctx, a): return gen_bcond(ctx, a, O.COND_TSTEQ, 1)
def trans_blbs(ctx, a): return gen_bcond(ctx, a, O.COND_TSTNE, 1)


def gen_fold_mzero(ctx, cond, src):
    """(cond, slot, imm) comparing an FP register with 0 so that -0.0
    counts as zero (QEMU's gen_fold_mzero)."""
    ir = ctx.ir
    if cond in (O.COND_LE, O.COND_GT):
        return cond, src, 0
    if cond in (O.COND_EQ, O.COND_NE):
        return (O.COND_TSTEQ if cond == O.COND_EQ else O.COND_TSTNE), src, (1 << 63) - 1
    t = ctx.temp()
    ir.movcond(O.COND_EQ, t, src, ir.const(-(1 << 63)), ctx.zero, src)
    return cond, t, 0


def gen_fbcond(ctx, a, cond):
    if not require_fen(ctx):
        return True
    cond, slot, imm = gen_fold_mzero(ctx, cond, load_fpr(ctx, a.ra))
    return gen_bcond_slot(ctx, cond, slot, imm, a.disp)


def trans_fbeq(ctx, a): return gen_fbcond(ctx, a, O.COND_EQ)
def trans_fbne(ctx, a): return gen_fbcond(ctx, a, O.COND_NE)
def trans_fblt(ctx, a): return gen_fbcond(ctx, a, O.COND_LT)
def trans_fble(ctx, a): return gen_fbcond(ctx, a, O.COND_LE)
def trans_fbgt(ctx, a): return gen_fbcond(ctx, a, O.COND_GT)
def trans_fbge(ctx, a): return gen_fbcond(ctx, a, O.COND_GE)


def trans_jmp(ctx, a):
    """JMP, JSR, RET, JSR_COROUTINE (the hint bits only guide prediction)."""
    ir = ctx.ir
    target = ctx.temp()
    ir.andi(target, load_gpr(ctx, a.rb), ~3)
    if a.ra != 31:
        ir.movi(ctx.gpr[a.ra], ctx.pc_succ)
    ir.mov(ctx.pc_slot, target)
    ctx.is_jmp = DISAS_PC_UPDATED
    return True


# --- opcode 0x18: barriers, prefetch hints, RPCC, RC/RS ---------------------------
def _nop(ctx, a):
    return True


trans_trapb = trans_excb = trans_mb = trans_wmb = _nop
trans_fetch = trans_fetch_m = trans_ecb = trans_wh64 = trans_wh64en = _nop


def helper_rpcc(cpu, _a, _b, _imm):
    """The cycle counter as QEMU presents it: a 250 MHz clock (virtual
    ns / 4) in the low 32 bits, PCC_OFS in the high 32 bits."""
    low = (cpu.clock_ns() >> 2) & 0xFFFFFFFF
    return low | ((cpu.env.pcc_ofs & 0xFFFFFFFF) << 32)


def trans_rpcc(ctx, a):
    ctx.ir.call(helper_rpcc, d=dest_gpr(ctx, a.ra))
    return True


def gen_rx(ctx, a, value):
    if a.ra != 31:
        gen_load_flag_byte(ctx, ctx.gpr[a.ra], B.FLAG_RX_SHIFT)
    t = ctx.ir.const(value)
    gen_store_flag_byte(ctx, t, B.FLAG_RX_SHIFT)
    return True


def trans_rc(ctx, a): return gen_rx(ctx, a, 0)
def trans_rs(ctx, a): return gen_rx(ctx, a, 1)


__all__ = ["DISAS_PC_STALE"]
