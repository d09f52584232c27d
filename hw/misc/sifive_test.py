"""The SiFive test finisher ("riscv.sifive.test"): how a guest ends the run.

One 32-bit register at offset 0 of a 4 KiB window.  A write's low 16 bits
select the action and the high 16 bits carry a code:

    0x3333 FAIL  -> shutdown, exit status = code   (guest-panic cause)
    0x5555 PASS  -> shutdown, exit status 0
    0x7777 RESET -> system reset

Anything else, and any write elsewhere in the window, is ignored (QEMU
logs it as a guest error).  Reads return 0.  Accesses of 2 or 4 bytes are
valid.  The device holds no state, so it has no migration description.

The device asks a *run controller* for the shutdown or reset: any object
with ``request_shutdown(status, reason)`` and ``request_reset(reason)``
(the board passes its MachineState).
"""

from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom.device import SysBusDevice
from emu.qom import register_type

FINISHER_FAIL = 0x3333
FINISHER_PASS = 0x5555
FINISHER_RESET = 0x7777

MMIO_SIZE = 0x1000


@register_type
class SiFiveTest(SysBusDevice):
    """The finisher; ``controller`` is set by the board before realize."""

    type_name = "riscv.sifive.test"
    desc = "SiFive test finisher"

    def instance_init(self):
        self.controller = None

    def realize(self):
        ops = MemoryRegionOps(self._read, self._write, valid_min=2, valid_max=4)
        self.mmio = MemoryRegion.io("riscv.sifive.test", MMIO_SIZE, ops, owner=self)
        self.init_mmio(self.mmio)

    def _read(self, offset, size):
        return 0

    def _write(self, offset, value, size):
        if offset != 0:
            return
        status = value & 0xFFFF
        code = (value >> 16) & 0xFFFF
        if status == FINISHER_FAIL:
            self.controller.request_shutdown(code, "guest-panic")
        elif status == FINISHER_PASS:
            self.controller.request_shutdown(0, "guest-shutdown")
        elif status == FINISHER_RESET:
            self.controller.request_reset("guest-reset")
