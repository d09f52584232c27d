"""The ARM generic timer as a CPU-side device (ARM ARM B8): the physical
and virtual counters and their two timers, CNTP_* and CNTV_*.

The counter runs at 62.5 MHz from the machine's virtual clock (one tick
every 16 ns, as QEMU).  Each timer's output line (``outputs[n]``, an
emu.irq.IRQ set by the board; QEMU's gpio "gt-timer-outputs") is high while
the timer is enabled, not masked, and its condition (counter >= CVAL) holds.

Migration (targets/arm/machine.py, as QEMU): CNTP/CNTV CTL and CVAL, CNTKCTL
and CNTFRQ travel in the `cpu` section's cpreg list, the QEMUTimer expiries
as the `gt_timer` fields.  Loading writes the cpregs back through the
accessors below, whose update() recomputes ISTATUS and the output line and
re-arms each enabled timer at the deadline its CVAL gives; post_load runs
update() once more after the expiries are in.  The counter itself is the
virtual clock, which the `timer` section restores first.
"""

from targets.arm import cpu_bits as B

MASK64 = (1 << 64) - 1
CTL_ENABLE, CTL_IMASK, CTL_ISTATUS = 1, 2, 4


class GenericTimers:
    def __init__(self, cpu, timer_list):
        self.cpu = cpu
        self.timer_list = timer_list
        self.outputs = [None, None]
        self.timers = [None, None]
        if timer_list is not None:
            self.timers = [timer_list.new_timer(lambda n=n: self.update(n)) for n in range(2)]
        self.levels = [0, 0]

    # -- counters ----------------------------------------------------------
    def _now_ns(self):
        if self.timer_list is not None:
            return self.timer_list.clock.now()
        return self.cpu.clock_ns()

    def count(self):
        return (self._now_ns() // B.GTIMER_SCALE) & MASK64

    def _offset(self, n):
        return self.cpu.get("cntvoff") if n == B.GTIMER_VIRT else 0

    def _names(self, n):
        return ("cntp_ctl", "cntp_cval") if n == B.GTIMER_PHYS else ("cntv_ctl", "cntv_cval")

    def reset(self):
        for n in range(2):
            for t in self.timers:
                if t is not None:
                    t.delete()
            self._set_output(n, 0)

    # -- the condition and the output ---------------------------------------
    def update(self, n):
        ctl_name, cval_name = self._names(n)
        cpu = self.cpu
        ctl = cpu.get(ctl_name)
        if ctl & CTL_ENABLE:
            count = (self.count() - self._offset(n)) & MASK64
            cval = cpu.get(cval_name)
            istatus = count >= cval
            ctl = (ctl | CTL_ISTATUS) if istatus else (ctl & ~CTL_ISTATUS)
            cpu.set(ctl_name, ctl)
            self._set_output(n, istatus and not ctl & CTL_IMASK)
            timer = self.timers[n]
            if timer is not None:
                if istatus:
                    timer.delete()
                else:
                    ticks = (cval + self._offset(n)) & MASK64
                    ns = ticks * B.GTIMER_SCALE
                    timer.mod(min(ns, (1 << 62)))
        else:
            cpu.set(ctl_name, ctl & ~CTL_ISTATUS)
            self._set_output(n, 0)
            if self.timers[n] is not None:
                self.timers[n].delete()

    def _set_output(self, n, level):
        level = 1 if level else 0
        self.levels[n] = level
        out = self.outputs[n]
        if out is not None:
            out.set(level)

    # -- register accessors (cp15 rows call these) -----------------------------
    def read_cntpct(self):
        return self.count()

    def read_cntvct(self):
        return (self.count() - self.cpu.get("cntvoff")) & MASK64

    def _read_ctl(self, n):
        self.update(n)
        return self.cpu.get(self._names(n)[0]) & 7

    def _write_ctl(self, n, value):
        ctl_name = self._names(n)[0]
        old = self.cpu.get(ctl_name)
        self.cpu.set(ctl_name, (old & CTL_ISTATUS) | (value & 3))
        self.update(n)

    def _read_tval(self, n):
        count = (self.count() - self._offset(n)) & MASK64
        return (self.cpu.get(self._names(n)[1]) - count) & 0xFFFFFFFF

    def _write_tval(self, n, value):
        value &= 0xFFFFFFFF
        if value >> 31:
            value -= 1 << 32
        count = (self.count() - self._offset(n)) & MASK64
        self.cpu.set(self._names(n)[1], (count + value) & MASK64)
        self.update(n)

    def _write_cval(self, n, value):
        self.cpu.set(self._names(n)[1], value & MASK64)
        self.update(n)

    def read_cntp_ctl(self): return self._read_ctl(0)
    def write_cntp_ctl(self, v): self._write_ctl(0, v)
    def read_cntv_ctl(self): return self._read_ctl(1)
    def write_cntv_ctl(self, v): self._write_ctl(1, v)
    def read_cntp_tval(self): return self._read_tval(0)
    def write_cntp_tval(self, v): self._write_tval(0, v)
    def read_cntv_tval(self): return self._read_tval(1)
    def write_cntv_tval(self, v): self._write_tval(1, v)
    def read_cntp_cval(self): return self.cpu.get("cntp_cval")
    def write_cntp_cval(self, v): self._write_cval(0, v)
    def read_cntv_cval(self): return self.cpu.get("cntv_cval")
    def write_cntv_cval(self, v): self._write_cval(1, v)
