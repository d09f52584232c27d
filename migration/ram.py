"""The `ram` live section (version 4): block list, page records, dirty pages.

RAM blocks are duck-typed: `idstr` (str), `used_length` (int, a multiple of
the target page size), `host` (numpy uint8 array of used_length bytes) and
`dirty` (numpy uint8 array, one byte per target page, nonzero = dirty).

Save: save_setup() writes the block list (MEM_SIZE) and marks every page
dirty; save_iterate() sends dirty pages (optionally up to a byte budget) and
clears their dirty bytes; save_complete() sends everything still dirty.
Zero pages are found with numpy a chunk at a time and go out as 9-byte ZERO
records; runs of data pages go out as one large write each.

Load: load_state() reads records until EOS; every block name, offset and
length is checked against the local blocks before anything is written.

Untouched RAM: reading a page of guest RAM that was never written makes the
host kernel allocate it (pyemu's RAM is a shared anonymous mapping), which
costs ~4 us a page on a virtualised host, 0.25 s for 256 MiB.  Both sides
first ask the kernel which pages it holds (`ResidentPages`, mincore(2)):
a page that is not is zero, so the source sends it as a ZERO record and the
destination leaves it alone, neither of them touching it.
"""
import ctypes
import ctypes.util
import mmap

import numpy as np

from migration.errors import MigrationError, printable

RAM_VERSION = 4
FLAG_ZERO = 0x002
FLAG_MEM_SIZE = 0x004
FLAG_PAGE = 0x008
FLAG_EOS = 0x010
FLAG_CONTINUE = 0x020
FLAG_XBZRLE = 0x040
FLAG_HOOK = 0x080
FLAG_MULTIFD_FLUSH = 0x200

_CHUNK_PAGES = 4096           # pages examined (and written) per numpy step
_MASK64 = (1 << 64) - 1


# --------------------------------------------------------------------------
# Which pages of an anonymous mapping the kernel holds (mincore)
# --------------------------------------------------------------------------

_ANON_NAMES = ("", "[heap]", "/dev/zero (deleted)")
_libc = None


def _mincore_fn():
    """libc's mincore, or None (not Linux, no libc)."""
    global _libc
    if _libc is None:
        try:
            lib = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6",
                              use_errno=True)
            fn = lib.mincore
            fn.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p]
            fn.restype = ctypes.c_int
            _libc = fn
        except (OSError, AttributeError):
            _libc = False
    return _libc or None


def _swap_configured():
    """A swapped-out page is not resident either, but not zero."""
    try:
        with open("/proc/swaps") as fh:
            return len(fh.read(4096).splitlines()) > 1
    except OSError:
        return True


def _anonymous(address, length):
    """True when [address, address + length) lies in one anonymous mapping
    (a non-resident page of a file mapping is not zero)."""
    try:
        with open("/proc/self/maps") as fh:
            for line in fh:
                fields = line.split(None, 5)
                lo, hi = (int(x, 16) for x in fields[0].split("-"))
                if lo <= address < hi:
                    name = fields[5].strip() if len(fields) > 5 else ""
                    return address + length <= hi and (
                        name in _ANON_NAMES or name.startswith("[anon"))
    except (OSError, ValueError, IndexError):
        pass
    return False


class ResidentPages:
    """resident(first, count) -> bool array: the kernel holds host page
    `first + k` of the array (False: never written, so zero).  None from
    for_array() where that cannot be known safely."""

    def __init__(self, host, page_size, fn):
        self._address = host.ctypes.data
        self._page_size = page_size
        self._fn = fn
        self._vec = np.zeros(_CHUNK_PAGES, dtype=np.uint8)

    @classmethod
    def for_array(cls, host, page_size):
        fn = _mincore_fn()
        if (fn is None or page_size != mmap.PAGESIZE or host.size < page_size
                or not host.flags.c_contiguous or host.ctypes.data % page_size
                or _swap_configured()
                or not _anonymous(host.ctypes.data, host.size)):
            return None
        return cls(host, page_size, fn)

    def resident(self, first, count):
        if count > self._vec.size:
            self._vec = np.zeros(count, dtype=np.uint8)
        vec = self._vec[:count]
        address = self._address + first * self._page_size
        if self._fn(address, count * self._page_size, vec.ctypes.data) != 0:
            vec[:] = 1                      # unknown: treat as written
        return (vec & 1).astype(bool)


