"""RISC-V ACLINT: the machine timer (MTIMER) and software interrupts (MSWI).

Together they make the SiFive CLINT that QEMU's virt and spike boards map
at 0x02000000 (see :func:`sifive_clint_create`):

    +0x0000  msip[hart]      32-bit, bit 0 drives the hart's MSIP (mip bit 3)
    +0x4000  mtimecmp[hart]  64-bit (or two 32-bit halves)
    +0xbff8  mtime           64-bit (or two 32-bit halves), writable

MTIMER: ``mtime`` counts at ``timebase-freq`` Hz from the virtual clock
(10 MHz on virt: one tick per 100 ns), plus a delta that writes to mtime
set.  A hart's timer line (MTIP, mip bit 7) is raised when
``mtime >= mtimecmp``: at once when mtimecmp is written with a value in the
past, otherwise by a timer on the virtual clock armed for the moment mtime
reaches it; writing a future value lowers the line.  Reset clears mtime,
which (with mtimecmp 0) leaves MTIP pending, as on QEMU.  ``rdtime()`` is
what the board hands to each hart for the ``time`` CSR.

MSWI: writing bit 0 of a hart's msip word raises or lowers its MSIP line;
reads give the current level.

Specs: RISC-V ACLINT 1.0 and the SiFive CLINT chapter of the FU540 manual.
"""

from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import Property, register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import (TIMER, UINT32, UINT64, VMStateDescription, vmstate_uint64,
                               vmstate_varray)

SWI_SIZE = 0x4000
MTIMER_SIZE = 0x8000
DEFAULT_MTIMECMP = 0x0
DEFAULT_MTIME = 0x7FF8
TIMEBASE_FREQ = 10_000_000
NANOSECONDS_PER_SECOND = 1_000_000_000
INT64_MAX = (1 << 63) - 1
MASK32 = 0xFFFFFFFF
MASK64 = (1 << 64) - 1

MIP_MSIP_BIT = 3
MIP_MTIP_BIT = 7


# --------------------------------------------------------------------------
# MTIMER
# --------------------------------------------------------------------------

