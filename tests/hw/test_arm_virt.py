"""The Arm virt board, PL011, GICv2, PL031 and Arm semihosting: memory map,
visible register values (those QEMU 7.2 shows), IRQ lines, host calls."""

import os
import subprocess
import sys

from emu.irq import IRQ
from emu.qom import object_new
from emu.semihosting import Semihosting, fallback_cmdline

from hw.char.pl011 import PL011
from hw.intc.arm_gic import ArmGIC
from tests.hw.hw_fakes import FakeChardev

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO = os.path.join("tests", "guests", "arm", "elf", "hello-virt.elf")


def _run(*args):
    cmd = [sys.executable, "-c", "from hw.arm.entry import main_arm; main_arm()"] + list(args)
    return subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=60)


def test_machine_help_lists_virt():
    p = _run("-M", "help")
    assert b"virt                 QEMU 7.2 ARM Virtual Machine (alias of virt-0.1)" in p.stdout


def test_cpu_help_lists_cortex_a15():
    p = _run("-M", "virt", "-cpu", "help")
    assert p.stdout.strip() == b"cortex-a15"


def test_dumpdtb_writes_a_tree_with_the_devices(tmp_path):
    import libfdt
    out = tmp_path / "virt.dtb"
    p = _run("-M", "virt,dumpdtb=%s" % out, "-nographic")
    assert p.returncode == 0
    fdt = libfdt.Fdt(out.read_bytes())
    assert fdt.path_offset("/pl011@9000000") >= 0
    assert fdt.path_offset("/intc@8000000") >= 0
    assert fdt.getprop(fdt.path_offset("/chosen"), "stdout-path").as_str() == "/pl011@9000000"


def test_pl011_transmit_flags_ids_and_interrupt():
    chr_ = FakeChardev()
    uart = object_new(PL011.type_name)
    uart.set_prop("chardev", chr_)
    uart.do_realize()
    levels = []
    uart.connect_irq(0, IRQ(lambda _n, level: levels.append(level)))
    assert uart.read(0x18, 4) == 0x90                       # TXFE | RXFE
    assert uart.read(0x30, 4) == 0x300 and uart.read(0x34, 4) == 0x12
    assert [uart.read(0xFE0 + 4 * i, 4) for i in range(8)] == \
        [0x11, 0x10, 0x14, 0x00, 0x0D, 0xF0, 0x05, 0xB1]
    uart.write(0x38, 0x20, 4)                               # enable the TX interrupt
    uart.write(0x00, ord("A"), 4)
    assert bytes(chr_.output) == b"A" and levels[-1] == 1
    uart.write(0x44, 0x20, 4)                               # clear it
    assert levels[-1] == 0
    chr_.type(b"z")
    assert uart.read(0x18, 4) & 0x10 == 0 and uart.read(0x00, 4) == ord("z")


def test_gic_routes_an_enabled_spi_to_the_cpu_and_acknowledges():
    gic = object_new(ArmGIC.type_name)
    gic.num_cpu, gic.num_irq = 1, 288
    gic.do_realize()
    lines = []
    gic.connect_irq(0, IRQ(lambda _n, level: lines.append(level)))
    assert gic.dist_read(0x4, 4) == 0x8 and gic.dist_read(0x8, 4) == 0x43B
    assert gic.cpu_read(0xFC, 4) == 0x0002043B and gic.cpu_read(0xC, 4) == 0x3FF
    gic.dist_write(0x0, 1, 4)                               # distributor on
    gic.cpu_write(0x0, 1, 4)                                # CPU interface on
    gic.cpu_write(0x4, 0xF0, 4)                             # priority mask
    gic.dist_write(0x104, 1 << 1, 4)                        # enable SPI 1 (ID 33)
    gic.gpio_in[1].set(1)
    assert lines[-1] == 1
    assert gic.cpu_read(0xC, 4) == 33
    assert lines[-1] == 0                                   # active: no longer signalled
    gic.gpio_in[1].set(0)
    gic.cpu_write(0x10, 33, 4)                              # EOI
    assert gic.cpu_read(0x14, 4) == 0xFF


class _Mem:
    word_size = 4

    def __init__(self):
        self.data = bytearray(0x1000)

    def read_bytes(self, a, n):
        return bytes(self.data[a:a + n])

    def write_bytes(self, a, d):
        self.data[a:a + len(d)] = d

    def read_word(self, a):
        return int.from_bytes(self.data[a:a + 4], "little")

    def write_word(self, a, v):
        self.data[a:a + 4] = (v & 0xFFFFFFFF).to_bytes(4, "little")


