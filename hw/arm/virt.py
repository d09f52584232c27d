"""The Arm "virt" board (QEMU 7.2's virt-7.2 for qemu-system-arm), for the
devices pyemu has.

Memory map (QEMU's base_memmap):

    0x00000000  64 MiB   flash0 (-bios image)   "virt.flash0"
    0x04000000  64 MiB   flash1                 "virt.flash1"
    0x08000000  0x1000   GICv2 distributor      "gic_dist"
    0x08010000  0x2000   GICv2 CPU interface    "gic_cpu"
    0x09000000  0x1000   PL011 UART0, SPI 1     "pl011"
    0x09010000  0x1000   PL031 RTC, SPI 2       "pl031"
    0x40000000  -m       RAM                    "mach-virt.ram"

CPUs: cortex-a15 by default, without EL3/EL2 (secure=off,
virtualization=off), so they start in SVC mode; PSCI is served through
HVC (QEMU's built-in PSCI: CPU_ON, CPU_OFF, SYSTEM_OFF, SYSTEM_RESET,
VERSION (1.1), AFFINITY_INFO, FEATURES).  Generic timer outputs go to the
GIC PPIs 14 (physical) and 11 (virtual), i.e. interrupt IDs 30 and 27.
``-smp`` up to VIRT_CPUS_MAX: the GIC banks its CPU interface and the SGI/PPI
registers by the CPU whose access reaches it (``ms.accessing_cpu``, recorded
by the Arm CPU's tlb_fill, which every I/O access goes through).

Boot: ``-kernel x.elf`` loads the ELF by segments and starts every CPU
(secondaries powered off, for PSCI) at its entry in ARM state (Thumb when
the entry's bit 0 is set), registers zero.  The device tree goes at the
start of RAM when the image leaves room below it, as QEMU does; ``-bios
FILE`` loads FILE into flash0 and starts at 0.  ``-M virt,dumpdtb=FILE``
writes the tree and exits.

Migration: the devices register their sections as QEMU's virt does, in
creation order after the CPUs (`cpu_common` N, `cpu` N each): `arm_gic` 0,
`pl011` 0, `pl031` 0 (docs/targets/arm.md, "Migration state").
"""

from emu.irq import IRQ
from emu.loader.elf import EM_ARM, LoadError, load_elf
from emu.machine import MachineClass, MachineError, register_machine
from emu.memory import MemoryRegion
from emu.qom import object_class_by_name, object_new
from emu.semihosting import Semihosting, fallback_cmdline
from hw.char.pl011 import PL011
from hw.intc.arm_gic import ArmGIC
from hw.core.fdt import FdtNode, build_blob, cells, dump_dtb_and_exit, padded, strings
from hw.rtc.pl031 import PL031

import targets.arm.cpu  # noqa: F401  (registers the CPU types)

FLASH0_BASE, FLASH_SIZE = 0x00000000, 0x04000000
FLASH1_BASE = 0x04000000
GIC_DIST_BASE, GIC_CPU_BASE = 0x08000000, 0x08010000
UART_BASE, RTC_BASE = 0x09000000, 0x09010000
RAM_BASE = 0x40000000
NUM_IRQS = 256                      # SPIs QEMU's virt gives the GIC
UART_SPI, RTC_SPI = 1, 2
PPI_TIMER_PHYS, PPI_TIMER_VIRT = 14, 11
FDT_SIZE = 0x100000
VIRT_CPUS_MAX = 8

PSCI_VERSION = 0x84000000
PSCI_CPU_OFF = 0x84000002
PSCI_CPU_ON = 0x84000003
PSCI_AFFINITY_INFO = 0x84000004
PSCI_SYSTEM_OFF = 0x84000008
PSCI_SYSTEM_RESET = 0x84000009
PSCI_FEATURES = 0x8400000A
PSCI_SUCCESS, PSCI_NOT_SUPPORTED, PSCI_INVALID, PSCI_ALREADY_ON = 0, -1, -2, -4


def resolve_cpu_type(ms):
    """-cpu takes QEMU's model names; QOM types are "<model>-arm-cpu"."""
    name = ms.cpu_type or "cortex-a15"
    if object_class_by_name(name) is None and object_class_by_name(name + "-arm-cpu"):
        name += "-arm-cpu"
    if object_class_by_name(name) is None:
        raise MachineError("unable to find CPU model '%s'" % name)
    ms.cpu_type = name
    return name


