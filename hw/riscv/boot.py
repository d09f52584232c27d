"""Booting the RISC-V boards as QEMU 7.2 does: firmware, kernel, initrd,
device-tree placement, and the reset ROM with its fw_dynamic info.

Every hart starts at the reset ROM (0x1000).  The ROM's code, encoded here
instruction by instruction, is:

    1: auipc  t0, 0            # t0 = 0x1000
       addi   a2, t0, 40       # a2 = &fw_dynamic_info (right after the ROM words)
       csrr   a0, mhartid
       ld     a1, 32(t0)       # a1 = fdt address       (lw on rv32)
       ld     t0, 24(t0)       # t0 = start address     (lw on rv32)
       jr     t0
       .dword start_addr       # +24
       .dword fdt_addr         # +32
    fw_dynamic_info:           # +40: magic, version, next_addr, next_mode,
                               #      options, boot_hart (xlen words each)

The start address is the start of DRAM whatever the kernel's entry; the
fw_dynamic ``next_addr`` is where the kernel went (for an ELF: its lowest
loaded address, as QEMU 7.2's riscv_load_kernel returns it).

Images are written into guest memory now and again at every system reset,
like QEMU's ROM blobs.
"""

import os

from emu.machine import MachineError

FW_DYNAMIC_INFO_MAGIC = 0x4942534F          # "OSBI"
FW_DYNAMIC_INFO_VERSION = 2
FW_DYNAMIC_INFO_NEXT_MODE_S = 1

BIOS_SEARCH_PATH = ("/usr/share/qemu",)     # QEMU's data directory (-L adds more)
MiB = 1 << 20
FDT_MAX_ADDR = 3072 * MiB
EM_RISCV = 243


# --------------------------------------------------------------------------
# Instruction encodings for the reset ROM
# --------------------------------------------------------------------------

REG = {"zero": 0, "t0": 5, "a0": 10, "a1": 11, "a2": 12}
CSR_MHARTID = 0xF14


