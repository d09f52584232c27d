"""Time to first guest instruction, with a warm and a cold numba cache.

Time to first guest instruction = from just before the harness spawns the
pyemu process to the return of the first executor call (the numba code is
loaded or compiled and the vCPU asks for its first TB): interpreter start,
imports, board construction, ELF loading, front ends and numba.  Both
instants are time.time() on the same host.

Warm: the project's normal numba cache (``__pycache__`` next to the
sources), primed by one uncounted run first.  Cold: NUMBA_CACHE_DIR points
at a new empty temporary directory for each run.  Numba consults a
NUMBA_CACHE_DIR before the in-tree cache, and we check that it was
honoured: after a cold run the directory must hold cache index files
(``*.nbi``) and the child must have compiled (numba's "numba:compile"
events, counted by the probe); a warm run must have compiled nothing.
"""

import glob
import os
import tempfile

from harness import runner
from harness.registry import section
from harness.report import fmt, median, table


def _first_insn_s(run):
    return run.probe["t_first_insn"] - run.t_spawn


def _interp_s(run):
    return run.probe["t_probe_start"] - run.t_spawn


@section("startup", order=20, help="time to first guest instruction, warm and cold numba cache")
def startup(ctx):
    args = ctx.args
    rows = []
    for target in ctx.targets:
        elf = ctx.bench_elf(target, 1)
        kw = dict(no_frontends=args.no_frontends, timeout=args.timeout)
        runner.run_pyemu(target, elf, ctx.workdir, **kw)          # prime the warm cache
        warm = [runner.run_pyemu(target, elf, ctx.workdir, **kw) for _ in range(args.repeat)]
        cold = []
        honoured = []
        for _ in range(args.cold_repeat):
            with tempfile.TemporaryDirectory(prefix="numba-cold-", dir=ctx.workdir) as cache:
                run = runner.run_pyemu(target, elf, ctx.workdir, numba_cache_dir=cache, **kw)
                index_files = glob.glob(os.path.join(cache, "**", "*.nbi"), recursive=True)
                honoured.append(bool(index_files) and run.probe["numba_compiles_before_first_insn"] > 0)
                cold.append(run)
        def cold_median(key):
            return median([key(r) for r in cold]) if cold else None
        fig = {
            "warm_first_insn_s": median([_first_insn_s(r) for r in warm]),
            "warm_first_insn_runs_s": [_first_insn_s(r) for r in warm],
            "warm_interpreter_start_s": median([_interp_s(r) for r in warm]),
            "warm_numba_compiles": max(r.probe["numba_compiles"] for r in warm),
            "cold_first_insn_s": cold_median(_first_insn_s),
            "cold_first_insn_runs_s": [_first_insn_s(r) for r in cold],
            "cold_numba_compiles": cold_median(lambda r: r.probe["numba_compiles_before_first_insn"]),
            "cold_numba_compile_s": cold_median(lambda r: r.probe["numba_compile_s_before_first_insn"]),
            "cold_numba_compiles_after_first_insn": cold_median(
                lambda r: r.probe["numba_compiles"] - r.probe["numba_compiles_before_first_insn"]),
            "cold_cache_dir_honoured": all(honoured) if cold else None,
            "cold_numba_compiles_by_module": cold[0].probe.get("numba_compiles_by_module") if cold else None,
            "loadavg_1min": os.getloadavg()[0],
        }
        ctx.record(target, "startup", fig)
        rows.append([target.name, fmt(fig["warm_first_insn_s"], 2), fmt(fig["cold_first_insn_s"], 2),
                     "%d in %.2f s" % (fig["cold_numba_compiles"], fig["cold_numba_compile_s"]) if cold else "-",
                     fig["warm_numba_compiles"],
                     "-" if not cold else "yes" if fig["cold_cache_dir_honoured"] else "NO"])
    print(table(["target", "warm: first insn s", "cold: first insn s", "cold: numba compiles",
                 "warm: compiles", "NUMBA_CACHE_DIR honoured"], rows))
    for target in ctx.targets:
        by_module = ctx.results[target.name]["startup"].get("cold_numba_compiles_by_module") or {}
        if by_module:
            print("  %s cold compiles by module: %s" % (target.name, ", ".join(
                "%s %d" % kv for kv in sorted(by_module.items(), key=lambda kv: -kv[1]))))
