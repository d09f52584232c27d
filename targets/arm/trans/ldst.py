"""Loads and stores: word/byte/halfword/doubleword in every addressing
mode (offset, pre-indexed, post-indexed, unprivileged), LDM/STM (with the
user-bank and exception-return forms), and the exclusives."""

from emu.tcg import ops as O
from emu.tcg.translator import DISAS_NORETURN

from targets.arm import cpu_bits as B
from targets.arm.trans.common import (
    MASK32, gen_addr_imm, gen_addr_offset, gen_bx, gen_end_tb_dyn, gen_shift_imm,
    gen_undef, load_reg, load_reg_aligned_pc, memop, pc_read_value, reg_slot,
    store_reg)


# --- single loads and stores --------------------------------------------------------------
def _base(ctx, rn):
    return load_reg_aligned_pc(ctx, rn) if ctx.thumb else load_reg(ctx, rn)


class RegOffset(int):
    """Marks an offset that is a slot (a register offset), not an immediate."""


def gen_ldst(ctx, a, offset, load, mop, unpriv=False):
    """One load or store.  ``offset`` is an int (immediate) or a
    :class:`RegOffset` slot (register offset, already shifted); a.p/a.u/a.w
    select the addressing mode.

    An immediate offset goes into the ld/st op itself (with MO_ADDR32 for
    the 32-bit wrap); a zero offset or a computed address uses the plain
    form.  The value is loaded straight into rt unless rt is the pc or the
    written-back base."""
    ir = ctx.ir
    writeback = ((not a.p) or a.w) and a.rn != 15
    user = unpriv or (not ctx.thumb and not a.p and a.w)
    wb_slot = wb_delta = None              # what write-back moves / adds to rn
    disp = 0
    if isinstance(offset, RegOffset):
        offset_addr = gen_addr_offset(ctx, _base(ctx, a.rn), offset, a.u)
        addr = offset_addr if a.p else _base(ctx, a.rn)
        wb_slot = offset_addr
    elif a.rn == 15:                       # literal: the address is known now
        pc = pc_read_value(ctx) & ~3 if ctx.thumb else pc_read_value(ctx)
        addr = ctx.const((pc + (offset if a.u else -offset)) & MASK32 if a.p else pc)
    else:
        addr = reg_slot(ctx, a.rn)
        wb_delta = offset if a.u else -offset
        if a.p:
            disp = wb_delta
    mo = memop(ctx, mop, user=user, addr32=disp != 0)
    rn = reg_slot(ctx, a.rn)

    def write_back():
        if not writeback:
            return
        if wb_slot is not None:
            ir.mov(rn, wb_slot)
        elif wb_delta:
            ir.addi(rn, rn, wb_delta)
            ir.ext32u(rn, rn)

    if load:
        direct = a.rt != 15 and not (writeback and a.rt == a.rn)
        val = reg_slot(ctx, a.rt) if direct else ctx.temp()
        ir.ld(val, addr, disp, mo)
        if mop & O.MO_SIGN:
            ir.ext32u(val, val)
        write_back()
        if a.rt == 15:
            gen_bx(ctx, val)
        elif not direct:
            store_reg(ctx, a.rt, val)
    else:
        ir.st(load_reg(ctx, a.rt), addr, disp, mo)
        write_back()
    return True


def _reg_offset(ctx, a):
    return RegOffset(gen_shift_imm(ctx, load_reg(ctx, a.rm), a.shtype, a.shimm, False))


def _rm(ctx, a):
    return RegOffset(load_reg(ctx, a.rm))


