"""The DEC 21272 "Typhoon" chipset as QEMU's clipper board models it.

Physical map (QEMU hw/alpha/typhoon.c):

    0x000_0000_0000  RAM
    0x800_0000_0000  Pchip0 PCI memory space, 4 GiB
    0x801_8000_0000  Pchip0 CSRs, 256 MiB
    0x801_A000_0000  Cchip CSRs, 256 MiB
    0x801_B000_0000  Dchip CSRs, 256 MiB (read as zero, writes ignored)
    0x801_F800_0000  PCI interrupt acknowledge / special cycle, 64 MiB
    0x801_FC00_0000  Pchip0 PCI I/O space, 32 MiB (the ISA ports live here)
    0x801_FE00_0000  Pchip0 PCI configuration space, 16 MiB

CSRs are 64-bit registers 0x40 apart.  The Cchip holds the interrupt
state: DRIR (raw requests; ISA interrupts arrive on line 55), one DIM
(mask) per CPU and DIR = DIM & DRIR; a CPU sees a device interrupt while its
DIR is non-zero.  The RTC's periodic interrupt is the interval timer: it
decrements each CPU's IIC and, when that passes zero, sets MISC.ITI and
raises the CPU's timer interrupt.  MISC also carries the interprocessor
interrupts.  The Pchip keeps the four DMA windows and PCTL.
"""

from emu.irq import IRQ
from emu.memory import LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.qom.device import SysBusDevice

MiB = 1 << 20
GiB = 1 << 30

PCHIP0_MEM_BASE = 0x80000000000
PCHIP0_CSR_BASE = 0x80180000000
CCHIP_BASE = 0x801A0000000
DCHIP_BASE = 0x801B0000000
PCHIP0_IACK_BASE = 0x801F8000000
PCHIP0_IO_BASE = 0x801FC000000
PCHIP0_CONF_BASE = 0x801FE000000

ISA_IRQ_LINE = 55

# CPU interrupt kinds the chipset drives (see AlphaCPU.set_interrupt).
CPU_IRQ_HARD, CPU_IRQ_TIMER, CPU_IRQ_SMP = "hard", "timer", "smp"


class _Window:
    def __init__(self):
        self.wsba = 0
        self.wsm = 0
        self.tba = 0


