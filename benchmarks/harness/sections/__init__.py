"""Benchmark sections.  Each module registers its sections with
``harness.registry.section`` when imported; ``MODULES`` is the explicit
list ``benchmarks/run.py`` imports (add a module here to add a section)."""

import importlib

MODULES = [
    "harness.sections.guest",       # guest MIPS, pyemu vs QEMU, translation cost, peak memory
    "harness.sections.startup",     # time to first guest instruction, warm and cold numba cache
    "harness.sections.profile",     # where the time goes: executor vs Python exits, op mix
    "harness.sections.snapshot",    # savevm/loadvm of a 256 MiB guest (hook)
    "harness.sections.migration",   # live migration figures (hook)
]


def load_all():
    for name in MODULES:
        importlib.import_module(name)