def trans_LDR_ri(ctx, a): return gen_ldst(ctx, a, a.imm, True, O.MO_UL)
def trans_STR_ri(ctx, a): return gen_ldst(ctx, a, a.imm, False, O.MO_UL)
def trans_LDRB_ri(ctx, a): return gen_ldst(ctx, a, a.imm, True, O.MO_UB)
def trans_STRB_ri(ctx, a): return gen_ldst(ctx, a, a.imm, False, O.MO_UB)
def trans_LDR_rr(ctx, a): return gen_ldst(ctx, a, _reg_offset(ctx, a), True, O.MO_UL)
def trans_STR_rr(ctx, a): return gen_ldst(ctx, a, _reg_offset(ctx, a), False, O.MO_UL)
def trans_LDRB_rr(ctx, a): return gen_ldst(ctx, a, _reg_offset(ctx, a), True, O.MO_UB)
def trans_STRB_rr(ctx, a): return gen_ldst(ctx, a, _reg_offset(ctx, a), False, O.MO_UB)
def trans_LDRH_ri(ctx, a): return gen_ldst(ctx, a, a.imm, True, O.MO_UW)
def trans_STRH_ri(ctx, a): return gen_ldst(ctx, a, a.imm, False, O.MO_UW)
def trans_LDRSB_ri(ctx, a): return gen_ldst(ctx, a, a.imm, True, O.MO_SB)
def trans_LDRSH_ri(ctx, a): return gen_ldst(ctx, a, a.imm, True, O.MO_SW)
def trans_LDRH_rr(ctx, a): return gen_ldst(ctx, a, _rm(ctx, a), True, O.MO_UW)
def trans_STRH_rr(ctx, a): return gen_ldst(ctx, a, _rm(ctx, a), False, O.MO_UW)
def trans_LDRSB_rr(ctx, a): return gen_ldst(ctx, a, _rm(ctx, a), True, O.MO_SB)
def trans_LDRSH_rr(ctx, a): return gen_ldst(ctx, a, _rm(ctx, a), True, O.MO_SW)


def gen_ldrd_strd(ctx, a, offset, load, rt2=None):
    ir = ctx.ir
    if rt2 is None:
        if a.rt & 1:
            return gen_undef(ctx)
        rt2 = a.rt + 1
    if not isinstance(offset, RegOffset) and a.rn != 15:
        return _ldrd_strd_imm(ctx, a, offset if a.u else -offset, load, rt2)
    base = _base(ctx, a.rn)
    if not isinstance(offset, RegOffset):
        offset_addr = gen_addr_imm(ctx, base, offset if a.u else -offset)
    else:
        offset_addr = gen_addr_offset(ctx, base, offset, a.u)
    addr = offset_addr if a.p else base
    writeback = (not a.p) or a.w
    mo = memop(ctx, O.MO_UL | O.MO_ALIGN)
    if load:
        lo = ctx.temp()
        hi = ctx.temp()
        ir.ld(lo, addr, 0, mo)
        ir.ld(hi, addr, 4, mo)
        if writeback:
            ir.mov(reg_slot(ctx, a.rn), offset_addr)
        store_reg(ctx, a.rt, lo)
        store_reg(ctx, rt2, hi)
    else:
        ir.st(load_reg(ctx, a.rt), addr, 0, mo)
        ir.st(load_reg(ctx, rt2), addr, 4, mo)
        if writeback:
            ir.mov(reg_slot(ctx, a.rn), offset_addr)
    return True


def _ldrd_strd_imm(ctx, a, delta, load, rt2):
    """LDRD/STRD with an immediate offset: the offset goes into the ops,
    write-back adds it to rn afterwards; the high word is loaded in place."""
    ir = ctx.ir
    rn = reg_slot(ctx, a.rn)
    disp = delta if a.p else 0
    mo = memop(ctx, O.MO_UL | O.MO_ALIGN)
    if load:
        lo = ctx.temp()
        hi = reg_slot(ctx, rt2) if rt2 not in (a.rn, 15) else ctx.temp()
        ir.ld(lo, rn, disp, mo)
        ir.ld(hi, rn, disp + 4, mo)
    else:
        ir.st(load_reg(ctx, a.rt), rn, disp, mo)
        ir.st(load_reg(ctx, rt2), rn, disp + 4, mo)
    if ((not a.p) or a.w) and delta:
        ir.addi(rn, rn, delta)
        ir.ext32u(rn, rn)
    if load:
        store_reg(ctx, a.rt, lo)
        store_reg(ctx, rt2, hi)
    return True


