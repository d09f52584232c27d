"""The instrumented pyemu child: run one guest, write what was measured.

    python benchmarks/harness/probe.py --entry hw.riscv.entry:main_riscv64 \\
        --prog pyemu-system-riscv64 --out result.json [--profile] -- ARGS...

It runs the target's console entry point in this process (ARGS as its
command line) with wrappers on emu.cpu_exec functions, and at exit writes
a JSON object:

  t_probe_start      time.time() when this script started (before imports)
  t_first_insn       time.time() when the first executor call returned: the
                     numba code is loaded (warm) or compiled (cold) and the
                     vCPU asks for its first TB
  guest_wall_s       perf_counter from then to the last run_cpu return (the
                     guest part: translation, executor, exits, device work
                     between slices; no startup, no numba loading, no teardown)
  guest_cpu_s        thread CPU time of the vCPU thread over the same span
  icount             sum of cpu.icount over all CPUs at exit (exact)
  tbs_run            TBs entered by the executor (state[ST_TBS_RUN])
  translated_insns   machine.tbcache.translated_insns
  translate          time in emu.cpu_exec.tb_translate calls that translated,
                     wall and CPU, by kind: the first TB (the front end is
                     imported with the CPU; its code still runs cold here),
                     later cached TBs, uncached TBs (slice
                     ends), and calls that found the TB in the cache
  numba_compiles / numba_compile_s
                     numba compilations in this process (0 with a warm cache),
                     also counted up to the first guest instruction
  maxrss_kib         ru_maxrss of this process
  exit_status        what the entry point passed to sys.exit

With --profile it also times every executor call and counts Python exits
by reason (emu.cpu_exec._handle_exit), helper calls by helper name, TLB
misses by outcome, and the time spent in each.  The wrappers cost ~1 us
per exit, so MIPS are measured without --profile.
"""

import time

T_PROBE_START = time.time()

import argparse  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Stats:
    def __init__(self):
        self.t_first_insn = None
        self.pc_first = None
        self.pc_last = None
        self.cpu_first = None
        self.cpu_last = None
        self.run_cpu_calls = 0
        self.run_cpu_s = 0.0
        self.machine = None
        # kind -> [calls, wall seconds, guest insns, CPU seconds]
        self.translate = {"first": [0, 0.0, 0, 0.0], "cached": [0, 0.0, 0, 0.0],
                          "uncached": [0, 0.0, 0, 0.0], "lookup_hit": [0, 0.0, 0, 0.0]}
        self.exec_calls = 0
        self.exec_s = 0.0
        self.exec_cpu_s = 0.0
        self.exit_depth = 0
        self.exits = {}          # reason name -> [count, seconds]
        self.helpers = {}        # helper name -> [count, seconds]
        self.tlb = {}            # outcome -> [count, seconds]
        self.compiles = 0
        self.compile_s = 0.0
        self.compile_depth = 0
        self.compile_t0 = 0.0
        self.pc_samples = {}
        self.in_executor = False
        self.compile_fns = {}    # function -> [top-level compiles, seconds]
        self.compile_modules = {}  # module -> compiles (nested ones too)
        self.first_exec_s = 0.0
        self.sampler_stop = False
        self.compiles_at_first = 0
        self.compile_s_at_first = 0.0


STATS = Stats()


def _bump(table, key, dt, n=1):
    row = table.get(key)
    if row is None:
        row = table[key] = [0, 0.0]
    row[0] += n
    row[1] += dt


def _dispatcher_name(ev):
    try:
        fn = ev.data["dispatcher"].py_func
        return "%s.%s" % (fn.__module__, fn.__qualname__)
    except Exception:           # event layout of another numba version
        return "?"


