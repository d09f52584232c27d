"""The RISC-V virt board: memory map, wiring, boot images, device tree."""

import os
import shutil
import struct
import subprocess

import libfdt
import pytest

from emu.system import BoardExit

from hw.riscv import boot
from tests.hw.hw_fakes import FakeChardev, build_machine, write_elf

NOP = b"\x13\x00\x00\x00"
OPENSBI64 = "/usr/share/qemu/opensbi-riscv64-generic-fw_dynamic.bin"
# What QEMU 7.2 has at 0x1000 for -M virt -bios none with a 128 MiB guest
# (read with the monitor's `xp /10wx 0x1000`).
QEMU_ROM_RV64 = [0x00000297, 0x02828613, 0xf1402573, 0x0202b583, 0x0182b283,
                 0x00028067, 0x80000000, 0x00000000, 0x87e00000, 0x00000000]
QEMU_ROM_RV32 = QEMU_ROM_RV64[:3] + [0x0202a583, 0x0182a283] + QEMU_ROM_RV64[5:]


@pytest.fixture
def kernel(tmp_path):
    return write_elf(str(tmp_path / "k.elf"), [(0x80000000, NOP * 4)], 0x80000000)


def virt(kernel=None, arch="riscv64", **options):
    chr_ = FakeChardev()
    options.setdefault("bios", "none")
    ms = build_machine("virt", arch, kernel=kernel, serial_hds=[chr_], **options)
    return ms, chr_


def words(ms, addr, n):
    return list(struct.unpack("<%dI" % n, ms.address_space.read_bytes(addr, 4 * n)))


def test_memory_map(kernel):
    ms, _chr = virt(kernel)
    find = ms.address_space.find
    assert find(0x1000).region.name == "riscv_virt_board.mrom" and find(0x1000).region.readonly
    assert find(0x1000).size == 0xF000
    assert find(0x80000000).region.name == "riscv_virt_board.ram"
    assert find(0x80000000).size == 128 << 20
    assert find(0x100000).region.name == "riscv.sifive.test"
    assert find(0x2000000).region.name == "riscv.aclint.swi"
    assert find(0x2004000).region.name == "riscv.aclint.mtimer"
    assert find(0xC000000).region.name == "riscv.sifive.plic" and find(0xC000000).size == 0x600000
    assert find(0x10000000).region.name == "serial" and find(0x10000000).size == 8
    assert find(0x10000008) is None and find(0x0) is None


def test_reset_rom_matches_qemu_rv64(kernel):
    ms, _chr = virt(kernel)
    assert words(ms, 0x1000, 10) == QEMU_ROM_RV64
    info = struct.unpack("<6Q", ms.address_space.read_bytes(0x1028, 48))
    assert info == (0x4942534F, 2, 0x80000000, 1, 0, 0)
    assert all(cpu.reset_pc == 0x1000 for cpu in ms.cpus)


def test_reset_rom_matches_qemu_rv32(tmp_path):
    elf = write_elf(str(tmp_path / "k32.elf"), [(0x80000000, NOP)], 0x80000000, elfclass=32)
    ms, _chr = virt(elf, arch="riscv32")
    assert words(ms, 0x1000, 10) == QEMU_ROM_RV32
    assert words(ms, 0x1028, 6) == [0x4942534F, 2, 0x80000000, 1, 0, 0]


def test_fw_dynamic_next_addr_is_the_elf_lowest_address(tmp_path):
    elf = write_elf(str(tmp_path / "k.elf"), [(0x80100000, NOP), (0x80000000, NOP)], 0x80100000)
    ms, _chr = virt(elf)
    assert ms.address_space.read(0x1038, 8) == 0x80000000
    assert ms.address_space.read(0x1018, 8) == 0x80000000        # the jump target: DRAM


def test_elf_segments_loaded_and_restored_on_reset(kernel):
    ms, _chr = virt(kernel)
    assert ms.address_space.read_bytes(0x80000000, 16) == NOP * 4
    ms.address_space.write(0x80000000, 4, 0xDEADBEEF)
    ms.reset()
    assert ms.address_space.read_bytes(0x80000000, 4) == NOP


def test_uart_output_and_finisher(kernel):
    ms, chr_ = virt(kernel)
    for b in b"ok\n":
        ms.address_space.write(0x10000000, 1, b)
    assert bytes(chr_.output) == b"ok\n"
    assert ms.address_space.read(0x10000005, 1) & 0x20
    ms.address_space.write(0x100000, 4, (3 << 16) | 0x3333)
    assert ms.runtime.events == [("shutdown", 3, "guest-panic")]


