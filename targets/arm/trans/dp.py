"""Data processing: the sixteen ALU operations in their three operand
forms, MOVW/MOVT, multiplies, saturating arithmetic, CLZ, bit-field,
extend, reverse and divide instructions (ARM ARM A8, shared with T32)."""

from emu.tcg import ops as O
from emu.tcg.ir import to_s64

from targets.arm.trans.common import (
    MASK32, Imm, gen_add_cc, gen_end_tb_dyn, gen_logic_cc, gen_shift_imm,
    gen_shift_reg, gen_sub_cc, gen_undef, load_reg, pc_read_value, reg_slot, ror32,
    store_reg, store_reg_alu)
from targets.arm import cpu_bits as B


# --- helpers run in Python --------------------------------------------------------------
def helper_exception_return(cpu, value, _b, _imm):
    """Data-processing with S to the pc: CPSR = SPSR, pc = value."""
    from targets.arm import excp
    if cpu.mode in (B.MODE_USR, B.MODE_SYS):
        cpu.env.pc = value & 0xFFFFFFFE             # UNPREDICTABLE: a plain branch
        return
    excp.exception_return(cpu, value)


# --- the ALU operations -----------------------------------------------------------------
_LOGIC = {"AND", "EOR", "ORR", "BIC", "MOV", "MVN", "TST", "TEQ", "ORN"}
_NO_RESULT = {"TST", "TEQ", "CMP", "CMN"}


def _gen_logic(ctx, op, d, a, b):
    """d = a <op> b for the logical operations; ``b`` a slot or an Imm.
    Zero-extended inputs give a zero-extended result (ORN/MVN re-mask)."""
    ir = ctx.ir
    imm = isinstance(b, Imm)
    if op in ("AND", "TST"):
        (ir.andi if imm else ir.and_)(d, a, b)
    elif op in ("EOR", "TEQ"):
        (ir.xori if imm else ir.xor)(d, a, b)
    elif op == "ORR":
        (ir.ori if imm else ir.or_)(d, a, b)
    elif op == "BIC":
        if imm:
            ir.andi(d, a, ~b & MASK32)
        else:
            ir.andc(d, a, b)
    elif op == "ORN":
        if imm:
            ir.ori(d, a, ~b & MASK32)
        else:
            ir.orc(d, a, b)
            ir.ext32u(d, d)
    elif op == "MOV":
        (ir.movi if imm else ir.mov)(d, b)
    else:                                                # MVN
        if imm:
            ir.movi(d, ~b & MASK32)
        else:
            ir.xori(d, b, MASK32)


def _gen_arith(ctx, op, d, a, b):
    """d = a <op> b (32 bits) without flags; written in place, so the
    final op and its ext32u fuse.  ``b`` a slot or an Imm; d may alias a/b
    (only the first op reads them)."""
    ir = ctx.ir
    imm = isinstance(b, Imm)
    if op == "ADD":
        (ir.addi if imm else ir.add)(d, a, b)
    elif op == "SUB":
        if imm:
            ir.addi(d, a, -b)
        else:
            ir.sub(d, a, b)
    elif op == "ADC":
        (ir.addi if imm else ir.add)(d, a, b)
        ir.add(d, d, ctx.cf)
    elif op == "SBC":                                    # a - b - 1 + C
        if imm:
            ir.addi(d, a, -b - 1)
        else:
            ir.sub(d, a, b)
            ir.addi(d, d, -1)
        ir.add(d, d, ctx.cf)
    else:                                                # RSB, RSC: b - a
        if imm:
            b = ctx.const(b)
        ir.sub(d, b, a)
        if op == "RSC":
            ir.addi(d, d, -1)
            ir.add(d, d, ctx.cf)
    ir.ext32u(d, d)


_FLAG_ARITH = {"ADD": (gen_add_cc, False, False), "CMN": (gen_add_cc, False, False),
               "ADC": (gen_add_cc, True, False), "SUB": (gen_sub_cc, False, False),
               "CMP": (gen_sub_cc, False, False), "SBC": (gen_sub_cc, True, False),
               "RSB": (gen_sub_cc, False, True), "RSC": (gen_sub_cc, True, True)}