@register_type
class Typhoon(SysBusDevice):
    """Cchip + Dchip + Pchip0.  The board hands in ``cpu_irq(cpu_index, kind,
    level)`` before realize, maps the regions named in the module docstring
    and puts its ISA/PCI devices in ``pci_io`` / ``pci_mem`` / ``bus``."""

    type_name = "typhoon-pcihost"
    desc = "DEC 21272 Typhoon chipset"

    def instance_init(self):
        self.cpu_irq = None
        self.num_cpus = 1
        self.bus = None
        self.iack = None               # fn() -> vector (the i8259's INTA)
        self.misc = 0
        self.drir = 0
        self.dim = [0] * 4
        self.iic = [0] * 4
        self.pctl = 0
        self.win = [_Window() for _ in range(4)]

    def realize(self):
        def ops(read, write, impl_min=8):
            return MemoryRegionOps(read, write, endianness=LITTLE_ENDIAN, valid_min=4,
                                   valid_max=8, impl_min=impl_min, impl_max=8)
        self.cchip_region = MemoryRegion.io("cchip0", 256 * MiB, ops(self._cchip_read,
                                                                      self._cchip_write),
                                            owner=self)
        self.dchip_region = MemoryRegion.io("dchip0", 256 * MiB,
                                            ops(lambda o, s: 0, lambda o, v, s: None, 4),
                                            owner=self)
        self.pchip_region = MemoryRegion.io("pchip0", 256 * MiB, ops(self._pchip_read,
                                                                      self._pchip_write),
                                            owner=self)
        self.pci_mem = MemoryRegion.container_region("pci0-mem", 4 * GiB, owner=self)
        self.pci_io = MemoryRegion.container_region("pci0-io", 32 * MiB, owner=self)
        self.conf_region = MemoryRegion.io(
            "pci0-conf", 16 * MiB,
            MemoryRegionOps(self._conf_read, self._conf_write, endianness=LITTLE_ENDIAN,
                            valid_min=1, valid_max=4, impl_min=1, impl_max=4), owner=self)
        self.iack_region = MemoryRegion.io(
            "pci0-iack", 64 * MiB,
            MemoryRegionOps(self._iack_read, lambda o, v, s: None, endianness=LITTLE_ENDIAN,
                            valid_min=4, valid_max=4), owner=self)
        self.isa_irq = IRQ(lambda _n, level: self.set_irq_line(ISA_IRQ_LINE, level))
        self.rtc_irq = IRQ(lambda _n, level: self.timer_tick(level))

    def map(self, system_memory):
        for base, region in ((PCHIP0_MEM_BASE, self.pci_mem), (PCHIP0_CSR_BASE, self.pchip_region),
                             (CCHIP_BASE, self.cchip_region), (DCHIP_BASE, self.dchip_region),
                             (PCHIP0_IACK_BASE, self.iack_region),
                             (PCHIP0_IO_BASE, self.pci_io),
                             (PCHIP0_CONF_BASE, self.conf_region)):
            system_memory.add_subregion(base, region)

    def reset(self):
        self.misc = 0
        self.drir = 0
        self.dim = [0] * 4
        self.iic = [0] * 4
        self.pctl = 0
        self.win = [_Window() for _ in range(4)]

    # -- interrupts ---------------------------------------------------------------
    def _update_cpu(self, i):
        if i < self.num_cpus and self.cpu_irq is not None:
            self.cpu_irq(i, CPU_IRQ_HARD, (self.dim[i] & self.drir) != 0)

    def set_irq_line(self, line, level):
        """A DRIR line (PCI slots and the ISA PIC) changed."""
        if level:
            self.drir |= 1 << line
        else:
            self.drir &= ~(1 << line)
        for i in range(4):
            self._update_cpu(i)

    def timer_tick(self, level):
        """The RTC's periodic interrupt: the interval timer (rising edges)."""
        if not level:
            return
        for i in range(self.num_cpus):
            iic = self.iic[i]
            iic = ((iic - 1) & 0x1FFFFFF) | (iic & 0x1000000)
            self.iic[i] = iic
            if iic & 0x1000000:
                self.misc |= 1 << (i + 4)
                self.cpu_irq(i, CPU_IRQ_TIMER, True)

    def alarm(self, cpu_index):
        """A CPU's ALARM processor register expired."""
        self.misc |= 1 << (cpu_index + 4)
        self.cpu_irq(cpu_index, CPU_IRQ_TIMER, True)

    # -- Cchip --------------------------------------------------------------------------
    def current_cpu_index(self):
        return 0

    def _cchip_read(self, offset, size):
        value = self._cchip_read64(offset & ~7)
        return value >> 32 if offset & 4 else value

    def _cchip_read64(self, addr):
        if addr == 0x0080:
            return self.misc | (self.current_cpu_index() & 3)
        regs = {0x0200: lambda: self.dim[0], 0x0240: lambda: self.dim[1],
                0x0280: lambda: self.dim[0] & self.drir, 0x02C0: lambda: self.dim[1] & self.drir,
                0x0300: lambda: self.drir, 0x0380: lambda: self.iic[0],
                0x03C0: lambda: self.iic[1], 0x0600: lambda: self.dim[2],
                0x0640: lambda: self.dim[3], 0x0680: lambda: self.dim[2] & self.drir,
                0x06C0: lambda: self.dim[3] & self.drir, 0x0700: lambda: self.iic[2],
                0x0740: lambda: self.iic[3]}
        fn = regs.get(addr)
        return fn() if fn is not None else 0

    def _cchip_write(self, offset, value, size):
        if size == 4:
            old = self._cchip_read64(offset & ~7)
            if offset & 4:
                value = (old & 0xFFFFFFFF) | (value << 32)
            else:
                value = (old & ~0xFFFFFFFF) | value
        addr = offset & ~7
        if addr == 0x0080:
            self._write_misc(value)
        elif addr in (0x0200, 0x0240, 0x0600, 0x0640):
            i = {0x0200: 0, 0x0240: 1, 0x0600: 2, 0x0640: 3}[addr]
            self.dim[i] = value
            self._update_cpu(i)
        elif addr in (0x0380, 0x03C0, 0x0700, 0x0740):
            i = {0x0380: 0, 0x03C0: 1, 0x0700: 2, 0x0740: 3}[addr]
            self.iic[i] = value & 0xFFFFFF

    def _write_misc(self, val):
        old = self.misc
        new = old & ~(val & 0x10000FF0)               # W1C fields
        if val & 0x100000:
            new &= ~0xFF0000                          # ACL clears ABT and ABW
        else:
            new |= val & 0x00F00000                   # ABT field is W1S
            if (new & 0xF0000) == 0:
                new |= val & 0xF0000                  # ABW field is W1S iff zero
        new |= (val & 0xF000) >> 4                    # IPREQ sets IPINTR
        new &= ~0xF0000000000
        new |= val & 0xF0000000000                    # WO and RW fields
        self.misc = new
        if (new ^ old) & 0xFF0 and self.cpu_irq is not None:
            for i in range(self.num_cpus):
                self.cpu_irq(i, CPU_IRQ_SMP, bool(new & (1 << (i + 8))))
                if not new & (1 << (i + 4)):
                    self.cpu_irq(i, CPU_IRQ_TIMER, False)

    # -- Pchip ----------------------------------------------------------------------------
    def _pchip_read(self, offset, size):
        value = self._pchip_read64(offset & ~7)
        return value >> 32 if offset & 4 else value

    def _pchip_read64(self, addr):
        if addr < 0x100:
            return self.win[addr >> 6].wsba
        if addr < 0x200:
            return self.win[(addr - 0x100) >> 6].wsm
        if addr < 0x300:
            return self.win[(addr - 0x200) >> 6].tba
        if addr == 0x0300:
            return self.pctl
        return 0

    def _pchip_write(self, offset, value, size):
        if size == 4:
            old = self._pchip_read64(offset & ~7)
            if offset & 4:
                value = (old & 0xFFFFFFFF) | (value << 32)
            else:
                value = (old & ~0xFFFFFFFF) | value
        addr = offset & ~7
        if addr < 0x100:
            self.win[addr >> 6].wsba = value & 0xFFF00003
        elif addr < 0x200:
            self.win[(addr - 0x100) >> 6].wsm = value & 0xFFF00000
        elif addr < 0x300:
            self.win[(addr - 0x200) >> 6].tba = value & 0x7FFFFFFC00
        elif addr == 0x0300:
            mask = 0x00001CFF0FC7FF
            self.pctl = (self.pctl & ~mask) | (value & mask)

    # -- PCI configuration and interrupt acknowledge ------------------------------------
    def _conf_read(self, offset, size):
        return self.bus.config_read(offset & 0xFFFFFF, size)

    def _conf_write(self, offset, value, size):
        self.bus.config_write(offset & 0xFFFFFF, value, size)

    def _iack_read(self, offset, size):
        return self.iack() if self.iack is not None else 0


# QEMU 7.2's typhoon-pcihost registers no migration state; neither do we.
