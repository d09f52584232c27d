"""RV32I / RV64I base integer instructions (and Zifencei's fence.i)."""

from emu.tcg import ops as O

from targets.riscv.trans.common import (
    dest_gpr, gen_check_jump_align, gen_end_tb, gen_exception, gen_goto_tb,
    gen_set_gpr, gen_set_gpr_imm, gen_sext_gpr, gen_zext_gpr, gpr, memop,
    require_rv64)
from emu.tcg.translator import DISAS_NORETURN
from targets.riscv import cpu_bits as B


# --- upper immediates and jumps -----------------------------------------------------
def trans_lui(ctx, a):
    gen_set_gpr_imm(ctx, a.rd, a.imm)
    return True


def trans_auipc(ctx, a):
    gen_set_gpr_imm(ctx, a.rd, ctx.cur_pc + a.imm)
    return True


def _jump_target_ok(ctx, target):
    return "C" in ctx.misa_ext or target & 3 == 0


def trans_jal(ctx, a):
    target = (ctx.cur_pc + a.imm) & ctx.xlen_mask
    if not _jump_target_ok(ctx, target):
        t = ctx.temp()
        ctx.ir.movi(t, target)
        gen_exception(ctx, B.EXCP_INST_ADDR_MIS, t)
        return True
    gen_set_gpr_imm(ctx, a.rd, ctx.pc_succ)
    gen_goto_tb(ctx, 0, target)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_jalr(ctx, a):
    ir = ctx.ir
    target = ctx.temp()
    ir.addi(target, gpr(ctx, a.rs1), a.imm)
    ir.andi(target, target, -2)
    if ctx.xlen == 32:
        ir.ext32u(target, target)
    gen_check_jump_align(ctx, target)
    gen_set_gpr_imm(ctx, a.rd, ctx.pc_succ)
    ir.mov(ctx.pc_slot, target)
    ir.lookup_and_goto_ptr()
    ctx.is_jmp = DISAS_NORETURN
    return True


# --- conditional branches -----------------------------------------------------------
def gen_branch(ctx, a, cond):
    ir = ctx.ir
    target = (ctx.cur_pc + a.imm) & ctx.xlen_mask
    taken = ir.new_label()
    ir.brcond(cond, gpr(ctx, a.rs1), gpr(ctx, a.rs2), taken)
    gen_goto_tb(ctx, 1, ctx.pc_succ)
    ir.set_label(taken)
    if _jump_target_ok(ctx, target):
        gen_goto_tb(ctx, 0, target)
    else:
        t = ctx.temp()
        ir.movi(t, target)
        gen_exception(ctx, B.EXCP_INST_ADDR_MIS, t)
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_beq(ctx, a): return gen_branch(ctx, a, O.COND_EQ)
def trans_bne(ctx, a): return gen_branch(ctx, a, O.COND_NE)
def trans_blt(ctx, a): return gen_branch(ctx, a, O.COND_LT)
def trans_bge(ctx, a): return gen_branch(ctx, a, O.COND_GE)
def trans_bltu(ctx, a): return gen_branch(ctx, a, O.COND_LTU)
def trans_bgeu(ctx, a): return gen_branch(ctx, a, O.COND_GEU)


# --- loads and stores ---------------------------------------------------------------
def gen_load(ctx, a, mop):
    """Loads produce values already in register form (RV32 lw sign-extends)."""
    dest = ctx.x_base + a.rd if a.rd != 0 else ctx.temp()
    ctx.ir.ld(dest, gpr(ctx, a.rs1), a.imm, memop(ctx, mop))
    return True


def gen_store(ctx, a, mop):
    ctx.ir.st(gpr(ctx, a.rs2), gpr(ctx, a.rs1), a.imm, memop(ctx, mop))
    return True


