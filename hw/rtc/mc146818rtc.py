"""The Motorola MC146818 real-time clock with CMOS RAM (ISA ports 0x70/0x71).

Port 0x70 selects a register (bit 7 is the NMI mask, ignored), port 0x71
reads or writes it.  Registers 0..9 hold the time and date in BCD or binary
(REG_B.DM) and 12/24-hour form (REG_B.24H), from a clock that starts at the
host's UTC time (QEMU's default ``-rtc base=utc``) and advances with virtual
time.  REG_A's rate selects the periodic interrupt, raised on IRQ output 0
while REG_B.PIE is set (REG_C.PF|IRQF); reading REG_C clears it.  REG_D
reports valid RAM.  ``base_year`` is what the century byte counts from
(1900 on the Alpha boards: SRM epoch).
"""

import calendar
import time

from emu.memory import LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import Property, register_type
from emu.qom.device import SysBusDevice

REG_A, REG_B, REG_C, REG_D = 10, 11, 12, 13
REG_A_UIP = 0x80
REG_B_SET, REG_B_PIE, REG_B_AIE, REG_B_UIE = 0x80, 0x40, 0x20, 0x10
REG_B_DM, REG_B_24H = 0x04, 0x02
REG_C_IRQF, REG_C_PF = 0x80, 0x40
REG_D_VRM = 0x80
NS = 1_000_000_000


@register_type
class MC146818RTC(SysBusDevice):
    """The RTC; the board sets ``timer_list`` and wires IRQ output 0."""

    type_name = "mc146818rtc"
    desc = "MC146818 real-time clock"
    properties = (
        Property("base_year", "uint", 1980, doc="year the RTC's years count from"),
    )

    def instance_init(self):
        self.timer_list = None
        self.timer = None
        self.cmos = bytearray(128)
        self.index = 0
        self.base_ns = None        # host UTC (ns) at virtual time 0
        self.offset_s = 0          # guest writes to the time registers

    def realize(self):
        self.init_irq()
        if self.timer_list is not None:
            self.timer = self.timer_list.new_timer(self._periodic)
        ops = MemoryRegionOps(self._read, self._write, endianness=LITTLE_ENDIAN,
                              valid_min=1, valid_max=1)
        self.io = MemoryRegion.io("rtc", 2, ops, owner=self)
        self.init_mmio(self.io)
        self.base_ns = time.time_ns()

    def reset(self):
        self.cmos[REG_A] = 0x26
        self.cmos[REG_B] = REG_B_24H
        self.cmos[REG_C] = 0
        self.cmos[REG_D] = REG_D_VRM
        if self.irqs:
            self.set_irq(0, 0)
        if self.timer is not None:
            self.timer.delete()

    # -- time --------------------------------------------------------------------
    def _virtual_ns(self):
        return self.timer_list.clock.now() if self.timer_list is not None else 0

    def rtc_clock_ns(self):
        """QEMU's rtc_clock: host time at start + virtual time since."""
        return self.base_ns + self._virtual_ns()

    def _now_s(self):
        return self.rtc_clock_ns() // NS + self.offset_s

    def _to_reg(self, value):
        if self.cmos[REG_B] & REG_B_DM:
            return value & 0xFF
        return ((value // 10) << 4) | (value % 10)

    def _from_reg(self, value):
        if self.cmos[REG_B] & REG_B_DM:
            return value
        return ((value >> 4) * 10) + (value & 0xF)

    def _time_regs(self):
        tm = time.gmtime(self._now_s())
        hour = tm.tm_hour
        if not self.cmos[REG_B] & REG_B_24H:
            h12 = hour % 12 or 12
            hour_reg = self._to_reg(h12) | (0x80 if tm.tm_hour >= 12 else 0)
        else:
            hour_reg = self._to_reg(hour)
        year = tm.tm_year - self.base_year
        return {0: self._to_reg(tm.tm_sec), 2: self._to_reg(tm.tm_min), 4: hour_reg,
                6: self._to_reg((tm.tm_wday + 1) % 7 + 1), 7: self._to_reg(tm.tm_mday),
                8: self._to_reg(tm.tm_mon), 9: self._to_reg(year % 100),
                0x32: self._to_reg(self.base_year // 100 + year // 100)}

    def _set_time_from_regs(self, regs):
        try:
            year = self._from_reg(regs[9]) + self.base_year
            hour = self._from_reg(regs[4] & 0x7F)
            if not self.cmos[REG_B] & REG_B_24H:
                hour = hour % 12 + (12 if regs[4] & 0x80 else 0)
            t = calendar.timegm((year, self._from_reg(regs[8]), self._from_reg(regs[7]),
                                 hour, self._from_reg(regs[2]), self._from_reg(regs[0])))
        except (ValueError, OverflowError):
            return
        self.offset_s += t - self._now_s()

    # -- periodic interrupt --------------------------------------------------------------
    def _period_ns(self):
        rate = self.cmos[REG_A] & 0x0F
        if rate == 0:
            return 0
        if rate <= 2:
            rate += 7
        return (NS << (rate - 1)) // 32768

    def _arm_periodic(self):
        if self.timer is None:
            return
        period = self._period_ns()
        if period and self.cmos[REG_B] & REG_B_PIE:
            now = self._virtual_ns()
            self.timer.mod(now - now % period + period)
        else:
            self.timer.delete()

    def _periodic(self):
        self.cmos[REG_C] |= REG_C_PF | REG_C_IRQF
        self.set_irq(0, 1)
        self._arm_periodic()

    # -- ports ----------------------------------------------------------------------------------
    def _read(self, offset, size):
        if offset & 1 == 0:
            return 0xFF
        idx = self.index
        if idx in (0, 2, 4, 6, 7, 8, 9, 0x32):
            return self._time_regs()[idx]
        if idx == REG_C:
            value = self.cmos[REG_C]
            self.cmos[REG_C] = 0
            self.set_irq(0, 0)
            return value
        if idx == REG_A:
            return self.cmos[REG_A] & ~REG_A_UIP
        return self.cmos[idx]

    def _write(self, offset, value, size):
        value &= 0xFF
        if offset & 1 == 0:
            self.index = value & 0x7F
            return
        idx = self.index
        if idx in (0, 2, 4, 6, 7, 8, 9, 0x32):
            regs = self._time_regs()
            regs[idx] = value
            self._set_time_from_regs(regs)
            return
        if idx == REG_A:
            self.cmos[REG_A] = (value & ~REG_A_UIP) | (self.cmos[REG_A] & REG_A_UIP)
            self._arm_periodic()
        elif idx == REG_B:
            self.cmos[REG_B] = value
            self._arm_periodic()
        elif idx in (REG_C, REG_D):
            pass
        else:
            self.cmos[idx] = value
