"""savevm / loadvm speed: time and MB/s for a 256 MiB riscv virt guest whose
RAM is fully written with random data, and for an idle one (RAM as the
board leaves it: mostly zero pages).

    python benchmarks/snapshot_bench.py          # prints the dict as JSON

snapshot_bench() builds the machine in-process (no vCPU thread), writes
into a temporary snapshot directory through the same code HMP savevm and
loadvm use (emu.snapshots.Snapshots), and returns a dict of figures.
loadvm includes the checksum verification and the in-memory rollback copy
it takes before loading.  Figures are printed, never asserted.
"""

import os
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)

GUEST = os.path.join(REPO_ROOT, "tests/guests/riscv/elf/rv64/counter_small-virt.elf")
RAM_MB = 256


def _build(snapshot_dir, ram_mb=RAM_MB):
    import hw.riscv  # noqa: F401  (registers the boards)
    from emu import event_loop as ev
    from emu.cli.options import parse_command_line
    from emu.machine import find_machine
    from emu.snapshots import Snapshots
    from emu.system import System
    argv = ["-M", "virt", "-bios", "none", "-display", "none", "-serial", "null",
            "-icount", "shift=0", "-m", "%dM" % ram_mb, "-snapshot-dir", snapshot_dir,
            "-kernel", GUEST]
    opts = parse_command_line(argv, "pyemu-system-riscv64")
    system = System("riscv64", "pyemu-system-riscv64", opts,
                    find_machine("virt", "riscv64"))
    system.build()
    system.snapshots = Snapshots(system, snapshot_dir)
    return system, ev.bql


def _ram_block(system):
    return max(system.machine.arena.blocks, key=lambda b: b.used_length)


def _measure(system, bql, tag, repeat):
    manager = system.snapshots
    best_save = best_load = None
    size = 0
    with bql:
        for _ in range(repeat):
            t0 = time.perf_counter()
            info = manager._save_stopped(tag, overwrite=True, runstate="paused")
            t1 = time.perf_counter()
            manager._load_stopped(tag)
            t2 = time.perf_counter()
            size = info.vm_state_size
            best_save = t1 - t0 if best_save is None else min(best_save, t1 - t0)
            best_load = t2 - t1 if best_load is None else min(best_load, t2 - t1)
    ram = _ram_block(system).used_length
    return {"save_s": round(best_save, 4), "load_s": round(best_load, 4),
            "stream_mb": round(size / 1e6, 2),
            "save_mb_s": round(ram / 1e6 / best_save, 1),
            "load_mb_s": round(ram / 1e6 / best_load, 1)}


def snapshot_bench(repeat=3, ram_mb=RAM_MB):
    """{"idle": {...}, "random": {...}, "ram_mb": N}: best of `repeat`.

    MB/s is guest RAM (MB = 10**6 bytes) per second of savevm / loadvm."""
    import numpy as np
    result = {"ram_mb": ram_mb}
    with tempfile.TemporaryDirectory() as tmp:
        system, bql = _build(tmp, ram_mb)
        result["idle"] = _measure(system, bql, "idle", repeat)
        block = _ram_block(system)
        rng = np.random.default_rng(1)
        block.host[:] = rng.integers(0, 256, size=block.used_length, dtype=np.uint8)
        result["random"] = _measure(system, bql, "random", repeat)
    return result


if __name__ == "__main__":
    import json
    print(json.dumps(snapshot_bench(), indent=2))
