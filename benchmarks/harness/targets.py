"""The guest systems benchmarked: one table entry per target.

A target is benchmarked when its bench ELF exists under
``benchmarks/guests/<guest_dir>/`` and its pyemu entry point module exists
(it is imported only in the child processes); QEMU
figures are added when ``qemu-system-<qemu_arch>`` is on PATH.  Adding a
target (arm, alpha, ...) is one more entry here: the ELF must define a
4-byte ``iterations`` variable in .data (see benchmarks/guests/riscv/bench.c)
and print ``bench: iterations=N checksum=0x...`` before exiting 0.
"""

import os
import shutil
from dataclasses import dataclass

BENCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_ROOT = os.path.dirname(BENCH_DIR)


@dataclass(frozen=True)
class BenchTarget:
    name: str          # short name used in results files: "riscv64"
    guest_dir: str     # benchmarks/guests/<guest_dir>/
    elf: str           # file name of the bench guest in guest_dir
    entry: str         # "module:function" of the pyemu console entry point
    qemu_arch: str     # qemu-system-<qemu_arch> / pyemu-system-<qemu_arch>
    machine_args: tuple  # command line before the ELF option, same for both
    elf_option: str = "-kernel"

    @property
    def elf_path(self):
        return os.path.join(BENCH_DIR, "guests", self.guest_dir, self.elf)

    @property
    def prog(self):
        return "pyemu-system-%s" % self.qemu_arch

    @property
    def qemu_binary(self):
        return "qemu-system-%s" % self.qemu_arch

    def argv(self, elf):
        """Arguments after the program name, for pyemu and QEMU alike."""
        return list(self.machine_args) + [self.elf_option, elf]

    def unavailable(self):
        """Why this target cannot be benchmarked now, or None."""
        if not os.path.exists(self.elf_path):
            return "no bench ELF at %s" % os.path.relpath(self.elf_path, REPO_ROOT)
        module = self.entry.split(":")[0]
        source = os.path.join(REPO_ROOT, *module.split(".")) + ".py"
        if not os.path.exists(source):
            return "no pyemu entry point %s (%s)" % (self.entry, os.path.relpath(source, REPO_ROOT))
        return None

    def qemu_available(self):
        return shutil.which(self.qemu_binary) is not None


TARGETS = [
    BenchTarget("riscv64", "riscv", "bench-rv64-virt.elf", "hw.riscv.entry:main_riscv64",
                "riscv64", ("-M", "virt", "-bios", "none", "-nographic")),
    BenchTarget("riscv32", "riscv", "bench-rv32-virt.elf", "hw.riscv.entry:main_riscv32",
                "riscv32", ("-M", "virt", "-bios", "none", "-nographic")),
    # The next ones are measured as soon as their bench ELFs are built.
    BenchTarget("arm", "arm", "bench-virt.elf", "hw.arm.entry:main_arm",
                "arm", ("-M", "virt", "-cpu", "cortex-a15", "-nographic", "-semihosting")),
    BenchTarget("alpha", "alpha", "bench-clipper.elf", "hw.alpha.entry:main_alpha",
                "alpha", ("-M", "clipper", "-nographic"), elf_option="-bios"),
]


def find_target(name):
    for target in TARGETS:
        if target.name == name:
            return target
    raise KeyError("unknown target %r (known: %s)" % (name, ", ".join(t.name for t in TARGETS)))
