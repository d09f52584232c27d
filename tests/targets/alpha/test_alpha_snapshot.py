"""Snapshots of an Alpha guest: save mid-run, load into a fresh board, and
the guest continues exactly (its output completes the QEMU fixture); the
stream has one type-1 `cpu` section per CPU whose first field is the
cpu_common struct `parent_obj`; a stream whose CPU was laid out type-2
style (separate cpu_common section) is refused with a clear message."""

import os

import pytest

from emu.cpu_vmstate import VMSTATE_CPU_COMMON
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.savevm import SaveVMRegistry, load_state, save_state
from migration.vmstate import MigrationError
from targets.alpha.machine import VMSTATE_ENV
from migration.vmstate import VMStateDescription, vmstate_struct
from tests.targets.alpha import harness

ELF = os.path.join(harness.GUESTS, "elf", "fpops-bios.elf")
EXPECTED = os.path.join(harness.GUESTS, "expected", "fpops-bios.out")


def _save(ms):
    f = QEMUFileWriter()
    desc = save_state(f, ms.vmstate, "clipper")
    return f.getvalue(), desc


def test_loadvm_continues_exactly():
    ms = harness.build(bios=ELF, vmstate=True)
    assert harness.run(ms, max_insns=1_500_000) is None        # mid-run
    before = bytes(ms.console.out)
    blob, _ = _save(ms)
    other = harness.build(bios=ELF, vmstate=True)
    load_state(QEMUFileReader(blob), other.vmstate, "clipper")
    assert _save(other)[0] == blob                               # save -> load -> save
    assert harness.run(other, max_insns=200_000_000) == 0
    with open(EXPECTED, "rb") as fh:
        expected = fh.read()
    assert 0 < len(before) < len(expected)
    assert before + bytes(other.console.out) == expected


def test_stream_has_one_type1_cpu_section_per_cpu():
    ms = harness.build(bios=ELF, vmstate=True, smp=2)
    _, desc = _save(ms)
    cpus = [d for d in desc["devices"] if d["name"] in ("cpu", "cpu_common")]
    assert [(d["name"], d["instance_id"]) for d in cpus] == [("cpu", 0), ("cpu", 1)]
    for d in cpus:
        first = d["fields"][0]
        assert first["name"] == "parent_obj" and first["type"] == "struct"
        assert first["struct"]["vmsd_name"] == "cpu_common"


def test_type2_cpu_stream_is_refused_clearly():
    ms = harness.build(bios=ELF, vmstate=True)
    cpu = ms.cpus[0]
    legacy = SaveVMRegistry()                    # cpu_common + cpu, as a type-2 CPU saves
    legacy.register_vmstate("cpu_common", 0, VMSTATE_CPU_COMMON, cpu)
    legacy.register_vmstate("cpu", 0, VMStateDescription(
        "cpu", version_id=1, minimum_version_id=1,
        fields=[vmstate_struct("env", VMSTATE_ENV, version=1, path=None)]), cpu)
    f = QEMUFileWriter()
    save_state(f, legacy, "clipper")
    with pytest.raises(MigrationError, match="type-2 .legacy. CPU"):
        load_state(QEMUFileReader(f.getvalue()), ms.vmstate, "clipper")
