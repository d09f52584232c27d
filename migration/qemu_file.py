"""Big-endian migration stream over a file object, a socket or bytes.

QEMUFileWriter buffers small writes and passes large buffers (RAM pages)
straight through; QEMUFileReader never returns short: a read that runs
into the end of the stream raises MigrationError.  Both count the bytes
that crossed them (tell()), which is what the vmdesc JSON sizes measure.
"""
import io

from migration.errors import MigrationError

_FLUSH_AT = 1 << 16          # buffered bytes before a writer flushes
_DIRECT_AT = 1 << 14         # buffers at least this big bypass the buffer
_READ_CHUNK = 1 << 16        # refill size of the reader
_MAX_CHUNK = 1 << 20         # largest single allocation when skipping/reading

EOF_MESSAGE = "Unexpected end of stream"


def _sink_of(target):
    """Return a callable that writes a bytes-like object to target."""
    if hasattr(target, "write"):
        return target.write
    if hasattr(target, "sendall"):
        return target.sendall
    raise TypeError("stream target needs write() or sendall()")


class QEMUFileWriter:
    """Writes big-endian primitives; target is a file, a socket or None.

    With target None the bytes stay in memory and getvalue() returns them.
    """

    def __init__(self, target=None):
        self._memory = io.BytesIO() if target is None else None
        self._sink = _sink_of(self._memory if target is None else target)
        self._target = target
        self._buf = bytearray()
        self._flushed = 0

    def tell(self):
        """Number of bytes written so far (flushed or not)."""
        return self._flushed + len(self._buf)

    def put_byte(self, value):
        self._buf.append(value & 0xFF)
        self._maybe_flush()

    def put_be16(self, value):
        self._buf += (value & 0xFFFF).to_bytes(2, "big")
        self._maybe_flush()

    def put_be32(self, value):
        self._buf += (value & 0xFFFFFFFF).to_bytes(4, "big")
        self._maybe_flush()

    def put_be64(self, value):
        self._buf += (value & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "big")
        self._maybe_flush()

    def put_buffer(self, data):
        """Write raw bytes (bytes, bytearray, memoryview or numpy array)."""
        view = memoryview(data).cast("B")
        if view.nbytes >= _DIRECT_AT:
            self.flush()
            self._sink(view)
            self._flushed += view.nbytes
        else:
            self._buf += view
            self._maybe_flush()

    def put_counted_string(self, text):
        """1 length byte + raw bytes (idstrs, subsection and block names)."""
        raw = (text.encode("utf-8", "surrogateescape") if isinstance(text, str)
               else bytes(text))
        if len(raw) > 255:
            raise MigrationError(f"name too long for the stream: '{raw[:40]!r}...'")
        self._buf.append(len(raw))
        self._buf += raw
        self._maybe_flush()

    def _maybe_flush(self):
        if len(self._buf) >= _FLUSH_AT:
            self.flush()

    def flush(self):
        """Push buffered bytes to the target (and its own flush, if any)."""
        if self._buf:
            self._sink(bytes(self._buf))
            self._flushed += len(self._buf)
            self._buf.clear()
        if self._target is not None and hasattr(self._target, "flush"):
            self._target.flush()

    def getvalue(self):
        """All bytes written, for an in-memory writer."""
        if self._memory is None:
            raise ValueError("getvalue() needs an in-memory writer")
        self.flush()
        return self._memory.getvalue()


def _source_reader(source):
    """Return read_some(n) -> bytes (b'' only at end of stream)."""
    if hasattr(source, "read"):
        return source.read
    if hasattr(source, "recv"):
        return source.recv
    raise TypeError("stream source needs read() or recv()")


class QEMUFileReader:
    """Reads big-endian primitives from bytes, a binary file or a socket."""

    def __init__(self, source):
        if isinstance(source, (bytes, bytearray, memoryview)):
            self._buf = bytes(source)
            self._read_some = None
        else:
            self._buf = b""
            self._read_some = _source_reader(source)
        self._pos = 0
        self._consumed = 0      # bytes of _buf discarded before _pos's base

    def tell(self):
        """Number of bytes consumed so far."""
        return self._consumed + self._pos

    def _available(self):
        return len(self._buf) - self._pos

    def _fill(self, need):
        """Make at least need bytes available; False if the stream ends first."""
        while self._available() < need:
            if self._read_some is None:
                return False
            chunk = self._read_some(max(_READ_CHUNK, min(need, _MAX_CHUNK)))
            if not chunk:
                return False
            self._consumed += self._pos
            self._buf = self._buf[self._pos:] + bytes(chunk)
            self._pos = 0
        return True

    def _take(self, n):
        if n > _MAX_CHUNK:
            return b"".join(self._take(min(_MAX_CHUNK, n - k))
                            for k in range(0, n, _MAX_CHUNK))
        if not self._fill(n):
            raise MigrationError(EOF_MESSAGE)
        data = self._buf[self._pos:self._pos + n]
        self._pos += n
        return data

    def get_byte(self):
        if self._pos < len(self._buf):
            value = self._buf[self._pos]
            self._pos += 1
            return value
        return self._take(1)[0]

    def get_be16(self):
        return int.from_bytes(self._take(2), "big")

    def get_be32(self):
        return int.from_bytes(self._take(4), "big")

    def get_be64(self):
        return int.from_bytes(self._take(8), "big")

    def get_sbe32(self):
        return int.from_bytes(self._take(4), "big", signed=True)

    def get_buffer(self, n):
        """Exactly n bytes; callers bound n by what the local side allows."""
        if n < 0:
            raise MigrationError(f"negative buffer length {n}")
        return self._take(n)

    def get_buffer_into(self, dest):
        """Fill a writable buffer (bytearray, numpy uint8 slice) in place."""
        view = memoryview(dest).cast("B")
        n = view.nbytes
        head = min(n, self._available())
        view[:head] = self._buf[self._pos:self._pos + head]
        self._pos += head
        done = head
        while done < n:
            chunk = self._take(min(n - done, _MAX_CHUNK))
            view[done:done + len(chunk)] = chunk
            done += len(chunk)

    def buffered(self, n):
        """Up to n bytes already read ahead, without waiting for more."""
        return self._buf[self._pos:self._pos + n]

    def skip(self, n):
        """Discard n bytes without allocating more than one chunk."""
        while n > 0:
            step = min(n, _MAX_CHUNK)
            self._take(step)
            n -= step

    def get_counted_string(self):
        """1 length byte + name, as str (undecodable bytes kept as escapes)."""
        length = self.get_byte()
        return self._take(length).decode("utf-8", "surrogateescape")

    def peek(self, n, offset=0):
        """Up to n bytes at offset from the read position, not consumed.

        Returns fewer bytes only at the end of the stream.
        """
        self._fill(offset + n)
        start = self._pos + offset
        return self._buf[start:start + n]

    def peek_byte(self, offset=0):
        """The byte at offset from the read position, or None at the end."""
        data = self.peek(1, offset)
        return data[0] if data else None

    def at_eof(self):
        """True when no byte is left to read."""
        return not self._fill(1)
