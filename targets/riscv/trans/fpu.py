"""Shared emitters of the F and D extensions (rvf.py, rvd.py use them).

Floating-point registers are 64 bits wide (FLEN = 64 on both models since
D is present); single-precision values are NaN-boxed: a single read from a
register whose upper 32 bits are not all ones is the canonical NaN.
Arithmetic runs through the engine's ``fop`` op (emu.tcg.fops over
emu.softfloat), which ORs exception flags into the fflags slot and, for
the dynamic rounding mode, takes frm (an invalid frm exits with
EXIT_BAD_RM; the CPU then raises illegal instruction).
Every instruction requires mstatus.FS != Off; the ones that write FP state
mark FS dirty.
"""

from emu.tcg import fops as F
from emu.tcg import ops as O

from targets.riscv import cpu_bits as B
from targets.riscv.trans.common import gen_set_gpr, gpr, memop, require_ext

BOX_HIGH = -(1 << 32)                 # upper 32 bits all ones
F32_CANONICAL_NAN = 0x7FC00000

# per format: (extension letter, fop-name prefix, sign bit position)
FORMATS = {"s": ("F", "F32", 31), "d": ("D", "F64", 63)}


def fop_number(fmt, name):
    """emu.tcg.fops number of e.g. ('s', 'ADD') -> FOP_F32_ADD."""
    prefix = FORMATS[fmt][1]
    return getattr(F, "FOP_%s" % name.replace("@", prefix))


# --- guards and state ------------------------------------------------------------
def require_fp(ctx, fmt):
    return require_ext(ctx, FORMATS[fmt][0]) and ctx.fs != B.FS_OFF


def rounding_mode(a):
    """Static rm 0..4, FOP_RM_DYN for 7, None for the reserved 5 and 6."""
    if a.rm == B.RM_DYN:
        return O.FOP_RM_DYN
    return a.rm if a.rm <= 4 else None


def mark_fs_dirty(ctx):
    """mstatus.FS = Dirty (once per TB); tb_flags follows."""
    if ctx.fs == B.FS_DIRTY:
        return
    ir = ctx.ir
    ir.ori(ctx.slot("mstatus"), ctx.slot("mstatus"), B.MSTATUS_FS)
    ir.ori(ctx.slot("tb_flags"), ctx.slot("tb_flags"), B.FS_DIRTY << 2)
    ctx.fs = B.FS_DIRTY


def fpr(ctx, r):
    return ctx.f_base + r


def get_fpr(ctx, fmt, r):
    """A slot holding f[r] as format ``fmt`` (singles unboxed)."""
    if fmt == "d":
        return fpr(ctx, r)
    ir = ctx.ir
    lo, hi, ones, nan, out = (ctx.temp() for _ in range(5))
    ir.ext32u(lo, fpr(ctx, r))
    ir.sari(hi, fpr(ctx, r), 32)
    ir.movi(ones, -1)
    ir.movi(nan, F32_CANONICAL_NAN)
    ir.movcond(O.COND_EQ, out, hi, ones, lo, nan)
    return out


def set_fpr(ctx, fmt, rd, value):
    """f[rd] = value (singles NaN-boxed) and FS dirty."""
    if fmt == "s":
        ctx.ir.ori(fpr(ctx, rd), value, BOX_HIGH)
    else:
        ctx.ir.mov(fpr(ctx, rd), value)
    mark_fs_dirty(ctx)


def emit_fop(ctx, op, rm, a_slot, b_slot=None, c_slot=-1):
    d = ctx.temp()
    ctx.ir.fop(d, a_slot, a_slot if b_slot is None else b_slot, c_slot, op, rm, 0,
               ctx.slot("fflags"), ctx.slot("frm"))
    return d


# --- generic shapes ------------------------------------------------------------------
def gen_fp_load(ctx, a, fmt):
    if not require_fp(ctx, fmt):
        return False
    t = ctx.temp()
    size = O.MO_UL if fmt == "s" else O.MO_UQ
    ctx.ir.ld(t, gpr(ctx, a.rs1), a.imm, memop(ctx, size))
    set_fpr(ctx, fmt, a.rd, t)
    return True


