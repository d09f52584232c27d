"""The `timer` migration section: virtual time and instruction counts.

QEMU registers this section (softmmu/cpu-timers.c, `vmstate_timers`,
instance 0) before the machine exists, so it is saved and loaded before
any device; pyemu does the same (System.build calls
register_clock_vmstate() before the board's init).  Wire layout, as QEMU:

    timer v2:   int64 cpu_ticks_offset, 8 unused bytes ("dummy"),
                int64 cpu_clock_offset
      timer/icount v1 (sent under -icount):
                int64 qemu_icount_bias, int64 qemu_icount
      timer/pyemu-cpus v1 (pyemu only; sent unless -icount with one CPU):
                uint32 ncpus, uint64 cpu_icount[ncpus]

What pyemu puts in them (the VM is stopped while saving):
  * cpu_ticks_offset and cpu_clock_offset: QEMU_CLOCK_VIRTUAL in ns, the
    value QEMU keeps in both fields while the VM is stopped;
  * qemu_icount: the instructions executed by all CPUs; qemu_icount_bias:
    the clock's bias in ns (virtual time = qemu_icount << shift + bias);
  * cpu_icount: each CPU's own instruction counter (the engine's
    ST_ICOUNT, from which mcycle/minstret are derived).  With -icount and
    one CPU it equals qemu_icount, so the QEMU-shaped stream suffices.

On load the CPUs' counters are restored first, then the clock is set so
that it reads cpu_clock_offset again: virtual time continues exactly where
it stopped, whatever the local -icount shift is.
"""

from emu.tcg import exec as X
from migration.errors import MigrationError
from migration.vmstate import (
    UINT64, VMStateDescription, vmstate_int64, vmstate_uint32, vmstate_unused,
    vmstate_varray)

MAX_CPUS = 4096


class ClockState:
    """The opaque of the `timer` section: a view of one machine's clock."""

    def __init__(self, machine):
        self.machine = machine
        self.cpu_ticks_offset = 0
        self.cpu_clock_offset = 0
        self.qemu_icount_bias = 0
        self.qemu_icount = 0
        self.ncpus = 0
        self.cpu_icount = []
        self.icount_received = False
        self.cpus_received = False

    @property
    def clock(self):
        return self.machine.clock

    def capture(self):
        """Fill the fields from the machine (pre_save)."""
        now = self.clock.now()
        self.cpu_ticks_offset = now
        self.cpu_clock_offset = now
        self.cpu_icount = [int(cpu.state[X.ST_ICOUNT]) for cpu in self.machine.cpus]
        self.ncpus = len(self.cpu_icount)
        self.qemu_icount = sum(self.cpu_icount)
        self.qemu_icount_bias = self.clock.bias if self.clock.use_icount else 0

    def apply(self):
        """Put the loaded values back into the CPUs and the clock."""
        cpus = self.machine.cpus
        if self.cpus_received:
            if self.ncpus != len(cpus):
                raise MigrationError("timer: the stream has %d CPU instruction "
                                     "counters, this machine has %d CPUs"
                                     % (self.ncpus, len(cpus)))
            counts = self.cpu_icount
        elif self.icount_received and len(cpus) == 1:
            counts = [self.qemu_icount]
        else:
            counts = None
        if counts is not None:
            for cpu, count in zip(cpus, counts):
                if count < 0 or count >= 1 << 62:
                    raise MigrationError("timer: instruction count %d out of "
                                         "range" % count)
                cpu.state[X.ST_ICOUNT] = count
        if self.cpu_clock_offset < 0:
            raise MigrationError("timer: negative virtual clock %d"
                                 % self.cpu_clock_offset)
        self.clock.set_now(self.cpu_clock_offset)


def _pre_save(state):
    state.capture()
    return 0


def _pre_load(state):
    state.icount_received = False
    state.cpus_received = False
    return 0


def _post_load(state, version_id):
    state.apply()
    return 0


def _icount_post_load(state, version_id):
    state.icount_received = True
    return 0


def _cpus_pre_load(state):
    state.cpu_icount = [0] * MAX_CPUS   # room for any count; bounded by MAX_CPUS
    return 0


def _cpus_post_load(state, version_id):
    state.cpu_icount = state.cpu_icount[:state.ncpus]
    state.cpus_received = True
    return 0


def _cpus_needed(state):
    return not (state.clock.use_icount and state.ncpus == 1)


VMSTATE_TIMER_ICOUNT = VMStateDescription(
    "timer/icount", version_id=1, minimum_version_id=1,
    needed=lambda state: state.clock.use_icount,
    post_load=_icount_post_load,
    fields=[vmstate_int64("qemu_icount_bias"), vmstate_int64("qemu_icount")],
)

VMSTATE_TIMER_CPUS = VMStateDescription(
    "timer/pyemu-cpus", version_id=1, minimum_version_id=1,
    needed=_cpus_needed, pre_load=_cpus_pre_load, post_load=_cpus_post_load,
    fields=[vmstate_uint32("ncpus"),
            vmstate_varray("cpu_icount", "ncpus", UINT64)],
)

VMSTATE_TIMERS = VMStateDescription(
    "timer", version_id=2, minimum_version_id=1,
    pre_save=_pre_save, pre_load=_pre_load, post_load=_post_load,
    fields=[vmstate_int64("cpu_ticks_offset"),
            vmstate_unused(8),
            vmstate_int64("cpu_clock_offset", version=2)],
    subsections=[VMSTATE_TIMER_ICOUNT, VMSTATE_TIMER_CPUS],
)


def register_clock_vmstate(machine):
    """Register the `timer` section (instance 0) of machine; returns its state."""
    state = ClockState(machine)
    machine.clock_state = state
    machine.vmstate.register_vmstate("timer", 0, VMSTATE_TIMERS, state)
    return state