def _install_numba_listener():
    from numba.core import event

    class CompileListener(event.Listener):
        def on_start(self, ev):
            if STATS.compile_depth == 0:
                STATS.compile_t0 = time.perf_counter()
            STATS.compile_depth += 1

        def on_end(self, ev):
            STATS.compile_depth -= 1
            STATS.compiles += 1
            module = _dispatcher_name(ev).rsplit(".", 1)[0]
            STATS.compile_modules[module] = STATS.compile_modules.get(module, 0) + 1
            if STATS.compile_depth == 0:
                dt = time.perf_counter() - STATS.compile_t0
                STATS.compile_s += dt
                name = _dispatcher_name(ev)
                row = STATS.compile_fns.setdefault(name, [0, 0.0])
                row[0] += 1
                row[1] += dt

    event.register("numba:compile", CompileListener())


def _install_basic(ce):
    """Wrap run_cpu (guest span) and tb_translate (translation cost)."""
    orig_run_cpu = ce.run_cpu
    orig_translate = ce.tb_translate
    perf = time.perf_counter
    tcpu = time.thread_time

    from emu.tcg import exec as X
    orig_loop = X.cpu_exec_loop

    def first_exec_call(*args):
        # The first executor call loads (warm cache) or compiles (cold) the
        # numba code; it returns at once asking for the first TB.  Its end is
        # the "first guest instruction": startup before, guest part after.
        t0 = perf()
        try:
            return orig_loop(*args)
        finally:
            if STATS.pc_first is None:
                STATS.t_first_insn = time.time()
                STATS.pc_first = perf()
                STATS.first_exec_s = STATS.pc_first - t0
                STATS.cpu_first = tcpu()
                STATS.compiles_at_first = STATS.compiles
                STATS.compile_s_at_first = STATS.compile_s
            if X.cpu_exec_loop is first_exec_call:
                X.cpu_exec_loop = orig_loop

    X.cpu_exec_loop = first_exec_call

    def run_cpu(cpu, max_insns):
        t0 = perf()
        if STATS.machine is None:
            STATS.machine = cpu.machine
        try:
            return orig_run_cpu(cpu, max_insns)
        finally:
            t1 = perf()
            STATS.pc_last = t1
            STATS.cpu_last = tcpu()
            STATS.run_cpu_calls += 1
            STATS.run_cpu_s += t1 - t0

    def tb_translate(cpu, pc, flags, max_insns, nocache=False):
        tbc = cpu.machine.tbcache
        before = tbc.translated_insns
        t0 = perf()
        c0 = tcpu()
        tb = orig_translate(cpu, pc, flags, max_insns, nocache)
        dt = perf() - t0
        dc = tcpu() - c0
        n = tbc.translated_insns - before
        if not n:
            kind = "lookup_hit"
        elif not STATS.translate["first"][0]:
            kind = "first"          # the first TB runs the decoder and trans_ code cold
        else:
            kind = "uncached" if nocache else "cached"
        row = STATS.translate[kind]
        row[0] += 1
        row[1] += dt
        row[2] += n
        row[3] += dc
        return tb

    ce.run_cpu = run_cpu
    ce.tb_translate = tb_translate


