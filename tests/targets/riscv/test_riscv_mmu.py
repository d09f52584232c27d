"""Page walks (Sv39, Sv32) with tables built in RAM, A/D updates, faults,
and PMP checks, through RISCVCPU.tlb_fill."""

import pytest

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from targets.riscv import cpu_bits as B
from targets.riscv.mmu import PAGE_NO_TLB, pmp_entry_range

from tests.targets.riscv.harness import make_cpu

LOAD, STORE, FETCH = O.ACCESS_LOAD, O.ACCESS_STORE, O.ACCESS_FETCH
ROOT, MID, LEAF, TARGET = 0x80004000, 0x80005000, 0x80006000, 0x80008000
V, R, W, X, U, A, D = (B.PTE_V, B.PTE_R, B.PTE_W, B.PTE_X, B.PTE_U, B.PTE_A, B.PTE_D)


def pte(paddr, flags):
    return ((paddr >> 12) << 10) | flags


def allow_all_pmp(cpu):
    cpu.set("pmpaddr", (1 << 54) - 1 if cpu.xlen == 64 else 0xFFFFFFFF, 0)
    cpu.set("pmpcfg", (B.PMP_A_NAPOT << B.PMP_A_SHIFT) | 7, 0)


def sv39_cpu(leaf_flags, va=0x40001000):
    """VA 0x40001000 -> TARGET through a 3-level Sv39 table."""
    cpu = make_cpu("rv64")
    mem = cpu.address_space
    mem.write(ROOT + 8 * ((va >> 30) & 0x1FF), 8, pte(MID, V))
    mem.write(MID + 8 * ((va >> 21) & 0x1FF), 8, pte(LEAF, V))
    mem.write(LEAF + 8 * ((va >> 12) & 0x1FF), 8, pte(TARGET, leaf_flags))
    cpu.set("satp", (B.SATP64_MODE_SV39 << 60) | (ROOT >> 12))
    allow_all_pmp(cpu)
    cpu.set_priv(B.PRV_S)
    return cpu


def leaf_of(cpu, va=0x40001000):
    return cpu.address_space.read(LEAF + 8 * ((va >> 12) & 0x1FF), 8)


def fault(cpu, va, access, mmu_idx):
    with pytest.raises(GuestException) as exc:
        cpu.tlb_fill(va, access, mmu_idx)
    return exc.value.excp, exc.value.tval


def test_sv39_walk_translates_and_sets_accessed():
    cpu = sv39_cpu(V | R | W | X)
    paddr, prot = cpu.tlb_fill(0x40001234, LOAD, B.MMUIDX_S)
    assert paddr == TARGET
    assert prot == B.PAGE_READ | B.PAGE_EXEC          # no W until D is set
    assert leaf_of(cpu) & (A | D) == A


def test_store_sets_dirty_and_grants_write():
    cpu = sv39_cpu(V | R | W)
    _paddr, prot = cpu.tlb_fill(0x40001000, STORE, B.MMUIDX_S)
    assert prot & B.PAGE_WRITE
    assert leaf_of(cpu) & (A | D) == A | D


def test_store_to_read_only_page_is_a_store_page_fault():
    cpu = sv39_cpu(V | R)
    assert fault(cpu, 0x40001008, STORE, B.MMUIDX_S) == (B.EXCP_STORE_PAGE_FAULT, 0x40001008)


def test_invalid_pte_is_a_page_fault_with_the_address():
    cpu = sv39_cpu(R | W)                              # V clear
    assert fault(cpu, 0x40001010, FETCH, B.MMUIDX_S) == (B.EXCP_INST_PAGE_FAULT, 0x40001010)


def test_supervisor_needs_sum_for_user_pages():
    cpu = sv39_cpu(V | R | W | U)
    assert fault(cpu, 0x40001000, LOAD, B.MMUIDX_S)[0] == B.EXCP_LOAD_PAGE_FAULT
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_SUM)
    assert cpu.tlb_fill(0x40001000, LOAD, B.MMUIDX_S)[0] == TARGET


def test_supervisor_never_executes_user_pages():
    cpu = sv39_cpu(V | R | X | U)
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_SUM)
    assert fault(cpu, 0x40001000, FETCH, B.MMUIDX_S)[0] == B.EXCP_INST_PAGE_FAULT


def test_user_cannot_touch_supervisor_pages():
    cpu = sv39_cpu(V | R | W | X)
    assert fault(cpu, 0x40001000, LOAD, B.MMUIDX_U)[0] == B.EXCP_LOAD_PAGE_FAULT


def test_mxr_makes_execute_only_pages_readable():
    cpu = sv39_cpu(V | X)
    assert fault(cpu, 0x40001000, LOAD, B.MMUIDX_S)[0] == B.EXCP_LOAD_PAGE_FAULT
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_MXR)
    assert cpu.tlb_fill(0x40001000, LOAD, B.MMUIDX_S)[1] & B.PAGE_READ


def test_non_canonical_address_faults():
    cpu = sv39_cpu(V | R)
    assert fault(cpu, 0x0000008000000000, LOAD, B.MMUIDX_S)[0] == B.EXCP_LOAD_PAGE_FAULT


