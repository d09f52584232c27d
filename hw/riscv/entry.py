"""Console entry points: pyemu-system-riscv64 and pyemu-system-riscv32.

Importing the board modules registers the machines and CPU types; the
program itself is emu.vl.main.
"""

import sys

import hw.riscv.spike  # noqa: F401  (registers the board)
import hw.riscv.virt  # noqa: F401  (registers the board)
from emu.vl import main


def main_riscv64():
    sys.exit(main("riscv64"))


def main_riscv32():
    sys.exit(main("riscv32"))
