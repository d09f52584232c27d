"""The RISC-V "virt" board, as QEMU 7.2 builds it for the devices pyemu has.

Memory map (QEMU's virt_memmap):

    0x00001000  0xf000      reset ROM        "riscv_virt_board.mrom"
    0x00100000  0x1000      SiFive test finisher (poweroff/reboot syscon)
    0x02000000  0x10000     CLINT: MSWI + MTIMER (10 MHz)
    0x0c000000  0x600000    PLIC, 96 sources, 7 priorities, contexts M+S per hart
    0x10000000  0x100       NS16550A UART0 (8 byte registers), PLIC source 10
    0x80000000  -m          DRAM             "riscv_virt_board.ram"

Boot: see hw/riscv/boot.py.  ``-bios`` default is Debian's OpenSBI
fw_dynamic at the start of DRAM and the kernel follows it (2 MiB aligned on
rv64, 4 MiB on rv32); ``-bios none`` starts the harts at DRAM (the kernel
loaded where its ELF says, a raw kernel at DRAM).  The device tree carries
QEMU's nodes and properties for these devices; ``-M virt,dumpdtb=FILE``
writes it and exits 0.

In QEMU 7.2 virt is unversioned and not the default machine of
qemu-system-riscv64 (spike is) nor of qemu-system-riscv32 (spike is too).
"""

import os

from emu.irq import IRQ
from emu.machine import MachineClass, MachineError, register_machine
from emu.memory import MemoryRegion
from emu.qom import object_class_by_name, object_new
from hw.intc.riscv_aclint import (MIP_MSIP_BIT, MIP_MTIP_BIT, TIMEBASE_FREQ,
                                  sifive_clint_create)
from hw.char.serial import SerialMM
from hw.intc.sifive_plic import SiFivePLIC, virt_plic_hart_config
from hw.misc.sifive_test import SiFiveTest
from hw.riscv import boot
from hw.core.fdt import (QEMU_FDT_SIZE, FdtNode, addr_cells, build_blob, cells,
                          dump_dtb_and_exit, padded, set_chosen, strings)

MIP_SEIP_BIT = 9
MIP_MEIP_BIT = 11

MROM_BASE, MROM_SIZE = 0x1000, 0xF000
TEST_BASE, TEST_SIZE = 0x100000, 0x1000
CLINT_BASE, CLINT_SIZE = 0x2000000, 0x10000
PLIC_BASE = 0xC000000
UART0_BASE, UART0_SIZE = 0x10000000, 0x100
DRAM_BASE = 0x80000000

VIRT_CPUS_MAX = 512
PLIC_NUM_SOURCES = 96
PLIC_NUM_PRIORITIES = 7
PLIC_CONTEXT_BASE, PLIC_CONTEXT_STRIDE = 0x200000, 0x1000
PLIC_SIZE = PLIC_CONTEXT_BASE + 2 * VIRT_CPUS_MAX * PLIC_CONTEXT_STRIDE
UART0_IRQ = 10
UART_CLOCK = 3686400
UART_BAUDBASE = 399193

DEFAULT_ISA = {
    64: "rv64imafdch_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc",
    32: "rv32imafdch_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc",
}
DEFAULT_MMU = {64: "riscv,sv48", 32: "riscv,sv32"}


# --------------------------------------------------------------------------
# Helpers shared with the spike board
# --------------------------------------------------------------------------

def xlen_of(ms):
    return 32 if ms.arch == "riscv32" else 64


def cpu_irq(cpu, mip_bit):
    """An IRQ input that drives one mip bit of a hart."""
    return IRQ(lambda _n, level: cpu.set_irq_line(mip_bit, level))


def resolve_cpu_type(ms):
    """-cpu takes QEMU's model names (rv64); QOM types are "<model>-riscv-cpu"."""
    name = ms.cpu_type or "rv%d" % xlen_of(ms)
    if object_class_by_name(name) is None and object_class_by_name(name + "-riscv-cpu"):
        name += "-riscv-cpu"
    ms.cpu_type = name
    return name


def create_harts(ms, reset_pc=MROM_BASE):
    resolve_cpu_type(ms)
    harts = []
    for index in range(ms.smp):
        cpu = ms.new_cpu(index)
        cpu.reset_pc = reset_pc
        harts.append(cpu)
    return harts