def trans_lb(ctx, a): return gen_load(ctx, a, O.MO_SB)
def trans_lh(ctx, a): return gen_load(ctx, a, O.MO_SW)
def trans_lw(ctx, a): return gen_load(ctx, a, O.MO_SL)
def trans_lbu(ctx, a): return gen_load(ctx, a, O.MO_UB)
def trans_lhu(ctx, a): return gen_load(ctx, a, O.MO_UW)
def trans_lwu(ctx, a): return require_rv64(ctx) and gen_load(ctx, a, O.MO_UL)
def trans_ld(ctx, a): return require_rv64(ctx) and gen_load(ctx, a, O.MO_UQ)
def trans_sb(ctx, a): return gen_store(ctx, a, O.MO_UB)
def trans_sh(ctx, a): return gen_store(ctx, a, O.MO_UW)
def trans_sw(ctx, a): return gen_store(ctx, a, O.MO_UL)
def trans_sd(ctx, a): return require_rv64(ctx) and gen_store(ctx, a, O.MO_UQ)


# --- register-immediate arithmetic ------------------------------------------------------
def gen_arith_imm(ctx, a, emit, sext=True):
    dest = dest_gpr(ctx, a.rd)
    emit(dest, gpr(ctx, a.rs1), a.imm)
    gen_set_gpr(ctx, a.rd, dest, sext)
    return True


def trans_addi(ctx, a): return gen_arith_imm(ctx, a, ctx.ir.addi)
def trans_andi(ctx, a): return gen_arith_imm(ctx, a, ctx.ir.andi, False)
def trans_ori(ctx, a): return gen_arith_imm(ctx, a, ctx.ir.ori, False)
def trans_xori(ctx, a): return gen_arith_imm(ctx, a, ctx.ir.xori, False)


def trans_slti(ctx, a):
    return gen_arith_imm(ctx, a, lambda d, s, i: ctx.ir.setcondi(O.COND_LT, d, s, i), False)


def trans_sltiu(ctx, a):
    return gen_arith_imm(ctx, a, lambda d, s, i: ctx.ir.setcondi(O.COND_LTU, d, s, i), False)


# --- shifts by an immediate -----------------------------------------------------------
def gen_shift_imm(ctx, a, kind):
    """kind: 'shl', 'shr' or 'sar'; RV32 shifts see a 32-bit value."""
    if a.shamt >= ctx.xlen:
        return False
    ir = ctx.ir
    src = gpr(ctx, a.rs1)
    if ctx.xlen == 32 and kind != "shl":
        # RV32 values are kept sign-extended: sar is already right, and a
        # logical shift by n > 0 is the zero-extended field [n, 32), which is
        # below 2**31 and so in register form too
        if a.rd != 0:
            if kind == "sar" or a.shamt == 0:
                ir.sari(ctx.x_base + a.rd, src, a.shamt)
            else:
                ir.extract(ctx.x_base + a.rd, src, a.shamt, 32 - a.shamt)
        return True
    dest = dest_gpr(ctx, a.rd)
    getattr(ir, kind + "i")(dest, src, a.shamt)
    gen_set_gpr(ctx, a.rd, dest)
    return True


def trans_slli(ctx, a): return gen_shift_imm(ctx, a, "shl")
def trans_srli(ctx, a): return gen_shift_imm(ctx, a, "shr")
def trans_srai(ctx, a): return gen_shift_imm(ctx, a, "sar")


# --- register-register arithmetic ----------------------------------------------------------
def gen_arith(ctx, a, emit, sext=True):
    dest = dest_gpr(ctx, a.rd)
    emit(dest, gpr(ctx, a.rs1), gpr(ctx, a.rs2))
    gen_set_gpr(ctx, a.rd, dest, sext)
    return True


def trans_add(ctx, a): return gen_arith(ctx, a, ctx.ir.add)
def trans_sub(ctx, a): return gen_arith(ctx, a, ctx.ir.sub)
def trans_and(ctx, a): return gen_arith(ctx, a, ctx.ir.and_, False)
def trans_or(ctx, a): return gen_arith(ctx, a, ctx.ir.or_, False)
def trans_xor(ctx, a): return gen_arith(ctx, a, ctx.ir.xor, False)


def trans_slt(ctx, a):
    return gen_arith(ctx, a, lambda d, x, y: ctx.ir.setcond(O.COND_LT, d, x, y), False)


def trans_sltu(ctx, a):
    return gen_arith(ctx, a, lambda d, x, y: ctx.ir.setcond(O.COND_LTU, d, x, y), False)


