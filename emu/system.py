"""Building and running one machine from parsed options.

System is what ``emu.vl.main`` hands the options to: it creates the event
loop and chardevs, the MachineState (memory, TB cache, migration registry,
run control), lets the board build the machine, wires the monitor, QMP and
gdb front ends, and runs until the guest or the user ends it.
"""

import sys

from emu import event_loop as ev
from emu.machine import MachineError, MachineState
from emu.runstate import Runtime
from emu.tcg.tbcache import TBCache


class BoardExit(Exception):
    """A board finished the run early (e.g. dumpdtb): exit with status."""

    def __init__(self, status=0):
        super().__init__(status)
        self.status = status


class System:
    """One pyemu process: a machine and the front ends that drive it."""

    def __init__(self, arch, prog, opts, mclass):
        self.arch = arch
        self.prog = prog
        self.opts = opts
        self.mclass = mclass
        self.loop = ev.EventLoop()
        self.chardevs = {}
        self.machine = None
        self.runtime = None
        self.frontends = []
        self.monitors = []              # emu.monitor sessions
        self.mux_monitor_handles = []   # monitor frontends of mon:... serials
        self.mux_chardevs = []
        self.gdbstub = None             # emu.gdbstub.GDBServer

    # -- chardevs -----------------------------------------------------------
    def _make_chardevs(self):
        from emu.chardev import create_chardev
        opts = self.opts
        for spec in opts.chardevs:
            chr_ = create_chardev(spec, self.loop)
            self.chardevs[spec["id"]] = chr_
        serials = list(opts.serial)
        if not serials:
            if opts.nographic:
                serials = ["mon:stdio"]
            else:
                serials = ["null"]
        hds = []
        for spec in serials:
            if spec == "none":
                continue
            chr_ = create_chardev(spec, self.loop)
            if getattr(chr_, "add_frontend", None) is not None:
                # mon:... -- the monitor's frontend first, the serial's last
                # (it gets the focus); emu.monitor attaches to the first.
                self.mux_monitor_handles.append(chr_.add_frontend())
                self.mux_chardevs.append(chr_)
                chr_ = chr_.add_frontend()
            hds.append(chr_)
        self.serial_hds = hds

    # -- machine -------------------------------------------------------------
    def _machine_options(self):
        o = self.opts
        icount = o.icount or {}
        shift = icount.get("shift")
        if shift == "auto":
            shift = 3
        smp = o.smp or {}
        return {
            "ram_size": o.ram_size,
            "smp_cpus": int(smp.get("cpus", 1) or 1),
            "cpu_type": o.cpu,
            "machine_props": {k: v for k, v in (o.machine or {}).items() if k != "type"},
            "kernel": o.kernel, "bios": o.bios, "append": o.append,
            "initrd": o.initrd, "dtb": o.dtb,
            "icount_shift": shift,
            "serial_hds": self.serial_hds,
            "semihosting": o.semihosting,
            "semihosting_config": getattr(o, "semihosting_config", {}) or {},
            "nographic": o.nographic,
            "data_dirs": list(getattr(o, "bios_dirs", []) or []),
        }

    def build(self):
        from migration.savevm import SaveVMRegistry
        self._make_chardevs()
        ms = MachineState(self.mclass, self._machine_options(), self.arch)
        if ms.smp > self.mclass.max_cpus:
            raise MachineError("Invalid SMP CPUs %d. The max CPUs supported by machine '%s' is %d"
                               % (ms.smp, self.mclass.full_name(), self.mclass.max_cpus))
        ms.vmstate = SaveVMRegistry()
        from emu.clock_vmstate import register_clock_vmstate
        register_clock_vmstate(ms)      # QEMU's `timer` section, before any device
        ms.tbcache = TBCache(ms.arena)
        ms.clock.icount_source = lambda: sum(cpu.icount for cpu in ms.cpus)
        self.runtime = Runtime(ms, ev.bql, no_shutdown=self.opts.no_shutdown,
                               no_reboot=self.opts.no_reboot)
        self.machine = ms
        ms.system = self
        with ev.bql:
            ms.board.init(ms)
            from migration.ram import RamMigration
            ms.ram_migration = RamMigration(lambda: list(ms.arena.blocks), 1 << 12)
            ms.vmstate.register_live("ram", 0, 4, ms.ram_migration)
        return ms

    # -- running ---------------------------------------------------------------
    def run(self):
        try:
            self.build()
        except BoardExit as done:
            return done.status
        from emu.snapshots import SnapshotError, setup_snapshots
        try:
            with ev.bql:
                setup_snapshots(self)   # -snapshot-dir, -loadvm
        except SnapshotError as exc:
            sys.stderr.write("%s: %s\n" % (self.prog, exc))
            self._close()
            return 1
        runtime = self.runtime
        runtime.on_exit = lambda status: self.loop.call_soon(self.loop.stop)
        from emu import migration_commands      # registers the migration commands
        self._start_frontends()
        if self.opts.incoming:
            migration_commands.start_incoming_from_command_line(self)
        elif not self.opts.start_paused:
            with ev.bql:
                runtime.start()
        runtime.launch()
        try:
            self.loop.run_forever()
        except KeyboardInterrupt:
            runtime.finish(1)
        self._close()
        status = runtime.exit_status
        return 0 if status is None else status

    def _start_frontends(self):
        """Monitor, QMP and gdb front ends (registered by emu.monitor etc.)."""
        from emu.gdbstub import start_gdbstubs
        from emu.monitor import start_monitors
        start_monitors(self)
        start_gdbstubs(self)
        for hook in FRONTEND_HOOKS:
            hook(self)

    def _close(self):
        sys.stdout.flush()
        for chr_ in list(self.chardevs.values()) + list(self.serial_hds) + self.mux_chardevs:
            try:
                chr_.close()
            except OSError:
                pass


FRONTEND_HOOKS = []     # fn(system): start front ends (monitor, qmp, gdb)
