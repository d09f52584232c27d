"""Debugger access to guest memory (gdb's m/M/X, the monitor's x/xp):
QEMU's cpu_memory_rw_debug.  Virtual addresses are translated page by
page with the CPU's MMU for loads in the current mode; ROM is writable
from the debugger; writes over translated code invalidate it (the
address space's write path does that)."""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException


def debug_translate(cpu, vaddr):
    """Physical address of vaddr for a debugger access, or None."""
    page_size = 1 << cpu.page_bits
    walk = getattr(cpu, "get_phys_page_debug", None)
    if walk is not None:         # a side-effect-free walk (QEMU's hook of that name)
        paddr = walk(vaddr)
        return None if paddr is None or paddr < 0 else paddr
    try:
        paddr_page, _prot = cpu.tlb_fill(vaddr, O.ACCESS_LOAD, cpu.env.mmu_idx)
    except GuestException:
        return None
    except Exception:            # a target's walker refusing the address
        return None
    return (paddr_page & ~(page_size - 1)) | (vaddr & (page_size - 1))


def _chunks(cpu, addr, length, physical):
    page_size = 1 << cpu.page_bits
    while length > 0:
        n = min(length, page_size - (addr & (page_size - 1)))
        paddr = addr if physical else debug_translate(cpu, addr)
        yield paddr, n
        addr += n
        length -= n


def read_memory(cpu, addr, length, physical=False, space=None):
    """length bytes at addr, or None if some page is not mapped."""
    space = space or cpu.address_space
    out = bytearray()
    mask = (1 << 64) - 1
    for paddr, n in _chunks(cpu, addr & mask, length, physical):
        if paddr is None:
            return None
        out += space.read_bytes(paddr, n)
    return bytes(out)


def write_memory(cpu, addr, data, physical=False, space=None):
    """Write data at addr; False if some page is not mapped/writable."""
    space = space or cpu.address_space
    pos = 0
    mask = (1 << 64) - 1
    for paddr, n in _chunks(cpu, addr & mask, len(data), physical):
        if paddr is None:
            return False
        if not space.write_bytes(paddr, bytes(data[pos:pos + n]), rom_ok=True):
            return False
        pos += n
    return True
