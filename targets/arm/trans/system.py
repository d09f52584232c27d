"""System instructions: MRS/MSR/CPS, SVC (and semihosting), WFI and the
other hints, barriers, BKPT/UDF/HVC/SMC, coprocessor moves (CP15), SRS
and RFE."""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from emu.tcg.translator import DISAS_NORETURN

from targets.arm import cp15
from targets.arm import cpu_bits as B
from targets.arm.trans.common import (
    MASK32, gen_addr_imm, gen_end_tb, gen_end_tb_dyn, gen_exception, gen_undef,
    is_user, load_reg, memop, reg_slot, ror32, store_reg)


# --- helpers run in Python -----------------------------------------------------------------
def helper_mrs_cpsr(cpu, _a, _b, _imm):
    return cpu.cpsr_read() & ~(B.CPSR_EXEC) & MASK32


def helper_mrs_spsr(cpu, _a, _b, _imm):
    return cpu.get("spsr") & MASK32


def helper_msr_cpsr(cpu, value, _b, mask):
    cpu.cpsr_write(value, mask)


def helper_msr_spsr(cpu, value, _b, mask):
    if cpu.mode in (B.MODE_USR, B.MODE_SYS):
        return
    spsr = cpu.get("spsr")
    cpu.set("spsr", (spsr & ~mask) | (value & mask))


def helper_cps(cpu, _a, _b, imm):
    imod, change_mode, bits, mode = imm & 3, (imm >> 2) & 1, (imm >> 3) & 0x1C0, imm >> 16
    cpsr = cpu.cpsr_read()
    mask = 0
    if imod == 2:
        cpsr &= ~bits
        mask |= bits
    elif imod == 3:
        cpsr |= bits
        mask |= bits
    if change_mode:
        cpsr = (cpsr & ~B.CPSR_M) | mode
        mask |= B.CPSR_M
    cpu.cpsr_write(cpsr, mask)


def helper_wfi(cpu, _a, _b, _imm):
    if not cpu.has_work():
        cpu.halted = 1


def helper_cp_read(cpu, _a, _b, index):
    return cp15.cp_read(cpu, index)


def helper_cp_write(cpu, value, _b, index):
    cp15.cp_write(cpu, index, value)


def helper_get_banked_r13(cpu, _a, _b, mode):
    if mode == cpu.mode or (mode in (B.MODE_USR, B.MODE_SYS) and
                            cpu.mode in (B.MODE_USR, B.MODE_SYS)):
        return cpu.reg(13)
    return int(cpu.env.banked_r13[B.bank_number(mode)]) & MASK32


def helper_set_banked_r13(cpu, value, _b, mode):
    if mode == cpu.mode or (mode in (B.MODE_USR, B.MODE_SYS) and
                            cpu.mode in (B.MODE_USR, B.MODE_SYS)):
        cpu.set_reg(13, value)
    else:
        cpu.env.banked_r13[B.bank_number(mode)] = value & MASK32


def helper_srs_check(cpu, _a, _b, mode):
    if mode not in B.VALID_MODES or cpu.mode in (B.MODE_USR,):
        raise GuestException(B.EXCP_UDEF, 4)


def helper_rfe(cpu, pc, cpsr, _imm):
    from targets.arm import excp
    excp.exception_return(cpu, pc, cpsr & MASK32)


def helper_hvc(cpu, _a, _b, insn_size):
    """HVC/SMC: PSCI calls when the board provides a PSCI conduit
    (QEMU's built-in PSCI), else UNDEFINED."""
    handler = cpu.psci_handler
    if handler is not None:
        result = handler(cpu, cpu.reg(0), [cpu.reg(1), cpu.reg(2), cpu.reg(3)])
        if result is not None:
            cpu.set_reg(0, result & MASK32)
            return
    raise GuestException(B.EXCP_UDEF, insn_size)


# --- status registers ------------------------------------------------------------------------
def trans_MRS_reg(ctx, a):
    t = ctx.temp()
    ctx.ir.call(helper_mrs_spsr if a.r else helper_mrs_cpsr, d=t)
    store_reg(ctx, a.rd, t)
    return True


