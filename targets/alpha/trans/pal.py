"""CALL_PAL and the PALmode-only instructions HW_MFPR, HW_MTPR, HW_LD,
HW_ST and HW_RET, with QEMU's processor-register numbering.

QEMU emulates a few OSF/1 CALL_PALs inline (IMB, RDUNIQUE, WRUNIQUE and,
in kernel mode, CFLUSH, DRAINA, WRVPTPTR, WRVAL, RDVAL, SWPIPL, RDPS,
WRUSP, RDUSP, WHAMI, WTINT); every other one enters the PALcode at
PALBR + 0x1000 + 64 * n (privileged) or PALBR + 0x2000 + 64 * (n - 0x80)
(unprivileged) with EXC_ADDR = next pc (| 1 when already in PAL mode).
"""

from emu.tcg import ops as O
from emu.tcg.translator import DISAS_NORETURN

from targets.alpha import cpu_bits as B
from targets.alpha.trans.common import (
    DISAS_PC_STALE, DISAS_PC_UPDATED, DISAS_PC_UPDATED_NOCHAIN, dest_gpr, gen_excp,
    gen_invalid, gen_load_flag_byte, gen_store_flag_byte, gen_update_tb_flags,
    load_gpr, memop, require_pal)
from targets.alpha.trans.memory import gen_store_conditional

_V0, _A0 = 0, 16


# --- helpers -------------------------------------------------------------------
def helper_halt(cpu, value, _b, _imm):
    """IPR 252 (HALT): 0 powers the machine off, anything else resets it."""
    machine = cpu.machine
    if value:
        machine.request_reset("guest-reset")
    else:
        machine.request_shutdown(0, "guest-shutdown")
    cpu.exit_request()


def helper_wait(cpu, _a, _b, _imm):
    """WTINT / IPR 253: sleep until an interrupt."""
    cpu.halted = 1
    cpu.exit_request()


def helper_tbia(cpu, _a, _b, _imm):
    cpu.tlb_flush()


def helper_tbis(cpu, vaddr, _b, _imm):
    cpu.tlb_flush_alpha_page(vaddr)


def helper_tb_flush(cpu, _a, _b, _imm):
    cpu.tb_flush()


def helper_vmtime(cpu, _a, _b, _imm):
    return cpu.clock_ns()


def helper_walltime(cpu, _a, _b, _imm):
    rtc = getattr(cpu.machine, "rtc_clock_ns", None)
    return rtc() if rtc is not None else cpu.clock_ns()


def helper_set_alarm(cpu, expire, _b, _imm):
    cpu.env.alarm_expire = expire
    timer = cpu.alarm_timer
    if timer is not None:
        if expire:
            timer.mod(expire & ((1 << 63) - 1))
        else:
            timer.delete()


def helper_whami(cpu, _a, _b, _imm):
    return cpu.cpu_index


# --- CALL_PAL ---------------------------------------------------------------------
def _load_env(ctx, dest_reg, name):
    ctx.ir.mov(dest_gpr(ctx, dest_reg), ctx.slot(name))


def _store_env(ctx, name, src_reg):
    ctx.ir.mov(ctx.slot(name), load_gpr(ctx, src_reg))


def _pal_unprivileged(ctx, number):
    if number == 0x86:              # IMB
        return True
    if number == 0x9E:              # RDUNIQUE
        _load_env(ctx, _V0, "unique")
        return True
    if number == 0x9F:              # WRUNIQUE
        _store_env(ctx, "unique", _A0)
        return True
    return False


