"""Zicsr: csrrw, csrrs, csrrc and their immediate forms.

All six go through one Python helper (targets.riscv.csr.helper_csr) that
decodes the CSR number, the operation and the rd/rs1 special cases from
the instruction bits, so that illegal accesses report those bits in mtval.
An instruction that writes a CSR ends the TB: it may change privilege-
dependent translation state, interrupt enables or the address space.
"""

from targets.riscv.csr import helper_csr
from targets.riscv.trans.common import gen_end_tb, gen_set_gpr, gpr


def gen_csr(ctx, a, immediate, always_writes):
    ir = ctx.ir
    src = -1 if immediate else gpr(ctx, a.rs1)
    dest = ctx.temp() if a.rd != 0 else -1
    ir.call(helper_csr, d=dest, a=src, imm=ctx.opcode)
    gen_set_gpr(ctx, a.rd, dest, False)
    if always_writes or a.rs1 != 0:
        gen_end_tb(ctx)
    return True


def trans_csrrw(ctx, a): return gen_csr(ctx, a, False, True)
def trans_csrrs(ctx, a): return gen_csr(ctx, a, False, False)
def trans_csrrc(ctx, a): return gen_csr(ctx, a, False, False)
def trans_csrrwi(ctx, a): return gen_csr(ctx, a, True, True)
def trans_csrrsi(ctx, a): return gen_csr(ctx, a, True, False)
def trans_csrrci(ctx, a): return gen_csr(ctx, a, True, False)
