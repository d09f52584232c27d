"""The clipper's PC keyboard controller (Intel 8042) with a PS/2 keyboard.

Ports 0x60 (data) and 0x64 (status / command) of the Typhoon's PCI I/O
space.  palcode-clipper probes the keyboard before it enters a ``-kernel``
image: controller self-test (0xaa must answer 0x55), interface test (0xab
→ 0x00), mode writes (0x60) and keyboard commands (reset 0xff → 0xfa 0xaa,
0xf5, 0xf0 + set, 0xf4, each acknowledged with 0xfa).  If the self-test
never answers, the firmware gives up and never reaches the kernel.

Modelled on the behaviour QEMU 7.2's i8042 + PS/2 keyboard show to the
firmware (status 0x18 after reset: command bit and keylock "unlocked";
the system flag is set by the self-test; OBF while a byte waits; IRQ 1
while a keyboard byte waits and mode.KBD_INT is set).  There is no
keyboard input source (the clipper runs -nographic), and no mouse.
Kept beside the board: it is the only user so far.
"""

from emu.memory import LITTLE_ENDIAN, MemoryRegion, MemoryRegionOps
from emu.qom import register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import (VMStateDescription, vmstate_buffer, vmstate_uint8)

STAT_OBF = 0x01
STAT_SYSFLAG = 0x04
STAT_CMD = 0x08
STAT_UNLOCKED = 0x10
STAT_AUX_OBF = 0x20

MODE_KBD_INT = 0x01
MODE_MOUSE_INT = 0x02
MODE_SYS = 0x04
MODE_DISABLE_KBD = 0x10
MODE_KCC = 0x40          # scancode translation

OUT_RESET = 0x01
OUT_A20 = 0x02
OUT_ONES = 0xCC

KBD_ACK = 0xFA
KBD_RESEND = 0xFE
KBD_POWER_ON = 0xAA

QUEUE_SIZE = 16


