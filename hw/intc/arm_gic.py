"""The Arm Generic Interrupt Controller v2 (distributor + CPU interfaces),
without the security extensions, as QEMU's arm_gic for virt.

Inputs (``gpio_in``): the SPIs first (interrupt IDs 32..num_irq-1), then,
for each CPU, its 16 PPIs (IDs 16..31) — QEMU's numbering, so a board
wires SPI n to ``gpio_in[n]`` and PPI p of CPU c to
``gpio_in[num_irq - 32 + c * 32 + p]`` (p = 16..31, as in QEMU).
Outputs: for each CPU an IRQ line (index c) and an FIQ line (num_cpu + c).

Banked per CPU, as in QEMU: the CPU interface, and in the distributor the
SGI/PPI enable, pending, active and priority bits, ITARGETSR0-7 and the SGI
pending registers.  Which CPU is accessing comes from ``current_cpu`` (a
callable returning a CPU index) that the board sets; alone, CPU 0.

Distributor (0x1000 bytes): CTLR, TYPER, IIDR, IGROUPR, ISENABLER,
ICENABLER, ISPENDR, ICPENDR, ISACTIVER, ICACTIVER, IPRIORITYR, ITARGETSR,
ICFGR, SGIR, CPENDSGIR/SPENDSGIR, ID registers.  CPU interface (0x2000
bytes): CTLR, PMR, BPR, IAR, EOIR, RPR, HPPIR, ABPR, AIAR, AEOIR, AHPPIR,
APR, IIDR, DIR.

Migration: the `arm_gic` section of QEMU 7.2 (hw/intc/arm_gic_common.c,
version 12): QEMU's fixed-size arrays (GIC_NCPU = 8 CPU interfaces,
GIC_MAXIRQ = 1020 interrupts) in QEMU's encodings, through
:class:`GICMigrationView` (filled by pre_save, applied by post_load).  The
`arm_gic_virt_state` subsection is never sent (no virtualization
extensions), as on QEMU's virt.
"""

import numpy as np

from emu.irq import allocate_irqs
from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import Property, register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import (VMStateDescription, VMStateField, vmstate_bool,
                               vmstate_uint8, vmstate_uint8_array, vmstate_uint16_array,
                               vmstate_uint32, vmstate_uint32_array)

GIC_MAXIRQ = 1020
SPURIOUS = 1023
GIC_INTERNAL = 32
IDLE_PRIORITY = 0xFF
DIST_ID = (0x04, 0, 0, 0, 0x90, 0xB4, 0x2B, 0x00, 0x0D, 0xF0, 0x05, 0xB1)
GICD_IIDR = 0x0000043B
GICC_IIDR = 0x0002043B
GIC_MIN_BPR, GIC_MIN_ABPR = 0, 1        # QEMU's reset values and write floors