def map_ram(ms, name, base, size):
    ram = MemoryRegion.ram(ms.arena, name, size)
    ms.system_memory.add_subregion(base, ram)
    return ram


def map_rom(ms, name, base, size):
    rom = MemoryRegion.rom(ms.arena, name, size)
    ms.system_memory.add_subregion(base, rom)
    return rom


def map_device(ms, dev, base, index=0):
    ms.add_device(dev)
    ms.system_memory.add_subregion(base, dev.mmio_regions[index])
    return dev


def create_clint(ms, harts, base=CLINT_BASE):
    """The SiFive CLINT: MSIP and MTIP of every hart, and its time CSR."""
    swi, mtimer = sifive_clint_create(base, len(harts), ms.timers)
    map_device(ms, swi, base)
    map_device(ms, mtimer, base + 0x4000)
    for i, cpu in enumerate(harts):
        swi.connect_irq(i, cpu_irq(cpu, MIP_MSIP_BIT))
        mtimer.connect_irq(i, cpu_irq(cpu, MIP_MTIP_BIT))
        cpu.rdtime_fn = mtimer.rdtime
        if hasattr(cpu, "init_sstc"):
            cpu.init_sstc(ms.timers, mtimer.timebase_freq)
    # mtime starts at 0 with mtimecmp 0, so MTIP is pending from power-on (as
    # on QEMU).  Assert it now, and again after each system reset: CPU reset
    # runs after device reset and starts the harts with mip cleared.
    mtimer.reset()
    ms.reset_handlers.append(mtimer.reset)
    return swi, mtimer


def cpu_isa_string(cpu, xlen):
    value = getattr(cpu, "isa_string", None)
    if callable(value):
        value = value()
    return value or DEFAULT_ISA[xlen]


def cpu_mmu_type(cpu, xlen):
    value = getattr(cpu, "mmu_type", None)
    if callable(value):
        value = value()
    return value or DEFAULT_MMU[xlen]


class Phandles:
    """QEMU's phandle counter (starts at 1)."""

    def __init__(self):
        self.next = 1

    def alloc(self):
        value = self.next
        self.next += 1
        return value


def fdt_cpus(root, harts, xlen, phandles):
    """/cpus with one node per hart and the cpu-map; returns the harts'
    interrupt-controller phandles by hart index."""
    cpus = root.child("cpus")
    cpus.prop("#address-cells", 1).prop("#size-cells", 0)
    cpus.prop("timebase-frequency", TIMEBASE_FREQ)
    cpu_ph = [0] * len(harts)
    intc_ph = [0] * len(harts)
    for i in reversed(range(len(harts))):       # QEMU numbers them from the last hart
        cpu_ph[i] = phandles.alloc()
        intc_ph[i] = phandles.alloc()
    for i, cpu in enumerate(harts):
        node = cpus.child("cpu@%x" % i)
        node.prop("phandle", cpu_ph[i]).prop("device_type", "cpu").prop("reg", i)
        node.prop("status", "okay").prop("compatible", "riscv")
        node.prop("riscv,isa", cpu_isa_string(cpu, xlen))
        node.prop("mmu-type", cpu_mmu_type(cpu, xlen))
        intc = node.child("interrupt-controller")
        intc.prop("#interrupt-cells", 1).prop("interrupt-controller")
        intc.prop("compatible", "riscv,cpu-intc").prop("phandle", intc_ph[i])
    cluster = cpus.child("cpu-map").child("cluster0")
    for i in range(len(harts)):
        cluster.child("core%d" % i).prop("cpu", cpu_ph[i])
    return intc_ph


def fdt_memory(root, base, size):
    node = root.child("memory@%x" % base)
    node.prop("device_type", "memory")
    node.prop("reg", cells(*addr_cells(base), *addr_cells(size)))


def fdt_clint(soc, base, intc_ph):
    node = soc.child("clint@%x" % base)
    ext = []
    for ph in intc_ph:
        ext += [ph, MIP_MSIP_BIT, ph, MIP_MTIP_BIT]
    node.prop("interrupts-extended", cells(*ext))
    node.prop("reg", cells(*addr_cells(base), *addr_cells(CLINT_SIZE)))
    node.prop("compatible", strings("sifive,clint0", "riscv,clint0"))


def rng_seed():
    return os.urandom(32)


