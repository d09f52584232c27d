"""Live migration speed: two real pyemu processes on loopback TCP.

    python benchmarks/migration_bench.py [--repeat N] [--cases idle,dirty-32MiBps]

Prints a dict as JSON.  Every case runs a source and a destination started
with -incoming, -m 256M, and migrates uncapped unless said otherwise:

  idle            tests/guests/riscv/src/idle.c, RUNNING: it sleeps in wfi
                  with a 10 ms timer tick (the vCPU really idle), real time
                  (no -icount); `--repeat` runs, medians and every run
  dirty-32MiBps   tests/guests/riscv/src/dirty_rate.c, real time: one word in
                  each 4 KiB page of a rotating 64 MiB region, 32 MiB/s of
                  pages paced by mtime; the guest prints the rate it achieved
                  each second (before and after the migration are reported);
                  `converged` = completed under the default downtime-limit
                  (300 ms) within CONVERGE_TIMEOUT_S
  busy-128MiBps   the counter guest (rewrites 4 MiB continuously, -icount),
                  at the default max-bandwidth (128 MiB/s)
  busy-unlimited  the same, no cap
  paused-file     the counter guest stopped, migrated to file:
  sustained       the counter guest with downtime-limit 0 (never converges):
                  stream rate, syncs per second, the guest's dirty rate and
                  speed beside its speed without migration, then cancel

For each: total time, setup time, downtime (QEMU's: from the source's vm
stop to completion, which for a pyemu destination includes its loading the
last section and answering), passes (dirty-sync-count), bytes sent, the
stream's average MB/s (transferred / total time) and the guest RAM migrated
per second (RAM size / total time; zero pages cost 9 bytes on the wire).
Figures are printed, never asserted; the 1-minute load average is recorded
with them.  Anchors (QEMU 7.2, 1 GiB guest, engine-notes.md): 0.50 s
uncapped with 3 ms downtime; 35 ms downtime when the guest keeps rewriting
64 MiB.
"""

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
sys.path[:0] = [p for p in (REPO_ROOT, os.path.join(REPO_ROOT, "tests", "migration"))
                if p not in sys.path]

RAM = "256M"
PASSES = 2000          # long enough never to finish during a measurement
SUSTAIN_S = 2.0
IDLE_TICKS = 1 << 30   # the idle guest runs (10 ms ticks) until killed
CONVERGE_TIMEOUT_S = 60
REPEAT = 3
CASES = ("idle", "dirty-32MiBps", "busy-128MiBps", "busy-unlimited", "paused-file",
         "sustained")


def _figures(info, wall_s):
    ram = info.get("ram", {})
    total_ms = info.get("total-time", 0)
    return {
        "status": info.get("status"),
        "total_ms": total_ms,
        "setup_ms": info.get("setup-time"),
        "downtime_ms": info.get("downtime"),
        "passes": ram.get("dirty-sync-count"),
        "transferred_mb": round(ram.get("transferred", 0) / 1e6, 2),
        "ram_mb": round(ram.get("total", 0) / (1 << 20), 1),
        "mb_per_s": round(ram.get("transferred", 0) / 1e6 / (total_ms / 1000.0), 1)
        if total_ms else None,
        "ram_mib_per_s": round(ram.get("total", 0) / (1 << 20) / (total_ms / 1000.0), 1)
        if total_ms else None,
        "wire_mbps": ram.get("mbps"),
        "wall_s": round(wall_s, 3),
    }


def _live(tmp, guest, name, max_bandwidth):
    from live_helpers import VM, free_port
    port = free_port()
    src = VM(tmp, name + "-src", guest=guest, mem=RAM)
    dst = VM(tmp, name + "-dst", "-incoming", "tcp:127.0.0.1:%d" % port,
             guest=guest, mem=RAM)
    try:
        src.qmp.cmd("migrate-set-parameters", max_bandwidth=max_bandwidth)
        src.wait_output(b"counter: 2\n")
        t0 = time.monotonic()
        src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
        info = src.wait_migration(timeout=120)
        wall = time.monotonic() - t0
        return _figures(info, wall)
    finally:
        src.close()
        dst.close()