def test_uart_interrupt_reaches_meip_through_plic(kernel):
    ms, chr_ = virt(kernel, smp_cpus=2)
    space = ms.address_space
    hart1 = ms.cpus[1]
    space.write(0xC000000 + 4 * 10, 4, 1)                 # priority of UART0 (source 10)
    space.write(0xC002000 + 0x80 * 3, 4, 1 << 10)         # context 3 = hart 1 S-mode
    space.write(0x10000001, 1, 0x01)                      # IER: RX data
    chr_.type(b"x")
    assert not hart1.mip & (1 << 11)
    assert hart1.mip & (1 << 9)                           # SEIP
    assert space.read(0xC200000 + 0x1000 * 3 + 4, 4) == 10
    assert space.read(0x10000000, 1) == ord("x")
    space.write(0xC200000 + 0x1000 * 3 + 4, 4, 10)
    assert not hart1.mip & (1 << 9)


def test_clint_per_hart(kernel):
    ms, _chr = virt(kernel, smp_cpus=3)
    assert all(c.mip & 0x80 for c in ms.cpus)              # mtime 0, mtimecmp 0: MTIP
    for cpu in ms.cpus:
        cpu.mip = 0                                       # what a CPU reset does
    ms.reset()
    assert all(c.mip & 0x80 for c in ms.cpus)
    ms.address_space.write(0x2000008, 4, 1)
    assert [bool(c.mip & 8) for c in ms.cpus] == [False, False, True]
    assert all(c.rdtime_fn is not None for c in ms.cpus)
    ms.address_space.write(0x2004000 + 8, 8, 1 << 40)
    assert [bool(c.mip & 0x80) for c in ms.cpus] == [True, False, True]


def test_default_bios_is_opensbi_and_raw_kernel_goes_at_2mib(tmp_path):
    raw = tmp_path / "Image"
    raw.write_bytes(NOP * 8)
    ms, _chr = virt(str(raw), bios=None)
    with open(OPENSBI64, "rb") as fh:
        head = fh.read(64)
    assert ms.address_space.read_bytes(0x80000000, 64) == head
    assert ms.address_space.read_bytes(0x80200000, 32) == NOP * 8
    assert ms.address_space.read(0x1038, 8) == 0x80200000      # fw_dynamic next_addr
    assert ms.address_space.read(0x1018, 8) == 0x80000000


def test_kernel_start_address_alignment():
    assert boot.kernel_start_addr(64, 0x80000000) == 0x80000000
    assert boot.kernel_start_addr(64, 0x80041234) == 0x80200000
    assert boot.kernel_start_addr(32, 0x80041234) == 0x80400000


def test_missing_rv32_default_firmware_is_a_clear_error(monkeypatch):
    from emu.machine import MachineError
    monkeypatch.setattr(boot, "BIOS_SEARCH_PATH", ("/nonexistent",))
    with pytest.raises(MachineError, match='Unable to load the RISC-V firmware '
                                           '"opensbi-riscv32-generic-fw_dynamic.bin"'):
        build_machine("virt", "riscv32", bios=None, serial_hds=[FakeChardev()])


def test_fdt_address_and_header(kernel):
    ms, _chr = virt(kernel)
    assert ms.board.fdt_addr == 0x87E00000
    fdt = libfdt.Fdt(ms.address_space.read_bytes(0x87E00000, 0x2000))
    assert fdt.magic() == 0xD00DFEED
    assert fdt.getprop(fdt.path_offset("/chosen"), "stdout-path").as_str() == "/soc/serial@10000000"
    assert boot.fdt_load_addr(0x80000000, 4 << 30, 1 << 20) == 0xBFE00000


def test_append_and_initrd_in_chosen(kernel, tmp_path):
    initrd = tmp_path / "initrd"
    initrd.write_bytes(b"x\n")
    ms, _chr = virt(kernel, append="console=ttyS0 foo", initrd=str(initrd))
    fdt = libfdt.Fdt(ms.address_space.read_bytes(0x87E00000, 0x2000))
    chosen = fdt.path_offset("/chosen")
    assert fdt.getprop(chosen, "bootargs").as_str() == "console=ttyS0 foo"
    assert fdt.getprop(chosen, "linux,initrd-start").as_uint32() == 0x84000000
    assert fdt.getprop(chosen, "linux,initrd-end").as_uint32() == 0x84000002
    assert ms.address_space.read_bytes(0x84000000, 2) == b"x\n"