@register_type
class ArmGIC(SysBusDevice):
    type_name = "arm_gic"
    desc = "ARM GICv2"
    properties = (Property("num-cpu", "uint32", 1),
                  Property("num-irq", "uint32", 32),
                  Property("revision", "uint32", 2))

    def instance_init(self):
        self.num_cpu = 1
        self.num_irq = 32
        self.current_cpu = lambda: 0
        self.vm = None                  # GICMigrationView while saving or loading

    def realize(self):
        n, c = self.num_irq, self.num_cpu
        self.gpio_in = allocate_irqs(self._set_irq, n - GIC_INTERNAL + GIC_INTERNAL * c)
        for _ in range(2 * c):
            self.init_irq()
        ops = MemoryRegionOps(self.dist_read, self.dist_write, valid_min=1, valid_max=4)
        self.init_mmio(MemoryRegion.io("gic_dist", 0x1000, ops, owner=self))
        ops = MemoryRegionOps(self.cpu_read, self.cpu_write, valid_min=1, valid_max=4,
                              impl_min=4, impl_max=4)
        self.init_mmio(MemoryRegion.io("gic_cpu", 0x2000, ops, owner=self))
        self.reset_state()

    # -- state -----------------------------------------------------------------
    def reset_state(self):
        n, c = self.num_irq, self.num_cpu
        self.ctlr = 0
        self.cpu_ctlr = [0] * c
        self.priority_mask = [0] * c
        self.bpr = [GIC_MIN_BPR] * c
        self.abpr = [GIC_MIN_ABPR] * c
        self.running_priority = [IDLE_PRIORITY] * c
        self.current_pending = [SPURIOUS] * c
        self.enabled = [0] * n                    # bit per cpu (cpu mask) for < 32
        self.pending = [0] * n
        self.active = [0] * n
        self.level = [0] * n
        self.edge_trigger = [0] * n
        self.group = [0] * n
        self.priority1 = [0] * (GIC_INTERNAL * c)  # SGI/PPI priorities per cpu
        self.priority2 = [0] * (n - GIC_INTERNAL)
        self.irq_target = [0] * n
        self.sgi_pending = [[0] * c for _ in range(16)]   # source cpu masks
        self.last_active = [[SPURIOUS] * c for _ in range(GIC_MAXIRQ)]
        for i in range(16):                       # SGIs: enabled, edge
            self.enabled[i] = (1 << c) - 1
            self.edge_trigger[i] = 1
        if c == 1:
            for i in range(GIC_INTERNAL, n):
                self.irq_target[i] = 1
        self._outputs = [0] * (2 * c)

    def reset(self):
        self.reset_state()
        self.update()

    def _all(self):
        return (1 << self.num_cpu) - 1

    def _prio(self, irq, cpu):
        if irq < GIC_INTERNAL:
            return self.priority1[cpu * GIC_INTERNAL + irq]
        return self.priority2[irq - GIC_INTERNAL]

    def _cm(self, irq, cpu):
        """The cpu mask bits relevant to irq seen from cpu."""
        return (1 << cpu) if irq < GIC_INTERNAL else self._all()

    def _is_pending(self, irq, cpu):
        mask = self._cm(irq, cpu)
        if self.pending[irq] & mask:
            return True
        return (not self.edge_trigger[irq]) and bool(self.level[irq] & mask)

    # -- input lines ----------------------------------------------------------------
    def _set_irq(self, n, level):
        spis = self.num_irq - GIC_INTERNAL
        if n < spis:
            irq, cm, target = n + GIC_INTERNAL, self._all(), None
        else:
            k = n - spis
            cpu, irq = k // GIC_INTERNAL, k % GIC_INTERNAL
            cm = target = 1 << cpu
        if target is None:
            target = self.irq_target[irq]
        if level:
            if not self.level[irq] & cm:
                self.level[irq] |= cm
                if self.edge_trigger[irq]:
                    self.pending[irq] |= target
        else:
            self.level[irq] &= ~cm
        self.update()

    # -- output lines ---------------------------------------------------------------
    def update(self):
        for cpu in range(self.num_cpu):
            best_prio, best_irq = 0x100, SPURIOUS
            if self.ctlr & 1 and self.cpu_ctlr[cpu] & 1:
                for irq in range(self.num_irq):
                    cm = self._cm(irq, cpu)
                    if not self.enabled[irq] & cm:
                        continue
                    if not self._is_pending(irq, cpu):
                        continue
                    if irq >= GIC_INTERNAL and not self.irq_target[irq] & (1 << cpu):
                        continue
                    if self.active[irq] & cm:
                        continue
                    p = self._prio(irq, cpu)
                    if p < best_prio:
                        best_prio, best_irq = p, irq
            self.current_pending[cpu] = best_irq
            level = 0
            if best_irq != SPURIOUS and best_prio < self.priority_mask[cpu] \
                    and best_prio < self.running_priority[cpu]:
                level = 1
            if self._outputs[cpu] != level:
                self._outputs[cpu] = level
            self.set_irq(cpu, level)

    # -- acknowledge / end of interrupt ----------------------------------------------
    def acknowledge(self, cpu):
        irq = self.current_pending[cpu]
        if irq == SPURIOUS or self._prio(irq, cpu) >= self.running_priority[cpu]:
            return SPURIOUS
        ret = irq
        cm = 1 << cpu
        if irq < 16:
            src_mask = self.sgi_pending[irq][cpu]
            src = (src_mask & -src_mask).bit_length() - 1
            self.sgi_pending[irq][cpu] &= ~(1 << src)
            if self.sgi_pending[irq][cpu] == 0:
                self.pending[irq] &= ~cm
            ret |= src << 10
        else:
            self.pending[irq] &= ~(cm if irq < GIC_INTERNAL else self._all())
        self.last_active[irq][cpu] = self.running_irq(cpu)
        self.active[irq] |= cm
        self.running_priority[cpu] = self._prio(irq, cpu)
        self.update()
        return ret

    def running_irq(self, cpu):
        best, best_irq = 0x100, SPURIOUS
        for irq in range(self.num_irq):
            if self.active[irq] & (1 << cpu):
                p = self._prio(irq, cpu)
                if p < best:
                    best, best_irq = p, irq
        return best_irq

    def complete(self, cpu, irq):
        if irq >= self.num_irq:
            return
        cm = 1 << cpu
        self.active[irq] &= ~cm
        running = self.running_irq(cpu)
        self.running_priority[cpu] = IDLE_PRIORITY if running == SPURIOUS \
            else self._prio(running, cpu)
        self.update()

    # -- distributor registers --------------------------------------------------------
    def _bits_read(self, arr, offset, cpu):
        irq = (offset & 0x7F) * 8
        value = 0
        for i in range(8):
            n = irq + i
            if n < self.num_irq and arr(n) & self._cm(n, cpu):
                value |= 1 << i
        return value

    def dist_read(self, offset, size):
        value = 0
        cpu = self.current_cpu()
        for k in range(size):
            value |= self._dist_read_byte(offset + k, cpu) << (8 * k)
        return value

    def _dist_read_byte(self, offset, cpu):
        if offset < 0x100:
            if offset < 4:
                return (self.ctlr >> (8 * offset)) & 0xFF
            if offset < 8:
                typer = ((self.num_cpu - 1) << 5) | (self.num_irq // 32 - 1)
                return (typer >> (8 * (offset - 4))) & 0xFF
            if offset < 0xC:
                return (GICD_IIDR >> (8 * (offset - 8))) & 0xFF
            return 0
        if offset < 0x100:
            return self._bits_read(lambda n: self.group[n], offset - 0x80, cpu) if offset >= 0x80 else 0
        if offset < 0x200:
            return self._bits_read(lambda n: self.enabled[n], offset - 0x100, cpu)
        if offset < 0x300:
            return self._bits_read(lambda n: self.pending[n] | (0 if self.edge_trigger[n] else self.level[n]),
                                   offset - 0x200, cpu)
        if offset < 0x400:
            return self._bits_read(lambda n: self.active[n], offset - 0x300, cpu)
        if offset < 0x800:
            irq = offset - 0x400
            return self._prio(irq, cpu) if irq < self.num_irq else 0
        if offset < 0xC00:
            irq = offset - 0x800
            if irq >= self.num_irq:
                return 0
            if irq < GIC_INTERNAL:
                return 1 << cpu
            return self.irq_target[irq]
        if offset < 0xF00:
            irq = (offset - 0xC00) * 4
            value = 0
            for i in range(4):
                n = irq + i
                if n < self.num_irq and self.edge_trigger[n]:
                    value |= 2 << (2 * i)
            return value
        if 0xF10 <= offset < 0xF30:
            irq = (offset - 0xF10) & 0xF
            return self.sgi_pending[irq][cpu]
        if offset >= 0xFD0:
            return DIST_ID[(offset - 0xFD0) >> 2] if ((offset - 0xFD0) & 3) == 0 else 0
        return 0

    def dist_write(self, offset, value, size):
        cpu = self.current_cpu()
        if offset == 0xF00 and size == 4:
            self._sgir(value, cpu)
            return
        for k in range(size):
            self._dist_write_byte(offset + k, (value >> (8 * k)) & 0xFF, cpu)
        self.update()

    def _dist_write_byte(self, offset, value, cpu):
        if offset < 4:
            if offset == 0:
                self.ctlr = value & 1
            return
        if 0x80 <= offset < 0x100:
            irq = (offset - 0x80) * 8
            for i in range(8):
                if irq + i < self.num_irq:
                    self.group[irq + i] = (value >> i) & 1
            return
        if 0x100 <= offset < 0x300:
            kind = (offset - 0x100) // 0x80        # 0 set-enable 1 clear-enable 2 set-pend 3 clear-pend
            irq = ((offset - 0x100) & 0x7F) * 8
            for i in range(8):
                n = irq + i
                if not value >> i & 1 or n >= self.num_irq:
                    continue
                if kind in (1, 2, 3) and n < 16:
                    continue                        # SGIs: always enabled; SGIR / SPENDSGIR
                cm = self._cm(n, cpu)
                target = cm if n < GIC_INTERNAL else self.irq_target[n]
                if kind == 0:
                    self.enabled[n] |= cm
                    if not self.edge_trigger[n] and self.level[n] & cm:
                        self.pending[n] |= target
                elif kind == 1:
                    self.enabled[n] &= ~cm
                elif kind == 2:
                    self.pending[n] |= target
                else:
                    self.pending[n] &= ~cm
            return
        if 0x300 <= offset < 0x400:
            kind = (offset - 0x300) // 0x80
            irq = ((offset - 0x300) & 0x7F) * 8
            for i in range(8):
                n = irq + i
                if value >> i & 1 and n < self.num_irq:
                    cm = self._cm(n, cpu)
                    if kind == 0:
                        self.active[n] |= cm
                    else:
                        self.active[n] &= ~cm
            return
        if 0x400 <= offset < 0x800:
            irq = offset - 0x400
            if irq < GIC_INTERNAL:
                self.priority1[cpu * GIC_INTERNAL + irq] = value
            elif irq < self.num_irq:
                self.priority2[irq - GIC_INTERNAL] = value
            return
        if 0x800 <= offset < 0xC00:
            irq = offset - 0x800
            if GIC_INTERNAL <= irq < self.num_irq:
                self.irq_target[irq] = value & self._all()
            return
        if 0xC00 <= offset < 0xF00:
            irq = (offset - 0xC00) * 4
            for i in range(4):
                n = irq + i
                if GIC_INTERNAL // 2 <= n < self.num_irq and n >= 16:
                    self.edge_trigger[n] = (value >> (2 * i + 1)) & 1
            return
        if 0xF10 <= offset < 0xF30:
            irq = (offset - 0xF10) & 0xF
            if offset < 0xF20:
                self.sgi_pending[irq][cpu] &= ~value
                if not self.sgi_pending[irq][cpu]:
                    self.pending[irq] &= ~(1 << cpu)
            else:
                self.sgi_pending[irq][cpu] |= value
                if value:
                    self.pending[irq] |= 1 << cpu

    def _sgir(self, value, cpu=0):
        irq = value & 0xF
        mode = (value >> 24) & 3
        if mode == 0:
            targets = (value >> 16) & self._all()
        elif mode == 1:
            targets = self._all() & ~(1 << cpu)
        elif mode == 2:
            targets = 1 << cpu
        else:
            return
        for t in range(self.num_cpu):
            if targets >> t & 1:
                self.sgi_pending[irq][t] |= 1 << cpu
                self.pending[irq] |= 1 << t
        self.update()

    # -- CPU interface registers ---------------------------------------------------------
    def cpu_read(self, offset, size, cpu=None):
        if cpu is None:
            cpu = self.current_cpu()
        if offset == 0x00:
            return self.cpu_ctlr[cpu]
        if offset == 0x04:
            return self.priority_mask[cpu]
        if offset == 0x08:
            return self.bpr[cpu]
        if offset == 0x0C:
            return self.acknowledge(cpu)
        if offset == 0x14:
            return self.running_priority[cpu]
        if offset == 0x18:
            return self.current_pending[cpu]
        if offset == 0x1C:
            return self.abpr[cpu]
        if offset == 0xFC:
            return GICC_IIDR
        return 0

    def cpu_write(self, offset, value, size, cpu=None):
        if cpu is None:
            cpu = self.current_cpu()
        if offset == 0x00:
            self.cpu_ctlr[cpu] = value & 3
        elif offset == 0x04:
            self.priority_mask[cpu] = value & 0xFF
        elif offset == 0x08:
            self.bpr[cpu] = max(value & 7, GIC_MIN_BPR)
        elif offset == 0x10:
            self.complete(cpu, value & 0x3FF)
            return
        elif offset == 0x1C:
            self.abpr[cpu] = max(value & 7, GIC_MIN_ABPR)
        self.update()

    # -- migration -----------------------------------------------------------------
    def pre_save(self):
        self.vm = GICMigrationView.capture(self)
        return 0

    def pre_load(self):
        self.vm = GICMigrationView.capture(self)
        return 0

    def post_load(self, version_id):
        self.vm.apply(self)
        self.update()
        return 0


# -- the `arm_gic` section ------------------------------------------------------------
GIC_NCPU = 8                    # QEMU's array sizes, whatever num-cpu is
GIC_NR_SGIS = 16
GIC_NR_APRS = 4
ALL_CPU_MASK = (1 << GIC_NCPU) - 1
QEMU_IDLE_PRIORITY = 0x100      # QEMU's running priority with nothing active


class GICIrqState:
    """One element of QEMU's irq_state[]: CPU masks and flags."""

    __slots__ = ("enabled", "pending", "active", "level", "model", "edge_trigger", "group")

    def __init__(self):
        self.enabled = self.pending = self.active = self.level = self.group = 0
        self.model = self.edge_trigger = False


class GICMigrationView:
    """GICState as QEMU lays it out.  pyemu keeps SPI enable/level as the
    mask of its CPUs and the group as one bit per interrupt; QEMU keeps
    ALL_CPU_MASK and per-CPU group masks, so the view converts both ways.
    The active-priority registers are derived from the active interrupts
    (pyemu has none of its own) and ignored on load."""

    def __init__(self):
        self.ctlr = 0
        self.cpu_ctlr = np.zeros(GIC_NCPU, np.uint32)
        self.irq_state = [GICIrqState() for _ in range(GIC_MAXIRQ)]
        self.irq_target = np.zeros(GIC_MAXIRQ, np.uint8)
        self.priority1 = np.zeros(GIC_INTERNAL * GIC_NCPU, np.uint8)     # [irq][cpu]
        self.priority2 = np.zeros(GIC_MAXIRQ - GIC_INTERNAL, np.uint8)
        self.sgi_pending = np.zeros(GIC_NR_SGIS * GIC_NCPU, np.uint8)    # [irq][cpu]
        # entries past num-cpu stay 0, as QEMU's reset leaves them
        self.priority_mask = np.zeros(GIC_NCPU, np.uint16)
        self.running_priority = np.zeros(GIC_NCPU, np.uint16)
        self.current_pending = np.zeros(GIC_NCPU, np.uint16)
        self.bpr = np.zeros(GIC_NCPU, np.uint8)
        self.abpr = np.zeros(GIC_NCPU, np.uint8)
        self.apr = np.zeros(GIC_NR_APRS * GIC_NCPU, np.uint32)           # [regno][cpu]
        self.nsapr = np.zeros(GIC_NR_APRS * GIC_NCPU, np.uint32)

    # -- pyemu -> QEMU ---------------------------------------------------------------
    @classmethod
    def capture(cls, gic):
        vm = cls()
        vm.ctlr = gic.ctlr
        vm.irq_target[:] = 1 if gic.num_cpu == 1 else 0
        for irq in range(gic.num_irq):
            vm._capture_irq(gic, irq)
        for cpu in range(gic.num_cpu):
            vm._capture_cpu(gic, cpu)
        return vm

    def _capture_irq(self, gic, irq):
        st = self.irq_state[irq]
        spi = irq >= GIC_INTERNAL
        st.enabled = ALL_CPU_MASK if (irq < GIC_NR_SGIS or spi) and gic.enabled[irq] \
            else gic.enabled[irq]
        st.pending = gic.pending[irq]
        st.active = gic.active[irq]
        st.level = ALL_CPU_MASK if spi and gic.level[irq] else gic.level[irq]
        st.edge_trigger = bool(gic.edge_trigger[irq])
        st.group = (ALL_CPU_MASK if spi else gic._all()) if gic.group[irq] else 0
        if spi:
            self.irq_target[irq] = gic.irq_target[irq]
            self.priority2[irq - GIC_INTERNAL] = gic.priority2[irq - GIC_INTERNAL]

    def _capture_cpu(self, gic, cpu):
        self.cpu_ctlr[cpu] = gic.cpu_ctlr[cpu]
        for irq in range(GIC_INTERNAL):
            self.priority1[irq * GIC_NCPU + cpu] = gic.priority1[cpu * GIC_INTERNAL + irq]
        for irq in range(GIC_NR_SGIS):
            self.sgi_pending[irq * GIC_NCPU + cpu] = gic.sgi_pending[irq][cpu]
        self.priority_mask[cpu] = gic.priority_mask[cpu]
        idle = gic.running_irq(cpu) == SPURIOUS
        self.running_priority[cpu] = QEMU_IDLE_PRIORITY if idle else gic.running_priority[cpu]
        self.current_pending[cpu] = gic.current_pending[cpu]
        self.bpr[cpu] = gic.bpr[cpu]
        self.abpr[cpu] = gic.abpr[cpu]
        self._capture_apr(gic, cpu)

    def _capture_apr(self, gic, cpu):
        """QEMU's gic_activate_irq sets bit (group priority >> 1) of
        APR (group 0) or NSAPR (group 1) for every active interrupt."""
        for irq in range(gic.num_irq):
            if not gic.active[irq] & (1 << cpu):
                continue
            group1 = gic.group[irq] and not gic.cpu_ctlr[cpu] & 0x10     # CBPR
            bpr = (gic.abpr[cpu] - 1) if group1 else gic.bpr[cpu]
            level = (gic._prio(irq, cpu) & (0xFF << ((bpr & 7) + 1)) & 0xFF) >> 1
            regs = self.nsapr if gic.group[irq] else self.apr
            regs[(level // 32) * GIC_NCPU + cpu] |= 1 << (level % 32)

    # -- QEMU -> pyemu ---------------------------------------------------------------
    def apply(self, gic):
        gic.ctlr = int(self.ctlr) & 1
        mask = gic._all()
        for irq in range(gic.num_irq):
            st = self.irq_state[irq]
            gic.enabled[irq] = int(st.enabled) & mask
            gic.pending[irq] = int(st.pending) & mask
            gic.active[irq] = int(st.active) & mask
            gic.level[irq] = int(st.level) & mask
            gic.edge_trigger[irq] = 1 if st.edge_trigger else 0
            gic.group[irq] = 1 if st.group else 0
            if irq >= GIC_INTERNAL:
                gic.irq_target[irq] = int(self.irq_target[irq]) & mask
                gic.priority2[irq - GIC_INTERNAL] = int(self.priority2[irq - GIC_INTERNAL])
        for cpu in range(gic.num_cpu):
            self._apply_cpu(gic, cpu)

    def _apply_cpu(self, gic, cpu):
        gic.cpu_ctlr[cpu] = int(self.cpu_ctlr[cpu]) & 3
        for irq in range(GIC_INTERNAL):
            gic.priority1[cpu * GIC_INTERNAL + irq] = int(self.priority1[irq * GIC_NCPU + cpu])
        for irq in range(GIC_NR_SGIS):
            gic.sgi_pending[irq][cpu] = int(self.sgi_pending[irq * GIC_NCPU + cpu]) & gic._all()
        gic.priority_mask[cpu] = int(self.priority_mask[cpu]) & 0xFF
        gic.running_priority[cpu] = min(int(self.running_priority[cpu]), IDLE_PRIORITY)
        gic.current_pending[cpu] = int(self.current_pending[cpu])
        gic.bpr[cpu] = max(int(self.bpr[cpu]) & 7, GIC_MIN_BPR)
        gic.abpr[cpu] = max(int(self.abpr[cpu]) & 7, GIC_MIN_ABPR)


VMSTATE_GIC_IRQ_STATE = VMStateDescription(
    "arm_gic_irq_state", version_id=1, minimum_version_id=1,
    fields=(vmstate_uint8("enabled"), vmstate_uint8("pending"), vmstate_uint8("active"),
            vmstate_uint8("level"), vmstate_bool("model"), vmstate_bool("edge_trigger"),
            vmstate_uint8("group")))

VMSTATE_GIC = VMStateDescription(
    "arm_gic", version_id=12, minimum_version_id=12,
    pre_save=ArmGIC.pre_save, pre_load=ArmGIC.pre_load, post_load=ArmGIC.post_load,
    fields=(
        vmstate_uint32("ctlr", path="vm.ctlr"),
        vmstate_uint32_array("cpu_ctlr", GIC_NCPU, path="vm.cpu_ctlr"),
        VMStateField("irq_state", "struct", path="vm.irq_state", num=GIC_MAXIRQ,
                     dims=(GIC_MAXIRQ,), vmsd=VMSTATE_GIC_IRQ_STATE),
        vmstate_uint8_array("irq_target", GIC_MAXIRQ, path="vm.irq_target"),
        vmstate_uint8_array("priority1", GIC_INTERNAL * GIC_NCPU, path="vm.priority1"),
        vmstate_uint8_array("priority2", GIC_MAXIRQ - GIC_INTERNAL, path="vm.priority2"),
        vmstate_uint8_array("sgi_pending", GIC_NR_SGIS * GIC_NCPU, path="vm.sgi_pending"),
        vmstate_uint16_array("priority_mask", GIC_NCPU, path="vm.priority_mask"),
        vmstate_uint16_array("running_priority", GIC_NCPU, path="vm.running_priority"),
        vmstate_uint16_array("current_pending", GIC_NCPU, path="vm.current_pending"),
        vmstate_uint8_array("bpr", GIC_NCPU, path="vm.bpr"),
        vmstate_uint8_array("abpr", GIC_NCPU, path="vm.abpr"),
        vmstate_uint32_array("apr", GIC_NR_APRS * GIC_NCPU, path="vm.apr"),
        vmstate_uint32_array("nsapr", GIC_NR_APRS * GIC_NCPU, path="vm.nsapr"),
    ))
ArmGIC.vmsd = VMSTATE_GIC

