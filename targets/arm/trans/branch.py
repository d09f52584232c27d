"""Branches: B, BL, BLX (immediate and register), BX, BXJ."""

from emu.tcg.translator import DISAS_NORETURN

from targets.arm import cpu_bits as B
from targets.arm.trans.common import (MASK32, gen_bx, gen_goto_tb, load_reg,
                                      pc_read_value, reg_slot)


def _link_value(ctx):
    """The return address BL/BLX leave in lr (bit 0 set in Thumb)."""
    return (ctx.pc_succ | 1) if ctx.thumb else ctx.pc_succ


def trans_B(ctx, a):
    gen_goto_tb(ctx, 0, pc_read_value(ctx) + a.imm)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_BL(ctx, a):
    ctx.ir.movi(reg_slot(ctx, 14), _link_value(ctx))
    gen_goto_tb(ctx, 0, pc_read_value(ctx) + a.imm)
    ctx.is_jmp = DISAS_NORETURN
    return True


def gen_set_thumb(ctx, thumb):
    """Switch instruction set to a value known at translation time."""
    ir = ctx.ir
    ir.movi(ctx.thumb_slot, thumb)
    ir.andi(ctx.flags_slot, ctx.flags_slot, ~B.TBF_THUMB)
    if thumb:
        ir.ori(ctx.flags_slot, ctx.flags_slot, B.TBF_THUMB)
    ctx.tb_flags_dirty = True


def trans_BLX_i(ctx, a):
    """BLX <label>: call and switch instruction set."""
    ctx.ir.movi(reg_slot(ctx, 14), _link_value(ctx))
    if ctx.thumb:
        target = (pc_read_value(ctx) & ~3) + a.imm
    else:
        target = pc_read_value(ctx) + a.imm
    gen_set_thumb(ctx, 0 if ctx.thumb else 1)
    gen_goto_tb(ctx, 0, target & MASK32)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_BX(ctx, a):
    gen_bx(ctx, load_reg(ctx, a.rm))
    return True


def trans_BXJ(ctx, a):
    """Jazelle is the trivial implementation: BXJ is BX."""
    return trans_BX(ctx, a)


def trans_BLX_r(ctx, a):
    t = load_reg(ctx, a.rm)
    if a.rm == 14:                        # the target must be read before lr is set
        t = ctx.temp()
        ctx.ir.mov(t, load_reg(ctx, a.rm))
    ctx.ir.movi(reg_slot(ctx, 14), _link_value(ctx))
    gen_bx(ctx, t)
    return True


__all__ = [n for n in dir() if n.startswith("trans_")]
