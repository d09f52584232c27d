"""Hook: savevm/loadvm figures for a 256 MiB guest (filled in by the
snapshot issue).

What it is to measure, per target, with the same guest and -m 256M on
pyemu and (when installed) QEMU, driven through the monitor:
  savevm_s, loadvm_s       wall time of `savevm bench` / `loadvm bench`
  snapshot_bytes           size of the stored snapshot
  vm_state_mib_per_s       256 MiB / savevm_s
Record with ctx.record(target, "snapshot", {...}); the summary and chart
pick up whatever is recorded.  Until the monitor has savevm the section
reports itself skipped.
"""

from harness.registry import SectionSkipped, section

GUEST_RAM = "256M"


def monitor_has(command):
    """Is ``command`` an HMP command of pyemu yet?"""
    import importlib
    try:
        from emu.monitor.hmp import HMP_COMMANDS
    except Exception:
        return False
    # the modules that register monitor commands (those not there yet are skipped)
    for module in ("emu.monitor.hmp_commands", "emu.snapshots", "emu.migration_commands"):
        try:
            importlib.import_module(module)
        except ImportError:
            pass
    return HMP_COMMANDS.find(command) is not None


def measure_snapshot(ctx, target):
    """Return the snapshot figures of one target (see the module docstring)."""
    raise SectionSkipped("savevm/loadvm benchmark not written yet "
                         "(hook: benchmarks/harness/sections/snapshot.py)")


@section("snapshot", order=40, help="savevm/loadvm of a %s guest (hook)" % GUEST_RAM)
def snapshot(ctx):
    if not (monitor_has("savevm") and monitor_has("loadvm")):
        raise SectionSkipped("the monitor has no savevm/loadvm command yet")
    for target in ctx.targets:
        ctx.record(target, "snapshot", measure_snapshot(ctx, target))
