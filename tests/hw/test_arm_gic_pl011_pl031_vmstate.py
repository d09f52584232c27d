"""Migration sections of the Arm virt board's devices.

* The GICv2's `arm_gic` (QEMU 7.2's version 12 layout): byte layout and
  vmdesc as QEMU's, QEMU's encodings (ALL_CPU_MASK for SPI enables, idle
  running priority 0x100, APR bits), and a save -> load -> save round trip
  of a GIC with an active, a pending and a level interrupt that then
  behaves exactly like the original.
* `arm_gic`, `pl011`, `pl031` and `cpu_common` of a -smp 2 board at reset
  are QEMU's bytes and vmdesc (recorded from qemu-system-arm).
* The PL031 alarm crosses over with its exact expiry, and only when armed.
"""

from emu.irq import IRQ
from emu.qom import object_new
from emu.timer import TimerList, VirtualClock
from hw.intc.arm_gic import ArmGIC, VMSTATE_GIC
from hw.rtc.pl031 import PL031
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import vmstate_load, vmstate_save

# QEMU 7.2's arm_gic body: ctlr, cpu_ctlr[8], irq_state[1020] x 7 bytes,
# irq_target[1020], priority1[32][8], priority2[988], sgi_pending[16][8],
# priority_mask/running_priority/current_pending u16[8], bpr/abpr u8[8],
# apr/nsapr u32[4][8]
QEMU_SIZE = 4 + 32 + 7140 + 1020 + 256 + 988 + 128 + 3 * 16 + 2 * 8 + 2 * 128


def make_gic(num_cpu=2, num_irq=64):
    gic = object_new(ArmGIC.type_name)
    gic.num_cpu, gic.num_irq = num_cpu, num_irq
    gic.do_realize()
    lines = [[] for _ in range(num_cpu)]
    for c in range(num_cpu):
        gic.connect_irq(c, IRQ(lambda _n, level, c=c: lines[c].append(level)))
    accessing = [0]
    gic.current_cpu = lambda: accessing[0]
    return gic, lines, accessing


def busy_gic():
    """CPU 0 has SPI 33 active (priority 0x40) and SPI 34 pending behind it;
    PPI 27 is level-high at CPU 1, which also has SGI 5 pending from CPU 0."""
    gic, lines, accessing = make_gic()
    gic.dist_write(0x0, 1, 4)
    for c in range(2):
        accessing[0] = c
        gic.cpu_write(0x0, 1, 4)
        gic.cpu_write(0x4, 0xF0, 4)
    accessing[0] = 1
    gic.dist_write(0x400 + 27, 0x80, 1)
    gic.dist_write(0x100, 1 << 27, 4)
    accessing[0] = 0
    gic.dist_write(0x104, 0b110, 4)                         # enable SPIs 33, 34
    gic.dist_write(0x400 + 33, 0x40, 1)
    gic.dist_write(0x400 + 34, 0x60, 1)
    gic.dist_write(0x800 + 33, 0x01, 1)
    gic.dist_write(0x800 + 34, 0x01, 1)
    gic.gpio_in[1].set(1)                                   # SPI 33 (level)
    assert gic.cpu_read(0xC, 4) == 33
    gic.dist_write(0x204, 1 << 2, 4)                        # SPI 34 pending
    gic.gpio_in[64 - 32 + 32 + 16 + 11].set(1)              # CPU 1's PPI 11 = ID 27
    gic.dist_write(0xF00, (1 << 17) | 5, 4)                 # SGI 5 to CPU 1
    return gic, lines, accessing


def save(gic):
    return save_dev(gic, VMSTATE_GIC)


def save_dev(dev, vmsd=None):
    f = QEMUFileWriter()
    desc = vmstate_save(f, vmsd or dev.vmsd, dev)
    return f.getvalue(), desc


