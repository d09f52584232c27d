"""Console entry point: pyemu-system-alpha.

Importing the board module registers the machine and the CPU types; the
program itself is emu.vl.main.
"""

import sys

import hw.alpha.clipper  # noqa: F401  (registers the board)
import targets.alpha.cpu  # noqa: F401  (registers the CPU types)
from emu.vl import main


def main_alpha():
    sys.exit(main("alpha"))


if __name__ == "__main__":
    main_alpha()
