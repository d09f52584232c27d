"""Executor micro-benchmark: chained loops of representative TBs.

Builds IR directly (no front end), packs it with TBCache.add and calls the
numba executor ``cpu_exec_loop`` once per workload with a large instruction
budget, so the figure is the executor alone (no Python exits).

    python benchmarks/engine_micro.py [--insns N] [--repeat R]

Workloads:
  tiny      one-instruction TB (addi, brcondi, movi pc, goto_tb) chained to itself
  riscv     two chained 10-instruction TBs of RISC-V-like code: ALU ops,
            a 64-bit load and store, a 32-bit sign-extending op, a never-taken
            conditional branch, movi pc + goto_tb
  indirect  the riscv TBs ending in lookup_and_goto_ptr instead of goto_tb
            (function returns, indirect jumps)
  nochain   the riscv TBs with chaining disabled (every goto_tb looks up)

Prints M ops/s and M guest insns/s per workload (median of the repeats).
"""

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from emu.memory import RAMArena                      # noqa: E402
from emu.tcg import exec as X                        # noqa: E402
from emu.tcg import ops as O                         # noqa: E402
from emu.tcg.ir import IRBuilder                     # noqa: E402
from emu.tcg.tbcache import TBCache                  # noqa: E402

PC, FLAGS, MMU = 0, 1, 2
XR = 3                       # x1..x15 at slots 3..17
FIRST_TEMP = 32
DATA = 0x8000                # a RAM page mapped identically for mmu 0


def x(n):
    return XR + n - 1


def _tail(ir, dest, indirect):
    never = ir.new_label()
    ir.brcondi(O.COND_EQ, x(1), -1, never)           # never taken
    ir.movi(PC, dest)
    if indirect:
        ir.lookup_and_goto_ptr()
    else:
        ir.goto_tb(0, dest)
    ir.set_label(never)
    ir.movi(PC, dest + 4)
    ir.exit_tb(0)


def build_tiny(ir, pc, _dest, indirect):
    ir.insn_start(pc)
    ir.addi(x(1), x(1), 1)
    _tail(ir, pc, indirect)


def build_riscv(ir, pc, dest, indirect, variant):
    t = ir.temp()
    body = [
        lambda: ir.addi(x(1), x(1), 1),                            # addi  x1, x1, 1
        lambda: ir.add(x(2), x(2), x(1)),                          # add   x2, x2, x1
        lambda: ir.xor(x(3), x(2), x(1)),                          # xor   x3, x2, x1
        lambda: (ir.shli(t, x(3), 3), ir.ext32s(x(4), t)),         # slliw x4, x3, 3
        lambda: ir.ld(x(5), x(6), 0, O.MO_64),                     # ld    x5, 0(x6)
        lambda: ir.add(x(5), x(5), x(1)),                          # add   x5, x5, x1
        lambda: ir.st(x(5), x(6), 8, O.MO_64),                     # sd    x5, 8(x6)
        lambda: ir.andi(x(7), x(2), 0xFF),                         # andi  x7, x2, 255
        lambda: (ir.sub(x(8), x(8), x(7)) if variant else ir.or_(x(8), x(8), x(7))),
    ]
    for i, emit in enumerate(body):
        ir.insn_start(pc + 4 * i)
        emit()
    ir.insn_start(pc + 4 * len(body))                              # beq x1, -1 / j dest
    _tail(ir, dest, indirect)


def setup(kind, nochain=False):
    arena = RAMArena(1 << 20)
    tbc = TBCache(arena)
    regs = np.zeros(FIRST_TEMP + 64, dtype=np.int64)
    state = np.zeros(X.ST_SIZE, dtype=np.int64)
    state[X.ST_PC_SLOT], state[X.ST_FLAGS_SLOT], state[X.ST_MMU_SLOT] = PC, FLAGS, MMU
    state[X.ST_RESUME_TB] = -1
    state[X.ST_NOCHAIN] = 1 if nochain else 0
    tlb_r = np.full((X.NB_MMU_MODES, X.TLB_SIZE), -1 << 62, dtype=np.int64)
    tlb_w = tlb_r.copy()
    tlb_add = np.zeros((X.NB_MMU_MODES, X.TLB_SIZE), dtype=np.int64)
    vpn = DATA >> 12
    tlb_r[0, vpn & (X.TLB_SIZE - 1)] = vpn
    tlb_w[0, vpn & (X.TLB_SIZE - 1)] = vpn
    regs[x(6)] = DATA
    indirect = kind == "indirect"
    ops_per_insn = 0.0
    if kind == "tiny":
        ir = IRBuilder(FIRST_TEMP)
        build_tiny(ir, 0x1000, 0x1000, False)
        tbs = [(0x1000, ir)]
    else:
        tbs = []
        for pc, dest, variant in ((0x1000, 0x2000, 0), (0x2000, 0x1000, 1)):
            ir = IRBuilder(FIRST_TEMP)
            build_riscv(ir, pc, dest, indirect, variant)
            tbs.append((pc, ir))
    n_ops = n_insns = 0
    for pc, ir in tbs:
        tb = tbc.add(pc, 0, None, ir.ops, [4] * ir.n_insns, [], ir.n_insns)
        tbc.set_jump_cache(pc, 0, tb)
        info = tbc.infos[tb]
        # ops executed per pass: all but the never-taken tail (movi + exit_tb)
        n_ops += info.end - info.start - 2
        n_insns += ir.n_insns
    ops_per_insn = n_ops / n_insns
    regs[PC] = tbs[0][0]
    args = (tbc.code, tbc.meta, regs, arena.mem, arena.mem16, arena.mem32, arena.mem64,
            arena.code, arena.dirty, tlb_r, tlb_w, tlb_add, tbc.jc_pc, tbc.jc_flags,
            tbc.jc_tb, state)
    return args, state, regs, ops_per_insn


def run(kind, insns, repeat):
    args, state, regs, ops_per_insn = setup(kind, nochain=(kind == "nochain"))
    times = []
    for _ in range(repeat):
        state[X.ST_ICOUNT] = 0
        state[X.ST_ICOUNT_LIMIT] = insns
        state[X.ST_RESUME_TB] = -1
        regs[PC] = 0x1000
        t0 = time.perf_counter()
        reason = X.cpu_exec_loop(*args)
        times.append(time.perf_counter() - t0)
        if reason != O.EXIT_BUDGET:
            raise RuntimeError("%s: executor stopped with %s" % (kind, O.EXIT_NAMES.get(reason)))
    done = int(state[X.ST_ICOUNT])
    t = sorted(times)[len(times) // 2]
    return done / t / 1e6, done * ops_per_insn / t / 1e6, ops_per_insn


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--insns", type=int, default=20_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("workloads", nargs="*", default=["tiny", "riscv", "indirect", "nochain"])
    opts = ap.parse_args()
    t0 = time.perf_counter()
    run("tiny", 1000, 1)                      # compile / load the cache
    print("executor load: %.2f s" % (time.perf_counter() - t0))
    for kind in opts.workloads:
        mips, mops, opi = run(kind, opts.insns, opts.repeat)
        print("%-9s %8.1f M ops/s  %8.1f M insns/s  (%.1f ops/insn, %.2f ns/op)"
              % (kind, mops, mips, opi, 1e3 / mops))


if __name__ == "__main__":
    main()
