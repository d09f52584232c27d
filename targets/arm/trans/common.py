"""Shared emitters and guards of the Arm trans_ functions.

Register-file quirks live here: reading r15 gives the instruction address
plus 8 (ARM) or 4 (Thumb); writing r15 is a branch (with interworking where
the architecture says BXWritePC); the split NZCV flags; the barrel shifter
with its carry out; the IT state that must be right in the ``condexec``
and ``tb_flags`` slots whenever the TB can be left.
"""

from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from emu.tcg.translator import DISAS_NORETURN

from targets.arm import cpu_bits as B

MASK32 = 0xFFFFFFFF
COND_AL = 14

# shift types
SH_LSL, SH_LSR, SH_ASR, SH_ROR = range(4)


# --- guards ---------------------------------------------------------------------
def is_user(ctx):
    return ctx.mode == B.MODE_USR


# --- registers ----------------------------------------------------------------------
def pc_read_value(ctx):
    """What r15 reads as in the current instruction."""
    return (ctx.cur_pc + (4 if ctx.thumb else 8)) & MASK32


def load_reg(ctx, r):
    """A slot holding r<r> (r15: a constant temp)."""
    if r == 15:
        t = ctx.temp()
        ctx.ir.movi(t, pc_read_value(ctx))
        return t
    return ctx.r_base + r


def load_reg_aligned_pc(ctx, r):
    """r<r>, with the pc read as Align(PC, 4) (Thumb literal addressing)."""
    if r == 15:
        t = ctx.temp()
        ctx.ir.movi(t, pc_read_value(ctx) & ~3)
        return t
    return ctx.r_base + r


def reg_slot(ctx, r):
    return ctx.r_base + r


def store_reg(ctx, r, value, interwork=False):
    """r<r> = value; r15 is a branch (BXWritePC when ``interwork``)."""
    if r == 15:
        if interwork:
            gen_bx(ctx, value)
        else:
            t = ctx.temp()
            ctx.ir.andi(t, value, ~1 if ctx.thumb else ~3)
            gen_jump_dyn(ctx, t)
        return
    ctx.ir.mov(ctx.r_base + r, value)


def store_reg_alu(ctx, r, value):
    """ALUWritePC: interworking in ARM state (v7), a plain branch in Thumb."""
    store_reg(ctx, r, value, interwork=not ctx.thumb)


# --- IT state and TB exits --------------------------------------------------------------
def gen_sync_condexec(ctx):
    """Make condexec and tb_flags say the IT state of the next instruction."""
    if not ctx.thumb:
        return
    nxt = ctx.condexec_next
    ir = ctx.ir
    if nxt != ctx.condexec_slot_value:
        ir.movi(ctx.condexec_slot, nxt)
    if nxt != ctx.tb_condexec or ctx.tb_flags_dirty:
        ir.andi(ctx.flags_slot, ctx.flags_slot, ~B.TBF_CONDEXEC_MASK)
        if nxt:
            ir.ori(ctx.flags_slot, ctx.flags_slot, nxt << B.TBF_CONDEXEC_SHIFT)
        ctx.tb_flags_dirty = True


def gen_goto_tb(ctx, n, dest):
    """Leave the TB for the direct destination ``dest`` (same state)."""
    gen_sync_condexec(ctx)
    ir = ctx.ir
    dest &= MASK32
    ir.movi(ctx.pc_slot, dest)
    if ctx.use_goto_tb(dest):
        ir.goto_tb(n, dest)
    else:
        ir.lookup_and_goto_ptr()


def gen_jump_dyn(ctx, target):
    """pc = target (a slot, already aligned); find the next TB."""
    gen_sync_condexec(ctx)
    ctx.ir.mov(ctx.pc_slot, target)
    ctx.ir.lookup_and_goto_ptr()
    ctx.is_jmp = DISAS_NORETURN


