"""The ``cpu_common`` migration description every CPU carries.

Type-2 targets send it as its own section (instance id = cpu_index); type-1
targets embed it as the first field of their ``cpu`` description, named
``parent_obj`` (see emu/cpu.py and docs/vmstate.md).
"""

from migration.vmstate import (VMStateDescription, vmstate_int32, vmstate_uint32,
                               vmstate_struct)


def _exception_index_needed(cpu):
    return cpu.exception_index != -1


VMSTATE_CPU_COMMON_EXCEPTION_INDEX = VMStateDescription(
    name="cpu_common/exception_index",
    version_id=1,
    minimum_version_id=1,
    needed=_exception_index_needed,
    fields=[vmstate_int32("exception_index")],
)

VMSTATE_CPU_COMMON = VMStateDescription(
    name="cpu_common",
    version_id=1,
    minimum_version_id=1,
    fields=[
        vmstate_uint32("halted"),
        vmstate_uint32("interrupt_request"),
    ],
    subsections=[VMSTATE_CPU_COMMON_EXCEPTION_INDEX],
)


def vmstate_cpu_parent_obj():
    """The first field of a type-1 CPU's ``cpu`` description."""
    return vmstate_struct("parent_obj", VMSTATE_CPU_COMMON, path=None)
