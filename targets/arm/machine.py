"""Arm CPU migration state: the legacy (type 2) `cpu` description.

Arm keeps QEMU's type-2 registration (CPUClass.legacy_vmsd): realize
registers `cpu_common` and this `cpu` section separately, both with
instance id = cpu_index.  The layout is QEMU 7.2's target/arm/machine.c
(version 22) as the shared migration-format notes (§3.3 arm) describe it:

* r0..r15, the AArch64 registers (zeros here), CPSR through the custom
  info ``cpsr`` (assembled from the split flags and scattered back without
  a bank switch), the banked registers, the coprocessor registers as an
  index list and a value list (kvm-style ids, sorted), the exclusive
  monitor, the exception syndrome, both generic timers and the power state;
* subsections ``cpu/vfp`` (D0-D31 as zregs, the VFP system registers and
  FPSCR through its own info), ``cpu/thumb2ee`` and ``cpu/irq-line-state``
  (QEMU sends both for a cortex-a15).

Fields pyemu has no state for are sent as zeros and ignored on load.
Derived state (tb_flags, mmu_idx, fp_rm, the TLB, timer outputs) is
rebuilt in post_load.
"""

from migration.vmstate import (
    VMStateDescription, VMStateInfo, vmstate_int32_positive_le, vmstate_single,
    vmstate_timer, vmstate_uint32, vmstate_uint32_array, vmstate_uint64,
    vmstate_uint64_array, vmstate_unused, vmstate_varray_int32)
from migration.vmstate import UINT64

from targets.arm import cp15
from targets.arm import cpu_bits as B

MASK32 = 0xFFFFFFFF
# QEMU's CPU_INTERRUPT_HARD and CPU_INTERRUPT_FIQ bits (env.irq_line_state)
IRQ_LINE_HARD = 0x0002
IRQ_LINE_FIQ = 0x0010
# env.vfp.xregs indexes
XREG_FPSID, XREG_MVFR2, XREG_MVFR1, XREG_MVFR0, XREG_FPEXC = 0, 5, 6, 7, 8


class _NoTimer:
    """Stands in for a generic timer when the CPU has no timer list."""

    def get_expire(self):
        return -1

    def set_expire(self, ns):
        pass


class ArmMigrationView:
    """The QEMU-shaped arrays of one CPU, filled by pre_save and applied
    by post_load; the description's ``vm.*`` paths point here."""

    def __init__(self, cpu):
        self.cpu = cpu
        self.regs = [0] * 16
        self.xregs = [0] * 32
        self.pc = 0
        self.elr_el = [0] * 4
        self.sp_el = [0] * 4
        self.zregs = [[0, 0] for _ in range(32)]
        self.vfp_xregs = [0] * 16
        self.exception_syndrome = 0
        self.exception_fsr = 0
        self.exception_vaddress = 0
        self.teecr = 0
        self.teehbr = 0
        self.irq_line_state = 0

    def __getattr__(self, name):
        # zreg<i>: the two u64 of zregs[i] (QEMU's env.vfp.zregs[i].d[0..1])
        if name.startswith("zreg"):
            return self.zregs[int(name[4:])]
        raise AttributeError(name)

    @property
    def gt_timer(self):
        timers = self.cpu.gt_timers.timers if self.cpu.gt_timers is not None else [None, None]
        return [t if t is not None else _NoTimer() for t in timers]

    def capture(self):
        cpu = self.cpu
        for i in range(15):
            self.regs[i] = cpu.reg(i)
        self.regs[15] = cpu.get("pc") & MASK32
        for i in range(32):
            self.zregs[i] = [cpu.get("d", 2 * i), cpu.get("d", 2 * i + 1)] if i < 16 else [0, 0]
        x = [0] * 16
        x[XREG_FPSID] = cpu.fpsid
        x[XREG_MVFR1] = cpu.mvfr1
        x[XREG_MVFR0] = cpu.mvfr0
        x[XREG_FPEXC] = cpu.get("fpexc") & MASK32
        self.vfp_xregs = x
        self.irq_line_state = ((IRQ_LINE_HARD if cpu.irq_level else 0)
                               | (IRQ_LINE_FIQ if cpu.fiq_level else 0))

    def apply(self):
        cpu = self.cpu
        for i in range(15):
            cpu.set_reg(i, self.regs[i])
        cpu.set("pc", self.regs[15] & MASK32)
        for i in range(16):
            cpu.set("d", self.zregs[i][0], 2 * i)
            cpu.set("d", self.zregs[i][1], 2 * i + 1)
        cpu.set("fpexc", self.vfp_xregs[XREG_FPEXC] & 0xC0000000)
        cpu.irq_level = 1 if self.irq_line_state & IRQ_LINE_HARD else 0
        cpu.fiq_level = 1 if self.irq_line_state & IRQ_LINE_FIQ else 0


# --- custom infos ---------------------------------------------------------------------
def _put_cpsr(f, cpu, field):
    f.put_be32(cpu.cpsr_read())


def _get_cpsr(f, cpu, field):
    value = f.get_be32()
    # no bank switch: the registers in the stream are the new mode's view
    env = cpu.env
    env.uncached_cpsr = (env.uncached_cpsr & ~B.CPSR_M) | (value & B.CPSR_M)
    cpu.cpsr_write(value, MASK32)
    return cpu


CPSR_INFO = VMStateInfo("cpsr", get=_get_cpsr, put=_put_cpsr)


def _put_fpscr(f, cpu, field):
    f.put_be32(cpu.fpscr_read())


def _get_fpscr(f, cpu, field):
    cpu.fpscr_write(f.get_be32())
    return cpu


