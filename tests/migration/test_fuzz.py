"""Hostile streams: truncated, bit-flipped and length-inflated input.

Every mutation of a valid stream must either load or fail with
MigrationError: no other exception, no hang, no allocation beyond what the
local machine allows.
"""
import tracemalloc

from hypothesis import HealthCheck, given, settings, strategies as st

from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.savevm import load_state, save_state

from migration_fakes import Machine

MACHINE = "virt-10.2"


def _valid_stream():
    m = Machine(ram_pages=(2, 1))
    m.scribble()
    w = QEMUFileWriter()
    save_state(w, m.registry, MACHINE)
    return w.getvalue()


STREAM = _valid_stream()
FAST = settings(max_examples=1500, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


def _load(data):
    try:
        load_state(QEMUFileReader(bytes(data)), Machine(ram_pages=(2, 1)).registry,
                   MACHINE)
    except MigrationError as exc:
        assert "\n" not in str(exc)


@FAST
@given(st.integers(0, len(STREAM) - 1))
def test_truncated_streams(cut):
    _load(STREAM[:cut])


@FAST
@given(st.lists(st.tuples(st.integers(0, len(STREAM) - 1), st.integers(0, 7)),
                min_size=1, max_size=4))
def test_bit_flipped_streams(flips):
    data = bytearray(STREAM)
    for pos, bit in flips:
        data[pos] ^= 1 << bit
    _load(data)


@FAST
@given(st.integers(0, len(STREAM) - 4), st.sampled_from(
    [b"\xff", b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff", b"\x00\x00\x10\x00"]))
def test_length_inflated_streams(pos, blob):
    data = bytearray(STREAM)
    data[pos:pos + len(blob)] = blob
    _load(data)


def test_huge_declared_lengths_allocate_nothing_big():
    data = bytearray(STREAM)
    at = data.index(b"virt-10.2") - 4           # configuration name length
    data[at:at + 4] = b"\xff\xff\xff\xf0"
    tracemalloc.start()
    _load(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 4 << 20
