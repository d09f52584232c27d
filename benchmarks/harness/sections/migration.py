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

from harness.registry import SectionSkipped, section


def migration_available():
    try:
        from migration import migration  # noqa: F401  (the live-migration state machine)
    except Exception:
        return False
    return True


def measure_migration(ctx, target):
    """Return the migration figures of one target (see the module docstring)."""
    raise SectionSkipped("live-migration benchmark not written yet "
                         "(hook: benchmarks/harness/sections/migration.py)")


@section("migration", order=50, help="live migration and migrate-to-file (hook)")
def migration(ctx):
    if not migration_available():
        raise SectionSkipped("migration.migration (live migration) is not there yet")
    for target in ctx.targets:
        ctx.record(target, "migration", measure_migration(ctx, target))
