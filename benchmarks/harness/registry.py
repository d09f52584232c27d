"""The registry of benchmark sections: ``make bench`` runs every one.

A section is a function ``fn(ctx)`` that measures something, prints a
small table and stores its figures with ``ctx.record(...)``.  Register it
with the decorator and add its module to ``harness.sections.MODULES``:

    from harness.registry import section

    @section("snapshot", order=40, help="savevm/loadvm of a 256 MiB guest")
    def snapshot(ctx):
        for target in ctx.targets:
            ...
            ctx.record(target, "snapshot", {"savevm_s": 0.8, "loadvm_s": 0.9})

``ctx`` (BenchContext) gives the command-line options, the available
targets, a scratch directory, the ELF patcher (``ctx.bench_elf(target, n)``),
the child runners, and the results gathered so far by earlier sections
(``ctx.results[target.name][section_name]``).  A section that cannot run
yet raises ``SectionSkipped("why")``; any other exception is reported and
the remaining sections still run.  Sections never assert on timings.
"""

import os
from dataclasses import dataclass

from harness import elfpatch


class SectionSkipped(Exception):
    """The section cannot run here (missing tool, feature not written yet)."""


@dataclass(frozen=True)
class Section:
    name: str
    order: int
    help: str
    fn: object


SECTIONS = {}


def section(name, order=100, help=""):
    """Decorator: register fn(ctx) as the benchmark section ``name``."""
    def register(fn):
        if name in SECTIONS:
            raise ValueError("benchmark section %r registered twice" % name)
        SECTIONS[name] = Section(name, order, help, fn)
        return fn
    return register


def ordered_sections(names=None):
    chosen = sorted(SECTIONS.values(), key=lambda s: (s.order, s.name))
    if names:
        unknown = set(names) - set(SECTIONS)
        if unknown:
            raise KeyError("unknown section(s): %s (known: %s)"
                           % (", ".join(sorted(unknown)), ", ".join(sorted(SECTIONS))))
        chosen = [s for s in chosen if s.name in names]
    return chosen


class BenchContext:
    """What a section gets: options, targets, scratch space, results."""

    def __init__(self, args, targets, workdir):
        self.args = args
        self.targets = targets          # available BenchTarget entries
        self.workdir = workdir
        self.results = {t.name: {} for t in targets}
        self.summary = {}
        self._elfs = {}

    def record(self, target, section_name, figures):
        self.results[target.name].setdefault(section_name, {}).update(figures)

    def record_summary(self, section_name, figures):
        self.summary.setdefault(section_name, {}).update(figures)

    def bench_elf(self, target, iterations):
        """A copy of the target's bench ELF running ``iterations`` loops."""
        key = (target.name, iterations)
        if key not in self._elfs:
            dst = os.path.join(self.workdir, "%s-%d.elf" % (target.name, iterations))
            self._elfs[key] = elfpatch.patched_copy(target.elf_path, dst, iterations)
        return self._elfs[key]
