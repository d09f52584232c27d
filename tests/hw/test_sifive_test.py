"""The SiFive test finisher: what each write asks of the machine."""

import pytest

from emu.memory import AddressSpace, MemoryRegion
from emu.qom import object_new
import hw.misc.sifive_test  # noqa: F401  (registers the type)
from tests.hw.hw_fakes import FakeController


@pytest.fixture
def finisher():
    dev = object_new("riscv.sifive.test")
    dev.controller = FakeController()
    dev.do_realize()
    root = MemoryRegion.container_region("system", 1 << 32)
    root.add_subregion(0x100000, dev.mmio_regions[0])
    return AddressSpace(root, "memory"), dev.controller


@pytest.mark.parametrize("value, event", [
    (0x5555, ("shutdown", 0, "guest-shutdown")),
    (0x00035555, ("shutdown", 0, "guest-shutdown")),       # PASS ignores the code
    (0x3333, ("shutdown", 0, "guest-panic")),
    ((42 << 16) | 0x3333, ("shutdown", 42, "guest-panic")),
    (0x7777, ("reset", "guest-reset")),
])
def test_finisher_commands(finisher, value, event):
    space, ctl = finisher
    assert space.write(0x100000, 4, value)
    assert ctl.events == [event]


def test_other_values_and_offsets_are_ignored(finisher):
    space, ctl = finisher
    space.write(0x100000, 4, 0x1234)
    space.write(0x100004, 4, 0x5555)
    assert ctl.events == []
    assert space.read(0x100000, 4) == 0


def test_halfword_write_works_byte_write_is_rejected(finisher):
    space, ctl = finisher
    assert not space.write(0x100000, 1, 0x55)
    assert space.write(0x100000, 2, 0x5555)
    assert ctl.events == [("shutdown", 0, "guest-shutdown")]