def test_layout_and_vmdesc_are_qemus():
    gic, _, _ = busy_gic()
    blob, desc = save(gic)
    assert len(blob) == QEMU_SIZE
    names = [(e["name"], e.get("array_len"), e["type"], e["size"]) for e in desc["fields"]]
    assert names == [
        ("ctlr", None, "uint32", 4), ("cpu_ctlr", 8, "uint32", 4),
        ("irq_state", 1020, "struct", 7), ("irq_target", 1020, "uint8", 1),
        ("priority1", 256, "uint8", 1), ("priority2", 988, "uint8", 1),
        ("sgi_pending", 128, "uint8", 1), ("priority_mask", 8, "uint16", 2),
        ("running_priority", 8, "uint16", 2), ("current_pending", 8, "uint16", 2),
        ("bpr", 8, "uint8", 1), ("abpr", 8, "uint8", 1),
        ("apr", 32, "uint32", 4), ("nsapr", 32, "uint32", 4)]
    irq_state = desc["fields"][2]["struct"]
    assert irq_state["vmsd_name"] == "arm_gic_irq_state"
    assert [f["name"] for f in irq_state["fields"]] == \
        ["enabled", "pending", "active", "level", "model", "edge_trigger", "group"]
    assert "subsections" not in desc


def test_values_use_qemus_encodings():
    gic, _, _ = busy_gic()
    blob, _ = save(gic)
    state = blob[36:36 + 7140]
    spi33 = state[33 * 7:34 * 7]
    # enabled = ALL_CPU_MASK, not pending, active at CPU 0, level ALL_CPU_MASK
    assert list(spi33) == [0xFF, 0x00, 0x01, 0xFF, 0, 0, 0]
    assert list(state[34 * 7:34 * 7 + 3]) == [0xFF, 0x01, 0x00]
    assert state[27 * 7:27 * 7 + 4] == bytes([0x02, 0x00, 0x00, 0x02])   # CPU 1's PPI
    assert state[5 * 7] == 0xFF and state[5 * 7 + 5] == 1    # SGIs: enabled, edge
    at = 36 + 7140 + 1020 + 256 + 988 + 128 + 16             # running_priority
    running = [int.from_bytes(blob[at + 2 * c:at + 2 * c + 2], "big") for c in range(8)]
    assert running == [0x40, 0x100] + [0] * 6              # QEMU resets num-cpu entries only
    apr = blob[-256:-128]
    # preemption level 0x40 >> 1 = 32: bit 0 of apr[1][cpu 0], nothing else
    assert int.from_bytes(apr[32:36], "big") == 1 and apr.count(0) == 127
    sgi = blob[36 + 7140 + 1020 + 256 + 988:][:128]
    assert sgi[5 * 8 + 1] == 0x01                           # SGI 5 at CPU 1 from CPU 0


def test_round_trip_restores_behaviour():
    src, src_lines, src_acc = busy_gic()
    blob, _ = save(src)
    dst, dst_lines, dst_acc = make_gic()
    assert vmstate_load(QEMUFileReader(blob), VMSTATE_GIC, dst, 12) in (0, None)
    assert save(dst)[0] == blob
    assert dst_lines[0][-1] == 0 and dst_lines[1][-1] == 1  # 34 waits behind 33; 27 and SGI 5
    # both GICs now go on identically
    for gic, acc in ((src, src_acc), (dst, dst_acc)):
        acc[0] = 0
        gic.cpu_write(0x10, 33, 4)                          # EOI 33: its line is still high
    assert src_lines[0][-1] == dst_lines[0][-1] == 1
    seen = []
    for gic, acc in ((src, src_acc), (dst, dst_acc)):
        acc[0] = 0
        cpu0 = gic.cpu_read(0xC, 4)
        acc[0] = 1
        cpu1 = [gic.cpu_read(0xC, 4), gic.cpu_read(0xC, 4)]
        seen.append((cpu0, cpu1, gic.cpu_read(0x14, 4)))
    assert seen[0] == seen[1] == (33, [5, 0x3FF], 0x00)


def test_uniprocessor_targets_every_interrupt_at_cpu_0():
    gic, _, _ = make_gic(num_cpu=1, num_irq=288)
    blob, _ = save(gic)
    targets = blob[36 + 7140:36 + 7140 + 1020]
    assert targets == bytes([1]) * 1020                     # QEMU's reset for one CPU


def test_binary_points_reset_and_floor_as_qemu():
    gic, _, _ = make_gic(num_cpu=1)
    assert (gic.cpu_read(0x08, 4), gic.cpu_read(0x1C, 4)) == (0, 1)   # GIC_MIN_BPR/ABPR
    gic.cpu_write(0x1C, 0, 4)
    gic.cpu_write(0x08, 3, 4)
    assert (gic.cpu_read(0x08, 4), gic.cpu_read(0x1C, 4)) == (3, 1)


