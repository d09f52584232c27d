"""Run the clipper board in-process: the machine the board builds, the
engine's vCPU loop, and a console that collects bytes.  Used by the Alpha
tests so they do not depend on the front ends (monitor, gdb, chardevs)."""

import os

import hw.alpha.clipper  # noqa: F401  (registers the board)
import targets.alpha.cpu  # noqa: F401  (registers the CPU types)
from emu.cpu_exec import run_cpu
from emu.machine import MachineState, find_machine
from emu.tcg.tbcache import TBCache

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
GUESTS = os.path.join(ROOT, "tests", "guests", "alpha")


class Console:
    """A chardev stand-in: what the UART transmits lands in ``out``."""

    def __init__(self):
        self.out = bytearray()

    def write(self, data):
        self.out += bytes(data)
        return len(data)

    def set_frontend(self, can_receive, receive):
        pass


class Runtime:
    """The run-state controller the board and devices talk to."""

    def __init__(self):
        self.status = None
        self.resets = 0
        self.reset_pending = False

    def request_shutdown(self, status=0, reason="guest-shutdown"):
        self.status = status

    def request_reset(self, reason="guest-reset"):
        self.reset_pending = True

    def kick(self, cpu=None):
        pass

    def cpu_should_stop(self, cpu):
        return self.status is not None or self.reset_pending

    def release_lock(self):
        pass

    def take_lock(self):
        pass


def build(bios=None, kernel=None, ram_size=None, smp=1, nographic=True, append=None):
    console = Console()
    options = {"ram_size": ram_size, "smp_cpus": smp, "cpu_type": None, "machine_props": {},
               "kernel": kernel, "bios": bios, "append": append, "initrd": None,
               "icount_shift": None, "serial_hds": [console], "nographic": nographic}
    ms = MachineState(find_machine("clipper", "alpha"), options, "alpha")
    ms.tbcache = TBCache(ms.arena)
    ms.runtime = Runtime()
    ms.clock.icount_source = lambda: sum(cpu.icount for cpu in ms.cpus)
    ms.board.init(ms)
    ms.reset()
    ms.console = console
    return ms


def run(ms, max_insns=50_000_000, no_reboot=True, slice_insns=200_000):
    """Run until the guest powers off (returns its status), asks for a
    reset (returns "reset" unless no_reboot: then 0, as QEMU), or the
    budget is spent (returns None)."""
    runtime = ms.runtime
    done = 0
    ms.clock.start()
    while done < max_insns:
        for cpu in ms.cpus:
            before = cpu.icount
            run_cpu(cpu, slice_insns)
            done += cpu.icount - before
        ms.timers.run_expired()
        if runtime.status is not None:
            return runtime.status
        if runtime.reset_pending:
            return 0 if no_reboot else "reset"
        if all(cpu.halted and not cpu.has_work() for cpu in ms.cpus):
            deadline = ms.timers.deadline()
            if deadline is None or deadline < 0:
                return None
            ms.clock.set_now(max(ms.clock.now(), deadline))
    return None


def run_guest(name, **kw):
    """Build the board with -bios elf/<name>-bios.elf, run it; (status, output)."""
    ms = build(bios=os.path.join(GUESTS, "elf", name + "-bios.elf"))
    status = run(ms, **kw)
    return status, bytes(ms.console.out)
