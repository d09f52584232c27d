"""Guest memory: RAM blocks in one arena, MemoryRegions, AddressSpaces.

* :class:`RAMArena` holds all RAM of a machine in one lazily-committed numpy
  byte array, so the engine reaches any RAM byte by one offset.  It keeps a
  byte per page for migration dirtiness and one for "holds translated code".
* :class:`RAMBlock` is a named slice of the arena (the name is its migration
  idstr).
* :class:`MemoryRegion` kinds: RAM, ROM (RAM the guest cannot write), I/O
  (read/write callbacks with access-size rules and endianness), alias, and
  container (subregions with priorities).
* :class:`AddressSpace` flattens a region tree into sorted ranges; Python code
  reads and writes through it, and the engine asks it what backs a page.
"""

import bisect
import mmap
from dataclasses import dataclass

import numpy as np

PAGE_BITS = 12
PAGE_SIZE = 1 << PAGE_BITS
CODE_GRAN_BITS = 6        # granule of the "holds translated code" map

LITTLE_ENDIAN, BIG_ENDIAN = "little", "big"


class MemoryError_(Exception):
    """A bad memory-map operation (overlap without priority rules, size...)."""


# --------------------------------------------------------------------------
# RAM
# --------------------------------------------------------------------------

class RAMArena:
    """One byte array for all guest RAM of a machine, committed lazily."""

    def __init__(self, capacity):
        capacity = (capacity + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)
        self.capacity = capacity
        self._map = mmap.mmap(-1, max(capacity, PAGE_SIZE))
        self.mem = np.frombuffer(self._map, dtype=np.uint8)
        self.view = memoryview(self.mem)         # bytes slices without copies (code fetch)
        self.mem16 = self.mem.view(np.uint16)
        self.mem32 = self.mem.view(np.uint32)
        self.mem64 = self.mem.view(np.uint64)
        npages = len(self.mem) >> PAGE_BITS
        self.dirty = np.zeros(npages, dtype=np.uint8)
        self.code = np.zeros(len(self.mem) >> CODE_GRAN_BITS, dtype=np.uint8)
        self.used = 0
        self.blocks = []
        self.code_write_hook = None     # fn(arena_page) -> None, set by the TB cache

    def alloc(self, idstr, size):
        size = (size + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)
        if self.used + size > self.capacity:
            raise MemoryError_("cannot set up guest memory '%s': Cannot allocate memory" % idstr)
        if any(b.idstr == idstr for b in self.blocks):
            raise MemoryError_("RAM block '%s' already exists" % idstr)
        block = RAMBlock(self, idstr, self.used, size)
        self.used += size
        self.blocks.append(block)
        return block

    def mark_written(self, offset, length):
        """Python-side write (device DMA, loader, gdb): dirty + code invalidation."""
        first = offset >> PAGE_BITS
        last = (offset + max(length, 1) - 1) >> PAGE_BITS
        self.dirty[first:last + 1] = 1
        g0 = offset >> CODE_GRAN_BITS
        g1 = (offset + max(length, 1) - 1) >> CODE_GRAN_BITS
        if self.code_write_hook is not None and self.code[g0:g1 + 1].any():
            for page in range(first, last + 1):
                self.code_write_hook(page)


class RAMBlock:
    """A named slice of the arena; what migration's ram section sends."""

    def __init__(self, arena, idstr, offset, size):
        self.arena = arena
        self.idstr = idstr
        self.offset = offset
        self.used_length = size
        self.host = arena.mem[offset:offset + size]
        self.dirty = arena.dirty[offset >> PAGE_BITS:(offset + size) >> PAGE_BITS]


# --------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------

@dataclass
class MemoryRegionOps:
    """Callbacks of an I/O region.

    read(offset, size) -> int and write(offset, value, size).  ``valid_*``
    bound what the guest may do (invalid accesses are unassigned);
    ``impl_*`` what the callbacks handle (the dispatcher splits or widens).
    """
    read: object
    write: object
    endianness: str = LITTLE_ENDIAN
    valid_min: int = 1
    valid_max: int = 4
    valid_unaligned: bool = False
    impl_min: int = 0          # 0 = same as valid
    impl_max: int = 0