@register_machine
class VirtMachine(MachineClass):
    """QEMU 7.2's `virt` for qemu-system-arm."""

    name = "virt"
    version = "0.1"
    desc = "QEMU 7.2 ARM Virtual Machine"
    arch = ("arm",)
    is_default = False
    default_cpu_type = "cortex-a15"
    cpu_target = "arm"
    default_ram_size = 128 << 20
    max_cpus = VIRT_CPUS_MAX

    def machine_props(self):
        return {"dumpdtb": "Dump current dtb to a file and quit",
                "secure": "Set on/off to enable/disable the ARM Security Extensions",
                "virtualization": "Set on/off to enable/disable emulating a guest CPU "
                                  "which implements the ARM Virtualization Extensions",
                "gic-version": "Set GIC version. Valid values are 2, 3, 4, host and max"}

    def init(self, ms):
        resolve_cpu_type(ms)
        self.ms = ms
        self.cpus = [ms.new_cpu(i) for i in range(ms.smp)]
        for cpu in self.cpus:
            cpu.reset_cbar = GIC_DIST_BASE
        self._map_memory(ms)
        self.gic = self._create_gic(ms)
        self.uart = self._create_uart(ms)
        self.rtc = self._create_rtc(ms)
        self._wire_timers()
        self.semihosting = self._create_semihosting(ms)
        for cpu in self.cpus:
            cpu.semihosting = self.semihosting
            cpu.psci_handler = self.psci_call
        self.image_end = RAM_BASE
        self.boot(ms)

    # -- memory and devices ------------------------------------------------------------
    def _map_memory(self, ms):
        self.flash0 = MemoryRegion.rom(ms.arena, "virt.flash0", FLASH_SIZE)
        self.flash1 = MemoryRegion.rom(ms.arena, "virt.flash1", FLASH_SIZE)
        ms.system_memory.add_subregion(FLASH0_BASE, self.flash0)
        ms.system_memory.add_subregion(FLASH1_BASE, self.flash1)
        self.ram = MemoryRegion.ram(ms.arena, "mach-virt.ram", ms.ram_size)
        ms.system_memory.add_subregion(RAM_BASE, self.ram)

    def _create_gic(self, ms):
        gic = object_new(ArmGIC.type_name)
        gic.num_cpu = len(self.cpus)
        gic.num_irq = NUM_IRQS + 32
        gic.current_cpu = lambda: getattr(ms, "accessing_cpu", self.cpus[0]).cpu_index
        ms.add_device(gic)
        ms.system_memory.add_subregion(GIC_DIST_BASE, gic.mmio_regions[0])
        ms.system_memory.add_subregion(GIC_CPU_BASE, gic.mmio_regions[1])
        n = len(self.cpus)
        for i, cpu in enumerate(self.cpus):
            gic.connect_irq(i, IRQ(lambda _n, level, c=cpu: c.set_irq_line(0, level)))
            gic.connect_irq(n + i, IRQ(lambda _n, level, c=cpu: c.set_irq_line(1, level)))
        return gic

    def spi(self, n):
        return self.gic.gpio_in[n]

    def ppi(self, cpu_index, ppi):
        return self.gic.gpio_in[NUM_IRQS + cpu_index * 32 + 16 + ppi]

    def _create_uart(self, ms):
        uart = object_new(PL011.type_name)
        uart.set_prop("chardev", ms.serial_hd(0))
        ms.add_device(uart)
        ms.system_memory.add_subregion(UART_BASE, uart.mmio_regions[0])
        uart.connect_irq(0, self.spi(UART_SPI))
        return uart

    def _create_rtc(self, ms):
        rtc = object_new(PL031.type_name)
        rtc.timer_list = ms.timers
        ms.add_device(rtc)
        ms.system_memory.add_subregion(RTC_BASE, rtc.mmio_regions[0])
        rtc.connect_irq(0, self.spi(RTC_SPI))
        return rtc

    def _wire_timers(self):
        for i, cpu in enumerate(self.cpus):
            timers = getattr(cpu, "gt_timers", None)
            if timers is None:
                continue
            timers.outputs[0] = self.ppi(i, PPI_TIMER_PHYS)
            timers.outputs[1] = self.ppi(i, PPI_TIMER_VIRT)

    def _create_semihosting(self, ms):
        opts = ms.options
        if not opts.get("semihosting"):
            return None
        config = opts.get("semihosting_config") or {}
        args = list(config.get("args") or [])
        cmdline = " ".join(args) if args else fallback_cmdline(ms.kernel, ms.append)
        out = None
        chardev_id = config.get("chardev")
        system = getattr(ms, "system", None)
        if chardev_id and system is not None and chardev_id in system.chardevs:
            chardev = system.chardevs[chardev_id]
            out = chardev.write
        return Semihosting(lambda status: ms.request_shutdown(status, "guest-shutdown"),
                           cmdline=cmdline, heap_layout=self.heap_layout,
                           console_out=out, userspace=bool(config.get("userspace")))

    def heap_layout(self):
        """SYS_HEAPINFO: the heap from the end of the loaded image to the
        end of RAM, the stack below the end of RAM (QEMU 7.2)."""
        ram_end = RAM_BASE + self.ms.ram_size
        return (self.image_end, ram_end, ram_end, self.image_end)

    # -- PSCI ----------------------------------------------------------------------------
    def psci_call(self, cpu, fn, args):
        if fn == PSCI_VERSION:
            return 0x00010001                       # PSCI 1.1, as QEMU 7.2
        if fn == PSCI_SYSTEM_OFF:
            self.ms.request_shutdown(0, "guest-shutdown")
            return None
        if fn == PSCI_SYSTEM_RESET:
            self.ms.request_reset("guest-reset")
            return None
        if fn == PSCI_CPU_OFF:
            cpu.power_off = True
            cpu.halted = 1
            cpu.exit_request()
            return None
        if fn == PSCI_CPU_ON:
            target, entry, context = args
            for other in self.cpus:
                if (other.mpidr_base | other.cpu_index) & 0xFFFFFF == target & 0xFFFFFF:
                    if not other.power_off:
                        return PSCI_ALREADY_ON
                    other.power_off = False
                    other.reset_pc = entry
                    other.reset()
                    other.set_reg(0, context)
                    other.halted = 0
                    other.exit_request()
                    return PSCI_SUCCESS
            return PSCI_INVALID
        if fn == PSCI_AFFINITY_INFO:
            for other in self.cpus:
                if other.cpu_index == args[0] & 0xFF:
                    return 1 if other.power_off else 0
            return PSCI_INVALID
        if fn == PSCI_FEATURES:
            known = (PSCI_VERSION, PSCI_CPU_OFF, PSCI_CPU_ON, PSCI_AFFINITY_INFO,
                     PSCI_SYSTEM_OFF, PSCI_SYSTEM_RESET)
            return 0 if args[0] in known else PSCI_NOT_SUPPORTED
        if fn >> 24 in (0x84, 0xC4, 0x95):
            return PSCI_NOT_SUPPORTED
        return None

    # -- boot --------------------------------------------------------------------------
    def boot(self, ms):
        blobs = []
        entry = RAM_BASE
        low, high = None, None
        if ms.bios:
            try:
                with open(ms.bios, "rb") as fh:
                    data = fh.read()
            except OSError:
                raise MachineError("Could not load ROM image '%s'" % ms.bios) from None
            if len(data) > FLASH_SIZE:
                raise MachineError("Could not load ROM image '%s'" % ms.bios)
            blobs.append((FLASH0_BASE, data))
            entry = FLASH0_BASE
        if ms.kernel:
            try:
                image = load_elf(ms.kernel, (EM_ARM,), "ARM", elf_class=32)
            except LoadError as exc:
                raise MachineError(str(exc)) from None
            for seg in image.segments:
                blobs.append((seg.paddr, bytes(seg.data)))
                if seg.memsz > len(seg.data):
                    blobs.append((seg.paddr + len(seg.data), bytes(seg.memsz - len(seg.data))))
                lo, hi = seg.paddr, seg.paddr + max(seg.memsz, len(seg.data))   # bss too, as QEMU's load_elf
                low = lo if low is None else min(low, lo)
                high = hi if high is None else max(high, hi)
            entry = image.entry
            ms.symbols.update({n: (s.value, s.size) if hasattr(s, "value") else s
                               for n, s in dict(image.symbols).items()})
            if high is not None and RAM_BASE <= high <= RAM_BASE + ms.ram_size:
                self.image_end = high
        blob = build_blob(self.build_fdt(ms))
        dumpdtb = ms.machine_props.get("dumpdtb")
        if dumpdtb:
            dump_dtb_and_exit(blob, dumpdtb)
        if low is None or low >= RAM_BASE + len(padded(blob, FDT_SIZE)) or \
                (high is not None and high <= RAM_BASE):
            blobs.append((RAM_BASE, padded(blob, FDT_SIZE)))
            self.fdt_addr = RAM_BASE
        else:
            self.fdt_addr = None
        self.blobs = blobs
        self._write_blobs()
        ms.reset_handlers.append(self._write_blobs)
        for cpu in self.cpus:
            cpu.reset_pc = entry
            cpu.power_off = cpu.cpu_index != 0 and bool(ms.kernel)
            cpu.reset()

    def _write_blobs(self):
        for addr, data in self.blobs:
            self.ms.address_space.write_bytes(addr, data, rom_ok=True)

    # -- device tree ------------------------------------------------------------------
    def build_fdt(self, ms):
        """The nodes QEMU's virt tree has for the devices pyemu models."""
        root = FdtNode("")
        root.prop("interrupt-parent", 0x8001)
        root.prop("#size-cells", 2).prop("#address-cells", 2)
        root.prop("compatible", "linux,dummy-virt")
        psci = root.child("psci")
        psci.prop("migrate", 0x84000005).prop("cpu_on", PSCI_CPU_ON)
        psci.prop("cpu_off", PSCI_CPU_OFF).prop("cpu_suspend", 0x84000001)
        psci.prop("method", "hvc")
        psci.prop("compatible", strings("arm,psci-1.0", "arm,psci-0.2", "arm,psci"))
        mem = root.child("memory@%x" % RAM_BASE)
        mem.prop("reg", cells(0, RAM_BASE, 0, ms.ram_size))
        mem.prop("device_type", "memory")
        rtc = root.child("pl031@%x" % RTC_BASE)
        rtc.prop("clock-names", "apb_pclk").prop("clocks", 0x8000)
        rtc.prop("interrupts", cells(0, RTC_SPI, 4))
        rtc.prop("reg", cells(0, RTC_BASE, 0, 0x1000))
        rtc.prop("compatible", strings("arm,pl031", "arm,primecell"))
        uart = root.child("pl011@%x" % UART_BASE)
        uart.prop("clock-names", strings("uartclk", "apb_pclk"))
        uart.prop("clocks", cells(0x8000, 0x8000))
        uart.prop("interrupts", cells(0, UART_SPI, 4))
        uart.prop("reg", cells(0, UART_BASE, 0, 0x1000))
        uart.prop("compatible", strings("arm,pl011", "arm,primecell"))
        intc = root.child("intc@%x" % GIC_DIST_BASE)
        intc.prop("phandle", 0x8001)
        intc.prop("reg", cells(0, GIC_DIST_BASE, 0, 0x10000, 0, GIC_CPU_BASE, 0, 0x10000))
        intc.prop("compatible", "arm,cortex-a15-gic")
        intc.prop("ranges").prop("#size-cells", 2).prop("#address-cells", 2)
        intc.prop("interrupt-controller").prop("#interrupt-cells", 3)
        cpus = root.child("cpus")
        cpus.prop("#size-cells", 0).prop("#address-cells", 1)
        for i in reversed(range(len(self.cpus))):
            node = cpus.child("cpu@%d" % i)
            node.prop("reg", i)
            if len(self.cpus) > 1:
                node.prop("enable-method", "psci")
            node.prop("compatible", "arm,cortex-a15").prop("device_type", "cpu")
        cpu_mask = (1 << len(self.cpus)) - 1
        flags = (cpu_mask << 8) | 4
        timer = root.child("timer")
        timer.prop("interrupts", cells(1, 13, flags, 1, 14, flags, 1, 11, flags, 1, 10, flags))
        timer.prop("always-on")
        timer.prop("compatible", strings("arm,armv7-timer"))
        clk = root.child("apb-pclk")
        clk.prop("phandle", 0x8000).prop("clock-output-names", "clk24mhz")
        clk.prop("clock-frequency", 24000000).prop("#clock-cells", 0)
        clk.prop("compatible", "fixed-clock")
        chosen = root.child("chosen")
        if ms.append:
            chosen.prop("bootargs", ms.append)
        chosen.prop("stdout-path", "/pl011@%x" % UART_BASE)
        return root
