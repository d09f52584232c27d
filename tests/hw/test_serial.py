"""The 16550A: registers, transmitted bytes, receive FIFO and interrupts."""

import pytest

from emu.qom import object_new
from hw.char import serial
from hw.char.serial import (IER, IIR_FCR, LCR, LSR, MCR, MSR, RBR_THR, SCR,
                            SerialCore)
from hw.char.serial import VMSTATE_SERIAL
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import vmstate_load, vmstate_save
from tests.hw.hw_fakes import FakeChardev, advance, make_timers


class IrqProbe:
    def __init__(self):
        self.level = 0

    def __call__(self, level):
        self.level = 1 if level else 0


@pytest.fixture
def uart():
    chr_ = FakeChardev()
    irq = IrqProbe()
    core = SerialCore(irq, chr_, make_timers(), baudbase=115200)
    return core, chr_, irq


def test_reset_values(uart):
    core, _chr, irq = uart
    assert core.read(LSR) == 0x60          # THRE | TEMT
    assert core.read(IIR_FCR) == 0x01      # no interrupt
    assert core.read(MCR) == 0x08          # OUT2
    assert core.read(MSR) == 0xB0          # DCD | DSR | CTS
    assert core.read(IER) == 0 and core.read(LCR) == 0
    assert irq.level == 0


def test_thr_write_goes_to_chardev(uart):
    core, chr_, _irq = uart
    for b in b"hi\n":
        core.write(RBR_THR, b)
    assert bytes(chr_.output) == b"hi\n"
    assert core.read(LSR) & 0x60 == 0x60


def test_divisor_latch_hides_thr_and_ier(uart):
    core, chr_, _irq = uart
    core.write(LCR, 0x83)                  # DLAB, 8N1
    core.write(RBR_THR, 0x01)              # DLL
    core.write(IER, 0x02)                  # DLM
    assert core.read(RBR_THR) == 0x01 and core.read(IER) == 0x02
    assert core.divider == 0x0201 and chr_.output == b""
    core.write(LCR, 0x03)
    assert core.read(IER) == 0


def test_scratch_register(uart):
    core, _chr, _irq = uart
    core.write(SCR, 0x5A)
    assert core.read(SCR) == 0x5A


def test_thr_empty_interrupt_raised_on_enable_and_cleared_by_iir_read(uart):
    core, _chr, irq = uart
    core.write(IER, 0x02)                  # THRI
    assert irq.level == 1
    assert core.read(IIR_FCR) == 0x02      # THR empty
    assert irq.level == 0
    assert core.read(IIR_FCR) == 0x01
    core.write(RBR_THR, ord("x"))          # transmit -> THR empty again
    assert irq.level == 1


def test_rx_without_fifo_sets_dr_and_interrupt(uart):
    core, chr_, irq = uart
    core.write(IER, 0x01)                  # RDI
    assert chr_.can_receive() == 1
    chr_.receive(b"a")
    assert core.read(LSR) & 0x01
    assert irq.level == 1 and core.read(IIR_FCR) == 0x04
    assert chr_.can_receive() == 0
    assert core.read(RBR_THR) == ord("a")
    assert not core.read(LSR) & 0x01 and irq.level == 0


def test_rx_overrun_sets_oe_cleared_by_lsr_read(uart):
    core, chr_, irq = uart
    core.write(IER, 0x04)                  # RLSI
    chr_.receive(b"a")
    chr_.receive(b"b")
    assert irq.level == 1 and core.read(IIR_FCR) == 0x06
    assert core.read(LSR) & 0x02
    assert not core.read(LSR) & 0x02 and irq.level == 0
    assert core.read(RBR_THR) == ord("b")


def test_fifo_trigger_level_and_iir_fifo_bits(uart):
    core, chr_, irq = uart
    core.write(IIR_FCR, 0x41)              # FIFO on, trigger level 4
    core.write(IER, 0x01)
    assert core.read(IIR_FCR) & 0xC0 == 0xC0
    assert chr_.can_receive() == 4
    chr_.receive(b"abc")
    assert irq.level == 0                  # below the trigger level
    chr_.receive(b"d")
    assert irq.level == 1 and core.read(IIR_FCR) == 0xC4
    assert bytes(core.read(RBR_THR) for _ in range(4)) == b"abcd"
    assert irq.level == 0 and not core.read(LSR) & 0x01


def test_fifo_character_timeout_interrupt(uart):
    core, chr_, irq = uart
    core.write(IIR_FCR, 0xC1)              # FIFO on, trigger level 14
    core.write(IER, 0x01)
    chr_.receive(b"z")
    assert irq.level == 0
    timers = core.fifo_timeout_timer.timer_list
    advance(timers, 4 * core.char_transmit_time + 1)
    assert irq.level == 1 and core.read(IIR_FCR) == 0xCC
    assert core.read(RBR_THR) == ord("z") and irq.level == 0


def test_fifo_reset_bit_empties_rx(uart):
    core, chr_, _irq = uart
    core.write(IIR_FCR, 0x01)
    chr_.receive(b"xy")
    core.write(IIR_FCR, 0x03)
    assert not core.read(LSR) & 0x01


def test_loopback_echoes_thr_into_rbr(uart):
    core, chr_, _irq = uart
    core.write(MCR, 0x10 | 0x03)
    core.write(RBR_THR, 0x42)
    assert chr_.output == b""
    assert core.read(RBR_THR) == 0x42
    assert core.read(MSR) == 0x30          # DTR->DSR, RTS->CTS


def test_msr_delta_bits_clear_on_read(uart):
    core, _chr, irq = uart
    core.write(IER, 0x08)
    core.msr |= 0x01
    core.update_irq()
    assert irq.level == 1 and core.read(IIR_FCR) == 0x00
    assert core.read(MSR) & 0x0F == 0x01
    assert core.read(MSR) & 0x0F == 0 and irq.level == 0


def test_ns16550a_sysbus_regshift_and_irq():
    chr_ = FakeChardev()
    dev = object_new("ns16550a", regshift=2)
    dev.set_prop("chardev", chr_)
    dev.do_realize()
    assert dev.mmio_regions[0].size == 32
    ops = dev.mmio_regions[0].ops
    ops.write(0, ord("Q"), 1)
    ops.write(4, 0x02, 1)                  # IER at offset 1 << 2
    assert chr_.output == b"Q"
    assert dev.irqs[0].level == 1
    assert ops.read(5 << 2, 1) == 0x60


def _save(core):
    f = QEMUFileWriter()
    vmstate_save(f, VMSTATE_SERIAL, core, vmdesc=False)
    return f.getvalue()


def test_vmstate_roundtrip_with_fifo_subsection(uart):
    core, chr_, _irq = uart
    core.write(IIR_FCR, 0x01)
    core.write(IER, 0x05)
    chr_.receive(b"hey")
    core.write(SCR, 0x77)
    data = _save(core)
    assert data[:11] == bytes([0x00, 0x0C, 0, 0x05, core.iir, 0, 0x08, 0x61, 0xB0, 0x77, 0x01])
    other = SerialCore(lambda level: None, None, make_timers())
    vmstate_load(QEMUFileReader(data), VMSTATE_SERIAL, other, 3)
    assert _save(other) == data
    assert bytes(other.read(RBR_THR) for _ in range(3)) == b"hey"
    assert other.recv_fifo_itl == 1 and other.fcr == 0x01


def test_vmstate_name_and_versions():
    assert VMSTATE_SERIAL.name == "serial"
    assert (VMSTATE_SERIAL.version_id, VMSTATE_SERIAL.minimum_version_id) == (3, 2)
    assert serial.SerialMM.vmsd.name == "serial"
