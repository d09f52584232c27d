"""Run control: the vCPU thread, run states, the big lock, shutdown/reset.

One vCPU thread runs every CPU of the machine round-robin in slices (QEMU's
single-threaded TCG).  It holds the big lock (``emu.event_loop.bql``)
except while the numba executor runs, so the main thread's event loop
(chardevs, monitor, migration) can touch devices between slices.  Timers on
the virtual clock end slices at their deadlines; with ``-icount`` a slice
is exactly the number of instructions to the next deadline, so runs are
reproducible bit for bit.
"""

import threading

from emu import cpu_exec
from emu.tcg import exec as X

RUNNING, PAUSED, PRELAUNCH, SHUTDOWN, POSTMIGRATE, INMIGRATE = (
    "running", "paused", "prelaunch", "shutdown", "postmigrate", "inmigrate")
SAVE_VM, RESTORE_VM = "save-vm", "restore-vm"   # savevm / loadvm in progress
DEBUG = "debug"                  # stopped by a breakpoint, watchpoint or step (gdb)
FINISH_MIGRATE = "finish-migrate"  # stopped for a migration's switchover

SLICE_INSNS = 1_000_000          # slice length without -icount (~5 ms of guest time)
IDLE_WAIT_S = 0.05


class Runtime:
    """The run state of one machine and the thread that runs its CPUs."""

    def __init__(self, machine, bql, no_shutdown=False, no_reboot=False):
        self.machine = machine
        self.bql = bql
        self.state = PRELAUNCH
        self.no_shutdown = no_shutdown
        self.no_reboot = no_reboot
        self.exit_status = None              # set when the process should end
        self.wakeup = threading.Event()
        self.thread = None
        self.quit = False
        self.on_exit = None                  # fn(status) -> None: end the main loop
        self.listeners = []                  # fn(event_name, data) for QMP events
        self._shutdown_request = None
        self._reset_request = None
        self.parked_callbacks = []           # run by the vCPU thread once stopped
        self._vcpu_work = []                 # run by the vCPU thread between slices
        self._vcpu_work_lock = threading.Lock()
        self.debug_cpu = None                # the CPU that hit a debug event
        self.stop_at_icount = None           # pause when this many insns ran (x-stop-at-icount)
        machine.runtime = self
        machine.timers.on_change = self._timer_rearmed

    # -- locking around the executor -------------------------------------
    def release_lock(self):
        self.bql.release()

    def take_lock(self):
        self.bql.acquire()

    def kick(self, cpu=None):
        self.wakeup.set()

    # -- requests from devices, the monitor and signals ---------------------
    def request_shutdown(self, status=0, reason="guest-shutdown"):
        self._shutdown_request = (status, reason)
        self._kick_all()

    def request_reset(self, reason="guest-reset"):
        self._reset_request = reason
        self._kick_all()

    def _kick_all(self):
        for cpu in self.machine.cpus:
            cpu.state[0] = 1          # ST_EXIT_REQUEST
        self.wakeup.set()

    def emit(self, event, data=None):
        for fn in list(self.listeners):
            fn(event, data or {})

    def _timer_rearmed(self):
        """A timer was armed (by a device, usually from guest MMIO in the
        middle of a slice): under -icount the running slice must end at its
        deadline, not at the one computed when the slice began -- otherwise
        when a timer fires would depend on where slices happen to start
        (QEMU kicks the vCPU in qemu_clock_notify for the same reason)."""
        machine = self.machine
        clock = machine.clock
        self.wakeup.set()
        if not clock.use_icount:
            return
        deadline = machine.timers.deadline()
        if deadline is None:
            return
        left = max(1, clock.ns_to_insns(deadline - clock.bias) - self.total_icount())
        for cpu in machine.cpus:
            limit = int(cpu.state[X.ST_ICOUNT_LIMIT])
            cpu.state[X.ST_ICOUNT_LIMIT] = min(limit, int(cpu.state[X.ST_ICOUNT]) + left)

    def cpu_should_stop(self, cpu):
        return (self.state != RUNNING or self._shutdown_request is not None
                or self._reset_request is not None or self.quit
                or bool(self._vcpu_work))

    def run_between_slices(self, cb):
        """Run cb on the vCPU thread, holding the lock, at a point where no
        guest code runs (between two executor slices, or parked).  Returns
        a threading.Event set once cb has run.  Live migration's dirty-page
        sync uses it: the executor writes the dirty log without locks, so
        only its own thread may read-and-clear it race-free."""
        done = threading.Event()

        def work():
            try:
                cb()
            finally:
                done.set()
        if self.thread is None or not self.thread.is_alive() or self.quit:
            with self.bql:
                work()
            return done
        with self._vcpu_work_lock:
            self._vcpu_work.append(work)
        self._kick_all()
        return done

    def _run_vcpu_work(self):
        with self._vcpu_work_lock:
            work, self._vcpu_work = self._vcpu_work, []
        for fn in work:
            try:
                fn()
            except Exception as exc:          # a caller's bug: report, go on
                import sys
                sys.stderr.write("pyemu: error in vCPU-thread work: %s: %s\n"
                                 % (type(exc).__name__, exc))

    # -- state changes (call with the lock held) ------------------------------
    def start(self, force=False):
        """Enter 'running' (the first time, or `cont`).

        During a migration's stop-and-copy (finish-migrate) only the
        migration itself may restart the VM (force=True, after a failure):
        a `cont` then would run the guest on both ends."""
        if self.state == RUNNING:
            return
        if self.state == FINISH_MIGRATE and not force:
            return
        self.state = RUNNING
        self.machine.clock.start()
        self.emit("RESUME")
        self.wakeup.set()

    def stop(self, state=PAUSED):
        if self.state == RUNNING:
            self.machine.clock.stop()
            self.state = state
            for cpu in self.machine.cpus:
                cpu.state[0] = 1
            self.emit("STOP")
        else:
            self.state = state

    def system_reset(self, reason="host-qmp-system-reset"):
        self.machine.reset()
        if self.state == SHUTDOWN:          # QEMU: a reset leaves shutdown for paused
            self.state = PAUSED
        self.emit("RESET", {"guest": reason.startswith("guest"), "reason": reason})

    def finish(self, status):
        """End the process with status (the main loop exits)."""
        self.quit = True
        self.exit_status = status
        self.wakeup.set()
        if self.on_exit is not None:
            self.on_exit(status)

    # -- the vCPU thread -----------------------------------------------------
    def launch(self):
        self.thread = threading.Thread(target=self._thread_main, name="vcpu", daemon=True)
        self.thread.start()

    def _thread_main(self):
        self.bql.acquire()
        try:
            while not self.quit:
                if self._vcpu_work:
                    self._run_vcpu_work()
                if self._handle_requests():
                    continue
                if self.state != RUNNING:
                    self._run_parked_callbacks()
                    self._idle(None)
                    continue
                self._run_slice()
        except BaseException as exc:       # an emulator bug: report, don't hang
            import traceback
            traceback.print_exc()
            self.finish(1)
            del exc
        finally:
            self.bql.release()

    def _handle_requests(self):
        if self._shutdown_request is not None:
            status, reason = self._shutdown_request
            self._shutdown_request = None
            self.emit("SHUTDOWN", {"guest": reason.startswith("guest"), "reason": reason})
            if self.no_shutdown:
                self.stop(SHUTDOWN)
            else:
                self.stop(SHUTDOWN)
                self.finish(status)
            return True
        if self._reset_request is not None:
            reason = self._reset_request
            self._reset_request = None
            if self.no_reboot:
                self.emit("SHUTDOWN", {"guest": True, "reason": "guest-reset"})
                self.stop(SHUTDOWN)
                self.finish(0)
            else:
                self.system_reset(reason)
            return True
        return False

    def _stop_at_icount_reached(self):
        """Pause at exactly stop_at_icount instructions (with one CPU; with
        several, at the first slice end at or past it)."""
        if self.stop_at_icount is None or self.total_icount() < self.stop_at_icount:
            return False
        self.stop_at_icount = None
        self.stop(PAUSED)
        return True

    def _run_slice(self):
        machine = self.machine
        clock = machine.clock
        if self._stop_at_icount_reached():
            return
        machine.timers.run_expired()
        deadline = machine.timers.deadline()
        if clock.use_icount:
            if deadline is None:
                budget = 1 << 30
            else:
                target = clock.ns_to_insns(deadline - clock.bias)
                budget = max(1, target - self.total_icount())
            budget = min(budget, 1 << 30)
        else:
            budget = SLICE_INSNS
        if self.stop_at_icount is not None:
            budget = max(1, min(budget, self.stop_at_icount - self.total_icount()))
        cpus = machine.cpus
        per_cpu = max(1, budget // len(cpus)) if len(cpus) > 1 and clock.use_icount else budget
        if len(cpus) > 1:
            per_cpu = min(per_cpu, 10_000)
        all_halted = True
        stepping = [cpu for cpu in cpus if getattr(cpu, "debug_step", False)]
        for cpu in stepping or cpus:
            result = cpu_exec.run_cpu(cpu, per_cpu)
            if result == cpu_exec.RUN_DEBUG:
                self.debug_stop(cpu)
                return
            if result != cpu_exec.RUN_HALTED:
                all_halted = False
            if self.cpu_should_stop(cpu):
                return
        if all_halted:
            self._idle(deadline)

    # -- debugging (emu.gdbstub) -------------------------------------------
    def debug_stop(self, cpu):
        """A breakpoint, watchpoint or single step ended on cpu (vCPU thread)."""
        self.debug_cpu = cpu
        self.stop(DEBUG)

    def call_when_parked(self, cb):
        """Run cb (holding the lock) once the vCPU thread has left the CPU
        loop because the VM is stopped: CPU state is then stable."""
        if self.thread is None or not self.thread.is_alive() or self.quit:
            cb()
            return
        self.parked_callbacks.append(cb)
        self.wakeup.set()

    def _run_parked_callbacks(self):
        while self.parked_callbacks:
            cb = self.parked_callbacks.pop(0)
            try:
                cb()
            except Exception as exc:          # a front end bug: report, go on
                import sys
                sys.stderr.write("pyemu: error in stop callback: %s: %s\n"
                                 % (type(exc).__name__, exc))

    def total_icount(self):
        return sum(cpu.icount for cpu in self.machine.cpus)

    def _idle(self, deadline):
        """Nothing to run: warp (icount) or sleep until a deadline or a kick."""
        clock = self.machine.clock
        if self.state == RUNNING and clock.use_icount and deadline is not None:
            # icount with sleep=off semantics: jump to the next deadline
            now = clock.now()
            if deadline > now:
                clock.bias += deadline - now
            return
        timeout = IDLE_WAIT_S
        if self.state == RUNNING and deadline is not None:
            timeout = max(0.0, min(timeout, (deadline - clock.now()) / 1e9))
        self.wakeup.clear()
        if self._vcpu_work:
            return
        self.bql.release()
        try:
            self.wakeup.wait(timeout)
        finally:
            self.bql.acquire()
