"""pyemu benchmarks (``make bench``): guest MIPS beside QEMU, translation
cost, time to first instruction (warm and cold numba cache), peak memory,
and where the time goes.

    python benchmarks/run.py                      # everything registered
    python benchmarks/run.py --iterations 300 --targets riscv64
    python benchmarks/run.py --sections guest,profile --no-qemu
    python benchmarks/run.py --quick              # a short smoke run
    python benchmarks/run.py --list               # sections and targets

The CPU-bound guest is benchmarks/guests/<arch>/bench*.elf (source:
benchmarks/guests/riscv/bench.c); its ``iterations`` variable is patched in
a temporary copy.  Sections are registered in benchmarks/harness/sections/
(see harness/registry.py); results go to benchmarks/results/<target>.json,
benchmarks/results/summary.json and the chart benchmarks/results/mips.png.
Figures are printed, never asserted.  docs/benchmarks.md explains each one.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
RESULTS_DIR = os.path.join(BENCH_DIR, "results")

# The goals, printed beside the figures (not asserted).
GOALS = {
    "mips_riscv64": 250.0,             # guest MIPS, riscv64, softmmu on
    "translate_us_per_insn": 20.0,     # at most
    "warm_first_insn_s": 3.0,          # at most
}


def check_requirements():
    """The harness needs only the project's own dependencies."""
    missing = []
    for module, package in (("numpy", "numpy"), ("numba", "numba"), ("elftools", "pyelftools")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        sys.stderr.write("benchmarks/run.py: missing Python packages: %s\n"
                         "  install the project first: make venv  (or: %s -m pip install %s)\n"
                         % (", ".join(missing), sys.executable, " ".join(missing)))
        sys.exit(2)


def parse_args(argv):
    ap = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--iterations", type=int, default=1000,
                    help="bench loop count for pyemu runs (default 1000; ~183k guest insns each on rv64)")
    ap.add_argument("--qemu-iterations", type=int, default=20000,
                    help="loop count of QEMU's long run (default 20000; QEMU is ~50x faster)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure, median taken (default 3)")
    ap.add_argument("--cold-repeat", type=int, default=1,
                    help="cold-cache startup runs per target (default 1: each compiles the executor)")
    ap.add_argument("--profile-iterations", type=int, default=None,
                    help="loop count of the profile run (default: --iterations)")
    ap.add_argument("--targets", default="", help="comma-separated targets (default: all available)")
    ap.add_argument("--sections", default="", help="comma-separated sections (default: all registered)")
    ap.add_argument("--no-qemu", action="store_true", help="do not run QEMU")
    ap.add_argument("--no-frontends", action="store_true",
                    help="start pyemu without monitor/gdb front ends (if they break startup)")
    ap.add_argument("--timeout", type=float, default=1200.0, help="per child process, seconds")
    ap.add_argument("--results-dir", default=RESULTS_DIR, help="where results are written")
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: --iterations 100 --qemu-iterations 2000 --repeat 1 --cold-repeat 1")
    ap.add_argument("--list", action="store_true", help="list sections and targets, then exit")
    args = ap.parse_args(argv)
    if args.quick:
        args.iterations, args.qemu_iterations, args.repeat, args.cold_repeat = 100, 2000, 1, 1
    if args.iterations < 2:
        ap.error("--iterations must be at least 2 (the per-iteration count needs two counts)")
    return args


