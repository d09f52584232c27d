"""Engine behaviour through the toy target: chaining, icount, exceptions,
self-modifying code, invalidation, MMIO, TLB, tb_flush, determinism."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import toy_target as T                                   # noqa: E402
from toy_target import (add, addi, assemble, bcond, exit_, flush, halt, helper,   # noqa: E402
                        jmp, jr, ld, movi, nop, raise_, reg, st)

from emu.cpu_exec import RUN_BUDGET, RUN_HALTED, run_cpu   # noqa: E402
from emu.tcg import exec as X                            # noqa: E402
from emu.tcg import ops as O                             # noqa: E402

DATA = 0x4000


def machine(*insns, base=0, handler=True):
    ms, cpu = T.make_machine(assemble(*insns), base=base)
    if handler:
        ms.address_space.write_bytes(T.HANDLER, halt())
    return ms, cpu


def tb_at(ms, pc):
    for key, tb in ms.tbcache.by_key.items():
        if key[0] == pc and ms.tbcache.meta[tb, X.TB_VALID]:
            return tb
    return None


def count_loop(n, chain_reg=2):
    """r1 counts up to r2 = n; then halt.  Two TBs: the loop and the halt."""
    return (movi(chain_reg, n),            # 0x00
            addi(1, 1, 1),                 # 0x08  loop:
            bcond(O.COND_NE, 1, chain_reg, -8),   # 0x10  bne r1, r2, loop
            halt())                        # 0x18


# --- chaining ----------------------------------------------------------------

def test_goto_tb_patches_the_chain_slot():
    ms, cpu = machine(*count_loop(1000))
    assert run_cpu(cpu, 100_000) == RUN_HALTED
    assert reg(cpu, 1) == 1000
    assert cpu.icount == 1 + 2 * 1000 + 1
    loop = tb_at(ms, 0x08)
    # branch taken -> slot 0 -> the loop TB itself; the fallthrough (slot 1)
    # ran once, before the halt TB existed: a miss leaves the slot empty
    assert ms.tbcache.meta[loop, X.TB_CHAIN0] == loop
    assert ms.tbcache.meta[loop, X.TB_CHAIN1] == -1
    # the loop ran chained: about one TB entry per iteration, few executor calls
    assert cpu.state[X.ST_TBS_RUN] >= 1000


def test_nochain_mode_never_patches_chain_slots():
    ms, cpu = machine(*count_loop(300))
    cpu.nochain = True
    assert run_cpu(cpu, 100_000) == RUN_HALTED
    assert reg(cpu, 1) == 300
    for tb in range(len(ms.tbcache.infos)):
        assert ms.tbcache.meta[tb, X.TB_CHAIN0] == -1
        assert ms.tbcache.meta[tb, X.TB_CHAIN1] == -1


def test_nochain_executor_flag_with_goto_tb_code():
    # TBs translated with goto_tb, then run with chaining disabled: the
    # executor looks each destination up and leaves the slots alone
    ms, cpu = machine(*count_loop(50))
    run_cpu(cpu, 3)                                   # translate the loop TB
    loop = tb_at(ms, 0x08)
    ms.tbcache.meta[loop, X.TB_CHAIN0] = -1
    ms.tbcache.meta[loop, X.TB_CHAIN1] = -1
    cpu.nochain = True
    assert run_cpu(cpu, 100_000) == RUN_HALTED
    assert reg(cpu, 1) == 50
    assert ms.tbcache.meta[loop, X.TB_CHAIN0] == -1


def test_chain_to_invalidated_tb_is_not_followed():
    ms, cpu = machine(*count_loop(10))
    assert run_cpu(cpu, 1000) == RUN_HALTED
    # rewrite the halt into "addi r3, r3, 7; halt": the old halt TB is invalid
    ms.address_space.write_bytes(0x18, assemble(addi(3, 3, 7), halt()))
    cpu.env.pc, cpu.halted = 0, 0
    cpu.env.r[1] = 0
    assert run_cpu(cpu, 1000) == RUN_HALTED
    assert reg(cpu, 3) == 7


def test_lookup_and_goto_ptr_stays_in_the_executor():
    ms, cpu = machine(movi(5, 0x40),           # 0x00
                      movi(2, 500),            # 0x08
                      jr(5),                   # 0x10  -> 0x40
                      halt(),                  # 0x18
                      nop(), nop(), nop(), nop(),
                      addi(1, 1, 1),           # 0x40
                      movi(6, 0x40),           # 0x48
                      bcond(O.COND_EQ, 1, 2, 0x18),   # 0x50 -> 0x68
                      jr(6),                   # 0x58  indirect back to 0x40
                      nop(),
                      halt())                  # 0x68
    assert run_cpu(cpu, 100_000) == RUN_HALTED
    assert reg(cpu, 1) == 500
    n_tbs = len(ms.tbcache.infos)
    assert n_tbs <= 4
    assert cpu.icount == 3 + 4 * 499 + 3 + 1


# --- icount ---------------------------------------------------------------------

STRAIGHT = [addi(n, n, n) for n in range(1, 9)] + [jmp(-64)]    # one 9-insn TB, looping


def test_budget_smaller_than_a_tb_runs_exactly_that_many():
    for budget in (1, 2, 5, 8, 9, 10, 23):
        ms, cpu = machine(*STRAIGHT)
        assert run_cpu(cpu, budget) == RUN_BUDGET
        assert cpu.icount == budget
        full, part = divmod(budget, 9)
        for n in range(1, 9):
            assert reg(cpu, n) == n * (full + (1 if n <= part else 0)), (budget, n)
        assert cpu.env.pc == 8 * part


def test_consecutive_budgets_add_up_exactly():
    ms, cpu = machine(*STRAIGHT)
    total = 0
    for budget in (3, 4, 1, 20, 7, 9, 2):
        run_cpu(cpu, budget)
        total += budget
        assert cpu.icount == total
    ref_ms, ref = machine(*STRAIGHT)
    run_cpu(ref, total)
    assert list(ref.regs[:30]) == list(cpu.regs[:30])


def test_icount_exact_across_chained_tbs():
    ms, cpu = machine(*count_loop(100))
    assert run_cpu(cpu, 51) == RUN_BUDGET
    assert cpu.icount == 51
    assert reg(cpu, 1) == 25                     # movi + 25 * (addi, bne)
    assert run_cpu(cpu, 1) == RUN_BUDGET
    assert reg(cpu, 1) == 26 and cpu.icount == 52


def test_singlestep_matches_normal_run():
    prog = count_loop(20)
    ms, cpu = machine(*prog)
    run_cpu(cpu, 1000)
    ms2, cpu2 = machine(*prog)
    cpu2.singlestep = True
    run_cpu(cpu2, 1000)
    assert cpu.icount == cpu2.icount
    assert list(cpu.regs[:30]) == list(cpu2.regs[:30])
    assert all(len(i.insn_pcs) == 1 for i in ms2.tbcache.infos)


# --- exceptions ------------------------------------------------------------------

def test_exception_mid_tb_restores_pc_and_icount():
    ms, cpu = machine(addi(1, 1, 1),     # 0x00
                      addi(2, 2, 1),     # 0x08
                      raise_(7),         # 0x10
                      addi(3, 3, 1),     # 0x18  never runs
                      halt())
    assert run_cpu(cpu, 1000) == RUN_HALTED
    cause, tval, pc, icount = cpu.exceptions[0]
    assert (cause, pc, icount) == (7, 0x10, 2)
    assert cpu.env.epc == 0x10
    assert (reg(cpu, 1), reg(cpu, 2), reg(cpu, 3)) == (1, 1, 0)
    assert cpu.icount == 3                       # + the handler's halt


def test_exception_after_chained_tbs_has_exact_icount():
    ms, cpu = machine(*count_loop(30)[:3], raise_(9))
    run_cpu(cpu, 1000)
    assert cpu.exceptions[0][0] == 9
    assert cpu.exceptions[0][2:] == (0x18, 1 + 2 * 30)


def test_illegal_instruction_is_an_exception():
    ms, cpu = machine(addi(1, 1, 1), b"\xff" * 8)
    run_cpu(cpu, 100)
    assert cpu.exceptions[0][0] == T.EXCP_ILLEGAL
    assert cpu.exceptions[0][2:] == (8, 1)


def test_unaligned_mo_align_in_the_middle_of_a_tb():
    ms, cpu = machine(movi(5, DATA + 2),
                      addi(1, 1, 1),
                      ld(2, 5, 0, O.MO_32 | O.MO_ALIGN),
                      addi(3, 3, 1),
                      halt())
    run_cpu(cpu, 100)
    assert cpu.exceptions[0] == (4, DATA + 2, 0x10, 2)
    assert reg(cpu, 3) == 0


# --- self-modifying code and invalidation -------------------------------------------

def test_store_into_the_same_tb_takes_effect_on_later_insns():
    ms, cpu = machine(movi(1, 100),                       # 0x00
                      st(1, 0, 0x1C, O.MO_32),            # 0x08  imm of the addi at 0x18
                      nop(),                              # 0x10
                      addi(2, 2, 1),                      # 0x18  becomes addi r2, r2, 100
                      halt())                             # 0x20
    assert run_cpu(cpu, 1000) == RUN_HALTED
    assert reg(cpu, 2) == 100
    assert cpu.icount == 5


def test_store_into_already_executed_tb_retranslates_it():
    ms, cpu = machine(addi(2, 2, 1),                      # 0x00
                      movi(1, 50),                        # 0x08
                      st(1, 0, 0x04, O.MO_32),            # 0x10  patch the addi at 0x00
                      bcond(O.COND_LT, 1, 2, 0x18),       # 0x18  50 < r2 -> halt
                      jmp(-0x20),                         # 0x20  back to 0
                      nop(),
                      halt())                             # 0x30
    assert run_cpu(cpu, 1000) == RUN_HALTED
    assert reg(cpu, 2) == 51


def test_store_to_code_page_outside_code_granules_does_not_exit():
    ms, cpu = machine(*count_loop(5)[:3],
                      movi(1, 0x77),                      # 0x18
                      st(1, 0, 0x800, O.MO_64),           # 0x20  same page, no code there
                      halt())
    assert run_cpu(cpu, 1000) == RUN_HALTED
    assert ms.address_space.read(0x800, 8) == 0x77
    loop = tb_at(ms, 0x08)
    assert loop is not None and ms.tbcache.meta[loop, X.TB_VALID] == 1
    assert ms.tbcache.translated_insns == 3 + 2 + 3       # no uncached SMC redo


def test_python_side_write_invalidates_tbs():
    ms, cpu = machine(addi(1, 1, 1), halt())
    run_cpu(cpu, 100)
    old = tb_at(ms, 0)
    ms.address_space.write_bytes(0, addi(1, 1, 40))
    assert ms.tbcache.meta[old, X.TB_VALID] == 0
    cpu.env.pc, cpu.halted = 0, 0
    run_cpu(cpu, 100)
    assert reg(cpu, 1) == 41


def test_smc_into_tb_spanning_two_pages():
    # a TB whose one instruction straddles a page boundary is on two pages;
    # a store into its second page must invalidate it once and go on
    ms, cpu = machine(nop(),                                         # 0xFFC..0x1003
                      movi(5, 0x2000), jr(5), base=0xFFC)
    ms.address_space.write_bytes(0x2000, assemble(movi(1, 5),
                                                  st(1, 0, 0x1000, O.MO_32),
                                                  halt()))
    cpu.env.pc = 0xFFC
    assert run_cpu(cpu, 1000) == RUN_HALTED
    assert ms.address_space.read(0x1000, 4) == 5
    assert cpu.exceptions == []


# --- memory: MMIO, TLB -----------------------------------------------------------------

def test_mmio_loads_and_stores_reach_the_device():
    ms, cpu = machine(movi(5, T.MMIO_BASE),
                      ld(1, 5, 0x10, O.MO_32),
                      movi(2, -2),
                      st(2, 5, 0x20, O.MO_16),
                      ld(3, 5, 0x8, O.MO_64),
                      ld(4, 5, 0x1, O.MO_SB),
                      st(2, 5, 0x30, O.MO_64 | O.MO_BE),
                      ld(6, 5, 0x4, O.MO_32 | O.MO_BE),
                      halt())
    dev = ms.mmio
    dev.read_value = 0x80
    assert run_cpu(cpu, 100) == RUN_HALTED
    assert dev.log == [("r", 0x10, 4), ("w", 0x20, 2, 0xFFFE), ("r", 0x8, 8), ("r", 0x1, 1),
                       ("w", 0x30, 8, 0xFEFFFFFFFFFFFFFF), ("r", 0x4, 4)]
    assert reg(cpu, 1) == 0x90
    assert reg(cpu, 3) == 0x88
    assert reg(cpu, 4) == -0x7F                        # 0x81 sign-extended
    assert reg(cpu, 6) == 0x84000000                   # byte-swapped
    assert cpu.icount == 9


def test_mmio_page_is_never_cached_in_the_tlb():
    ms, cpu = machine(movi(5, T.MMIO_BASE), ld(1, 5, 0, O.MO_32), ld(1, 5, 0, O.MO_32), halt())
    run_cpu(cpu, 100)
    assert len(ms.mmio.log) == 2
    vpn = T.MMIO_BASE >> 12
    assert cpu.tlb_r[0, vpn & (X.TLB_SIZE - 1)] != vpn


def test_tlb_refill_after_tlb_flush():
    ms, cpu = machine(movi(5, DATA), ld(1, 5, 8, O.MO_64), halt())
    fills = []
    orig = cpu.tlb_fill

    def counting_fill(vaddr, access, mmu_idx):
        fills.append((vaddr, access))
        return orig(vaddr, access, mmu_idx)
    cpu.tlb_fill = counting_fill
    ms.address_space.write(DATA + 8, 8, 1234)
    run_cpu(cpu, 100)
    assert reg(cpu, 1) == 1234
    assert (DATA + 8, O.ACCESS_LOAD) in fills
    vpn = DATA >> 12
    assert cpu.tlb_r[0, vpn & (X.TLB_SIZE - 1)] == vpn
    cpu.tlb_flush()
    assert cpu.tlb_r[0, vpn & (X.TLB_SIZE - 1)] != vpn
    fills.clear()
    ms.address_space.write(DATA + 8, 8, 99)
    cpu.env.pc, cpu.halted = 0, 0
    run_cpu(cpu, 100)
    assert reg(cpu, 1) == 99
    assert (DATA + 8, O.ACCESS_LOAD) in fills
    assert cpu.tlb_r[0, vpn & (X.TLB_SIZE - 1)] == vpn


def test_store_to_rom_like_page_without_write_permission_goes_slow_path():
    ms, cpu = machine(movi(5, DATA), movi(1, 3), st(1, 5, 0, O.MO_32), ld(2, 5, 0, O.MO_32), halt())
    orig = cpu.tlb_fill
    cpu.tlb_fill = lambda v, a, m: (orig(v, a, m)[0], 1 | 4)      # read + exec only
    run_cpu(cpu, 100)
    vpn = DATA >> 12
    assert cpu.tlb_w[0, vpn & (X.TLB_SIZE - 1)] != vpn
    assert reg(cpu, 2) == 3                  # the slow path still wrote RAM


# --- helpers, tb_flush ------------------------------------------------------------------

def test_helper_result_and_resume_mid_tb():
    ms, cpu = machine(movi(1, 6), movi(2, 1), helper(3, 1, 2, 7), addi(3, 3, 1), halt())
    run_cpu(cpu, 100)
    assert reg(cpu, 3) == 6 * 7 + 1 + 1
    assert cpu.helper_calls == 1


def test_tb_flush_from_a_helper_is_deferred_to_the_tb_boundary():
    ms, cpu = machine(addi(1, 1, 1), flush(), addi(2, 2, 1), halt())
    assert run_cpu(cpu, 100) == RUN_HALTED
    assert (reg(cpu, 1), reg(cpu, 2)) == (1, 1)
    assert ms.tbcache.flushes == 1
    assert cpu.icount == 4


def test_exit_tb_returns_to_the_loop_and_continues():
    ms, cpu = machine(addi(1, 1, 1), exit_(), addi(1, 1, 1), halt())
    assert run_cpu(cpu, 100) == RUN_HALTED
    assert reg(cpu, 1) == 2
    assert cpu.icount == 4


# --- determinism ------------------------------------------------------------------------

def _busy_program():
    return (movi(5, DATA),                  # 0x00
            movi(2, 200),                   # 0x08
            addi(1, 1, 1),                  # 0x10 loop:
            ld(3, 5, 0, O.MO_64),           # 0x18
            add(3, 3, 1),                   # 0x20
            st(3, 5, 0, O.MO_64),           # 0x28
            helper(4, 3, 1, 3),             # 0x30
            st(4, 5, 0x101, O.MO_32),       # 0x38  unaligned
            bcond(O.COND_NE, 1, 2, -0x30),  # 0x40 -> loop
            halt())


def test_two_identical_runs_are_identical():
    results = []
    for _ in range(2):
        ms, cpu = machine(*_busy_program())
        slices = 0
        while run_cpu(cpu, 37) == RUN_BUDGET:
            slices += 1
        results.append((list(cpu.regs[:40]), cpu.icount, slices,
                        ms.address_space.read_bytes(DATA, 0x200)))
    assert results[0] == results[1]
    assert results[0][1] == 2 + 7 * 200 + 1
