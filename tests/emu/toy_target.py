"""A tiny test-only target ("toy") for engine tests.

Every instruction is 8 bytes, little-endian::

    byte 0   opcode        byte 2   rs1
    byte 1   rd            byte 3   rs2 (or a memop / condition byte)
    bytes 4..7  imm32, sign-extended

Registers r0..r15 (r0 is an ordinary register), pc, tb_flags, mmu_idx,
fflags, and the exception bookkeeping (evec = handler pc, epc, cause,
tval).  The machine "toy" has 1 MiB of RAM at 0 and a recording MMIO
device at MMIO_BASE.  Build one with :func:`make_machine` and run it with
``emu.cpu_exec.run_cpu``.
"""

import struct

from emu.cpu import CPUState
from emu.machine import MachineClass, MachineState, register_machine
from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.regtable import Reg, RegisterTable
from emu.tcg import fops
from emu.tcg.helpers import GuestException
from emu.tcg.tbcache import TBCache
from emu.tcg.translator import DISAS_NORETURN, DISAS_TOO_MANY, DisasContextBase

RAM_SIZE = 1 << 20
MMIO_BASE = 0x100000
MMIO_SIZE = 0x1000
HANDLER = 0x8000            # default exception handler pc (evec reset value)
EXCP_ILLEGAL = 2

# --- opcodes --------------------------------------------------------------
OPC_ADDI, OPC_ADD, OPC_LD, OPC_ST, OPC_BCOND, OPC_JMP, OPC_JR = 1, 2, 3, 4, 5, 6, 7
OPC_RAISE, OPC_HALT, OPC_FADD, OPC_MOVI, OPC_HELPER, OPC_FLUSH, OPC_SUB = 8, 9, 10, 11, 12, 13, 14
OPC_NOP, OPC_EXIT = 15, 16


def _insn(opc, rd=0, rs1=0, rs2=0, imm=0):
    return struct.pack("<BBBBi", opc, rd, rs1, rs2, imm)


# assembler: one function per instruction, returning its 8 bytes
def addi(rd, rs1, imm): return _insn(OPC_ADDI, rd, rs1, 0, imm)           # rd = rs1 + imm
def add(rd, rs1, rs2): return _insn(OPC_ADD, rd, rs1, rs2)                # rd = rs1 + rs2
def sub(rd, rs1, rs2): return _insn(OPC_SUB, rd, rs1, rs2)                # rd = rs1 - rs2
def movi(rd, imm): return _insn(OPC_MOVI, rd, 0, 0, imm)                  # rd = imm
def ld(rd, rs1, imm, memop): return _insn(OPC_LD, rd, rs1, memop, imm)    # rd = mem[rs1 + imm]
def st(rs, rs1, imm, memop): return _insn(OPC_ST, rs, rs1, memop, imm)    # mem[rs1 + imm] = rs
def bcond(cond, ra, rb, off): return _insn(OPC_BCOND, ra, rb, cond, off)  # if cond(ra, rb): pc += off
def jmp(off): return _insn(OPC_JMP, 0, 0, 0, off)                         # pc += off (goto_tb)
def jr(rs1): return _insn(OPC_JR, 0, rs1)                                 # pc = rs1 (lookup)
def raise_(cause): return _insn(OPC_RAISE, 0, 0, 0, cause)                # helper raises cause
def halt(): return _insn(OPC_HALT)                                        # helper halts; exit_tb
def fadd(rd, rs1, rs2): return _insn(OPC_FADD, rd, rs1, rs2)              # f64 add (softfloat)
def helper(rd, rs1, rs2, imm): return _insn(OPC_HELPER, rd, rs1, rs2, imm)  # rd = rs1 * imm + rs2 in Python
def flush(): return _insn(OPC_FLUSH)                                      # helper requests tb_flush
def nop(): return _insn(OPC_NOP)
def exit_(): return _insn(OPC_EXIT)                                       # pc = next; exit_tb


TOY_REGS = RegisterTable([
    Reg("pc"), Reg("tb_flags"), Reg("mmu_idx"),
    Reg("r", count=16),
    Reg("fflags"),
    Reg("evec", reset=HANDLER),
    Reg("epc"), Reg("cause"), Reg("tval"),
])


# --- helpers (called through `call` ops) ------------------------------------
def helper_raise(cpu, _a, _b, cause):
    raise GuestException(cause, cpu.env.pc)


def helper_halt(cpu, _a, _b, _imm):
    cpu.halted = 1


def helper_madd(cpu, a, b, imm):
    cpu.helper_calls += 1
    return a * imm + b


def helper_flush(cpu, _a, _b, _imm):
    cpu.tb_flush()