def test_dumpdtb_writes_blob_and_exits_zero(tmp_path, kernel):
    out = tmp_path / "v.dtb"
    with pytest.raises(BoardExit) as exc:
        virt(kernel, machine_props={"dumpdtb": str(out)})
    assert exc.value.status == 0
    data = out.read_bytes()
    assert len(data) == 1 << 20 and libfdt.Fdt(data).magic() == 0xD00DFEED


# -- against QEMU's own device tree ------------------------------------------

MODELLED = ("chosen", "poweroff", "reboot", "memory@", "cpus", "soc", "serial@",
            "test@", "plic@", "clint@", "cpu@", "interrupt-controller", "cpu-map",
            "cluster", "core", "htif")


def fdt_listing(blob):
    """[(path, [(prop, value)])] in blob order, for the nodes pyemu models;
    rng-seed's value (random per boot) is replaced by its length."""
    fdt = libfdt.Fdt(blob)
    out = []

    def walk(node, path):
        parts = [p for p in path.split("/") if p]
        if not all(p.startswith(MODELLED) for p in parts):
            return
        props = []
        off = fdt.first_property_offset(node, libfdt.QUIET_NOTFOUND)
        while off >= 0:
            prop = fdt.get_property_by_offset(off)
            value = bytes(prop)
            props.append((prop.name, len(value) if prop.name == "rng-seed" else value))
            off = fdt.next_property_offset(off, libfdt.QUIET_NOTFOUND)
        out.append((path or "/", props))
        child = fdt.first_subnode(node, libfdt.QUIET_NOTFOUND)
        while child >= 0:
            walk(child, path + "/" + fdt.get_name(child))
            child = fdt.next_subnode(child, libfdt.QUIET_NOTFOUND)

    walk(0, "")
    return out


def qemu_dtb(tmp_path, machine, arch="riscv64", *args):
    binary = shutil.which("qemu-system-" + arch)
    assert binary, "qemu-system-%s is needed (Debian package qemu-system-misc)" % arch
    out = tmp_path / ("qemu-%s.dtb" % machine)
    subprocess.run([binary, "-M", "%s,dumpdtb=%s" % (machine, out), "-bios", "none", *args],
                   check=True, capture_output=True)
    return out.read_bytes()


def pyemu_dtb(tmp_path, machine, arch="riscv64", **options):
    out = tmp_path / ("pyemu-%s.dtb" % machine)
    options.setdefault("bios", "none")
    with pytest.raises(BoardExit):
        build_machine(machine, arch, serial_hds=[FakeChardev()],
                      machine_props={"dumpdtb": str(out)}, **options)
    return out.read_bytes()


@pytest.mark.parametrize("arch, smp", [("riscv64", 1), ("riscv64", 2), ("riscv32", 1)])
def test_device_tree_matches_qemu(tmp_path, arch, smp):
    theirs = fdt_listing(qemu_dtb(tmp_path, "virt", arch, "-smp", str(smp)))
    ours = fdt_listing(pyemu_dtb(tmp_path, "virt", arch, smp_cpus=smp))
    assert ours == theirs


def test_device_tree_with_append_matches_qemu(tmp_path, kernel):
    theirs = fdt_listing(qemu_dtb(tmp_path, "virt", "riscv64", "-kernel", kernel,
                                  "-append", "console=ttyS0 quiet"))
    ours = fdt_listing(pyemu_dtb(tmp_path, "virt", kernel=kernel, append="console=ttyS0 quiet"))
    assert ours == theirs


def test_spike_device_tree_matches_qemu(tmp_path):
    theirs = fdt_listing(qemu_dtb(tmp_path, "spike"))
    ours = fdt_listing(pyemu_dtb(tmp_path, "spike"))
    assert ours == theirs
    assert any(path == "/htif" for path, _props in ours)


def test_rom_disassembles_as_documented(kernel):
    """The reset ROM read back through objdump (when binutils are here the
    encodings are checked against the assembler's view too)."""
    ms, _chr = virt(kernel)
    code = ms.address_space.read_bytes(0x1000, 24)
    objdump = shutil.which("riscv64-unknown-elf-objdump")
    assert code == b"".join(w.to_bytes(4, "little") for w in QEMU_ROM_RV64[:6])
    if objdump is None:
        return
    path = os.path.join(os.path.dirname(kernel), "rom.bin")
    with open(path, "wb") as fh:
        fh.write(code)
    text = subprocess.run([objdump, "-D", "-b", "binary", "-m", "riscv:rv64", path],
                          check=True, capture_output=True, text=True).stdout
    for insn in ("auipc\tt0,0x0", "a2,t0,40", "csrr\ta0,mhartid",
                 "ld\ta1,32(t0)", "ld\tt0,24(t0)", "jr\tt0"):
        assert insn in text