def _install_profile(ce):
    """Time the executor and every Python exit by reason."""
    from emu.tcg import exec as X
    from emu.tcg import ops as O
    from emu.tcg.ir import HELPERS

    names = {getattr(O, n): n[len("EXIT_"):].lower() for n in dir(O)
             if n.startswith("EXIT_") and isinstance(getattr(O, n), int)}
    names.update(getattr(O, "EXIT_NAMES", {}))
    perf = time.perf_counter
    orig_loop = X.cpu_exec_loop

    tcpu = time.thread_time

    def cpu_exec_loop(*args):
        t0 = perf()
        c0 = tcpu()
        STATS.in_executor = True
        try:
            return orig_loop(*args)
        finally:
            STATS.in_executor = False
            STATS.exec_calls += 1
            if STATS.exit_depth == 0:      # else its time is in the enclosing exit's
                STATS.exec_s += perf() - t0
                if STATS.exec_calls > 1:   # the first call loads numba: not guest time
                    STATS.exec_cpu_s += tcpu() - c0

    X.cpu_exec_loop = cpu_exec_loop

    orig_exit = ce._handle_exit

    def handle_exit(cpu, reason):
        # exits nested in another (those of the uncached TB a budget exit
        # runs) are counted; their time stays in the enclosing exit's row
        t0 = perf()
        STATS.exit_depth += 1
        try:
            return orig_exit(cpu, reason)
        finally:
            STATS.exit_depth -= 1
            _bump(STATS.exits, names.get(reason, str(reason)),
                  perf() - t0 if STATS.exit_depth == 0 else 0.0)

    ce._handle_exit = handle_exit

    orig_helper = ce._call_helper

    def call_helper(cpu, tb, ip):
        hid = int(cpu.machine.tbcache.code[ip, 2])
        fn = HELPERS.functions[hid]
        name = getattr(fn, "__qualname__", None) or repr(fn)
        t0 = perf()
        try:
            return orig_helper(cpu, tb, ip)
        finally:
            _bump(STATS.helpers, name, perf() - t0)

    ce._call_helper = call_helper

    orig_tlb = ce._tlb_miss

    def tlb_miss(cpu, tb, ip):
        t0 = perf()
        try:
            return orig_tlb(cpu, tb, ip)
        finally:
            st = cpu.state
            if st[X.ST_RESUME_TB] == tb and st[X.ST_RESUME_IP] == ip:
                outcome = "fill"          # TLB entry added, op retried in the executor
            elif st[X.ST_RESUME_TB] == tb:
                outcome = "slow_access"   # done in Python (I/O, page-crossing, read-only)
            else:
                outcome = "fault"
            _bump(STATS.tlb, outcome, perf() - t0)

    ce._tlb_miss = tlb_miss


SAMPLE_PERIOD_S = 0.0005


def _start_sampler():
    """Sample the vCPU's pc slot while the executor runs (it releases the
    GIL): the pc there is the TB being executed (goto_tb writes it on entry),
    so the histogram says where the executor spends its time."""
    samples = STATS.pc_samples = {}

    def sample():
        while STATS.machine is None or STATS.pc_first is None:
            time.sleep(0.01)     # not before the first guest instruction
        cpus = STATS.machine.cpus
        from emu.tcg import exec as X
        slots = [int(cpu.state[X.ST_PC_SLOT]) for cpu in cpus]
        while not STATS.sampler_stop:
            if STATS.in_executor:
                for cpu, slot in zip(cpus, slots):
                    pc = int(cpu.regs[slot])
                    samples[pc] = samples.get(pc, 0) + 1
            time.sleep(SAMPLE_PERIOD_S)

    t = threading.Thread(target=sample, name="pc-sampler", daemon=True)
    t.start()
    return t


def _op_mix():
    """Time-weighted IR op mix of the executed TBs, from the pc samples."""
    from emu.tcg import exec as X
    from emu.tcg import ops as O
    m = STATS.machine
    if m is None or not STATS.pc_samples:
        return None
    opname = {v: k for k, v in O.OPC.items()}
    tbc = m.tbcache
    by_pc = {}
    for info in tbc.infos:
        if tbc.meta[info.index, X.TB_VALID]:
            by_pc.setdefault(info.pc, info)
    total = sum(STATS.pc_samples.values())
    matched = 0
    mix = {}
    insn_weight = 0.0
    tbs = []
    for pc, n in STATS.pc_samples.items():
        info = by_pc.get(pc)
        if info is None or info.end <= info.start:
            continue
        matched += n
        nops = info.end - info.start
        ninsns = len(info.insn_pcs)
        insn_weight += n * ninsns / nops
        for opc in tbc.code[info.start:info.end, 0]:
            key = opname.get(int(opc), str(int(opc)))
            mix[key] = mix.get(key, 0.0) + n / nops
        tbs.append((n, pc, ninsns, nops))
    tbs.sort(reverse=True)
    from emu.tcg.ir import format_op

    def listing(pc):
        try:
            return [format_op(op) for op in by_pc[pc].ops]
        except Exception as exc:       # format_op is a debugging aid: never fatal here
            return ["(no listing: %s)" % exc]
    return {
        "samples": total,
        "samples_matched": matched,
        # a sample is (roughly) one executed op, so ops per guest insn is the
        # harmonic mean of the TBs' ops/insn weighted by samples
        "ops_per_insn": matched / insn_weight if insn_weight else None,
        "op_share": {k: v / matched for k, v in sorted(mix.items(), key=lambda kv: -kv[1])},
        "hot_tbs": [{"pc": "0x%x" % pc, "share": n / matched, "insns": ni, "ops": no,
                     "ir": listing(pc) if rank < 4 else None}
                    for rank, (n, pc, ni, no) in enumerate(tbs[:12])],
    }


