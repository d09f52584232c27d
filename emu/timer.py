"""Clocks and timers (QEMU_CLOCK_VIRTUAL / QEMU_CLOCK_REALTIME).

The virtual clock runs only while the VM runs.  With ``-icount shift=N`` it
is a pure function of executed instructions (``icount << N`` ns), so runs
are reproducible.  Timers hold an absolute expiry in ns on their clock;
the vCPU loop ends a slice at the earliest deadline and runs expired timers
holding the big lock.
"""

import heapq
import itertools
import time


class VirtualClock:
    """Virtual time in ns: from icount, or from the host clock while running."""

    def __init__(self, icount_shift=None):
        self.icount_shift = icount_shift      # None = real time
        self.icount_source = None             # fn() -> executed instructions
        self.bias = 0                         # ns added (loadvm, warps)
        self._running_since = None
        self._accumulated = 0

    @property
    def use_icount(self):
        return self.icount_shift is not None

    def now(self):
        if self.icount_shift is not None:
            return (self.icount_source() << self.icount_shift) + self.bias
        total = self._accumulated
        if self._running_since is not None:
            total += time.monotonic_ns() - self._running_since
        return total + self.bias

    def start(self):
        if self._running_since is None:
            self._running_since = time.monotonic_ns()

    def stop(self):
        if self._running_since is not None:
            self._accumulated += time.monotonic_ns() - self._running_since
            self._running_since = None

    def set_now(self, ns):
        """Make now() return ns (after loadvm/migration)."""
        self.bias += ns - self.now()

    def ns_to_insns(self, ns):
        """Instructions until ns have passed (icount mode)."""
        return max(0, ns >> self.icount_shift) if self.icount_shift is not None else None


class Timer:
    """A one-shot timer on a clock; re-arm with mod()."""

    _seq = itertools.count()

    def __init__(self, timer_list, callback):
        self.timer_list = timer_list
        self.callback = callback
        self.expire = -1
        self._token = None

    def mod(self, expire_ns):
        self.timer_list._arm(self, int(expire_ns))

    def delete(self):
        self.timer_list._disarm(self)

    @property
    def pending(self):
        return self.expire >= 0

    # what vmstate's timer field uses
    def get_expire(self):
        return self.expire

    def set_expire(self, ns):
        if ns < 0:
            self.delete()
        else:
            self.mod(ns)


class TimerList:
    """All timers of one clock, by deadline."""

    def __init__(self, clock):
        self.clock = clock
        self._heap = []
        self.on_change = None          # fn(): a deadline moved earlier

    def new_timer(self, callback):
        return Timer(self, callback)

    def _arm(self, timer, expire):
        timer.expire = expire
        timer._token = next(Timer._seq)
        heapq.heappush(self._heap, (expire, timer._token, timer))
        if self.on_change is not None:
            self.on_change()

    def _disarm(self, timer):
        timer.expire = -1
        timer._token = None

    def deadline(self):
        """The earliest expiry in ns, or None."""
        heap = self._heap
        while heap and heap[0][2]._token != heap[0][1]:
            heapq.heappop(heap)
        return heap[0][0] if heap else None

    def run_expired(self):
        """Run every timer whose time has come; returns how many ran."""
        ran = 0
        now = self.clock.now()
        while True:
            deadline = self.deadline()
            if deadline is None or deadline > now:
                return ran
            _exp, _tok, timer = heapq.heappop(self._heap)
            timer.expire = -1
            timer._token = None
            timer.callback()
            ran += 1