def _pal_privileged(ctx, number):
    ir = ctx.ir
    if number in (0x01, 0x02):      # CFLUSH, DRAINA
        return True
    if number == 0x2D:              # WRVPTPTR
        _store_env(ctx, "vptptr", _A0)
        return True
    if number == 0x31:              # WRVAL
        _store_env(ctx, "sysval", _A0)
        return True
    if number == 0x32:              # RDVAL
        _load_env(ctx, _V0, "sysval")
        return True
    if number == 0x35:              # SWPIPL: v0 = old PS, PS.IPL = a0 & 7
        t = ctx.temp()
        ir.andi(t, load_gpr(ctx, _A0), B.PS_INT_MASK)
        gen_load_flag_byte(ctx, dest_gpr(ctx, _V0), B.FLAG_PS_SHIFT)
        gen_store_flag_byte(ctx, t, B.FLAG_PS_SHIFT)
        ir.movi(ctx.pc_slot, ctx.pc_succ)
        ctx.is_jmp = DISAS_PC_UPDATED_NOCHAIN
        return True
    if number == 0x36:              # RDPS
        gen_load_flag_byte(ctx, dest_gpr(ctx, _V0), B.FLAG_PS_SHIFT)
        return True
    if number == 0x38:              # WRUSP
        _store_env(ctx, "usp", _A0)
        return True
    if number == 0x3A:              # RDUSP
        _load_env(ctx, _V0, "usp")
        return True
    if number == 0x3C:              # WHAMI
        ir.call(helper_whami, d=dest_gpr(ctx, _V0))
        return True
    if number == 0x3E:              # WTINT: v0 = 0, sleep
        ir.movi(dest_gpr(ctx, _V0), 0)
        ir.call(helper_wait)
        ir.movi(ctx.pc_slot, ctx.pc_succ)
        ir.exit_tb()
        ctx.is_jmp = DISAS_NORETURN
        return True
    return False


def trans_call_pal(ctx, a):
    number = a.number
    if 0x80 <= number < 0xC0:
        if _pal_unprivileged(ctx, number):
            return True
        number &= 0xBF
    elif number < 0x40 and not ctx.user_mode:
        if _pal_privileged(ctx, number):
            return True
        number &= 0x3F
    else:
        return gen_invalid(ctx)
    ir = ctx.ir
    exc_addr = ctx.pc_succ
    if ctx.pal_mode:
        exc_addr |= 1
    else:
        t = ir.const(1)
        gen_store_flag_byte(ctx, t, B.FLAG_PAL_SHIFT)
    ir.movi(ctx.slot("exc_addr"), exc_addr)
    ir.movi(ctx.pc_slot, (ctx.palbr + B.call_pal_entry(number)) & ((1 << 64) - 1))
    ctx.is_jmp = DISAS_PC_UPDATED
    return True


# --- processor registers ------------------------------------------------------------
def _pr_slot(ctx, regno):
    """(slot, is_long) of a data-only processor register, or None."""
    simple = {B.PR_TRAP_ARG0: "trap_arg0", B.PR_TRAP_ARG1: "trap_arg1",
              B.PR_TRAP_ARG2: "trap_arg2", B.PR_EXC_ADDR: "exc_addr",
              B.PR_PALBR: "palbr", B.PR_PTBR: "ptbr", B.PR_VPTPTR: "vptptr",
              B.PR_UNIQUE: "unique", B.PR_SYSVAL: "sysval", B.PR_USP: "usp",
              B.PR_ALARM: "alarm_expire"}
    if regno == B.PR_PCC_OFS:
        return ctx.slot("pcc_ofs"), True
    if regno in simple:
        return ctx.slot(simple[regno]), False
    if 40 <= regno <= 63:
        return ctx.slot("scratch", regno - 40), False
    return None


def _std_gpr(ctx, regno):
    """IPR 32..39: the non-shadow r8..r14 and r25."""
    reg = 25 if regno == 39 else regno - 32 + 8
    return ctx.slot("ir", reg)


def trans_hw_mfpr(ctx, a):
    if not require_pal(ctx):
        return False
    ir = ctx.ir
    va = dest_gpr(ctx, a.ra)
    regno = a.index
    if 32 <= regno <= 39:
        ir.mov(va, _std_gpr(ctx, regno))
    elif regno == B.PR_WALLTIME:
        ir.call(helper_walltime, d=va)
    elif regno == B.PR_VMTIME:
        ir.call(helper_vmtime, d=va)
    elif regno == B.PR_PS:
        gen_load_flag_byte(ctx, va, B.FLAG_PS_SHIFT)
    elif regno == B.PR_FEN:
        gen_load_flag_byte(ctx, va, B.FLAG_FEN_SHIFT)
    else:
        found = _pr_slot(ctx, regno)
        if found is None:
            ir.movi(va, 0)                      # unknown: read as zero
        elif found[1]:
            ir.ext32s(va, found[0])
        else:
            ir.mov(va, found[0])
    return True


