"""Alpha address translation as QEMU's PALcode interface defines it.

* MMU_PHYS_IDX (HW_LD/HW_ST physical): virtual = physical.
* KSEG (virtual bits 42..41 == 2, kernel mode only): physical = the low 40
  bits, with bit 40 moved to bit 43 for the Typhoon's I/O space.
* Anything else: the OSF/1 three-level page table at PTBR, walked exactly
  like the PALcode would (8 KiB pages, 10 index bits per level).

The engine's TLB works on 4 KiB pieces, so a fill returns the physical 4 KiB
page of the address.  A fault sets trap_arg0..2 (address, MM_K_* code,
access: 0 load, 1 store, -1 fetch) and raises EXCP_MMFAULT.
"""

from emu.cpu import PROT_EXEC, PROT_READ, PROT_WRITE
from emu.tcg import ops as O
from emu.tcg.helpers import GuestException

from targets.alpha import cpu_bits as B

_PAGE_MASK = (1 << B.ALPHA_PAGE_BITS) - 1
_ACCESS_PROT = {O.ACCESS_LOAD: PROT_READ, O.ACCESS_STORE: PROT_WRITE,
                O.ACCESS_FETCH: PROT_EXEC}


def _signed(v):
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >> 63 else v


def translate(cpu, vaddr, prot_need, mmu_idx):
    """(physical address, prot, fault) for vaddr; fault is an MM_K_* code
    or -1 on success (QEMU's get_physical_address)."""
    saddr = _signed(vaddr)
    addr = saddr & ((1 << 64) - 1)
    if mmu_idx == B.MMU_PHYS_IDX:
        return addr, PROT_READ | PROT_WRITE | PROT_EXEC, -1
    if (saddr >> B.VIRT_ADDR_BITS) != (saddr >> 63):
        return 0, 0, B.MM_K_ACV
    if saddr < 0 and ((saddr >> 41) & 3) == 2:
        if mmu_idx != B.MMU_KERNEL_IDX:
            return 0, 0, B.MM_K_ACV
        phys = (addr & ((1 << 40) - 1)) | ((addr & (1 << 40)) << 3)
        return phys, PROT_READ | PROT_WRITE | PROT_EXEC, -1
    space = cpu.address_space
    pt = cpu.get("ptbr")
    for shift in (B.ALPHA_PAGE_BITS + 20, B.ALPHA_PAGE_BITS + 10):
        index = (addr >> shift) & 0x3FF
        pte = space.read(pt + index * 8, 8)
        if not pte & B.PTE_VALID:
            return 0, 0, B.MM_K_TNV
        if not pte & B.PTE_KRE:
            return 0, 0, B.MM_K_ACV
        pt = (pte >> 32) << B.ALPHA_PAGE_BITS
    pte = space.read(pt + ((addr >> B.ALPHA_PAGE_BITS) & 0x3FF) * 8, 8)
    phys = ((pte >> 32) << B.ALPHA_PAGE_BITS) | (addr & _PAGE_MASK)
    if not pte & B.PTE_VALID:
        return phys, 0, B.MM_K_TNV
    prot = 0
    if pte & (B.PTE_KRE << mmu_idx):
        prot |= PROT_READ | PROT_EXEC
    if pte & (B.PTE_KWE << mmu_idx):
        prot |= PROT_WRITE
    if prot_need and not prot & prot_need:
        return phys, prot, B.MM_K_ACV
    prot &= ~(pte >> 1)
    if not prot & prot_need:
        if prot_need & PROT_EXEC:
            return phys, prot, B.MM_K_FOE
        if prot_need & PROT_WRITE:
            return phys, prot, B.MM_K_FOW
        if prot_need & PROT_READ:
            return phys, prot, B.MM_K_FOR
    return phys, prot, -1


def tlb_fill(cpu, vaddr, access, mmu_idx):
    """The engine hook: (physical 4 KiB page, prot) or an entMM fault."""
    phys, prot, fault = translate(cpu, vaddr, _ACCESS_PROT[access], mmu_idx)
    if fault >= 0:
        env = cpu.env
        env.trap_arg0 = vaddr
        env.trap_arg1 = fault
        env.trap_arg2 = {O.ACCESS_LOAD: 0, O.ACCESS_STORE: 1, O.ACCESS_FETCH: -1}[access]
        raise GuestException(B.EXCP_MMFAULT, vaddr)
    return phys & ~((1 << cpu.page_bits) - 1), prot


def get_phys_page_debug(cpu, vaddr):
    """Physical address for the monitor and gdb, or -1."""
    phys, _prot, fault = translate(cpu, vaddr, 0, B.MMU_KERNEL_IDX)
    return -1 if fault >= 0 else phys
