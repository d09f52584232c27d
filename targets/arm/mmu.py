"""The VMSAv7 short-descriptor translation (ARM ARM B3.5) and the aborts
it and the bus raise.

:func:`tlb_fill` is the engine hook: with SCTLR.M clear addresses are
physical (everything allowed); otherwise it walks the tables named by
TTBR0/TTBR1 and TTBCR.N, checks the domain (DACR) and the access
permissions (AP[2:0], or the simplified model when SCTLR.AFE is set), and
returns ``(paddr_page, prot)``.  Faults write DFSR/DFAR (data) or
IFSR/IFAR (fetch) in the short-descriptor format and raise the abort.
With TTBCR.EAE set the long-descriptor (LPAE) format is walked instead
(:func:`walk_long`: 4 KiB granule, blocks and pages, AP[2:1], AF, XN/PXN;
the hierarchical APTable/XNTable controls are not applied).
"""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException

from targets.arm import cpu_bits as B

PAGE_READ, PAGE_WRITE, PAGE_EXEC = 1, 2, 4
PAGE_RWX = 7
MASK32 = 0xFFFFFFFF


class _Fault(Exception):
    def __init__(self, fs, domain=0, ea=False, lpae=False):
        super().__init__(fs)
        self.fs = fs
        self.domain = domain
        self.ea = ea
        self.lpae = lpae


TTBCR_EAE = 1 << 31
# long-descriptor fault status: type << 2 | level
LFS_TRANSLATION, LFS_ACCESS_FLAG, LFS_PERMISSION = 1, 2, 3


def _fsr(fs, domain, access, ea, lpae=False):
    if lpae:
        value = (fs & 0x3F) | (1 << 9)
    else:
        value = (fs & 0xF) | ((fs >> 4) << 10) | (domain << 4)
    if access == O.ACCESS_STORE:
        value |= 1 << 11
    if ea:
        value |= 1 << 12
    return value


def raise_abort(cpu, vaddr, access, fs, domain=0, ea=False, lpae=None):
    """Record the fault and raise the data or prefetch abort."""
    vaddr &= MASK32
    if lpae is None:
        lpae = bool(cpu.get("ttbcr") & TTBCR_EAE)
        if lpae and fs == B.FS_ALIGNMENT:
            fs = 0x21
        elif lpae and fs == B.FS_SYNC_EXTERNAL:
            fs = 0x10
    if access == O.ACCESS_FETCH:
        cpu.set("ifsr", _fsr(fs, domain, access, ea, lpae) & ~(1 << 11))
        cpu.set("ifar", vaddr)
        raise GuestException(B.EXCP_PREFETCH_ABORT, vaddr)
    cpu.set("dfsr", _fsr(fs, domain, access, ea, lpae))
    cpu.set("dfar", vaddr)
    raise GuestException(B.EXCP_DATA_ABORT, vaddr)


def raise_alignment_fault(cpu, vaddr, access):
    raise_abort(cpu, vaddr, access, B.FS_ALIGNMENT)


def raise_external_abort(cpu, vaddr, access):
    raise_abort(cpu, vaddr, access, B.FS_SYNC_EXTERNAL, ea=True)


def _read_desc(cpu, addr, level):
    value, ok = cpu.address_space.access(addr & MASK32, 4, False, 0)
    if not ok:
        raise _Fault(B.FS_WALK_EXTERNAL_L1 if level == 1 else B.FS_WALK_EXTERNAL_L2, ea=True)
    return value


def _ap_prot(cpu, ap, user):
    """PAGE_READ/WRITE bits granted by AP[2:0] (None = no access)."""
    if cpu.get("sctlr") & B.SCTLR_AFE:
        ap &= 6
        ap |= 1
    table = {
        0: (0, 0),
        1: (PAGE_READ | PAGE_WRITE, 0),
        2: (PAGE_READ | PAGE_WRITE, PAGE_READ),
        3: (PAGE_READ | PAGE_WRITE, PAGE_READ | PAGE_WRITE),
        4: (0, 0),
        5: (PAGE_READ, 0),
        6: (PAGE_READ, PAGE_READ),
        7: (PAGE_READ, PAGE_READ),
    }
    kernel, usr = table[ap]
    return usr if user else kernel


