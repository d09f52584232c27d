"""The Arm PrimeCell real-time clock (PL031), as QEMU models it.

DR (0x00) counts seconds from the host's time at machine creation along
the virtual clock; MR (0x04) is the match value, LR (0x08) loads the
counter, CR (0x0c) reads 1, IMSC/RIS/MIS/ICR (0x10..0x1c) the one
interrupt (raised when the counter reaches MR).  ID bytes at 0xfe0.

Migration: QEMU 7.2's `pl031` section (version 1) with its
`pl031/tick-offset` subsection.  QEMU's RTC clock is pyemu's virtual clock,
so the vm_clock-relative `tick_offset_vmstate` equals `tick_offset`.
QEMU's post_load re-arms the alarm from MR whether or not it was armed,
at a time rounded to the load's second; pyemu instead sends the armed
alarm's exact expiry in the pyemu-only subsection `pl031/pyemu-alarm` (only
while it is armed, so QEMU never sees it) and restores exactly that: a
stream without it leaves the alarm off.
"""

import time

from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import VMStateDescription, vmstate_timer, vmstate_uint32

PL031_ID = (0x31, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1)
NS = 1_000_000_000


@register_type
class PL031(SysBusDevice):
    type_name = "pl031"
    desc = "ARM PrimeCell PL031 RTC"

    def instance_init(self):
        self.timer_list = None          # board: the virtual-clock timers
        self.tick_offset = int(time.time())
        self.mr = 0
        self.lr = 0
        self.cr = 0                     # migrated, never written: CR reads 1 (QEMU)
        self.im = 0
        self.is_ = 0
        self.timer = None
        self.tick_offset_vmstate = 0
        self.tick_offset_migrated = False

    def realize(self):
        self.init_irq()
        ops = MemoryRegionOps(self.read, self.write, valid_min=4, valid_max=4)
        self.init_mmio(MemoryRegion.io("pl031", 0x1000, ops, owner=self))
        if self.timer_list is not None:
            self.timer = self.timer_list.new_timer(self._interrupt)

    def _now_s(self):
        if self.timer_list is None:
            return 0
        return self.timer_list.clock.now() // NS

    def count(self):
        return (self.tick_offset + self._now_s()) & 0xFFFFFFFF

    def _update(self):
        self.set_irq(0, 1 if self.is_ & self.im else 0)

    def _interrupt(self):
        self.is_ = 1
        self._update()

    def _arm_timer(self):
        if self.timer is None:
            return
        ticks = (self.mr - self.count()) & 0xFFFFFFFF
        self.timer.mod(self.timer_list.clock.now() + ticks * NS)

    def read(self, offset, size):
        if 0xFE0 <= offset < 0x1000:
            return PL031_ID[(offset - 0xFE0) >> 2]
        return {0x00: self.count(), 0x04: self.mr, 0x08: self.lr, 0x0C: 1,
                0x10: self.im, 0x14: self.is_, 0x18: self.is_ & self.im}.get(offset, 0)

    def write(self, offset, value, size):
        if offset == 0x04:
            self.mr = value
            self._arm_timer()
        elif offset == 0x08:
            self.tick_offset = (self.tick_offset + value - self.count()) & 0xFFFFFFFF
            self.lr = value
            self._arm_timer()
        elif offset == 0x10:
            self.im = value & 1
            self._update()
        elif offset == 0x1C:
            self.is_ &= ~value
            self._update()

    # -- migration -------------------------------------------------------------
    def pre_save(self):
        self.tick_offset_vmstate = self.tick_offset
        return 0

    def pre_load(self):
        self.tick_offset_migrated = False
        if self.timer is not None:
            self.timer.delete()
        return 0

    def tick_offset_post_load(self, version_id):
        self.tick_offset_migrated = True
        return 0

    def alarm_armed(self):
        return self.timer is not None and self.timer.pending

    def post_load(self, version_id):
        if not self.tick_offset_migrated:
            self.tick_offset = self.tick_offset_vmstate
        self._update()
        return 0


VMSTATE_PL031_TICK_OFFSET = VMStateDescription(
    "pl031/tick-offset", version_id=1, minimum_version_id=1,
    needed=lambda s: True, post_load=PL031.tick_offset_post_load,
    fields=(vmstate_uint32("tick_offset"),))

VMSTATE_PL031_ALARM = VMStateDescription(
    "pl031/pyemu-alarm", version_id=1, minimum_version_id=1,
    needed=PL031.alarm_armed,
    fields=(vmstate_timer("timer"),))


PL031.vmsd = VMStateDescription(
    "pl031", version_id=1, minimum_version_id=1,
    pre_save=PL031.pre_save, pre_load=PL031.pre_load, post_load=PL031.post_load,
    fields=(vmstate_uint32("tick_offset_vmstate"), vmstate_uint32("mr"),
            vmstate_uint32("lr"), vmstate_uint32("cr"), vmstate_uint32("im"),
            vmstate_uint32("is", path="is_")),
    subsections=(VMSTATE_PL031_TICK_OFFSET, VMSTATE_PL031_ALARM))
