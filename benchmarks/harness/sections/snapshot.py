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

import json
import os
import subprocess
import sys

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


BENCH_SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "snapshot_bench.py")


def measure_snapshot(ctx, target):
    """savevm/loadvm of a 256 MiB riscv64 virt guest, idle and with random RAM
    (benchmarks/snapshot_bench.py, in a child process)."""
    if target.name != "riscv64":
        raise SectionSkipped("the snapshot benchmark runs on riscv64")
    out = subprocess.run([sys.executable, BENCH_SCRIPT], capture_output=True, text=True,
                         timeout=900)
    if out.returncode != 0:
        raise SectionSkipped("snapshot_bench.py failed: %s" % out.stderr.strip()[-300:])
    return json.loads(out.stdout)


@section("snapshot", order=40, help="savevm/loadvm of a %s guest" % GUEST_RAM)
def snapshot(ctx):
    if not (monitor_has("savevm") and monitor_has("loadvm")):
        raise SectionSkipped("the monitor has no savevm/loadvm command yet")
    for target in ctx.targets:
        try:
            figures = measure_snapshot(ctx, target)
            ctx.record(target, "snapshot", figures)
            print("  %s: %s" % (target.name, json.dumps(figures, indent=2)))
        except SectionSkipped as why:
            print("  snapshot: %s: %s" % (target.name, why))