def gen_fp_store(ctx, a, fmt):
    if not require_fp(ctx, fmt):
        return False
    size = O.MO_UL if fmt == "s" else O.MO_UQ
    ctx.ir.st(fpr(ctx, a.rs2), gpr(ctx, a.rs1), a.imm, memop(ctx, size))
    return True


def gen_fp_arith(ctx, a, fmt, name, nargs):
    """f[rd] = op(f[rs1], f[rs2][, f[rs3]]) with rounding mode a.rm."""
    rm = rounding_mode(a)
    if not require_fp(ctx, fmt) or rm is None:
        return False
    x = get_fpr(ctx, fmt, a.rs1)
    y = get_fpr(ctx, fmt, a.rs2) if nargs >= 2 else x
    z = get_fpr(ctx, fmt, a.rs3) if nargs == 3 else -1
    set_fpr(ctx, fmt, a.rd, emit_fop(ctx, fop_number(fmt, name), rm, x, y, z))
    return True


def gen_fp_minmax(ctx, a, fmt, name):
    if not require_fp(ctx, fmt):
        return False
    x, y = get_fpr(ctx, fmt, a.rs1), get_fpr(ctx, fmt, a.rs2)
    set_fpr(ctx, fmt, a.rd, emit_fop(ctx, fop_number(fmt, name), 0, x, y))
    return True


def gen_fp_sign(ctx, a, fmt, how):
    """fsgnj/fsgnjn/fsgnjx: magnitude of rs1, sign from rs2 (as is,
    inverted, or xor-ed with rs1's)."""
    if not require_fp(ctx, fmt):
        return False
    ir = ctx.ir
    x, y = get_fpr(ctx, fmt, a.rs1), get_fpr(ctx, fmt, a.rs2)
    sign_src = y
    if how == "n":
        sign_src = ctx.temp()
        ir.not_(sign_src, y)
    elif how == "x":
        sign_src = ctx.temp()
        ir.xor(sign_src, x, y)
    d = ctx.temp()
    ir.deposit(d, sign_src, x, 0, FORMATS[fmt][2])
    if fmt == "s":
        ir.ext32u(d, d)
    set_fpr(ctx, fmt, a.rd, d)
    return True


def gen_fp_to_x(ctx, a, fmt, name, use_rm=False, sext32=False):
    """x[rd] = op(f[rs1]): compares, fclass, conversions to integers."""
    rm = rounding_mode(a) if use_rm else 0
    if not require_fp(ctx, fmt) or rm is None:
        return False
    x = get_fpr(ctx, fmt, a.rs1)
    y = get_fpr(ctx, fmt, a.rs2) if hasattr(a, "rs2") else x
    d = emit_fop(ctx, fop_number(fmt, name), rm, x, y)
    if sext32:
        ctx.ir.ext32s(d, d)
    gen_set_gpr(ctx, a.rd, d, False)
    return True


def gen_x_to_fp(ctx, a, fmt, name, src_kind):
    """f[rd] = op(x[rs1]); src_kind 's'/'u' passes a 32-bit integer
    sign/zero-extended, 'x' the whole register."""
    rm = rounding_mode(a)
    if not require_fp(ctx, fmt) or rm is None:
        return False
    src = gpr(ctx, a.rs1)
    if src_kind != "x":
        t = ctx.temp()
        (ctx.ir.ext32s if src_kind == "s" else ctx.ir.ext32u)(t, src)
        src = t
    set_fpr(ctx, fmt, a.rd, emit_fop(ctx, fop_number(fmt, name), rm, src))
    return True


def gen_fp_convert(ctx, a, to_fmt, from_fmt, op):
    """fcvt.s.d / fcvt.d.s."""
    rm = rounding_mode(a)
    if not (require_fp(ctx, to_fmt) and require_fp(ctx, from_fmt)) or rm is None:
        return False
    x = get_fpr(ctx, from_fmt, a.rs1)
    set_fpr(ctx, to_fmt, a.rd, emit_fop(ctx, op, rm, x))
    return True