def trans_LDRD_ri(ctx, a): return gen_ldrd_strd(ctx, a, a.imm, True)
def trans_STRD_ri(ctx, a): return gen_ldrd_strd(ctx, a, a.imm, False)
def trans_LDRD_rr(ctx, a): return gen_ldrd_strd(ctx, a, _rm(ctx, a), True)
def trans_STRD_rr(ctx, a): return gen_ldrd_strd(ctx, a, _rm(ctx, a), False)


# --- block transfers ----------------------------------------------------------------------
def helper_get_user_reg(cpu, _a, _b, n):
    """r<n> of the User bank, seen from another mode."""
    mode = cpu.mode
    env = cpu.env
    if n == 13 or n == 14:
        if mode in (B.MODE_USR, B.MODE_SYS):
            return cpu.reg(n)
        return int(env.banked_r13[0] if n == 13 else env.banked_r14[0]) & MASK32
    if 8 <= n <= 12 and mode == B.MODE_FIQ:
        return int(env.usr_regs[n - 8]) & MASK32
    return cpu.reg(n)


def helper_set_user_reg(cpu, value, _b, n):
    mode = cpu.mode
    env = cpu.env
    value &= MASK32
    if n in (13, 14) and mode not in (B.MODE_USR, B.MODE_SYS):
        (env.banked_r13 if n == 13 else env.banked_r14)[0] = value
    elif 8 <= n <= 12 and mode == B.MODE_FIQ:
        env.usr_regs[n - 8] = value
    else:
        cpu.set_reg(n, value)


def helper_exception_return_ldm(cpu, value, _b, _imm):
    from targets.arm import excp
    excp.exception_return(cpu, value)


def gen_block(ctx, a, load):
    """LDM/STM: a.b = before, a.i = increment, a.u = the S bit."""
    ir = ctx.ir
    regs = [r for r in range(16) if a.list >> r & 1]
    n = len(regs)
    if n == 0:
        return gen_undef(ctx)
    base = load_reg(ctx, a.rn)
    if a.i:
        start_off = 4 if a.b else 0
    else:
        start_off = -4 * n + (0 if a.b else 4)
    addr = gen_addr_imm(ctx, base, start_off)
    user_bank = a.u and not (load and 15 in regs)
    mo = memop(ctx, O.MO_UL | O.MO_ALIGN)
    new_base = None
    if a.w:
        new_base = gen_addr_imm(ctx, base, 4 * n if a.i else -4 * n)
    if load:
        # registers other than the base and the pc are loaded in place (as
        # QEMU does: a fault part-way leaves them UNKNOWN, the base intact)
        vals = []
        for k, r in enumerate(regs):
            direct = not user_bank and r != 15 and r != a.rn
            t = reg_slot(ctx, r) if direct else ctx.temp()
            ir.ld(t, addr, 4 * k, mo)
            vals.append(None if direct else t)
        if a.w:
            ir.mov(reg_slot(ctx, a.rn), new_base)
        pc_val = None
        for r, t in zip(regs, vals):
            if t is None:
                continue
            if r == 15:
                pc_val = t
            elif user_bank:
                ir.call(helper_set_user_reg, a=t, imm=r)
            else:
                ir.mov(reg_slot(ctx, r), t)
        if pc_val is not None:
            if a.u:
                ir.call(helper_exception_return_ldm, a=pc_val)
                gen_end_tb_dyn(ctx)
            else:
                gen_bx(ctx, pc_val)
    else:
        for k, r in enumerate(regs):
            if user_bank and 8 <= r <= 14:
                t = ctx.temp()
                ir.call(helper_get_user_reg, d=t, imm=r)
                val = t
            else:
                val = load_reg(ctx, r)
            ir.st(val, addr, 4 * k, mo)
        if a.w:
            ir.mov(reg_slot(ctx, a.rn), new_base)
    return True