def gen_shift(ctx, a, kind, width=None):
    """Shift by x[rs2] mod width (width = xlen, or 32 for the *w forms)."""
    ir = ctx.ir
    width = width or ctx.xlen
    count = ctx.temp()
    ir.andi(count, gpr(ctx, a.rs2), width - 1)
    if width == 32 and kind == "shr":
        src = gen_zext_gpr(ctx, a.rs1)
    elif width == 32 and kind == "sar":
        src = gen_sext_gpr(ctx, a.rs1)
    else:
        src = gpr(ctx, a.rs1)
    dest = ctx.temp()
    getattr(ir, kind)(dest, src, count)
    if width == 32:
        if a.rd != 0:
            ir.ext32s(ctx.x_base + a.rd, dest)
        return True
    gen_set_gpr(ctx, a.rd, dest, False)
    return True


def trans_sll(ctx, a): return gen_shift(ctx, a, "shl")
def trans_srl(ctx, a): return gen_shift(ctx, a, "shr")
def trans_sra(ctx, a): return gen_shift(ctx, a, "sar")


# --- RV64 word operations ----------------------------------------------------------------
def gen_word(ctx, a, emit):
    """emit(x[rd]), then sign-extend x[rd] from bit 31 in place (the packer
    fuses the pair into one op32s; nothing for rd = x0: word operations have
    no side effects)."""
    if a.rd == 0:
        return True
    dest = ctx.x_base + a.rd
    emit(dest)
    ctx.ir.ext32s(dest, dest)
    return True


def trans_addiw(ctx, a):
    if not require_rv64(ctx):
        return False
    if a.imm == 0:                      # sext.w
        if a.rd != 0:
            ctx.ir.ext32s(ctx.x_base + a.rd, gpr(ctx, a.rs1))
        return True
    return gen_word(ctx, a, lambda d: ctx.ir.addi(d, gpr(ctx, a.rs1), a.imm))


def trans_slliw(ctx, a):
    return require_rv64(ctx) and gen_word(
        ctx, a, lambda d: ctx.ir.shli(d, gpr(ctx, a.rs1), a.shamt))


def gen_shift_word_imm(ctx, a, signed):
    """srliw/sraiw: the field [shamt, 32) of x[rs1], zero- or sign-extended;
    a zero-extended field of at most 31 bits is already sign-extended, and a
    shift by 0 is sext.w."""
    if a.rd != 0:
        dest = ctx.x_base + a.rd
        src = gpr(ctx, a.rs1)
        if signed or a.shamt == 0:
            ctx.ir.sextract(dest, src, a.shamt, 32 - a.shamt)
        else:
            ctx.ir.extract(dest, src, a.shamt, 32 - a.shamt)
    return True


def trans_srliw(ctx, a):
    return require_rv64(ctx) and gen_shift_word_imm(ctx, a, False)


def trans_sraiw(ctx, a):
    return require_rv64(ctx) and gen_shift_word_imm(ctx, a, True)


def trans_addw(ctx, a):
    return require_rv64(ctx) and gen_word(
        ctx, a, lambda d: ctx.ir.add(d, gpr(ctx, a.rs1), gpr(ctx, a.rs2)))


def trans_subw(ctx, a):
    return require_rv64(ctx) and gen_word(
        ctx, a, lambda d: ctx.ir.sub(d, gpr(ctx, a.rs1), gpr(ctx, a.rs2)))


def trans_sllw(ctx, a): return require_rv64(ctx) and gen_shift(ctx, a, "shl", 32)
def trans_srlw(ctx, a): return require_rv64(ctx) and gen_shift(ctx, a, "shr", 32)
def trans_sraw(ctx, a): return require_rv64(ctx) and gen_shift(ctx, a, "sar", 32)


# --- ordering ---------------------------------------------------------------------------
def trans_fence(ctx, a):
    """One vCPU thread per executor: memory is already ordered."""
    return True


def trans_fence_i(ctx, a):
    """Stores to code pages already invalidate TBs; end the TB so the next
    instruction is fetched again."""
    gen_end_tb(ctx)
    return True