@register_type
class I8042(SysBusDevice):
    """i8042 controller + PS/2 keyboard.  IRQ output 0 = ISA IRQ 1."""

    type_name = "i8042"
    desc = "PC keyboard controller (i8042) with a PS/2 keyboard"

    def instance_init(self):
        self.queue = bytearray(QUEUE_SIZE)
        self.queue_len = 0
        self.obdata = 0
        self.status = STAT_CMD | STAT_UNLOCKED
        self.mode = MODE_KBD_INT | MODE_MOUSE_INT
        self.outport = OUT_RESET | OUT_A20 | OUT_ONES
        self.write_cmd = 0          # controller command awaiting a data byte
        self.kbd_cmd = 0            # keyboard command awaiting an argument
        self.scancode_set = 2
        self.scan_enabled = 1
        self.ledstate = 0
        self.reset_request = None   # the board's system-reset callback

    def realize(self):
        self.init_irq()
        ops = MemoryRegionOps(self._read, self._write, endianness=LITTLE_ENDIAN,
                              valid_min=1, valid_max=1)
        self.io = MemoryRegion.io("i8042", 5, ops, owner=self)
        self.init_mmio(self.io)

    def reset(self):
        self.queue_len = 0
        self.obdata = 0
        self.status = STAT_CMD | STAT_UNLOCKED
        self.mode = MODE_KBD_INT | MODE_MOUSE_INT
        self.outport = OUT_RESET | OUT_A20 | OUT_ONES
        self.write_cmd = 0
        self.kbd_cmd = 0
        self.scancode_set = 2
        self.scan_enabled = 1
        self.ledstate = 0
        self._update()

    # -- output buffer ---------------------------------------------------------------
    def _push(self, value):
        if self.queue_len < QUEUE_SIZE:
            self.queue[self.queue_len] = value & 0xFF
            self.queue_len += 1
        self._update()

    def _update(self):
        if self.queue_len:
            self.status |= STAT_OBF
        else:
            self.status &= ~(STAT_OBF | STAT_AUX_OBF)
        if self.irqs:
            self.set_irq(0, bool(self.queue_len and self.mode & MODE_KBD_INT))

    def _read_data(self):
        if self.queue_len:
            self.obdata = self.queue[0]
            self.queue[:self.queue_len - 1] = self.queue[1:self.queue_len]
            self.queue_len -= 1
            self._update()
        return self.obdata

    # -- port access ------------------------------------------------------------------
    def _read(self, offset, size):
        if offset == 0:
            return self._read_data()
        if offset == 4:
            return self.status
        return 0xFF

    def _write(self, offset, value, size):
        value &= 0xFF
        if offset == 0:
            self._write_data(value)
        elif offset == 4:
            self._write_command(value)

    def _write_command(self, cmd):
        if cmd == 0x20:                               # read mode byte
            self._push(self.mode)
        elif cmd in (0x60, 0xD1, 0xD2, 0xD3, 0xD4):  # commands taking a data byte
            self.write_cmd = cmd
        elif cmd == 0xAA:                             # controller self-test
            self.status |= STAT_SYSFLAG
            self._push(0x55)
        elif cmd == 0xAB:                             # keyboard interface test
            self._push(0x00)
        elif cmd == 0xAD:
            self.mode |= MODE_DISABLE_KBD
        elif cmd == 0xAE:
            self.mode &= ~MODE_DISABLE_KBD
        elif cmd == 0xC0:                             # read input port
            self._push(0x00)
        elif cmd == 0xD0:                             # read output port
            self._push(self.outport)
        elif cmd == 0xFE:                             # pulse reset line
            if self.reset_request is not None:
                self.reset_request()

    def _write_data(self, value):
        cmd, self.write_cmd = self.write_cmd, 0
        if cmd == 0x60:
            self.mode = value
            self._update()
        elif cmd == 0xD1:
            self.outport = value
            if not value & OUT_RESET and self.reset_request is not None:
                self.reset_request()
        elif cmd in (0xD2, 0xD3):                     # echo into the output buffer
            self._push(value)
        elif cmd == 0xD4:                             # to the (absent) mouse
            pass
        else:
            self._keyboard_write(value)

    # -- the PS/2 keyboard --------------------------------------------------------------
    def _keyboard_write(self, value):
        cmd, self.kbd_cmd = self.kbd_cmd, 0
        if cmd == 0xF0:                               # set / get scancode set
            if value == 0:
                self._push(KBD_ACK)
                self._push({1: 0x43, 2: 0x41, 3: 0x3F}.get(self.scancode_set, 0x41))
            else:
                if 1 <= value <= 3:
                    self.scancode_set = value
                self._push(KBD_ACK)
            return
        if cmd in (0xED, 0xF3):                       # LEDs, typematic rate
            if cmd == 0xED:
                self.ledstate = value
            self._push(KBD_ACK)
            return
        if value == 0xFF:                             # reset
            self._keyboard_reset()
            self._push(KBD_ACK)
            self._push(KBD_POWER_ON)
        elif value == 0xF5:                           # reset and disable
            self._keyboard_reset()
            self.scan_enabled = 0
            self._push(KBD_ACK)
        elif value == 0xF6:                           # set defaults
            self._keyboard_reset()
            self._push(KBD_ACK)
        elif value == 0xF4:                           # enable scanning
            self.scan_enabled = 1
            self._push(KBD_ACK)
        elif value == 0xF2:                           # identify
            self._push(KBD_ACK)
            self._push(0xAB)
            self._push(0x41 if self.mode & MODE_KCC else 0x83)
        elif value == 0xEE:                           # echo
            self._push(0xEE)
        elif value in (0xED, 0xF0, 0xF3):
            self.kbd_cmd = value
            self._push(KBD_ACK)
        else:
            self._push(KBD_RESEND)

    def _keyboard_reset(self):
        self.scan_enabled = 1
        self.scancode_set = 2
        self.ledstate = 0


I8042.vmsd = VMStateDescription("pckbd", version_id=1, minimum_version_id=1, fields=(
    vmstate_uint8("write_cmd"), vmstate_uint8("status"), vmstate_uint8("mode"),
    vmstate_uint8("outport"), vmstate_uint8("obdata"), vmstate_uint8("kbd_cmd"),
    vmstate_uint8("scancode_set"), vmstate_uint8("scan_enabled"), vmstate_uint8("ledstate"),
    vmstate_uint8("queue_len"), vmstate_buffer("queue", QUEUE_SIZE),
), post_load=lambda dev, version_id: dev._update() or 0)
