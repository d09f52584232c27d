"""Whole-VM save and load in QEMU's stream format, and the section registry.

A SaveVMRegistry (one per machine) holds the sections: VMState devices
(register_vmstate) and iterative "live" handlers such as RAM
(register_live).  save_state() writes a complete snapshot stream:

    magic, version 3, configuration (0x07), START per live handler,
    PART passes, END, FULL per device, EOF (0x00), vmdesc (0x06 + JSON)

SaveVMWriter exposes the same steps one by one (header, setup, iterate,
pending, switchover_start, complete) for a live-migration thread.
load_state() / SaveVMLoader read a stream back with QEMU's loader rules.

A live handler is any object with save_setup(f), save_iterate(f,
max_bytes=None) -> done, save_complete(f), pending() -> bytes and
load_state(f, version_id); see migration/ram.py.
"""
import json

from migration.errors import MigrationError, printable
from migration.vmstate import (
    VMStateDescription, vmstate_bool, vmstate_buffer, vmstate_load,
    vmstate_save, vmstate_uint32, vmstate_unused, vmstate_vbuffer_alloc_uint32,
)

QEMU_VM_FILE_MAGIC = 0x5145564D
QEMU_VM_FILE_VERSION_COMPAT = 0x00000002
QEMU_VM_FILE_VERSION = 0x00000003

QEMU_VM_EOF = 0x00
QEMU_VM_SECTION_START = 0x01
QEMU_VM_SECTION_PART = 0x02
QEMU_VM_SECTION_END = 0x03
QEMU_VM_SECTION_FULL = 0x04
QEMU_VM_SUBSECTION = 0x05
QEMU_VM_VMDESCRIPTION = 0x06
QEMU_VM_CONFIGURATION = 0x07
QEMU_VM_COMMAND = 0x08
QEMU_VM_SECTION_FOOTER = 0x7E

MIG_CMD_PING = 2
MIG_CMD_SWITCHOVER_START = 11
MIG_CMD_MAX = 12

INSTANCE_ID_ANY = -1
MAX_VMDESC_LENGTH = 64 << 20      # skipped, never allocated whole

# MigrationPriority: higher is saved and loaded first; 0 means DEFAULT.
MIG_PRI_UNINITIALIZED = 0
MIG_PRI_LOW = 1
MIG_PRI_DEFAULT = 2
MIG_PRI_IOMMU = 3
MIG_PRI_PCI_BUS = 4
MIG_PRI_VIRTIO_MEM = 5
MIG_PRI_APIC = 6
MIG_PRI_GICV3_ITS = 7
MIG_PRI_GICV3 = 8

RUNSTATES = (
    "debug", "inmigrate", "internal-error", "io-error", "paused",
    "postmigrate", "prelaunch", "finish-migrate", "restore-vm", "running",
    "save-vm", "shutdown", "suspended", "watchdog", "guest-panicked", "colo",
)


# --------------------------------------------------------------------------
# Built-in sections: configuration and globalstate
# --------------------------------------------------------------------------

class ConfigurationState:
    """Opaque of the configuration section: machine type and page bits."""

    def __init__(self, machine_type, page_bits, legacy_page_bits):
        self.name = bytearray(machine_type.encode("utf-8"))
        self.len = len(self.name)
        self.target_page_bits = page_bits
        self.local_page_bits = page_bits
        self.legacy_page_bits = legacy_page_bits
        self.local_name = machine_type


def _config_pre_save(state):
    state.len = len(state.name)
    return 0


def _config_pre_load(state):
    state.target_page_bits = state.legacy_page_bits
    return 0


def _config_post_load(state, version_id):
    received = bytes(state.name[:state.len]).decode("utf-8", "replace")
    if received != state.local_name:
        raise MigrationError(f"Machine type received is '{printable(received)}' and "
                             f"local is '{state.local_name}'")
    if state.target_page_bits != state.local_page_bits:
        raise MigrationError(f"Received TARGET_PAGE_BITS is "
                             f"{state.target_page_bits} but local is "
                             f"{state.local_page_bits}")
    return 0


