"""QEMU's "clipper" machine: Alpha DP264/CLIPPER (QEMU hw/alpha/dp264.c).

Up to four EV67 CPUs on a Typhoon chipset (hw/alpha/typhoon.py); RAM at
physical 0.  PCI bus 0, in slot order: Cirrus VGA (slot 1), e1000 (slot 2),
CMD646 IDE (slot 3), i82378 PCI-ISA bridge (slot 7); the firmware sizes and
assigns their BARs.  ISA devices sit in the Pchip's PCI I/O space: the
i8259 pair (cascaded, output on Typhoon line 55), the i8042 keyboard
controller (0x60/0x64, IRQ 1), the i8254 PIT, the
MC146818 RTC (SRM epoch 1900; its periodic interrupt is the Typhoon
interval timer) and the SMC37C669's two 16550 UARTs (COM1 0x3f8 IRQ 4 =
-serial 0, COM2 0x2f8 IRQ 3).

Boot, as QEMU: the firmware ELF (-bios, default Debian's palcode-clipper)
is loaded by its KSEG addresses translated to physical, and every CPU
starts at its entry in PAL mode with PALBR = entry.  CPU 0 gets trap_arg0 =
RAM size, trap_arg1 = the -kernel ELF's entry (0 without one), trap_arg2 =
number of CPUs | (no graphics) << 6.  A -kernel ELF is loaded the same way;
-append goes to kernel_low - 0x6000.
"""

import os

from emu.loader.elf import LoadError, load_elf
from emu.machine import MachineClass, MachineError, register_machine
from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import object_class_by_name, object_new
from hw.alpha.i8042 import I8042
from hw.alpha.typhoon import CPU_IRQ_HARD, CPU_IRQ_SMP, CPU_IRQ_TIMER, Typhoon
from hw.char.serial import SerialISA
from hw.intc.i8259 import I8259Pair
from hw.pci.pci import VGA_LEGACY_BASE, CirrusVGA, CMD646IDE, E1000, I82378, PCIBus
from hw.rtc.mc146818rtc import MC146818RTC
from hw.timer.i8254 import PIT

EM_ALPHA_OLD = 0x9026
EM_ALPHA = 41
KSEG_BASE = 0xFFFFFC0000000000
BIOS_SEARCH_PATH = ("/usr/share/qemu",)
DEFAULT_FIRMWARE = "palcode-clipper"


def kseg_to_phys(addr):
    """QEMU's cpu_alpha_superpage_to_phys."""
    if ((addr >> 41) & 3) == 2:
        addr &= 0xFFFFFFFFFF
    return addr


def add_device(ms, dev):
    """ms.add_device, tolerating a migration registry without
    register_device (then the device is registered by its vmsd name)."""
    registry = ms.vmstate
    if registry is not None and dev.vmsd is not None and not hasattr(registry, "register_device"):
        dev.do_realize()
        ms.devices.append(dev)
        registry.register_vmstate(dev.vmsd.name, -1, dev.vmsd, dev)
        return dev
    return ms.add_device(dev)


def _cpu_irq_mask(kind):
    from targets.alpha import cpu_bits as B
    return {CPU_IRQ_HARD: B.INTERRUPT_HARD, CPU_IRQ_TIMER: B.INTERRUPT_TIMER,
            CPU_IRQ_SMP: B.INTERRUPT_SMP}[kind]