class ToyDisas(DisasContextBase):
    """The toy front end: one trans step per 8-byte instruction."""

    def __init__(self, cpu, pc, flags, max_insns, ir):
        super().__init__(cpu, pc, flags, max_insns, ir)
        table = cpu.regtable
        self.pc_slot = table.slot("pc")
        self.r0 = table.slot("r")
        self.fflags = table.slot("fflags")

    def reg(self, n):
        return self.r0 + (n & 15)

    def goto(self, n, dest):
        self.ir.movi(self.pc_slot, dest)
        if self.use_goto_tb(dest):
            self.ir.goto_tb(n, dest)
        else:
            self.ir.lookup_and_goto_ptr()

    def translate_insn(self):
        pc = self.pc_next
        word = self.fetch_code(pc, 8)
        opc, rd, rs1, rs2 = word & 0xFF, (word >> 8) & 0xFF, (word >> 16) & 0xFF, (word >> 24) & 0xFF
        imm = (word >> 32) & 0xFFFFFFFF
        imm -= (imm >> 31) << 32
        self.pc_next = pc + 8
        ir = self.ir
        d, a, b = self.reg(rd), self.reg(rs1), self.reg(rs2)
        if opc == OPC_ADDI:
            ir.addi(d, a, imm)
        elif opc == OPC_ADD:
            ir.add(d, a, b)
        elif opc == OPC_SUB:
            ir.sub(d, a, b)
        elif opc == OPC_MOVI:
            ir.movi(d, imm)
        elif opc == OPC_LD:
            ir.ld(d, a, imm, rs2)
        elif opc == OPC_ST:
            ir.st(d, a, imm, rs2)
        elif opc == OPC_BCOND:
            taken = ir.new_label()
            ir.brcond(rs2, d, a, taken)
            self.goto(1, self.pc_next)
            ir.set_label(taken)
            self.goto(0, pc + imm)
            self.is_jmp = DISAS_NORETURN
        elif opc == OPC_JMP:
            self.goto(0, pc + imm)
            self.is_jmp = DISAS_NORETURN
        elif opc == OPC_JR:
            ir.mov(self.pc_slot, a)
            ir.lookup_and_goto_ptr()
            self.is_jmp = DISAS_NORETURN
        elif opc == OPC_RAISE:
            ir.call(helper_raise, imm=imm)
            ir.exit_tb()
            self.is_jmp = DISAS_NORETURN
        elif opc == OPC_HALT:
            ir.call(helper_halt)
            ir.movi(self.pc_slot, self.pc_next)
            ir.exit_tb(1)
            self.is_jmp = DISAS_NORETURN
        elif opc == OPC_FADD:
            ir.fop(d, a, b, -1, fops.FOP_F64_ADD, 0, 0, self.fflags)
        elif opc == OPC_HELPER:
            ir.call(helper_madd, d=d, a=a, b=b, imm=imm)
        elif opc == OPC_FLUSH:
            ir.call(helper_flush)
        elif opc == OPC_NOP:
            pass
        elif opc == OPC_EXIT:
            ir.movi(self.pc_slot, self.pc_next)
            ir.exit_tb(2)
            self.is_jmp = DISAS_NORETURN
        else:
            ir.call(helper_raise, imm=EXCP_ILLEGAL)
            ir.exit_tb()
            self.is_jmp = DISAS_NORETURN

    def tb_stop(self):
        if self.is_jmp == DISAS_TOO_MANY:
            self.goto(0, self.pc_next)


@register_type
class ToyCPU(CPUState):
    """The toy CPU: records every exception it takes."""

    type_name = "toy-cpu"
    target_name = "toy"
    regtable = TOY_REGS

    def instance_init(self):
        self.exceptions = []          # (cause, tval, pc, icount)
        self.helper_calls = 0
        self.max_insns = 512

    def make_disas_context(self, pc, flags, max_insns, ir):
        return ToyDisas(self, pc, flags, max_insns, ir)

    def max_insns_per_tb(self):
        return 1 if self.singlestep else self.max_insns

    def do_interrupt(self, excp, tval):
        env = self.env
        self.exceptions.append((excp, tval, env.pc, self.icount))
        env.epc = env.pc
        env.cause = excp
        env.tval = tval
        env.pc = env.evec

    def do_unaligned_access(self, addr, access, mmu_idx):
        raise GuestException(4 + access, addr)

    def raise_illegal_instruction(self):
        raise GuestException(EXCP_ILLEGAL, self.env.pc)


class RecordingDevice:
    """An MMIO device that logs accesses; reads return base + offset."""

    def __init__(self):
        self.log = []
        self.read_value = 0x1122334455667788
        self.ops = MemoryRegionOps(read=self.read, write=self.write, valid_min=1, valid_max=8)

    def read(self, offset, size):
        self.log.append(("r", offset, size))
        return (self.read_value + offset) & ((1 << (8 * size)) - 1)

    def write(self, offset, value, size):
        self.log.append(("w", offset, size, value))


@register_machine
class ToyMachine(MachineClass):
    name = "toy"
    desc = "test machine for the engine"
    arch = ("toy",)
    default_cpu_type = "toy-cpu"
    default_ram_size = RAM_SIZE

    def init(self, ms):
        ms.ram = MemoryRegion.ram(ms.arena, "toy.ram", RAM_SIZE)
        ms.system_memory.add_subregion(0, ms.ram)
        ms.mmio = RecordingDevice()
        ms.system_memory.add_subregion(MMIO_BASE, MemoryRegion.io("toy.mmio", MMIO_SIZE, ms.mmio.ops))
        ms.tbcache = TBCache(ms.arena)
        ms.new_cpu(0)


def make_machine(program=b"", base=0, pc=None):
    """A toy machine with ``program`` loaded at ``base``; returns (machine, cpu)."""
    ms = MachineState(ToyMachine, {"ram_size": RAM_SIZE, "icount_shift": 0}, "toy")  # exact budgets
    ms.board.init(ms)
    cpu = ms.cpus[0]
    if program:
        ms.address_space.write_bytes(base, program)
    cpu.env.pc = base if pc is None else pc
    return ms, cpu


def assemble(*insns):
    return b"".join(insns)


def reg(cpu, n):
    """Value of r<n> as a signed int."""
    return int(cpu.env.r[n])