def trans_hw_mtpr(ctx, a):
    if not require_pal(ctx):
        return False
    ir = ctx.ir
    vb = load_gpr(ctx, a.rb)
    regno = a.index
    if regno == B.PR_TBIA:
        ir.call(helper_tbia)
    elif regno == B.PR_TBIS:
        ir.call(helper_tbis, a=vb)
    elif regno == B.PR_WAIT:
        ir.call(helper_wait)
        ir.movi(ctx.pc_slot, ctx.pc_succ)
        ir.exit_tb()
        ctx.is_jmp = DISAS_NORETURN
    elif regno == B.PR_HALT:
        ir.call(helper_halt, a=vb)
        ctx.is_jmp = DISAS_PC_STALE
    elif regno == B.PR_ALARM:
        ir.call(helper_set_alarm, a=vb)
    elif regno == B.PR_PALBR:
        ir.mov(ctx.slot("palbr"), vb)
        ir.call(helper_tb_flush)
        ctx.is_jmp = DISAS_PC_STALE
    elif 32 <= regno <= 39:
        ir.mov(_std_gpr(ctx, regno), vb)
    elif regno == B.PR_PS:
        gen_store_flag_byte(ctx, vb, B.FLAG_PS_SHIFT)
    elif regno == B.PR_FEN:
        gen_store_flag_byte(ctx, vb, B.FLAG_FEN_SHIFT)
    else:
        found = _pr_slot(ctx, regno)
        if found is not None and regno != B.PR_ALARM:
            if found[1]:
                ir.ext32u(found[0], vb)
            else:
                ir.mov(found[0], vb)
    return True


# --- HW_RET ------------------------------------------------------------------------
def trans_hw_ret(ctx, a):
    """Return to rb (rb = 31: to EXC_ADDR, as pre-EV6 HW_REI); the low bit
    of the target says whether to stay in PAL mode."""
    if not require_pal(ctx):
        return False
    ir = ctx.ir
    target = ctx.temp()
    if a.rb == 31:
        ir.mov(target, ctx.slot("exc_addr"))
    else:
        ir.mov(target, load_gpr(ctx, a.rb))
    ir.movi(ctx.slot("lock_addr"), -1)
    t = ctx.temp()
    ir.movi(t, 0)
    ir.deposit(ctx.flags_slot, ctx.flags_slot, t, B.FLAG_RX_SHIFT, 8)
    ir.andi(t, target, 1)
    ir.deposit(ctx.flags_slot, ctx.flags_slot, t, B.FLAG_PAL_SHIFT, 8)
    gen_update_tb_flags(ctx)
    ir.andi(ctx.pc_slot, target, ~3)
    ctx.is_jmp = DISAS_PC_UPDATED_NOCHAIN
    return True


# --- HW_LD / HW_ST -------------------------------------------------------------------
# kind -> (memop, MMU index, locked); kinds QEMU rejects are absent.
_HW_LD = {
    0x0: (O.MO_SL, B.MMU_PHYS_IDX, False),
    0x1: (O.MO_UQ, B.MMU_PHYS_IDX, False),
    0x2: (O.MO_SL, B.MMU_PHYS_IDX, True),
    0x3: (O.MO_UQ, B.MMU_PHYS_IDX, True),
    0xA: (O.MO_SL, B.MMU_KERNEL_IDX, False),
    0xB: (O.MO_UQ, B.MMU_KERNEL_IDX, False),
    0xE: (O.MO_SL, B.MMU_USER_IDX, False),
    0xF: (O.MO_UQ, B.MMU_USER_IDX, False),
}


def trans_hw_ld(ctx, a):
    if not require_pal(ctx) or a.kind not in _HW_LD:
        return False
    mop, mmu_idx, locked = _HW_LD[a.kind]
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    va = dest_gpr(ctx, a.ra)
    ir.ld(va, addr, 0, memop(mop, mmu_idx, align=True))
    if locked:
        ir.mov(ctx.slot("lock_addr"), addr)
        ir.mov(ctx.slot("lock_value"), va)
    return True


def trans_hw_st(ctx, a):
    if not require_pal(ctx) or a.kind > 3:
        return False
    mop = O.MO_SL if a.kind in (0, 2) else O.MO_UQ
    if a.kind >= 2:
        return gen_store_conditional(ctx, a.ra, load_gpr(ctx, a.rb), a.disp, mop,
                                     B.MMU_PHYS_IDX)
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    ir.st(load_gpr(ctx, a.ra), addr, 0, memop(mop, B.MMU_PHYS_IDX, align=True))
    return True


__all__ = ["DISAS_PC_UPDATED", "gen_excp"]