def fdt_chosen(root, ms, initrd, stdout_path):
    """/chosen: initrd range, rng-seed, bootargs, stdout-path (QEMU's order)."""
    chosen = root.child("chosen")
    if initrd is not None:
        chosen.prop("linux,initrd-end", cells(initrd[1]))
        chosen.prop("linux,initrd-start", cells(initrd[0]))
    chosen.prop("rng-seed", rng_seed())
    for name, value in bootargs_props(ms):
        chosen.prop(name, value)
    chosen.prop("stdout-path", stdout_path)
    return chosen


def bootargs_props(ms):
    return [("bootargs", ms.append.encode() + b"\0")] if ms.append else []


# --------------------------------------------------------------------------
# The board
# --------------------------------------------------------------------------

@register_machine
class VirtMachine(MachineClass):
    """QEMU's `virt` for RISC-V."""

    name = "virt"
    version = None
    desc = "RISC-V VirtIO board"
    arch = ("riscv64", "riscv32")
    is_default = False
    default_cpu_type = None            # rv64 or rv32 by binary: see resolve_cpu_type()
    cpu_target = "riscv"
    default_ram_size = 128 << 20
    max_cpus = VIRT_CPUS_MAX

    def machine_props(self):
        return {"dumpdtb": "Dump current dtb to a file and quit",
                "dtb": "Linux kernel device tree file"}

    def init(self, ms):
        xlen = xlen_of(ms)
        self.harts = create_harts(ms)
        map_ram(ms, "riscv_virt_board.ram", DRAM_BASE, ms.ram_size)
        map_rom(ms, "riscv_virt_board.mrom", MROM_BASE, MROM_SIZE)
        self.swi, self.mtimer = create_clint(ms, self.harts)
        self.plic = self._create_plic(ms)
        self.test = self._create_test(ms)
        self.uart = self._create_uart(ms)
        self.boot(ms, xlen)

    # -- devices -------------------------------------------------------------
    def _create_plic(self, ms):
        plic = object_new(SiFivePLIC.type_name)
        for name, value in (("hart-config", virt_plic_hart_config(len(self.harts))),
                            ("num-sources", PLIC_NUM_SOURCES),
                            ("num-priorities", PLIC_NUM_PRIORITIES),
                            ("aperture-size", PLIC_SIZE)):
            plic.set_prop(name, value)
        map_device(ms, plic, PLIC_BASE)
        for i, cpu in enumerate(self.harts):
            plic.connect_irq(plic.s_external_line(i), cpu_irq(cpu, MIP_SEIP_BIT))
            plic.connect_irq(plic.m_external_line(i), cpu_irq(cpu, MIP_MEIP_BIT))
        return plic

    def _create_test(self, ms):
        test = object_new(SiFiveTest.type_name)
        test.controller = ms
        return map_device(ms, test, TEST_BASE)

    def _create_uart(self, ms):
        uart = object_new(SerialMM.type_name)
        uart.set_prop("baudbase", UART_BAUDBASE)
        uart.set_prop("chardev", ms.serial_hd(0))
        uart.timer_list = ms.timers
        map_device(ms, uart, UART0_BASE)
        uart.connect_irq(0, self.plic.gpio_in[UART0_IRQ])
        return uart

    # -- boot ------------------------------------------------------------------
    def boot(self, ms, xlen):
        images = boot.BootImages(ms.address_space)
        ms.reset_handlers.append(images.reload)
        firmware_end = self._load_firmware(ms, images, xlen)
        kernel_entry, initrd = 0, None
        if ms.kernel:
            start = boot.kernel_start_addr(xlen, firmware_end)
            kernel_entry = boot.load_kernel(images, ms.kernel, start, ms.ram_size, ms.symbols)
            if ms.initrd:
                initrd = boot.load_initrd(images, ms.initrd, kernel_entry, ms.ram_size)
        blob, fdt_size = self.device_tree(ms, xlen, initrd)
        dumpdtb = ms.machine_props.get("dumpdtb")
        if dumpdtb:
            dump_dtb_and_exit(blob, dumpdtb)
        fdt_addr = boot.fdt_load_addr(DRAM_BASE, ms.ram_size, fdt_size)
        images.add(fdt_addr, padded(blob, fdt_size))
        images.add(MROM_BASE, boot.reset_rom_image(xlen, DRAM_BASE, fdt_addr, kernel_entry))
        self.fdt_addr = fdt_addr
        self.kernel_entry = kernel_entry

    def _load_firmware(self, ms, images, xlen):
        bios = ms.bios
        if bios == "none":
            return DRAM_BASE
        name = boot.default_firmware_name(xlen) if bios in (None, "default") else bios
        path = boot.find_firmware(name, firmware_search_path(ms))
        return boot.load_firmware(images, path, DRAM_BASE, ms.ram_size)

    # -- device tree -----------------------------------------------------------
    def device_tree(self, ms, xlen, initrd=None):
        """(blob, size QEMU reserves for it) for this machine."""
        if ms.machine_props.get("dtb") or ms.dtb:
            return self._user_dtb(ms.machine_props.get("dtb") or ms.dtb, bootargs_props(ms))
        return build_blob(self.build_fdt(ms, xlen, initrd)), QEMU_FDT_SIZE

    @staticmethod
    def _user_dtb(path, chosen):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            raise MachineError("load_device_tree() failed") from None
        return set_chosen(data, chosen), (len(data) + 10000) * 2

    def build_fdt(self, ms, xlen, initrd=None):
        """The tree, nodes and properties in the order QEMU's blob has them."""
        phandles = Phandles()
        root = FdtNode("")
        root.prop("#address-cells", 2).prop("#size-cells", 2)
        root.prop("compatible", "riscv-virtio").prop("model", "riscv-virtio,qemu")
        fdt_chosen(root, ms, initrd, "/soc/serial@%x" % UART0_BASE)
        poweroff = root.child("poweroff")
        reboot = root.child("reboot")
        fdt_memory(root, DRAM_BASE, ms.ram_size)
        intc_ph = fdt_cpus(root, self.harts, xlen, phandles)
        soc = root.child("soc")
        soc.prop("#address-cells", 2).prop("#size-cells", 2)
        soc.prop("compatible", "simple-bus").prop("ranges")
        plic_ph = phandles.alloc()
        test_ph = phandles.alloc()
        self._fdt_uart(soc, plic_ph)
        self._fdt_test(soc, test_ph)
        self._fdt_plic(soc, plic_ph, intc_ph)
        fdt_clint(soc, CLINT_BASE, intc_ph)
        for node, value, compat in ((poweroff, 0x5555, "syscon-poweroff"),
                                    (reboot, 0x7777, "syscon-reboot")):
            node.prop("value", value).prop("offset", 0).prop("regmap", test_ph)
            node.prop("compatible", compat)
        return root

    @staticmethod
    def _fdt_uart(soc, plic_ph):
        node = soc.child("serial@%x" % UART0_BASE)
        node.prop("interrupts", UART0_IRQ).prop("interrupt-parent", plic_ph)
        node.prop("clock-frequency", UART_CLOCK)
        node.prop("reg", cells(*addr_cells(UART0_BASE), *addr_cells(UART0_SIZE)))
        node.prop("compatible", "ns16550a")

    @staticmethod
    def _fdt_test(soc, test_ph):
        node = soc.child("test@%x" % TEST_BASE)
        node.prop("phandle", test_ph)
        node.prop("reg", cells(*addr_cells(TEST_BASE), *addr_cells(TEST_SIZE)))
        node.prop("compatible", strings("sifive,test1", "sifive,test0", "syscon"))

    @staticmethod
    def _fdt_plic(soc, plic_ph, intc_ph):
        node = soc.child("plic@%x" % PLIC_BASE)
        node.prop("phandle", plic_ph).prop("riscv,ndev", PLIC_NUM_SOURCES)
        node.prop("reg", cells(*addr_cells(PLIC_BASE), *addr_cells(PLIC_SIZE)))
        ext = []
        for ph in intc_ph:
            ext += [ph, MIP_MEIP_BIT, ph, MIP_SEIP_BIT]
        node.prop("interrupts-extended", cells(*ext))
        node.prop("interrupt-controller")
        node.prop("compatible", strings("sifive,plic-1.0.0", "riscv,plic0"))
        node.prop("#address-cells", 0).prop("#interrupt-cells", 1)


def firmware_search_path(ms):
    extra = tuple(ms.options.get("data_dirs", ()) or ())
    return extra + boot.BIOS_SEARCH_PATH
