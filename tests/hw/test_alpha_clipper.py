"""The clipper board and its devices, seen from the bus side."""

from emu.machine import find_machine
from hw.alpha.typhoon import CPU_IRQ_HARD
from tests.targets.alpha import harness

IO = 0x801FC000000
CONF = 0x801FE000000


def test_machine_is_registered_as_qemu_names_it():
    cls = find_machine("clipper", "alpha")
    assert cls.full_name() == "clipper" and cls.is_default and cls.max_cpus == 4
    assert cls.desc == "Alpha DP264/CLIPPER"


def test_pci_config_space_has_qemus_devices_and_sizes_bars():
    ms = harness.build(bios=harness.GUESTS + "/elf/hello-bios.elf")
    space = ms.address_space
    ids = {slot: space.read(CONF + (slot << 11), 4) for slot in (1, 2, 3, 7)}
    assert ids == {1: 0x00B81013, 2: 0x100E8086, 3: 0x06461095, 7: 0x04848086}
    assert space.read(CONF + (5 << 11), 2) == 0xFFFF
    bar0 = CONF + (3 << 11) + 0x10
    space.write(bar0, 4, 0xFFFFFFFF)
    assert space.read(bar0, 4) == 0xFFFFFFF9            # 8 bytes of I/O


def test_com1_sits_in_the_pci_io_window():
    ms = harness.build(bios=harness.GUESTS + "/elf/hello-bios.elf")
    ms.address_space.write(IO + 0x3F8, 1, ord("x"))
    assert ms.console.out == b"x"
    assert ms.address_space.read(IO + 0x3FD, 1) & 0x20     # THR empty
    assert ms.address_space.read(IO + 0x3E8, 1) == 0       # nothing there: 0


def test_isa_interrupt_reaches_the_cpu_through_pic_and_cchip():
    ms = harness.build(bios=harness.GUESTS + "/elf/hello-bios.elf")
    board = ms.board
    seen = []
    board.typhoon.cpu_irq = lambda i, kind, level: seen.append((i, kind, level))
    space = ms.address_space
    for port, value in ((0x20, 0x11), (0x21, 0x08), (0x21, 0x04), (0x21, 0x01), (0x21, 0x00)):
        space.write(IO + port, 1, value)
    space.write(0x801A0000200, 8, 1 << 55)               # DIM0: ISA line
    board.pic.irq_in[4].set(1)
    assert seen[-1] == (0, CPU_IRQ_HARD, True)
    assert space.read(0x801A0000280, 8) == 1 << 55       # DIR0
    assert board.typhoon.iack() == 0x08 + 4


def test_rtc_and_pit_answer_on_their_ports():
    ms = harness.build(bios=harness.GUESTS + "/elf/hello-bios.elf")
    space = ms.address_space
    space.write(IO + 0x70, 1, 0x0D)
    assert space.read(IO + 0x71, 1) == 0x80             # REG_D: valid RAM
    space.write(IO + 0x43, 1, 0x34)                      # counter 0, LSB/MSB, mode 2
    space.write(IO + 0x40, 1, 0x00)
    space.write(IO + 0x40, 1, 0x10)
    space.write(IO + 0x43, 1, 0x00)                      # latch
    low = space.read(IO + 0x40, 1)
    high = space.read(IO + 0x40, 1)
    assert (high << 8 | low) <= 0x1000
