"""Test harness for the Arm target: a cortex-a15 on 64 KiB of RAM at
0x40000000 running code through the pure-Python IR interpreter shared with
the RISC-V tests (tests/targets/riscv/ir_interp.py)."""

from emu.qom.object import object_new

from targets.arm.cpu import CPU_MODELS

from tests.targets.riscv.ir_interp import RAM, run

RAM_BASE = 0x40000000
CODE = RAM_BASE              # code is loaded here
DATA = RAM_BASE + 0x8000     # a scratch data area
STACK = RAM_BASE + 0xF000


class Clock:
    def __init__(self):
        self.ns = 0

    def now(self):
        return self.ns


class ArmRAM(RAM):
    def write_bytes(self, addr, data, rom_ok=False):
        self.load(addr, data)


class FakeMachine:
    """Just what CPUState.attach and the Arm CPU use."""

    def __init__(self):
        self.address_space = ArmRAM(RAM_BASE, 0x10000)
        self.clock = Clock()
        self.cpus = []


def make_cpu(model="cortex-a15"):
    cpu = object_new(CPU_MODELS[model].type_name)
    cpu.attach(FakeMachine(), 0)
    cpu.reset_pc = CODE
    cpu.reset()
    return cpu


def words_to_bytes(words):
    """'e0810002' (4 bytes, ARM) or '1840' (2 bytes, Thumb) hex words;
    a 32-bit Thumb instruction is given as 'f000f800' (first halfword first)."""
    blob = bytearray()
    for word in words:
        if len(word) == 9 and word[4] == " ":
            word = word.replace(" ", "")
        value = int(word, 16)
        if len(word) == 8 and word.startswith(("e8", "e9", "ea", "eb", "ec", "ed", "ee", "ef",
                                               "f")) and getattr(words_to_bytes, "thumb", False):
            blob += (value >> 16).to_bytes(2, "little") + (value & 0xFFFF).to_bytes(2, "little")
        else:
            blob += value.to_bytes(len(word) // 2, "little")
    return bytes(blob)


def run_code(words, regs=None, max_insns=1000, setup=None, thumb=False):
    """Load ``words`` at CODE, set registers from ``regs`` ({n: value}), run
    until the pc reaches the end of the code (or max_insns); returns the CPU."""
    cpu = make_cpu()
    words_to_bytes.thumb = thumb
    code = words_to_bytes(words)
    words_to_bytes.thumb = False
    loop = bytes.fromhex("fee7") if thumb else (0xEAFFFFFE).to_bytes(4, "little")
    cpu.address_space.load(CODE, code + loop)
    if thumb:
        cpu.env.thumb = 1
        cpu.update_tb_flags()
    for n, value in (regs or {}).items():
        cpu.set_reg(n, value)
    if setup is not None:
        setup(cpu)
    run(cpu, max_insns=max_insns, stop_pc=CODE + len(code))
    return cpu


def flags(cpu):
    """'NZCV' letters of the set flags, '-' for clear ones."""
    cpsr = cpu.cpsr_read()
    return "".join(c if cpsr >> (31 - i) & 1 else "-" for i, c in enumerate("NZCV"))
