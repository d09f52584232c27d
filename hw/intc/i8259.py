"""The cascaded Intel 8259A interrupt controller pair of PC-style ISA buses.

Master at ports 0x20/0x21, slave at 0xa0/0xa1 cascaded on master input 2,
ELCR (edge/level control) at 0x4d0/0x4d1.  Implemented as QEMU's i8259
model does: ICW1..ICW4 initialisation, OCW1 (IMR), OCW2 (EOI, specific
EOI, rotation), OCW3 (read IRR/ISR, poll, special mask), auto-EOI,
edge/level triggering, priority resolution with rotation.  The output
(INTR) goes to IRQ line 0; ``acknowledge()`` is the INTA cycle and returns
the vector.  ``irq_in[0..15]`` are the ISA interrupt inputs.
"""

from emu.irq import IRQ
from emu.memory import LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import VMStateDescription, vmstate_uint8, vmstate_struct


class PICChip:
    """One 8259A."""

    def __init__(self, update, is_master):
        self.update = update
        self.is_master = is_master
        self.elcr = 0
        self.elcr_mask = 0xF8 if is_master else 0xDE
        self.reset()

    def reset(self):
        self.last_irr = 0
        self.irr = 0
        self.imr = 0
        self.isr = 0
        self.priority_add = 0
        self.irq_base = 0
        self.read_reg_select = 0
        self.poll = 0
        self.special_mask = 0
        self.init_state = 0
        self.auto_eoi = 0
        self.rotate_on_auto_eoi = 0
        self.special_fully_nested_mode = 0
        self.init4 = 0
        self.single_mode = 0

    def _priority(self, mask):
        if mask == 0:
            return 8
        p = 0
        while not mask & (1 << ((p + self.priority_add) & 7)):
            p += 1
        return p

    def get_irq(self):
        """The highest-priority pending interrupt, or -1."""
        mask = self.irr & ~self.imr
        priority = self._priority(mask)
        if priority == 8:
            return -1
        mask = self.isr
        if self.special_mask:
            mask &= ~self.imr
        if self.special_fully_nested_mode and self.is_master:
            mask &= ~(1 << 2)
        cur = self._priority(mask)
        if priority < cur:
            return (priority + self.priority_add) & 7
        return -1

    def set_irq(self, irq, level):
        mask = 1 << irq
        if self.elcr & mask:
            if level:
                self.irr |= mask
                self.last_irr |= mask
            else:
                self.irr &= ~mask
                self.last_irr &= ~mask
        else:
            if level:
                if not self.last_irr & mask:
                    self.irr |= mask
                self.last_irr |= mask
            else:
                self.last_irr &= ~mask
        self.update()

    def intack(self, irq):
        if self.auto_eoi:
            if self.rotate_on_auto_eoi:
                self.priority_add = (irq + 1) & 7
        else:
            self.isr |= 1 << irq
        if not self.elcr & (1 << irq):
            self.irr &= ~(1 << irq)

    def write(self, addr, val):
        if addr == 0:
            if val & 0x10:                       # ICW1
                self.reset()
                self.init_state = 1
                self.init4 = val & 1
                self.single_mode = val & 2
            elif val & 0x08:                     # OCW3
                if val & 0x04:
                    self.poll = 1
                if val & 0x02:
                    self.read_reg_select = val & 1
                if val & 0x40:
                    self.special_mask = (val >> 5) & 1
            else:                                # OCW2
                cmd = val >> 5
                if cmd in (0, 4):
                    self.rotate_on_auto_eoi = cmd >> 2
                elif cmd in (1, 5):
                    priority = self._priority(self.isr)
                    if priority != 8:
                        irq = (priority + self.priority_add) & 7
                        self.isr &= ~(1 << irq)
                        if cmd == 5:
                            self.priority_add = (irq + 1) & 7
                elif cmd == 3:
                    self.isr &= ~(1 << (val & 7))
                elif cmd == 6:
                    self.priority_add = (val + 1) & 7
                elif cmd == 7:
                    irq = val & 7
                    self.isr &= ~(1 << irq)
                    self.priority_add = (irq + 1) & 7
            self.update()
            return
        if self.init_state == 0:                 # OCW1
            self.imr = val
        elif self.init_state == 1:               # ICW2
            self.irq_base = val & 0xF8
            self.init_state = 3 if self.single_mode else 2
            if self.single_mode and not self.init4:
                self.init_state = 0
        elif self.init_state == 2:               # ICW3
            self.init_state = 3 if self.init4 else 0
        elif self.init_state == 3:               # ICW4
            self.special_fully_nested_mode = (val >> 4) & 1
            self.auto_eoi = (val >> 1) & 1
            self.init_state = 0
        self.update()

    def poll_read(self):
        irq = self.get_irq()
        if irq >= 0:
            self.intack(irq)
            self.update()
            return irq | 0x80
        return 0

    def read(self, addr):
        if self.poll:
            self.poll = 0
            return self.poll_read()
        if addr == 0:
            return self.isr if self.read_reg_select else self.irr
        return self.imr


