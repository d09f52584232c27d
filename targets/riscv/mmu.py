"""Address translation (Sv32/Sv39/Sv48/Sv57 page walker) and PMP checks.

:func:`tlb_fill` is what the engine calls on a TLB miss: it walks the page
table named by satp (reading PTEs through ``cpu.address_space`` and setting
the A and D bits in hardware, as QEMU does), then checks the physical page
against the PMP entries, and returns ``(paddr_page, prot)``.  Failures raise
GuestException with the page-fault or access-fault cause and tval = vaddr.

``prot`` carries PAGE_READ/WRITE/EXEC, and PAGE_NO_TLB when the page is not
covered by a single PMP region, so the result is only valid for this very
address: the engine must not cache it (see the report to the lead).
"""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException

from targets.riscv import cpu_bits as B

PAGE_BITS = 12
PAGE_SIZE = 1 << PAGE_BITS
PAGE_RWX = B.PAGE_READ | B.PAGE_WRITE | B.PAGE_EXEC
PAGE_NO_TLB = 8

_PAGE_FAULT = {O.ACCESS_LOAD: B.EXCP_LOAD_PAGE_FAULT,
               O.ACCESS_STORE: B.EXCP_STORE_PAGE_FAULT,
               O.ACCESS_FETCH: B.EXCP_INST_PAGE_FAULT}
_ACCESS_FAULT = {O.ACCESS_LOAD: B.EXCP_LOAD_ACCESS_FAULT,
                 O.ACCESS_STORE: B.EXCP_STORE_AMO_ACCESS_FAULT,
                 O.ACCESS_FETCH: B.EXCP_INST_ACCESS_FAULT}
_NEEDED = {O.ACCESS_LOAD: B.PAGE_READ, O.ACCESS_STORE: B.PAGE_WRITE,
           O.ACCESS_FETCH: B.PAGE_EXEC}

# satp mode -> (levels, index bits per level, PTE size in bytes)
_SCHEMES = {
    (32, B.SATP32_MODE_SV32): (2, 10, 4),
    (64, B.SATP64_MODE_SV39): (3, 9, 8),
    (64, B.SATP64_MODE_SV48): (4, 9, 8),
    (64, B.SATP64_MODE_SV57): (5, 9, 8),
}


class _Fault(Exception):
    """Internal: translation failed with ``kind`` 'page' or 'access'."""

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


# --- physical memory access for the walker ---------------------------------------
def _phys_access(cpu, addr, size, is_write=False, value=0):
    space = cpu.address_space
    if hasattr(space, "access"):
        return space.access(addr, size, is_write, value)
    if is_write:
        space.write(addr, size, value)
        return 0, True
    return space.read(addr, size), True


# --- PMP ----------------------------------------------------------------------
def pmp_entry_range(cpu, i):
    """(first, last) byte addresses of PMP entry i, or None when it is OFF."""
    cfg = cpu.get("pmpcfg", i)
    mode = (cfg >> B.PMP_A_SHIFT) & 3
    addr = cpu.get("pmpaddr", i)
    if mode == B.PMP_A_OFF:
        return None
    if mode == B.PMP_A_TOR:
        lo = cpu.get("pmpaddr", i - 1) << 2 if i else 0
        hi = addr << 2
        return (lo, hi - 1) if hi > lo else (1, 0)       # empty when hi <= lo
    if mode == B.PMP_A_NA4:
        return addr << 2, (addr << 2) + 3
    mask = addr ^ (addr + 1)                             # NAPOT
    base = (addr & ~mask) << 2
    return base, base + ((mask + 1) << 2) - 1


def pmp_check(cpu, lo, hi, priv):
    """PMP permissions (PMP_R/W/X bits) for bytes lo..hi at privilege
    ``priv``; returns (prot, exact) where exact is False when the range is
    only partly covered by the matching entry (the access then fails)."""
    for i in range(B.MAX_PMP):
        span = pmp_entry_range(cpu, i)
        if span is None:
            continue
        first, last = span
        if hi < first or lo > last:
            continue
        if not (first <= lo and hi <= last):
            return 0, False
        cfg = cpu.get("pmpcfg", i)
        if priv == B.PRV_M and not cfg & B.PMP_L:
            return PAGE_RWX, True
        return cfg & 7, True
    return (PAGE_RWX if priv == B.PRV_M else 0), True


def pmp_page_prot(cpu, paddr, priv):
    """Permissions of the page holding ``paddr``; adds PAGE_NO_TLB when
    only the bytes at ``paddr`` could be checked."""
    page = paddr & ~(PAGE_SIZE - 1)
    prot, exact = pmp_check(cpu, page, page + PAGE_SIZE - 1, priv)
    if exact:
        return prot
    prot, _exact = pmp_check(cpu, paddr, paddr, priv)
    return prot | PAGE_NO_TLB


# --- page walk -----------------------------------------------------------------
def _satp_fields(cpu):
    satp = cpu.get("satp")
    if cpu.xlen == 32:
        return satp >> 31, satp & ((1 << 22) - 1)
    return satp >> 60, satp & ((1 << 44) - 1)