def msr_mask(ctx, field_mask, spsr):
    mask = 0
    for i in range(4):
        if field_mask >> i & 1:
            mask |= 0xFF << (8 * i)
    if spsr:
        return mask
    if is_user(ctx):
        mask &= B.CPSR_USER
    else:
        mask &= ~B.CPSR_EXEC & ~0x00F00000 & MASK32
    return mask


def gen_msr(ctx, value, field_mask, spsr):
    mask = msr_mask(ctx, field_mask, spsr)
    ctx.ir.call(helper_msr_spsr if spsr else helper_msr_cpsr, a=value, imm=mask)
    gen_end_tb(ctx)
    return True


def trans_MSR_reg(ctx, a):
    return gen_msr(ctx, load_reg(ctx, a.rn), a.mask, a.r)


def trans_MSR_imm(ctx, a):
    return gen_msr(ctx, ctx.const(ror32(a.imm, 2 * a.rot)), a.mask, a.r)


def trans_CPS(ctx, a):
    if is_user(ctx):
        return True                                    # a NOP in User mode
    bits = (a.a << 8) | (a.i << 7) | (a.f << 6)
    imm = (a.imod & 3) | (a.m << 2) | (bits << 3) | (a.mode << 16)
    ctx.ir.call(helper_cps, imm=imm)
    gen_end_tb(ctx)
    return True


# --- exceptions -------------------------------------------------------------------------------
SEMIHOST_ARM = 0x123456
SEMIHOST_THUMB = 0xAB


def trans_SVC(ctx, a):
    semi = SEMIHOST_THUMB if ctx.thumb else SEMIHOST_ARM
    if (a.imm == semi and ctx.cpu.semihosting is not None
            and ctx.cpu.semihosting.enabled_for(not is_user(ctx))):
        gen_exception(ctx, B.EXCP_SEMIHOST, ctx.insn_size)
        return True
    gen_exception(ctx, B.EXCP_SWI, ctx.insn_size)
    return True


def trans_BKPT(ctx, a):
    gen_exception(ctx, B.EXCP_BKPT)
    return True


def trans_UDF(ctx, a):
    return gen_undef(ctx)


def trans_HVC(ctx, a):
    if is_user(ctx):
        return gen_undef(ctx)
    ctx.ir.call(helper_hvc, imm=ctx.insn_size)
    gen_end_tb(ctx)
    return True


def trans_SMC(ctx, a):
    return trans_HVC(ctx, a)


# --- hints and barriers ----------------------------------------------------------------------
def trans_HINT(ctx, a):
    if a.op == 3:                                      # WFI
        ctx.ir.movi(ctx.pc_slot, ctx.pc_succ)
        ctx.ir.call(helper_wfi)
        gen_end_tb(ctx)
    return True                                        # NOP, YIELD, WFE, SEV, DBG


def trans_DSB(ctx, a): return True
def trans_DMB(ctx, a): return True


def trans_ISB(ctx, a):
    gen_end_tb(ctx)
    return True


def trans_PLD_i(ctx, a): return True
def trans_PLI_i(ctx, a): return True
def trans_PLD_r(ctx, a): return True
def trans_PLI_r(ctx, a): return True


# --- coprocessor registers ------------------------------------------------------------------
def _cp_lookup(ctx, key, is_write):
    found = cp15.lookup(key)
    if found is None:
        return None
    index, reg = found
    fn = reg.write if is_write else reg.read
    if fn is None:
        return None
    if is_user(ctx) and not (reg.pl0_write if is_write else reg.pl0_read):
        return None
    return index, reg


