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


# Registries are per arch: pyemu-system-arm's "virt" and pyemu-system-riscv64's
# "virt" are different boards that may live in one process (tests, tools).
_MACHINES = {}     # arch -> {full name -> class}
_ALIASES = {}      # arch -> {alias -> full name}


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
    """Class decorator: register a board class for each of its arches (the
    newest version of a versioned board owns the unversioned alias)."""
    full = cls.full_name()
    for arch in cls.arch:
        table = _MACHINES.setdefault(arch, {})
        if full in table:
            raise MachineError("machine type '%s' registered twice for %s" % (full, arch))
        table[full] = cls
        if cls.version:
            aliases = _ALIASES.setdefault(arch, {})
            current = aliases.get(cls.name)
            if current is None or _version_key(cls.version) > _version_key(table[current].version):
                aliases[cls.name] = full
    return cls


def _version_key(version):
    return tuple(int(p) for p in version.split("."))


def _is_current(cls, arch):
    """Unversioned, or the version the alias points at."""
    return not cls.version or _ALIASES.get(arch, {}).get(cls.name) == cls.full_name()


def find_machine(name, arch=None):
    """The board class for a machine name or alias, or None.  Without arch,
    any arch's board of that name (the first registered) is returned."""
    arches = [arch] if arch is not None else list(_MACHINES)
    for a in arches:
        full = _ALIASES.get(a, {}).get(name, name)
        cls = _MACHINES.get(a, {}).get(full)
        if cls is not None:
            return cls
    return None


def machines_for(arch):
    return sorted(_MACHINES.get(arch, {}).values(), key=lambda c: c.full_name())


def default_machine(arch):
    for cls in machines_for(arch):
        if cls.is_default and _is_current(cls, arch):
            return cls
    return None


def machine_help_text(arch):
    """`-M help`: QEMU's layout."""
    lines = ["Supported machines are:"]
    for cls in machines_for(arch):
        default = " (default)" if cls.is_default and _is_current(cls, arch) else ""
        if cls.version and _is_current(cls, arch):
            lines.append("%-20s %s (alias of %s)" % (cls.name, cls.desc + default, cls.full_name()))
            default = ""
        lines.append("%-20s %s" % (cls.full_name(), cls.desc + default))
    return "\n".join(lines)


def machine_aliases(arch):
    return dict(_ALIASES.get(arch, {}))


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