def gen_alu(ctx, op, s, rd, rn, operand):
    """rd = rn <op> operand (a slot or an :class:`Imm`); flags when s;
    handles rd == 15.  The result is written straight into rd."""
    ir = ctx.ir
    if rn == 15 and not s and op in ("ADD", "SUB") and isinstance(operand, Imm):
        # ADR: pc-relative constant
        value = pc_read_value(ctx) + (operand if op == "ADD" else -operand)
        operand, op = Imm(value & MASK32), "MOV"
    if op in _NO_RESULT and not s:
        return True                                      # (the decoders give S = 1)
    a = load_reg(ctx, rn) if op not in ("MOV", "MVN") else None
    to_pc = rd == 15 and op not in _NO_RESULT
    if s and op not in _LOGIC:
        gen, carry, reverse = _FLAG_ARITH[op]
        res = gen(ctx, operand, a, carry) if reverse else gen(ctx, a, operand, carry)
        if op in _NO_RESULT:
            return True
        if not to_pc:
            ir.mov(reg_slot(ctx, rd), res)
            return True
    elif op in _NO_RESULT:                               # TST, TEQ
        _gen_logic(ctx, op, ctx.zf, a, operand)
        ir.ext32s(ctx.nf, ctx.zf)
        return True
    else:
        res = ctx.temp() if to_pc else reg_slot(ctx, rd)
        if op in _LOGIC:
            _gen_logic(ctx, op, res, a, operand)
            if s:
                gen_logic_cc(ctx, res)
        else:
            _gen_arith(ctx, op, res, a, operand)
        if not to_pc:
            return True
    if s:
        ctx.ir.call(helper_exception_return, a=res)
        gen_end_tb_dyn(ctx)
        return True
    store_reg_alu(ctx, rd, res)
    return True


def _op_of(name):
    return name.split("_")[0]


def _rrri(op):
    def trans(ctx, a):
        logic = op in _LOGIC
        # MOV with a shift (LSL/LSR/ASR/ROR #n) shifts straight into rd
        dest = reg_slot(ctx, a.rd) if op == "MOV" and a.rd != 15 else None
        src = gen_shift_imm(ctx, load_reg(ctx, a.rm), a.shty, a.shim, logic and a.s, dest)
        return gen_alu(ctx, op, a.s, a.rd, a.rn, src)
    return trans


def _rrrr(op):
    def trans(ctx, a):
        logic = op in _LOGIC
        src = gen_shift_reg(ctx, load_reg(ctx, a.rm), a.shty, load_reg(ctx, a.rs), logic and a.s)
        return gen_alu(ctx, op, a.s, a.rd, a.rn, src)
    return trans


def gen_imm_operand(ctx, imm, carry):
    """A modified immediate as an :class:`Imm` operand; ``carry`` None
    leaves C, else C = carry (when flags are set by a logical op: the
    caller checks)."""
    if carry is not None:
        ctx.ir.movi(ctx.cf, carry)
    return Imm(imm)


def _rri(op):
    def trans(ctx, a):
        imm = ror32(a.imm, 2 * a.rot)
        carry = (imm >> 31) if (a.rot and a.s and op in _LOGIC) else None
        return gen_alu(ctx, op, a.s, a.rd, a.rn, gen_imm_operand(ctx, imm, carry))
    return trans


for _name in ("AND", "EOR", "SUB", "RSB", "ADD", "ADC", "SBC", "RSC", "ORR", "BIC"):
    globals()["trans_%s_rrri" % _name] = _rrri(_name)
    globals()["trans_%s_rrrr" % _name] = _rrrr(_name)
    globals()["trans_%s_rri" % _name] = _rri(_name)
for _name in ("TST", "TEQ", "CMP", "CMN"):
    globals()["trans_%s_xrri" % _name] = _rrri(_name)
    globals()["trans_%s_xrrr" % _name] = _rrrr(_name)
    globals()["trans_%s_xri" % _name] = _rri(_name)
