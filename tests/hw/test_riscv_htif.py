"""HTIF: console output, console input, exit codes."""

import pytest

from emu.memory import AddressSpace, MemoryRegion
from emu.qom import object_new
import hw.char.riscv_htif  # noqa: F401  (registers the type)
from hw.char.riscv_htif import htif_window
from tests.hw.hw_fakes import FakeChardev, FakeController

TOHOST, FROMHOST = 0x80001040, 0x80001080


@pytest.fixture
def htif():
    base, size, to_off, from_off, uses = htif_window(
        {"tohost": (TOHOST, 8), "fromhost": (FROMHOST, 8)}, 0x1000000)
    assert (base, size, uses) == (TOHOST, 0x48, True)
    dev = object_new("riscv.htif.uart")
    chr_ = FakeChardev()
    dev.set_prop("chardev", chr_)
    dev.tohost_offset, dev.fromhost_offset, dev.size = to_off, from_off, size
    dev.controller = FakeController()
    dev.do_realize()
    root = MemoryRegion.container_region("system", 1 << 64)
    root.add_subregion(base, dev.mmio_regions[0], priority=1)
    return AddressSpace(root, "memory"), dev, chr_


def test_console_putc_and_fromhost_ack(htif):
    space, _dev, chr_ = htif
    space.write(TOHOST, 8, (1 << 56) | (1 << 48) | ord("A"))
    assert chr_.output == b"A"
    assert space.read(TOHOST, 8) == 0
    assert space.read(FROMHOST, 8) == (1 << 56) | (1 << 48) | 0x100 | ord("A")


def test_exit_code(htif):
    space, dev, _chr = htif
    space.write(TOHOST, 8, (7 << 1) | 1)
    assert dev.controller.events == [("shutdown", 7, "guest-shutdown")]


def test_console_getc(htif):
    space, _dev, chr_ = htif
    space.write(TOHOST, 8, (1 << 56) | (0 << 48))
    assert space.read(TOHOST, 8) == 0
    chr_.type(b"k")
    assert space.read(FROMHOST, 8) == (1 << 56) | 0x100 | ord("k")


def test_default_window_without_symbols():
    assert htif_window({}, 0x1000000) == (0x1000000, 16, 8, 0, False)