class MemoryRegion:
    """A node of the memory tree."""

    def __init__(self, name, size, owner=None):
        self.name = name
        self.size = size
        self.owner = owner
        self.kind = "container"
        self.ops = None
        self.block = None
        self.readonly = False
        self.alias_of = None
        self.alias_offset = 0
        self.subregions = []          # (offset, priority, seq, region)
        self.container = None
        self.enabled = True
        self._seq = 0
        self.address_spaces = []

    # -- constructors -------------------------------------------------------
    @classmethod
    def ram(cls, arena, name, size, owner=None):
        mr = cls(name, size, owner)
        mr.kind = "ram"
        mr.block = arena.alloc(name, size)
        return mr

    @classmethod
    def rom(cls, arena, name, size, owner=None):
        mr = cls.ram(arena, name, size, owner)
        mr.readonly = True
        return mr

    @classmethod
    def io(cls, name, size, ops, owner=None):
        mr = cls(name, size, owner)
        mr.kind = "io"
        mr.ops = ops
        return mr

    @classmethod
    def alias(cls, name, target, offset, size, owner=None):
        mr = cls(name, size, owner)
        mr.kind = "alias"
        mr.alias_of = target
        mr.alias_offset = offset
        return mr

    @classmethod
    def container_region(cls, name, size, owner=None):
        return cls(name, size, owner)

    # -- the tree -------------------------------------------------------
    def add_subregion(self, offset, region, priority=0):
        if region.container is not None:
            raise MemoryError_("region '%s' is already mapped" % region.name)
        region.container = self
        self._seq += 1
        self.subregions.append((offset, priority, self._seq, region))
        self._changed()

    def del_subregion(self, region):
        self.subregions = [s for s in self.subregions if s[3] is not region]
        region.container = None
        self._changed()

    def set_enabled(self, enabled):
        if self.enabled != enabled:
            self.enabled = enabled
            self._changed()

    def _changed(self):
        mr = self
        while mr is not None:
            for space in mr.address_spaces:
                space.invalidate()
            mr = mr.container


@dataclass
class FlatRange:
    """A piece of an address space backed by one leaf region."""
    start: int
    size: int
    region: MemoryRegion
    offset: int               # offset within region

    @property
    def end(self):
        return self.start + self.size


def _flatten(region, base, clip_lo, clip_hi, out):
    """Render region at base into out (a list of disjoint FlatRanges, lower
    priority first overwritten by higher)."""
    lo = max(base, clip_lo)
    hi = min(base + region.size, clip_hi)
    if lo >= hi or not region.enabled:
        return
    if region.kind == "alias":
        target = region.alias_of
        _flatten(target, base - region.alias_offset, lo, hi, out)
        return
    if region.kind in ("ram", "io"):
        _paint(out, FlatRange(lo, hi - lo, region, lo - base))
        return
    # container: paint in ascending priority, later-added wins on ties
    for offset, _prio, _seq, sub in sorted(region.subregions, key=lambda s: (s[1], s[2])):
        _flatten(sub, base + offset, lo, hi, out)


def _paint(out, new):
    """Overlay new onto out, cutting existing ranges it covers."""
    result = []
    for fr in out:
        if fr.end <= new.start or fr.start >= new.end:
            result.append(fr)
            continue
        if fr.start < new.start:
            result.append(FlatRange(fr.start, new.start - fr.start, fr.region, fr.offset))
        if fr.end > new.end:
            cut = new.end - fr.start
            result.append(FlatRange(new.end, fr.end - new.end, fr.region, fr.offset + cut))
    result.append(new)
    result.sort(key=lambda r: r.start)
    out[:] = result


# --------------------------------------------------------------------------
# Address spaces
# --------------------------------------------------------------------------