def test_semihosting_console_cmdline_heapinfo_and_exit():
    out, exits = [], []
    sh = Semihosting(exits.append, cmdline=fallback_cmdline("k.elf", "a  b"),
                     heap_layout=lambda: (1, 2, 3, 4), console_out=out.append)
    mem = _Mem()
    mem.write_bytes(0x100, b"hi\0")
    assert sh.call(mem, 0x04, 0x100) is None and out == [b"hi"]          # SYS_WRITE0
    mem.write_word(0x200, 0x300)
    mem.write_word(0x204, 64)
    assert sh.call(mem, 0x15, 0x200) == 0                                # SYS_GET_CMDLINE
    assert mem.read_bytes(0x300, 9) == b"k.elf a b" and mem.read_word(0x204) == 9
    mem.write_word(0x204, 4)
    assert sh.call(mem, 0x15, 0x200) == 0xFFFFFFFF                       # too small
    mem.write_word(0x400, 0x500)
    sh.call(mem, 0x16, 0x400)                                            # SYS_HEAPINFO
    assert [mem.read_word(0x500 + 4 * i) for i in range(4)] == [1, 2, 3, 4]
    mem.write_word(0x600, 1)
    mem.write_word(0x604, 0x100)
    mem.write_word(0x608, 2)
    assert sh.call(mem, 0x05, 0x600) == 2                                # bad fd: none written
    mem.write_word(0x700, 0x20026)
    mem.write_word(0x704, 7)
    sh.call(mem, 0x20, 0x700)                                            # SYS_EXIT_EXTENDED
    sh.call(mem, 0x18, 0x20026)                                          # SYS_EXIT
    sh.call(mem, 0x18, 0x20023)
    assert exits == [7, 0, 1]


def test_gic_enable_registers_read_back_and_sgis_stay_enabled():
    """ISENABLER/ICENABLER read the enable bits (SGIs 0-15 always on, as
    QEMU: a clear-enable write to them is ignored)."""
    gic = object_new(ArmGIC.type_name)
    gic.num_cpu, gic.num_irq = 1, 64
    gic.do_realize()
    assert gic.dist_read(0x100, 4) == 0x0000FFFF
    gic.dist_write(0x100, 1 << 27, 4)                       # enable PPI 11 (ID 27)
    gic.dist_write(0x104, 1 << 3, 4)                        # enable SPI 3 (ID 35)
    assert gic.dist_read(0x100, 4) == 0x0800FFFF and gic.dist_read(0x180, 4) == 0x0800FFFF
    assert gic.dist_read(0x104, 4) == 0x8
    gic.dist_write(0x180, 0xFFFFFFFF, 4)                    # clear-enable all internal
    assert gic.dist_read(0x100, 4) == 0x0000FFFF
    assert gic.dist_read(0x80, 4) == 0                      # IGROUPR0 is separate


def test_gic_banks_the_cpu_interface_and_internal_interrupts_per_cpu():
    """With two CPUs, current_cpu picks the bank: each CPU has its own
    GICC_CTLR, PPI enables and ITARGETSR0 view; an SGI to CPU 1 is pending
    only at CPU 1's interface (IAR = source CPU 0, ID 3)."""
    gic = object_new(ArmGIC.type_name)
    gic.num_cpu, gic.num_irq = 2, 64
    gic.do_realize()
    irq = [[], []]
    for c in range(2):
        gic.connect_irq(c, IRQ(lambda _n, level, c=c: irq[c].append(level)))
    accessing = [0]
    gic.current_cpu = lambda: accessing[0]
    gic.dist_write(0x0, 1, 4)
    for c in range(2):
        accessing[0] = c
        assert gic.dist_read(0x800, 4) == 0x01010101 << c     # ITARGETSR0: "me"
        gic.cpu_write(0x4, 0xF0, 4)
    accessing[0] = 1
    gic.cpu_write(0x0, 1, 4)                                # only CPU 1's interface on
    gic.dist_write(0x100, 1 << 30, 4)                       # CPU 1 enables PPI 14
    assert gic.cpu_read(0x0, 4) == 1 and gic.dist_read(0x100, 4) == 0x4000FFFF
    accessing[0] = 0
    assert gic.cpu_read(0x0, 4) == 0 and gic.dist_read(0x100, 4) == 0x0000FFFF
    gic.cpu_write(0x0, 1, 4)
    gic.dist_write(0xF00, (1 << 17) | 3, 4)                 # SGI 3 to CPU 1
    assert irq[1][-1] == 1 and not any(irq[0])
    assert gic.cpu_read(0xC, 4) == 0x3FF                    # nothing for CPU 0
    accessing[0] = 1
    assert gic.cpu_read(0xC, 4) == 3                        # source CPU 0, ID 3
    gic.cpu_write(0x10, 3, 4)
    assert irq[1][-1] == 0