def _i_type(opcode, rd, funct3, rs1, imm):
    return ((imm & 0xFFF) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode


def enc_auipc(rd, imm20):
    return ((imm20 & 0xFFFFF) << 12) | (rd << 7) | 0x17


def enc_addi(rd, rs1, imm):
    return _i_type(0x13, rd, 0, rs1, imm)


def enc_csrr(rd, csr):
    """csrrs rd, csr, zero."""
    return _i_type(0x73, rd, 2, 0, csr)


def enc_load(rd, rs1, imm, xlen):
    """ld (rv64) or lw (rv32)."""
    return _i_type(0x03, rd, 3 if xlen == 64 else 2, rs1, imm)


def enc_jr(rs1):
    """jalr zero, 0(rs1)."""
    return _i_type(0x67, 0, 0, rs1, 0)


def reset_vector_words(xlen, start_addr, fdt_addr):
    """The ten 32-bit words of the reset ROM (code, start, fdt address)."""
    t0, a0, a1, a2 = REG["t0"], REG["a0"], REG["a1"], REG["a2"]
    words = [
        enc_auipc(t0, 0),
        enc_addi(a2, t0, 40),
        enc_csrr(a0, CSR_MHARTID),
        enc_load(a1, t0, 32, xlen),
        enc_load(t0, t0, 24, xlen),
        enc_jr(t0),
        start_addr & 0xFFFFFFFF,
        (start_addr >> 32) & 0xFFFFFFFF if xlen == 64 else 0,
        fdt_addr & 0xFFFFFFFF,
        (fdt_addr >> 32) & 0xFFFFFFFF if xlen == 64 else 0,
    ]
    return words


def fw_dynamic_info(xlen, next_addr, next_mode=FW_DYNAMIC_INFO_NEXT_MODE_S, boot_hart=0):
    """OpenSBI's struct fw_dynamic_info in xlen-sized little-endian words."""
    size = xlen // 8
    fields = (FW_DYNAMIC_INFO_MAGIC, FW_DYNAMIC_INFO_VERSION, next_addr, next_mode, 0, boot_hart)
    return b"".join((v & ((1 << xlen) - 1)).to_bytes(size, "little") for v in fields)


def reset_rom_image(xlen, start_addr, fdt_addr, kernel_entry):
    """The bytes QEMU puts at the reset ROM: code words, then fw_dynamic_info."""
    code = b"".join(w.to_bytes(4, "little") for w in reset_vector_words(xlen, start_addr, fdt_addr))
    return code + fw_dynamic_info(xlen, kernel_entry)


# --------------------------------------------------------------------------
# Images in guest memory
# --------------------------------------------------------------------------

class BootImages:
    """Blobs written into guest memory now and again at each system reset."""

    def __init__(self, address_space):
        self.space = address_space
        self.blobs = []          # (addr, bytes)

    def add(self, addr, data):
        self.blobs.append((addr, bytes(data)))
        self.space.write_bytes(addr, bytes(data), rom_ok=True)

    def reload(self):
        for addr, data in self.blobs:
            self.space.write_bytes(addr, data, rom_ok=True)


class ElfFile:
    """What the boards need of an ELF: loadable segments by physical address,
    the entry point, the lowest and highest loaded addresses, symbols."""

    def __init__(self, entry, segments, symbols, machine):
        self.entry = entry
        self.segments = segments          # [(paddr, bytes including bss)]
        self.symbols = symbols            # name -> (value, size)
        self.machine = machine
        self.low = min((a for a, _d in segments), default=0)
        self.high = max((a + len(d) for a, d in segments), default=0)


def read_elf(path):
    """An ElfFile, or None when path is not an ELF file.

    Uses emu.loader.elf when it is there, else pyelftools directly."""
    with open(path, "rb") as fh:
        if fh.read(4) != b"\x7fELF":
            return None
    try:
        from emu.loader.elf import load_elf    # noqa: F401  (shape checked below)
    except ImportError:
        load_elf = None
    if load_elf is not None:
        image = _from_loader(load_elf(path))
        if image is not None:
            return image
    return _read_elf_pyelftools(path)


def _from_loader(image):
    """Adapt emu.loader.elf's ElfImage, if it has the expected shape."""
    segments = []
    for seg in getattr(image, "segments", ()):
        paddr = getattr(seg, "paddr", None)
        data = getattr(seg, "data", None)
        if paddr is None or data is None:
            return None
        memsz = getattr(seg, "memsz", len(data))
        segments.append((paddr, bytes(data) + bytes(max(0, memsz - len(data)))))
    symbols = {}
    for name, sym in dict(getattr(image, "symbols", {}) or {}).items():
        if isinstance(sym, tuple):
            symbols[name] = (sym[0], sym[1] if len(sym) > 1 else 0)
        elif isinstance(sym, int):
            symbols[name] = (sym, 0)
        else:
            symbols[name] = (getattr(sym, "value", 0), getattr(sym, "size", 0))
    return ElfFile(image.entry, segments, symbols, getattr(image, "machine", EM_RISCV))


def _read_elf_pyelftools(path):
    from elftools.elf.elffile import ELFFile
    from elftools.elf.sections import SymbolTableSection
    with open(path, "rb") as fh:
        elf = ELFFile(fh)
        segments = []
        for seg in elf.iter_segments():
            if seg["p_type"] != "PT_LOAD" or seg["p_memsz"] == 0:
                continue
            data = seg.data()
            segments.append((seg["p_paddr"], data + bytes(seg["p_memsz"] - len(data))))
        symbols = {}
        for section in elf.iter_sections():
            if isinstance(section, SymbolTableSection):
                for sym in section.iter_symbols():
                    if sym.name:
                        symbols[sym.name] = (sym["st_value"], sym["st_size"])
        return ElfFile(elf.header["e_entry"], segments, symbols, elf.header["e_machine"])


def _machine_number(elf):
    machine = elf.machine
    if isinstance(machine, str):
        return EM_RISCV if machine in ("EM_RISCV", "RISC-V") else -1
    return machine


def load_elf_segments(images, elf):
    for paddr, data in elf.segments:
        images.add(paddr, data)


# --------------------------------------------------------------------------
# Firmware and kernel
# --------------------------------------------------------------------------

def default_firmware_name(xlen):
    return "opensbi-riscv%d-generic-fw_dynamic.bin" % xlen


def find_firmware(name, search_path=BIOS_SEARCH_PATH):
    """QEMU's qemu_find_file(BIOS): the name as given, then the data dirs."""
    if os.access(name, os.R_OK) and os.path.isfile(name):
        return name
    for directory in search_path:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            return candidate
    raise MachineError('Unable to load the RISC-V firmware "%s"' % name)


def load_firmware(images, path, load_addr, ram_limit, symbols=None):
    """An ELF at its own addresses, else a raw image at load_addr.
    Returns the end address of the firmware (QEMU's firmware_end_addr)."""
    elf = read_elf(path)
    if elf is not None and _machine_number(elf) == EM_RISCV:
        load_elf_segments(images, elf)
        if symbols is not None:
            symbols.update(elf.symbols)
        return elf.high
    data = _read_file(path)
    if not data or len(data) > ram_limit:
        raise MachineError("could not load firmware '%s'" % path)
    images.add(load_addr, data)
    return load_addr + len(data)


def kernel_start_addr(xlen, firmware_end):
    """Where a raw kernel goes: after the firmware, 2 MiB (rv64) or 4 MiB
    (rv32) aligned."""
    align = 2 * MiB if xlen == 64 else 4 * MiB
    return (firmware_end + align - 1) & ~(align - 1)


def load_kernel(images, path, start_addr, ram_limit, symbols=None):
    """An ELF by segments (returns its lowest address, as QEMU 7.2 does),
    else a raw image at start_addr (returns start_addr)."""
    elf = read_elf(path)
    if elf is not None and _machine_number(elf) == EM_RISCV:
        load_elf_segments(images, elf)
        if symbols is not None:
            symbols.update(elf.symbols)
        return elf.low
    data = _read_file(path)
    if data is None or len(data) > ram_limit:
        raise MachineError("could not load kernel '%s'" % path)
    images.add(start_addr, data)
    return start_addr


def load_initrd(images, path, kernel_entry, ram_size):
    """The initrd at kernel_entry + min(ram/2, 128 MiB); returns (start, end)."""
    start = kernel_entry + min(ram_size // 2, 128 * MiB)
    data = _read_file(path)
    if data is None:
        raise MachineError("could not load ramdisk '%s'" % path)
    images.add(start, data)
    return start, start + len(data)


def _read_file(path):
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def fdt_load_addr(dram_base, ram_size, fdt_size):
    """QEMU 7.2's riscv_load_fdt placement: below the end of DRAM (or 3 GiB,
    whichever is lower), 2 MiB aligned, leaving room for fdt_size bytes."""
    dram_end = dram_base + ram_size
    top = min(dram_end, FDT_MAX_ADDR) if dram_base < FDT_MAX_ADDR else dram_end
    return (top - fdt_size) & ~(2 * MiB - 1)
