"""Memory dispatch: RAM/ROM/I-O/alias/containers, priorities, access sizes,
endianness, unassigned accesses and dirty pages."""

import pytest

from emu.memory import (BIG_ENDIAN, AddressSpace, MemoryRegion, MemoryRegionOps, RAMArena,
                        mtree_text, PAGE_SIZE)


class Regs:
    """An I/O device that records accesses; registers are 32-bit words."""

    def __init__(self, **opts):
        self.words = {}
        self.log = []
        self.ops = MemoryRegionOps(self.read, self.write, **opts)

    def read(self, offset, size):
        self.log.append(("r", offset, size))
        return self.words.get(offset, 0x11223344 + offset)

    def write(self, offset, value, size):
        self.log.append(("w", offset, value, size))
        self.words[offset] = value


def make_space():
    arena = RAMArena(1 << 22)
    root = MemoryRegion.container_region("system", 1 << 32)
    space = AddressSpace(root, "memory")
    return arena, root, space


def test_ram_round_trip_little_and_big_endian():
    arena, root, space = make_space()
    root.add_subregion(0x1000, MemoryRegion.ram(arena, "ram", 0x2000))
    space.write(0x1004, 4, 0x11223344)
    assert space.read_bytes(0x1004, 4) == bytes([0x44, 0x33, 0x22, 0x11])
    assert space.read(0x1004, 4, big_endian=True) == 0x44332211
    assert space.read(0x1005, 2) == 0x2233


def test_rom_ignores_guest_writes_but_loader_can_write():
    arena, root, space = make_space()
    root.add_subregion(0, MemoryRegion.rom(arena, "rom", 0x1000))
    assert space.write_bytes(0, b"\x01\x02", rom_ok=True)
    space.write(0, 2, 0xFFFF)
    assert space.read(0, 2) == 0x0201
    assert space.page_backing(0) == (0, True)


def test_higher_priority_subregion_wins_overlap():
    arena, root, space = make_space()
    low = MemoryRegion.ram(arena, "low", 0x2000)
    dev = Regs()
    root.add_subregion(0x0, low, priority=0)
    root.add_subregion(0x1000, MemoryRegion.io("dev", 0x100, dev.ops), priority=1)
    assert space.read(0x1000, 4) == 0x11223344
    space.write(0x1100, 4, 0xAABBCCDD)          # past the device: RAM again
    assert space.read(0x1100, 4) == 0xAABBCCDD
    assert space.page_backing(0x1000) is None    # a page with I/O in it is not RAM
    assert space.page_backing(0x0) is not None


def test_equal_priority_later_added_wins():
    arena, root, space = make_space()
    a, b = Regs(), Regs()
    a.words[0] = 1
    b.words[0] = 2
    root.add_subregion(0x0, MemoryRegion.io("a", 0x10, a.ops))
    root.add_subregion(0x0, MemoryRegion.io("b", 0x10, b.ops))
    assert space.read(0, 4) == 2


def test_alias_maps_a_window_of_another_region():
    arena, root, space = make_space()
    ram = MemoryRegion.ram(arena, "ram", 0x4000)
    root.add_subregion(0x10000, ram)
    root.add_subregion(0x0, MemoryRegion.alias("alias", ram, 0x1000, 0x1000))
    space.write(0x11008, 4, 0xCAFEF00D)
    assert space.read(0x0008, 4) == 0xCAFEF00D
    assert space.read(0x1000, 4) == 0      # unassigned past the alias


def test_disabled_region_disappears():
    arena, root, space = make_space()
    dev = Regs()
    mr = MemoryRegion.io("dev", 0x10, dev.ops)
    root.add_subregion(0x0, mr)
    mr.set_enabled(False)
    assert space.access(0, 4, False) == (0, False)
    mr.set_enabled(True)
    assert space.access(0, 4, False)[1] is True