@register_type
class AclintMTimer(SysBusDevice):
    """mtime + one mtimecmp per hart; one MTIP output line per hart.

    The board sets ``timer_list`` (an emu.timer.TimerList on the virtual
    clock) before realize and wires output n to hart hartid-base + n.
    """

    type_name = "riscv.aclint.mtimer"
    desc = "RISC-V ACLINT machine timer"
    properties = (
        Property("hartid-base", "uint", 0),
        Property("num-harts", "uint", 1),
        Property("timecmp-base", "uint", DEFAULT_MTIMECMP),
        Property("time-base", "uint", DEFAULT_MTIME),
        Property("aperture-size", "uint", MTIMER_SIZE),
        Property("timebase-freq", "uint", TIMEBASE_FREQ),
    )

    def instance_init(self):
        self.timer_list = None
        self.time_delta = 0
        self.timecmp = []
        self.timers = []
        self.timers_loaded = False

    def realize(self):
        n = self.num_harts
        for _ in range(n):
            self.init_irq()
        self.timecmp = [0] * n
        self.timers = [self.timer_list.new_timer(self._expired_cb(i)) for i in range(n)]
        ops = MemoryRegionOps(self._read, self._write, valid_min=4, valid_max=8,
                              impl_min=4, impl_max=8)
        self.mmio = MemoryRegion.io("riscv.aclint.mtimer", self.aperture_size, ops, owner=self)
        self.init_mmio(self.mmio)

    # -- time ----------------------------------------------------------------
    def _now_ns(self):
        return self.timer_list.clock.now()

    def _rtc_raw(self):
        return (self._now_ns() * self.timebase_freq // NANOSECONDS_PER_SECOND) & MASK64

    def rdtime(self):
        """The current mtime: what the harts' ``time`` CSR reads."""
        return (self._rtc_raw() + self.time_delta) & MASK64

    # -- timer comparison ------------------------------------------------------
    def _expired_cb(self, index):
        return lambda: self.set_irq(index, 1)

    def write_timecmp(self, index, value):
        """Set mtimecmp[index] and raise MTIP now or arm the timer for it."""
        value &= MASK64
        rtc = self.rdtime()
        self.timecmp[index] = value
        if value <= rtc:
            self.set_irq(index, 1)
            return
        self.set_irq(index, 0)
        ns_diff = (value - rtc) * NANOSECONDS_PER_SECOND // self.timebase_freq
        expire = min(self._now_ns() + ns_diff, INT64_MAX)
        self.timers[index].mod(expire)

    def _recheck_all(self):
        for i in range(self.num_harts):
            self.write_timecmp(i, self.timecmp[i])

    # -- registers -------------------------------------------------------------
    def _timecmp_index(self, offset):
        rel = offset - self.timecmp_base
        if 0 <= rel < self.num_harts * 8:
            return rel >> 3
        return None

    def _read(self, offset, size):
        index = self._timecmp_index(offset)
        if index is not None:
            value = self.timecmp[index]
            if offset & 7 == 0:
                return value & MASK32 if size == 4 else value
            return (value >> 32) & MASK32 if offset & 7 == 4 else 0
        if offset == self.time_base:
            rtc = self.rdtime()
            return rtc & MASK32 if size == 4 else rtc
        if offset == self.time_base + 4:
            return (self.rdtime() >> 32) & MASK32
        return 0

    def _write(self, offset, value, size):
        index = self._timecmp_index(offset)
        if index is not None:
            self._write_timecmp_reg(index, offset & 7, value, size)
        elif offset in (self.time_base, self.time_base + 4):
            self._write_time_reg(offset - self.time_base, value, size)

    def _write_timecmp_reg(self, index, sub, value, size):
        old = self.timecmp[index]
        if sub == 0:
            new = value if size == 8 else (old & ~MASK32) | (value & MASK32)
        elif sub == 4 and size == 4:
            new = ((value & MASK32) << 32) | (old & MASK32)
        else:
            return
        self.write_timecmp(index, new)

    def _write_time_reg(self, sub, value, size):
        raw = self._rtc_raw()
        rtc = self.rdtime()
        if sub == 0:
            new = value if size == 8 else (rtc & ~MASK32) | (value & MASK32)
        elif size == 4:
            new = ((value & MASK32) << 32) | (rtc & MASK32)
        else:
            return
        self.time_delta = (new - raw) & MASK64
        self._recheck_all()

    # -- reset and migration ---------------------------------------------------
    def reset(self):
        """mtime := 0; MTIP follows (pending while mtimecmp is 0)."""
        self._write_time_reg(0, 0, 8)

    def pre_load(self):
        self.time_delta = 0
        self.timers_loaded = False
        for timer in self.timers:
            timer.delete()
        return 0

    def post_load(self, version_id):
        if not self.timers_loaded:
            # a stream without the timers (QEMU 7.2's layout): re-arm them
            # from mtimecmp and the restored clock
            self._recheck_all()
            return 0
        rtc = self.rdtime()
        for i in range(self.num_harts):
            self.set_irq(i, 1 if self.timecmp[i] <= rtc else 0)
        return 0

    def timers_post_load(self, version_id):
        self.timers_loaded = True
        return 0

    def timers_needed(self):
        return self.time_delta != 0 or any(t.pending for t in self.timers)


# pyemu's subsection: the armed expiry of each hart's timer and the mtime
# offset a guest write to mtime leaves.  Re-arming from mtimecmp alone (as
# QEMU 7.2 does) can move an expiry by up to one mtime tick (100 ns), which
# under -icount changes the instruction at which MTIP rises.
_VMSTATE_MTIMER_TIMERS = VMStateDescription(
    "riscv_mtimer/pyemu-timers", version_id=1, minimum_version_id=1,
    needed=AclintMTimer.timers_needed, post_load=AclintMTimer.timers_post_load,
    fields=(vmstate_uint64("time_delta"),
            vmstate_varray("timers", "num_harts", TIMER)),
)

AclintMTimer.vmsd = VMStateDescription(
    "riscv_mtimer", version_id=1, minimum_version_id=1,
    pre_load=AclintMTimer.pre_load, post_load=AclintMTimer.post_load,
    fields=(vmstate_varray("timecmp", "num_harts", UINT64),),
    subsections=(_VMSTATE_MTIMER_TIMERS,),
)


# --------------------------------------------------------------------------
# MSWI
# --------------------------------------------------------------------------

@register_type
class AclintSwi(SysBusDevice):
    """One msip word per hart; output n drives hart hartid-base + n's MSIP."""

    type_name = "riscv.aclint.swi"
    desc = "RISC-V ACLINT software interrupts"
    properties = (
        Property("hartid-base", "uint", 0),
        Property("num-harts", "uint", 1),
        Property("sswi", "bool", False, doc="supervisor flavour (write-1-only)"),
    )

    def instance_init(self):
        self.levels = []

    def realize(self):
        for _ in range(self.num_harts):
            self.init_irq()
        self.levels = [0] * self.num_harts
        ops = MemoryRegionOps(self._read, self._write, valid_min=4, valid_max=4)
        self.mmio = MemoryRegion.io("riscv.aclint.swi", SWI_SIZE, ops, owner=self)
        self.init_mmio(self.mmio)

    def _read(self, offset, size):
        index = offset >> 2
        if index < self.num_harts and not self.sswi:
            return self.levels[index]
        return 0

    def _write(self, offset, value, size):
        index = offset >> 2
        if index >= self.num_harts:
            return
        if value & 1:
            self._set(index, 1)
        elif not self.sswi:
            self._set(index, 0)

    def _set(self, index, level):
        self.levels[index] = level
        self.set_irq(index, level)

    def reset(self):
        for i in range(self.num_harts):
            self._set(i, 0)


# QEMU reads msip back from the harts' mip and has no MSWI description;
# pyemu keeps the levels in the device, so it migrates them (the mip bits
# they drive travel with the CPUs).
AclintSwi.vmsd = VMStateDescription(
    "riscv_aclint_swi", version_id=1, minimum_version_id=1,
    fields=(vmstate_varray("levels", "num_harts", UINT32),),
)


def sifive_clint_create(base, num_harts, timer_list, hartid_base=0,
                        timebase_freq=TIMEBASE_FREQ):
    """The SiFive CLINT layout: an MSWI at base, an MTIMER at base + 0x4000
    (mtimecmp at +0x4000, mtime at +0xbff8).  Returns (swi, mtimer) with
    their properties set; the board realizes (ms.add_device), maps and wires
    them."""
    from emu.qom import object_new
    swi = object_new(AclintSwi.type_name)
    swi.set_prop("hartid-base", hartid_base)
    swi.set_prop("num-harts", num_harts)
    mtimer = object_new(AclintMTimer.type_name)
    mtimer.set_prop("hartid-base", hartid_base)
    mtimer.set_prop("num-harts", num_harts)
    mtimer.set_prop("timebase-freq", timebase_freq)
    mtimer.timer_list = timer_list
    return swi, mtimer
