"""Console entry point: pyemu-system-arm.

Importing the board module registers the machine and the CPU types; the
program itself is emu.vl.main.
"""

import sys

import hw.arm.virt  # noqa: F401  (registers the board)
from emu.vl import main


def main_arm():
    sys.exit(main("arm"))


if __name__ == "__main__":
    main_arm()