def test_unassigned_reads_zero_and_reports():
    arena, root, space = make_space()
    seen = []
    space.unassigned_error = lambda addr, size, w: seen.append((addr, size, w))
    assert space.access(0x5000, 4, False) == (0, False)
    assert space.access(0x5000, 2, True, 7) == (0, False)
    assert seen == [(0x5000, 4, False), (0x5000, 2, True)]


def test_mmio_valid_sizes_reject_others():
    arena, root, space = make_space()
    dev = Regs(valid_min=4, valid_max=4)
    root.add_subregion(0, MemoryRegion.io("dev", 0x10, dev.ops))
    assert space.access(0, 1, False)[1] is False
    assert space.access(2, 4, False)[1] is False      # unaligned
    assert space.access(4, 4, False)[1] is True
    assert dev.log == [("r", 4, 4)]


def test_mmio_narrow_access_widened_to_impl_size():
    arena, root, space = make_space()
    dev = Regs(valid_min=1, valid_max=4, impl_min=4, impl_max=4)
    dev.words[0] = 0x11223344
    root.add_subregion(0, MemoryRegion.io("dev", 0x10, dev.ops))
    assert space.read(1, 1) == 0x33
    space.write(2, 1, 0xAA)
    assert dev.words[0] == 0x11AA3344


def test_mmio_wide_access_split_to_impl_size():
    arena, root, space = make_space()
    dev = Regs(valid_min=1, valid_max=8, impl_min=4, impl_max=4)
    dev.words[0], dev.words[4] = 0x11111111, 0x22222222
    root.add_subregion(0, MemoryRegion.io("dev", 0x10, dev.ops))
    assert space.read(0, 8) == 0x2222222211111111
    space.write(0, 8, 0x0102030405060708)
    assert (dev.words[0], dev.words[4]) == (0x05060708, 0x01020304)


def test_big_endian_device_seen_from_little_endian_cpu():
    arena, root, space = make_space()
    dev = Regs(endianness=BIG_ENDIAN)
    dev.words[0] = 0x11223344
    root.add_subregion(0, MemoryRegion.io("dev", 0x10, dev.ops))
    assert space.read(0, 4) == 0x44332211
    assert space.read(0, 4, big_endian=True) == 0x11223344
    space.write(0, 4, 0xAABBCCDD)
    assert dev.words[0] == 0xDDCCBBAA


def test_python_writes_mark_pages_dirty():
    arena, root, space = make_space()
    ram = MemoryRegion.ram(arena, "ram", 4 * PAGE_SIZE)
    root.add_subregion(0x0, ram)
    ram.block.dirty[:] = 0
    space.write_bytes(PAGE_SIZE - 2, b"abcd")
    assert list(ram.block.dirty) == [1, 1, 0, 0]


def test_code_write_hook_called_for_pages_with_code():
    arena, root, space = make_space()
    ram = MemoryRegion.ram(arena, "ram", 4 * PAGE_SIZE)
    root.add_subregion(0x0, ram)
    hits = []
    arena.code_write_hook = hits.append
    arena.code[(PAGE_SIZE + 64) >> 6] = 1
    space.write_bytes(0x10, b"x")                 # no code there
    space.write_bytes(PAGE_SIZE + 64, b"y")
    assert hits == [1]


def test_ram_blocks_are_named_and_unique():
    arena = RAMArena(1 << 20)
    block = arena.alloc("riscv.ram", 8192)
    assert (block.idstr, block.used_length, len(block.host)) == ("riscv.ram", 8192, 8192)
    with pytest.raises(Exception, match="already exists"):
        arena.alloc("riscv.ram", 4096)


def test_arena_capacity_enforced():
    arena = RAMArena(1 << 16)
    with pytest.raises(Exception, match="Cannot allocate memory"):
        arena.alloc("big", 1 << 20)


def test_mtree_lists_regions():
    arena, root, space = make_space()
    root.add_subregion(0x80000000, MemoryRegion.ram(arena, "ram", 0x1000))
    text = mtree_text(space)
    assert "0000000080000000-0000000080000fff (prio 0, ram): ram" in text