VMSTATE_TARGET_PAGE_BITS = VMStateDescription(
    "configuration/target-page-bits", version_id=1, minimum_version_id=1,
    needed=lambda s: s.local_page_bits != s.legacy_page_bits,
    fields=[vmstate_uint32("target_page_bits")],
)

VMSTATE_CONFIGURATION = VMStateDescription(
    "configuration", version_id=1, minimum_version_id=1,
    pre_save=_config_pre_save, pre_load=_config_pre_load,
    post_load=_config_post_load,
    fields=[
        vmstate_uint32("len"),
        vmstate_vbuffer_alloc_uint32("name", "len", max_size=256),
    ],
    subsections=[VMSTATE_TARGET_PAGE_BITS],
)


class GlobalState:
    """Opaque of the globalstate section: the runstate to resume in."""

    RUNSTATE_SIZE = 32

    def __init__(self):
        self.size = 0
        self.runstate = bytearray(self.RUNSTATE_SIZE)
        self.has_vm_was_suspended = True
        self.vm_was_suspended = False
        self.received = False
        self.state = None

    def store(self, runstate):
        raw = runstate.encode("ascii")
        if len(raw) >= self.RUNSTATE_SIZE:
            raise MigrationError(f"runstate name too big: {runstate}")
        self.runstate[:] = raw.ljust(self.RUNSTATE_SIZE, b"\0")


def _global_pre_save(state):
    state.size = state.runstate.index(0) + 1 if 0 in state.runstate \
        else len(state.runstate)
    return 0


def _global_pre_load(state):
    state.received = False
    return 0


def _global_post_load(state, version_id):
    name = bytes(state.runstate).split(b"\0", 1)[0].decode("ascii", "replace")
    if name not in RUNSTATES:
        raise MigrationError(f"globalstate: invalid runstate '{name}'")
    state.state = name
    state.received = True
    return 0


VMSTATE_GLOBALSTATE = VMStateDescription(
    "globalstate", version_id=1, minimum_version_id=1,
    pre_save=_global_pre_save, pre_load=_global_pre_load,
    post_load=_global_post_load,
    fields=[
        vmstate_uint32("size"),
        vmstate_buffer("runstate"),
        vmstate_bool("has_vm_was_suspended"),
        vmstate_bool("vm_was_suspended"),
        vmstate_unused(66),
    ],
)


# --------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------

class SaveStateEntry:
    """One registered section: a VMState device or a live handler."""

    def __init__(self, idstr, instance_id, section_id, version_id, priority,
                 vmsd=None, opaque=None, handler=None):
        self.idstr = idstr
        self.instance_id = instance_id
        self.section_id = section_id
        self.version_id = version_id
        self.priority = priority or MIG_PRI_DEFAULT
        self.vmsd = vmsd
        self.opaque = opaque
        self.handler = handler
        self.load_version = version_id

    @property
    def is_live(self):
        return self.handler is not None

    def __repr__(self):
        return (f"<SaveStateEntry {self.idstr} {self.instance_id} "
                f"section {self.section_id}>")


