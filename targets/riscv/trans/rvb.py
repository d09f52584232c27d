"""Bit manipulation: Zba (address generation), Zbb (basic), Zbc (carry-less
multiply) and Zbs (single bit).  QEMU 7.2's rv64/rv32 models have all four
on, so pyemu's do too (they have no misa letter).

On RV32 the x registers hold values sign-extended from bit 31: 32-bit
results go through ``gen_set_gpr`` (which sign-extends), and operations
that look at the upper bits (rotates, counts, shifts right) first
zero-extend their source.
"""

from emu.tcg import ops as O

from targets.riscv.trans.common import (
    dest_gpr, gen_set_gpr, gen_zext_gpr, gpr, require_rv64)


def _rv32(ctx):
    return ctx.xlen == 32


# --- Zba ---------------------------------------------------------------------------------
def gen_shadd(ctx, a, shift, uw=False):
    ir = ctx.ir
    src = gen_zext_gpr(ctx, a.rs1) if uw else gpr(ctx, a.rs1)
    dest = ctx.temp()
    ir.shli(dest, src, shift)
    ir.add(dest, dest, gpr(ctx, a.rs2))
    gen_set_gpr(ctx, a.rd, dest)
    return True


def trans_sh1add(ctx, a): return gen_shadd(ctx, a, 1)
def trans_sh2add(ctx, a): return gen_shadd(ctx, a, 2)
def trans_sh3add(ctx, a): return gen_shadd(ctx, a, 3)
def trans_add_uw(ctx, a): return require_rv64(ctx) and gen_shadd(ctx, a, 0, True)
def trans_sh1add_uw(ctx, a): return require_rv64(ctx) and gen_shadd(ctx, a, 1, True)
def trans_sh2add_uw(ctx, a): return require_rv64(ctx) and gen_shadd(ctx, a, 2, True)
def trans_sh3add_uw(ctx, a): return require_rv64(ctx) and gen_shadd(ctx, a, 3, True)


def trans_slli_uw(ctx, a):
    if not require_rv64(ctx):
        return False
    dest = ctx.temp()
    ctx.ir.shli(dest, gen_zext_gpr(ctx, a.rs1), a.shamt)
    gen_set_gpr(ctx, a.rd, dest)
    return True


# --- Zbb: logic with negation, min/max, extensions -------------------------------------------
def gen_binary(ctx, a, emit):
    dest = dest_gpr(ctx, a.rd)
    emit(dest, gpr(ctx, a.rs1), gpr(ctx, a.rs2))
    gen_set_gpr(ctx, a.rd, dest, False)
    return True


def _xnor(ctx):
    def emit(d, x, y):
        ctx.ir.xor(d, x, y)
        ctx.ir.not_(d, d)
    return emit


def _select(ctx, cond):
    def emit(d, x, y):
        ctx.ir.movcond(cond, d, x, y, x, y)
    return emit


def trans_andn(ctx, a): return gen_binary(ctx, a, ctx.ir.andc)
def trans_orn(ctx, a): return gen_binary(ctx, a, ctx.ir.orc)
def trans_xnor(ctx, a): return gen_binary(ctx, a, _xnor(ctx))
def trans_max(ctx, a): return gen_binary(ctx, a, _select(ctx, O.COND_GE))
def trans_min(ctx, a): return gen_binary(ctx, a, _select(ctx, O.COND_LT))
# RV32 values are sign-extended, so unsigned 64-bit order is unsigned 32-bit order
def trans_maxu(ctx, a): return gen_binary(ctx, a, _select(ctx, O.COND_GEU))
def trans_minu(ctx, a): return gen_binary(ctx, a, _select(ctx, O.COND_LTU))


def gen_unary(ctx, a, emit):
    dest = ctx.temp()
    emit(dest, gpr(ctx, a.rs1))
    gen_set_gpr(ctx, a.rd, dest)
    return True


def trans_sext_b(ctx, a): return gen_unary(ctx, a, ctx.ir.ext8s)
def trans_sext_h(ctx, a): return gen_unary(ctx, a, ctx.ir.ext16s)
def trans_zext_h_32(ctx, a): return _rv32(ctx) and gen_unary(ctx, a, ctx.ir.ext16u)
def trans_zext_h_64(ctx, a): return require_rv64(ctx) and gen_unary(ctx, a, ctx.ir.ext16u)
def trans_rev8_64(ctx, a): return require_rv64(ctx) and gen_unary(ctx, a, ctx.ir.bswap64)
def trans_rev8_32(ctx, a): return _rv32(ctx) and gen_unary(ctx, a, ctx.ir.bswap32)


def helper_orc_b(cpu, value, _b, nbytes):
    out = 0
    for i in range(nbytes):
        if (value >> (8 * i)) & 0xFF:
            out |= 0xFF << (8 * i)
    return out


