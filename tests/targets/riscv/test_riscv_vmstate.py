"""The RISC-V `cpu` migration section: type 2, save -> load -> save gives
the same bytes, and every migrated register of the table is carried."""

import pytest

from emu.cpu import check_cpu_class
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import vmstate_load, vmstate_save
from targets.riscv.cpu import CPU_MODELS

from tests.targets.riscv.harness import make_cpu


def save(cpu):
    f = QEMUFileWriter()
    vmstate_save(f, cpu.legacy_vmsd, cpu)
    return f.getvalue()


@pytest.mark.parametrize("model", ["rv64", "rv32"])
def test_cpu_uses_legacy_type2_registration(model):
    cls = CPU_MODELS[model]
    check_cpu_class(cls)
    assert cls.legacy_vmsd.name == "cpu" and cls.legacy_vmsd.version_id == 11


@pytest.mark.parametrize("model", ["rv64", "rv32"])
def test_save_load_save_round_trip(model):
    src = make_cpu(model)
    src.set("x", -5, 10)
    src.set("f", 0x4010000000000000, 3)
    src.set("mstatus", src.get("mstatus") | (3 << 11) | (1 << 13))
    src.set("satp", 0x12345)
    src.set("pmpaddr", 0x2000_0000, 2)
    src.set("pmpcfg", 0x1F, 2)
    src.set_priv(1)
    blob = save(src)
    dst = make_cpu(model)
    vmstate_load(QEMUFileReader(blob), dst.legacy_vmsd, dst, 11)
    assert save(dst) == blob
    assert int(dst.env.x[10]) == -5
    assert dst.env.priv == 1 and dst.env.tb_flags == src.env.tb_flags
    assert dst.get("pmpcfg", 2) == 0x1F