_PIC_VMSD = VMStateDescription("i8259", version_id=1, minimum_version_id=1, fields=(
    vmstate_uint8("last_irr"), vmstate_uint8("irr"), vmstate_uint8("imr"),
    vmstate_uint8("isr"), vmstate_uint8("priority_add"), vmstate_uint8("irq_base"),
    vmstate_uint8("read_reg_select"), vmstate_uint8("poll"), vmstate_uint8("special_mask"),
    vmstate_uint8("init_state"), vmstate_uint8("auto_eoi"),
    vmstate_uint8("rotate_on_auto_eoi"), vmstate_uint8("special_fully_nested_mode"),
    vmstate_uint8("init4"), vmstate_uint8("single_mode"), vmstate_uint8("elcr"),
))


@register_type
class I8259Pair(SysBusDevice):
    """Master and slave 8259A with the ELCR; output 0 is the master's INTR."""

    type_name = "isa-i8259"
    desc = "ISA PIC (cascaded i8259 pair)"

    def instance_init(self):
        self.master = PICChip(self._update, True)
        self.slave = PICChip(self._update, False)
        self.irq_in = [IRQ(self._set_irq, n) for n in range(16)]

    def realize(self):
        self.init_irq()

        def region(name, chip, size=2):
            ops = MemoryRegionOps(lambda o, s: chip.read(o & 1),
                                  lambda o, v, s: chip.write(o & 1, v & 0xFF),
                                  endianness=LITTLE_ENDIAN, valid_min=1, valid_max=1)
            return MemoryRegion.io(name, size, ops, owner=self)
        self.master_region = region("pic", self.master)
        self.slave_region = region("pic", self.slave)
        self.elcr_region = MemoryRegion.io("elcr", 2, MemoryRegionOps(
            self._elcr_read, self._elcr_write, endianness=LITTLE_ENDIAN, valid_min=1,
            valid_max=1), owner=self)
        self.init_mmio(self.master_region)

    def _elcr_read(self, offset, size):
        return (self.master if offset == 0 else self.slave).elcr

    def _elcr_write(self, offset, value, size):
        chip = self.master if offset == 0 else self.slave
        chip.elcr = value & chip.elcr_mask

    def reset(self):
        self.master.reset()
        self.slave.reset()
        self._update()

    def _set_irq(self, n, level):
        if n < 8:
            self.master.set_irq(n, level)
        else:
            self.slave.set_irq(n - 8, level)

    def _update(self):
        if not hasattr(self, "slave") or not self.irqs:
            return
        slave_irq = self.slave.get_irq()
        # the slave's INTR drives master input 2 (level)
        mask = 1 << 2
        if slave_irq >= 0:
            self.master.irr |= mask
            self.master.last_irr |= mask
        else:
            self.master.irr &= ~mask
            self.master.last_irr &= ~mask
        self.set_irq(0, self.master.get_irq() >= 0)

    def acknowledge(self):
        """INTA: the vector of the highest-priority interrupt (spurious 7/15)."""
        irq = self.master.get_irq()
        if irq >= 0:
            self.master.intack(irq)
            if irq == 2:
                irq2 = self.slave.get_irq()
                if irq2 >= 0:
                    self.slave.intack(irq2)
                else:
                    irq2 = 7
                vector = self.slave.irq_base + irq2
            else:
                vector = self.master.irq_base + irq
        else:
            vector = self.master.irq_base + 7
        self._update()
        return vector


I8259Pair.vmsd = VMStateDescription("i8259-pair", version_id=1, minimum_version_id=1, fields=(
    vmstate_struct("master", _PIC_VMSD), vmstate_struct("slave", _PIC_VMSD),
))
