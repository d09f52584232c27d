"""The `ram` section: block list, zero pages, dirty iteration, load checks."""
import numpy as np
import pytest

from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.ram import RamMigration

from migration_fakes import FakeRamBlock

PAGE = 4096


def blocks():
    a = FakeRamBlock("a", 3 * PAGE)
    b = FakeRamBlock("bb", 1 * PAGE)
    a.host[PAGE + 7] = 0x42
    b.host[:] = 1
    return [a, b]


def test_setup_full_save_bytes_with_zero_pages_and_continue():
    ram = RamMigration(blocks(), PAGE)
    w = QEMUFileWriter()
    ram.save_setup(w)
    ram.save_complete(w)
    data = w.getvalue()
    page_a1 = bytearray(PAGE)
    page_a1[7] = 0x42
    expected = (
        (4 * PAGE | 0x04).to_bytes(8, "big") + b"\x01a" + (3 * PAGE).to_bytes(8, "big")
        + b"\x02bb" + PAGE.to_bytes(8, "big") + (0x10).to_bytes(8, "big")
        # a: page 0 zero (named), page 1 data, page 2 zero (CONTINUE)
        + (0 | 0x02).to_bytes(8, "big") + b"\x01a" + b"\0"
        + (PAGE | 0x28).to_bytes(8, "big") + bytes(page_a1)
        + (2 * PAGE | 0x22).to_bytes(8, "big") + b"\0"
        + (0 | 0x08).to_bytes(8, "big") + b"\x02bb" + b"\1" * PAGE
        + (0x10).to_bytes(8, "big"))
    assert data == expected
    assert (ram.stats.normal, ram.stats.duplicate) == (2, 2)
    dst = [FakeRamBlock("a", 3 * PAGE, fill=9), FakeRamBlock("bb", PAGE)]
    loader = RamMigration(dst, PAGE)
    r = QEMUFileReader(data)
    loader.load_state(r, 4)
    loader.load_state(r, 4)
    assert r.at_eof()
    assert all((x.host == y.host).all() for x, y in zip(blocks(), dst))


def test_iteration_sends_only_dirty_pages_and_clears_them():
    src = blocks()
    ram = RamMigration(src, PAGE)
    w = QEMUFileWriter()
    ram.save_setup(w)
    assert ram.pending() == 4 * PAGE
    assert ram.save_iterate(w) is True
    assert ram.pending() == 0 and not any(b.dirty.any() for b in src)
    src[0].host[2 * PAGE] = 5
    src[0].dirty[2] = 1
    before = w.tell()
    assert ram.save_iterate(w) is True
    # one CONTINUE data page (block 'bb' was last) -> needs the name again
    assert w.tell() - before == 8 + 2 + PAGE + 8
    dst = [FakeRamBlock("a", 3 * PAGE), FakeRamBlock("bb", PAGE)]
    loader = RamMigration(dst, PAGE)
    r = QEMUFileReader(w.getvalue())
    for _ in range(3):
        loader.load_state(r, 4)
    assert (dst[0].host == src[0].host).all()


def test_budget_limits_a_pass():
    big = [FakeRamBlock("m", 64 * PAGE)]
    big[0].host[:] = 3
    ram = RamMigration(big, PAGE)
    w = QEMUFileWriter()
    ram.save_setup(w)
    assert ram.save_iterate(w, max_bytes=10 * PAGE) is False
    assert 0 < ram.pending() < 64 * PAGE
    while not ram.save_iterate(w, max_bytes=10 * PAGE):
        pass
    assert ram.pending() == 0


def _stream(*words_and_bytes):
    out = bytearray()
    for item in words_and_bytes:
        out += item.to_bytes(8, "big") if isinstance(item, int) else item
    return bytes(out)


@pytest.mark.parametrize("stream,message", [
    (_stream(PAGE | 0x04, b"\x01z", PAGE, 0x10), 'Unknown ramblock "z"'),
    (_stream(PAGE | 0x04, b"\x01a", PAGE, 0x10), "Size mismatch: a: 0x1000 != 0x3000"),
    (_stream(3 * PAGE | 0x08, b"\x01a"), "Illegal RAM offset 3000"),
    (_stream(0 | 0x28), "Ack, bad migration stream!"),
    (_stream(0 | 0x02, b"\x01a\x07"), "Found a zero page with value 7"),
    (_stream(0 | 0x40), "Unknown combination of migration flags: 0x40"),
    (_stream(0 | 0x08, b"\x01q"), "Can't find block q"),
    (_stream(0 | 0x08, b"\x01a", b"\0" * 100), "Unexpected end of stream"),
])
def test_load_refuses_bad_records(stream, message):
    loader = RamMigration([FakeRamBlock("a", 3 * PAGE)], PAGE)
    with pytest.raises(MigrationError, match=message):
        loader.load_state(QEMUFileReader(stream), 4)


def test_wrong_version_refused():
    with pytest.raises(MigrationError, match="unsupported version 3"):
        RamMigration([], PAGE).load_state(QEMUFileReader(b""), 3)


def test_zero_detection_is_per_page():
    block = FakeRamBlock("m", 8 * PAGE)
    block.host[5 * PAGE + PAGE - 1] = 1
    ram = RamMigration([block], PAGE)
    w = QEMUFileWriter()
    ram.save_setup(w)
    ram.save_complete(w)
    assert (ram.stats.normal, ram.stats.duplicate) == (1, 7)
    target = FakeRamBlock("m", 8 * PAGE, fill=0xEE)
    loader, r = RamMigration([target], PAGE), QEMUFileReader(w.getvalue())
    loader.load_state(r, 4)
    loader.load_state(r, 4)
    assert np.array_equal(target.host, block.host)


class MmapBlock:
    """A RAM block on a shared anonymous mapping, as pyemu's RAMArena."""

    def __init__(self, idstr, used_length):
        import mmap
        self.idstr = idstr
        self.used_length = used_length
        self._map = mmap.mmap(-1, used_length)
        self.host = np.frombuffer(self._map, dtype=np.uint8)
        self.dirty = np.zeros(used_length // PAGE, dtype=np.uint8)


def test_untouched_pages_go_as_zero_records_and_stay_uncommitted():
    from migration.ram import ResidentPages
    pages = 4096                                          # 16 MiB
    src, dst = MmapBlock("ram", pages * PAGE), MmapBlock("ram", pages * PAGE)
    src.host[5 * PAGE:6 * PAGE] = 7                       # one data page
    src.host[9 * PAGE + 3] = 1                            # one more
    _ = int(src.host[20 * PAGE])                          # read: held, still zero
    dst.host[30 * PAGE:31 * PAGE] = 9                     # stale data to be cleared
    ram = RamMigration([src], PAGE)
    w = QEMUFileWriter()
    ram.save_setup(w)
    ram.save_complete(w)
    assert (ram.stats.normal, ram.stats.duplicate) == (2, pages - 2)
    loader, stream = RamMigration([dst], PAGE), QEMUFileReader(w.getvalue())
    loader.load_state(stream, 4)                          # the block list
    loader.load_state(stream, 4)                          # the pages
    for block in (src, dst):                              # (before comparing,
        resident = ResidentPages.for_array(block.host, PAGE)   # which reads all)
        if resident is not None:                          # Linux without swap
            held = np.flatnonzero(resident.resident(0, pages))
            assert set(held.tolist()) <= {5, 9, 20, 30}   # nothing else touched
    assert np.array_equal(dst.host, src.host)
