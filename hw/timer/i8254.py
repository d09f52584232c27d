"""The Intel 8254 programmable interval timer (ISA ports 0x40..0x43).

Three 16-bit counters clocked at 1.193182 MHz from the virtual clock, as
QEMU's i8254 models them: modes 0..5, LSB/MSB/LSB-then-MSB access, counter
latch and read-back commands, the status byte.  Counter 0's OUT drives IRQ
output 0 (ISA IRQ 0); counter 2's gate is held high.
"""

from emu.memory import LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.qom.device import SysBusDevice

PIT_FREQ = 1193182
NS = 1_000_000_000
RW_LSB, RW_MSB, RW_WORD0, RW_WORD1 = 1, 2, 3, 4


def _muldiv(a, b, c):
    return a * b // c


class PITChannel:
    def __init__(self, pit, index):
        self.pit = pit
        self.index = index
        self.gate = 1 if index != 2 else 0
        self.reset()

    def reset(self):
        self.mode = 3 if self.index != 2 else 0
        self.count = 0x10000
        self.latched_count = 0
        self.count_latched = 0
        self.status_latched = 0
        self.status = 0
        self.read_state = RW_LSB
        self.write_state = RW_LSB
        self.write_latch = 0
        self.rw_mode = RW_LSB
        self.bcd = 0
        self.count_load_time = self.pit.now()
        self.null_count = 1

    def _elapsed(self):
        return _muldiv(self.pit.now() - self.count_load_time, PIT_FREQ, NS)

    def get_count(self):
        d = self._elapsed()
        if self.mode in (0, 1, 4, 5):
            return (self.count - d) & 0xFFFF
        if self.mode == 3:
            return self.count - ((2 * d) % self.count)
        return self.count - (d % self.count)

    def get_out(self, now_ns=None):
        d = self._elapsed() if now_ns is None else _muldiv(now_ns - self.count_load_time, PIT_FREQ, NS)
        mode, count = self.mode, self.count
        if mode == 0:
            return 1 if d >= count else 0
        if mode == 1:
            return 1 if d < count else 0
        if mode == 2:
            return 1 if (d % count) == 0 and d != 0 else 0
        if mode == 3:
            return 1 if (d % count) < ((count + 1) >> 1) else 0
        if mode in (4, 5):
            return 1 if d == count else 0
        return 0

    def next_transition_ns(self):
        """Virtual time of the next OUT change, or -1."""
        d = self._elapsed()
        mode, count = self.mode, self.count
        if mode == 0 or mode == 1:
            if d < count:
                nxt = count
            else:
                return -1
        elif mode == 2:
            base = (d // count) * count
            nxt = base + count if d - base != 0 else base + 1
        elif mode == 3:
            base = (d // count) * count
            period2 = (count + 1) >> 1
            nxt = base + period2 if d - base < period2 else base + count
        elif mode in (4, 5):
            if d < count:
                nxt = count
            elif d == count:
                nxt = count + 1
            else:
                return -1
        else:
            return -1
        return self.count_load_time + _muldiv(nxt, NS, PIT_FREQ) + 1

    def load_count(self, value):
        if value == 0:
            value = 0x10000
        self.count_load_time = self.pit.now()
        self.count = value
        self.null_count = 0
        self.pit.channel_changed(self)

    def latch_count(self):
        if not self.count_latched:
            self.latched_count = self.get_count()
            self.count_latched = self.rw_mode

    def write(self, val):
        if self.write_state == RW_LSB:
            self.load_count(val)
        elif self.write_state == RW_MSB:
            self.load_count(val << 8)
        elif self.write_state == RW_WORD0:
            self.write_latch = val
            self.write_state = RW_WORD1
        else:
            self.load_count(self.write_latch | (val << 8))
            self.write_state = RW_WORD0

    def read(self):
        if self.status_latched:
            self.status_latched = 0
            return self.status
        if self.count_latched:
            if self.count_latched == RW_LSB:
                self.count_latched = 0
                return self.latched_count & 0xFF
            if self.count_latched == RW_MSB:
                self.count_latched = 0
                return (self.latched_count >> 8) & 0xFF
            self.count_latched = RW_MSB
            return self.latched_count & 0xFF
        count = self.get_count()
        if self.read_state == RW_LSB:
            return count & 0xFF
        if self.read_state == RW_MSB:
            return (count >> 8) & 0xFF
        if self.read_state == RW_WORD0:
            self.read_state = RW_WORD1
            return count & 0xFF
        self.read_state = RW_WORD0
        return (count >> 8) & 0xFF


@register_type
class PIT(SysBusDevice):
    """The 8254; the board sets ``timer_list`` and wires IRQ output 0."""

    type_name = "isa-pit"
    desc = "ISA programmable interval timer (i8254)"

    def instance_init(self):
        self.timer_list = None
        self.timer = None
        self.channels = []

    def now(self):
        return self.timer_list.clock.now() if self.timer_list is not None else 0

    def realize(self):
        self.init_irq()
        self.channels = [PITChannel(self, i) for i in range(3)]
        if self.timer_list is not None:
            self.timer = self.timer_list.new_timer(self._tick)
        ops = MemoryRegionOps(self._read, self._write, endianness=LITTLE_ENDIAN,
                              valid_min=1, valid_max=1)
        self.io = MemoryRegion.io("pit", 4, ops, owner=self)
        self.init_mmio(self.io)

    def reset(self):
        """Counters back to power-on; the IRQ timer runs once a count is
        loaded (pyemu does not tick an unprogrammed counter 0)."""
        for ch in self.channels:
            ch.reset()
        if self.timer is not None:
            self.timer.delete()
        if self.irqs:
            self.set_irq(0, 0)

    def channel_changed(self, ch):
        if ch.index != 0:
            return
        self._tick()

    def _tick(self):
        ch = self.channels[0]
        self.set_irq(0, ch.get_out())
        if self.timer is not None:
            nxt = ch.next_transition_ns()
            if nxt >= 0:
                self.timer.mod(nxt)
            else:
                self.timer.delete()

    def _write(self, offset, value, size):
        addr = offset & 3
        value &= 0xFF
        if addr == 3:
            channel = value >> 6
            if channel == 3:                        # read-back
                for i, ch in enumerate(self.channels):
                    if value & (2 << i):
                        if not value & 0x20:
                            ch.latch_count()
                        if not value & 0x10 and not ch.status_latched:
                            ch.status = ((ch.get_out() << 7) | (ch.rw_mode << 4)
                                         | (ch.mode << 1) | ch.bcd)
                            ch.status_latched = 1
                return
            ch = self.channels[channel]
            access = (value >> 4) & 3
            if access == 0:
                ch.latch_count()
                return
            ch.rw_mode = access
            ch.read_state = access
            ch.write_state = access
            ch.mode = (value >> 1) & 7
            if ch.mode > 5:
                ch.mode -= 4
            ch.bcd = value & 1
            return
        self.channels[addr].write(value)

    def _read(self, offset, size):
        addr = offset & 3
        if addr == 3:
            return 0xFF
        return self.channels[addr].read()