for _name in ("MOV", "MVN"):
    globals()["trans_%s_rxri" % _name] = _rrri(_name)
    globals()["trans_%s_rxrr" % _name] = _rrrr(_name)
    globals()["trans_%s_rxi" % _name] = _rri(_name)


def trans_MOVW(ctx, a):
    if a.rd == 15:
        return False
    ctx.ir.movi(reg_slot(ctx, a.rd), a.imm)
    return True


def trans_MOVT(ctx, a):
    if a.rd == 15:
        return False
    d = reg_slot(ctx, a.rd)
    ctx.ir.andi(d, d, 0xFFFF)
    ctx.ir.ori(d, d, a.imm << 16)
    return True


# --- multiplies ---------------------------------------------------------------------------
def _dest(ctx, rd):
    """Where a result for rd is computed: rd itself (so the final op and
    its ext32u fuse and no mov follows), a temp for the pc."""
    return ctx.temp() if rd == 15 else reg_slot(ctx, rd)


def trans_MUL(ctx, a):
    ir = ctx.ir
    t = _dest(ctx, a.rd)
    ir.mul(t, load_reg(ctx, a.rn), load_reg(ctx, a.rm))
    ir.ext32u(t, t)
    if a.s:
        gen_logic_cc(ctx, t)
    store_reg(ctx, a.rd, t)
    return True


def trans_MLA(ctx, a):
    ir = ctx.ir
    p = ctx.temp()
    ir.mul(p, load_reg(ctx, a.rn), load_reg(ctx, a.rm))
    t = _dest(ctx, a.rd)
    ir.add(t, p, load_reg(ctx, a.ra))
    ir.ext32u(t, t)
    if a.s:
        gen_logic_cc(ctx, t)
    store_reg(ctx, a.rd, t)
    return True


def trans_MLS(ctx, a):
    ir = ctx.ir
    p = ctx.temp()
    ir.mul(p, load_reg(ctx, a.rn), load_reg(ctx, a.rm))
    t = _dest(ctx, a.rd)
    ir.sub(t, load_reg(ctx, a.ra), p)
    ir.ext32u(t, t)
    store_reg(ctx, a.rd, t)
    return True


def _long_mul(ctx, a, signed, accumulate):
    """RdHi:RdLo = Rn * Rm (+ RdHi:RdLo); decode fields: rn = RdHi,
    rd = RdLo, rm = Rm, ra = Rn."""
    ir = ctx.ir
    x = ctx.temp()
    y = ctx.temp()
    if signed:
        ir.ext32s(x, load_reg(ctx, a.ra))
        ir.ext32s(y, load_reg(ctx, a.rm))
    else:
        ir.mov(x, load_reg(ctx, a.ra))
        ir.mov(y, load_reg(ctx, a.rm))
    p = ctx.temp()
    ir.mul(p, x, y)                                  # exact in 64 bits
    if accumulate:
        acc = ctx.temp()
        ir.shli(acc, load_reg(ctx, a.rn), 32)
        ir.or_(acc, acc, load_reg(ctx, a.rd))
        ir.add(p, p, acc)
    lo = ctx.temp()
    hi = ctx.temp()
    ir.ext32u(lo, p)
    ir.shri(hi, p, 32)
    if getattr(a, "s", 0):
        ir.ext32s(ctx.nf, hi)
        ir.or_(ctx.zf, lo, hi)
    store_reg(ctx, a.rd, lo)
    store_reg(ctx, a.rn, hi)
    return True


def trans_UMULL(ctx, a): return _long_mul(ctx, a, False, False)
def trans_UMLAL(ctx, a): return _long_mul(ctx, a, False, True)
def trans_SMULL(ctx, a): return _long_mul(ctx, a, True, False)
def trans_SMLAL(ctx, a): return _long_mul(ctx, a, True, True)


def trans_UMAAL(ctx, a):
    """RdHi:RdLo = Rn * Rm + RdHi + RdLo (fields: rn = RdHi, rd = RdLo,
    rm = Rm, ra = Rn)."""
    ir = ctx.ir
    p = ctx.temp()
    ir.mul(p, load_reg(ctx, a.ra), load_reg(ctx, a.rm))
    ir.add(p, p, load_reg(ctx, a.rn))
    ir.add(p, p, load_reg(ctx, a.rd))
    lo = ctx.temp()
    hi = ctx.temp()
    ir.ext32u(lo, p)
    ir.shri(hi, p, 32)
    store_reg(ctx, a.rd, lo)
    store_reg(ctx, a.rn, hi)
    return True


