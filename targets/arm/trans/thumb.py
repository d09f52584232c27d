"""Thumb-only instructions and the T16/T32 forms whose operands differ from
their A32 counterparts: IT, CBZ/CBNZ, TBB/TBH, PUSH/POP, ADR, the T32
modified immediates (ThumbExpandImm), branch offsets, and the T32
load/store encodings."""

from emu.tcg import ops as O
from emu.tcg.translator import DISAS_NORETURN

from targets.arm.trans import dp, ldst
from targets.arm.trans.branch import gen_set_thumb, _link_value
from targets.arm.trans.common import (
    MASK32, Imm, gen_end_tb_dyn, gen_goto_tb, gen_skip_unless, gen_undef, load_reg,
    pc_read_value, reg_slot, ror32, store_reg)
from targets.arm.trans.dp import helper_exception_return


class _Args:
    """A small argument object for reusing A32 translators."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


# --- decoder parameter and field functions ---------------------------------------------
def param_s_it(ctx):
    """T16 data processing sets the flags only outside an IT block."""
    return 0 if ctx.condexec & 0xF else 1


def ex_push_list(ctx, x):
    return (x & 0xFF) | ((x >> 8) << 14)


def ex_pop_list(ctx, x):
    return (x & 0xFF) | ((x >> 8) << 15)


# --- 16-bit forms -----------------------------------------------------------------------
def trans_UDF_t16(ctx, a):
    return gen_undef(ctx)


def trans_ADR_t16(ctx, a):
    ctx.ir.movi(reg_slot(ctx, a.rd), (pc_read_value(ctx) & ~3) + a.imm)
    return True


def trans_PUSH_t16(ctx, a):
    return ldst.gen_block(ctx, _Args(rn=13, i=0, b=1, u=0, w=1, list=a.imm), False)


def trans_POP_t16(ctx, a):
    return ldst.gen_block(ctx, _Args(rn=13, i=1, b=0, u=0, w=1, list=a.imm), True)


def trans_STM_t16(ctx, a):
    return ldst.gen_block(ctx, a, False)


def trans_LDM_t16(ctx, a):
    a.w = 0 if a.list >> a.rn & 1 else 1
    return ldst.gen_block(ctx, a, True)


def trans_CBZ(ctx, a):
    ir = ctx.ir
    taken = ir.new_label()
    ir.brcondi(O.COND_NE if a.nz else O.COND_EQ, load_reg(ctx, a.rn), 0, taken)
    gen_goto_tb(ctx, 1, ctx.pc_succ)
    ir.set_label(taken)
    gen_goto_tb(ctx, 0, pc_read_value(ctx) + a.imm)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_IT(ctx, a):
    ctx.condexec_next = (a.cond << 4) | a.mask
    return True


def gen_cond_branch(ctx, cond, offset):
    ctx.condlabel = ctx.ir.new_label()
    gen_skip_unless(ctx, cond, ctx.condlabel)
    gen_goto_tb(ctx, 0, pc_read_value(ctx) + offset)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_B_cond(ctx, a):
    return gen_cond_branch(ctx, a.cond, a.imm)


# --- T32 branches -------------------------------------------------------------------------
def _sext(value, bits):
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def _bl_offset(a, low_bits):
    i1 = 1 - (a.j1 ^ a.s)
    i2 = 1 - (a.j2 ^ a.s)
    value = (a.s << 24) | (i1 << 23) | (i2 << 22) | (a.hi << 12) | (a.lo << 1)
    return _sext(value, 25)


def trans_B_cond_t32(ctx, a):
    cond = (ctx.insn >> 22) & 0xF
    value = (a.s << 20) | (a.j2 << 19) | (a.j1 << 18) | (a.hi << 12) | (a.lo << 1)
    return gen_cond_branch(ctx, cond, _sext(value, 21))


def trans_B_t32(ctx, a):
    gen_goto_tb(ctx, 0, pc_read_value(ctx) + _bl_offset(a, 1))
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_BL_t32(ctx, a):
    ctx.ir.movi(reg_slot(ctx, 14), _link_value(ctx))
    gen_goto_tb(ctx, 0, pc_read_value(ctx) + _bl_offset(a, 1))
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_BLX_t32(ctx, a):
    if a.lo & 1:
        return gen_undef(ctx)
    ctx.ir.movi(reg_slot(ctx, 14), _link_value(ctx))
    target = (pc_read_value(ctx) & ~3) + _bl_offset(a, 2)
    gen_set_thumb(ctx, 0)
    gen_goto_tb(ctx, 0, target & MASK32)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_TBB(ctx, a):
    ir = ctx.ir
    addr = ctx.temp()
    if a.half:
        ir.shli(addr, load_reg(ctx, a.rm), 1)
        ir.add(addr, addr, load_reg(ctx, a.rn))
    else:
        ir.add(addr, load_reg(ctx, a.rn), load_reg(ctx, a.rm))
    ir.ext32u(addr, addr)
    off = ctx.temp()
    ir.ld(off, addr, 0, O.MO_ADDR32 | (O.MO_UW if a.half else O.MO_UB))
    ir.shli(off, off, 1)
    ir.addi(off, off, pc_read_value(ctx))
    ir.ext32u(off, off)
    from targets.arm.trans.common import gen_jump_dyn
    gen_jump_dyn(ctx, off)
    return True


def trans_SUBS_pc_lr(ctx, a):
    t = ctx.temp()
    ctx.ir.addi(t, reg_slot(ctx, 14), -a.imm)
    ctx.ir.ext32u(t, t)
    ctx.ir.call(helper_exception_return, a=t)
    gen_end_tb_dyn(ctx)
    return True


# --- T32 data processing with a modified immediate --------------------------------------------
def thumb_expand_imm(imm12):
    """(value, carry or None) of ThumbExpandImm_C."""
    if imm12 >> 10 == 0:
        byte = imm12 & 0xFF
        kind = (imm12 >> 8) & 3
        if kind == 0:
            return byte, None
        if kind == 1:
            return (byte << 16) | byte, None
        if kind == 2:
            return (byte << 24) | (byte << 8), None
        return byte * 0x01010101, None
    value = ror32(0x80 | (imm12 & 0x7F), imm12 >> 7)
    return value, value >> 31


def _t32i(op):
    def trans(ctx, a):
        imm, carry = thumb_expand_imm(a.imm)
        if not (a.s and op in dp._LOGIC):
            carry = None
        return dp.gen_alu(ctx, op, a.s, a.rd, a.rn, dp.gen_imm_operand(ctx, imm, carry))
    return trans


for _name in ("AND", "BIC", "ORR", "ORN", "EOR", "ADD", "ADC", "SBC", "SUB", "RSB",
              "MOV", "MVN", "TST", "TEQ", "CMN", "CMP"):
    globals()["trans_%s_t32i" % _name] = _t32i(_name)


def trans_ORN_rrri(ctx, a):
    from targets.arm.trans.common import gen_shift_imm
    src = gen_shift_imm(ctx, load_reg(ctx, a.rm), a.shty, a.shim, a.s)
    return dp.gen_alu(ctx, "ORN", a.s, a.rd, a.rn, src)


def trans_ADDW(ctx, a):
    if a.rn == 15:
        ctx.ir.movi(reg_slot(ctx, a.rd), ((pc_read_value(ctx) & ~3) + a.imm) & MASK32)
        return True
    return dp.gen_alu(ctx, "ADD", 0, a.rd, a.rn, Imm(a.imm))


def trans_SUBW(ctx, a):
    if a.rn == 15:
        ctx.ir.movi(reg_slot(ctx, a.rd), ((pc_read_value(ctx) & ~3) - a.imm) & MASK32)
        return True
    return dp.gen_alu(ctx, "SUB", 0, a.rd, a.rn, Imm(a.imm))


# --- T32 loads and stores -------------------------------------------------------------------
_SIZES = {(0, 0): O.MO_UB, (1, 0): O.MO_UW, (2, 0): O.MO_UL,
          (0, 1): O.MO_SB, (1, 1): O.MO_SW}


def _t32_ldst(ctx, sz, s, load, rt, args, offset, unpriv=False):
    mop = _SIZES.get((sz, s))
    if mop is None or (s and not load):
        return False
    if load and rt == 15 and sz < 2:
        return True                          # PLD, PLI and unallocated hints
    return ldst.gen_ldst(ctx, args, offset, load, mop, unpriv=unpriv)


def trans_LDR_lit(ctx, a):
    args = _Args(p=1, w=0, u=a.u, rn=15, rt=a.rt)
    return _t32_ldst(ctx, a.sz, 0, True, a.rt, args, a.imm)


def trans_LDRS_lit(ctx, a):
    args = _Args(p=1, w=0, u=a.u, rn=15, rt=a.rt)
    return _t32_ldst(ctx, a.sz, 1, True, a.rt, args, a.imm)


def trans_LDST_i12(ctx, a):
    args = _Args(p=1, w=0, u=1, rn=a.rn, rt=a.rt)
    return _t32_ldst(ctx, a.sz, a.s, a.l, a.rt, args, a.imm)


def trans_LDST_i8(ctx, a):
    if not a.p and not a.w:
        return False
    unpriv = a.p and a.u and not a.w         # LDRT/STRT family
    args = _Args(p=a.p, w=0 if unpriv else a.w, u=a.u, rn=a.rn, rt=a.rt)
    return _t32_ldst(ctx, a.sz, a.s, a.l, a.rt, args, a.imm, unpriv=bool(unpriv))


def trans_LDST_r(ctx, a):
    from targets.arm.trans.common import gen_shift_imm
    args = _Args(p=1, w=0, u=1, rn=a.rn, rt=a.rt)
    off = ldst.RegOffset(gen_shift_imm(ctx, load_reg(ctx, a.rm), 0, a.sh, False))
    return _t32_ldst(ctx, a.sz, a.s, a.l, a.rt, args, off)


def trans_LDRD_t32(ctx, a):
    return ldst.gen_ldrd_strd(ctx, a, a.imm, True, rt2=a.rt2)


def trans_STRD_t32(ctx, a):
    return ldst.gen_ldrd_strd(ctx, a, a.imm, False, rt2=a.rt2)


__all__ = [n for n in dir() if n.startswith(("trans_", "param_", "ex_"))]