class RamStats:
    """Counters in the spirit of query-migrate's `ram` object."""

    def __init__(self):
        self.normal = 0            # data pages sent
        self.duplicate = 0         # zero pages sent
        self.transferred = 0       # bytes written by this handler
        self.dirty_sync_count = 0

    @property
    def normal_bytes(self):
        return self.normal


class RamMigration:
    """Live savevm handler for the RAM blocks of one machine.

    blocks: a sequence of RAM blocks, or a callable returning one (read at
    every step, so blocks added before migration starts are seen).
    """

    idstr = "ram"
    version_id = RAM_VERSION

    BATCH_ZERO = 8192          # records applied at once by _load_batch
    BATCH_PAGE = 256

    def __init__(self, blocks, page_size=4096, batch_records=True):
        if page_size < 1024 or page_size & (page_size - 1):
            raise ValueError(f"page size {page_size} must be a power of two "
                             f">= 1024")
        self._blocks = blocks
        self.page_size = page_size
        self.stats = RamStats()
        self._last_sent = None
        self._last_recv = None
        self._cursor = (0, 0)
        self.batch_records = batch_records
        self._residency = {}       # id(block) -> (block, ResidentPages or None)

    def _resident_pages(self, block):
        entry = self._residency.get(id(block))
        if entry is None or entry[0] is not block:
            entry = (block, ResidentPages.for_array(block.host, self.page_size))
            self._residency[id(block)] = entry
        return entry[1]

    # -- blocks ------------------------------------------------------------

    def blocks(self):
        blocks = self._blocks() if callable(self._blocks) else self._blocks
        return list(blocks)

    def _checked_blocks(self):
        blocks = self.blocks()
        for block in blocks:
            if block.used_length % self.page_size:
                raise MigrationError(f"RAM block {block.idstr} length "
                                     f"0x{block.used_length:x} is not a "
                                     f"multiple of the page size")
        return blocks

    def total_bytes(self):
        return sum(block.used_length for block in self.blocks())

    def pending(self):
        """Bytes still to send: dirty pages times page size."""
        return sum(int(np.count_nonzero(block.dirty))
                   for block in self.blocks()) * self.page_size

    def is_active(self):
        return True

    # -- save --------------------------------------------------------------

    def save_setup(self, f):
        """START body: total | MEM_SIZE, then (name, be64 length) per block."""
        start = f.tell()
        blocks = self._checked_blocks()
        f.put_be64(sum(b.used_length for b in blocks) | FLAG_MEM_SIZE)
        for block in blocks:
            f.put_counted_string(block.idstr)
            f.put_be64(block.used_length)
            block.dirty[:] = 1
        self._last_sent = None
        self._cursor = (0, 0)
        self.stats.dirty_sync_count += 1
        f.put_be64(FLAG_EOS)
        self.stats.transferred += f.tell() - start

    def save_iterate(self, f, max_bytes=None):
        """One PART body: dirty pages (up to about max_bytes), then EOS.

        Returns True when no dirty page is left.
        """
        start = f.tell()
        self._send_dirty(f, max_bytes)
        f.put_be64(FLAG_EOS)
        self.stats.transferred += f.tell() - start
        return self.pending() == 0

    def save_complete(self, f):
        """END body: every page still dirty, no limit, then EOS."""
        start = f.tell()
        self.stats.dirty_sync_count += 1
        self._send_dirty(f, None)
        f.put_be64(FLAG_EOS)
        self.stats.transferred += f.tell() - start

    def _send_dirty(self, f, max_bytes):
        """Send dirty pages from the cursor on, wrapping around once."""
        blocks = self._checked_blocks()
        budget = max_bytes
        for index, page, end in self._segments(blocks):
            budget, stopped_at = self._send_block(f, blocks[index], page, end,
                                                  budget)
            if stopped_at is not None:
                self._cursor = (index, stopped_at)
                return
        self._cursor = (0, 0)

    def _segments(self, blocks):
        """(block index, first page, end page) from the cursor, once round."""
        if not blocks:
            return []
        first, page = self._cursor
        first %= len(blocks)
        pages = [b.used_length // self.page_size for b in blocks]
        page = min(page, pages[first])
        segments = [(first, page, pages[first])]
        segments += [((first + k) % len(blocks), 0,
                      pages[(first + k) % len(blocks)])
                     for k in range(1, len(blocks))]
        if page:
            segments.append((first, 0, page))
        return segments

    def _send_block(self, f, block, page, end, budget):
        """Send dirty pages of block in [page, end); stop when over budget."""
        while page < end:
            stop = min(end, page + _CHUNK_PAGES)
            if budget is not None:
                stop = min(stop, page + max(1, budget // (self.page_size + 8)))
            idx = np.flatnonzero(block.dirty[page:stop]) + page
            if idx.size:
                written = self._send_pages(f, block, idx)
                if budget is not None:
                    budget -= written
            page = stop
            if budget is not None and budget <= 0:
                return budget, page
        return budget, None

    def _send_pages(self, f, block, idx):
        """Write records for the sorted page indices idx; clears dirty first."""
        start = f.tell()
        block.dirty[idx] = 0
        pages = block.host.reshape(-1, self.page_size)
        is_zero = self._zero_pages(block, pages, idx)
        if self._last_sent is not block:
            self._write_named(f, block, idx[0], pages[idx[0]], is_zero[0])
            idx, is_zero = idx[1:], is_zero[1:]
        self._write_runs(f, pages, idx, is_zero)
        self.stats.duplicate += int(np.count_nonzero(is_zero))
        self.stats.normal += int(is_zero.size - np.count_nonzero(is_zero))
        return f.tell() - start

    def _zero_pages(self, block, pages, idx):
        """Which of the pages idx are all zero; pages the kernel does not
        hold are, and are not read (reading would allocate them)."""
        first, last = int(idx[0]), int(idx[-1])
        resident = self._resident_pages(block)
        if resident is None:
            held = np.ones(idx.size, dtype=bool)
        else:
            held = resident.resident(first, last - first + 1)[idx - first]
        is_zero = np.ones(idx.size, dtype=bool)
        if idx.size == last - first + 1 and held.all():
            is_zero[:] = ~pages[first:last + 1].view(np.uint64).any(axis=1)
        elif held.any():
            is_zero[held] = ~pages[idx[held]].view(np.uint64).any(axis=1)
        return is_zero

    def _write_named(self, f, block, page, data, zero):
        """The first record for a block in a while carries its name."""
        flag = FLAG_ZERO if zero else FLAG_PAGE
        f.put_be64(int(page) * self.page_size | flag)
        f.put_counted_string(block.idstr)
        if zero:
            f.put_byte(0)
            self.stats.duplicate += 1
        else:
            f.put_buffer(data)
            self.stats.normal += 1
        self._last_sent = block

    def _write_runs(self, f, pages, idx, is_zero):
        """CONTINUE records, one numpy array per run of zero or data pages."""
        if idx.size == 0:
            return
        cuts = np.flatnonzero(np.diff(is_zero.view(np.int8))) + 1
        bounds = [0, *cuts.tolist(), idx.size]
        for lo, hi in zip(bounds[:-1], bounds[1:]):
            zero = bool(is_zero[lo])
            flag = (FLAG_ZERO if zero else FLAG_PAGE) | FLAG_CONTINUE
            width = 9 if zero else 8 + self.page_size
            records = np.zeros((hi - lo, width), dtype=np.uint8)
            headers = (idx[lo:hi].astype(np.uint64) * self.page_size) | flag
            records[:, :8] = headers.astype(">u8").view(np.uint8).reshape(-1, 8)
            if not zero:
                records[:, 8:] = pages[idx[lo:hi]]
            f.put_buffer(records)

    # -- load --------------------------------------------------------------

    def load_state(self, f, version_id):
        """Read one START/PART/END body up to and including EOS."""
        if version_id != RAM_VERSION:
            raise MigrationError(f"ram: unsupported version {version_id}, "
                                 f"expected {RAM_VERSION}")
        by_name = {block.idstr: block for block in self._checked_blocks()}
        page_mask = self.page_size - 1
        while True:
            word = f.get_be64()
            flags, addr = word & page_mask, word & ~page_mask & _MASK64
            kind = flags & ~FLAG_CONTINUE
            if kind == FLAG_EOS:
                return
            if kind == FLAG_MEM_SIZE:
                self._load_block_list(f, addr, by_name)
            elif kind in (FLAG_ZERO, FLAG_PAGE):
                block = self._block_from_stream(f, flags, by_name)
                if kind == FLAG_ZERO:
                    self._load_zero(f, block, addr)
                else:
                    self._load_page(f, block, addr)
                if self.batch_records:
                    self._load_batch(f, block, kind)
            elif kind == FLAG_MULTIFD_FLUSH:
                continue
            else:
                raise MigrationError(f"Unknown combination of migration "
                                     f"flags: 0x{flags:x}")

    def _load_block_list(self, f, total, by_name):
        seen = set()
        while total > 0:
            name = f.get_counted_string()
            length = f.get_be64()
            block = by_name.get(name)
            if block is None:
                raise MigrationError(f'Unknown ramblock "{printable(name)}", cannot '
                                     f'accept migration')
            if name in seen:
                raise MigrationError(f'RAM block "{name}" listed twice')
            seen.add(name)
            if length != block.used_length:
                raise MigrationError(f"Size mismatch: {name}: 0x{length:x} "
                                     f"!= 0x{block.used_length:x}")
            if length > total:
                raise MigrationError("RAM block list does not add up to the "
                                     "announced total")
            total -= length
        self._last_recv = None

    def _block_from_stream(self, f, flags, by_name):
        if flags & FLAG_CONTINUE:
            if self._last_recv is None:
                raise MigrationError("Ack, bad migration stream!")
            return self._last_recv
        name = f.get_counted_string()
        block = by_name.get(name)
        if block is None:
            raise MigrationError(f"Can't find block {printable(name)}")
        self._last_recv = block
        return block

    def _page_view(self, block, addr):
        if addr + self.page_size > block.used_length:
            raise MigrationError(f"Illegal RAM offset {addr:x}")
        return block.host[addr:addr + self.page_size]

    def _load_zero(self, f, block, addr):
        page = self._page_view(block, addr)
        fill = f.get_byte()
        if fill:
            raise MigrationError(f"Found a zero page with value {fill}")
        resident = self._resident_pages(block)
        if resident is not None and not resident.resident(addr // self.page_size, 1)[0]:
            return                      # never written: zero, leave it untouched
        if page.any():
            page[:] = 0

    def _load_page(self, f, block, addr):
        f.get_buffer_into(self._page_view(block, addr))

    def _load_batch(self, f, block, kind):
        """Apply the CONTINUE records of this kind that follow, if already
        buffered, with numpy in one go (a stream is mostly such runs; one
        record at a time in Python a migration destination falls behind).
        It stops at the first record it does not like, which the
        record-by-record path then reads and rejects."""
        ps = self.page_size
        size = 9 if kind == FLAG_ZERO else 8 + ps
        count = self.BATCH_ZERO if kind == FLAG_ZERO else self.BATCH_PAGE
        data = f.buffered(size * count)
        n = len(data) // size
        if n == 0:
            return
        recs = np.frombuffer(data, dtype=np.uint8, count=n * size).reshape(n, size)
        words = recs[:, :8].copy().view(">u8").ravel()
        ok = (words & np.uint64(ps - 1)) == np.uint64(kind | FLAG_CONTINUE)
        addrs = words & ~np.uint64(ps - 1)
        ok &= addrs <= np.uint64(block.used_length - ps)
        if kind == FLAG_ZERO:
            ok &= recs[:, 8] == 0
        good = n if ok.all() else int(np.argmin(ok))
        if good == 0:
            return
        pages = (addrs[:good] // np.uint64(ps)).astype(np.int64)
        host = block.host.reshape(-1, ps)
        if kind == FLAG_ZERO:
            self._clear_pages(block, host, pages)
        else:
            host[pages] = recs[:good, 8:]
        f.skip(good * size)

    def _clear_pages(self, block, host, pages):
        """Zero the given pages, touching only those the kernel holds and
        that are not zero already (keeps untouched RAM uncommitted)."""
        resident = self._resident_pages(block)
        cuts = np.flatnonzero(np.diff(pages) != 1) + 1
        for run in np.split(pages, cuts):
            lo, hi = int(run[0]), int(run[-1]) + 1
            held = None if resident is None else resident.resident(lo, hi - lo)
            if held is None or held.all():
                dirty = host[lo:hi].view(np.uint64).any(axis=1)
                if dirty.any():
                    host[lo:hi][dirty] = 0
            elif held.any():
                rows = np.flatnonzero(held) + lo
                nonzero = host[rows].view(np.uint64).any(axis=1)
                host[rows[nonzero]] = 0
