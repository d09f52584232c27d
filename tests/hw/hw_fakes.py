"""Stand-ins the device and board tests share: a chardev, a run controller,
a clock, harts, and a machine that builds boards without an engine."""

from emu.machine import MachineState
from emu.timer import TimerList


class FakeChardev:
    """Collects output; feeds input through the frontend hooks."""

    def __init__(self):
        self.output = bytearray()
        self.can_receive = None
        self.receive = None

    def write(self, data):
        self.output += data
        return len(data)

    def set_frontend(self, can_receive, receive):
        self.can_receive = can_receive
        self.receive = receive

    def type(self, data):
        """Deliver bytes as the main loop would: as many as the UART accepts."""
        data = bytes(data)
        while data:
            n = self.can_receive()
            if n <= 0:
                return data
            self.receive(data[:n])
            data = data[n:]
        return b""


class FakeController:
    """Records what request_shutdown/request_reset were asked."""

    def __init__(self):
        self.events = []

    def request_shutdown(self, status=0, reason="guest-shutdown"):
        self.events.append(("shutdown", status, reason))

    def request_reset(self, reason="guest-reset"):
        self.events.append(("reset", reason))


class FakeClock:
    """A virtual clock the test moves by hand."""

    def __init__(self, ns=0):
        self.ns = ns

    def now(self):
        return self.ns


def make_timers(ns=0):
    return TimerList(FakeClock(ns))


def advance(timers, ns):
    """Move the fake clock to ns and run the timers that expired."""
    timers.clock.ns = ns
    return timers.run_expired()


class FakeHart:
    """A hart as boards see it: mip lines, reset_pc, rdtime_fn."""

    def __init__(self, index):
        self.index = index
        self.mip = 0
        self.reset_pc = None
        self.rdtime_fn = None

    def set_irq_line(self, bit, level):
        if level:
            self.mip |= 1 << bit
        else:
            self.mip &= ~(1 << bit)

    def reset(self):
        pass


class FakeMachine(MachineState):
    """MachineState with fake harts and a fake run controller."""

    def __init__(self, mclass, arch="riscv64", **options):
        super().__init__(mclass, options, arch)
        self.runtime = FakeController()

    def new_cpu(self, index, cpu_type=None):
        cpu = FakeHart(index)
        self.cpus.append(cpu)
        return cpu


def build_machine(name, arch="riscv64", **options):
    """A board built on FakeMachine; returns the machine state."""
    import hw.riscv  # noqa: F401  (registers the boards)
    from emu.machine import find_machine
    ms = FakeMachine(find_machine(name, arch), arch, **options)
    ms.board.init(ms)
    return ms


def write_elf(path, segments, entry, symbols=None, elfclass=64):
    """A minimal little-endian RISC-V ELF: one PT_LOAD per (paddr, bytes),
    and a symbol table of name -> (value, size) when symbols are given."""
    import struct
    is64 = elfclass == 64
    ehsize, phsize, shsize = (64, 56, 64) if is64 else (52, 32, 40)
    symbols = symbols or {}
    strtab = b"\0" + b"".join(n.encode() + b"\0" for n in symbols)
    shstrtab = b"\0.symtab\0.strtab\0.shstrtab\0"
    syms = [bytes(24 if is64 else 16)]
    name_off = 1
    for name, (value, size) in symbols.items():
        if is64:
            syms.append(struct.pack("<IBBHQQ", name_off, 0x11, 0, 1, value, size))
        else:
            syms.append(struct.pack("<IIIBBH", name_off, value, size, 0x11, 0, 1))
        name_off += len(name) + 1
    symtab = b"".join(syms)
    offset = ehsize + phsize * len(segments)
    blobs, phdrs = [], []
    for paddr, data in segments:
        if is64:
            phdrs.append(struct.pack("<IIQQQQQQ", 1, 7, offset, paddr, paddr, len(data), len(data), 4))
        else:
            phdrs.append(struct.pack("<IIIIIIII", 1, offset, paddr, paddr, len(data), len(data), 7, 4))
        blobs.append(data)
        offset += len(data)
    sect_data = [symtab, strtab, shstrtab]
    sect_offsets = []
    for data in sect_data:
        sect_offsets.append(offset)
        offset += len(data)
    shoff = offset
    shdrs = [bytes(shsize)]
    entsize = 24 if is64 else 16
    specs = [(1, 2, sect_offsets[0], len(symtab), 2, 1, entsize),       # .symtab
             (9, 3, sect_offsets[1], len(strtab), 0, 0, 0),             # .strtab
             (17, 3, sect_offsets[2], len(shstrtab), 0, 0, 0)]          # .shstrtab
    for name, typ, off, size, link, info, ent in specs:
        if is64:
            shdrs.append(struct.pack("<IIQQQQIIQQ", name, typ, 0, 0, off, size, link, info, 8, ent))
        else:
            shdrs.append(struct.pack("<IIIIIIIIII", name, typ, 0, 0, off, size, link, info, 4, ent))
    ident = b"\x7fELF" + bytes([2 if is64 else 1, 1, 1]) + bytes(9)
    if is64:
        header = ident + struct.pack("<HHIQQQIHHHHHH", 2, 243, 1, entry, ehsize, shoff, 5,
                                     ehsize, phsize, len(segments), shsize, 4, 3)
    else:
        header = ident + struct.pack("<HHIIIIIHHHHHH", 2, 243, 1, entry, ehsize, shoff, 1,
                                     ehsize, phsize, len(segments), shsize, 4, 3)
    with open(path, "wb") as fh:
        fh.write(header + b"".join(phdrs) + b"".join(blobs) + b"".join(sect_data) + b"".join(shdrs))
    return path