def _leaf_prot(cpu, pte, priv, access):
    mstatus = cpu.get("mstatus")
    if pte & B.PTE_U:
        if priv == B.PRV_S and (access == O.ACCESS_FETCH or
                                not mstatus & B.MSTATUS_SUM):
            raise _Fault("page")
    elif priv == B.PRV_U:
        raise _Fault("page")
    prot = 0
    if pte & B.PTE_R or (pte & B.PTE_X and mstatus & B.MSTATUS_MXR):
        prot |= B.PAGE_READ
    if pte & B.PTE_X and not (pte & B.PTE_U and priv == B.PRV_S):
        prot |= B.PAGE_EXEC
    if pte & B.PTE_W and (pte & B.PTE_D or access == O.ACCESS_STORE):
        prot |= B.PAGE_WRITE
    if not prot & _NEEDED[access]:
        raise _Fault("page")
    return prot


def _update_ad(cpu, pte, pte_addr, pte_size, access):
    new = pte | B.PTE_A | (B.PTE_D if access == O.ACCESS_STORE else 0)
    if new != pte:
        _value, ok = _phys_access(cpu, pte_addr, pte_size, True, new)
        if not ok:
            raise _Fault("access")


def walk(cpu, vaddr, access, priv):
    """Translate ``vaddr``; returns (paddr, prot) or raises _Fault."""
    mode, root_ppn = _satp_fields(cpu)
    levels, bits, pte_size = _SCHEMES[(cpu.xlen, mode)]
    va_bits = PAGE_BITS + levels * bits
    if cpu.xlen == 64:
        top = vaddr >> (va_bits - 1)
        if top not in (0, (1 << (65 - va_bits)) - 1):
            raise _Fault("page")
    base = root_ppn << PAGE_BITS
    ppn_mask = (1 << 22) - 1 if cpu.xlen == 32 else (1 << 44) - 1
    for level in range(levels - 1, -1, -1):
        index = (vaddr >> (PAGE_BITS + level * bits)) & ((1 << bits) - 1)
        pte_addr = base + index * pte_size
        if not pmp_check(cpu, pte_addr, pte_addr + pte_size - 1, B.PRV_S)[0] & B.PMP_R:
            raise _Fault("access")
        pte, ok = _phys_access(cpu, pte_addr, pte_size)
        if not ok:
            raise _Fault("page")
        ppn = (pte >> 10) & ppn_mask
        if not pte & B.PTE_V or (pte & B.PTE_W and not pte & B.PTE_R):
            raise _Fault("page")
        if cpu.xlen == 64 and pte >> 54:
            raise _Fault("page")                 # N, PBMT and reserved bits
        if not pte & (B.PTE_R | B.PTE_X):
            base = ppn << PAGE_BITS              # pointer to the next level
            continue
        low_ppn_bits = level * bits
        if ppn & ((1 << low_ppn_bits) - 1):
            raise _Fault("page")                 # misaligned superpage
        prot = _leaf_prot(cpu, pte, priv, access)
        _update_ad(cpu, pte, pte_addr, pte_size, access)
        vpn_low = (vaddr >> PAGE_BITS) & ((1 << low_ppn_bits) - 1)
        paddr = ((ppn | vpn_low) << PAGE_BITS) | (vaddr & (PAGE_SIZE - 1))
        return paddr, prot
    raise _Fault("page")                         # pointer at the last level


def translate(cpu, vaddr, access, mmu_idx):
    """(paddr, prot) for an access at privilege ``mmu_idx``, PMP applied."""
    priv = mmu_idx
    vaddr &= cpu.xlen_mask
    mode, _ppn = _satp_fields(cpu)
    if priv == B.PRV_M or mode == B.SATP_MODE_BARE:
        paddr, prot = vaddr, PAGE_RWX
    else:
        paddr, prot = walk(cpu, vaddr, access, priv)
    pmp_prot = pmp_page_prot(cpu, paddr, priv)
    if not pmp_prot & _NEEDED[access]:
        raise _Fault("access")
    return paddr, (prot & pmp_prot) | (pmp_prot & PAGE_NO_TLB)


def tlb_fill(cpu, vaddr, access, mmu_idx):
    """Engine hook: (paddr_page, prot) or a page/access fault."""
    try:
        paddr, prot = translate(cpu, vaddr, access, mmu_idx)
    except _Fault as fault:
        table = _PAGE_FAULT if fault.kind == "page" else _ACCESS_FAULT
        raise GuestException(table[access], vaddr & cpu.xlen_mask) from None
    return paddr & ~(PAGE_SIZE - 1), prot


def sfence_vma(cpu, vaddr, asid_given):
    """sfence.vma: flush one page when rs1 != x0, else everything."""
    if vaddr is None:
        cpu.tlb_flush()
    else:
        cpu.tlb_flush_page(vaddr & cpu.xlen_mask)