def _half(ctx, r, top):
    t = ctx.temp()
    if top:
        ctx.ir.sextract(t, load_reg(ctx, r), 16, 16)
    else:
        ctx.ir.ext16s(t, load_reg(ctx, r))
    return t


def _smla_xy(ctx, a, ntop, mtop, accumulate):
    ir = ctx.ir
    p = ctx.temp()
    ir.mul(p, _half(ctx, a.rn, ntop), _half(ctx, a.rm, mtop))
    if accumulate:
        acc = ctx.temp()
        ir.ext32s(acc, load_reg(ctx, a.ra))
        ir.add(p, p, acc)
        gen_q_if_overflow(ctx, p)
    ir.ext32u(p, p)
    store_reg(ctx, a.rd, p)
    return True


def gen_q_if_overflow(ctx, value):
    """Q = 1 when the 64-bit ``value`` does not fit in 32 signed bits."""
    ir = ctx.ir
    s = ctx.temp()
    ir.ext32s(s, value)
    ne = ctx.temp()
    ir.setcond(O.COND_NE, ne, s, value)
    ir.or_(ctx.qf, ctx.qf, ne)


def trans_SMLABB(ctx, a): return _smla_xy(ctx, a, False, False, True)
def trans_SMLABT(ctx, a): return _smla_xy(ctx, a, False, True, True)
def trans_SMLATB(ctx, a): return _smla_xy(ctx, a, True, False, True)
def trans_SMLATT(ctx, a): return _smla_xy(ctx, a, True, True, True)
def trans_SMULBB(ctx, a): return _smla_xy(ctx, a, False, False, False)
def trans_SMULBT(ctx, a): return _smla_xy(ctx, a, False, True, False)
def trans_SMULTB(ctx, a): return _smla_xy(ctx, a, True, False, False)
def trans_SMULTT(ctx, a): return _smla_xy(ctx, a, True, True, False)


def _smml(ctx, a, accumulate, subtract):
    """Most significant word multiply (SMMUL/SMMLA/SMMLS, R = round)."""
    ir = ctx.ir
    x = ctx.temp()
    y = ctx.temp()
    ir.ext32s(x, load_reg(ctx, a.rn))
    ir.ext32s(y, load_reg(ctx, a.rm))
    p = ctx.temp()
    ir.mul(p, x, y)
    if accumulate:
        acc = ctx.temp()
        ir.shli(acc, load_reg(ctx, a.ra), 32)
        if subtract:
            ir.sub(p, acc, p)
        else:
            ir.add(p, p, acc)
    if a.r:
        ir.addi(p, p, 0x80000000)
    ir.shri(p, p, 32)
    ir.ext32u(p, p)
    store_reg(ctx, a.rd, p)
    return True


def trans_SMMLA(ctx, a):
    return _smml(ctx, a, a.ra != 15, False)


def trans_SMMLS(ctx, a):
    return _smml(ctx, a, True, True)


# --- saturating arithmetic ----------------------------------------------------------------
def gen_ssat(ctx, value, bits):
    """Saturate the signed 64-bit ``value`` to ``bits`` bits; sets Q."""
    ir = ctx.ir
    hi = (1 << (bits - 1)) - 1
    lo = -(1 << (bits - 1))
    r = ctx.temp()
    lim = ctx.const(hi)
    ir.movcond(O.COND_GT, r, value, lim, lim, value)
    lim2 = ctx.const(lo)
    ir.movcond(O.COND_LT, r, r, lim2, lim2, r)
    ne = ctx.temp()
    ir.setcond(O.COND_NE, ne, r, value)
    ir.or_(ctx.qf, ctx.qf, ne)
    return r


