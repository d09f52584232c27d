"""Run the riscv test guests (tests/guests/riscv/elf) in-process on the
real `virt` or `spike` board and the real engine, without the front ends
(event loop, monitor, chardevs): a console that collects bytes and a
run-state stand-in that records the guest's exit status."""

import os

import hw.riscv.spike  # noqa: F401  (registers the boards)
import hw.riscv.virt  # noqa: F401
import targets.riscv.cpu  # noqa: F401  (registers the CPU types)
from emu.cpu_exec import run_cpu
from emu.machine import MachineState, find_machine
from emu.tcg.tbcache import TBCache
from tests.machine_doubles import Console, Runtime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
ELF_DIR = os.path.join(ROOT, "tests", "guests", "riscv", "elf")


def build(board="virt", arch="riscv64", kernel=None, bios="none", smp=1, ram_size=None):
    """The board as `pyemu-system-<arch> -M <board> -bios <bios> -kernel <kernel>`
    builds it (no front ends)."""
    console = Console()
    options = {"ram_size": ram_size, "smp_cpus": smp, "cpu_type": None, "machine_props": {},
               "kernel": kernel, "bios": bios, "append": None, "initrd": None,
               "icount_shift": None, "serial_hds": [console], "nographic": True}
    ms = MachineState(find_machine(board, arch), options, arch)
    ms.tbcache = TBCache(ms.arena)
    ms.runtime = Runtime()
    ms.clock.icount_source = lambda: sum(cpu.icount for cpu in ms.cpus)
    ms.board.init(ms)
    ms.reset()
    ms.console = console
    return ms


def run(ms, max_insns=50_000_000, slice_insns=100_000):
    """Run the harts round robin until the guest powers off or resets
    (returns its status; a reset counts as 0, as -no-reboot), or the
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
            return 0
        if all(cpu.halted and not cpu.has_work() for cpu in ms.cpus):
            deadline = ms.timers.deadline()
            if deadline is None or deadline < 0:
                return None
            ms.clock.set_now(max(ms.clock.now(), deadline))
    return None


def run_guest(name, model="rv64", max_insns=50_000_000, board="virt"):
    """Run elf/<model>/<name> with -bios none; returns (exit status or
    None, console output as latin-1 text, the first hart)."""
    arch = "riscv64" if model == "rv64" else "riscv32"
    ms = build(board, arch, kernel=os.path.join(ELF_DIR, model, name))
    status = run(ms, max_insns)
    return status, ms.console.out.decode("latin-1"), ms.cpus[0]
