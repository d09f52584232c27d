"""Live-migration figures: benchmarks/migration_bench.py in a child process.

Per target (riscv64 for now), between two pyemu processes (a source and a
destination started with -incoming) on loopback TCP, -m 256M:
  idle            a RUNNING guest asleep in wfi (10 ms timer), uncapped
  dirty-32MiBps   a guest dirtying 32 MiB/s of pages (paced by mtime),
                  uncapped; whether it converged under the default 300 ms
  busy-128MiBps / busy-unlimited   the counter guest (rewrites 4 MiB)
  paused-file     migrate of a stopped VM to file:
  sustained       a migration that never converges (downtime-limit 0)
Each: total time, setup, downtime, passes, MB sent, MB/s.  Recorded with
ctx.record(target, "migration", {...}) and printed as a table.
"""

import json
import os
import subprocess
import sys

from harness.registry import SectionSkipped, section

COLUMNS = (("total_ms", "total ms"), ("setup_ms", "setup ms"),
           ("downtime_ms", "downtime ms"), ("passes", "passes"),
           ("transferred_mb", "sent MB"), ("mb_per_s", "MB/s"),
           ("ram_mib_per_s", "RAM MiB/s"))
LIVE_CASES = ("idle", "dirty-32MiBps", "busy-128MiBps", "busy-unlimited", "paused-file")


def migration_available():
    try:
        from migration import migration  # noqa: F401  (the live-migration state machine)
    except Exception:
        return False
    return True


BENCH_SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "migration_bench.py")


def measure_migration(ctx, target):
    """Live migration over loopback TCP and migrate-to-file of a riscv64 virt
    guest (benchmarks/migration_bench.py, in a child process)."""
    if target.name != "riscv64":
        raise SectionSkipped("the migration benchmark runs on riscv64")
    repeat = max(1, getattr(ctx.args, "repeat", 3) or 3)
    out = subprocess.run([sys.executable, BENCH_SCRIPT, "--repeat", str(repeat)],
                         capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise SectionSkipped("migration_bench.py failed: %s" % out.stderr.strip()[-300:])
    return json.loads(out.stdout)


def _cell(value):
    if value is None:
        return "-"
    if isinstance(value, float):
        return "%.1f" % value
    return str(value)


def report_table(figures):
    """The cases as text rows (medians for the repeated ones)."""
    head = ["case"] + [title for _, title in COLUMNS] + ["notes"]
    rows = [head]
    for case in LIVE_CASES:
        fig = figures.get(case)
        if not fig:
            continue
        notes = []
        if "converged" in fig:
            notes.append("converged %s" % fig["converged"])
        if fig.get("guest_kib_per_s_before"):
            notes.append("guest %.1f MiB/s" % (fig["guest_kib_per_s_before"] / 1024))
        if "destination_continued" in fig:
            notes.append("destination ran on %s" % fig["destination_continued"])
        if "runs" in fig:
            notes.append("downtimes %s" % [r.get("downtime_ms") for r in fig["runs"]])
        rows.append([case] + [_cell(fig.get(key)) for key, _ in COLUMNS]
                    + ["; ".join(notes)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head) - 1)]
    return ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                      enumerate(zip(r, widths))) + "  " + r[-1] for r in rows]


@section("migration", order=50, help="live migration over loopback TCP and to file:")
def migration(ctx):
    if not migration_available():
        raise SectionSkipped("migration.migration (live migration) is not there yet")
    for target in ctx.targets:
        try:
            figures = measure_migration(ctx, target)
            ctx.record(target, "migration", figures)
            print("  %s (-m %s, load %s):" % (target.name, figures.get("ram"),
                                              figures.get("idle", {}).get("load_1min")))
            for line in report_table(figures):
                print("    " + line)
            sustained = figures.get("sustained")
            if sustained:
                print("    sustained (never converges): %s" % json.dumps(sustained))
        except SectionSkipped as why:
            print("  migration: %s: %s" % (target.name, why))