class SaveVMRegistry:
    """The sections of one machine, in save order (priority, registration).

    The registry registers `globalstate` itself, first.
    """

    def __init__(self, global_state=True):
        self._entries = []
        self._next_section_id = 0
        self.global_state = GlobalState()
        if global_state:
            self.register_vmstate("globalstate", 0, VMSTATE_GLOBALSTATE,
                                  self.global_state)

    def __iter__(self):
        return iter(list(self._entries))

    def __len__(self):
        return len(self._entries)

    def find(self, idstr, instance_id):
        for entry in self._entries:
            if entry.idstr == idstr and entry.instance_id == instance_id:
                return entry
        return None

    def _instance_id(self, idstr, instance_id):
        if instance_id != INSTANCE_ID_ANY:
            if not 0 <= instance_id <= 0xFFFFFFFF:
                raise ValueError(f"instance id {instance_id} out of range")
            return instance_id
        ids = [e.instance_id for e in self._entries if e.idstr == idstr]
        return max(ids) + 1 if ids else 0

    def _add(self, entry):
        if len(entry.idstr.encode("utf-8")) > 255:
            raise ValueError(f"section name too long: '{entry.idstr}'")
        if self.find(entry.idstr, entry.instance_id) is not None:
            raise MigrationError(f"savevm: section '{entry.idstr}' instance "
                                 f"{entry.instance_id} is already registered")
        position = len(self._entries)
        for i, other in enumerate(self._entries):
            if other.priority < entry.priority:
                position = i
                break
        self._entries.insert(position, entry)
        return entry

    def _section_id(self):
        section_id = self._next_section_id
        self._next_section_id += 1
        return section_id

    def register_vmstate(self, idstr, instance_id, vmsd, opaque):
        """vmstate_register: instance_id may be INSTANCE_ID_ANY (next free)."""
        instance_id = self._instance_id(idstr, instance_id)
        return self._add(SaveStateEntry(
            idstr, instance_id, self._section_id(), vmsd.version_id,
            vmsd.priority, vmsd=vmsd, opaque=opaque))

    def register_live(self, idstr, instance_id, version, handler,
                      priority=MIG_PRI_DEFAULT):
        """register_savevm_live: an iterative handler (START/PART/END)."""
        instance_id = self._instance_id(idstr, instance_id)
        return self._add(SaveStateEntry(
            idstr, instance_id, self._section_id(), version, priority,
            handler=handler))

    def unregister(self, idstr, instance_id):
        """Remove a section; returns False when it was not registered."""
        entry = self.find(idstr, instance_id)
        if entry is None:
            return False
        self._entries.remove(entry)
        return True

    def unregister_opaque(self, opaque):
        """Remove every VMState section whose opaque is this object."""
        self._entries = [e for e in self._entries if e.opaque is not opaque]

    def blockers(self):
        """idstrs of registered sections whose VMSD is unmigratable."""
        return [e.idstr for e in self._entries
                if e.vmsd is not None and e.vmsd.unmigratable]

    def live_entries(self):
        return [e for e in self._entries if e.is_live]

    def device_entries(self):
        return [e for e in self._entries if not e.is_live]


# --------------------------------------------------------------------------
# Save
# --------------------------------------------------------------------------

def _page_bits(page_size):
    if page_size <= 0 or page_size & (page_size - 1):
        raise ValueError(f"page size {page_size} is not a power of two")
    return page_size.bit_length() - 1


def _put_header(f, entry, section_type):
    f.put_byte(section_type)
    f.put_be32(entry.section_id)
    f.put_counted_string(entry.idstr)
    f.put_be32(entry.instance_id)
    f.put_be32(entry.version_id)


def _put_short_header(f, entry, section_type):
    f.put_byte(section_type)
    f.put_be32(entry.section_id)


def _put_footer(f, entry):
    f.put_byte(QEMU_VM_SECTION_FOOTER)
    f.put_be32(entry.section_id)


def vmdesc_bytes(vmdesc):
    """0x06 + be32 length + JSON, padded so analyze-migration finds it.

    analyze-migration.py locates the JSON as the first '{' after the last
    NUL byte; a length with a 0x7B byte would fool it, so pad with spaces.
    """
    text = json.dumps(vmdesc).encode("utf-8")
    while 0x7B in len(text).to_bytes(4, "big"):
        text += b" "
    return bytes([QEMU_VM_VMDESCRIPTION]) + len(text).to_bytes(4, "big") + text


