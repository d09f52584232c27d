"""RISC-V boards: importing this package registers `virt` and `spike`."""

from hw.riscv import spike, virt

__all__ = ["spike", "virt"]

import targets.riscv.cpu  # noqa: F401,E402  (registers the RISC-V CPU types the boards create)
