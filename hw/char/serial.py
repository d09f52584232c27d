"""The 16550A UART (QEMU's "serial" core and its memory-mapped front end).

:class:`SerialCore` is the register file and behaviour of one 16550A: RBR/THR,
IER, IIR/FCR, LCR (with the DLAB divisor latch), MCR (loopback), LSR, MSR and
SCR, the 16-byte receive FIFO with its trigger level and character-timeout
interrupt, and the interrupt priority logic that drives one IRQ line.  It
knows nothing of buses: a front end calls ``read(reg)`` / ``write(reg, value)``
with a register number 0..7.  Bytes written to THR go to the chardev at once,
as QEMU does with a ready backend; input arrives through the chardev's
can_receive/receive frontend hooks.

:class:`SerialMM` ("ns16550a") is the sysbus front end used by RISC-V virt,
MIPS Malta's CBUS UART and others: registers ``1 << regshift`` bytes apart,
device endianness as a property.  An ISA "isa-serial" front end can wrap the
same core with an I/O-port region.

Register behaviour follows the National/TI 16550D datasheet as QEMU models
it (IER bits 0-3, FCR bits 0xC9 kept, MCR bits 0-4, THR-empty interrupt
cleared by reading IIR or writing THR, LSR error bits cleared by reading LSR,
MSR delta bits cleared by reading MSR).
"""

from emu.memory import BIG_ENDIAN, LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import Property, register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import (VMStateDescription, vmstate_int32, vmstate_struct,
                               vmstate_timer, vmstate_uint8, vmstate_uint16,
                               vmstate_uint32, vmstate_vbuffer)

# Register numbers.
RBR_THR, IER, IIR_FCR, LCR, MCR, LSR, MSR, SCR = range(8)

# IER bits.
IER_RDI, IER_THRI, IER_RLSI, IER_MSI = 0x01, 0x02, 0x04, 0x08
# IIR values.
IIR_NO_INT, IIR_ID, IIR_MSI, IIR_THRI, IIR_RDI, IIR_RLSI, IIR_CTI = (
    0x01, 0x06, 0x00, 0x02, 0x04, 0x06, 0x0C)
IIR_FE = 0xC0
# FCR bits.
FCR_FE, FCR_RFR, FCR_XFR = 0x01, 0x02, 0x04
# LCR bits.
LCR_DLAB, LCR_SBC = 0x80, 0x40
# MCR bits.
MCR_DTR, MCR_RTS, MCR_OUT1, MCR_OUT2, MCR_LOOP = 0x01, 0x02, 0x04, 0x08, 0x10
# LSR bits.
LSR_DR, LSR_OE, LSR_PE, LSR_FE, LSR_BI, LSR_THRE, LSR_TEMT = (
    0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40)
LSR_INT_ANY = 0x1E
# MSR bits.
MSR_DCTS, MSR_DDSR, MSR_TERI, MSR_DDCD = 0x01, 0x02, 0x04, 0x08
MSR_CTS, MSR_DSR, MSR_RI, MSR_DCD = 0x10, 0x20, 0x40, 0x80
MSR_ANY_DELTA = 0x0F

FIFO_LENGTH = 16
_TRIGGER_LEVELS = (1, 4, 8, 14)
NANOSECONDS_PER_SECOND = 1_000_000_000


class Fifo8:
    """A byte ring buffer laid out as QEMU's Fifo8 (data, head, num)."""

    def __init__(self, capacity=FIFO_LENGTH):
        self.data = bytearray(capacity)
        self.capacity = capacity
        self.head = 0
        self.num = 0

    def reset(self):
        self.head = 0
        self.num = 0

    def is_empty(self):
        return self.num == 0

    def is_full(self):
        return self.num == self.capacity

    def push(self, byte):
        self.data[(self.head + self.num) % self.capacity] = byte
        self.num += 1

    def pop(self):
        byte = self.data[self.head]
        self.head = (self.head + 1) % self.capacity
        self.num -= 1
        return byte