class SaveVMWriter:
    """The source side of a stream, step by step.

    savevm: header(); setup(); iterate() until True; complete().
    live migration: the same, with iterate(max_bytes) while the guest runs,
    pending() to decide on switchover, then switchover_start() and
    complete() with the guest stopped.
    """

    def __init__(self, f, registry, machine_type, page_size=4096,
                 legacy_page_bits=None):
        self.f = f
        self.registry = registry
        self.machine_type = machine_type
        self.page_size = page_size
        bits = _page_bits(page_size)
        self.config = ConfigurationState(
            machine_type, bits, bits if legacy_page_bits is None
            else legacy_page_bits)
        self.vmdesc = {}
        self._live = []
        self._done = set()

    def check_blockers(self):
        blockers = self.registry.blockers()
        if blockers:
            raise MigrationError(f"State blocked by non-migratable device "
                                 f"'{blockers[0]}'")

    def header(self):
        """Magic, version and the configuration section."""
        self.check_blockers()
        f = self.f
        f.put_be32(QEMU_VM_FILE_MAGIC)
        f.put_be32(QEMU_VM_FILE_VERSION)
        f.put_byte(QEMU_VM_CONFIGURATION)
        self.vmdesc["configuration"] = vmstate_save(
            f, VMSTATE_CONFIGURATION, self.config)
        self.vmdesc["page_size"] = self.page_size
        self.vmdesc["devices"] = []

    def setup(self):
        """early_setup FULL sections, then one START per live handler."""
        for entry in self.registry.device_entries():
            if entry.vmsd.early_setup:
                self._save_device(entry)
        self._live = self.registry.live_entries()
        for entry in self._live:
            _put_header(self.f, entry, QEMU_VM_SECTION_START)
            entry.handler.save_setup(self.f)
            _put_footer(self.f, entry)

    def iterate(self, max_bytes=None):
        """One PART per live handler not yet done; True when all are done."""
        for entry in self._live:
            if entry.section_id in self._done:
                continue
            _put_short_header(self.f, entry, QEMU_VM_SECTION_PART)
            if entry.handler.save_iterate(self.f, max_bytes):
                self._done.add(entry.section_id)
            _put_footer(self.f, entry)
        return len(self._done) == len(self._live)

    def pending(self):
        """Bytes the live handlers still have to send."""
        return sum(entry.handler.pending() for entry in self._live)

    def switchover_start(self):
        """QEMU_VM_COMMAND MIG_CMD_SWITCHOVER_START (live migration only)."""
        self.f.put_byte(QEMU_VM_COMMAND)
        self.f.put_be16(MIG_CMD_SWITCHOVER_START)
        self.f.put_be16(0)

    def complete(self, runstate="running"):
        """END per live handler, FULL per device, EOF, vmdesc; returns it."""
        self.registry.global_state.store(runstate)
        for entry in self._live:
            _put_short_header(self.f, entry, QEMU_VM_SECTION_END)
            entry.handler.save_complete(self.f)
            _put_footer(self.f, entry)
        for entry in self.registry.device_entries():
            if not entry.vmsd.early_setup:
                self._save_device(entry)
        self.f.put_byte(QEMU_VM_EOF)
        self.f.put_buffer(vmdesc_bytes(self.vmdesc))
        self.f.flush()
        return self.vmdesc

    def _save_device(self, entry):
        if not entry.vmsd.is_needed(entry.opaque):
            return
        _put_header(self.f, entry, QEMU_VM_SECTION_FULL)
        desc = {"name": entry.idstr, "instance_id": entry.instance_id}
        desc.update(vmstate_save(self.f, entry.vmsd, entry.opaque))
        _put_footer(self.f, entry)
        self.vmdesc["devices"].append(desc)


def save_state(f, registry, machine_type, page_size=4096, runstate="running",
               legacy_page_bits=None):
    """qemu_savevm_state: write a whole snapshot stream; returns the vmdesc."""
    writer = SaveVMWriter(f, registry, machine_type, page_size,
                          legacy_page_bits)
    writer.header()
    writer.setup()
    while not writer.iterate():
        pass
    return writer.complete(runstate)


# --------------------------------------------------------------------------
# Load
# --------------------------------------------------------------------------