def gen_bx(ctx, value):
    """BXWritePC: thumb = value[0], pc = value with bit 0 clear."""
    ir = ctx.ir
    gen_sync_condexec(ctx)
    ir.andi(ctx.thumb_slot, value, 1)       # TBF_THUMB is bit 0: or-ed in as is
    ir.andi(ctx.flags_slot, ctx.flags_slot, ~B.TBF_THUMB)
    ir.or_(ctx.flags_slot, ctx.flags_slot, ctx.thumb_slot)
    ir.andi(ctx.pc_slot, value, ~1 & MASK32)
    ir.lookup_and_goto_ptr()
    ctx.is_jmp = DISAS_NORETURN


def gen_end_tb(ctx, next_pc=None):
    """End the TB after an instruction that changed translation state or
    may have made an interrupt pending; the vCPU loop looks again."""
    gen_sync_condexec(ctx)
    ctx.ir.movi(ctx.pc_slot, ctx.pc_succ if next_pc is None else next_pc)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN


def gen_end_tb_dyn(ctx):
    """End the TB; a helper already set pc (and flags)."""
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN


# --- exceptions -----------------------------------------------------------------------
def helper_raise(cpu, _a, _b, excp_and_len):
    raise GuestException(excp_and_len & 0xFF, excp_and_len >> 8)


def gen_exception(ctx, excp, tval=0):
    """Raise ``excp`` at this instruction (tval: see excp.do_interrupt)."""
    ctx.ir.call(helper_raise, imm=excp | (tval << 8))
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN


def gen_undef(ctx):
    gen_exception(ctx, B.EXCP_UDEF, ctx.insn_size)
    return True


# --- conditions ---------------------------------------------------------------------------
# N and V are tested on bit 31 (nf is kept sign-extended, vf may carry other
# bits), Z is "zf == 0", C is cf != 0.
BIT31 = 0x80000000


def gen_skip_unless(ctx, cond, label):
    """Branch to label when ``cond`` does not hold: one brcond on the split
    flags for the simple conditions, two for HI/LS/GT/LE."""
    ir = ctx.ir
    base, invert = cond >> 1, cond & 1
    if base == 0:                                  # EQ / NE
        ir.brcondi(O.COND_EQ if invert else O.COND_NE, ctx.zf, 0, label)
    elif base == 1:                                # CS / CC
        ir.brcondi(O.COND_NE if invert else O.COND_EQ, ctx.cf, 0, label)
    elif base == 2:                                # MI / PL
        ir.brcondi(O.COND_TSTNE if invert else O.COND_TSTEQ, ctx.nf, BIT31, label)
    elif base == 3:                                # VS / VC
        ir.brcondi(O.COND_TSTNE if invert else O.COND_TSTEQ, ctx.vf, BIT31, label)
    elif base == 4:                                # HI: C && !Z; LS: !C || Z
        if not invert:
            ir.brcondi(O.COND_EQ, ctx.cf, 0, label)
            ir.brcondi(O.COND_EQ, ctx.zf, 0, label)
        else:
            body = ir.new_label()
            ir.brcondi(O.COND_EQ, ctx.cf, 0, body)
            ir.brcondi(O.COND_NE, ctx.zf, 0, label)
            ir.set_label(body)
    elif base == 5:                                # GE: N == V; LT: N != V
        t = ctx.temp()
        ir.xor(t, ctx.nf, ctx.vf)
        ir.brcondi(O.COND_TSTEQ if invert else O.COND_TSTNE, t, BIT31, label)
    elif base == 6:                                # GT: !Z && N == V; LE: Z || N != V
        t = ctx.temp()
        if not invert:
            ir.brcondi(O.COND_EQ, ctx.zf, 0, label)
            ir.xor(t, ctx.nf, ctx.vf)
            ir.brcondi(O.COND_TSTNE, t, BIT31, label)
        else:
            body = ir.new_label()
            ir.brcondi(O.COND_EQ, ctx.zf, 0, body)
            ir.xor(t, ctx.nf, ctx.vf)
            ir.brcondi(O.COND_TSTEQ, t, BIT31, label)
            ir.set_label(body)


