"""HTIF, the Berkeley host-target interface of the spike board.

The guest talks through two 64-bit words, ``tohost`` and ``fromhost``,
normally found as symbols of the loaded ELF (riscv-tests, bbl, OpenSBI);
the board maps this device's I/O window over them, above RAM.  A write to
tohost (low half first, then the high half, which triggers the command) is

    bits 63..56 device, 55..48 command, 47..0 payload

    device 0, command 0, payload odd   exit with status payload >> 1
    device 0, command 0, payload even  a proxied syscall block; only
                                       write(1 = console, buf, 1) is served
    device 1, command 1                console: write the payload's low byte
    device 1, command 0                console: read request; the next input
                                       byte arrives in fromhost as 0x100 | byte

After a command the device answers in fromhost (device and command bits
copied, low 16 bits the response) and clears tohost.  QEMU 7.2 keeps no
migration description for HTIF; pyemu migrates the device's registers
(section `riscv_htif`) so a snapshot taken between the two halves of a
tohost write, or before the guest read fromhost, continues exactly.
"""

from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import Property, register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import VMStateDescription, vmstate_uint8, vmstate_uint64

HTIF_DEV_SHIFT = 56
HTIF_CMD_SHIFT = 48
HTIF_DEV_SYSTEM = 0
HTIF_DEV_CONSOLE = 1
HTIF_SYSTEM_CMD_SYSCALL = 0
HTIF_CONSOLE_CMD_GETC = 0
HTIF_CONSOLE_CMD_PUTC = 1
PK_SYS_WRITE = 64
PAYLOAD_MASK = (1 << 48) - 1
MASK32 = 0xFFFFFFFF


@register_type
class HTIF(SysBusDevice):
    """The HTIF window.  The board sets ``tohost_offset``, ``fromhost_offset``
    and ``size`` (see :func:`htif_window`), ``controller`` (request_shutdown)
    and optionally ``memory`` (an AddressSpace, for proxied syscalls)."""

    type_name = "riscv.htif.uart"
    desc = "RISC-V host-target interface"
    properties = (Property("chardev", "chardev", None),)

    def instance_init(self):
        self.tohost_offset = 0
        self.fromhost_offset = 8
        self.size = 16
        self.controller = None
        self.memory = None
        self.tohost = 0
        self.fromhost = 0
        self.pending_read = 0
        self.allow_tohost = 0
        self.fromhost_inprogress = 0

    def realize(self):
        if self.chardev is not None and hasattr(self.chardev, "set_frontend"):
            self.chardev.set_frontend(lambda: 1, self.receive)
        ops = MemoryRegionOps(self._read, self._write, valid_min=1, valid_max=8,
                              impl_min=1, impl_max=4)
        self.mmio = MemoryRegion.io("riscv.htif.uart", self.size, ops, owner=self)
        self.init_mmio(self.mmio)

    # -- console input -------------------------------------------------------
    def receive(self, data):
        if len(data) != 1:
            return
        resp = 0x100 | data[0]
        self.fromhost = (self.pending_read >> 48 << 48) | resp

    # -- registers -------------------------------------------------------------
    def _read(self, offset, size):
        if offset == self.tohost_offset:
            return self.tohost & MASK32
        if offset == self.tohost_offset + 4:
            return (self.tohost >> 32) & MASK32
        if offset == self.fromhost_offset:
            return self.fromhost & MASK32
        if offset == self.fromhost_offset + 4:
            return (self.fromhost >> 32) & MASK32
        return 0

    def _write(self, offset, value, size):
        if offset == self.tohost_offset:
            if self.tohost == 0:
                self.allow_tohost = 1
                self.tohost = value & MASK32
            else:
                self.allow_tohost = 0
        elif offset == self.tohost_offset + 4:
            if self.allow_tohost:
                self.tohost |= (value & MASK32) << 32
                self.handle_tohost(self.tohost)
        elif offset == self.fromhost_offset:
            self.fromhost_inprogress = 1
            self.fromhost = value & MASK32
        elif offset == self.fromhost_offset + 4:
            self.fromhost |= (value & MASK32) << 32
            self.fromhost_inprogress = 0

    # -- commands --------------------------------------------------------------
    def handle_tohost(self, value):
        device = (value >> HTIF_DEV_SHIFT) & 0xFF
        cmd = (value >> HTIF_CMD_SHIFT) & 0xFF
        payload = value & PAYLOAD_MASK
        resp = 0
        if device == HTIF_DEV_SYSTEM and cmd == HTIF_SYSTEM_CMD_SYSCALL:
            if payload & 1:
                self.controller.request_shutdown(payload >> 1, "guest-shutdown")
                return
            resp = self._proxy_syscall(payload)
        elif device == HTIF_DEV_CONSOLE and cmd == HTIF_CONSOLE_CMD_GETC:
            self.pending_read = value
            self.tohost = 0
            return
        elif device == HTIF_DEV_CONSOLE and cmd == HTIF_CONSOLE_CMD_PUTC:
            self._putc(payload & 0xFF)
            resp = 0x100 | (payload & 0xFF)
        self.fromhost = (value >> 48 << 48) | (resp & 0xFFFF)
        self.tohost = 0

    def _putc(self, byte):
        if self.chardev is not None:
            self.chardev.write(bytes([byte]))

    def _proxy_syscall(self, addr):
        """pk's write(console, buf, 1); anything else is unsupported."""
        if self.memory is None:
            return 0
        words = [self.memory.read(addr + 8 * i, 8) for i in range(4)]
        if words[0] == PK_SYS_WRITE and words[1] == HTIF_DEV_CONSOLE \
                and words[3] == HTIF_CONSOLE_CMD_PUTC:
            self._putc(self.memory.read(words[2], 1))
            return 0x100 | (addr & 0xFF)
        return 0

    # Like QEMU's, the HTIF state survives a system reset (no reset hook).


def htif_window(symbols, default_base):
    """(base, size, tohost_offset, fromhost_offset, uses_symbols) for the
    HTIF window: over the ELF's tohost/fromhost words when both are known,
    else fromhost at default_base and tohost 8 bytes above it."""
    tohost = symbols.get("tohost", (None,))[0]
    fromhost = symbols.get("fromhost", (None,))[0]
    uses_symbols = tohost is not None and fromhost is not None
    if not uses_symbols:
        fromhost, tohost = default_base, default_base + 8
    base = min(tohost, fromhost)
    size = max(tohost + 8, fromhost + 8) - base
    return base, size, tohost - base, fromhost - base, uses_symbols


HTIF.vmsd = VMStateDescription(
    "riscv_htif", version_id=1, minimum_version_id=1,
    fields=(vmstate_uint64("tohost"), vmstate_uint64("fromhost"),
            vmstate_uint64("pending_read"), vmstate_uint8("allow_tohost"),
            vmstate_uint8("fromhost_inprogress")),
)