FPSCR_INFO = VMStateInfo("fpscr", get=_get_fpscr, put=_put_fpscr)


def _put_powered_off(f, cpu, field):
    f.put_byte(1 if cpu.power_off else 0)


def _get_powered_off(f, cpu, field):
    cpu.power_off = bool(f.get_byte())
    return cpu


POWERED_OFF_INFO = VMStateInfo("powered_off", get=_get_powered_off, put=_put_powered_off)


# --- the coprocessor register list ------------------------------------------------------
def _fill_cpreg_lists(cpu):
    rows = cp15.migrated_rows()
    cpu.cpreg_vmstate_array_len = len(rows)
    cpu.cpreg_vmstate_indexes = [cpreg_id for cpreg_id, _ in rows]
    cpu.cpreg_vmstate_values = [cp15.ROWS[index][1].read(cpu) for _, index in rows]


def _write_cpreg_lists(cpu):
    by_id = dict(cp15.migrated_rows())
    n = cpu.cpreg_vmstate_array_len
    for cpreg_id, value in zip(cpu.cpreg_vmstate_indexes[:n], cpu.cpreg_vmstate_values[:n]):
        index = by_id.get(cpreg_id)
        if index is None:
            return False                       # QEMU: a register we do not have
        cp15.ROWS[index][1].write(cpu, value)
    return True


# --- hooks ------------------------------------------------------------------------------------
def _pre_save(cpu):
    cpu.vm.capture()
    _fill_cpreg_lists(cpu)
    return 0


def _pre_load(cpu):
    _fill_cpreg_lists(cpu)                     # the incoming list may not be longer
    cpu.vm.capture()
    return 0


def _post_load(cpu, version_id):
    cpu.vm.apply()
    if not _write_cpreg_lists(cpu):
        return -1
    env = cpu.env
    cpu.fpscr_write(cpu.fpscr_read())          # fp_rm and tb_flags
    cpu.update_tb_flags()
    cpu.tlb_flush()
    if cpu.gt_timers is not None:
        for n in range(2):
            cpu.gt_timers.update(n)
    cpu.halted = 1 if cpu.power_off else cpu.halted
    del env
    return 0


# --- the descriptions --------------------------------------------------------------------------
def _zreg_fields():
    return [vmstate_uint64_array("env.vfp.zregs[%d].d" % i, 2, path="vm.zreg%d" % i)
            for i in range(32)]


VMSTATE_VFP = VMStateDescription(
    name="cpu/vfp", version_id=3, minimum_version_id=3,
    needed=lambda cpu: True,
    fields=_zreg_fields() + [
        vmstate_uint32("env.vfp.xregs[0]", path="vm.vfp_xregs[0]"),
        vmstate_uint32_array("env.vfp.xregs", 14, start=2, path="vm.vfp_xregs"),
        vmstate_single("fpscr", FPSCR_INFO, path=None),
    ])

VMSTATE_THUMB2EE = VMStateDescription(
    name="cpu/thumb2ee", version_id=1, minimum_version_id=1,
    needed=lambda cpu: True,
    fields=[vmstate_uint32("env.teecr", path="vm.teecr"),
            vmstate_uint32("env.teehbr", path="vm.teehbr")])

VMSTATE_IRQ_LINE_STATE = VMStateDescription(
    name="cpu/irq-line-state", version_id=1, minimum_version_id=1,
    needed=lambda cpu: True,
    fields=[vmstate_uint32("env.irq_line_state", path="vm.irq_line_state")])

VMSTATE_ARM_CPU = VMStateDescription(
    name="cpu", version_id=22, minimum_version_id=22,
    pre_save=_pre_save, pre_load=_pre_load, post_load=_post_load,
    fields=[
        vmstate_uint32_array("env.regs", 16, path="vm.regs"),
        vmstate_uint64_array("env.xregs", 32, path="vm.xregs"),
        vmstate_uint64("env.pc", path="vm.pc"),
        vmstate_single("cpsr", CPSR_INFO, path=None),
        vmstate_uint32("env.spsr"),
        vmstate_uint64_array("env.banked_spsr", 8),
        vmstate_uint32_array("env.banked_r13", 8),
        vmstate_uint32_array("env.banked_r14", 8),
        vmstate_uint32_array("env.usr_regs", 5),
        vmstate_uint32_array("env.fiq_regs", 5),
        vmstate_uint64_array("env.elr_el", 4, path="vm.elr_el"),
        vmstate_uint64_array("env.sp_el", 4, path="vm.sp_el"),
        vmstate_int32_positive_le("cpreg_vmstate_array_len"),
        vmstate_varray_int32("cpreg_vmstate_indexes", "cpreg_vmstate_array_len", UINT64),
        vmstate_varray_int32("cpreg_vmstate_values", "cpreg_vmstate_array_len", UINT64),
        vmstate_uint64("env.exclusive_addr"),
        vmstate_uint64("env.exclusive_val"),
        vmstate_uint64("env.exclusive_high"),
        vmstate_unused(8),
        vmstate_uint32("env.exception.syndrome", path="vm.exception_syndrome"),
        vmstate_uint32("env.exception.fsr", path="vm.exception_fsr"),
        vmstate_uint64("env.exception.vaddress", path="vm.exception_vaddress"),
        vmstate_timer("gt_timer[0]", path="vm.gt_timer[0]"),
        vmstate_timer("gt_timer[1]", path="vm.gt_timer[1]"),
        vmstate_single("power_state", POWERED_OFF_INFO, path=None),
    ],
    subsections=[VMSTATE_VFP, VMSTATE_THUMB2EE, VMSTATE_IRQ_LINE_STATE])