# --- flags ----------------------------------------------------------------------------------
# Flag-setting arithmetic computes the 32-bit result into zf (so Z costs
# nothing), N with one ext32s, C with one setcond, V into bit 31 of vf.

class Imm(int):
    """Marks a data-processing operand that is an immediate, not a slot."""


def gen_logic_cc(ctx, res):
    ctx.ir.ext32s(ctx.nf, res)
    ctx.ir.mov(ctx.zf, res)


def _nz_from_zf(ctx):
    ctx.ir.ext32s(ctx.nf, ctx.zf)
    return ctx.zf


def gen_add_cc(ctx, a, b, carry_in=False):
    """a + b (+ C), setting NZCV; ``b`` is a slot or an :class:`Imm`.
    Returns zf, which holds the 32-bit result."""
    ir = ctx.ir
    zf, vf = ctx.zf, ctx.vf
    if isinstance(b, Imm) and not carry_in:
        ir.addi(zf, a, b)
        ir.ext32u(zf, zf)
        ir.setcond(O.COND_LTU, ctx.cf, zf, a)
        # V: a and b of the same sign, the result of the other
        if b & BIT31:
            ir.andc(vf, a, zf)
        else:
            ir.andc(vf, zf, a)
        return _nz_from_zf(ctx)
    x = ctx.temp()
    if carry_in:
        if isinstance(b, Imm):
            ir.addi(x, a, b)
        else:
            ir.add(x, a, b)
        ir.add(x, x, ctx.cf)
        ir.shri(ctx.cf, x, 32)
        ir.ext32u(zf, x)
    else:
        ir.add(zf, a, b)
        ir.ext32u(zf, zf)
        ir.setcond(O.COND_LTU, ctx.cf, zf, a)
    ir.xor(vf, zf, a)
    if isinstance(b, Imm):
        ir.xori(x, a, b)
    else:
        ir.xor(x, a, b)
    ir.andc(vf, vf, x)
    return _nz_from_zf(ctx)


def gen_sub_cc(ctx, a, b, carry_in=False):
    """a - b (or a + ~b + C), setting NZCV; ``a`` is a slot, ``b`` a slot
    or an :class:`Imm`.  Returns zf, which holds the 32-bit result."""
    ir = ctx.ir
    zf, vf = ctx.zf, ctx.vf
    if isinstance(a, Imm):
        a = ctx.const(a)
    if carry_in:
        if isinstance(b, Imm):
            nb = Imm(~b & MASK32)
        else:
            nb = ctx.temp()
            ir.xori(nb, b, MASK32)
        return gen_add_cc(ctx, a, nb, carry_in=True)
    if isinstance(b, Imm):
        ir.setcondi(O.COND_GEU, ctx.cf, a, b)
        ir.addi(zf, a, -b)
        ir.ext32u(zf, zf)
        # V: a and b of different signs, the result of b's sign
        if b & BIT31:
            ir.andc(vf, zf, a)
        else:
            ir.andc(vf, a, zf)
        return _nz_from_zf(ctx)
    ir.setcond(O.COND_GEU, ctx.cf, a, b)
    ir.sub(zf, a, b)
    ir.ext32u(zf, zf)
    x = ctx.temp()
    ir.xor(vf, zf, a)
    ir.xor(x, a, b)
    ir.and_(vf, vf, x)
    return _nz_from_zf(ctx)