def walk(cpu, vaddr, access, user):
    """(paddr, prot) for vaddr, or raise _Fault."""
    ttbcr_n = cpu.get("ttbcr") & 7
    if ttbcr_n and vaddr >> (32 - ttbcr_n):
        base = cpu.get("ttbr1") & 0xFFFFC000
        index = vaddr >> 20
    else:
        base = cpu.get("ttbr0") & (0xFFFFFFFF << (14 - ttbcr_n)) & MASK32
        index = (vaddr >> 20) & ((1 << (12 - ttbcr_n)) - 1)
    l1 = _read_desc(cpu, base | (index << 2), 1)
    kind = l1 & 3
    if kind == 0 or kind == 3:
        raise _Fault(B.FS_TRANSLATION_SECTION)
    domain = (l1 >> 5) & 0xF
    if kind == 2:
        section = True
        if l1 & (1 << 18):                       # supersection
            domain = 0
            paddr = (l1 & 0xFF000000) | (vaddr & 0x00FFFFFF)
        else:
            paddr = (l1 & 0xFFF00000) | (vaddr & 0x000FFFFF)
        ap = ((l1 >> 10) & 3) | ((l1 >> 13) & 4)
        xn = (l1 >> 4) & 1
    else:
        section = False
        l2 = _read_desc(cpu, (l1 & 0xFFFFFC00) | (((vaddr >> 12) & 0xFF) << 2), 2)
        kind2 = l2 & 3
        if kind2 == 0:
            raise _Fault(B.FS_TRANSLATION_PAGE, domain)
        if kind2 == 1:                           # large page (64 KiB)
            paddr = (l2 & 0xFFFF0000) | (vaddr & 0xFFFF)
            xn = (l2 >> 15) & 1
        else:                                    # small page
            paddr = (l2 & 0xFFFFF000) | (vaddr & 0xFFF)
            xn = l2 & 1
        ap = ((l2 >> 4) & 3) | ((l2 >> 7) & 4)
    dacr = (cpu.get("dacr") >> (2 * domain)) & 3
    if dacr in (0, 2):
        raise _Fault(B.FS_DOMAIN_SECTION if section else B.FS_DOMAIN_PAGE, domain)
    if cpu.get("sctlr") & B.SCTLR_AFE and not ap & 1:
        raise _Fault(B.FS_ACCESS_FLAG_SECTION if section else B.FS_ACCESS_FLAG_PAGE, domain)
    if dacr == 3:
        prot = PAGE_RWX
    else:
        prot = _ap_prot(cpu, ap, user)
        if prot & PAGE_READ:
            prot |= PAGE_EXEC
    if xn:
        prot &= ~PAGE_EXEC
    needed = {O.ACCESS_LOAD: PAGE_READ, O.ACCESS_STORE: PAGE_WRITE,
              O.ACCESS_FETCH: PAGE_EXEC}[access]
    if not prot & needed:
        raise _Fault(B.FS_PERMISSION_SECTION if section else B.FS_PERMISSION_PAGE, domain)
    return paddr, prot


def _read_desc64(cpu, addr, level):
    lo, ok = cpu.address_space.access(addr, 4, False, 0)
    hi, ok2 = cpu.address_space.access(addr + 4, 4, False, 0)
    if not (ok and ok2):
        raise _Fault(0x14 | level, ea=True, lpae=True)     # synchronous external, on walk
    return lo | (hi << 32)


def walk_long(cpu, vaddr, access, user):
    """(paddr, prot) through long-descriptor tables (TTBCR.EAE = 1)."""
    ttbcr = cpu.get("ttbcr")
    t0sz, t1sz = ttbcr & 7, (ttbcr >> 16) & 7
    if t0sz and vaddr < (1 << (32 - t0sz)) or (not t0sz and not t1sz):
        ttbr, tsz = cpu.get("ttbr0"), t0sz
    elif t1sz and vaddr >= (1 << 32) - (1 << (32 - t1sz)):
        ttbr, tsz = cpu.get("ttbr1"), t1sz
    elif not t0sz:
        ttbr, tsz = cpu.get("ttbr0"), t0sz
    else:
        raise _Fault((LFS_TRANSLATION << 2) | 1, lpae=True)
    bits = 32 - tsz
    level = 1 if bits > 30 else 2
    table = ttbr & 0xFFFFFFFFF8 & ~((1 << (max(bits - (30 if level == 1 else 21), 0) + 3)) - 1)
    while True:
        shift = {1: 30, 2: 21, 3: 12}[level]
        top = bits if level == (1 if bits > 30 else 2) else shift + 9
        index = (vaddr >> shift) & ((1 << (top - shift)) - 1)
        desc = _read_desc64(cpu, table + index * 8, level)
        kind = desc & 3
        if kind in (0, 2) or (level == 3 and kind == 1):
            raise _Fault((LFS_TRANSLATION << 2) | level, lpae=True)
        if kind == 3 and level < 3:
            table = desc & 0xFFFFFFF000
            level += 1
            continue
        break
    paddr = (desc & 0xFFFFFFF000 & ~((1 << shift) - 1)) | (vaddr & ((1 << shift) - 1))
    if not desc & (1 << 10):
        raise _Fault((LFS_ACCESS_FLAG << 2) | level, lpae=True)
    ap = (desc >> 6) & 3
    prot = {0: (PAGE_READ | PAGE_WRITE, 0), 1: (PAGE_READ | PAGE_WRITE,) * 2,
            2: (PAGE_READ, 0), 3: (PAGE_READ, PAGE_READ)}[ap][1 if user else 0]
    if prot & PAGE_READ:
        prot |= PAGE_EXEC
    if desc & (1 << 54) or (not user and desc & (1 << 53)):
        prot &= ~PAGE_EXEC
    needed = {O.ACCESS_LOAD: PAGE_READ, O.ACCESS_STORE: PAGE_WRITE,
              O.ACCESS_FETCH: PAGE_EXEC}[access]
    if not prot & needed:
        raise _Fault((LFS_PERMISSION << 2) | level, lpae=True)
    return paddr, prot


def translate(cpu, vaddr, access, mmu_idx):
    vaddr &= MASK32
    if not cpu.get("sctlr") & B.SCTLR_M:
        return vaddr, PAGE_RWX
    if cpu.get("ttbcr") & TTBCR_EAE:
        return walk_long(cpu, vaddr, access, mmu_idx == B.MMU_USER)
    return walk(cpu, vaddr, access, mmu_idx == B.MMU_USER)


def tlb_fill(cpu, vaddr, access, mmu_idx):
    try:
        paddr, prot = translate(cpu, vaddr, access, mmu_idx)
    except _Fault as fault:
        raise_abort(cpu, vaddr, access, fault.fs, fault.domain, fault.ea, fault.lpae)
    return paddr & ~0xFFF, prot


def ats1(cpu, vaddr, access, user):
    """ATS1C** address translation: the PAR value."""
    try:
        paddr, _prot = translate(cpu, vaddr, access, B.MMU_USER if user else B.MMU_KERNEL)
    except _Fault as fault:
        return 1 | ((fault.fs & 0x1F) << 1)
    return paddr & 0xFFFFF000
