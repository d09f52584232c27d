"""The big-endian stream primitives."""
import io
import socket

import numpy as np
import pytest

from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter


def test_writer_puts_big_endian_integers_and_counted_strings():
    w = QEMUFileWriter()
    w.put_byte(0x1FF)
    w.put_be16(0x1234)
    w.put_be32(0xDEADBEEF)
    w.put_be64(-1)
    w.put_counted_string("cpu")
    assert w.getvalue() == (b"\xff\x12\x34\xde\xad\xbe\xef" + b"\xff" * 8
                            + b"\x03cpu")
    assert w.tell() == 1 + 2 + 4 + 8 + 4


def test_reader_reads_back_and_peeks_without_consuming():
    r = QEMUFileReader(b"\x05\x03abc\x00\x00\x00\x07")
    assert r.peek_byte() == 5 and r.peek(3, 2) == b"abc"
    assert r.get_byte() == 5
    assert r.get_counted_string() == "abc"
    assert r.get_be32() == 7
    assert r.peek_byte() is None and r.at_eof()


@pytest.mark.parametrize("read", [
    lambda r: r.get_be64(), lambda r: r.get_buffer(9),
    lambda r: r.get_counted_string(), lambda r: r.skip(100)])
def test_reads_past_the_end_raise_migration_error(read):
    r = QEMUFileReader(b"\x08abcdef")
    with pytest.raises(MigrationError, match="Unexpected end of stream"):
        read(r)


def test_file_source_and_large_buffers_round_trip():
    data = np.arange(300000, dtype=np.uint32).view(np.uint8)
    sink = io.BytesIO()
    w = QEMUFileWriter(sink)
    w.put_be32(len(data))
    w.put_buffer(data)
    w.flush()
    r = QEMUFileReader(io.BytesIO(sink.getvalue()))
    out = np.zeros(len(data), dtype=np.uint8)
    assert r.get_be32() == len(data)
    r.get_buffer_into(out)
    assert np.array_equal(out, data) and r.at_eof()


def test_socket_transport():
    a, b = socket.socketpair()
    with a, b:
        w = QEMUFileWriter(a)
        w.put_be64(0x0102030405060708)
        w.flush()
        a.shutdown(socket.SHUT_WR)
        r = QEMUFileReader(b)
        assert r.get_be64() == 0x0102030405060708
        with pytest.raises(MigrationError):
            r.get_byte()
