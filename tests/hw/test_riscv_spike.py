"""The RISC-V spike board: HTIF over the ELF's tohost/fromhost, CLINT, ROM."""

import struct

from tests.hw.hw_fakes import FakeChardev, build_machine, write_elf

NOP = b"\x13\x00\x00\x00"
TOHOST, FROMHOST = 0x80001000, 0x80001040


def spike(tmp_path, symbols):
    elf = write_elf(str(tmp_path / "t.elf"), [(0x80000000, NOP * 4), (0x80001000, bytes(0x80))],
                    0x80000000, symbols)
    chr_ = FakeChardev()
    ms = build_machine("spike", "riscv64", bios="none", kernel=elf, serial_hds=[chr_])
    return ms, chr_


def test_htif_over_elf_symbols_prints_and_exits(tmp_path):
    ms, chr_ = spike(tmp_path, {"tohost": (TOHOST, 8), "fromhost": (FROMHOST, 8)})
    space = ms.address_space
    assert space.find(TOHOST).region.name == "riscv.htif.uart"
    assert space.find(0x80000000).region.name == "riscv.spike.ram"
    space.write(TOHOST, 8, (1 << 56) | (1 << 48) | ord("B"))
    assert chr_.output == b"B"
    assert space.read(FROMHOST, 8) == (1 << 56) | (1 << 48) | 0x100 | ord("B")
    space.write(TOHOST, 8, (5 << 1) | 1)
    assert ms.runtime.events == [("shutdown", 5, "guest-shutdown")]
    assert ms.symbols["tohost"][0] == TOHOST


def test_htif_default_window_without_symbols(tmp_path):
    ms, _chr = spike(tmp_path, {})
    assert ms.address_space.find(0x1000000).region.name == "riscv.htif.uart"
    ms.address_space.write(0x1000008, 8, 1)                   # tohost: exit 0
    assert ms.runtime.events == [("shutdown", 0, "guest-shutdown")]


def test_reset_rom_and_clint(tmp_path):
    ms, _chr = spike(tmp_path, {"tohost": (TOHOST, 8), "fromhost": (FROMHOST, 8)})
    code = struct.unpack("<10I", ms.address_space.read_bytes(0x1000, 40))
    assert code[6:9] == (0x80000000, 0, 0x87E00000)
    assert ms.address_space.find(0x2004000).region.name == "riscv.aclint.mtimer"
    assert ms.mclass.is_default and ms.mclass.max_cpus == 8