class SaveVMLoader:
    """The destination side: qemu_loadvm_state's rules.

    After load(): `runstate` is the runstate from globalstate (None when
    the stream had none; QEMU then resumes as 'running'), `warnings` lists
    non-fatal oddities (e.g. no vmdesc after EOF).
    """

    def __init__(self, f, registry, machine_type, page_size=4096,
                 legacy_page_bits=None):
        self.f = f
        self.registry = registry
        bits = _page_bits(page_size)
        self.config = ConfigurationState(
            machine_type, bits, bits if legacy_page_bits is None
            else legacy_page_bits)
        self.warnings = []
        self.runstate = None
        self._by_section_id = {}
        self._seen = set()

    def load(self):
        self._read_header()
        self.registry.global_state.received = False
        while True:
            section_type = self.f.get_byte()
            if section_type == QEMU_VM_EOF:
                break
            self._dispatch(section_type)
        self._read_vmdesc()
        gs = self.registry.global_state
        self.runstate = gs.state if gs.received else None
        return self.runstate

    def _read_header(self):
        f = self.f
        if f.get_be32() != QEMU_VM_FILE_MAGIC:
            raise MigrationError("Not a migration stream")
        version = f.get_be32()
        if version == QEMU_VM_FILE_VERSION_COMPAT:
            raise MigrationError("SaveVM v2 format is obsolete")
        if version != QEMU_VM_FILE_VERSION:
            raise MigrationError(f"Unsupported migration stream version "
                                 f"0x{version:x}")
        if f.get_byte() != QEMU_VM_CONFIGURATION:
            raise MigrationError("Configuration section missing")
        vmstate_load(f, VMSTATE_CONFIGURATION, self.config,
                     VMSTATE_CONFIGURATION.version_id)

    def _dispatch(self, section_type):
        if section_type in (QEMU_VM_SECTION_START, QEMU_VM_SECTION_FULL):
            self._load_full(section_type)
        elif section_type in (QEMU_VM_SECTION_PART, QEMU_VM_SECTION_END):
            self._load_part()
        elif section_type == QEMU_VM_COMMAND:
            self._load_command()
        else:
            raise MigrationError(f"Unknown savevm section type "
                                 f"{section_type}")

    def _load_full(self, section_type):
        f = self.f
        section_id = f.get_be32()
        idstr = f.get_counted_string()
        instance_id = f.get_be32()
        version_id = f.get_be32()
        entry = self.registry.find(idstr, instance_id)
        if entry is None:
            _check_cpu_style_of_unknown(self.registry, idstr, instance_id)
            raise MigrationError(
                f"Unknown section or instance '{printable(idstr)}' "
                f"{instance_id}. Make "
                f"sure that your current VM setup matches your saved VM "
                f"setup, including any hotplugged devices")
        self._check_cpu_style(entry)
        self._seen.add((idstr, instance_id))
        if version_id > entry.version_id:
            raise MigrationError(f"savevm: unsupported version {version_id} "
                                 f"for '{idstr}' v{entry.version_id}")
        if entry.is_live != (section_type == QEMU_VM_SECTION_START):
            raise MigrationError(f"Section '{idstr}' {instance_id} has the "
                                 f"wrong section type {section_type}")
        self._remember(section_id, entry)
        self._load_body(entry, version_id)
        self._check_footer(entry, section_id)

    def _check_cpu_style(self, entry):
        """A type-1 `cpu` section must not be read as a type-2 one.

        Type 2 (legacy) streams always carry `cpu_common` N before `cpu` N;
        a type-1 stream has only `cpu` N, with cpu_common embedded as its
        first field.  Reading one as the other misreads every field.
        """
        if entry.idstr != CPU_IDSTR or entry.is_live:
            return
        local_type2 = self.registry.find(CPU_COMMON_IDSTR,
                                         entry.instance_id) is not None
        if local_type2 and (CPU_COMMON_IDSTR, entry.instance_id) not in self._seen:
            raise MigrationError(
                f"CPU {entry.instance_id}: the stream's 'cpu' section comes "
                f"without a 'cpu_common' section, so it was saved by a type-1 "
                f"CPU (cpu_common embedded in 'cpu'); this CPU uses type-2 "
                f"(legacy) registration with separate sections. The CPU "
                f"models do not match")

    def _remember(self, section_id, entry):
        """Map the stream's section id to entry (one id per local entry)."""
        for old_id, old in list(self._by_section_id.items()):
            if old is entry:
                del self._by_section_id[old_id]
        self._by_section_id[section_id] = entry

    def _load_part(self):
        section_id = self.f.get_be32()
        entry = self._by_section_id.get(section_id)
        if entry is None:
            raise MigrationError(f"Unknown savevm section {section_id}")
        self._load_body(entry, entry.load_version)
        self._check_footer(entry, section_id)

    def _load_body(self, entry, version_id):
        entry.load_version = version_id
        try:
            if entry.is_live:
                entry.handler.load_state(self.f, version_id)
            else:
                vmstate_load(self.f, entry.vmsd, entry.opaque, version_id)
        except MigrationError as exc:
            raise MigrationError(
                f"error while loading state for instance "
                f"0x{entry.instance_id:x} of device '{entry.idstr}': "
                f"{exc}") from exc

    def _check_footer(self, entry, section_id):
        if self.f.get_byte() != QEMU_VM_SECTION_FOOTER:
            raise MigrationError(f"Missing section footer for {entry.idstr}")
        read_id = self.f.get_be32()
        if read_id != section_id:
            raise MigrationError(f"Mismatched section id in footer for "
                                 f"{entry.idstr} -- read 0x{read_id:x} "
                                 f"expected 0x{section_id:x}")

    def _load_command(self):
        cmd = self.f.get_be16()
        length = self.f.get_be16()
        if cmd == 0 or cmd >= MIG_CMD_MAX:
            raise MigrationError(f"MIG_CMD 0x{cmd:x} unknown (len 0x{length:x})")
        if cmd == MIG_CMD_SWITCHOVER_START and length == 0:
            return
        if cmd == MIG_CMD_PING and length == 4:
            self.f.get_be32()
            return
        raise MigrationError(f"MIG_CMD 0x{cmd:x} with length {length} is not "
                             f"supported")

    def _read_vmdesc(self):
        if self.f.at_eof():
            self.warnings.append("No vmdesc after EOF")
            return
        mark = self.f.get_byte()
        if mark != QEMU_VM_VMDESCRIPTION:
            self.warnings.append(f"Expected vmdescription section, but got "
                                 f"{mark}")
            return
        length = self.f.get_be32()
        if length > MAX_VMDESC_LENGTH:
            raise MigrationError(f"vmdesc of {length} bytes is too long")
        self.f.skip(length)


