"""Guest MIPS of pyemu and QEMU on the same bench ELF, translation cost,
peak memory.

pyemu: measured in-process (harness/probe.py).  The clock starts when the
first executor call returns (numba code loaded, first TB about to be
translated) and stops when the last run_cpu returns (the guest wrote the
test finisher).  So the guest part includes translation, every Python exit
and device work between slices, and excludes interpreter start, imports,
board construction, numba loading and teardown.  Instructions are exact:
the sum of cpu.icount at exit.  Measuring in-process rather than by the
difference of two runs is used because pyemu's startup (2-4 s, and several
seconds more when the numba cache is cold) varies by more than the whole
guest part of a short run, and because the same run gives the translation
figures.  Figures are the median over --repeat runs.

Besides wall-clock MIPS (the figure asked for) we print CPU MIPS: the same
instructions over the vCPU thread's CPU time.  On a loaded machine wall
time includes time the vCPU thread waited for a core; the CPU figure is
what an idle machine would give (the load average is recorded with the
figures).

QEMU: no in-process access, so the difference of two runs: iterations = 1
and iterations = M (--qemu-iterations), median of --repeat runs each;
MIPS = (insns(M) - insns(1)) / (wall(M) - wall(1)), which removes QEMU's
startup (~0.1 s).  QEMU does not count instructions, so insns(k) comes
from pyemu's exact counts: pyemu runs iterations 1 and N, giving
per_iteration = (icount(N) - icount(1)) / (N - 1) and
insns(k) = icount(1) + per_iteration * (k - 1).  (The count varies by
well under one instruction per iteration.)  The two emulators' checksums
for iterations = N are compared, so both ran the same program.
"""

import os

from harness import runner
from harness.registry import section
from harness.report import fmt, median, table


def _pyemu_runs(ctx, target, iterations, repeat):
    elf = ctx.bench_elf(target, iterations)
    return [runner.run_pyemu(target, elf, ctx.workdir, no_frontends=ctx.args.no_frontends,
                             timeout=ctx.args.timeout)
            for _ in range(repeat)]


def _qemu_time(ctx, target, iterations, repeat):
    elf = ctx.bench_elf(target, iterations)
    runs = [runner.run_qemu(target, elf, timeout=ctx.args.timeout) for _ in range(repeat)]
    return runs


@section("guest", order=10, help="guest MIPS (pyemu and QEMU), translation cost, peak memory")
def guest(ctx):
    args = ctx.args
    n = args.iterations
    rows = []
    for target in ctx.targets:
        load_before = os.getloadavg()[0]
        base = _pyemu_runs(ctx, target, 1, 1)[0]
        runs = _pyemu_runs(ctx, target, n, args.repeat)
        load_after = os.getloadavg()[0]
        probes = [r.probe for r in runs]
        icount = probes[0]["icount"]
        wall = median([p["guest_wall_s"] for p in probes])
        cpu = median([p["guest_cpu_s"] for p in probes])
        tr = [p["translate"] for p in probes]
        kinds = ("first", "cached", "uncached")
        tr_s = median([sum(t[k]["seconds"] for k in kinds) for t in tr])
        tr_insns = probes[0]["translated_insns"]
        steady = [(t["cached"]["seconds"] + t["uncached"]["seconds"],
                   t["cached"]["cpu_seconds"] + t["uncached"]["cpu_seconds"],
                   t["cached"]["insns"] + t["uncached"]["insns"]) for t in tr]
        per_iter = (icount - base.probe["icount"]) / (n - 1) if n > 1 else None
        fig = {
            "iterations": n,
            "icount": icount,
            "icount_1_iteration": base.probe["icount"],
            "insns_per_iteration": per_iter,
            "guest_wall_s": wall,
            "guest_cpu_s": cpu,
            "mips_wall": icount / wall / 1e6,
            "mips_cpu": icount / cpu / 1e6,
            "mips_wall_runs": [p["icount"] / p["guest_wall_s"] / 1e6 for p in probes],
            "translated_insns": tr_insns,
            "translated_tbs": median([t["cached"]["calls"] + t["uncached"]["calls"] for t in tr]),
            "translate_s": tr_s,
            "translate_us_per_insn": 1e6 * tr_s / tr_insns if tr_insns else None,
            "translate_steady_us_per_insn": median([1e6 * w / n for w, c, n in steady if n]),
            "translate_steady_cpu_us_per_insn": median([1e6 * c / n for w, c, n in steady if n]),
            "translate_first_tb_s": median([t["first"]["seconds"] for t in tr]),
            "translate_share_of_guest": tr_s / wall if wall else None,
            "tbs_run": probes[0]["tbs_run"],
            "insns_per_tb_run": icount / probes[0]["tbs_run"] if probes[0]["tbs_run"] else None,
            "maxrss_mib": median([r.maxrss_kib for r in runs]) / 1024,
            "process_wall_s": median([r.wall_s for r in runs]),
            "checksum": runs[0].checksum,
            "loadavg_1min": [load_before, load_after],
        }
        qemu = None
        if target.qemu_available() and not args.no_qemu:
            m = max(args.qemu_iterations, 2)
            q1 = _qemu_time(ctx, target, 1, args.repeat)
            qm = _qemu_time(ctx, target, m, args.repeat)
            qn = runner.run_qemu(target, ctx.bench_elf(target, n), timeout=args.timeout)
            t1 = median([r.wall_s for r in q1])
            tm = median([r.wall_s for r in qm])
            insns = (per_iter or 0) * (m - 1)
            qemu = {
                "binary": target.qemu_binary,
                "iterations": [1, m],
                "wall_s": [t1, tm],
                "insns_estimated": base.probe["icount"] + insns,
                "mips": insns / (tm - t1) / 1e6 if tm > t1 else None,
                "maxrss_mib": median([r.maxrss_kib for r in qm]) / 1024,
                "checksum_at_n": qn.checksum,
                "checksum_matches_pyemu": qn.checksum == runs[0].checksum,
            }
            fig["qemu"] = qemu
            if qemu["mips"]:
                fig["ratio_pyemu_over_qemu"] = fig["mips_wall"] / qemu["mips"]
                fig["ratio_cpu_pyemu_over_qemu"] = fig["mips_cpu"] / qemu["mips"]
        ctx.record(target, "guest", fig)
        rows.append([target.name, "{:,}".format(icount), fmt(fig["mips_wall"]), fmt(fig["mips_cpu"]),
                     fmt(qemu["mips"], 0) if qemu else "-",
                     ("%.1f%%" % (100 * fig["ratio_pyemu_over_qemu"])) if "ratio_pyemu_over_qemu" in fig else "-",
                     fmt(fig["translate_us_per_insn"]), fmt(fig["translate_steady_us_per_insn"]),
                     fmt(fig["translate_steady_cpu_us_per_insn"]), fmt(fig["maxrss_mib"]),
                     fmt(qemu["maxrss_mib"]) if qemu else "-",
                     ("same" if qemu["checksum_matches_pyemu"] else "DIFFER") if qemu else "-"])
    print(table(["target", "guest insns", "pyemu MIPS", "(CPU-time)", "QEMU MIPS", "pyemu/QEMU",
                 "transl us/insn", "(after 1st TB)", "(CPU-time)", "pyemu RSS MiB", "QEMU RSS MiB", "checksum"], rows))
