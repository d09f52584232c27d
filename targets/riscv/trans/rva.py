"""A extension: LR/SC and AMOs, in plain IR.

LR records the address and the loaded value (load_res/load_val slots);
SC succeeds when its address matches load_res and memory still holds
load_val (QEMU's scheme).  AMOs are load + op + store; the load carries
MO_ALIGN, so a misaligned AMO or LR raises *load* address misaligned, which
is what QEMU 7.2 reports.  The vCPU runs alone in its executor, so the
sequence is atomic with respect to other guest code.
"""

from emu.tcg import ops as O

from targets.riscv.trans.common import gen_set_gpr, gpr, memop, require_ext, require_rv64


def _width_ok(ctx, size):
    return require_ext(ctx, "A") and (size == O.MO_32 or require_rv64(ctx))


def gen_lr(ctx, a, size):
    if not _width_ok(ctx, size):
        return False
    ir = ctx.ir
    value = ctx.temp()
    ir.ld(value, gpr(ctx, a.rs1), 0, memop(ctx, size | O.MO_SIGN | O.MO_ALIGN))
    ir.mov(ctx.slot("load_res"), gpr(ctx, a.rs1))
    ir.mov(ctx.slot("load_val"), value)
    gen_set_gpr(ctx, a.rd, value, False)
    return True


def gen_sc(ctx, a, size):
    if not _width_ok(ctx, size):
        return False
    ir = ctx.ir
    mop = memop(ctx, size | O.MO_SIGN | O.MO_ALIGN)
    addr, res = gpr(ctx, a.rs1), ctx.temp()
    current = ctx.temp()
    fail, done = ir.new_label(), ir.new_label()
    ir.brcond(O.COND_NE, addr, ctx.slot("load_res"), fail)
    ir.ld(current, addr, 0, mop)
    ir.brcond(O.COND_NE, current, ctx.slot("load_val"), fail)
    ir.st(gpr(ctx, a.rs2), addr, 0, mop)
    ir.movi(res, 0)
    ir.br(done)
    ir.set_label(fail)
    ir.movi(res, 1)
    ir.set_label(done)
    ir.movi(ctx.slot("load_res"), -1)
    gen_set_gpr(ctx, a.rd, res, False)
    return True


def trans_lr_w(ctx, a): return gen_lr(ctx, a, O.MO_32)
def trans_lr_d(ctx, a): return gen_lr(ctx, a, O.MO_64)
def trans_sc_w(ctx, a): return gen_sc(ctx, a, O.MO_32)
def trans_sc_d(ctx, a): return gen_sc(ctx, a, O.MO_64)


# --- AMOs -------------------------------------------------------------------------------
def _src_for_compare(ctx, a, size, unsigned):
    """x[rs2] in the form the loaded value has (sign-extended for .w)."""
    src = gpr(ctx, a.rs2)
    if size == O.MO_32:
        t = ctx.temp()
        (ctx.ir.ext32u if unsigned else ctx.ir.ext32s)(t, src)
        return t
    return src


def _minmax(cond):
    def emit(ctx, a, size, new, old):
        unsigned = cond in (O.COND_LTU, O.COND_GTU)
        src = _src_for_compare(ctx, a, size, unsigned)
        if unsigned and size == O.MO_32:
            old_u = ctx.temp()
            ctx.ir.ext32u(old_u, old)
            ctx.ir.movcond(cond, new, old_u, src, old, src)
        else:
            ctx.ir.movcond(cond, new, old, src, old, src)
    return emit


def _binop(name):
    def emit(ctx, a, size, new, old):
        getattr(ctx.ir, name)(new, old, gpr(ctx, a.rs2))
    return emit


AMO_OPS = {
    "swap": lambda ctx, a, size, new, old: ctx.ir.mov(new, gpr(ctx, a.rs2)),
    "add": _binop("add"),
    "xor": _binop("xor"),
    "and": _binop("and_"),
    "or": _binop("or_"),
    "min": _minmax(O.COND_LT),
    "max": _minmax(O.COND_GT),
    "minu": _minmax(O.COND_LTU),
    "maxu": _minmax(O.COND_GTU),
}


def gen_amo(ctx, a, op, size):
    if not _width_ok(ctx, size):
        return False
    ir = ctx.ir
    old, new = ctx.temp(), ctx.temp()
    addr = gpr(ctx, a.rs1)
    ir.ld(old, addr, 0, memop(ctx, size | O.MO_SIGN | O.MO_ALIGN))
    AMO_OPS[op](ctx, a, size, new, old)
    ir.st(new, addr, 0, memop(ctx, size))
    gen_set_gpr(ctx, a.rd, old, False)
    return True


def trans_amoswap_w(ctx, a): return gen_amo(ctx, a, "swap", O.MO_32)
def trans_amoadd_w(ctx, a): return gen_amo(ctx, a, "add", O.MO_32)
def trans_amoxor_w(ctx, a): return gen_amo(ctx, a, "xor", O.MO_32)
def trans_amoand_w(ctx, a): return gen_amo(ctx, a, "and", O.MO_32)
def trans_amoor_w(ctx, a): return gen_amo(ctx, a, "or", O.MO_32)
def trans_amomin_w(ctx, a): return gen_amo(ctx, a, "min", O.MO_32)
def trans_amomax_w(ctx, a): return gen_amo(ctx, a, "max", O.MO_32)
def trans_amominu_w(ctx, a): return gen_amo(ctx, a, "minu", O.MO_32)
def trans_amomaxu_w(ctx, a): return gen_amo(ctx, a, "maxu", O.MO_32)
def trans_amoswap_d(ctx, a): return gen_amo(ctx, a, "swap", O.MO_64)
def trans_amoadd_d(ctx, a): return gen_amo(ctx, a, "add", O.MO_64)
def trans_amoxor_d(ctx, a): return gen_amo(ctx, a, "xor", O.MO_64)
def trans_amoand_d(ctx, a): return gen_amo(ctx, a, "and", O.MO_64)
def trans_amoor_d(ctx, a): return gen_amo(ctx, a, "or", O.MO_64)
def trans_amomin_d(ctx, a): return gen_amo(ctx, a, "min", O.MO_64)
def trans_amomax_d(ctx, a): return gen_amo(ctx, a, "max", O.MO_64)
def trans_amominu_d(ctx, a): return gen_amo(ctx, a, "minu", O.MO_64)
def trans_amomaxu_d(ctx, a): return gen_amo(ctx, a, "maxu", O.MO_64)