def _sustained(tmp, guest):
    from live_helpers import VM, free_port
    port = free_port()
    src = VM(tmp, "sustained-src", guest=guest, mem=RAM)
    dst = VM(tmp, "sustained-dst", "-incoming", "tcp:127.0.0.1:%d" % port,
             guest=guest, mem=RAM)
    try:
        src.qmp.cmd("migrate-set-parameters", max_bandwidth=0, downtime_limit=0)
        src.wait_output(b"counter: 2\n")
        c0, t0 = src.counter(), time.monotonic()
        time.sleep(SUSTAIN_S)
        alone = (src.counter() - c0) / (time.monotonic() - t0)
        src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
        src.wait_migration(statuses=("active",), timeout=60)
        time.sleep(0.5)                              # past the first pass
        first = src.qmp.cmd("query-migrate")["ram"]
        c0, t0 = src.counter(), time.monotonic()
        time.sleep(SUSTAIN_S)
        last = src.qmp.cmd("query-migrate")["ram"]
        elapsed = time.monotonic() - t0
        during = (src.counter() - c0) / elapsed
        src.qmp.cmd("migrate_cancel")
        src.wait_migration(timeout=30)
        return {
            "mb_per_s": round((last["transferred"] - first["transferred"]) / 1e6 / elapsed, 1),
            "pages_per_s": int((last["normal"] - first["normal"]) / elapsed),
            "passes_per_s": round((last["dirty-sync-count"] - first["dirty-sync-count"])
                                  / elapsed, 1),
            "guest_dirty_pages_per_s": last["dirty-pages-rate"],
            "guest_passes_per_s_alone": round(alone, 1),
            "guest_passes_per_s_migrating": round(during, 1),
        }
    finally:
        src.close()
        dst.close()


def _paused_file(tmp, guest):
    from live_helpers import VM
    src = VM(tmp, "file-src", guest=guest, mem=RAM)
    try:
        src.wait_output(b"counter: 2\n")
        src.qmp.cmd("stop")
        path = os.path.join(tmp, "stream.mig")
        t0 = time.monotonic()
        src.qmp.cmd("migrate", uri="file:%s" % path)
        info = src.wait_migration(timeout=120)
        figures = _figures(info, time.monotonic() - t0)
        figures["file_mb"] = round(os.path.getsize(path) / 1e6, 2)
        return figures
    finally:
        src.close()


def _load():
    return round(os.getloadavg()[0], 2)


def _migrate_running(tmp, guest, name, ready, timeout=120):
    """Start source and destination (real time), wait for `ready` in the
    source's output, migrate uncapped; (figures, source, destination) with
    both still running (the caller closes them)."""
    from live_helpers import VM, free_port
    port = free_port()
    src = VM(tmp, name + "-src", guest=guest, mem=RAM, icount=False)
    dst = VM(tmp, name + "-dst", "-incoming", "tcp:127.0.0.1:%d" % port,
             guest=guest, mem=RAM, icount=False)
    try:
        src.wait_output(ready)
        src.qmp.cmd("migrate-set-parameters", max_bandwidth=0)
        load = _load()
        t0 = time.monotonic()
        src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
        try:
            info = src.wait_migration(timeout=timeout)
        except AssertionError:             # never converged: give up
            src.qmp.cmd("migrate_cancel")
            info = src.wait_migration(timeout=30)
        figures = _figures(info, time.monotonic() - t0)
        figures["load_1min"] = load
        return figures, src, dst
    except BaseException:
        src.close()
        dst.close()
        raise


def _continues(dst, line, timeout=30):
    """Did the destination print `line` within timeout seconds?"""
    try:
        dst.wait_output(line, timeout=timeout)
        return True
    except AssertionError:
        return False


def _medians(runs):
    """Median of every numeric figure over the runs, plus each run."""
    out = {}
    for key in runs[0]:
        values = [r.get(key) for r in runs]
        if all(isinstance(v, bool) for v in values):
            out[key] = "%d/%d" % (sum(values), len(values))
        elif all(isinstance(v, (int, float)) for v in values):
            out[key] = statistics.median(values)
        else:
            out[key] = values[-1]
    out["runs"] = runs
    return out


