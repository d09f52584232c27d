"""Test harness for the RISC-V target: a CPU on a RAM at 0x80000000 that
runs code through the pure-Python IR interpreter (ir_interp)."""

from emu.qom.object import object_new

from targets.riscv.cpu import CPU_MODELS

from tests.targets.riscv.ir_interp import RAM, run

RAM_BASE = 0x80000000
CODE = RAM_BASE              # code is loaded here
DATA = RAM_BASE + 0x8000     # a scratch data area


class Clock:
    def __init__(self):
        self.ns = 0

    def now(self):
        return self.ns


class FakeMachine:
    """Just what CPUState.attach and the RISC-V CPU use."""

    def __init__(self):
        self.address_space = RAM(RAM_BASE, 0x10000)
        self.clock = Clock()


def make_cpu(model="rv64"):
    cpu = object_new(CPU_MODELS[model].type_name)
    cpu.attach(FakeMachine(), 0)
    cpu.reset_pc = CODE
    cpu.reset()
    return cpu


def words_to_bytes(words):
    """'00a50533' (4 bytes) or '4515' (2 bytes) hex words, little-endian."""
    blob = bytearray()
    for word in words:
        blob += int(word, 16).to_bytes(len(word) // 2, "little")
    return bytes(blob)


def run_code(model, words, regs=None, max_insns=1000, setup=None):
    """Load ``words`` at CODE, set x registers from ``regs`` ({index: value}),
    run until the pc leaves the code or a trap is taken (mtvec points
    just after the code), or max_insns ran; returns the CPU."""
    cpu = make_cpu(model)
    code = words_to_bytes(words)
    # a `j .` after the code: the run stops when it reaches it
    cpu.address_space.load(CODE, code + words_to_bytes(["0000006f"]))
    cpu.set("mtvec", CODE + len(code))       # a trap also ends the run
    for index, value in (regs or {}).items():
        cpu.set("x", value, index)
    if setup is not None:
        setup(cpu)
    run(cpu, max_insns=max_insns, stop_pc=CODE + len(code))
    return cpu


def x(cpu, index):
    """x[index] as the signed value the register file holds."""
    return int(cpu.regs[cpu.regtable.slot("x", index)])


def ux(cpu, index):
    """x[index] as an unsigned xlen-bit value."""
    return x(cpu, index) & cpu.xlen_mask


def allow_all_pmp(cpu):
    """PMP entry 0 covers everything with RWX (S/U need one to run)."""
    cpu.set("pmpaddr", (1 << 54) - 1 if cpu.xlen == 64 else 0xFFFFFFFF, 0)
    cpu.set("pmpcfg", (3 << 3) | 7, 0)
