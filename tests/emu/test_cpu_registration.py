"""CPU migration registration: type 1 (one `cpu` section embedding
cpu_common), type 2 (separate cpu_common and cpu sections, instance id =
cpu_index), and the refused cases."""

import pytest

from emu.cpu import CPURegistrationError, check_cpu_class, cpu_exec_realize_vmstate
from emu.cpu_vmstate import VMSTATE_CPU_COMMON, vmstate_cpu_parent_obj
from migration.savevm import SaveVMRegistry
from migration.vmstate import VMStateDescription, vmstate_uint32

LEGACY_CPU = VMStateDescription(name="cpu", version_id=1, fields=[vmstate_uint32("pc")])
TYPE1_CPU = VMStateDescription(name="cpu", version_id=1,
                               fields=[vmstate_cpu_parent_obj(), vmstate_uint32("pc")])


class FakeCPU:
    type_name = "fake-cpu"
    vmsd = None
    legacy_vmsd = None
    target_name = None

    def __init__(self, index):
        self.cpu_index = index
        self.halted = 0
        self.interrupt_request = 0
        self.exception_index = -1
        self.pc = 0x1000 + index


class Type2CPU(FakeCPU):
    legacy_vmsd = LEGACY_CPU
    target_name = "riscv"


class Type1CPU(FakeCPU):
    vmsd = TYPE1_CPU
    target_name = "alpha"


def sections(registry):
    return [(e.idstr, e.instance_id) for e in registry if e.idstr != "globalstate"]


def test_type2_registers_cpu_common_then_cpu_per_cpu_index():
    registry = SaveVMRegistry()
    for index in (0, 1):
        cpu_exec_realize_vmstate(Type2CPU(index), registry)
    assert sections(registry) == [("cpu_common", 0), ("cpu", 0), ("cpu_common", 1), ("cpu", 1)]


def test_type1_registers_one_cpu_section_each_in_realize_order():
    registry = SaveVMRegistry()
    for index in (0, 1, 2):
        cpu_exec_realize_vmstate(Type1CPU(index), registry)
    assert sections(registry) == [("cpu", 0), ("cpu", 1), ("cpu", 2)]


def test_type1_description_starts_with_embedded_cpu_common():
    first = TYPE1_CPU.fields[0]
    assert first.name == "parent_obj" and first.vmsd is VMSTATE_CPU_COMMON


def test_both_styles_at_once_refused():
    class Both(FakeCPU):
        type_name = "both-cpu"
        target_name = "riscv"
        vmsd = TYPE1_CPU
        legacy_vmsd = LEGACY_CPU
    with pytest.raises(CPURegistrationError, match="sets both DeviceClass.vmsd and CPUClass.legacy_vmsd"):
        check_cpu_class(Both)


@pytest.mark.parametrize("target", ["alpha", "avr", "hppa", "newarch"])
def test_type2_refused_outside_the_legacy_targets(target):
    class Legacy(FakeCPU):
        type_name = "legacy-cpu"
        legacy_vmsd = LEGACY_CPU
        target_name = target
    with pytest.raises(CPURegistrationError, match="set DeviceClass.vmsd \\(type 1\\) instead"):
        check_cpu_class(Legacy)


@pytest.mark.parametrize("target", ["arm", "i386", "mips", "riscv", "sparc"])
def test_type2_allowed_for_the_legacy_targets(target):
    class Legacy(FakeCPU):
        type_name = "legacy-cpu"
        legacy_vmsd = LEGACY_CPU
        target_name = target
    check_cpu_class(Legacy)