def _idle_once(tmp, guest):
    figures, src, dst = _migrate_running(tmp, guest, "idle", b"idle: tick 100\n")
    try:
        if figures["status"] == "completed":      # the destination goes on
            ticks = src.output().count(b"idle: tick ")
            figures["destination_continued"] = _continues(
                dst, b"idle: tick %d\n" % ((ticks + 1) * 100))
        return figures
    finally:
        src.close()
        dst.close()


def _idle(tmp, repeat):
    """A running 256 MiB guest asleep in wfi (10 ms timer), no -icount."""
    from live_helpers import IDLE_GUEST, patched_elf
    guest = patched_elf(tmp, IDLE_GUEST, {"idle_ticks": IDLE_TICKS,
                                          "idle_report_every": 100}, "idle.elf")
    return _medians([_idle_once(tmp, guest) for _ in range(repeat)])


_RATE = re.compile(rb"dirty: second (\d+), (\d+) KiB/s")


def _rates(output):
    """[(second, KiB/s)] printed by the dirty_rate guest."""
    return [(int(a), int(b)) for a, b in _RATE.findall(output)]


def _dirty_once(tmp, guest):
    figures, src, dst = _migrate_running(tmp, guest, "dirty", b"dirty: second 2,",
                                         timeout=CONVERGE_TIMEOUT_S)
    try:
        before = _rates(src.output())
        figures["converged"] = (figures["status"] == "completed"
                                and (figures["downtime_ms"] or 0) <= 300)
        figures["guest_kib_per_s_before"] = before[-1][1] if before else None
        if figures["status"] == "completed":
            last = before[-1][0] if before else 0
            figures["destination_continued"] = _continues(
                dst, b"dirty: second %d," % (last + 2))
            after = [r for r in _rates(dst.output()) if r[0] > last + 1]
            figures["guest_kib_per_s_after"] = after[0][1] if after else None
        return figures
    finally:
        src.close()
        dst.close()


def _dirty(tmp, repeat):
    """A running guest dirtying 32 MiB/s of pages, no -icount."""
    from live_helpers import DIRTY_GUEST, patched_elf
    guest = patched_elf(tmp, DIRTY_GUEST, {"dirty_ms": 0, "dirty_report": 1,
                                           "dirty_kib_per_s": 32 << 10}, "dirty.elf")
    return _medians([_dirty_once(tmp, guest) for _ in range(repeat)])


def migration_bench(repeat=REPEAT, cases=CASES):
    """Figures of the cases above, as a dict (for the benchmark report)."""
    from live_helpers import patched_guest
    out = {"ram": RAM, "repeat": repeat}
    with tempfile.TemporaryDirectory() as tmp:
        guest = patched_guest(tmp, PASSES)
        runners = {
            "idle": lambda: _idle(tmp, repeat),
            "dirty-32MiBps": lambda: _dirty(tmp, repeat),
            "busy-128MiBps": lambda: _live(tmp, guest, "capped", 128 << 20),
            "busy-unlimited": lambda: _live(tmp, guest, "unlimited", 0),
            "paused-file": lambda: _paused_file(tmp, guest),
            "sustained": lambda: _sustained(tmp, guest),
        }
        for case in cases:
            out[case] = runners[case]()
    out["guests"] = {
        "idle": "idle-virt.elf: wfi, 10 ms CLINT tick, real time",
        "dirty-32MiBps": "dirty_rate-virt.elf: 32 MiB/s of pages in a 64 MiB region, real time",
        "busy-*, paused-file, sustained": "counter_migrate (4 MiB rewritten "
                                          "continuously), -icount shift=0",
    }
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=REPEAT,
                    help="runs of the idle and dirty cases (medians reported)")
    ap.add_argument("--cases", default=",".join(CASES))
    args = ap.parse_args(argv)
    cases = [c for c in args.cases.split(",") if c]
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        ap.error("unknown case(s) %s; known: %s" % (", ".join(unknown), ", ".join(CASES)))
    print(json.dumps(migration_bench(max(1, args.repeat), cases), indent=2))


if __name__ == "__main__":
    main()
