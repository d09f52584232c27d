"""Debian's RISC-V firmware boots on pyemu's `virt` as on QEMU 7.2.

* OpenSBI (`/usr/share/qemu/opensbi-riscv64-generic-fw_dynamic.bin`, the
  default -bios) prints the same banner, platform and domain tables as
  QEMU.  In the boot-hart table, three lines come from QEMU's H extension,
  which pyemu does not implement: "Base ISA" (rv64imafdch there), and the
  MIDELEG/MEDELEG lines (the VS* interrupt and guest-page-fault bits).
* U-Boot (`/usr/lib/u-boot/qemu-riscv64/u-boot.bin` as -bios, M-mode) and
  OpenSBI + U-Boot S-mode (`qemu-riscv64_smode/u-boot.bin` as -kernel)
  reach the `=>` prompt and answer `version` (the U-Boot line as on QEMU)
  and `bdinfo` typed on the serial console.

The firmware comes from Debian's opensbi, qemu-system-data and u-boot-qemu
packages (`make debs`); QEMU (qemu-system-misc) is run for the reference.
"""

import pytest

from tests.firmware.console import SerialConsole, pyemu_argv, qemu_argv

OPENSBI = "/usr/share/qemu/opensbi-riscv64-generic-fw_dynamic.bin"
UBOOT_M = "/usr/lib/u-boot/qemu-riscv64/u-boot.bin"
UBOOT_S = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin"
BOOT_TIMEOUT = 90                   # seconds of host time to reach the prompt
H_EXTENSION_LINES = ("Boot HART Base ISA", "Boot HART MIDELEG", "Boot HART MEDELEG")


def opensbi_table(argv):
    """OpenSBI's output up to its last boot-hart line, as lines."""
    with SerialConsole(argv + ["-M", "virt", "-nographic", "-bios", OPENSBI]) as con:
        text = con.wait_for("Boot HART MEDELEG", BOOT_TIMEOUT) + con.wait_for("\n", 10)
    return text.replace("\r", "").split("\n")


def uboot_prompt(con):
    """Wait for U-Boot's autoboot countdown, stop it, wait for the prompt."""
    con.wait_for("Hit any key to stop autoboot", BOOT_TIMEOUT)
    con.type("\r")
    con.wait_for("=> ", 30)


def uboot_version(argv):
    with SerialConsole(argv) as con:
        uboot_prompt(con)
        return con.command("version")


@pytest.fixture(scope="module")
def qemu_opensbi():
    return opensbi_table(qemu_argv("riscv64"))


@pytest.fixture(scope="module")
def pyemu_opensbi():
    return opensbi_table(pyemu_argv("riscv64"))


def test_opensbi_banner_and_tables_match_qemu(pyemu_opensbi, qemu_opensbi):
    ours = pyemu_opensbi
    assert "OpenSBI v1.1" in ours
    assert len(ours) == len(qemu_opensbi)
    for mine, theirs in zip(ours, qemu_opensbi):
        if theirs.startswith(H_EXTENSION_LINES):
            assert mine.split(":")[0] == theirs.split(":")[0]
        else:
            assert mine == theirs


def test_opensbi_boot_hart_lines_without_the_h_extension(pyemu_opensbi):
    lines = dict(line.split(" : ", 1) for line in pyemu_opensbi if " : " in line)
    assert lines["Boot HART Base ISA       "] == "rv64imafdc"
    assert lines["Boot HART ISA Extensions "] == "time,sstc"
    assert lines["Boot HART MHPM Count     "] == "16"
    assert lines["Boot HART MIDELEG        "] == "0x0000000000000222"
    assert lines["Boot HART MEDELEG        "] == "0x000000000000b109"


BDINFO_LINES = ["DRAM bank   = 0x0000000000000000",
                "-> start    = 0x0000000080000000",
                "-> size     = 0x0000000008000000",
                "baudrate    = 115200 bps",
                "Build       = 64-bit"]
BDINFO_KEYS = ["boot_params", "relocaddr", "reloc off", "fdt_blob", "fdt_size"]


@pytest.mark.parametrize("firmware", ["m-mode", "s-mode"])
def test_uboot_reaches_the_prompt_and_answers(firmware):
    args = ["-M", "virt", "-nographic"]
    args += ["-bios", UBOOT_M] if firmware == "m-mode" else ["-kernel", UBOOT_S]
    with SerialConsole(pyemu_argv("riscv64") + args) as con:
        if firmware == "s-mode":
            con.wait_for("OpenSBI v1.1", BOOT_TIMEOUT)
            con.wait_for("Domain0 Next Mode         : S-mode", BOOT_TIMEOUT)
        uboot_prompt(con)
        version = con.command("version")
        bdinfo = con.command("bdinfo")
    reference = uboot_version(qemu_argv("riscv64") + args)
    assert version[0].startswith("U-Boot 20")
    assert version[0] == reference[0]
    for line in BDINFO_LINES:
        assert line in bdinfo
    for key in BDINFO_KEYS:
        assert any(line.startswith(key) for line in bdinfo), key
