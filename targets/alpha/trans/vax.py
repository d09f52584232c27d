"""VAX F/G floating point as QEMU 7.2 has it: LDF/LDG/STF/STG and ITOFF
(register <-> memory layouts, inline), the opcode 0x15 arithmetic,
compares and conversions and SQRTF/SQRTG (through
targets.alpha.vax_helper.helper_vax).  QEMU ignores the qualifiers of
the VAX instructions, so the decoder accepts every fn11<10:6>."""

from emu.tcg import ops as O

from targets.alpha import vax_helper as V
from targets.alpha.trans.common import dest_fpr, load_fpr, load_gpr, memop, require_fen
from targets.alpha.trans.fpu import gen_load_fp, require_amask_fix


# --- layouts ---------------------------------------------------------------------
def gen_memory_to_f(ctx, dest, m):
    """dest = QEMU's helper_memory_to_f(m) (see vax_helper.memory_to_f)."""
    ir = ctx.ir
    t = ctx.temp()
    fill = ctx.temp()
    ir.andi(dest, m, 0xC000)
    ir.shli(dest, dest, 48)
    ir.andi(t, m, 0x3FFFFF)
    ir.shli(t, t, 45)
    ir.or_(dest, dest, t)
    ir.andi(t, m, 0xFFFF0000)
    ir.shli(t, t, 13)
    ir.or_(dest, dest, t)
    ir.extract(fill, m, 14, 1)           # exponent msb clear: <61:59> = 111
    ir.xori(fill, fill, 1)
    ir.neg(fill, fill)
    ir.andi(fill, fill, 7 << 59)
    ir.or_(dest, dest, fill)


def gen_f_to_memory(ctx, dest, a):
    """dest = QEMU's helper_f_to_memory(a) (a 32-bit image)."""
    ir = ctx.ir
    t = ctx.temp()
    ir.extract(dest, a, 29, 16)
    ir.shli(dest, dest, 16)
    ir.extract(t, a, 45, 14)
    ir.or_(dest, dest, t)
    ir.extract(t, a, 62, 2)
    ir.shli(t, t, 14)
    ir.or_(dest, dest, t)


def gen_swap_words(ctx, dest, src):
    """dest = src with its four 16-bit words reversed (G memory <-> register)."""
    ir = ctx.ir
    t = ctx.temp()
    ir.rotl(dest, src, ir.const(32))
    ir.andi(t, dest, 0x0000FFFF0000FFFF)
    ir.shli(t, t, 16)
    ir.shri(dest, dest, 16)
    ir.andi(dest, dest, 0x0000FFFF0000FFFF)
    ir.or_(dest, dest, t)


def trans_ldf(ctx, a): return gen_load_fp(ctx, a, O.MO_UL, gen_memory_to_f)
def trans_ldg(ctx, a): return gen_load_fp(ctx, a, O.MO_UQ, gen_swap_words)


def trans_stf(ctx, a):
    """QEMU 7.2 converts the *address* (not $fa) with f_to_memory and
    stores that: reproduced as is."""
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    t = ctx.temp()
    gen_f_to_memory(ctx, t, addr)
    ir.st(t, addr, 0, memop(O.MO_UL, align=True))
    return True


def trans_stg(ctx, a):
    if not require_fen(ctx):
        return True
    ir = ctx.ir
    addr = ctx.temp()
    ir.addi(addr, load_gpr(ctx, a.rb), a.disp)
    t = ctx.temp()
    gen_swap_words(ctx, t, load_fpr(ctx, a.ra))
    ir.st(t, addr, 0, memop(O.MO_UQ, align=True))
    return True


def trans_itoff(ctx, a):
    if a.rb != 31 or not require_amask_fix(ctx):
        return False
    if not require_fen(ctx):
        return True
    t = ctx.temp()
    ctx.ir.ext32u(t, load_gpr(ctx, a.ra))
    gen_memory_to_f(ctx, dest_fpr(ctx, a.rc), t)
    return True


# --- operations ------------------------------------------------------------------------
def gen_vax(ctx, a, op, unary=False):
    if unary and a.ra != 31:
        return False
    if not require_fen(ctx):
        return True
    va = ctx.zero if unary else load_fpr(ctx, a.ra)
    ctx.ir.call(V.helper_vax, d=dest_fpr(ctx, a.rc), a=va, b=load_fpr(ctx, a.rb), imm=op)
    return True


def trans_addf(ctx, a): return gen_vax(ctx, a, V.OP_ADDF)
def trans_subf(ctx, a): return gen_vax(ctx, a, V.OP_SUBF)
def trans_mulf(ctx, a): return gen_vax(ctx, a, V.OP_MULF)
def trans_divf(ctx, a): return gen_vax(ctx, a, V.OP_DIVF)
def trans_addg(ctx, a): return gen_vax(ctx, a, V.OP_ADDG)
def trans_subg(ctx, a): return gen_vax(ctx, a, V.OP_SUBG)
def trans_mulg(ctx, a): return gen_vax(ctx, a, V.OP_MULG)
def trans_divg(ctx, a): return gen_vax(ctx, a, V.OP_DIVG)
def trans_cmpgeq(ctx, a): return gen_vax(ctx, a, V.OP_CMPGEQ)
def trans_cmpglt(ctx, a): return gen_vax(ctx, a, V.OP_CMPGLT)
def trans_cmpgle(ctx, a): return gen_vax(ctx, a, V.OP_CMPGLE)
def trans_cvtgf(ctx, a): return gen_vax(ctx, a, V.OP_CVTGF, unary=True)
def trans_cvtgq(ctx, a): return gen_vax(ctx, a, V.OP_CVTGQ, unary=True)
def trans_cvtqf(ctx, a): return gen_vax(ctx, a, V.OP_CVTQF, unary=True)
def trans_cvtqg(ctx, a): return gen_vax(ctx, a, V.OP_CVTQG, unary=True)


def trans_sqrtf(ctx, a):
    return require_amask_fix(ctx) and gen_vax(ctx, a, V.OP_SQRTF, unary=True)


def trans_sqrtg(ctx, a):
    return require_amask_fix(ctx) and gen_vax(ctx, a, V.OP_SQRTG, unary=True)
