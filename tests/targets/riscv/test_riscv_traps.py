"""Trap entry, delegation, interrupts, mret/sret and wfi."""

from targets.riscv import cpu_bits as B
from targets.riscv import trap

from tests.targets.riscv.harness import allow_all_pmp, make_cpu, run_code

INT = 1 << 63


def cpu_in(priv, model="rv64"):
    cpu = make_cpu(model)
    cpu.set("pc", 0x80001000)
    cpu.set("mtvec", 0x80000100)
    cpu.set("stvec", 0x80000200)
    cpu.set_priv(priv)
    return cpu


def test_exception_enters_machine_mode_and_stacks_status():
    cpu = cpu_in(B.PRV_U)
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_MIE)
    cpu.do_interrupt(B.EXCP_U_ECALL, 0)
    assert cpu.env.priv == B.PRV_M and cpu.get("pc") == 0x80000100
    assert cpu.get("mcause") == B.EXCP_U_ECALL and cpu.get("mepc") == 0x80001000
    status = cpu.get("mstatus")
    assert not status & B.MSTATUS_MIE and status & B.MSTATUS_MPIE
    assert status & B.MSTATUS_MPP == 0                       # came from U


def test_ecall_cause_depends_on_the_mode():
    for priv, cause in ((B.PRV_U, 8), (B.PRV_S, 9), (B.PRV_M, 11)):
        cpu = cpu_in(priv)
        cpu.do_interrupt(B.EXCP_U_ECALL, 0)
        assert cpu.get("mcause") == cause


def test_delegated_exception_goes_to_supervisor():
    cpu = cpu_in(B.PRV_U)
    cpu.set("medeleg", 1 << B.EXCP_LOAD_PAGE_FAULT)
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_SIE)
    cpu.do_interrupt(B.EXCP_LOAD_PAGE_FAULT, 0x1234)
    assert cpu.env.priv == B.PRV_S and cpu.get("pc") == 0x80000200
    assert cpu.get("scause") == 13 and cpu.get("stval") == 0x1234
    assert cpu.get("sepc") == 0x80001000
    status = cpu.get("mstatus")
    assert status & B.MSTATUS_SPIE and not status & (B.MSTATUS_SIE | B.MSTATUS_SPP)


def test_delegation_never_lowers_the_privilege():
    cpu = cpu_in(B.PRV_M)
    cpu.set("medeleg", 1 << B.EXCP_ILLEGAL_INST)
    cpu.do_interrupt(B.EXCP_ILLEGAL_INST, 0x13)
    assert cpu.env.priv == B.PRV_M and cpu.get("mtval") == 0x13


def test_breakpoint_has_zero_tval():
    cpu = cpu_in(B.PRV_M)
    cpu.do_interrupt(B.EXCP_BREAKPOINT, 0x80001000)
    assert cpu.get("mtval") == 0


def test_enabled_timer_interrupt_is_taken_vectored():
    cpu = cpu_in(B.PRV_M)
    cpu.set("mtvec", 0x80000101)                             # vectored
    cpu.set("mie", B.MIP_MTIP)
    cpu.set_irq_line(B.IRQ_M_TIMER, 1)
    assert not cpu.cpu_exec_interrupt()                      # MIE = 0 in M-mode
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_MIE)
    assert cpu.cpu_exec_interrupt()
    assert cpu.get("mcause") == INT | 7
    assert cpu.get("pc") == 0x80000100 + 4 * 7


def test_external_interrupt_has_priority_over_timer():
    cpu = cpu_in(B.PRV_U)
    cpu.set("mie", B.MIP_MTIP | B.MIP_MEIP)
    cpu.set_irq_line(B.IRQ_M_TIMER, 1)
    cpu.set_irq_line(B.IRQ_M_EXT, 1)
    assert trap.pending_interrupt(cpu) == B.IRQ_M_EXT


def test_lower_modes_take_machine_interrupts_regardless_of_mie():
    cpu = cpu_in(B.PRV_S)
    cpu.set("mie", B.MIP_MSIP)
    cpu.set_irq_line(B.IRQ_M_SOFT, 1)
    assert cpu.cpu_exec_interrupt() and cpu.env.priv == B.PRV_M


def test_delegated_interrupt_goes_to_supervisor_only_when_enabled():
    cpu = cpu_in(B.PRV_S)
    cpu.set("mideleg", B.MIP_STIP)
    cpu.set("mie", B.MIP_STIP)
    cpu.set("mip", B.MIP_STIP)
    assert not cpu.cpu_exec_interrupt()                      # SIE = 0
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_SIE)
    assert cpu.cpu_exec_interrupt()
    assert cpu.env.priv == B.PRV_S and cpu.get("scause") == INT | 5


def test_delegated_interrupt_is_not_taken_in_machine_mode():
    cpu = cpu_in(B.PRV_M)
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_MIE | B.MSTATUS_SIE)
    cpu.set("mideleg", B.MIP_SSIP)
    cpu.set("mie", B.MIP_SSIP)
    cpu.set("mip", B.MIP_SSIP)
    assert not cpu.cpu_exec_interrupt()


def test_mret_restores_mode_and_interrupt_enable():
    cpu = cpu_in(B.PRV_M)
    cpu.set("mepc", 0x80002000)
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_MPIE | (B.PRV_S << 11) | B.MSTATUS_MPRV)
    assert trap.mret(cpu) == 0x80002000
    status = cpu.get("mstatus")
    assert cpu.env.priv == B.PRV_S
    assert status & B.MSTATUS_MIE and status & B.MSTATUS_MPIE
    assert status & B.MSTATUS_MPP == 0 and not status & B.MSTATUS_MPRV


def test_sret_returns_to_user():
    cpu = cpu_in(B.PRV_S)
    cpu.set("sepc", 0x80003000)
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_SPIE)
    assert trap.sret(cpu) == 0x80003000
    assert cpu.env.priv == B.PRV_U and cpu.get("mstatus") & B.MSTATUS_SIE


def test_mret_instruction_switches_mode_and_pc():
    def setup(cpu):
        allow_all_pmp(cpu)
        cpu.set("mepc", 0x80000008)
        cpu.set("mstatus", cpu.get("mstatus") | (B.PRV_S << 11))
    cpu = run_code("rv64", ["30200073",                      # mret
                            "00100513",                      # li a0, 1
                            "00200593"], setup=setup)        # li a1, 2
    assert cpu.env.priv == B.PRV_S
    assert cpu.get("x", 10) == 0 and cpu.get("x", 11) == 2


def test_mret_from_supervisor_is_illegal():
    def setup(cpu):
        allow_all_pmp(cpu)
        cpu.set_priv(B.PRV_S)
    cpu = run_code("rv64", ["30200073"], setup=setup)         # mret
    assert cpu.get("mcause") == B.EXCP_ILLEGAL_INST and cpu.get("mtval") == 0x30200073


def test_wfi_halts_until_an_enabled_interrupt_is_pending():
    cpu = run_code("rv64", ["10500073",                       # wfi
                            "00100513"])                      # li a0, 1
    assert cpu.halted and cpu.get("pc") == 0x80000004
    cpu.set("mie", B.MIP_MEIP)
    cpu.set_irq_line(B.IRQ_M_EXT, 1)
    assert not cpu.halted


def test_set_irq_line_lowers_the_bit():
    cpu = cpu_in(B.PRV_M)
    cpu.set_irq_line(B.IRQ_S_EXT, 1)
    cpu.set_irq_line(B.IRQ_S_EXT, 0)
    assert cpu.get("mip") == 0