def host_info():
    info = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "loadavg_at_start": os.getloadavg(),
    }
    try:
        import numba
        import numpy
        info["numba"] = numba.__version__
        info["numpy"] = numpy.__version__
    except ImportError:
        pass
    try:
        info["git_commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                                            capture_output=True, text=True, timeout=10).stdout.strip()
        info["git_dirty"] = bool(subprocess.run(["git", "status", "--porcelain", "--", "emu", "targets", "hw"],
                                                cwd=REPO_ROOT, capture_output=True, text=True,
                                                timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        pass
    info["engine_sources_sha1"] = engine_fingerprint()
    try:
        info["qemu_version"] = subprocess.run(["qemu-system-riscv64", "--version"], capture_output=True,
                                              text=True, timeout=10).stdout.splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        pass
    return info


def engine_fingerprint():
    """A hash of the engine sources as they are in the work tree now (the
    figures move with uncommitted engine work, which git_commit misses)."""
    import hashlib
    h = hashlib.sha1()
    for rel in ("emu/cpu_exec.py", "emu/runstate.py", "emu/tcg"):
        path = os.path.join(REPO_ROOT, rel)
        files = [path] if os.path.isfile(path) else sorted(
            os.path.join(path, f) for f in os.listdir(path) if f.endswith(".py"))
        for f in files:
            with open(f, "rb") as fh:
                h.update(os.path.relpath(f, REPO_ROOT).encode() + b"\0" + fh.read())
    return h.hexdigest()[:12]


def summarise(ctx, host, skipped, section_status):
    """Headline figures per target and against the goals."""
    rows = {}
    for name, sections in ctx.results.items():
        g = sections.get("guest", {})
        s = sections.get("startup", {})
        p = sections.get("profile", {})
        q = g.get("qemu") or {}
        rows[name] = {
            "pyemu_mips": g.get("mips_wall"),
            "pyemu_mips_cpu_time": g.get("mips_cpu"),
            "qemu_mips": q.get("mips"),
            "ratio_pyemu_over_qemu": g.get("ratio_pyemu_over_qemu"),
            "translate_us_per_insn": g.get("translate_us_per_insn"),
            "translate_us_per_insn_after_first_tb": g.get("translate_steady_us_per_insn"),
            "warm_first_insn_s": s.get("warm_first_insn_s"),
            "cold_first_insn_s": s.get("cold_first_insn_s"),
            "pyemu_maxrss_mib": g.get("maxrss_mib"),
            "qemu_maxrss_mib": q.get("maxrss_mib"),
            "executor_share_of_guest": (p["executor_s"] / p["guest_wall_s"]) if p else None,
            "python_exits_per_m_insns": (1e6 * p["exits_total"] / p["icount"]) if p else None,
            "ir_ops_per_insn": p.get("ops_per_insn") if p else None,
        }
    return {"host": host, "targets": rows, "skipped_targets": skipped, "sections": section_status,
            "goals": GOALS}


def print_goals(summary):
    from harness.report import fmt, table
    rows = []
    for name, r in summary["targets"].items():
        rows.append([name, fmt(r["pyemu_mips"]), fmt(r["pyemu_mips_cpu_time"]),
                     "%.0f" % GOALS["mips_riscv64"] if name == "riscv64" else "-",
                     fmt(r["translate_us_per_insn"]), fmt(r["translate_us_per_insn_after_first_tb"]),
                     "%.0f" % GOALS["translate_us_per_insn"],
                     fmt(r["warm_first_insn_s"], 2), "%.0f" % GOALS["warm_first_insn_s"]])
    if rows:
        print(table(["target", "MIPS", "(CPU-time)", "goal", "transl us/insn", "(after 1st TB)", "goal <=",
                     "warm first insn s", "goal <="], rows))


def write_chart(ctx, path):
    from harness.pngchart import bar_chart_log
    groups, values = [], []
    for name, sections in ctx.results.items():
        g = sections.get("guest")
        if not g:
            continue
        groups.append(name)
        values.append([g.get("mips_wall"), g.get("mips_cpu"), (g.get("qemu") or {}).get("mips")])
    if not groups:
        return None
    return bar_chart_log(path, "GUEST MIPS (LOG SCALE), BENCH.C", groups,
                         ["PYEMU", "PYEMU CPU-TIME", "QEMU 7.2 TCG"], values,
                         mark=(GOALS["mips_riscv64"], "GOAL 250 (RISCV64)"))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    check_requirements()
    sys.path.insert(0, BENCH_DIR)
    sys.path.append(REPO_ROOT)          # hooks look at what emu/ and migration/ offer
    from harness import sections as section_modules
    from harness.registry import BenchContext, SectionSkipped, ordered_sections
    from harness.targets import TARGETS

    section_modules.load_all()
    wanted_sections = [s for s in args.sections.split(",") if s]
    chosen = ordered_sections(wanted_sections)
    wanted_targets = [t for t in args.targets.split(",") if t]
    if args.list:
        for s in chosen:
            print("section %-10s %s" % (s.name, s.help))
        for t in TARGETS:
            print("target  %-10s %s" % (t.name, t.unavailable() or "ok"))
        return 0

    targets, skipped = [], {}
    for t in TARGETS:
        if wanted_targets and t.name not in wanted_targets:
            continue
        why = t.unavailable()
        if why:
            skipped[t.name] = why
            print("target %s skipped: %s" % (t.name, why))
        else:
            targets.append(t)
    if not targets:
        print("no target to benchmark")
        return 1
    host = host_info()
    print("pyemu benchmarks: %s; %d CPUs, load %.1f; numba %s; %s"
          % (", ".join(t.name for t in targets), host["cpus"], host["loadavg_at_start"][0],
             host.get("numba", "?"), host.get("qemu_version", "no QEMU")))
    os.makedirs(args.results_dir, exist_ok=True)
    status = {}
    with tempfile.TemporaryDirectory(prefix="pyemu-bench-") as workdir:
        ctx = BenchContext(args, targets, workdir)
        for s in chosen:
            print("\n== %s: %s ==" % (s.name, s.help))
            t0 = time.perf_counter()
            try:
                s.fn(ctx)
                status[s.name] = "ok"
            except SectionSkipped as why:
                status[s.name] = "skipped: %s" % why
                print("  skipped: %s" % why)
            except Exception as exc:        # report and go on with the next section
                status[s.name] = "error: %s: %s" % (type(exc).__name__, exc)
                print("  ERROR in section %s:" % s.name)
                traceback.print_exc(file=sys.stdout)
            print("  (%.0f s)" % (time.perf_counter() - t0))

    host["loadavg_at_end"] = os.getloadavg()
    for t in targets:
        with open(os.path.join(args.results_dir, "%s.json" % t.name), "w") as f:
            json.dump({"target": t.name, "elf": os.path.relpath(t.elf_path, REPO_ROOT),
                       "command": [t.prog] + t.argv(os.path.relpath(t.elf_path, REPO_ROOT)),
                       "host": host, "options": vars(args), "sections": ctx.results[t.name]},
                      f, indent=1, sort_keys=True)
    summary = summarise(ctx, host, skipped, status)
    with open(os.path.join(args.results_dir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
    chart = write_chart(ctx, os.path.join(args.results_dir, "mips.png"))
    print("\n== summary against the goals ==")
    print_goals(summary)
    print("\nresults: %s/{%s,summary}.json%s" % (os.path.relpath(args.results_dir, REPO_ROOT),
                                                  ",".join(t.name for t in targets),
                                                  ", chart: %s" % os.path.relpath(chart, REPO_ROOT) if chart else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
