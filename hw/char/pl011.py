"""The Arm PrimeCell UART (PL011), as QEMU models it (hw/char/pl011.c).

Registers (offsets): DR 0x00, RSR/ECR 0x04, FR 0x18, ILPR 0x20, IBRD 0x24,
FBRD 0x28, LCR_H 0x2c, CR 0x30, IFLS 0x34, IMSC 0x38, RIS 0x3c, MIS 0x40,
ICR 0x44, DMACR 0x48, and the PrimeCell ID bytes at 0xfe0..0xffc.
Transmission is immediate (bytes go to the chardev on the DR write, the TX
interrupt is raised at once); reception goes through a 16-entry FIFO (one
entry when LCR_H.FEN is clear).  One combined interrupt output.

Migration: QEMU 7.2's `pl011` section (version 2) and its `pl011/clock`
subsection (the input clock's period; virt leaves the clock unconnected,
so it is 0, as on QEMU).
"""

from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import Property, register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import (VMStateDescription, vmstate_int32, vmstate_struct,
                               vmstate_uint32, vmstate_uint32_array, vmstate_uint64)

FR_RXFE, FR_TXFF, FR_RXFF, FR_TXFE = 0x10, 0x20, 0x40, 0x80
INT_RX, INT_TX = 0x10, 0x20
LCR_FEN = 0x10
FIFO_DEPTH = 16
PL011_ID_ARM = (0x11, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1)


class ClockState:
    """What QEMU migrates of a qdev Clock (hw/core/clock-vmstate.c)."""

    def __init__(self, period=0):
        self.period = period


@register_type
class PL011(SysBusDevice):
    type_name = "pl011"
    desc = "ARM PrimeCell PL011 UART"
    category = "input"
    properties = (Property("chardev", "chardev", None),)

    def instance_init(self):
        self.id_bytes = PL011_ID_ARM
        self.clk = ClockState()
        self.read_fifo = [0] * FIFO_DEPTH
        self.reset_state()

    def reset_state(self):
        self.readbuff = 0
        self.flags = FR_TXFE | FR_RXFE
        self.lcr = 0
        self.rsr = 0
        self.cr = 0x300
        self.dmacr = 0
        self.int_enabled = 0
        self.int_level = 0
        self.read_fifo = [0] * FIFO_DEPTH
        self.ilpr = 0
        self.ibrd = 0
        self.fbrd = 0
        self.ifl = 0x12
        self.read_pos = 0
        self.read_count = 0
        self.read_trigger = 1

    def realize(self):
        self.init_irq()
        if self.chardev is not None and hasattr(self.chardev, "set_frontend"):
            self.chardev.set_frontend(self.can_receive, self.receive)
        ops = MemoryRegionOps(self.read, self.write, valid_min=1, valid_max=4)
        self.mmio = MemoryRegion.io("pl011", 0x1000, ops, owner=self)
        self.init_mmio(self.mmio)

    def reset(self):
        self.reset_state()
        self.update()

    # -- interrupts and FIFO --------------------------------------------------
    def update(self):
        self.set_irq(0, 1 if self.int_level & self.int_enabled else 0)

    def _fifo_depth(self):
        return FIFO_DEPTH if self.lcr & LCR_FEN else 1

    def can_receive(self):
        return 1 if self.read_count < self._fifo_depth() else 0

    def receive(self, data):
        for byte in data:
            if self.read_count >= self._fifo_depth():
                break
            slot = (self.read_pos + self.read_count) & (FIFO_DEPTH - 1)
            self.read_fifo[slot] = byte
            self.read_count += 1
            self.flags &= ~FR_RXFE
            if self.read_count == self._fifo_depth():
                self.flags |= FR_RXFF
            if self.read_count == self.read_trigger:
                self.int_level |= INT_RX
                self.update()

    # -- registers ---------------------------------------------------------------
    def read(self, offset, size):
        if 0xFE0 <= offset < 0x1000:
            return self.id_bytes[(offset - 0xFE0) >> 2]
        if offset == 0x00:
            self.flags &= ~FR_RXFF
            c = self.read_fifo[self.read_pos]
            if self.read_count > 0:
                self.read_count -= 1
                self.read_pos = (self.read_pos + 1) & (FIFO_DEPTH - 1)
            if self.read_count == 0:
                self.flags |= FR_RXFE
            if self.read_count == self.read_trigger - 1:
                self.int_level &= ~INT_RX
            self.rsr = c >> 8
            self.update()
            return c
        return {
            0x04: self.rsr, 0x18: self.flags, 0x20: self.ilpr, 0x24: self.ibrd,
            0x28: self.fbrd, 0x2C: self.lcr, 0x30: self.cr, 0x34: self.ifl,
            0x38: self.int_enabled, 0x3C: self.int_level,
            0x40: self.int_level & self.int_enabled, 0x48: self.dmacr,
        }.get(offset, 0)

    def write(self, offset, value, size):
        if offset == 0x00:
            if self.chardev is not None:
                self.chardev.write(bytes([value & 0xFF]))
            self.int_level |= INT_TX
            self.update()
        elif offset == 0x04:
            self.rsr = 0
        elif offset == 0x20:
            self.ilpr = value
        elif offset == 0x24:
            self.ibrd = value
        elif offset == 0x28:
            self.fbrd = value
        elif offset == 0x2C:
            if (self.lcr ^ value) & LCR_FEN:
                self.read_count = 0          # toggling FEN empties the FIFO
                self.read_pos = 0
            self.lcr = value
            self._set_read_trigger()
        elif offset == 0x30:
            self.cr = value
        elif offset == 0x34:
            self.ifl = value
            self._set_read_trigger()
        elif offset == 0x38:
            self.int_enabled = value
            self.update()
        elif offset == 0x44:
            self.int_level &= ~value
            self.update()
        elif offset == 0x48:
            self.dmacr = value

    def _set_read_trigger(self):
        self.read_trigger = 1

    def post_load(self, version_id):
        self.update()


VMSTATE_CLOCK = VMStateDescription(
    "clock", version_id=0, minimum_version_id=0,
    fields=(vmstate_uint64("period"),))

VMSTATE_PL011_CLOCK = VMStateDescription(
    "pl011/clock", version_id=1, minimum_version_id=1, needed=lambda s: True,
    fields=(vmstate_struct("clk", VMSTATE_CLOCK),))

VMSTATE_PL011 = VMStateDescription(
    "pl011", version_id=2, minimum_version_id=2, post_load=PL011.post_load,
    subsections=(VMSTATE_PL011_CLOCK,),
    fields=(
        vmstate_uint32("readbuff"), vmstate_uint32("flags"), vmstate_uint32("lcr"),
        vmstate_uint32("rsr"), vmstate_uint32("cr"), vmstate_uint32("dmacr"),
        vmstate_uint32("int_enabled"), vmstate_uint32("int_level"),
        vmstate_uint32_array("read_fifo", FIFO_DEPTH),
        vmstate_uint32("ilpr"), vmstate_uint32("ibrd"), vmstate_uint32("fbrd"),
        vmstate_uint32("ifl"), vmstate_int32("read_pos"), vmstate_int32("read_count"),
        vmstate_int32("read_trigger"),
    ))
PL011.vmsd = VMSTATE_PL011
