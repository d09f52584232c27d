"""Machines: the MachineClass registry and the MachineState a board fills.

A board module (hw/<arch>/<board>.py) subclasses :class:`MachineClass`,
names the machine, its version and defaults, and implements ``init(ms)``:
create RAM and ROM regions, CPUs, devices, wire IRQs, load images.  Each
board type is registered with a versioned name (``virt-0.1``) and its
unversioned alias (``virt``) pointing at the newest version; older versions
keep their compat properties so their migration streams keep loading.
"""

from emu.memory import AddressSpace, MemoryRegion, RAMArena
from emu.timer import TimerList, VirtualClock


class MachineError(Exception):
    """A board could not be built (message worded for the user)."""


_MACHINES = {}     # versioned name -> class
_ALIASES = {}      # alias -> versioned name


class MachineClass:
    """What a board declares.  Subclass per machine version."""

    name = None                   # "virt"
    version = None                # "0.1" -> registered as "virt-0.1"; None = unversioned
    desc = ""
    arch = None                   # the pyemu-system-<arch> binaries that offer it
    is_default = False
    default_cpu_type = None
    valid_cpu_types = ()
    default_ram_size = 128 << 20
    max_cpus = 1
    compat_props = ()             # (driver, property, value) applied for older versions
    big_endian = False

    @classmethod
    def full_name(cls):
        return "%s-%s" % (cls.name, cls.version) if cls.version else cls.name

    # -- board hooks -------------------------------------------------------
    def init(self, ms):
        raise NotImplementedError

    def machine_props(self):
        """Extra -M properties: {name: help}."""
        return {}


def register_machine(cls):
    """Class decorator: register a board class (newest version wins the alias)."""
    full = cls.full_name()
    if full in _MACHINES:
        raise MachineError("machine type '%s' registered twice" % full)
    _MACHINES[full] = cls
    if cls.version:
        current = _ALIASES.get(cls.name)
        if current is None or _version_key(cls.version) > _version_key(_MACHINES[current].version):
            _ALIASES[cls.name] = full
    return cls


def _version_key(version):
    return tuple(int(p) for p in version.split("."))


def find_machine(name, arch=None):
    """The board class for a machine name or alias, or None."""
    full = _ALIASES.get(name, name)
    cls = _MACHINES.get(full)
    if cls is not None and arch is not None and arch not in cls.arch:
        return None
    return cls


def machines_for(arch):
    return sorted((c for c in _MACHINES.values() if arch in c.arch), key=lambda c: c.full_name())


def default_machine(arch):
    for cls in machines_for(arch):
        if cls.is_default and _ALIASES.get(cls.name) == cls.full_name():
            return cls
    return None


def machine_help_text(arch):
    """`-M help`: QEMU's layout."""
    lines = ["Supported machines are:"]
    for cls in machines_for(arch):
        alias = cls.name if _ALIASES.get(cls.name) == cls.full_name() and cls.version else None
        if alias:
            lines.append("%-20s %s (alias of %s)" % (alias, cls.desc, cls.full_name()))
        desc = cls.desc + (" (default)" if cls.is_default and alias else "")
        lines.append("%-20s %s" % (cls.full_name(), desc))
    return "\n".join(lines)


def machine_aliases():
    return dict(_ALIASES)


class MachineState:
    """One running machine: memory, CPUs, devices and the options it was given."""

    def __init__(self, mclass, options, arch):
        self.mclass = mclass
        self.board = mclass()
        self.arch = arch
        self.options = options
        self.type_name = mclass.full_name()
        self.ram_size = options.get("ram_size") or mclass.default_ram_size
        self.smp = options.get("smp_cpus", 1)
        self.cpu_type = options.get("cpu_type") or mclass.default_cpu_type
        self.machine_props = options.get("machine_props", {})
        self.kernel = options.get("kernel")
        self.bios = options.get("bios")
        self.append = options.get("append")
        self.initrd = options.get("initrd")
        self.dtb = options.get("dtb")
        self.arena = RAMArena(self.ram_size + (256 << 20))
        self.system_memory = MemoryRegion.container_region("system", 1 << 64)
        self.address_space = AddressSpace(self.system_memory, "memory")
        self.io_memory = None          # boards with an I/O port space create it
        self.cpus = []
        self.devices = []              # realized devices, in creation order (qtree)
        self.serial_hds = options.get("serial_hds", [])
        self.symbols = {}              # ELF symbols of loaded images
        self.reset_handlers = []
        self.clock = VirtualClock(options.get("icount_shift"))
        self.timers = TimerList(self.clock)          # QEMU_CLOCK_VIRTUAL timers
        self.runtime = None            # set by emu.vl: the run-state controller
        self.vmstate = None            # migration.savevm.SaveVMRegistry, set by emu.vl

    # -- what boards call ------------------------------------------------
    def add_device(self, dev, name=None):
        """Realize dev and keep it for reset, `info qtree` and migration."""
        dev.do_realize()
        self.devices.append(dev)
        if self.vmstate is not None and dev.vmsd is not None:
            # sysbus devices have no dev-path: the idstr is the vmsd name and
            # the instance id the next free one, as in QEMU
            self.vmstate.register_vmstate(dev.vmsd.name, -1, dev.vmsd, dev)
        return dev

    def new_cpu(self, index, cpu_type=None):
        """Create, realize and keep the CPU number index (type: -cpu or the default)."""
        from emu.cpu import create_cpu
        cpu = create_cpu(cpu_type or self.cpu_type, self, index)
        self.cpus.append(cpu)
        return cpu

    def serial_hd(self, index):
        """The chardev of -serial number index, or None."""
        return self.serial_hds[index] if index < len(self.serial_hds) else None

    def request_shutdown(self, status=0, reason="guest-shutdown"):
        self.runtime.request_shutdown(status, reason)

    def request_reset(self, reason="guest-reset"):
        self.runtime.request_reset(reason)

    def reset(self):
        for dev in self.devices:
            dev.reset()
        for cpu in self.cpus:
            cpu.reset()
        for fn in self.reset_handlers:
            fn()