class SerialCore:
    """One 16550A: registers, FIFOs and the interrupt logic.

    ``set_irq(level)`` is called whenever the interrupt output is computed;
    ``timers`` (an emu.timer.TimerList, optional) drives the FIFO
    character-timeout interrupt.
    """

    def __init__(self, set_irq, chardev=None, timers=None, baudbase=115200):
        self.set_irq = set_irq
        self.chardev = None
        self.baudbase = baudbase
        self.recv_fifo = Fifo8()
        self.xmit_fifo = Fifo8()
        self.fifo_timeout_timer = timers.new_timer(self._fifo_timeout) if timers else None
        self.modem_status_poll = _NoTimer()
        self.clock = timers.clock if timers else None
        self.fcr_vmstate = 0
        self.tsr_retry = 0
        self.thr = 0
        self.tsr = 0
        self.reset()
        if chardev is not None:
            self.attach_chardev(chardev)

    # -- backend -----------------------------------------------------------
    def attach_chardev(self, chardev):
        """Connect a chardev: our output goes to chardev.write, its input to us."""
        self.chardev = chardev
        if hasattr(chardev, "set_frontend"):
            chardev.set_frontend(self.can_receive, self.receive)

    # -- reset -------------------------------------------------------------
    def reset(self):
        self.rbr = 0
        self.ier = 0
        self.iir = IIR_NO_INT
        self.lcr = 0
        self.lsr = LSR_TEMT | LSR_THRE
        self.msr = MSR_DCD | MSR_DSR | MSR_CTS
        self.mcr = MCR_OUT2
        self.scr = 0
        self.fcr = 0
        self.divider = 0x0C
        self.thr_ipending = 0
        self.timeout_ipending = 0
        self.poll_msl = -1          # no modem-status polling (stdio-like backends)
        self.recv_fifo_itl = 1
        self.char_transmit_time = 0
        self.recv_fifo.reset()
        self.xmit_fifo.reset()
        if self.fifo_timeout_timer is not None:
            self.fifo_timeout_timer.delete()
        self._update_parameters()
        self.set_irq(0)

    # -- interrupt logic -----------------------------------------------------
    def pending_iir(self):
        """The highest-priority pending interrupt identification (IIR bits 0-3)."""
        if self.ier & IER_RLSI and self.lsr & LSR_INT_ANY:
            return IIR_RLSI
        if self.ier & IER_RDI and self.timeout_ipending:
            return IIR_CTI
        if self.ier & IER_RDI and self.lsr & LSR_DR and (
                not self.fcr & FCR_FE or self.recv_fifo.num >= self.recv_fifo_itl):
            return IIR_RDI
        if self.ier & IER_THRI and self.thr_ipending:
            return IIR_THRI
        if self.ier & IER_MSI and self.msr & MSR_ANY_DELTA:
            return IIR_MSI
        return IIR_NO_INT

    def update_irq(self):
        ident = self.pending_iir()
        self.iir = ident | (self.iir & 0xF0)
        self.set_irq(ident != IIR_NO_INT)

    # -- register reads --------------------------------------------------------
    def read(self, reg):
        reg &= 7
        if reg == RBR_THR:
            return self.divider & 0xFF if self.lcr & LCR_DLAB else self._read_rbr()
        if reg == IER:
            return (self.divider >> 8) & 0xFF if self.lcr & LCR_DLAB else self.ier
        if reg == IIR_FCR:
            return self._read_iir()
        if reg == LCR:
            return self.lcr
        if reg == MCR:
            return self.mcr
        if reg == LSR:
            return self._read_lsr()
        if reg == MSR:
            return self._read_msr()
        return self.scr

    def _read_rbr(self):
        if self.fcr & FCR_FE:
            value = self.recv_fifo.pop() if not self.recv_fifo.is_empty() else 0
            if self.recv_fifo.is_empty():
                self.lsr &= ~(LSR_DR | LSR_BI)
            else:
                self._arm_fifo_timeout()
            self.timeout_ipending = 0
        else:
            value = self.rbr
            self.lsr &= ~(LSR_DR | LSR_BI)
        self.update_irq()
        if not self.mcr & MCR_LOOP and hasattr(self.chardev, "accept_input"):
            self.chardev.accept_input()       # room again: let buffered input in
        return value

    def _read_iir(self):
        value = self.iir
        if value & IIR_ID == IIR_THRI:
            self.thr_ipending = 0
            self.update_irq()
        return value

    def _read_lsr(self):
        value = self.lsr
        if self.lsr & (LSR_BI | LSR_OE):
            self.lsr &= ~(LSR_BI | LSR_OE)
            self.update_irq()
        return value

    def _read_msr(self):
        if self.mcr & MCR_LOOP:
            # Loopback: the modem outputs feed the inputs (DTR->DSR, RTS->CTS,
            # OUT1->RI, OUT2->DCD).
            value = (self.mcr & 0x0C) << 4
            value |= (self.mcr & 0x02) << 3
            value |= (self.mcr & 0x01) << 5
            return value
        value = self.msr
        if self.msr & MSR_ANY_DELTA:
            self.msr &= 0xF0
            self.update_irq()
        return value

    # -- register writes -------------------------------------------------------
    def write(self, reg, value):
        reg &= 7
        value &= 0xFF
        if reg == RBR_THR:
            if self.lcr & LCR_DLAB:
                self.divider = (self.divider & 0xFF00) | value
                self._update_parameters()
            else:
                self._write_thr(value)
        elif reg == IER:
            if self.lcr & LCR_DLAB:
                self.divider = (self.divider & 0x00FF) | (value << 8)
                self._update_parameters()
            else:
                self._write_ier(value)
        elif reg == IIR_FCR:
            self._write_fcr(value)
        elif reg == LCR:
            self.lcr = value
            self._update_parameters()
        elif reg == MCR:
            self.mcr = value & 0x1F
        elif reg == LSR:
            pass                      # factory test register: ignored
        elif reg == MSR:
            pass
        else:
            self.scr = value

    def _write_thr(self, value):
        self.thr = value
        self.thr_ipending = 0
        self.lsr &= ~(LSR_THRE | LSR_TEMT)
        self.update_irq()
        self._transmit(value)
        self.lsr |= LSR_THRE | LSR_TEMT
        self.thr_ipending = 1
        self.update_irq()

    def _transmit(self, value):
        if self.mcr & MCR_LOOP:
            self.receive(bytes([value]))
        elif self.chardev is not None:
            self.chardev.write(bytes([value]))

    def _write_ier(self, value):
        changed = (self.ier ^ value) & 0x0F
        self.ier = value & 0x0F
        if changed & IER_THRI:
            # Enabling THRI with THR empty raises the interrupt again (QEMU,
            # after Bochs: Windows relies on it).
            self.thr_ipending = 1 if self.ier & IER_THRI and self.lsr & LSR_THRE else 0
        if changed:
            self.update_irq()

    def _write_fcr(self, value):
        if (value ^ self.fcr) & FCR_FE:
            value |= FCR_XFR | FCR_RFR
        if value & FCR_RFR:
            self.lsr &= ~(LSR_DR | LSR_BI)
            if self.fifo_timeout_timer is not None:
                self.fifo_timeout_timer.delete()
            self.timeout_ipending = 0
            self.recv_fifo.reset()
        if value & FCR_XFR:
            self.lsr |= LSR_THRE
            self.thr_ipending = 1
            self.xmit_fifo.reset()
        self._set_fcr(value & 0xC9)
        self.update_irq()

    def _set_fcr(self, value):
        """Store FCR and its derived state (IIR FIFO bits, trigger level)."""
        self.fcr = value
        if value & FCR_FE:
            self.iir |= IIR_FE
            self.recv_fifo_itl = _TRIGGER_LEVELS[(value >> 6) & 3]
        else:
            self.iir &= ~IIR_FE
            self.recv_fifo_itl = 1

    def _update_parameters(self):
        """Recompute the character time from LCR and the divisor."""
        if self.divider == 0 or self.baudbase == 0:
            return
        frame_bits = 1 + (self.lcr & 3) + 5 + (1 if self.lcr & 0x08 else 0)
        frame_bits += 2 if self.lcr & 0x04 else 1
        speed = self.baudbase / self.divider
        self.char_transmit_time = int(NANOSECONDS_PER_SECOND / speed * frame_bits)

    # -- input -----------------------------------------------------------------
    def can_receive(self):
        """How many bytes the UART accepts now (the chardev's flow control)."""
        if self.fcr & FCR_FE:
            num = self.recv_fifo.num
            if num >= FIFO_LENGTH:
                return 0
            return self.recv_fifo_itl - num if num <= self.recv_fifo_itl else 1
        return 0 if self.lsr & LSR_DR else 1

    def receive(self, data):
        """Bytes from the backend (or from loopback) into RBR / the RX FIFO."""
        if not data:
            return
        if self.fcr & FCR_FE:
            for byte in data:
                if self.recv_fifo.is_full():
                    self.lsr |= LSR_OE
                else:
                    self.recv_fifo.push(byte)
            self.lsr |= LSR_DR
            self._arm_fifo_timeout()
        else:
            if self.lsr & LSR_DR:
                self.lsr |= LSR_OE
            self.rbr = data[0]
            self.lsr |= LSR_DR
        self.update_irq()

    def _arm_fifo_timeout(self):
        if self.fifo_timeout_timer is not None and self.char_transmit_time:
            self.fifo_timeout_timer.mod(self.clock.now() + 4 * self.char_transmit_time)

    def _fifo_timeout(self):
        if self.recv_fifo.num:
            self.timeout_ipending = 1
            self.update_irq()

    # -- migration hooks -------------------------------------------------------
    def pre_save(self):
        self.fcr_vmstate = self.fcr
        return 0

    def pre_load(self):
        self.thr_ipending = -1
        self.poll_msl = -1
        # state the optional subsections carry is at rest unless they come
        if self.fifo_timeout_timer is not None:
            self.fifo_timeout_timer.delete()
        self.tsr_retry = 0
        self.timeout_ipending = 0
        self.recv_fifo.reset()
        self.xmit_fifo.reset()
        return 0

    def post_load(self, version_id):
        if version_id < 3:
            self.fcr_vmstate = 0
        if self.thr_ipending == -1:
            self.thr_ipending = 1 if self.iir & IIR_ID == IIR_THRI else 0
        if self.fcr_vmstate:
            self._set_fcr(self.fcr_vmstate)
        else:
            self.fcr = 0
        self._update_parameters()
        return 0