def test_megapage_maps_the_low_bits_through():
    cpu = make_cpu("rv64")
    cpu.address_space.write(ROOT + 8, 8, pte(MID, V))          # VA 1 GiB
    cpu.address_space.write(MID, 8, pte(0x80000000, V | R | A)) # 2 MiB leaf
    cpu.set("satp", (B.SATP64_MODE_SV39 << 60) | (ROOT >> 12))
    allow_all_pmp(cpu)
    assert cpu.tlb_fill(0x40012345, LOAD, B.MMUIDX_S)[0] == 0x80012000


def test_misaligned_megapage_faults():
    cpu = make_cpu("rv64")
    cpu.address_space.write(ROOT + 8, 8, pte(MID, V))
    cpu.address_space.write(MID, 8, pte(0x80001000, V | R | A))
    cpu.set("satp", (B.SATP64_MODE_SV39 << 60) | (ROOT >> 12))
    allow_all_pmp(cpu)
    assert fault(cpu, 0x40000000, LOAD, B.MMUIDX_S)[0] == B.EXCP_LOAD_PAGE_FAULT


def test_machine_mode_is_never_translated():
    cpu = sv39_cpu(0)
    assert cpu.tlb_fill(0x80001000, LOAD, B.MMUIDX_M)[0] == 0x80001000


def test_sv32_two_level_walk():
    cpu = make_cpu("rv32")
    va = 0x40001000
    cpu.address_space.write(ROOT + 4 * (va >> 22), 4, pte(LEAF, V))
    cpu.address_space.write(LEAF + 4 * ((va >> 12) & 0x3FF), 4, pte(TARGET, V | R | W | A | D))
    cpu.set("satp", (1 << 31) | (ROOT >> 12))
    allow_all_pmp(cpu)
    paddr, prot = cpu.tlb_fill(va, STORE, B.MMUIDX_S)
    assert paddr == TARGET and prot & B.PAGE_WRITE


# --- PMP ---------------------------------------------------------------------------
def test_supervisor_without_pmp_entries_gets_access_fault():
    cpu = make_cpu("rv64")
    assert fault(cpu, 0x80001000, LOAD, B.MMUIDX_S) == (B.EXCP_LOAD_ACCESS_FAULT, 0x80001000)
    assert cpu.tlb_fill(0x80001000, LOAD, B.MMUIDX_M)[0] == 0x80001000


def test_locked_entry_applies_to_machine_mode():
    cpu = make_cpu("rv64")
    cpu.set("pmpaddr", (0x80000000 >> 2) | ((1 << 13) - 1) >> 1, 0)   # NAPOT 32 KiB
    cpu.set("pmpcfg", B.PMP_L | (B.PMP_A_NAPOT << B.PMP_A_SHIFT) | B.PMP_R | B.PMP_X, 0)
    assert fault(cpu, 0x80000010, STORE, B.MMUIDX_M)[0] == B.EXCP_STORE_AMO_ACCESS_FAULT
    assert cpu.tlb_fill(0x80000010, LOAD, B.MMUIDX_M)[1] == B.PAGE_READ | B.PAGE_EXEC


def test_napot_and_tor_ranges():
    cpu = make_cpu("rv64")
    cpu.set("pmpaddr", (0x80000000 >> 2) | 0x1FF, 0)                  # 4 KiB
    cpu.set("pmpcfg", B.PMP_A_NAPOT << B.PMP_A_SHIFT, 0)
    assert pmp_entry_range(cpu, 0) == (0x80000000, 0x80000FFF)
    cpu.set("pmpaddr", 0x80002000 >> 2, 1)
    cpu.set("pmpcfg", B.PMP_A_TOR << B.PMP_A_SHIFT, 1)
    assert pmp_entry_range(cpu, 1) == (0x800007FC, 0x80001FFF)   # from pmpaddr0 << 2
    cpu.set("pmpcfg", B.PMP_A_NA4 << B.PMP_A_SHIFT, 1)
    assert pmp_entry_range(cpu, 1) == (0x80002000, 0x80002003)


def test_page_partly_covered_by_pmp_is_not_cached():
    cpu = make_cpu("rv64")
    cpu.set("pmpaddr", 0x80000000 >> 2, 0)
    cpu.set("pmpcfg", (B.PMP_A_NA4 << B.PMP_A_SHIFT) | 7, 0)
    _paddr, prot = cpu.tlb_fill(0x80000000, LOAD, B.MMUIDX_S)
    assert prot & PAGE_NO_TLB


def test_csr_pmp_writes_ignore_locked_entries():
    cpu = make_cpu("rv64")
    cpu.csr_write(0x3A0, B.PMP_L | B.PMP_R)                          # pmpcfg0
    cpu.csr_write(0x3A0, 7)
    assert cpu.csr_read(0x3A0) & 0xFF == B.PMP_L | B.PMP_R
    cpu.csr_write(0x3B0, 0x1234)                                      # pmpaddr0, locked
    assert cpu.csr_read(0x3B0) == 0
