"""-icount makes a run a pure function of the guest: the same guest run twice
gives the same serial bytes and the same instruction count, even when timer
interrupts are involved."""

import pathlib

import hw.riscv  # noqa: F401  (registers the boards and CPU types)
from emu.cli.options import parse_command_line
from emu.machine import find_machine
from emu.system import System

ROOT = pathlib.Path(__file__).resolve().parents[2]
GUEST = ROOT / "tests" / "guests" / "riscv" / "elf" / "rv64" / "counter_timer_small-virt.elf"


def run_once(tmp_path, tag):
    """Run the guest in-process; returns (serial bytes, instructions, exit status)."""
    out = tmp_path / ("serial-%s.txt" % tag)
    argv = ["-M", "virt", "-bios", "none", "-display", "none", "-icount", "shift=0",
            "-serial", "file:%s" % out, "-monitor", "none", "-kernel", str(GUEST)]
    opts = parse_command_line(argv, "pyemu-system-riscv64")
    system = System("riscv64", "pyemu-system-riscv64", opts, find_machine("virt", "riscv64"))
    status = system.run()
    icount = sum(cpu.icount for cpu in system.machine.cpus)
    return out.read_bytes(), icount, status


def test_two_icount_runs_are_identical(tmp_path):
    first = run_once(tmp_path, "a")
    second = run_once(tmp_path, "b")
    assert first[2] == 0
    assert b"timer interrupts seen: yes" in first[0]
    assert first == second
    assert first[1] > 100_000