def trans_LDM(ctx, a): return gen_block(ctx, a, True)
def trans_LDM_u(ctx, a): return gen_block(ctx, a, True)
def trans_STM(ctx, a): return gen_block(ctx, a, False)
def trans_STM_u(ctx, a): return gen_block(ctx, a, False)


# --- exclusives -------------------------------------------------------------------------------
_EXCL_SIZE = {"": O.MO_UL, "B": O.MO_UB, "H": O.MO_UW}


def gen_ldrex(ctx, a, mop, pair):
    ir = ctx.ir
    addr = gen_addr_imm(ctx, load_reg(ctx, a.rn), a.imm)
    mo = memop(ctx, mop | O.MO_ALIGN)
    val = ctx.temp()
    ir.ld(val, addr, 0, mo)
    if pair:
        hi = ctx.temp()
        ir.ld(hi, addr, 4, memop(ctx, O.MO_UL))
        both = ctx.temp()
        ir.shli(both, hi, 32)
        ir.or_(both, both, val)
        ir.mov(ctx.slot("exclusive_val"), both)
        store_reg(ctx, a.rt2 if ctx.thumb else a.rt + 1, hi)
    else:
        ir.mov(ctx.slot("exclusive_val"), val)
    ir.mov(ctx.slot("exclusive_addr"), addr)
    store_reg(ctx, a.rt, val)
    return True


def gen_strex(ctx, a, mop, pair):
    ir = ctx.ir
    addr = gen_addr_imm(ctx, load_reg(ctx, a.rn), a.imm)
    fail = ir.new_label()
    done = ir.new_label()
    ir.brcond(O.COND_NE, addr, ctx.slot("exclusive_addr"), fail)
    cur = ctx.temp()
    mo = memop(ctx, mop | O.MO_ALIGN)
    ir.ld(cur, addr, 0, mo)
    if pair:
        hi = ctx.temp()
        ir.ld(hi, addr, 4, memop(ctx, O.MO_UL))
        ir.shli(hi, hi, 32)
        ir.or_(cur, cur, hi)
    ir.brcond(O.COND_NE, cur, ctx.slot("exclusive_val"), fail)
    ir.st(load_reg(ctx, a.rt), addr, 0, mo)
    if pair:
        rt2 = a.rt2 if ctx.thumb else a.rt + 1
        ir.st(load_reg(ctx, rt2), addr, 4, memop(ctx, O.MO_UL))
    ir.movi(reg_slot(ctx, a.rd), 0)
    ir.br(done)
    ir.set_label(fail)
    ir.movi(reg_slot(ctx, a.rd), 1)
    ir.set_label(done)
    ir.movi(ctx.slot("exclusive_addr"), -1)
    return True


def trans_LDREX(ctx, a): return gen_ldrex(ctx, a, O.MO_UL, False)
def trans_LDREXB(ctx, a): return gen_ldrex(ctx, a, O.MO_UB, False)
def trans_LDREXH(ctx, a): return gen_ldrex(ctx, a, O.MO_UW, False)
def trans_LDREXD(ctx, a): return gen_ldrex(ctx, a, O.MO_UL, True)
def trans_STREX(ctx, a): return gen_strex(ctx, a, O.MO_UL, False)
def trans_STREXB(ctx, a): return gen_strex(ctx, a, O.MO_UB, False)
def trans_STREXH(ctx, a): return gen_strex(ctx, a, O.MO_UW, False)
def trans_STREXD(ctx, a): return gen_strex(ctx, a, O.MO_UL, True)


def trans_CLREX(ctx, a):
    ctx.ir.movi(ctx.slot("exclusive_addr"), -1)
    return True


__all__ = [n for n in dir() if n.startswith("trans_")]
