"""The PLIC: priorities, thresholds, enables, claim and complete."""

import pytest

from emu.irq import IRQ
from emu.qom import object_new
from hw.intc.sifive_plic import SiFivePLIC
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import vmstate_load, vmstate_save

PRIORITY, PENDING, ENABLE, CONTEXT = 0x0, 0x1000, 0x2000, 0x200000


def make_plic(harts=2):
    plic = object_new("riscv.sifive.plic")
    plic.set_prop("hart-config", ",".join(["MS"] * harts))
    plic.set_prop("num-sources", 96)
    plic.set_prop("num-priorities", 7)
    plic.set_prop("aperture-size", 0x600000)
    plic.do_realize()
    lines = {}
    for h in range(harts):
        for mode, line in (("S", plic.s_external_line(h)), ("M", plic.m_external_line(h))):
            lines[(h, mode)] = 0
            plic.connect_irq(line, IRQ(lambda _n, lv, k=(h, mode): lines.__setitem__(k, lv)))
    return plic, plic.mmio_regions[0].ops, lines


@pytest.fixture
def plic():
    return make_plic()


def ctx(hart, mode):
    return 2 * hart + (1 if mode == "S" else 0)


def enable(ops, context, irq):
    reg = ENABLE + 0x80 * context + 4 * (irq // 32)
    ops.write(reg, ops.read(reg, 4) | (1 << (irq % 32)), 4)


def test_pending_needs_priority_and_enable(plic):
    dev, ops, lines = plic
    dev.gpio_in[10].set(1)
    assert ops.read(PENDING, 4) == 1 << 10
    enable(ops, ctx(0, "M"), 10)
    dev.update()
    assert lines[(0, "M")] == 0                 # priority 0 never interrupts
    ops.write(PRIORITY + 4 * 10, 1, 4)
    assert lines[(0, "M")] == 1 and lines[(0, "S")] == 0 and lines[(1, "M")] == 0


def test_claim_complete_cycle(plic):
    dev, ops, lines = plic
    ops.write(PRIORITY + 4 * 10, 3, 4)
    enable(ops, ctx(0, "S"), 10)
    dev.gpio_in[10].set(1)
    assert lines[(0, "S")] == 1
    claim = CONTEXT + 0x1000 * ctx(0, "S") + 4
    assert ops.read(claim, 4) == 10
    assert lines[(0, "S")] == 0 and ops.read(PENDING, 4) == 0
    assert ops.read(claim, 4) == 0              # claimed: not offered again
    ops.write(claim, 10, 4)                     # complete; source still high?
    assert lines[(0, "S")] == 0                 # pending was cleared by claim
    dev.gpio_in[10].set(0)
    dev.gpio_in[10].set(1)
    assert lines[(0, "S")] == 1


def test_highest_priority_wins_then_lowest_number(plic):
    dev, ops, _lines = plic
    for irq, prio in ((5, 2), (7, 6), (9, 6)):
        ops.write(PRIORITY + 4 * irq, prio, 4)
        enable(ops, ctx(1, "M"), irq)
        dev.gpio_in[irq].set(1)
    claim = CONTEXT + 0x1000 * ctx(1, "M") + 4
    assert [ops.read(claim, 4) for _ in range(4)] == [7, 9, 5, 0]


def test_threshold_masks_lower_priorities(plic):
    dev, ops, lines = plic
    ops.write(PRIORITY + 4 * 3, 2, 4)
    enable(ops, ctx(0, "M"), 3)
    ops.write(CONTEXT + 0x1000 * ctx(0, "M"), 2, 4)
    dev.gpio_in[3].set(1)
    assert lines[(0, "M")] == 0
    ops.write(CONTEXT + 0x1000 * ctx(0, "M"), 1, 4)
    assert lines[(0, "M")] == 1
    assert ops.read(CONTEXT + 0x1000 * ctx(0, "M"), 4) == 1


def test_priority_is_warl_modulo_eight(plic):
    _dev, ops, _lines = plic
    ops.write(PRIORITY + 4 * 1, 0xF, 4)
    assert ops.read(PRIORITY + 4 * 1, 4) == 7
    ops.write(PRIORITY + 4 * 1, 9, 4)
    assert ops.read(PRIORITY + 4 * 1, 4) == 1


def test_level_low_clears_pending(plic):
    dev, ops, _lines = plic
    dev.gpio_in[33].set(1)
    assert ops.read(PENDING + 4, 4) == 1 << 1
    dev.gpio_in[33].set(0)
    assert ops.read(PENDING + 4, 4) == 0


def test_vmstate_roundtrip(plic):
    dev, ops, _lines = plic
    ops.write(PRIORITY + 4 * 10, 5, 4)
    enable(ops, ctx(1, "S"), 10)
    dev.gpio_in[10].set(1)
    f = QEMUFileWriter()
    vmstate_save(f, SiFivePLIC.vmsd, dev, vmdesc=False)
    data = f.getvalue()
    # 96 priorities, 4 thresholds, 3+3 pending/claimed words, 12 enable words
    assert len(data) == 4 * (96 + 4 + 3 + 3 + 12)
    other, _ops, _l = make_plic()
    vmstate_load(QEMUFileReader(data), SiFivePLIC.vmsd, other, 1)
    assert other.best_irq(ctx(1, "S")) == 10