def trans_orc_b(ctx, a):
    dest = ctx.temp()
    ctx.ir.call(helper_orc_b, d=dest, a=gpr(ctx, a.rs1), imm=ctx.xlen // 8)
    gen_set_gpr(ctx, a.rd, dest)
    return True


# --- Zbb: counting -----------------------------------------------------------------------
def gen_count(ctx, a, kind, width):
    """clz/ctz/cpop of the low ``width`` bits of x[rs1]."""
    ir = ctx.ir
    src = gen_zext_gpr(ctx, a.rs1) if width == 32 else gpr(ctx, a.rs1)
    dest = ctx.temp()
    if kind == "clz":
        ir.clz(dest, src, 64)
        if width == 32:
            ir.addi(dest, dest, -32)
    elif kind == "ctz":
        if width == 32:
            ir.ori(dest, src, 1 << 32)
            ir.ctz(dest, dest, 64)
        else:
            ir.ctz(dest, src, 64)
    else:
        ir.ctpop(dest, src)
    gen_set_gpr(ctx, a.rd, dest, False)
    return True


def trans_clz(ctx, a): return gen_count(ctx, a, "clz", ctx.xlen)
def trans_ctz(ctx, a): return gen_count(ctx, a, "ctz", ctx.xlen)
def trans_cpop(ctx, a): return gen_count(ctx, a, "cpop", ctx.xlen)
def trans_clzw(ctx, a): return require_rv64(ctx) and gen_count(ctx, a, "clz", 32)
def trans_ctzw(ctx, a): return require_rv64(ctx) and gen_count(ctx, a, "ctz", 32)
def trans_cpopw(ctx, a): return require_rv64(ctx) and gen_count(ctx, a, "cpop", 32)


# --- Zbb: rotates ------------------------------------------------------------------------
def gen_rotate(ctx, a, left, width, count_slot=None, count_imm=None):
    """Rotate the low ``width`` bits of x[rs1]; 32-bit results are sign-extended."""
    ir = ctx.ir
    if count_imm is not None:
        count = ctx.temp()
        ir.movi(count, count_imm & (width - 1))
    else:
        count = ctx.temp()
        ir.andi(count, count_slot, width - 1)
    dest = ctx.temp()
    if width == 64:
        (ir.rotl if left else ir.rotr)(dest, gpr(ctx, a.rs1), count)
    else:
        # replicate the word in both halves, rotate 64 bits, keep the low word
        src = gen_zext_gpr(ctx, a.rs1)
        both = ctx.temp()
        ir.shli(both, src, 32)
        ir.or_(both, both, src)
        (ir.rotl if left else ir.rotr)(dest, both, count)
        ir.ext32s(dest, dest)
    gen_set_gpr(ctx, a.rd, dest, False)
    return True


def trans_rol(ctx, a): return gen_rotate(ctx, a, True, ctx.xlen, gpr(ctx, a.rs2))
def trans_ror(ctx, a): return gen_rotate(ctx, a, False, ctx.xlen, gpr(ctx, a.rs2))
def trans_rolw(ctx, a): return require_rv64(ctx) and gen_rotate(ctx, a, True, 32, gpr(ctx, a.rs2))
def trans_rorw(ctx, a): return require_rv64(ctx) and gen_rotate(ctx, a, False, 32, gpr(ctx, a.rs2))


def trans_rori(ctx, a):
    if a.shamt >= ctx.xlen:
        return False
    return gen_rotate(ctx, a, False, ctx.xlen, count_imm=a.shamt)


def trans_roriw(ctx, a):
    return require_rv64(ctx) and gen_rotate(ctx, a, False, 32, count_imm=a.shamt)


# --- Zbc -----------------------------------------------------------------------------------
def helper_clmul(cpu, x, y, kind):
    """kind 0: low half, 1: high half (clmulh), 2: reversed (clmulr)."""
    n = cpu.xlen
    mask = (1 << n) - 1
    x &= mask
    y &= mask
    product = 0
    for i in range(n):
        if y >> i & 1:
            product ^= x << i
    if kind == 1:
        return product >> n
    if kind == 2:
        return product >> (n - 1)
    return product


def gen_clmul(ctx, a, kind):
    dest = ctx.temp()
    ctx.ir.call(helper_clmul, d=dest, a=gpr(ctx, a.rs1), b=gpr(ctx, a.rs2), imm=kind)
    gen_set_gpr(ctx, a.rd, dest)
    return True


def trans_clmul(ctx, a): return gen_clmul(ctx, a, 0)
def trans_clmulh(ctx, a): return gen_clmul(ctx, a, 1)
def trans_clmulr(ctx, a): return gen_clmul(ctx, a, 2)


# --- Zbs -----------------------------------------------------------------------------------
def gen_bit(ctx, a, op, index_slot=None, index_imm=None):
    """op: 'clr', 'set', 'inv' or 'ext' on bit (index mod xlen) of x[rs1]."""
    ir = ctx.ir
    if index_imm is not None and index_imm >= ctx.xlen:
        return False
    bit = ctx.temp()
    if index_imm is not None:
        ir.movi(bit, 1 << index_imm)
        index = None
    else:
        index = ctx.temp()
        ir.andi(index, index_slot, ctx.xlen - 1)
        one = ctx.ir.const(1)
        ir.shl(bit, one, index)
    dest = ctx.temp()
    src = gpr(ctx, a.rs1)
    if op == "clr":
        ir.andc(dest, src, bit)
    elif op == "set":
        ir.or_(dest, src, bit)
    elif op == "inv":
        ir.xor(dest, src, bit)
    else:
        ir.and_(dest, src, bit)
        ir.setcondi(O.COND_NE, dest, dest, 0)
    gen_set_gpr(ctx, a.rd, dest)
    return True


def trans_bclr(ctx, a): return gen_bit(ctx, a, "clr", gpr(ctx, a.rs2))
def trans_bset(ctx, a): return gen_bit(ctx, a, "set", gpr(ctx, a.rs2))
def trans_binv(ctx, a): return gen_bit(ctx, a, "inv", gpr(ctx, a.rs2))
def trans_bext(ctx, a): return gen_bit(ctx, a, "ext", gpr(ctx, a.rs2))
def trans_bclri(ctx, a): return gen_bit(ctx, a, "clr", index_imm=a.shamt)
def trans_bseti(ctx, a): return gen_bit(ctx, a, "set", index_imm=a.shamt)
def trans_binvi(ctx, a): return gen_bit(ctx, a, "inv", index_imm=a.shamt)
def trans_bexti(ctx, a): return gen_bit(ctx, a, "ext", index_imm=a.shamt)
