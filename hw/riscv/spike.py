"""The RISC-V "spike" board (QEMU 7.2's model of the Spike ISA simulator).

    0x00001000  0xf000   reset ROM   "riscv.spike.mrom" (same code as virt's)
    0x01000000  0x1000   HTIF, unless the loaded ELFs define tohost/fromhost,
                         in which case the HTIF window covers those words
    0x02000000  0x10000  CLINT: MSWI + MTIMER (10 MHz)
    0x80000000  -m       DRAM        "riscv.spike.ram"

``-bios`` default is OpenSBI's fw_dynamic *ELF* (HTIF needs its symbols);
``-bios none -kernel x.elf`` starts the harts at DRAM with the ELF loaded by
segments: riscv-tests end by writing (code << 1) | 1 to tohost.  Spike is the
default machine of qemu-system-riscv64 7.2.
"""

from emu.machine import MachineClass, register_machine
from emu.qom import object_new
from hw.char.riscv_htif import HTIF, htif_window
from hw.riscv import boot
from hw.core.fdt import (QEMU_FDT_SIZE, FdtNode, addr_cells, build_blob, cells,
                          dump_dtb_and_exit, padded, strings)
from hw.riscv.virt import (CLINT_BASE, DRAM_BASE, MROM_BASE, MROM_SIZE, Phandles,
                           bootargs_props, create_clint, create_harts, fdt_clint,
                           fdt_cpus, fdt_memory, map_ram, map_rom, xlen_of,
                           firmware_search_path)

HTIF_BASE, HTIF_SIZE = 0x1000000, 0x1000
SPIKE_CPUS_MAX = 8


def default_firmware_name(xlen):
    return "opensbi-riscv%d-generic-fw_dynamic.elf" % xlen


@register_machine
class SpikeMachine(MachineClass):
    """QEMU's `spike`."""

    name = "spike"
    version = None
    desc = "RISC-V Spike board"
    arch = ("riscv64", "riscv32")
    is_default = True
    default_cpu_type = None
    cpu_target = "riscv"
    default_ram_size = 128 << 20
    max_cpus = SPIKE_CPUS_MAX

    def machine_props(self):
        return {"dumpdtb": "Dump current dtb to a file and quit"}

    def init(self, ms):
        xlen = xlen_of(ms)
        self.harts = create_harts(ms)
        map_ram(ms, "riscv.spike.ram", DRAM_BASE, ms.ram_size)
        map_rom(ms, "riscv.spike.mrom", MROM_BASE, MROM_SIZE)
        self.swi, self.mtimer = create_clint(ms, self.harts)
        symbols = {}
        images = boot.BootImages(ms.address_space)
        ms.reset_handlers.append(images.reload)
        kernel_entry, initrd = self._load_images(ms, images, xlen, symbols)
        ms.symbols.update(symbols)
        self.htif = self._create_htif(ms, symbols)
        blob = build_blob(self.build_fdt(ms, xlen, initrd))
        if ms.machine_props.get("dumpdtb"):
            dump_dtb_and_exit(blob, ms.machine_props["dumpdtb"])
        self.fdt_addr = boot.fdt_load_addr(DRAM_BASE, ms.ram_size, QEMU_FDT_SIZE)
        images.add(self.fdt_addr, padded(blob))
        images.add(MROM_BASE, boot.reset_rom_image(xlen, DRAM_BASE, self.fdt_addr, kernel_entry))
        self.kernel_entry = kernel_entry

    def _load_images(self, ms, images, xlen, symbols):
        firmware_end = DRAM_BASE
        if ms.bios != "none":
            name = default_firmware_name(xlen) if ms.bios in (None, "default") else ms.bios
            path = boot.find_firmware(name, firmware_search_path(ms))
            firmware_end = boot.load_firmware(images, path, DRAM_BASE, ms.ram_size, symbols)
        if not ms.kernel:
            return 0, None
        start = boot.kernel_start_addr(xlen, firmware_end)
        entry = boot.load_kernel(images, ms.kernel, start, ms.ram_size, symbols)
        initrd = boot.load_initrd(images, ms.initrd, entry, ms.ram_size) if ms.initrd else None
        return entry, initrd

    def _create_htif(self, ms, symbols):
        base, size, to_off, from_off, uses_symbols = htif_window(symbols, HTIF_BASE)
        self.htif_uses_symbols = uses_symbols
        htif = object_new(HTIF.type_name)
        htif.set_prop("chardev", ms.serial_hd(0))
        htif.tohost_offset, htif.fromhost_offset, htif.size = to_off, from_off, size
        htif.controller = ms
        htif.memory = ms.address_space
        ms.add_device(htif)
        ms.system_memory.add_subregion(base, htif.mmio_regions[0], priority=1)
        return htif

    def build_fdt(self, ms, xlen, initrd=None):
        root = FdtNode("")
        root.prop("#address-cells", 2).prop("#size-cells", 2)
        root.prop("compatible", "ucbbar,spike-bare-dev").prop("model", "ucbbar,spike-bare,qemu")
        chosen = root.child("chosen")
        if initrd is not None:
            chosen.prop("linux,initrd-end", cells(initrd[1]))
            chosen.prop("linux,initrd-start", cells(initrd[0]))
        for name, value in bootargs_props(ms):
            chosen.prop(name, value)
        chosen.prop("stdout-path", "/htif")
        fdt_memory(root, DRAM_BASE, ms.ram_size)
        intc_ph = fdt_cpus(root, self.harts, xlen, Phandles())
        soc = root.child("soc")
        soc.prop("#address-cells", 2).prop("#size-cells", 2)
        soc.prop("compatible", "simple-bus").prop("ranges")
        fdt_clint(soc, CLINT_BASE, intc_ph)
        htif = root.child("htif")
        if not self.htif_uses_symbols:
            htif.prop("reg", cells(*addr_cells(HTIF_BASE), *addr_cells(HTIF_SIZE)))
        htif.prop("compatible", strings("ucb,htif0"))
        return root