def trans_MRC(ctx, a):
    if a.cp in (10, 11):
        from targets.arm.trans import vfp
        return vfp.gen_vmrs_vmsr(ctx, a, False)
    found = _cp_lookup(ctx, (a.cp, a.crn, a.opc1, a.crm, a.opc2), False)
    if found is None:
        return gen_undef(ctx)
    t = ctx.temp()
    ctx.ir.call(helper_cp_read, d=t, imm=found[0])
    if a.rt == 15:                                     # APSR_nzcv
        ctx.ir.andi(t, t, 0xF0000000)
        ctx.ir.call(helper_msr_cpsr, a=t, imm=B.CPSR_NZCV)
        return True
    store_reg(ctx, a.rt, t)
    return True


def trans_MCR(ctx, a):
    if a.cp in (10, 11):
        from targets.arm.trans import vfp
        return vfp.gen_vmrs_vmsr(ctx, a, True)
    found = _cp_lookup(ctx, (a.cp, a.crn, a.opc1, a.crm, a.opc2), True)
    if found is None:
        return gen_undef(ctx)
    ctx.ir.call(helper_cp_write, a=load_reg(ctx, a.rt), imm=found[0])
    gen_end_tb(ctx)
    return True


def trans_MRRC(ctx, a):
    if a.cp in (10, 11):
        return False
    found = _cp_lookup(ctx, (a.cp, "64", a.opc1, a.crm), False)
    if found is None:
        return gen_undef(ctx)
    t = ctx.temp()
    ctx.ir.call(helper_cp_read, d=t, imm=found[0])
    lo = ctx.temp()
    ctx.ir.ext32u(lo, t)
    hi = ctx.temp()
    ctx.ir.shri(hi, t, 32)
    store_reg(ctx, a.rt, lo)
    store_reg(ctx, a.rt2, hi)
    return True


def trans_MCRR(ctx, a):
    if a.cp in (10, 11):
        return False
    found = _cp_lookup(ctx, (a.cp, "64", a.opc1, a.crm), True)
    if found is None:
        return gen_undef(ctx)
    t = ctx.temp()
    ctx.ir.shli(t, load_reg(ctx, a.rt2), 32)
    ctx.ir.or_(t, t, load_reg(ctx, a.rt))
    ctx.ir.call(helper_cp_write, a=t, imm=found[0])
    gen_end_tb(ctx)
    return True


# --- SRS and RFE ------------------------------------------------------------------------------
def _block_offsets(p, u):
    """(offset of the first word, base change) of a two-word transfer."""
    if u:
        return (4 if p else 0), 8
    return (-8 if p else -4), -8


def trans_SRS(ctx, a):
    if is_user(ctx):
        return gen_undef(ctx)
    ir = ctx.ir
    ir.call(helper_srs_check, imm=a.mode)
    sp = ctx.temp()
    ir.call(helper_get_banked_r13, d=sp, imm=a.mode)
    first, change = _block_offsets(a.p, a.u)
    addr = gen_addr_imm(ctx, sp, first)
    spsr = ctx.temp()
    ir.call(helper_mrs_spsr, d=spsr)
    mo = memop(ctx, O.MO_UL | O.MO_ALIGN)
    ir.st(reg_slot(ctx, 14), addr, 0, mo)
    ir.st(spsr, addr, 4, mo)
    if a.w:
        nsp = gen_addr_imm(ctx, sp, change)
        ir.call(helper_set_banked_r13, a=nsp, imm=a.mode)
    return True


def trans_RFE(ctx, a):
    if is_user(ctx):
        return gen_undef(ctx)
    ir = ctx.ir
    base = load_reg(ctx, a.rn)
    first, change = _block_offsets(a.p, a.u)
    addr = gen_addr_imm(ctx, base, first)
    mo = memop(ctx, O.MO_UL | O.MO_ALIGN)
    pc = ctx.temp()
    cpsr = ctx.temp()
    ir.ld(pc, addr, 0, mo)
    ir.ld(cpsr, addr, 4, mo)
    if a.w:
        ir.mov(reg_slot(ctx, a.rn), gen_addr_imm(ctx, base, change))
    ir.call(helper_rfe, a=pc, b=cpsr)
    gen_end_tb_dyn(ctx)
    return True


__all__ = [n for n in dir() if n.startswith("trans_")]
