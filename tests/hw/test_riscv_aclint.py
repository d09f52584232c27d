"""The CLINT (ACLINT MSWI + MTIMER): msip lines, mtime, timer interrupts."""

import pytest

from hw.intc.riscv_aclint import AclintMTimer, sifive_clint_create
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import vmstate_load, vmstate_save
from tests.hw.hw_fakes import advance, make_timers
from emu.irq import IRQ

MTIMECMP, MTIME = 0x0000, 0x7FF8       # offsets inside the MTIMER window


class Lines:
    def __init__(self, n):
        self.levels = [0] * n

    def irq(self, i):
        return IRQ(lambda _n, level: self.levels.__setitem__(i, level))


@pytest.fixture
def clint():
    timers = make_timers(0)
    swi, mtimer = sifive_clint_create(0x2000000, 2, timers)
    swi.do_realize()
    mtimer.do_realize()
    soft, timer = Lines(2), Lines(2)
    for i in range(2):
        swi.connect_irq(i, soft.irq(i))
        mtimer.connect_irq(i, timer.irq(i))
    mtimer.reset()
    return swi, mtimer, soft, timer, timers


def test_msip_write_raises_and_lowers_hart_line(clint):
    swi, _m, soft, _t, _timers = clint
    ops = swi.mmio_regions[0].ops
    ops.write(4, 1, 4)
    assert soft.levels == [0, 1] and ops.read(4, 4) == 1
    ops.write(4, 0, 4)
    assert soft.levels == [0, 0] and ops.read(4, 4) == 0


def test_mtime_counts_at_10mhz(clint):
    _s, mtimer, _soft, _t, timers = clint
    ops = mtimer.mmio_regions[0].ops
    timers.clock.ns = 1_000_000                 # 1 ms
    assert ops.read(MTIME, 8) == 10_000
    assert ops.read(MTIME, 4) == 10_000 and ops.read(MTIME + 4, 4) == 0
    assert mtimer.rdtime() == 10_000


def test_mtip_pending_after_reset_with_mtimecmp_zero(clint):
    _s, _m, _soft, timer, _timers = clint
    assert timer.levels == [1, 1]


def test_timer_interrupt_fires_at_the_right_virtual_time(clint):
    _s, mtimer, _soft, timer, timers = clint
    ops = mtimer.mmio_regions[0].ops
    ops.write(MTIMECMP + 8, 500, 8)             # hart 1: mtime 500 = 50 us
    assert timer.levels[1] == 0
    advance(timers, 49_999)
    assert timer.levels[1] == 0
    advance(timers, 50_000)
    assert timer.levels[1] == 1
    assert ops.read(MTIMECMP + 8, 8) == 500


def test_mtimecmp_in_halves_and_past_value_raises_at_once(clint):
    _s, mtimer, _soft, timer, timers = clint
    ops = mtimer.mmio_regions[0].ops
    timers.clock.ns = 10_000                    # mtime 100
    ops.write(MTIMECMP + 4, 1, 4)               # hi = 1: far future
    assert timer.levels[0] == 0
    ops.write(MTIMECMP, 50, 4)
    assert mtimer.timecmp[0] == (1 << 32) | 50
    ops.write(MTIMECMP + 4, 0, 4)               # 50 <= 100: past
    assert timer.levels[0] == 1


def test_writing_mtime_moves_time_and_rechecks(clint):
    _s, mtimer, _soft, timer, timers = clint
    ops = mtimer.mmio_regions[0].ops
    ops.write(MTIMECMP, 1000, 8)
    assert timer.levels[0] == 0
    ops.write(MTIME, 2000, 8)
    assert timer.levels[0] == 1
    timers.clock.ns = 100
    assert ops.read(MTIME, 8) == 2001


def test_vmstate_roundtrip(clint):
    _s, mtimer, _soft, _t, _timers = clint
    mtimer.mmio_regions[0].ops.write(MTIMECMP + 8, 0x1122334455, 8)
    f = QEMUFileWriter()
    vmstate_save(f, AclintMTimer.vmsd, mtimer, vmdesc=False)
    data = f.getvalue()
    qemu_72 = bytes(8) + (0x1122334455).to_bytes(8, "big")
    # QEMU 7.2's fields, then pyemu's subsection with the armed expiries
    assert data.startswith(qemu_72 + b"\x05\x19riscv_mtimer/pyemu-timers")
    expire = mtimer.timers[1].expire
    for stream in (data, qemu_72):          # with and without the subsection
        _s2, other = sifive_clint_create(0x2000000, 2, make_timers())
        other.do_realize()
        vmstate_load(QEMUFileReader(stream), AclintMTimer.vmsd, other, 1)
        assert other.timecmp == [0, 0x1122334455]
        assert other.timers[1].pending and other.timers[1].expire == expire