# --- the barrel shifter ----------------------------------------------------------------------
def gen_shift_imm(ctx, src, shty, shim, set_carry, dest=None):
    """Shift slot ``src`` by the immediate form (shim 0 means 32 for LSR,
    ASR and RRX for ROR); with ``set_carry`` the shifter carry goes to C.
    Returns a slot with the 32-bit result: ``dest`` when given (it may be
    ``src``), else a temp."""
    ir = ctx.ir
    if shty == SH_LSL and shim == 0:
        return src
    if dest is None or (dest == src and shty == SH_ROR):
        t = ctx.temp()                     # ROR/RRX read src after writing t
    else:
        t = dest
    if shty == SH_LSL:
        if set_carry:
            ir.extract(ctx.cf, src, 32 - shim, 1)
        ir.shli(t, src, shim)
        ir.ext32u(t, t)
    elif shty == SH_LSR:
        n = shim or 32
        if set_carry:
            ir.extract(ctx.cf, src, n - 1, 1)
        ir.shri(t, src, n)
    elif shty == SH_ASR:
        n = shim or 32
        if set_carry:
            ir.extract(ctx.cf, src, n - 1, 1)
        if n == 32:
            ir.sextract(t, src, 31, 1)
        else:
            ir.sextract(t, src, n, 32 - n)
        ir.ext32u(t, t)
    elif shim == 0:                        # RRX
        ir.shri(t, src, 1)
        ir.deposit(t, t, ctx.cf, 31, 1)
        if set_carry:
            ir.andi(ctx.cf, src, 1)
    else:                                  # ROR
        ir.extract(t, src, shim, 32 - shim)
        ir.deposit(t, t, src, 32 - shim, shim)
        if set_carry:
            ir.extract(ctx.cf, t, 31, 1)
    return t


def gen_shift_reg(ctx, src, shty, rs, set_carry):
    """Shift slot ``src`` by the bottom byte of slot ``rs``."""
    ir = ctx.ir
    amt = ctx.temp()
    ir.andi(amt, rs, 0xFF)
    lim = ctx.temp()
    ir.movi(lim, 63)
    clamped = ctx.temp()
    ir.movcond(O.COND_GTU, clamped, amt, lim, lim, amt)
    t = ctx.temp()
    c = ctx.temp() if set_carry else None
    if shty == SH_LSL:
        ir.shl(t, src, clamped)
        if set_carry:
            ir.extract(c, t, 32, 1)
        ir.ext32u(t, t)
    elif shty == SH_LSR:
        ir.shr(t, src, clamped)
        if set_carry:
            ir.shli(c, src, 1)
            ir.shr(c, c, clamped)
            ir.andi(c, c, 1)
    elif shty == SH_ASR:
        s = ctx.temp()
        ir.ext32s(s, src)
        ir.sar(t, s, clamped)
        ir.ext32u(t, t)
        if set_carry:
            ir.shli(c, s, 1)
            ir.sar(c, c, clamped)
            ir.andi(c, c, 1)
    else:                                  # ROR
        r = ctx.temp()
        ir.andi(r, amt, 31)
        d = ctx.temp()
        ir.shli(d, src, 32)
        ir.or_(d, d, src)
        ir.shr(t, d, r)
        ir.ext32u(t, t)
        if set_carry:
            ir.extract(c, t, 31, 1)
    if set_carry:
        # a zero shift amount leaves C alone
        zero = ctx.temp()
        ir.movi(zero, 0)
        ir.movcond(O.COND_EQ, ctx.cf, amt, zero, ctx.cf, c)
    return t


def ror32(value, n):
    n &= 31
    return ((value >> n) | (value << (32 - n))) & MASK32 if n else value


# --- memory -------------------------------------------------------------------------------------
def memop(ctx, mop, user=False, addr32=True):
    """A memop with the 32-bit address flag (and the user MMU index for
    the unprivileged LDRT/STRT forms).  ``addr32`` False: the address slot
    already holds a 32-bit value and the offset is 0, so the plain
    (packed, faster) load/store serves."""
    if addr32:
        mop |= O.MO_ADDR32
    if user:
        mop |= (B.MMU_USER + 1) << O.MO_MMU_SHIFT
    return mop


def gen_addr_offset(ctx, base, offset_slot, add):
    t = ctx.temp()
    if add:
        ctx.ir.add(t, base, offset_slot)
    else:
        ctx.ir.sub(t, base, offset_slot)
    ctx.ir.ext32u(t, t)
    return t


def gen_addr_imm(ctx, base, imm):
    if imm == 0:
        return base
    t = ctx.temp()
    ctx.ir.addi(t, base, imm)
    ctx.ir.ext32u(t, t)
    return t
