"""PCI bus and devices at the configuration-space level.

:class:`PCIBus` routes type-1 style configuration addresses
(``bus << 16 | devfn << 8 | register``) to the :class:`PCIDevice` at that
devfn; empty slots read as all ones.  A :class:`PCIDevice` is 256 bytes of
type-0 header with the usual write masks: BARs keep only their address bits
(so writing all ones and reading back gives the size, as firmware probes
it), the command register keeps I/O, memory and bus-master enables, the
interrupt line is writable, everything else is read-only.

The config-space-only devices QEMU's clipper board carries are here as
:class:`PCIConfigDevice` types with the identity and BARs QEMU 7.2 gives
them: the i82378 PCI-ISA bridge, the CMD646 IDE controller, the Cirrus
CL-GD5446 VGA and the Intel 82540EM (e1000) NIC.  They do not decode their
BARs; firmware sees and programs them, nothing more.
"""

from emu.memory import LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.qom.device import DeviceState

PCI_VENDOR_ID = 0x00
PCI_DEVICE_ID = 0x02
PCI_COMMAND = 0x04
PCI_STATUS = 0x06
PCI_REVISION_ID = 0x08
PCI_CLASS_PROG = 0x09
PCI_CLASS_DEVICE = 0x0A
PCI_HEADER_TYPE = 0x0E
PCI_BASE_ADDRESS_0 = 0x10
PCI_SUBSYSTEM_VENDOR_ID = 0x2C
PCI_SUBSYSTEM_ID = 0x2E
PCI_INTERRUPT_LINE = 0x3C
PCI_INTERRUPT_PIN = 0x3D

BAR_IO = 0x1
BAR_MEM_PREFETCH = 0x8
COMMAND_MASK = 0x0007          # I/O, memory, bus master


def devfn(slot, func=0):
    return (slot << 3) | func