def gen_usat(ctx, value, bits):
    ir = ctx.ir
    hi = (1 << bits) - 1
    r = ctx.temp()
    lim = ctx.const(hi)
    ir.movcond(O.COND_GT, r, value, lim, lim, value)
    zero = ctx.const(0)
    ir.movcond(O.COND_LT, r, r, zero, zero, r)
    ne = ctx.temp()
    ir.setcond(O.COND_NE, ne, r, value)
    ir.or_(ctx.qf, ctx.qf, ne)
    return r


def _qaddsub(ctx, a, sub, double):
    ir = ctx.ir
    x = ctx.temp()
    y = ctx.temp()
    ir.ext32s(x, load_reg(ctx, a.rm))
    ir.ext32s(y, load_reg(ctx, a.rn))
    if double:
        ir.add(y, y, y)
        y = gen_ssat(ctx, y, 32)
    t = ctx.temp()
    if sub:
        ir.sub(t, x, y)
    else:
        ir.add(t, x, y)
    r = gen_ssat(ctx, t, 32)
    ir.ext32u(r, r)
    store_reg(ctx, a.rd, r)
    return True


def trans_QADD(ctx, a): return _qaddsub(ctx, a, False, False)
def trans_QSUB(ctx, a): return _qaddsub(ctx, a, True, False)
def trans_QDADD(ctx, a): return _qaddsub(ctx, a, False, True)
def trans_QDSUB(ctx, a): return _qaddsub(ctx, a, True, True)


def _shifted_for_sat(ctx, a):
    ir = ctx.ir
    t = ctx.temp()
    ir.ext32s(t, load_reg(ctx, a.rn))
    if a.sh:
        ir.sari(t, t, a.imm or 31)
    else:
        ir.shli(t, t, a.imm)
        ir.ext32s(t, t)
    return t


def trans_SSAT(ctx, a):
    r = gen_ssat(ctx, _shifted_for_sat(ctx, a), a.satimm + 1)
    ctx.ir.ext32u(r, r)
    store_reg(ctx, a.rd, r)
    return True


def trans_USAT(ctx, a):
    r = gen_usat(ctx, _shifted_for_sat(ctx, a), a.satimm)
    store_reg(ctx, a.rd, r)
    return True


# --- bit operations -----------------------------------------------------------------------
def trans_CLZ(ctx, a):
    t = _dest(ctx, a.rd)
    ctx.ir.clz(t, load_reg(ctx, a.rm), 64)        # CLZ(0) = 32
    ctx.ir.addi(t, t, -32)
    store_reg(ctx, a.rd, t)
    return True


def trans_RBIT(ctx, a):
    ir = ctx.ir
    src = load_reg(ctx, a.rm)
    t = ctx.temp()
    ir.movi(t, 0)
    b = ctx.temp()
    for i in range(32):
        ir.extract(b, src, i, 1)
        ir.deposit(t, t, b, 31 - i, 1)
    store_reg(ctx, a.rd, t)
    return True


def trans_REV(ctx, a):
    t = _dest(ctx, a.rd)
    ctx.ir.bswap32(t, load_reg(ctx, a.rm))
    store_reg(ctx, a.rd, t)
    return True


def trans_REV16(ctx, a):
    ir = ctx.ir
    src = load_reg(ctx, a.rm)
    lo = ctx.temp()
    hi = ctx.temp()
    ir.bswap16(lo, src)
    ir.shri(hi, src, 16)
    ir.bswap16(hi, hi)
    ir.deposit(lo, lo, hi, 16, 16)
    store_reg(ctx, a.rd, lo)
    return True


def trans_REVSH(ctx, a):
    t = ctx.temp()
    ctx.ir.bswap16(t, load_reg(ctx, a.rm))
    ctx.ir.ext16s(t, t)
    ctx.ir.ext32u(t, t)
    store_reg(ctx, a.rd, t)
    return True


def trans_SBFX(ctx, a):
    if a.lsb + a.widthm1 > 31:
        return gen_undef(ctx)
    t = _dest(ctx, a.rd)
    ctx.ir.sextract(t, load_reg(ctx, a.rn), a.lsb, a.widthm1 + 1)
    ctx.ir.ext32u(t, t)
    store_reg(ctx, a.rd, t)
    return True


