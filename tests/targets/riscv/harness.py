"""Test harness for the RISC-V target: one hart on RAM at 0x80000000,
running code on the real engine (emu.cpu_exec.run_cpu: the numba executor,
TB cache, softmmu TLB and the target's hooks), as pyemu runs guests.

The machine is a minimal test board (``riscv-test-ram``): 1 MiB of RAM and
nothing else, so anything outside RAM is unassigned (an access fault).
"""

from emu.cpu_exec import run_cpu
from emu.machine import MachineClass, MachineState
from emu.memory import MemoryRegion
from emu.tcg import exec as X
from emu.tcg.tbcache import TBCache

from targets.riscv.cpu import CPU_MODELS

RAM_BASE = 0x80000000
RAM_SIZE = 0x100000
CODE = RAM_BASE              # code is loaded here
DATA = RAM_BASE + 0x8000     # a scratch data area


class RiscvTestRam(MachineClass):
    """Tests only (not registered, so no -M lists it): one hart and RAM
    at 0x80000000."""

    name = "riscv-test-ram"
    desc = "RISC-V test board (RAM only)"
    arch = ("riscv64", "riscv32")
    default_cpu_type = "rv64-riscv-cpu"
    default_ram_size = RAM_SIZE

    def init(self, ms):
        ms.system_memory.add_subregion(RAM_BASE, MemoryRegion.ram(ms.arena, "ram", RAM_SIZE))
        ms.tbcache = TBCache(ms.arena)
        ms.new_cpu(0)


def make_cpu(model="rv64"):
    """A reset hart (pc = CODE, M-mode) on its own test machine."""
    cls = CPU_MODELS[model]
    ms = MachineState(RiscvTestRam, {"ram_size": RAM_SIZE, "cpu_type": cls.type_name},
                      "riscv%d" % cls.xlen)
    ms.board.init(ms)
    cpu = ms.cpus[0]
    cpu.reset_pc = CODE
    cpu.reset()
    return cpu


def words_to_bytes(words):
    """'00a50533' (4 bytes) or '4515' (2 bytes) hex words, little-endian."""
    blob = bytearray()
    for word in words:
        blob += int(word, 16).to_bytes(len(word) // 2, "little")
    return bytes(blob)


def load(cpu, addr, blob):
    cpu.address_space.write_bytes(addr, blob)


def run(cpu, max_insns=1000):
    """Run on the engine until max_insns instructions ran or the hart
    waits (wfi) with nothing pending; interrupts are checked first."""
    cpu.state[X.ST_EXIT_REQUEST] = 1
    return run_cpu(cpu, max_insns)


def run_code(model, words, regs=None, max_insns=1000, setup=None):
    """Load ``words`` at CODE followed by `j .` (4-aligned), point mtvec at that `j .`
    (so a trap also ends up there), set x registers from ``regs``
    ({index: value}), run; returns the CPU.  The run ends spinning on the
    `j .`, with the pc on it."""
    cpu = make_cpu(model)
    code = words_to_bytes(words)
    if len(code) % 4:
        code += words_to_bytes(["0001"])     # c.nop: mtvec must be 4-aligned
    load(cpu, CODE, code + words_to_bytes(["0000006f"]))
    cpu.set("mtvec", CODE + len(code))
    for index, value in (regs or {}).items():
        cpu.set("x", value, index)
    if setup is not None:
        setup(cpu)
    run(cpu, max_insns)
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
