"""CSR masks, views and access rules (targets/riscv/csr.py)."""

import pytest

from emu.tcg.helpers import GuestException
from targets.riscv import cpu_bits as B
from targets.riscv.csr import CSR_NUMBERS, IllegalCSR, helper_csr

from tests.targets.riscv.harness import make_cpu

N = CSR_NUMBERS


def test_mstatus_write_mask_and_sd():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["mstatus"], -1)
    value = cpu.csr_read(N["mstatus"])
    assert value >> 63 == 1                                  # SD: FS dirty
    assert value & B.MSTATUS_UXL == 2 << 32                  # UXL stays 64
    assert not value & (1 << 6)                              # UBE is read-only 0


def test_reserved_mpp_value_is_not_stored():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["mstatus"], 2 << 11)
    assert (cpu.csr_read(N["mstatus"]) >> 11) & 3 == 0


def test_sstatus_is_a_view_of_mstatus():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["sstatus"], B.MSTATUS_SIE | B.MSTATUS_MIE)
    assert cpu.get("mstatus") & (B.MSTATUS_SIE | B.MSTATUS_MIE) == B.MSTATUS_SIE


def test_sie_and_sip_only_see_delegated_bits():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["mideleg"], B.MIP_SSIP)
    cpu.csr_write(N["sie"], B.MIP_SSIP | B.MIP_STIP)
    assert cpu.get("mie") == B.MIP_SSIP
    cpu.csr_write(N["sip"], -1)
    assert cpu.get("mip") == B.MIP_SSIP


def test_mtvec_reserved_mode_is_ignored():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["mtvec"], 0x80000001)
    cpu.csr_write(N["mtvec"], 0x90000002)
    assert cpu.csr_read(N["mtvec"]) == 0x80000001


def test_mepc_bit_zero_is_cleared():
    cpu = make_cpu("rv32")
    cpu.csr_write(N["mepc"], 0x80000003)
    assert cpu.csr_read(N["mepc"]) == 0x80000002


def test_satp_with_unsupported_mode_is_ignored():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["satp"], (8 << 60) | 0x80004)
    cpu.csr_write(N["satp"], (5 << 60) | 0x1)
    assert cpu.csr_read(N["satp"]) == (8 << 60) | 0x80004


def test_fcsr_combines_fflags_and_frm():
    cpu = make_cpu("rv64")
    cpu.set("mstatus", cpu.get("mstatus") | (1 << 13))
    cpu.csr_write(N["fcsr"], 0xFF)
    assert cpu.csr_read(N["fflags"]) == 0x1F and cpu.csr_read(N["frm"]) == 7


def test_fp_csrs_need_fs_on():
    cpu = make_cpu("rv64")
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["fflags"])


def test_counters_from_user_need_mcounteren_and_scounteren():
    cpu = make_cpu("rv64")
    cpu.set_priv(B.PRV_U)
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["cycle"])
    cpu.set("mcounteren", 1)
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["cycle"])
    cpu.set("scounteren", 1)
    assert cpu.csr_read(N["cycle"]) >= 0


def test_rv32_only_csrs():
    assert make_cpu("rv32").csr_read(N["cycleh"]) == 0
    with pytest.raises(IllegalCSR):
        make_cpu("rv64").csr_read(N["cycleh"])
    with pytest.raises(IllegalCSR):
        make_cpu("rv64").csr_read(0x3A1)                    # pmpcfg1 on RV64


def test_supervisor_cannot_read_machine_csrs():
    cpu = make_cpu("rv64")
    cpu.set_priv(B.PRV_S)
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["mstatus"])


def test_satp_traps_in_supervisor_with_tvm():
    cpu = make_cpu("rv64")
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_TVM)
    cpu.set_priv(B.PRV_S)
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["satp"])


def test_helper_reports_instruction_bits_on_illegal_access():
    cpu = make_cpu("rv64")
    with pytest.raises(GuestException) as exc:
        helper_csr(cpu, 0, 0, 0x800022f3)                    # csrr t0, 0x800
    assert exc.value.excp == B.EXCP_ILLEGAL_INST and exc.value.tval == 0x800022f3


def test_csrrs_with_x0_does_not_write_read_only_csr():
    cpu = make_cpu("rv64")
    assert helper_csr(cpu, 0, 0, 0xf14022f3) == 0            # csrr t0, mhartid


def test_mcycle_write_moves_the_counter():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["mcycle"], 1000)
    assert cpu.csr_read(N["mcycle"]) == 1000


def test_disassembly_of_mixed_width_code():
    cpu = make_cpu("rv64")
    lines = cpu.disas(bytes.fromhex("1545") + bytes.fromhex("b3853500") + b"\x0b\x00\x00\x00",
                      0x80000000)   # c.li a0, 5; add a1, a1, gp; custom-0
    assert [(pc, size) for pc, size, _t in lines] == [(0x80000000, 2), (0x80000002, 4),
                                                      (0x80000006, 4)]
    assert lines[0][2].startswith("c.li") and "a0" in lines[0][2]
    assert lines[2][2] == ".4byte 0xb"


def _sstc_cpu():
    cpu = make_cpu("rv64")
    timers = cpu.machine.timers
    cpu.rdtime_fn = lambda: timers.clock.now() // 100          # 10 MHz
    cpu.init_sstc(timers, 10_000_000)
    return cpu


def test_stimecmp_in_the_past_raises_stip_at_once():
    cpu = _sstc_cpu()
    cpu.machine.timers.clock.set_now(1000)                        # time = 10
    cpu.csr_write(N["stimecmp"], 5)
    assert cpu.get("mip") & B.MIP_STIP


def test_stimecmp_in_the_future_arms_the_timer():
    cpu = _sstc_cpu()
    timers = cpu.machine.timers
    cpu.csr_write(N["stimecmp"], 1_000_000)                       # 100 ms
    assert not cpu.get("mip") & B.MIP_STIP
    assert timers.deadline() == 100_000_000 + timers.clock.bias
    timers.clock.set_now(timers.deadline())
    timers.run_expired()
    assert cpu.get("mip") & B.MIP_STIP


def test_stimecmp_below_m_needs_stce_and_tm():
    cpu = _sstc_cpu()
    cpu.set_priv(B.PRV_S)
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["stimecmp"])
    cpu.set("mcounteren", 2)
    cpu.set("menvcfg", B.MENVCFG_STCE)
    assert cpu.csr_read(N["stimecmp"]) == 0


def test_stce_makes_mip_stip_read_only():
    cpu = _sstc_cpu()
    cpu.csr_write(N["menvcfg"], B.MENVCFG_STCE)
    cpu.csr_write(N["mip"], B.MIP_STIP)
    assert not cpu.get("mip") & B.MIP_STIP


def test_hpm_counters_hold_what_is_written():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["mhpmcounter3"], 1)
    cpu.csr_write(N["mhpmcounter18"], 0x1234)
    assert cpu.csr_read(N["mhpmcounter3"]) == 1
    assert cpu.csr_read(N["mhpmcounter18"]) == 0x1234
    with pytest.raises(IllegalCSR):
        cpu.csr_read(N["mhpmcounter19"])


def test_trigger_csrs_report_no_trigger():
    cpu = make_cpu("rv64")
    cpu.csr_write(N["tselect"], 1)
    cpu.csr_write(N["tdata1"], (2 << 60) | 0x44)
    assert cpu.csr_read(N["tselect"]) == 0 and cpu.csr_read(N["tdata1"]) == 0
