"""Hook: live-migration figures (filled in by the migration issue).

What it is to measure, per target, between two pyemu processes (source,
and destination started with -incoming), and the same with QEMU:
  total_s, downtime_ms, transferred_mib, mib_per_s   for migrate over
  tcp: on loopback, uncapped and at the default 128 MiB/s cap, with an
  idle guest and with one that keeps rewriting memory;
  file_save_s, file_restore_s                        for migrate to file:
Record with ctx.record(target, "migration", {...}).  Until live migration
is available the section reports itself skipped.
"""

import json
import os
import subprocess
import sys

from harness.registry import SectionSkipped, section


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
    out = subprocess.run([sys.executable, BENCH_SCRIPT], capture_output=True, text=True,
                         timeout=1200)
    if out.returncode != 0:
        raise SectionSkipped("migration_bench.py failed: %s" % out.stderr.strip()[-300:])
    return json.loads(out.stdout)


@section("migration", order=50, help="live migration and migrate-to-file (hook)")
def migration(ctx):
    if not migration_available():
        raise SectionSkipped("migration.migration (live migration) is not there yet")
    for target in ctx.targets:
        try:
            figures = measure_migration(ctx, target)
            ctx.record(target, "migration", figures)
            print("  %s: %s" % (target.name, json.dumps(figures, indent=2)))
        except SectionSkipped as why:
            print("  migration: %s: %s" % (target.name, why))