@register_machine
class ClipperMachine(MachineClass):
    """QEMU 7.2's `clipper`."""

    name = "clipper"
    desc = "Alpha DP264/CLIPPER"
    arch = ("alpha",)
    is_default = True
    default_cpu_type = "ev67-alpha-cpu"
    cpu_target = "alpha"
    default_ram_size = 128 << 20
    max_cpus = 4

    def init(self, ms):
        self._resolve_cpu_type(ms)
        self.cpus = [ms.new_cpu(i) for i in range(ms.smp)]
        ram = MemoryRegion.ram(ms.arena, "ram", ms.ram_size)
        ms.system_memory.add_subregion(0, ram)
        self.typhoon = self._create_typhoon(ms)
        self._create_pci(ms)
        self._create_isa(ms)
        self._boot(ms)

    @staticmethod
    def _resolve_cpu_type(ms):
        name = ms.cpu_type
        if object_class_by_name(name) is None and object_class_by_name(name + "-alpha-cpu"):
            ms.cpu_type = name + "-alpha-cpu"
        elif object_class_by_name(name) is None:
            raise MachineError("unable to find CPU model '%s'" % name)

    # -- chipset and devices ----------------------------------------------------------
    def _create_typhoon(self, ms):
        typhoon = object_new(Typhoon.type_name)
        cpus = self.cpus
        typhoon.num_cpus = len(cpus)
        typhoon.cpu_irq = lambda i, kind, level: cpus[i].set_interrupt(_cpu_irq_mask(kind), level)
        add_device(ms, typhoon)
        typhoon.map(ms.system_memory)
        typhoon.bus = PCIBus("pci")
        for i, cpu in enumerate(cpus):
            cpu.alarm_timer = ms.timers.new_timer(lambda i=i: typhoon.alarm(i))
        return typhoon

    def _create_pci(self, ms):
        bus = self.typhoon.bus
        for dev_type, slot in ((I82378, 7), (CirrusVGA, None), (E1000, None),
                               (CMD646IDE, None)):
            dev = object_new(dev_type.type_name)
            bus.attach(dev, slot if slot is not None else bus.free_slot(1))
            add_device(ms, dev)
            if dev_type is CirrusVGA:
                self.typhoon.pci_mem.add_subregion(VGA_LEGACY_BASE, dev.legacy_vram)

    def _map_isa(self, ms, dev, port, index=0):
        add_device(ms, dev)
        self.typhoon.pci_io.add_subregion(port, dev.mmio_regions[index])
        return dev

    def _create_isa(self, ms):
        io = self.typhoon.pci_io
        # Unclaimed ISA/PCI ports read as 0 and ignore writes (QEMU 7.2:
        # no machine check); port 0x61 (NMI status / speaker) reads 0x30 as
        # on QEMU's clipper.
        io.add_subregion(0, MemoryRegion.io("pci0-io-unassigned", 32 << 20, MemoryRegionOps(
            lambda o, s: 0, lambda o, v, s: None, valid_min=1, valid_max=8), owner=None),
            priority=-1)
        io.add_subregion(0x61, MemoryRegion.io("port61", 1, MemoryRegionOps(
            lambda o, s: 0x30, lambda o, v, s: None, valid_min=1, valid_max=1), owner=None))
        pic = object_new(I8259Pair.type_name)
        add_device(ms, pic)
        io.add_subregion(0x20, pic.master_region)
        io.add_subregion(0xA0, pic.slave_region)
        io.add_subregion(0x4D0, pic.elcr_region)
        pic.connect_irq(0, self.typhoon.isa_irq)
        self.typhoon.iack = pic.acknowledge
        self.pic = pic
        kbd = object_new(I8042.type_name)
        kbd.reset_request = lambda: ms.runtime.request_reset()
        self._map_isa(ms, kbd, 0x60)
        kbd.connect_irq(0, pic.irq_in[1])
        pit = object_new(PIT.type_name)
        pit.timer_list = ms.timers
        self._map_isa(ms, pit, 0x40)
        pit.connect_irq(0, pic.irq_in[0])
        rtc = object_new(MC146818RTC.type_name)
        rtc.set_prop("base_year", 1900)
        rtc.timer_list = ms.timers
        self._map_isa(ms, rtc, 0x70)
        rtc.connect_irq(0, self.typhoon.rtc_irq)
        self.rtc = rtc
        ms.rtc_clock_ns = rtc.rtc_clock_ns
        for index, (port, irq) in enumerate(((0x3F8, 4), (0x2F8, 3))):
            uart = object_new(SerialISA.type_name)
            uart.set_prop("iobase", port)
            uart.set_prop("irq", irq)
            uart.set_prop("chardev", ms.serial_hd(index))
            uart.timer_list = ms.timers
            self._map_isa(ms, uart, port)
            uart.connect_irq(0, pic.irq_in[irq])

    # -- boot --------------------------------------------------------------------------
    def _boot(self, ms):
        blobs = []
        cpu0 = self.cpus[0]
        cpu0.set("trap_arg0", ms.ram_size)
        cpu0.set("trap_arg1", 0)
        graphics = not ms.options.get("nographic")
        cpu0.set("trap_arg2", len(self.cpus) | ((0 if graphics else 1) << 6))
        firmware = ms.bios or DEFAULT_FIRMWARE
        path = self._find_firmware(firmware)
        if path is None:
            raise MachineError("no palcode provided")
        image = self._load(ms, path, blobs, "could not load palcode '%s'" % path)
        for cpu in self.cpus:
            cpu.set("pc", image.entry)
            cpu.set("palbr", image.entry)
        if ms.kernel:
            kimage = self._load(ms, ms.kernel, blobs, "could not load kernel '%s'" % ms.kernel)
            cpu0.set("trap_arg1", kimage.entry)
            kernel_low = min(kseg_to_phys(s.paddr) for s in kimage.segments)
            param = kernel_low - 0x6000
            if ms.append:
                data = ms.append.encode()[:0xFF] + b"\0"
                blobs.append((param, data))
                ms.address_space.write_bytes(param, data, rom_ok=True)
            if ms.initrd:
                self._load_initrd(ms, param, blobs)
        ms.reset_handlers.append(lambda: [ms.address_space.write_bytes(a, d, rom_ok=True)
                                          for a, d in blobs])

    @staticmethod
    def _find_firmware(name):
        if os.path.exists(name):
            return name
        for d in BIOS_SEARCH_PATH:
            candidate = os.path.join(d, name)
            if os.path.exists(candidate):
                return candidate
        return None

    @staticmethod
    def _load(ms, path, blobs, error):
        try:
            image = load_elf(path, (EM_ALPHA_OLD, EM_ALPHA), "Alpha", elf_class=64)
        except LoadError:
            raise MachineError(error) from None
        for seg in image.segments:
            base = kseg_to_phys(seg.paddr)
            data = seg.data + bytes(seg.memsz - len(seg.data))
            if not ms.address_space.is_ram(base, max(len(data), 1)):
                raise MachineError(error)
            ms.address_space.write_bytes(base, data, rom_ok=True)
            blobs.append((base, data))
        ms.symbols.update(image.symbols)
        return image

    @staticmethod
    def _load_initrd(ms, param, blobs):
        try:
            with open(ms.initrd, "rb") as fh:
                data = fh.read()
        except OSError:
            raise MachineError("could not load initial ram disk '%s'" % ms.initrd) from None
        base = (ms.ram_size - len(data)) & ~((1 << 13) - 1)
        ms.address_space.write_bytes(base, data, rom_ok=True)
        info = (base + KSEG_BASE).to_bytes(8, "little") + len(data).to_bytes(8, "little")
        ms.address_space.write_bytes(param + 0x100, info, rom_ok=True)
        blobs += [(base, data), (param + 0x100, info)]
