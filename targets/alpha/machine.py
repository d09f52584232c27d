"""The Alpha CPU's migration state: QEMU's vmstate_alpha_cpu (type 1).

``DeviceClass.vmsd`` = the ``cpu`` description, version 1, whose first
field is the embedded ``cpu_common`` (``parent_obj``) and whose second is
the ``env`` struct (version 3): ir[31], fir[31], the architectural FPCR as
one be64 through a custom info (its derived values are rebuilt on load),
pc, unique, lock_addr, lock_value, flags and pcc_ofs (u32), trap_arg0..2,
exc_addr, palbr, ptbr, vptptr, sysval, usp, shadow[8], scratch[24].
"""

from emu.cpu_vmstate import vmstate_cpu_parent_obj
from migration.vmstate import (VMStateDescription, VMStateInfo, vmstate_single,
                               vmstate_struct, vmstate_uint32, vmstate_uinttl,
                               vmstate_uinttl_array)


def _fpcr_put(f, cpu, field):
    f.put_be64(cpu.load_fpcr())


def _fpcr_get(f, cpu, field):
    cpu.store_fpcr(f.get_be64())
    return cpu


FPCR_INFO = VMStateInfo("fpcr", get=_fpcr_get, put=_fpcr_put)


def _post_load(cpu, version_id):
    cpu.update_tb_flags()
    cpu.tlb_flush()
    return 0


def _tl(name):
    return vmstate_uinttl("env." + name, 64)


VMSTATE_ENV = VMStateDescription(
    name="env", version_id=3, minimum_version_id=3,
    fields=[
        vmstate_uinttl_array("env.ir", 31, 64),
        vmstate_uinttl_array("env.fir", 31, 64),
        vmstate_single("fpcr", FPCR_INFO, path=None),
        _tl("pc"), _tl("unique"), _tl("lock_addr"), _tl("lock_value"),
        vmstate_uint32("env.flags"), vmstate_uint32("env.pcc_ofs"),
        _tl("trap_arg0"), _tl("trap_arg1"), _tl("trap_arg2"),
        _tl("exc_addr"), _tl("palbr"), _tl("ptbr"), _tl("vptptr"),
        _tl("sysval"), _tl("usp"),
        vmstate_uinttl_array("env.shadow", 8, 64),
        vmstate_uinttl_array("env.scratch", 24, 64),
    ])

VMSTATE_ALPHA_CPU = VMStateDescription(
    name="cpu", version_id=1, minimum_version_id=1, post_load=_post_load,
    fields=[
        vmstate_cpu_parent_obj(),
        vmstate_struct("env", VMSTATE_ENV, version=1, path=None),
    ])