class PCIDevice(DeviceState):
    """A PCI function's configuration space (type-0 header)."""

    type_name = "pci-device"
    abstract = True
    vendor_id = 0
    device_id = 0
    revision = 0
    class_code = 0            # class << 16 | subclass << 8 | prog-if
    header_type = 0
    subsystem_vendor_id = 0
    subsystem_id = 0
    interrupt_pin = 0         # 1 = INTA
    bars = ()                 # (size, flags) per BAR; flags: BAR_IO, BAR_MEM_PREFETCH
    status = 0

    def instance_init(self):
        self.config = bytearray(256)
        self.wmask = bytearray(256)
        self.devfn = 0
        self.bus = None

    def realize(self):
        self._init_config()

    def _init_config(self):
        c = self.config
        c[:] = bytes(256)
        self.wmask[:] = bytes(256)
        self._put(PCI_VENDOR_ID, 2, self.vendor_id)
        self._put(PCI_DEVICE_ID, 2, self.device_id)
        self._put(PCI_STATUS, 2, self.status)
        self._put(PCI_REVISION_ID, 1, self.revision)
        self._put(PCI_CLASS_PROG, 3, self.class_code)
        self._put(PCI_HEADER_TYPE, 1, self.header_type)
        self._put(PCI_SUBSYSTEM_VENDOR_ID, 2, self.subsystem_vendor_id)
        self._put(PCI_SUBSYSTEM_ID, 2, self.subsystem_id)
        self._put(PCI_INTERRUPT_PIN, 1, self.interrupt_pin)
        self._put_mask(PCI_COMMAND, 2, COMMAND_MASK)
        self._put_mask(PCI_INTERRUPT_LINE, 1, 0xFF)
        for i, (size, flags) in enumerate(self.bars):
            if not size:
                continue
            reg = PCI_BASE_ADDRESS_0 + 4 * i
            self._put(reg, 4, flags)
            self._put_mask(reg, 4, ~(size - 1) & 0xFFFFFFFF)

    def _put(self, reg, size, value):
        self.config[reg:reg + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")

    def _put_mask(self, reg, size, mask):
        self.wmask[reg:reg + size] = (mask & ((1 << (8 * size)) - 1)).to_bytes(size, "little")

    def reset(self):
        self._init_config()

    # -- configuration accesses ------------------------------------------------
    def config_read(self, reg, size):
        if reg + size > 256:
            return (1 << (8 * size)) - 1
        return int.from_bytes(self.config[reg:reg + size], "little")

    def config_write(self, reg, value, size):
        for i in range(size):
            r = reg + i
            if r >= 256:
                break
            m = self.wmask[r]
            byte = (value >> (8 * i)) & 0xFF
            self.config[r] = (self.config[r] & ~m & 0xFF) | (byte & m)

    def bar_address(self, index):
        """The address firmware programmed into BAR index (flags removed)."""
        raw = self.config_read(PCI_BASE_ADDRESS_0 + 4 * index, 4)
        return raw & (~0x3 if raw & BAR_IO else ~0xF) & 0xFFFFFFFF


register_type(PCIDevice)


class PCIBus:
    """Bus 0 of a host bridge: devices by devfn, config accesses by address."""

    def __init__(self, name="pci"):
        self.name = name
        self.devices = {}

    def attach(self, dev, slot, func=0):
        fn = devfn(slot, func)
        if fn in self.devices:
            raise ValueError("PCI: slot %d function %d not available" % (slot, func))
        dev.devfn = fn
        dev.bus = self
        self.devices[fn] = dev
        return dev

    def free_slot(self, first=0):
        for slot in range(first, 32):
            if devfn(slot) not in self.devices:
                return slot
        raise ValueError("PCI: no slot available")

    def config_read(self, addr, size):
        """addr = bus << 16 | devfn << 8 | register."""
        dev = self._target(addr)
        if dev is None:
            return (1 << (8 * size)) - 1
        return dev.config_read(addr & 0xFF, size)

    def config_write(self, addr, value, size):
        dev = self._target(addr)
        if dev is not None:
            dev.config_write(addr & 0xFF, value, size)

    def _target(self, addr):
        if (addr >> 16) & 0xFF:
            return None
        return self.devices.get((addr >> 8) & 0xFF)


# --------------------------------------------------------------------------
# Configuration-space-only devices of the clipper board
# --------------------------------------------------------------------------

class PCIConfigDevice(PCIDevice):
    type_name = "pci-config-device"
    abstract = True


@register_type
class I82378(PCIConfigDevice):
    """Intel 82378 System I/O (PCI-to-ISA bridge)."""
    type_name = "i82378"
    desc = "Intel i82378 PCI-ISA bridge (configuration space)"
    vendor_id, device_id, revision = 0x8086, 0x0484, 0x03
    class_code = 0x060100
    status = 0x0200           # DEVSEL medium


@register_type
class CMD646IDE(PCIConfigDevice):
    """CMD646 IDE controller: two channels' command/control blocks and the
    bus-master DMA registers as I/O BARs."""
    type_name = "cmd646-ide"
    desc = "CMD646 PCI IDE (configuration space)"
    vendor_id, device_id, revision = 0x1095, 0x0646, 0x07
    class_code = 0x01018F
    interrupt_pin = 1
    bars = ((8, BAR_IO), (4, BAR_IO), (8, BAR_IO), (4, BAR_IO), (16, BAR_IO))


VGA_LEGACY_BASE = 0xA0000      # PCI memory address of the legacy VGA window
VGA_LEGACY_SIZE = 0x20000


@register_type
class CirrusVGA(PCIConfigDevice):
    """Cirrus CL-GD5446: 32 MiB prefetchable frame buffer, 4 KiB MMIO.

    Besides its configuration space it decodes the legacy VGA memory
    window (``legacy_vram``, 128 KiB at PCI memory 0xa0000, which the board
    maps): firmware writes its font and text screen there, and on QEMU
    those accesses complete instead of machine-checking.  The window is
    plain byte storage (no planes, no display)."""
    type_name = "cirrus-vga"
    desc = "Cirrus CLGD 54xx VGA (configuration space, legacy memory window)"
    vendor_id, device_id = 0x1013, 0x00B8
    class_code = 0x030000
    bars = ((32 << 20, BAR_MEM_PREFETCH), (4096, 0))

    def instance_init(self):
        super().instance_init()
        self.vram = bytearray(VGA_LEGACY_SIZE)

    def realize(self):
        super().realize()
        ops = MemoryRegionOps(self._vram_read, self._vram_write, endianness=LITTLE_ENDIAN,
                              valid_min=1, valid_max=8)
        self.legacy_vram = MemoryRegion.io("vga-lowmem", VGA_LEGACY_SIZE, ops, owner=self)

    def reset(self):
        super().reset()
        self.vram[:] = bytes(VGA_LEGACY_SIZE)

    def _vram_read(self, offset, size):
        return int.from_bytes(self.vram[offset:offset + size], "little")

    def _vram_write(self, offset, value, size):
        self.vram[offset:offset + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")


@register_type
class E1000(PCIConfigDevice):
    """Intel 82540EM gigabit Ethernet: 128 KiB MMIO, 64-byte I/O window."""
    type_name = "e1000"
    desc = "Intel Gigabit Ethernet (configuration space)"
    vendor_id, device_id, revision = 0x8086, 0x100E, 0x03
    class_code = 0x020000
    subsystem_vendor_id, subsystem_id = 0x1AF4, 0x1100
    interrupt_pin = 1
    bars = ((128 << 10, 0), (64, BAR_IO))
