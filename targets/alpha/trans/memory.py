"""Integer loads and stores: LDA/LDAH, BWX byte/word accesses, the
unaligned-quadword forms, and the locked pair LDx_L / STx_C.

Like QEMU (system mode) every sized access must be naturally aligned
(EXCP_UNALIGN otherwise) except LDQ_U/STQ_U, which clear the low 3 address
bits.  A load into $31 is a prefetch: no access at all.
"""

from emu.tcg import ops as O

from targets.alpha import cpu_bits as B
from targets.alpha.trans.common import dest_gpr, load_gpr, memop, require_amask


def trans_lda(ctx, a):
    ctx.ir.addi(dest_gpr(ctx, a.ra), load_gpr(ctx, a.rb), a.disp)
    return True


def trans_ldah(ctx, a):
    ctx.ir.addi(dest_gpr(ctx, a.ra), load_gpr(ctx, a.rb), a.disp << 16)
    return True


def gen_load(ctx, a, mop, clear=False, locked=False):
    if a.ra == 31:
        return True
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    if clear:
        ir.andi(addr, addr, ~7)
    dest = ctx.gpr[a.ra]
    ir.ld(dest, addr, 0, memop(mop, align=not clear))
    if locked:
        ir.mov(ctx.slot("lock_addr"), addr)
        ir.mov(ctx.slot("lock_value"), dest)
    return True


def gen_store(ctx, a, mop, clear=False):
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    if clear:
        ir.andi(addr, addr, ~7)
    ir.st(load_gpr(ctx, a.ra), addr, 0, memop(mop, align=not clear))
    return True


def gen_store_conditional(ctx, ra, base, disp, mop, mmu_idx=None):
    """STx_C: store ra at the reserved address if memory still holds the
    value LDx_L read (QEMU's cmpxchg model); ra = 1 on success, else 0.
    The reservation is cleared either way."""
    ir = ctx.ir
    lock_addr = ctx.slot("lock_addr")
    lock_value = ctx.slot("lock_value")
    addr = ctx.temp()
    cur = ctx.temp()
    value = ctx.temp()
    ir.addi(addr, base, disp)
    ir.mov(value, load_gpr(ctx, ra))
    fail = ir.new_label()
    done = ir.new_label()
    ir.brcond(O.COND_NE, addr, lock_addr, fail)
    ir.ld(cur, lock_addr, 0, memop(mop, mmu_idx, align=True))
    ir.brcond(O.COND_NE, cur, lock_value, fail)
    ir.st(value, lock_addr, 0, memop(mop, mmu_idx, align=True))
    if ra != 31:
        ir.movi(ctx.gpr[ra], 1)
    ir.br(done)
    ir.set_label(fail)
    if ra != 31:
        ir.movi(ctx.gpr[ra], 0)
    ir.set_label(done)
    ir.movi(lock_addr, -1)
    return True


def trans_ldbu(ctx, a): return require_amask(ctx, B.AMASK_BWX) and gen_load(ctx, a, O.MO_UB)
def trans_ldwu(ctx, a): return require_amask(ctx, B.AMASK_BWX) and gen_load(ctx, a, O.MO_UW)
def trans_stb(ctx, a): return require_amask(ctx, B.AMASK_BWX) and gen_store(ctx, a, O.MO_UB)
def trans_stw(ctx, a): return require_amask(ctx, B.AMASK_BWX) and gen_store(ctx, a, O.MO_UW)
def trans_ldl(ctx, a): return gen_load(ctx, a, O.MO_SL)
def trans_ldq(ctx, a): return gen_load(ctx, a, O.MO_UQ)
def trans_ldq_u(ctx, a): return gen_load(ctx, a, O.MO_UQ, clear=True)
def trans_stl(ctx, a): return gen_store(ctx, a, O.MO_UL)
def trans_stq(ctx, a): return gen_store(ctx, a, O.MO_UQ)
def trans_stq_u(ctx, a): return gen_store(ctx, a, O.MO_UQ, clear=True)
def trans_ldl_l(ctx, a): return gen_load(ctx, a, O.MO_SL, locked=True)
def trans_ldq_l(ctx, a): return gen_load(ctx, a, O.MO_UQ, locked=True)


def trans_stl_c(ctx, a):
    return gen_store_conditional(ctx, a.ra, load_gpr(ctx, a.rb), a.disp, O.MO_SL)


def trans_stq_c(ctx, a):
    return gen_store_conditional(ctx, a.ra, load_gpr(ctx, a.rb), a.disp, O.MO_UQ)