# -- against QEMU's own stream (tests/guests/arm/expected/*.sections, recorded
#    by tests/guests/arm/record_fixtures.py from qemu-system-arm at reset) --------
def qemu_sections():
    import json
    import pathlib
    root = pathlib.Path(__file__).resolve().parents[2]
    path = root / "tests/guests/arm/expected/irq_vfp-virt.sections"
    return root, json.loads(path.read_text())


def pyemu_board(root, argv):
    import hw.arm.virt  # noqa: F401  (registers the board)
    from emu.cli.options import parse_command_line
    from emu.machine import find_machine
    from emu.system import System
    argv = [a if not a.endswith(".elf") else str(root / a) for a in argv]
    argv = [a for a in argv if a not in ("-nographic", "-S")] + ["-display", "none",
                                                                  "-serial", "none"]
    opts = parse_command_line(argv, "pyemu-system-arm")
    return System("arm", "pyemu-system-arm", opts, find_machine("virt", "arm")).build()


def test_reset_sections_match_qemus_recording():
    root, recorded = qemu_sections()
    ms = pyemu_board(root, recorded["argv"])
    assert "-smp" in recorded["argv"]
    for key, want in recorded["sections"].items():
        name, instance = key.split()
        entry = ms.vmstate.find(name, int(instance))
        assert entry is not None, key
        assert entry.vmsd.version_id == want["desc"]["version"], key
        f = QEMUFileWriter()
        desc = vmstate_save(f, entry.vmsd, entry.opaque)
        assert desc["fields"] == want["desc"]["fields"], key
        assert desc.get("subsections") == want["desc"].get("subsections"), key
        body, qemu_body = f.getvalue(), bytes.fromhex(want["body"])
        if name == "pl031":
            # tick_offset(_vmstate) counts host seconds: the rest must match
            body, qemu_body = body[4:24] + body[-13:-4], qemu_body[4:24] + qemu_body[-13:-4]
        assert body == qemu_body, key


def make_rtc(now):
    clock = VirtualClock(icount_shift=0)
    clock.icount_source = lambda: now[0]
    rtc = object_new(PL031.type_name)
    rtc.timer_list = TimerList(clock)
    rtc.do_realize()
    levels = []
    rtc.connect_irq(0, IRQ(lambda _n, level: levels.append(level)))
    return rtc, levels


def test_pl031_alarm_crosses_over_exactly_and_only_when_armed():
    now = [2_300_000_000]                                   # 2.3 s of virtual time
    src, _ = make_rtc(now)
    blob, desc = save_dev(src)
    assert [s["vmsd_name"] for s in desc["subsections"]] == ["pl031/tick-offset"]
    src.write(0x10, 1, 4)                                   # IMSC
    src.write(0x04, src.read(0x00, 4) + 3, 4)               # alarm in 3 (whole) seconds
    expiry = src.timer.get_expire()
    assert expiry == 2_300_000_000 + 3 * 10 ** 9
    blob, desc = save_dev(src)
    assert [s["vmsd_name"] for s in desc["subsections"]] == \
        ["pl031/tick-offset", "pl031/pyemu-alarm"]
    now[0] = 7_000_000_000                                  # a later destination
    dst, levels = make_rtc(now)
    dst.write(0x04, dst.read(0x00, 4) + 1, 4)               # its own alarm: replaced
    assert vmstate_load(QEMUFileReader(blob), PL031.vmsd, dst, 1) in (0, None)
    assert dst.timer.get_expire() == expiry
    assert dst.read(0x00, 4) == (src.tick_offset + 7) & 0xFFFFFFFF
    now[0] = expiry
    assert dst.timer_list.run_expired() == 1 and levels[-1] == 1
    # an unarmed alarm leaves the destination's off
    dst2, _ = make_rtc(now)
    dst2.write(0x04, 5, 4)
    blob, _ = save_dev(dst)
    assert vmstate_load(QEMUFileReader(blob), PL031.vmsd, dst2, 1) in (0, None)
    assert not dst2.timer.pending and dst2.read(0x14, 4) == 1
