"""The main thread's event loop and the big lock (QEMU's BQL).

The loop multiplexes file descriptors (chardev sockets, stdin, the monitor,
migration streams) and timers with `selectors`.  Every callback runs holding
`bql`, the big lock that the vCPU thread also takes for device access, so a
device model never sees two threads at once.  Other threads hand work to the
loop with `call_soon`, which wakes it through a self-pipe.

A callback that raises is reported on stderr (one line; the traceback too when
PYEMU_DEBUG is set in the environment) and the loop carries on.
"""
import heapq
import itertools
import os
import selectors
import sys
import threading
import time
import traceback
from typing import Callable, Optional

bql = threading.RLock()


def report_callback_error(what: str, exc: BaseException) -> None:
    """Say on stderr that a loop callback failed, without stopping the loop."""
    sys.stderr.write(f"pyemu: error in {what}: {type(exc).__name__}: {exc}\n")
    if os.environ.get("PYEMU_DEBUG"):
        traceback.print_exception(type(exc), exc, exc.__traceback__,
                                  file=sys.stderr)
    sys.stderr.flush()


def _callback_name(cb: Callable) -> str:
    return getattr(cb, "__qualname__", None) or repr(cb)


class TimerHandle:
    """A pending `call_later` callback; `cancel()` stops it from running."""

    __slots__ = ("when", "callback", "cancelled")

    def __init__(self, when: float, callback: Callable[[], None]):
        self.when = when
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class EventLoop:
    """A selectors-based loop: fd readers/writers, soon-calls and timers."""

    def __init__(self):
        self._selector = selectors.DefaultSelector()
        self._readers: dict[int, Callable[[], None]] = {}
        self._writers: dict[int, Callable[[], None]] = {}
        self._soon: list[Callable[[], None]] = []
        self._soon_lock = threading.Lock()
        self._timers: list[tuple[float, int, TimerHandle]] = []
        self._timer_seq = itertools.count()
        self._stopping = False
        self._closed = False
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._selector.register(self._wake_r, selectors.EVENT_READ)

    # -- file descriptors ---------------------------------------------------
    def add_reader(self, fd: int, cb: Callable[[], None]) -> None:
        self._readers[fd] = cb
        self._update(fd)

    def remove_reader(self, fd: int) -> None:
        if self._readers.pop(fd, None) is not None:
            self._update(fd)

    def add_writer(self, fd: int, cb: Callable[[], None]) -> None:
        self._writers[fd] = cb
        self._update(fd)

    def remove_writer(self, fd: int) -> None:
        if self._writers.pop(fd, None) is not None:
            self._update(fd)

    def _update(self, fd: int) -> None:
        mask = 0
        if fd in self._readers:
            mask |= selectors.EVENT_READ
        if fd in self._writers:
            mask |= selectors.EVENT_WRITE
        try:
            self._selector.get_key(fd)
            registered = True
        except KeyError:
            registered = False
        if mask and registered:
            self._selector.modify(fd, mask)
        elif mask:
            self._selector.register(fd, mask)
        elif registered:
            self._selector.unregister(fd)

    # -- deferred work ------------------------------------------------------
    def call_soon(self, cb: Callable[[], None]) -> None:
        """Run cb in the loop thread at the next iteration (thread-safe)."""
        with self._soon_lock:
            self._soon.append(cb)
        self._wake()

    def call_later(self, delay_s: float, cb: Callable[[], None]) -> TimerHandle:
        """Run cb after delay_s seconds (call from the loop thread or with bql)."""
        handle = TimerHandle(time.monotonic() + max(0.0, delay_s), cb)
        with self._soon_lock:
            heapq.heappush(self._timers, (handle.when, next(self._timer_seq), handle))
        self._wake()
        return handle

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"\0")
        except (BlockingIOError, OSError):
            pass  # the pipe is full: the loop is already due to wake

    def _drain_wakeups(self) -> None:
        try:
            while os.read(self._wake_r, 4096):
                pass
        except (BlockingIOError, OSError):
            pass

    # -- running ------------------------------------------------------------
    def _timeout(self, timeout: Optional[float]) -> Optional[float]:
        with self._soon_lock:
            if self._soon or self._stopping:
                return 0.0
            while self._timers and self._timers[0][2].cancelled:
                heapq.heappop(self._timers)
            if self._timers:
                due = max(0.0, self._timers[0][0] - time.monotonic())
                timeout = due if timeout is None else min(timeout, due)
        return timeout

    def _run(self, what: str, cb: Callable[[], None]) -> None:
        with bql:
            try:
                cb()
            except Exception as exc:  # reported, never fatal to the loop
                report_callback_error(f"{what} {_callback_name(cb)}", exc)

    def _due_timers(self) -> list[TimerHandle]:
        now = time.monotonic()
        due = []
        with self._soon_lock:
            while self._timers and self._timers[0][0] <= now:
                handle = heapq.heappop(self._timers)[2]
                if not handle.cancelled:
                    due.append(handle)
        return due

    def run_once(self, timeout: Optional[float] = None) -> None:
        """Wait up to timeout seconds (None: until something happens) and
        dispatch whatever is ready."""
        events = self._selector.select(self._timeout(timeout))
        for key, mask in events:
            fd = key.fd
            if fd == self._wake_r:
                self._drain_wakeups()
                continue
            if mask & selectors.EVENT_READ and fd in self._readers:
                self._run("fd handler", self._readers[fd])
            if mask & selectors.EVENT_WRITE and fd in self._writers:
                self._run("fd handler", self._writers[fd])
        for handle in self._due_timers():
            self._run("timer", handle.callback)
        with self._soon_lock:
            soon, self._soon = self._soon, []
        for cb in soon:
            self._run("callback", cb)

    def run_forever(self) -> None:
        """Dispatch until stop() is called."""
        self._stopping = False
        while not self._stopping:
            self.run_once()
        self._stopping = False

    def stop(self) -> None:
        """Make run_forever return after the current iteration (thread-safe)."""
        self._stopping = True
        self._wake()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._selector.close()
        os.close(self._wake_r)
        os.close(self._wake_w)
