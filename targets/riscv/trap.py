"""Trap entry, trap return and interrupt selection (privileged spec ch. 3-4).

``do_interrupt(cpu, excp, tval)`` takes an exception (``excp`` = cause) or
an interrupt (``excp`` = cause | EXCP_INT_FLAG) at the pc in the pc slot,
delegating to S-mode through medeleg/mideleg.  ``mret``/``sret`` are the
way back.  These functions only touch the register file and call the CPU's
``update_tb_flags``; they know nothing of the engine.
"""

from targets.riscv import cpu_bits as B


def _field(value, mask):
    return (value & mask) // (mask & -mask)


def _set_field(value, mask, field):
    return (value & ~mask) | ((field * (mask & -mask)) & mask)


def _trap_target(tvec, cause, is_interrupt):
    base = tvec & ~3
    if is_interrupt and tvec & 3 == 1:
        return base + 4 * cause
    return base


def do_interrupt(cpu, excp, tval=0):
    """Enter the trap handler for exception/interrupt ``excp``."""
    env = cpu.env
    is_interrupt = bool(excp & B.EXCP_INT_FLAG)
    cause = excp & ~B.EXCP_INT_FLAG
    if not is_interrupt and cause == B.EXCP_U_ECALL:
        cause = B.EXCP_U_ECALL + env.priv
    if is_interrupt or cause not in B.ADDRESS_EXCPS | {B.EXCP_ILLEGAL_INST}:
        tval = 0
    tval &= cpu.xlen_mask
    pc = cpu.get("pc")
    priv = env.priv
    deleg = cpu.get("mideleg" if is_interrupt else "medeleg")
    mstatus = cpu.get("mstatus")
    cause_value = cause | (is_interrupt << (cpu.xlen - 1))
    if priv <= B.PRV_S and (deleg >> cause) & 1:
        mstatus = _set_field(mstatus, B.MSTATUS_SPIE, _field(mstatus, B.MSTATUS_SIE))
        mstatus = _set_field(mstatus, B.MSTATUS_SPP, priv)
        mstatus &= ~B.MSTATUS_SIE
        cpu.set("scause", cause_value)
        cpu.set("sepc", pc)
        cpu.set("stval", tval)
        env.pc = _trap_target(cpu.get("stvec"), cause, is_interrupt)
        new_priv = B.PRV_S
    else:
        mstatus = _set_field(mstatus, B.MSTATUS_MPIE, _field(mstatus, B.MSTATUS_MIE))
        mstatus = _set_field(mstatus, B.MSTATUS_MPP, priv)
        mstatus &= ~B.MSTATUS_MIE
        cpu.set("mcause", cause_value)
        cpu.set("mepc", pc)
        cpu.set("mtval", tval)
        env.pc = _trap_target(cpu.get("mtvec"), cause, is_interrupt)
        new_priv = B.PRV_M
    cpu.set("mstatus", mstatus)
    cpu.halted = False
    cpu.set_priv(new_priv)


def mret(cpu):
    """Return from an M-mode trap; returns the new pc."""
    mstatus = cpu.get("mstatus")
    new_priv = _field(mstatus, B.MSTATUS_MPP)
    mstatus = _set_field(mstatus, B.MSTATUS_MIE, _field(mstatus, B.MSTATUS_MPIE))
    mstatus |= B.MSTATUS_MPIE
    mstatus = _set_field(mstatus, B.MSTATUS_MPP, B.PRV_U)
    if new_priv != B.PRV_M:
        mstatus &= ~B.MSTATUS_MPRV
    cpu.set("mstatus", mstatus)
    cpu.set_priv(new_priv)
    return cpu.get("mepc")


def sret(cpu):
    """Return from an S-mode trap; returns the new pc."""
    mstatus = cpu.get("mstatus")
    new_priv = _field(mstatus, B.MSTATUS_SPP)
    mstatus = _set_field(mstatus, B.MSTATUS_SIE, _field(mstatus, B.MSTATUS_SPIE))
    mstatus |= B.MSTATUS_SPIE
    mstatus &= ~B.MSTATUS_SPP
    mstatus &= ~B.MSTATUS_MPRV        # new_priv is never M
    cpu.set("mstatus", mstatus)
    cpu.set_priv(new_priv)
    return cpu.get("sepc")


def pending_interrupt(cpu):
    """The cause number of the interrupt to take now, or None."""
    env = cpu.env
    pending = cpu.get("mip") & cpu.get("mie")
    if not pending:
        return None
    priv = env.priv
    mstatus = cpu.get("mstatus")
    mideleg = cpu.get("mideleg")
    m_enabled = priv < B.PRV_M or bool(mstatus & B.MSTATUS_MIE)
    s_enabled = priv < B.PRV_S or (priv == B.PRV_S and bool(mstatus & B.MSTATUS_SIE))
    irqs = pending & ~mideleg if m_enabled else 0
    if not irqs and s_enabled:
        irqs = pending & mideleg
    for irq in B.IRQ_PRIORITY:
        if irqs >> irq & 1:
            return irq
    return None


def cpu_exec_interrupt(cpu):
    """Take a pending enabled interrupt; True if one was taken."""
    irq = pending_interrupt(cpu)
    if irq is None:
        return False
    do_interrupt(cpu, irq | B.EXCP_INT_FLAG)
    return True


def has_work(cpu):
    """wfi wakes up on any interrupt pending in mip & mie."""
    return bool(cpu.get("mip") & cpu.get("mie"))


def set_irq_line(cpu, irq, level):
    """A device drives interrupt ``irq`` (a mip bit number) to ``level``."""
    mip = cpu.get("mip")
    mip = mip | (1 << irq) if level else mip & ~(1 << irq)
    cpu.set("mip", mip)
    if level and has_work(cpu):
        cpu.halted = False
        cpu.exit_request()
