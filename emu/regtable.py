"""Register tables: a target's architectural state as one flat int64 array.

A target lists its registers once (name, count, width, reset value, whether
it migrates); the table computes slot offsets.  The engine sees only the
array and slot numbers; Python code reads and writes named registers through
:class:`Env`.  Every target table must define the engine slots ``pc``,
``tb_flags`` (the value that keys TB lookup with the pc) and ``mmu_idx``.
"""

from dataclasses import dataclass

import numpy as np

ENGINE_SLOTS = ("pc", "tb_flags", "mmu_idx")


@dataclass(frozen=True)
class Reg:
    """One register or register array in a target's table."""
    name: str
    count: int = 1
    width: int = 64          # architectural width in bits (for gdb, vmstate)
    reset: int = 0
    migrated: bool = True
    doc: str = ""


class RegisterTable:
    """Slot layout computed from a list of :class:`Reg`."""

    def __init__(self, regs):
        self.regs = list(regs)
        self.by_name = {}
        offset = 0
        for reg in self.regs:
            if reg.name in self.by_name:
                raise ValueError("register %r listed twice" % reg.name)
            self.by_name[reg.name] = (offset, reg)
            offset += reg.count
        for name in ENGINE_SLOTS:
            if name not in self.by_name:
                raise ValueError("register table lacks the engine slot %r" % name)
        self.n_slots = offset

    def slot(self, name, index=0):
        offset, reg = self.by_name[name]
        if not 0 <= index < reg.count:
            raise IndexError("%s[%d] out of range" % (name, index))
        return offset + index

    def reg(self, name):
        return self.by_name[name][1]

    def new_state(self):
        """A fresh register file with reset values."""
        regs = np.zeros(self.n_slots + 1024, dtype=np.int64)   # + room for TB temps
        self.reset(regs)
        return regs

    def reset(self, regs):
        for offset, reg in self.by_name.values():
            regs[offset:offset + reg.count] = reg.reset

    def env(self, regs):
        return Env(self, regs)


class Env:
    """Named access to a register file: ``env.pc``, ``env.x[5]`` (a numpy view)."""

    def __init__(self, table, regs):
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_regs", regs)

    def __getattr__(self, name):
        try:
            offset, reg = self._table.by_name[name]
        except KeyError:
            raise AttributeError(name) from None
        if reg.count == 1:
            return int(self._regs[offset])
        return self._regs[offset:offset + reg.count]

    def __setattr__(self, name, value):
        try:
            offset, reg = self._table.by_name[name]
        except KeyError:
            raise AttributeError(name) from None
        if reg.count != 1:
            raise AttributeError("%s is an array; assign its elements" % name)
        value = int(value) & 0xFFFFFFFFFFFFFFFF
        self._regs[offset] = value - (1 << 64) if value >> 63 else value