class AddressSpace:
    """A view of a region tree as flat address ranges."""

    def __init__(self, root, name, unassigned_error=None):
        self.root = root
        self.name = name
        root.address_spaces.append(self)
        self._ranges = None
        self._starts = []
        self.listeners = []          # fn() called when the map changes
        self.unassigned_error = unassigned_error   # fn(addr, size, is_write) for logging

    def invalidate(self):
        self._ranges = None
        for fn in self.listeners:
            fn()

    @property
    def ranges(self):
        if self._ranges is None:
            out = []
            _flatten(self.root, 0, 0, self.root.size, out)
            self._ranges = out
            self._starts = [r.start for r in out]
        return self._ranges

    def find(self, addr):
        """The FlatRange containing addr, or None."""
        ranges = self.ranges
        i = bisect.bisect_right(self._starts, addr) - 1
        if i >= 0 and ranges[i].start <= addr < ranges[i].end:
            return ranges[i]
        return None

    # -- what the engine needs -------------------------------------------
    def page_backing(self, page_addr, page_size=PAGE_SIZE):
        """(arena_offset, readonly) when the whole page is RAM/ROM, else None."""
        fr = self.find(page_addr)
        if fr is None or fr.region.kind != "ram" or fr.end < page_addr + page_size:
            return None
        block = fr.region.block
        return block.offset + fr.offset + (page_addr - fr.start), fr.region.readonly

    # -- accesses from Python --------------------------------------------
    def access(self, addr, size, is_write, value=0, big_endian=False):
        """One access; returns (value, ok).  ok is False for unassigned or
        invalid accesses (reads give 0, writes are dropped)."""
        fr = self.find(addr)
        if fr is None or addr + size > fr.end:
            if fr is not None and fr.region.kind == "ram":
                return self._access_split(addr, size, is_write, value, big_endian)
            self._unassigned(addr, size, is_write)
            return 0, False
        region = fr.region
        offset = fr.offset + (addr - fr.start)
        if region.kind == "ram":
            return self._ram_access(region, offset, size, is_write, value, big_endian), True
        return _io_access(region, offset, size, is_write, value, big_endian, self, addr)

    def _access_split(self, addr, size, is_write, value, big_endian):
        data = value.to_bytes(size, "big" if big_endian else "little") if is_write else None
        out = bytearray()
        ok = True
        for i in range(size):
            if is_write:
                _v, good = self.access(addr + i, 1, True, data[i])
            else:
                byte, good = self.access(addr + i, 1, False)
                out.append(byte)
            ok = ok and good
        if is_write:
            return 0, ok
        return int.from_bytes(out, "big" if big_endian else "little"), ok

    def _ram_access(self, region, offset, size, is_write, value, big_endian):
        block = region.block
        order = "big" if big_endian else "little"
        pos = block.offset + offset
        mem = block.arena.mem
        if is_write:
            if region.readonly:
                return 0
            mem[pos:pos + size] = np.frombuffer(
                (value & ((1 << (8 * size)) - 1)).to_bytes(size, order), dtype=np.uint8)
            block.arena.mark_written(pos, size)
            return 0
        return int.from_bytes(mem[pos:pos + size].tobytes(), order)

    def _unassigned(self, addr, size, is_write):
        if self.unassigned_error is not None:
            self.unassigned_error(addr, size, is_write)
        else:
            from emu import log
            if log.log_enabled("guest_errors"):
                log.qemu_log("guest_errors", "Invalid %s at addr 0x%X, size %d, region '(null)', reason: rejected\n"
                             % ("write" if is_write else "read", addr, size))

    def read(self, addr, size, big_endian=False):
        return self.access(addr, size, False, 0, big_endian)[0]

    def write(self, addr, size, value, big_endian=False):
        return self.access(addr, size, True, value, big_endian)[1]

    def read_bytes(self, addr, length):
        """Bytes from guest physical memory (unassigned bytes read as 0)."""
        out = bytearray()
        while length > 0:
            fr = self.find(addr)
            if fr is not None and fr.region.kind == "ram":
                n = min(length, fr.end - addr)
                pos = fr.region.block.offset + fr.offset + (addr - fr.start)
                out += fr.region.block.arena.mem[pos:pos + n].tobytes()
            else:
                n = 1
                out.append(self.read(addr, 1))
            addr += n
            length -= n
        return bytes(out)

    def write_bytes(self, addr, data, rom_ok=False):
        """Write bytes to guest physical memory; with rom_ok (loaders), ROM
        is written too.  Returns False if some bytes had nowhere to go."""
        ok = True
        pos = 0
        while pos < len(data):
            fr = self.find(addr + pos)
            if fr is not None and fr.region.kind == "ram":
                n = min(len(data) - pos, fr.end - (addr + pos))
                if not fr.region.readonly or rom_ok:
                    block = fr.region.block
                    off = block.offset + fr.offset + (addr + pos - fr.start)
                    block.arena.mem[off:off + n] = np.frombuffer(data[pos:pos + n], dtype=np.uint8)
                    block.arena.mark_written(off, n)
                else:
                    ok = False
            else:
                n = 1
                ok = self.write(addr + pos, 1, data[pos]) and ok
            pos += n
        return ok

    def is_ram(self, addr, size):
        fr = self.find(addr)
        return fr is not None and fr.region.kind == "ram" and addr + size <= fr.end