class _NoTimer:
    """Stands in for QEMU's modem-status poll timer, never armed here."""

    def get_expire(self):
        return -1

    def set_expire(self, ns):
        pass


# --------------------------------------------------------------------------
# The sysbus front end
# --------------------------------------------------------------------------

@register_type
class SerialMM(SysBusDevice):
    """A 16550A on the system bus ("ns16550a"): byte registers at
    ``offset >> regshift``, one IRQ output, chardev from the board."""

    type_name = "ns16550a"
    desc = "16550A UART, memory mapped"
    category = "input"
    properties = (
        Property("regshift", "uint", 0, bits=8, doc="register spacing as a shift"),
        Property("baudbase", "uint", 115200, doc="input clock / 16"),
        Property("endianness", "string", LITTLE_ENDIAN, doc="little or big"),
        Property("chardev", "chardev", None, doc="the backend"),
    )

    def instance_init(self):
        self.core = None
        self.timer_list = None        # the board may hand in ms.timers (FIFO timeout)

    def realize(self):
        self.init_irq()
        self.core = SerialCore(lambda level: self.set_irq(0, level),
                               self.chardev, self.timer_list, self.baudbase)
        endian = BIG_ENDIAN if self.endianness == BIG_ENDIAN else LITTLE_ENDIAN
        ops = MemoryRegionOps(self._mmio_read, self._mmio_write, endianness=endian,
                              valid_min=1, valid_max=8, impl_min=1, impl_max=8)
        self.mmio = MemoryRegion.io("serial", 8 << self.regshift, ops, owner=self)
        self.init_mmio(self.mmio)

    def _mmio_read(self, offset, size):
        return self.core.read(offset >> self.regshift)

    def _mmio_write(self, offset, value, size):
        self.core.write(offset >> self.regshift, value & 0xFF)

    def reset(self):
        self.core.reset()