CPU_IDSTR = "cpu"
CPU_COMMON_IDSTR = "cpu_common"


def _embeds_cpu_common(vmsd):
    """Does a type-1 `cpu` description start with the cpu_common struct?"""
    fields = getattr(vmsd, "fields", ()) or ()
    first = fields[0] if fields else None
    sub = getattr(first, "vmsd", None)
    return sub is not None and sub.name == CPU_COMMON_IDSTR


def _check_cpu_style_of_unknown(registry, idstr, instance_id):
    """A `cpu_common` section the machine has no slot for: type 2 into 1?"""
    if idstr != CPU_COMMON_IDSTR:
        return
    cpu = registry.find(CPU_IDSTR, instance_id)
    if cpu is not None and cpu.vmsd is not None and _embeds_cpu_common(cpu.vmsd):
        raise MigrationError(
            f"CPU {instance_id}: the stream has a separate 'cpu_common' "
            f"section, so it was saved by a type-2 (legacy) CPU; this CPU "
            f"uses type-1 registration (cpu_common embedded in 'cpu'). The "
            f"CPU models do not match")


def load_state(f, registry, machine_type, page_size=4096,
               legacy_page_bits=None):
    """qemu_loadvm_state: load a whole stream; returns the runstate.

    The runstate comes from the globalstate section; 'running' when the
    stream has none, as QEMU resumes then.
    """
    loader = SaveVMLoader(f, registry, machine_type, page_size,
                          legacy_page_bits)
    runstate = loader.load()
    return "running" if runstate is None else runstate