def _summary(status):
    from emu.tcg import exec as X
    m = STATS.machine
    out = {
        "t_probe_start": T_PROBE_START,
        "t_first_insn": STATS.t_first_insn,
        "exit_status": status,
        "numba_compiles": STATS.compiles,
        "numba_compile_s": STATS.compile_s,
        "numba_compiles_before_first_insn": STATS.compiles_at_first,
        "numba_compile_s_before_first_insn": STATS.compile_s_at_first,
        "numba_cache_dir": os.environ.get("NUMBA_CACHE_DIR"),
        "numba_compiles_by_module": STATS.compile_modules,
        "numba_top_level_compiles": {k: {"count": v[0], "seconds": v[1]}
                                     for k, v in sorted(STATS.compile_fns.items(), key=lambda kv: -kv[1][1])},
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "run_cpu_calls": STATS.run_cpu_calls,
        "run_cpu_s": STATS.run_cpu_s,
        "first_executor_call_s": STATS.first_exec_s,
        "translate": {k: {"calls": v[0], "seconds": v[1], "insns": v[2], "cpu_seconds": v[3]}
                      for k, v in STATS.translate.items()},
    }
    if m is not None:
        out.update({
            "guest_wall_s": STATS.pc_last - STATS.pc_first,
            "guest_cpu_s": STATS.cpu_last - STATS.cpu_first,
            "icount": sum(cpu.icount for cpu in m.cpus),
            "tbs_run": int(sum(int(cpu.state[X.ST_TBS_RUN]) for cpu in m.cpus)),
            "translated_insns": m.tbcache.translated_insns,
            "tbs_live": len(m.tbcache.infos),
            "tb_flushes": m.tbcache.flushes,
        })
    if STATS.exec_calls:
        out["profile"] = {
            "executor_calls": STATS.exec_calls,
            "executor_s": STATS.exec_s,
            "executor_cpu_s": STATS.exec_cpu_s,
            "exits": {k: {"count": v[0], "seconds": v[1]} for k, v in STATS.exits.items()},
            "helpers": {k: {"count": v[0], "seconds": v[1]} for k, v in STATS.helpers.items()},
            "tlb_miss": {k: {"count": v[0], "seconds": v[1]} for k, v in STATS.tlb.items()},
            "op_mix": _op_mix(),
        }
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entry", required=True, help="module:function of the pyemu entry point")
    ap.add_argument("--prog", required=True, help="program name (argv[0])")
    ap.add_argument("--out", required=True, help="where to write the JSON result")
    ap.add_argument("--profile", action="store_true", help="count and time Python exits")
    ap.add_argument("--no-frontends", action="store_true",
                    help="do not start monitor/gdb front ends (if they break startup)")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    opts = ap.parse_args()
    args = opts.args[1:] if opts.args[:1] == ["--"] else opts.args

    sys.path.insert(0, REPO_ROOT)
    _install_numba_listener()
    import emu.cpu_exec as ce
    _install_basic(ce)
    if opts.profile:
        _install_profile(ce)
        _start_sampler()
    if opts.no_frontends:
        import emu.system
        emu.system.System._start_frontends = lambda self: None
    module, func = opts.entry.split(":")
    entry = getattr(importlib.import_module(module), func)
    sys.argv = [opts.prog] + args
    status = 0
    try:
        entry()
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    STATS.sampler_stop = True
    sys.stdout.flush()
    with open(opts.out, "w") as f:
        json.dump(_summary(status), f)
    # the vCPU thread is a daemon and already parked: skip slow interpreter teardown
    os._exit(status)


if __name__ == "__main__":
    threading.current_thread().name = "main"
    main()