def _io_access(region, offset, size, is_write, value, big_endian, space, addr):
    ops = region.ops
    if size < ops.valid_min or size > ops.valid_max or (
            not ops.valid_unaligned and offset % size):
        space._unassigned(addr, size, is_write)
        return 0, False
    impl_min = ops.impl_min or ops.valid_min
    impl_max = ops.impl_max or ops.valid_max
    swap = (ops.endianness == BIG_ENDIAN) != big_endian
    if is_write and swap:
        value = _bswap(value, size)
    if impl_min <= size <= impl_max:
        if is_write:
            ops.write(offset, value & ((1 << (8 * size)) - 1), size)
            return 0, True
        result = ops.read(offset, size) & ((1 << (8 * size)) - 1)
    elif size < impl_min:
        result = _narrow_access(ops, offset, size, impl_min, is_write, value)
        if is_write:
            return 0, True
    else:
        result = _split_access(ops, offset, size, impl_max, is_write, value)
        if is_write:
            return 0, True
    return (_bswap(result, size) if swap else result), True


def _device_shift(ops, sub_offset, size, wide):
    """Bit position of a narrow access inside a wider device word."""
    if ops.endianness == BIG_ENDIAN:
        return 8 * (wide - size - sub_offset)
    return 8 * sub_offset


def _narrow_access(ops, offset, size, wide, is_write, value):
    base = offset & ~(wide - 1)
    shift = _device_shift(ops, offset - base, size, wide)
    mask = ((1 << (8 * size)) - 1) << shift
    word = ops.read(base, wide)
    if is_write:
        ops.write(base, (word & ~mask) | ((value << shift) & mask), wide)
        return 0
    return (word & mask) >> shift


def _split_access(ops, offset, size, part, is_write, value):
    result = 0
    for i in range(size // part):
        sub = i * part
        shift = 8 * (size - part - sub) if ops.endianness == BIG_ENDIAN else 8 * sub
        if is_write:
            ops.write(offset + sub, (value >> shift) & ((1 << (8 * part)) - 1), part)
        else:
            result |= (ops.read(offset + sub, part) & ((1 << (8 * part)) - 1)) << shift
    return result


def _bswap(value, size):
    return int.from_bytes((value & ((1 << (8 * size)) - 1)).to_bytes(size, "little"), "big")


def mtree_text(space):
    """`info mtree`-style text of an address space's region tree."""
    lines = ["address-space: %s" % space.name]

    def walk(region, base, depth, prio):
        end = base + region.size - 1
        kind = {"ram": "ram", "io": "i/o", "alias": "alias", "container": "container"}[region.kind]
        if region.readonly and region.kind == "ram":
            kind = "rom"
        text = "  " * (depth + 1) + "%016x-%016x (prio %d, %s): %s" % (base, end, prio, kind, region.name)
        if region.kind == "alias":
            text += " @%s %016x-%016x" % (region.alias_of.name, region.alias_offset,
                                          region.alias_offset + region.size - 1)
        lines.append(text)
        for offset, p, _seq, sub in sorted(region.subregions, key=lambda s: (-s[1], s[0])):
            walk(sub, base + offset, depth + 1, p)

    walk(space.root, 0, 0, 0)
    return "\n".join(lines) + "\n"
