"""Run the clipper board in-process: the machine the board builds, the
engine's vCPU loop, and a console that collects bytes.  Used by the Alpha
tests so they do not depend on the front ends (monitor, gdb, chardevs)."""

import os

from targets.alpha import cpu_bits as B

import hw.alpha.clipper  # noqa: F401  (registers the board)
import targets.alpha.cpu  # noqa: F401  (registers the CPU types)
from emu.cpu_exec import run_cpu
from emu.machine import MachineState, find_machine
from emu.tcg.tbcache import TBCache
from tests.machine_doubles import Console, Runtime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
GUESTS = os.path.join(ROOT, "tests", "guests", "alpha")


def build(bios=None, kernel=None, ram_size=None, smp=1, nographic=True, append=None,
          vmstate=False):
    """The clipper board, reset.  vmstate=True registers its migration
    state (ms.vmstate, RAM included) the way emu.system does."""
    console = Console()
    options = {"ram_size": ram_size, "smp_cpus": smp, "cpu_type": None, "machine_props": {},
               "kernel": kernel, "bios": bios, "append": append, "initrd": None,
               "icount_shift": None, "serial_hds": [console], "nographic": nographic}
    ms = MachineState(find_machine("clipper", "alpha"), options, "alpha")
    ms.tbcache = TBCache(ms.arena)
    ms.runtime = Runtime()
    ms.clock.icount_source = lambda: sum(cpu.icount for cpu in ms.cpus)
    if vmstate:
        from emu.clock_vmstate import register_clock_vmstate
        from migration.savevm import SaveVMRegistry
        ms.vmstate = SaveVMRegistry()
        register_clock_vmstate(ms)
    ms.board.init(ms)
    if vmstate:
        from migration.ram import RamMigration
        ms.ram_migration = RamMigration(lambda: list(ms.arena.blocks), 1 << 12)
        ms.vmstate.register_live("ram", 0, 4, ms.ram_migration)
    ms.reset()
    ms.console = console
    return ms


def run(ms, max_insns=50_000_000, no_reboot=True, slice_insns=200_000):
    """Run until the guest powers off (returns its status), asks for a
    reset (returns "reset" unless no_reboot: then 0, as QEMU), or the
    budget is spent (returns None)."""
    runtime = ms.runtime
    done = 0
    ms.clock.start()
    while done < max_insns:
        for cpu in ms.cpus:
            before = cpu.icount
            run_cpu(cpu, slice_insns)
            done += cpu.icount - before
        ms.timers.run_expired()
        if runtime.status is not None:
            return runtime.status
        if runtime.reset_pending:
            return 0 if no_reboot else "reset"
        if all(cpu.halted and not cpu.has_work() for cpu in ms.cpus):
            deadline = ms.timers.deadline()
            if deadline is None or deadline < 0:
                return None
            ms.clock.set_now(max(ms.clock.now(), deadline))
    return None


def run_guest(name, **kw):
    """Build the board with -bios elf/<name>-bios.elf, run it; (status, output)."""
    ms = build(bios=os.path.join(GUESTS, "elf", name + "-bios.elf"))
    status = run(ms, **kw)
    return status, bytes(ms.console.out)


class InsnRunner:
    """Run single instructions in PAL mode on one board: each distinct
    instruction word gets its own 64-byte slot (word, then a HALT), the
    PAL vectors at PALBR all HALT too, so a run ends either after the
    instruction or at the vector of the exception it raised.  A tuple of
    words runs as one sequence (one slot of 64 bytes)."""

    CODE = 0x200000               # physical address of the first slot
    PALBR = 0x100000              # vectors: PALBR + 0x80 * n
    KSEG = 0xFFFFFC0000000000
    HALT0 = (0x1D << 26) | (31 << 21) | (31 << 16) | 252       # hw_mtpr $31, HALT

    def __init__(self):
        self.ms = build(bios=os.path.join(GUESTS, "elf", "hello-bios.elf"))
        self.cpu = self.ms.cpus[0]
        self.slots = {}
        for off in range(0, 0x500, 0x80):
            self._put(self.PALBR + off, [self.HALT0])

    def _put(self, paddr, words):
        data = b"".join(w.to_bytes(4, "little") for w in words)
        self.ms.address_space.write_bytes(paddr, data, rom_ok=True)

    def run(self, word, fir=None, fpcr=0, gpr=None, **env):
        """Execute word (or a tuple of words, one TB); returns the CPU
        (inspect fir, fpcr, trap_arg*, pc).  env: other slots to set first."""
        if word not in self.slots:
            words = list(word) if isinstance(word, tuple) else [word]
            paddr = self.CODE + 0x40 * len(self.slots)
            assert len(words) < 15
            self._put(paddr, words + [self.HALT0])
            self.slots[word] = paddr
        cpu = self.cpu
        for i, v in (fir or {}).items():
            cpu.set("fir", v, i)
        for i, v in (gpr or {}).items():
            cpu.set("ir", v, i)
        cpu.store_fpcr(fpcr)
        for name, value in env.items():
            cpu.set(name, value)
        cpu.set("palbr", self.KSEG + self.PALBR)
        cpu.set("trap_arg0", 0)
        cpu.set("trap_arg1", 0)
        cpu.set("exc_addr", 0)
        cpu.env.flags = B.FLAG_PAL_MODE | B.FLAG_FEN
        cpu.update_tb_flags()
        cpu.set("pc", self.KSEG + self.slots[word])
        cpu.halted = 0
        self.ms.runtime.status = None
        run(self.ms, max_insns=100)
        return cpu

    def trapped(self):
        """The exception vector offset the last run ended in, or None."""
        pc = self.cpu.get("pc") - self.KSEG
        if self.PALBR <= pc < self.PALBR + 0x500:
            return (pc - self.PALBR) & ~0x7F
        return None

    def fpcr(self):
        return self.cpu.load_fpcr()
