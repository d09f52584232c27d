"""Where the guest time goes: the numba executor vs Python exits.

One run per target under ``probe.py --profile``: every executor call is
timed, every return to Python is counted and timed by exit reason
(emu.cpu_exec._handle_exit), helper calls by helper, TLB misses by outcome
(filled and retried / done in Python / guest fault), translation by kind
(cached TB, uncached TB at a slice end).  Exits nested in another exit
(the uncached TB a budget exit runs) are counted, their time stays in the
enclosing exit's row.  A sampling thread reads the
vCPU's pc slot every ~0.5 ms while the executor runs (it releases the GIL)
and so tells which TBs the executor spends its time in; with each TB's IR
this gives the time-weighted IR op mix and IR ops per guest instruction.
The wrappers cost about a microsecond per exit, so this run's MIPS is not
the headline figure (the "guest" section's is).
"""

from harness import runner
from harness.registry import section
from harness.report import fmt, table


@section("profile", order=30, help="executor vs Python exits by reason, IR op mix, hot TBs")
def profile(ctx):
    args = ctx.args
    for target in ctx.targets:
        n = args.profile_iterations or args.iterations
        elf = ctx.bench_elf(target, n)
        run = runner.run_pyemu(target, elf, ctx.workdir, profile=True,
                               no_frontends=args.no_frontends, timeout=args.timeout)
        p = run.probe
        prof = p["profile"]
        guest = p["guest_wall_s"]
        icount = p["icount"]
        exits = prof["exits"]
        exit_s = sum(e["seconds"] for e in exits.values())
        exit_n = sum(e["count"] for e in exits.values())
        # the first executor call loads the numba code: not guest time
        executor_s = prof["executor_s"] - p["first_executor_call_s"]
        other_s = guest - executor_s - exit_s
        mix = prof.get("op_mix") or {}
        ops_per_insn = mix.get("ops_per_insn")
        fig = {
            "iterations": n,
            "icount": icount,
            "guest_wall_s": guest,
            "guest_cpu_s": p["guest_cpu_s"],
            "executor_s": executor_s,
            "executor_calls": prof["executor_calls"],
            "exits_total": exit_n,
            "exits_s": exit_s,
            "other_python_s": other_s,
            "exits": exits,
            "helpers": prof["helpers"],
            "tlb_miss": prof["tlb_miss"],
            "translate": p["translate"],
            "tbs_run": p["tbs_run"],
            "ops_per_insn": ops_per_insn,
            "executor_cpu_s": prof["executor_cpu_s"],
            "ns_per_ir_op_wall": 1e9 * executor_s / (icount * ops_per_insn) if ops_per_insn else None,
            "ns_per_ir_op_cpu": 1e9 * prof["executor_cpu_s"] / (icount * ops_per_insn) if ops_per_insn else None,
            "op_mix": mix,
        }
        ctx.record(target, "profile", fig)

        print("  %s: %s guest insns in %.2f s wall (%.2f s vCPU CPU), %d executor calls, "
              "%d Python exits (%.1f per M insns), %.1f insns per TB run"
              % (target.name, "{:,}".format(icount), guest, p["guest_cpu_s"], prof["executor_calls"],
                 exit_n, 1e6 * exit_n / icount, icount / max(1, p["tbs_run"])))
        rows = [["executor (numba)", "-", "-", fmt(1e3 * executor_s), "-", "%.1f%%" % (100 * executor_s / guest)]]
        for name, e in sorted(exits.items(), key=lambda kv: -kv[1]["seconds"]):
            rows.append(["exit: " + name, e["count"], fmt(1e6 * e["count"] / icount, 2),
                         fmt(1e3 * e["seconds"]), fmt(1e6 * e["seconds"] / max(1, e["count"])),
                         "%.1f%%" % (100 * e["seconds"] / guest)])
        rows.append(["other Python (run_cpu loop, slices, timers)", "-", "-", fmt(1e3 * other_s), "-",
                     "%.1f%%" % (100 * other_s / guest)])
        print(table(["where", "count", "per M insns", "ms", "us each", "of guest wall"], rows))
        tr = p["translate"]
        sub = []
        for kind, label in (("first", "translate: first TB (cold decoder paths)"),
                            ("cached", "translate: other TBs"),
                            ("uncached", "translate: uncached TB at slice end"),
                            ("lookup_hit", "translate: found in TB cache")):
            t = tr[kind]
            if t["calls"]:
                sub.append([label, t["calls"], t["insns"], fmt(1e3 * t["seconds"]),
                            fmt(1e6 * t["seconds"] / max(1, t["insns"] or t["calls"]))])
        for name, e in sorted(prof["tlb_miss"].items(), key=lambda kv: -kv[1]["seconds"]):
            sub.append(["tlb miss: " + name, e["count"], "-", fmt(1e3 * e["seconds"]),
                        fmt(1e6 * e["seconds"] / max(1, e["count"]))])
        for name, e in sorted(prof["helpers"].items(), key=lambda kv: -kv[1]["seconds"])[:6]:
            sub.append(["helper: " + name, e["count"], "-", fmt(1e3 * e["seconds"]),
                        fmt(1e6 * e["seconds"] / max(1, e["count"]))])
        print(table(["inside the exits", "count", "guest insns", "ms", "us per insn"], sub))
        if mix:
            share = list(mix["op_share"].items())[:12]
            print("  executor: %.2f IR ops per guest insn, ~%.1f ns per IR op wall, ~%.1f ns CPU; "
                  "%d pc samples; op mix: %s"
                  % (ops_per_insn or 0, fig["ns_per_ir_op_wall"] or 0, fig["ns_per_ir_op_cpu"] or 0,
                     mix["samples_matched"],
                     ", ".join("%s %.0f%%" % (k, 100 * v) for k, v in share)))
            print("  hot TBs: " + ", ".join("%s %.0f%% (%d insns/%d ops)" % (t["pc"], 100 * t["share"],
                                                                           t["insns"], t["ops"])
                                            for t in mix["hot_tbs"][:6]))