def _fifo_vmsd():
    return VMStateDescription("Fifo8", version_id=1, fields=(
        vmstate_vbuffer("data", "capacity"),
        vmstate_uint32("head"),
        vmstate_uint32("num"),
    ))


_FIFO8 = _fifo_vmsd()


def _thr_ipending_needed(core):
    if not core.ier & IER_THRI:
        return False
    expected = 1 if core.iir & IIR_ID == IIR_THRI else 0
    return core.thr_ipending != expected


VMSTATE_SERIAL = VMStateDescription(
    "serial", version_id=3, minimum_version_id=2,
    pre_save=SerialCore.pre_save, pre_load=SerialCore.pre_load,
    post_load=SerialCore.post_load,
    fields=(
        vmstate_uint16("divider", version=2),
        vmstate_uint8("rbr"),
        vmstate_uint8("ier"),
        vmstate_uint8("iir"),
        vmstate_uint8("lcr"),
        vmstate_uint8("mcr"),
        vmstate_uint8("lsr"),
        vmstate_uint8("msr"),
        vmstate_uint8("scr"),
        vmstate_uint8("fcr_vmstate", version=3),
    ),
    subsections=(
        VMStateDescription("serial/thr_ipending", needed=_thr_ipending_needed,
                           fields=(vmstate_int32("thr_ipending"),)),
        VMStateDescription("serial/tsr", needed=lambda c: c.tsr_retry != 0,
                           fields=(vmstate_uint32("tsr_retry"), vmstate_uint8("thr"),
                                   vmstate_uint8("tsr"))),
        VMStateDescription("serial/recv_fifo", needed=lambda c: not c.recv_fifo.is_empty(),
                           fields=(vmstate_struct("recv_fifo", _FIFO8),)),
        VMStateDescription("serial/xmit_fifo", needed=lambda c: not c.xmit_fifo.is_empty(),
                           fields=(vmstate_struct("xmit_fifo", _FIFO8),)),
        VMStateDescription("serial/fifo_timeout_timer",
                           needed=lambda c: c.fifo_timeout_timer is not None
                           and c.fifo_timeout_timer.pending,
                           fields=(vmstate_timer("fifo_timeout_timer"),)),
        VMStateDescription("serial/timeout_ipending",
                           needed=lambda c: c.timeout_ipending != 0,
                           fields=(vmstate_int32("timeout_ipending"),)),
        VMStateDescription("serial/poll", needed=lambda c: c.poll_msl >= 0,
                           fields=(vmstate_int32("poll_msl"),
                                   vmstate_timer("modem_status_poll"))),
    ),
)

