"""Privileged instructions: ecall, ebreak, mret, sret, wfi, sfence.vma.

Static privilege checks use the priv level in tb_flags; checks that depend
on mstatus bits (TSR, TW, TVM) happen in the helpers, which raise illegal
instruction with the instruction bits.
"""

from emu.tcg.helpers import GuestException
from emu.tcg.ir import to_s64
from emu.tcg.translator import DISAS_NORETURN

from targets.riscv import cpu_bits as B
from targets.riscv import mmu, trap
from targets.riscv.trans.common import (gen_end_tb, gen_exception, gen_illegal, gpr,
                                        require_ext, require_priv)


# --- helpers (run in Python, see emu.tcg.ir.IRBuilder.call) -------------------------------
def _illegal_if(condition, insn):
    if condition:
        raise GuestException(B.EXCP_ILLEGAL_INST, insn)


def helper_mret(cpu, _a, _b, insn):
    return to_s64(trap.mret(cpu))


def helper_sret(cpu, _a, _b, insn):
    tsr = cpu.get("mstatus") & B.MSTATUS_TSR
    _illegal_if(cpu.env.priv == B.PRV_S and tsr, insn)
    return to_s64(trap.sret(cpu))


def helper_wfi(cpu, _a, _b, insn):
    tw = cpu.get("mstatus") & B.MSTATUS_TW
    _illegal_if(cpu.env.priv < B.PRV_M and tw, insn)
    if not cpu.has_work():
        cpu.halted = True


def helper_sfence_vma(cpu, vaddr, _b, insn):
    tvm = cpu.get("mstatus") & B.MSTATUS_TVM
    _illegal_if(cpu.env.priv == B.PRV_S and tvm, insn)
    rs1 = (insn >> 15) & 0x1F
    mmu.sfence_vma(cpu, vaddr if rs1 else None, None)


# --- trans_ ------------------------------------------------------------------------------
def trans_ecall(ctx, a):
    """do_interrupt turns U_ECALL into the cause of the current mode."""
    gen_exception(ctx, B.EXCP_U_ECALL)
    return True


def trans_ebreak(ctx, a):
    gen_exception(ctx, B.EXCP_BREAKPOINT)      # mtval = 0, as QEMU 7.2
    return True


def gen_xret(ctx, helper):
    ctx.ir.call(helper, d=ctx.pc_slot, imm=ctx.opcode)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_mret(ctx, a):
    return require_priv(ctx, B.PRV_M) and gen_xret(ctx, helper_mret)


def trans_sret(ctx, a):
    return (require_ext(ctx, "S") and require_priv(ctx, B.PRV_S)
            and gen_xret(ctx, helper_sret))


def trans_wfi(ctx, a):
    """U-mode wfi is illegal when S exists; the helper checks TW."""
    if ctx.priv == B.PRV_U and "S" in ctx.misa_ext:
        return False
    ctx.ir.movi(ctx.pc_slot, ctx.pc_succ)
    ctx.ir.call(helper_wfi, imm=ctx.opcode)
    ctx.ir.exit_tb()
    ctx.is_jmp = DISAS_NORETURN
    return True


def trans_sfence_vma(ctx, a):
    if not (require_ext(ctx, "S") and require_priv(ctx, B.PRV_S)):
        return False
    ctx.ir.call(helper_sfence_vma, a=gpr(ctx, a.rs1), imm=ctx.opcode)
    gen_end_tb(ctx)
    return True


def trans_illegal(ctx, a):
    """Reserved encodings named in insn16.decode."""
    gen_illegal(ctx)
    return True


def trans_c64_illegal(ctx, a):
    """Encodings reserved on RV64 only (RV32 gives them another meaning)."""
    if ctx.xlen != 64:
        return False
    gen_illegal(ctx)
    return True
