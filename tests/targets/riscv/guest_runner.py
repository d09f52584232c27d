"""Run the riscv test guests (tests/guests/riscv/elf) on the RISC-V CPU with
the pure-Python interpreter: RAM at 0x80000000, an NS16550A transmit
register at 0x10000000 and the SiFive test finisher at 0x100000, which is
all those bare-metal programs touch (besides traps they provoke)."""

import os

from elftools.elf.elffile import ELFFile

from tests.targets.riscv.harness import Clock
from tests.targets.riscv.ir_interp import RAM, run
from emu.qom.object import object_new
from targets.riscv.cpu import CPU_MODELS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
ELF_DIR = os.path.join(ROOT, "tests", "guests", "riscv", "elf")
UART = 0x10000000
FINISHER = 0x100000


class Finished(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class VirtLike(RAM):
    """128 KiB... of RAM plus the two devices the guests use."""

    def __init__(self):
        super().__init__(0x80000000, 0x100000)
        self.out = bytearray()

    def access(self, addr, size, is_write, value=0):
        if UART <= addr < UART + 8:
            if is_write and addr == UART:
                self.out.append(value & 0xFF)
            return (0x60 if addr == UART + 5 else 0), True
        if addr == FINISHER and is_write:
            status = value & 0xFFFF
            raise Finished(0 if status == 0x5555 else value >> 16)
        return super().access(addr, size, is_write, value)


class Machine:
    def __init__(self):
        self.address_space = VirtLike()
        self.clock = Clock()


def run_guest(name, model="rv64", max_insns=2_000_000):
    """Returns (exit code or None, console output)."""
    cpu = object_new(CPU_MODELS[model].type_name)
    machine = Machine()
    cpu.attach(machine, 0)
    cpu.reset_pc = 0x80000000
    cpu.reset()
    path = os.path.join(ELF_DIR, model, name)
    with open(path, "rb") as f:
        elf = ELFFile(f)
        for seg in elf.iter_segments():
            if seg["p_type"] == "PT_LOAD" and seg["p_filesz"]:
                machine.address_space.load(seg["p_paddr"], seg.data())
    code = None
    try:
        run(cpu, max_insns=max_insns)
    except Finished as fin:
        code = fin.code
    return code, machine.address_space.out.decode("latin-1"), cpu