def trans_UBFX(ctx, a):
    if a.lsb + a.widthm1 > 31:
        return gen_undef(ctx)
    t = _dest(ctx, a.rd)
    ctx.ir.extract(t, load_reg(ctx, a.rn), a.lsb, a.widthm1 + 1)
    store_reg(ctx, a.rd, t)
    return True


def trans_BFCI(ctx, a):
    """BFI, or BFC when rn == 15."""
    if a.msb < a.lsb:
        return gen_undef(ctx)
    width = a.msb - a.lsb + 1
    src = ctx.const(0) if a.rn == 15 else load_reg(ctx, a.rn)
    d = reg_slot(ctx, a.rd)
    ctx.ir.deposit(d, d, src, a.lsb, width)
    return True


def _extend(ctx, a, bits, signed, accumulate):
    """Rd = (Rn +) extend(ROR(Rm, 8 * rot)<bits-1:0>): one extract when the
    field does not wrap, written in place."""
    ir = ctx.ir
    src = load_reg(ctx, a.rm)
    pos = 8 * a.rot
    if pos + bits > 32:
        t = ctx.temp()
        ir.extract(t, src, pos, 32 - pos)
        ir.deposit(t, t, src, 32 - pos, pos)
        src, pos = t, 0
    accumulate = accumulate and a.rn != 15
    t = ctx.temp() if accumulate else _dest(ctx, a.rd)
    (ir.sextract if signed else ir.extract)(t, src, pos, bits)
    if accumulate:
        d = _dest(ctx, a.rd)
        ir.add(d, t, load_reg(ctx, a.rn))
        ir.ext32u(d, d)
        t = d
    elif signed:
        ir.ext32u(t, t)
    store_reg(ctx, a.rd, t)
    return True


def trans_SXTAB(ctx, a): return _extend(ctx, a, 8, True, True)
def trans_SXTAH(ctx, a): return _extend(ctx, a, 16, True, True)
def trans_UXTAB(ctx, a): return _extend(ctx, a, 8, False, True)
def trans_UXTAH(ctx, a): return _extend(ctx, a, 16, False, True)


def trans_PKH(ctx, a):
    """PKHBT (tb = 0): Rn[15:0] | (Rm LSL imm)[31:16];
    PKHTB (tb = 1): (Rm ASR imm)[15:0] | Rn[31:16]."""
    ir = ctx.ir
    rm = load_reg(ctx, a.rm)
    t = ctx.temp()
    d = ctx.temp()
    if a.tb:
        ir.ext32s(t, rm)
        ir.sari(t, t, a.imm or 31)
        ir.deposit(d, load_reg(ctx, a.rn), t, 0, 16)
    else:
        ir.shli(t, rm, a.imm)
        ir.shri(t, t, 16)
        ir.deposit(d, load_reg(ctx, a.rn), t, 16, 16)
        ir.ext32u(d, d)
    store_reg(ctx, a.rd, d)
    return True


# --- divide ---------------------------------------------------------------------------------
def trans_SDIV(ctx, a):
    """Division by zero gives 0 (SCTLR.DZ is RAZ on the A15)."""
    ir = ctx.ir
    n = ctx.temp()
    m = ctx.temp()
    ir.ext32s(n, load_reg(ctx, a.rn))
    ir.ext32s(m, load_reg(ctx, a.rm))
    q = ctx.temp()
    ir.div(q, n, m)
    zero = ctx.const(0)
    ir.movcond(O.COND_EQ, q, m, zero, zero, q)
    ir.ext32u(q, q)
    store_reg(ctx, a.rd, q)
    return True


def trans_UDIV(ctx, a):
    ir = ctx.ir
    m = load_reg(ctx, a.rm)
    q = ctx.temp()
    ir.divu(q, load_reg(ctx, a.rn), m)
    zero = ctx.const(0)
    ir.movcond(O.COND_EQ, q, m, zero, zero, q)
    store_reg(ctx, a.rd, q)
    return True


__all__ = [n for n in dir() if n.startswith("trans_")] + ["gen_alu", "to_s64"]