# QEMU's serial-mm wraps the core state in a section of the same name.
SerialMM.vmsd = VMStateDescription("serial", version_id=3, minimum_version_id=2, fields=(
    vmstate_struct("serial", VMSTATE_SERIAL, path="core"),
))


# --------------------------------------------------------------------------
# The ISA front end
# --------------------------------------------------------------------------

@register_type
class SerialISA(SysBusDevice):
    """A 16550A on an ISA bus ("isa-serial"): eight byte-wide I/O ports at
    ``iobase``; the board maps ``mmio_regions[0]`` into its I/O space and
    wires IRQ output 0 to the ISA interrupt ``irq``."""

    type_name = "isa-serial"
    desc = "16550A UART on the ISA bus"
    category = "input"
    properties = (
        Property("iobase", "uint", 0x3F8, doc="first I/O port"),
        Property("irq", "uint", 4, doc="ISA interrupt line"),
        Property("chardev", "chardev", None, doc="the backend"),
    )

    def instance_init(self):
        self.core = None
        self.timer_list = None

    def realize(self):
        self.init_irq()
        self.core = SerialCore(lambda level: self.set_irq(0, level),
                               self.chardev, self.timer_list, 115200)
        ops = MemoryRegionOps(self._io_read, self._io_write, endianness=LITTLE_ENDIAN,
                              valid_min=1, valid_max=8, impl_min=1, impl_max=1)
        self.io = MemoryRegion.io("serial", 8, ops, owner=self)
        self.init_mmio(self.io)

    def _io_read(self, offset, size):
        return self.core.read(offset & 7)

    def _io_write(self, offset, value, size):
        self.core.write(offset & 7, value & 0xFF)

    def reset(self):
        self.core.reset()


SerialISA.vmsd = VMStateDescription("serial", version_id=3, minimum_version_id=2, fields=(
    vmstate_struct("state", VMSTATE_SERIAL, path="core"),
))
