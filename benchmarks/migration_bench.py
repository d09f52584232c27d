"""Live migration speed: two real pyemu processes on loopback TCP.

    python benchmarks/migration_bench.py          # prints the dict as JSON

migration_bench() runs the counter guest (tests/guests/riscv/src/counter.c,
built with -DCOUNTER_MIGRATE and patched to run long enough: it rewrites a
4 MiB buffer ~10 times a second) on a source and migrates it to a
destination started with -incoming, in these cases:

  idle-unlimited  the guest stopped (no memory written while migrating), no cap
  busy-128MiBps   the default max-bandwidth (128 MiB/s), downtime-limit 300 ms
  busy-unlimited  max-bandwidth 0 (no limit)
  paused-file     the VM stopped, migrated to file: (a snapshot-like dump)
  sustained       downtime-limit 0 and no bandwidth cap: the migration
                  never converges; over SUSTAIN_S: the stream rate (data
                  pages of the rewritten buffer), syncs per second, the
                  guest's dirty rate and its speed (passes per second)
                  beside its speed without migration, then cancel

For each: total time, setup time, downtime, passes (dirty-sync-count),
bytes sent, the stream's average MB/s (transferred / total time) and the
guest RAM migrated per second (RAM size / total time; zero pages cost 9
bytes on the wire, so the two differ a lot).
Figures are printed, never asserted.  Anchors (QEMU 7.2, 1 GiB guest,
engine-notes.md): 0.50 s uncapped with 3 ms downtime; 35 ms downtime when
the guest keeps rewriting 64 MiB.
"""

import json
import os
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


def _idle_tcp(tmp, guest):
    """A 256 MiB guest that does not touch memory while it migrates (stopped
    after it started), uncapped over loopback TCP."""
    from live_helpers import VM, free_port
    port = free_port()
    src = VM(tmp, "idle-src", guest=guest, mem=RAM)
    dst = VM(tmp, "idle-dst", "-incoming", "tcp:127.0.0.1:%d" % port, guest=guest, mem=RAM)
    try:
        src.wait_output(b"counter: 2\n")
        src.qmp.cmd("stop")
        src.qmp.cmd("migrate-set-parameters", max_bandwidth=0)
        t0 = time.monotonic()
        src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
        info = src.wait_migration(timeout=120)
        return _figures(info, time.monotonic() - t0)
    finally:
        src.close()
        dst.close()


def migration_bench():
    """Figures of the cases above, as a dict (for the benchmark report)."""
    from live_helpers import patched_guest
    with tempfile.TemporaryDirectory() as tmp:
        guest = patched_guest(tmp, PASSES)
        return {
            "guest": "counter_migrate (4 MiB rewritten continuously), -m %s, -icount shift=0"
                     % RAM,
            "idle-unlimited": _idle_tcp(tmp, guest),
            "busy-128MiBps": _live(tmp, guest, "capped", 128 << 20),
            "busy-unlimited": _live(tmp, guest, "unlimited", 0),
            "paused-file": _paused_file(tmp, guest),
            "sustained": _sustained(tmp, guest),
        }


if __name__ == "__main__":
    print(json.dumps(migration_bench(), indent=2))
