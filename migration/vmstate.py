"""VMState: device and CPU state described as data, in QEMU's wire format.

A VMStateDescription lists fields (and subsections) of a plain Python
object, the "opaque".  vmstate_save() writes the fields in order, big-endian
and without names, then each needed subsection (0x05, name, be32 version,
body), and builds the vmdesc JSON entry in the same pass with sizes measured
from the bytes written.  vmstate_load() reads them back with QEMU's loader
rules: version range, `_V`/`_TEST` gating, the subsection prefix rule and
the hook order pre_load -> fields -> subsections -> post_load.

Field paths name attributes of the opaque ('env.pc', 'timers[1]'); a path
of None hands the whole opaque to the field's info (QEMU's VMSTATE_SINGLE at
offset 0, e.g. ARM's `cpsr`).  Arrays are written/loaded element by element
(`a[i] = v`), so numpy views into a CPU's state array update in place.

The format reference is docs/vmstate.md and the shared migration-format
notes (sections 1.9 to 1.12).
"""
import re
import struct

import numpy as np

from migration.errors import MigrationError, printable

SUBSECTION_MARK = 0x05
_SAME = object()           # "path defaults to the field name"
_MASK64 = (1 << 64) - 1


# --------------------------------------------------------------------------
# Infos: how one element goes on the wire
# --------------------------------------------------------------------------

class VMStateInfo:
    """How one element is written and read; QEMU's VMStateInfo.

    put(f, value, field) writes `value`; get(f, value, field) reads one
    element and returns its new value.  `value` is the current local value:
    an int for integer fields, a buffer for buffers, a sub-object (a timer,
    or the whole opaque for a field with path None).  An info that updates
    an object in place returns that same object; the core stores the
    returned value back only when it is a different object.

    Custom infos either subclass this or pass get/put callables with the
    same signatures: VMStateInfo('cpsr', get=cpsr_get, put=cpsr_put).
    """

    name = "unknown"

    def __init__(self, name=None, get=None, put=None):
        if name is not None:
            self.name = name
        if get is not None:
            self.get = get
        if put is not None:
            self.put = put

    def put(self, f, value, field):
        raise NotImplementedError(f"VMStateInfo {self.name} has no put")

    def get(self, f, value, field):
        raise NotImplementedError(f"VMStateInfo {self.name} has no get")

    def __repr__(self):
        return f"<VMStateInfo {self.name}>"


class IntInfo(VMStateInfo):
    """A two's complement big-endian integer of 1, 2, 4 or 8 bytes."""

    def __init__(self, name, width, signed):
        super().__init__(name)
        self.width = width
        self.signed = signed
        self.mask = (1 << (8 * width)) - 1
        self.dtype = np.dtype(f">{'i' if signed else 'u'}{width}")

    def put(self, f, value, field):
        self._write(f, int(value))

    def _write(self, f, value):
        raw = (value & self.mask).to_bytes(self.width, "big")
        f.put_buffer(raw) if self.width > 1 else f.put_byte(raw[0])

    def read(self, f):
        raw = f.get_buffer(self.width)
        return int.from_bytes(raw, "big", signed=self.signed)

    def get(self, f, value, field):
        return self.read(f)


class EqualInfo(IntInfo):
    """An integer that must arrive equal to the local value."""

    def get(self, f, value, field):
        loaded = self.read(f)
        local = int(value)
        if self.signed:
            same = loaded == _to_signed(local, self.width)
        else:
            same = loaded == (local & self.mask)
        if not same:
            raise MigrationError(f"{loaded} != {local}")
        return value


class PositiveLeInfo(IntInfo):
    """int32 that must be >= 0 and <= the local value (length guard)."""

    def get(self, f, value, field):
        loaded = self.read(f)
        if loaded < 0 or loaded > int(value):
            raise MigrationError(
                f"Invalid value {loaded} expecting positive value <= {int(value)}")
        return loaded


class BoolInfo(VMStateInfo):
    name = "bool"

    def put(self, f, value, field):
        f.put_byte(1 if value else 0)

    def get(self, f, value, field):
        return f.get_byte() != 0


class TimerInfo(VMStateInfo):
    """be64 expiry in ns of an object with get_expire()/set_expire(); -1 = off."""

    name = "timer"

    def put(self, f, value, field):
        f.put_be64(int(value.get_expire()))

    def get(self, f, value, field):
        expire = _to_signed(f.get_be64(), 8)
        value.set_expire(-1 if expire < 0 else expire)
        return value


class Float64Info(VMStateInfo):
    """A double as its IEEE bits (float values, or ints holding the bits)."""

    name = "float64"

    def put(self, f, value, field):
        f.put_be64(_double_bits(value))

    def get(self, f, value, field):
        bits = f.get_be64()
        if isinstance(value, float):
            return struct.unpack(">d", bits.to_bytes(8, "big"))[0]
        return bits


class CpuDoubleInfo(Float64Info):
    """CPU_Double_U: be32 upper half then be32 lower half (= be64 bits)."""

    name = "CPU_Double_U"


class BufferInfo(VMStateInfo):
    """Raw bytes of a bytearray / numpy uint8 buffer, loaded in place."""

    name = "buffer"

    def put(self, f, value, field):
        f.put_buffer(value)

    def get(self, f, value, field):
        f.get_buffer_into(value)
        return value


class UnusedInfo(VMStateInfo):
    """n zero bytes on save, skipped on load (VMSTATE_UNUSED)."""

    name = "unused_buffer"

    def put(self, f, value, field):
        f.put_buffer(bytes(field.size))

    def get(self, f, value, field):
        f.skip(field.size)
        return value


def _to_signed(value, width):
    value &= (1 << (8 * width)) - 1
    top = 1 << (8 * width - 1)
    return value - (1 << (8 * width)) if value & top else value


def _double_bits(value):
    if isinstance(value, (float, np.floating)):
        return int.from_bytes(struct.pack(">d", float(value)), "big")
    return int(value) & _MASK64


INT8 = IntInfo("int8", 1, True)
INT16 = IntInfo("int16", 2, True)
INT32 = IntInfo("int32", 4, True)
INT64 = IntInfo("int64", 8, True)
UINT8 = IntInfo("uint8", 1, False)
UINT16 = IntInfo("uint16", 2, False)
UINT32 = IntInfo("uint32", 4, False)
UINT64 = IntInfo("uint64", 8, False)
INT32_EQUAL = EqualInfo("int32 equal", 4, True)
UINT8_EQUAL = EqualInfo("uint8 equal", 1, False)
UINT16_EQUAL = EqualInfo("uint16 equal", 2, False)
UINT32_EQUAL = EqualInfo("uint32 equal", 4, False)
UINT64_EQUAL = EqualInfo("int64 equal", 8, False)   # QEMU's name (sic)
INT32_LE = PositiveLeInfo("int32 le", 4, True)
BOOL = BoolInfo()
TIMER = TimerInfo()
FLOAT64 = Float64Info()
CPU_DOUBLE = CpuDoubleInfo()
BUFFER = BufferInfo()
UNUSED = UnusedInfo()


# --------------------------------------------------------------------------
# Fields and descriptions
# --------------------------------------------------------------------------

class VMStateField:
    """One entry of a VMStateDescription's field list; build with vmstate_*().

    kind: 'single', 'array', 'buffer', 'struct', 'unused' or 'validate'.
    """

    def __init__(self, name, kind, info=None, path=_SAME, num=1,
                 num_field=None, multiply=1, start=0, dims=None, size=None,
                 size_field=None, alloc_max=None, vmsd=None, version_id=0,
                 field_exists=None):
        self.name = name
        self.kind = kind
        self.info = info
        self.path = name if path is _SAME else path
        self.num = num
        self.num_field = num_field
        self.multiply = multiply
        self.start = start
        self.dims = dims
        self.size = size
        self.size_field = size_field
        self.alloc_max = alloc_max
        self.vmsd = vmsd
        self.version_id = version_id
        self.field_exists = field_exists
        self._compress = None

    @property
    def type_name(self):
        return "struct" if self.kind == "struct" else self.info.name

    def exists(self, opaque, version_id):
        """QEMU's rule: _TEST predicate if any, else field version <= stream's."""
        if self.field_exists is not None:
            return bool(self.field_exists(opaque, version_id))
        return self.version_id <= version_id

    def can_compress(self):
        """Whether an array of this field gets one vmdesc entry (array_len)."""
        if self._compress is None:
            self._compress = self._compute_compress()
        return self._compress

    def _compute_compress(self):
        if self.field_exists is not None:
            return False
        if self.kind == "struct":
            if self.vmsd.subsections:
                return False
            return all(sub.can_compress() for sub in self.vmsd.fields)
        return True

    def __repr__(self):
        return f"<VMStateField {self.name} {self.kind}>"


def _noop(*_args):
    return 0


class VMStateDescription:
    """QEMU's VMStateDescription: name, versions, fields, subsections, hooks.

    Hooks: pre_save(opaque), post_save(opaque), pre_load(opaque),
    post_load(opaque, version_id); a non-zero int return fails the save or
    load.  needed(opaque) -> bool gates a subsection (or a whole section).
    """

    def __init__(self, name, version_id=1, minimum_version_id=None, fields=(),
                 subsections=(), needed=None, pre_save=None, post_save=None,
                 pre_load=None, post_load=None, unmigratable=False,
                 priority=0, early_setup=False):
        self.name = name
        self.version_id = version_id
        self.minimum_version_id = (version_id if minimum_version_id is None
                                   else minimum_version_id)
        self.fields = tuple(fields)
        self.subsections = tuple(subsections)
        self.needed = needed
        self.pre_save = pre_save
        self.post_save = post_save
        self.pre_load = pre_load
        self.post_load = post_load
        self.unmigratable = unmigratable
        self.priority = priority
        self.early_setup = early_setup
        self._check()
        self._json_names = _unique_names(self.fields)
        self._subsection_by_name = {s.name: s for s in self.subsections}

    def _check(self):
        for sub in self.subsections:
            if not sub.name.startswith(self.name + "/"):
                raise ValueError(f"subsection '{sub.name}' of '{self.name}' "
                                 f"must be named '{self.name}/...'")
        for field in self.fields:
            if not isinstance(field, VMStateField):
                raise TypeError(f"{self.name}: {field!r} is not a VMStateField")

    def is_needed(self, opaque):
        return self.needed is None or bool(self.needed(opaque))

    def __repr__(self):
        return f"<VMStateDescription {self.name} v{self.version_id}>"


def _unique_names(fields):
    """vmdesc names: a name repeated within one VMSD becomes name[k]."""
    counts = {}
    for field in fields:
        counts[field.name] = counts.get(field.name, 0) + 1
    seen = {}
    names = []
    for field in fields:
        if counts[field.name] > 1:
            k = seen.get(field.name, 0)
            seen[field.name] = k + 1
            names.append(f"{field.name}[{k}]")
        else:
            names.append(field.name)
    return names


# --------------------------------------------------------------------------
# Constructors that read like QEMU's macros
# --------------------------------------------------------------------------

def vmstate_single(name, info, version=0, field_exists=None, path=_SAME):
    """VMSTATE_SINGLE; path=None gives the info the whole opaque (offset 0)."""
    return VMStateField(name, "single", info, path=path, version_id=version,
                        field_exists=field_exists)


def vmstate_array(name, num, info, version=0, field_exists=None, start=0,
                  path=_SAME):
    """VMSTATE_ARRAY / VMSTATE_SUB_ARRAY: num elements from index start."""
    return VMStateField(name, "array", info, path=path, num=num, start=start,
                        version_id=version, field_exists=field_exists)


def vmstate_2darray(name, num1, num2, info, version=0, field_exists=None):
    """VMSTATE_2DARRAY: num1 x num2 elements, row-major (a[i][j])."""
    return VMStateField(name, "array", info, num=num1 * num2,
                        dims=(num1, num2), version_id=version,
                        field_exists=field_exists)


def vmstate_varray(name, num_field, info, version=0, multiply=1,
                   field_exists=None):
    """VMSTATE_VARRAY_*: count read from an earlier field (times multiply)."""
    return VMStateField(name, "array", info, num_field=num_field,
                        multiply=multiply, version_id=version,
                        field_exists=field_exists)


vmstate_varray_int32 = vmstate_varray
vmstate_varray_uint32 = vmstate_varray
vmstate_varray_uint16 = vmstate_varray
vmstate_varray_uint8 = vmstate_varray


def vmstate_varray_multiply(name, num_field, multiply, info, version=0):
    return vmstate_varray(name, num_field, info, version, multiply)


def _scalar_maker(info):
    def make(name, version=0, field_exists=None, path=_SAME):
        return vmstate_single(name, info, version, field_exists, path)
    make.__doc__ = f"VMSTATE_{info.name.upper().replace(' ', '_')}"
    return make


def _array_maker(info):
    def make(name, num, version=0, field_exists=None, start=0, path=_SAME):
        return vmstate_array(name, num, info, version, field_exists, start, path)
    make.__doc__ = f"array of {info.name}"
    return make


vmstate_int8 = _scalar_maker(INT8)
vmstate_int16 = _scalar_maker(INT16)
vmstate_int32 = _scalar_maker(INT32)
vmstate_int64 = _scalar_maker(INT64)
vmstate_uint8 = _scalar_maker(UINT8)
vmstate_uint16 = _scalar_maker(UINT16)
vmstate_uint32 = _scalar_maker(UINT32)
vmstate_uint64 = _scalar_maker(UINT64)
vmstate_bool = _scalar_maker(BOOL)
vmstate_float64 = _scalar_maker(FLOAT64)
vmstate_int32_equal = _scalar_maker(INT32_EQUAL)
vmstate_uint8_equal = _scalar_maker(UINT8_EQUAL)
vmstate_uint16_equal = _scalar_maker(UINT16_EQUAL)
vmstate_uint32_equal = _scalar_maker(UINT32_EQUAL)
vmstate_uint64_equal = _scalar_maker(UINT64_EQUAL)
vmstate_int32_positive_le = _scalar_maker(INT32_LE)
vmstate_timer = _scalar_maker(TIMER)
vmstate_timer_ptr = vmstate_timer

vmstate_int8_array = _array_maker(INT8)
vmstate_int16_array = _array_maker(INT16)
vmstate_int32_array = _array_maker(INT32)
vmstate_int64_array = _array_maker(INT64)
vmstate_uint8_array = _array_maker(UINT8)
vmstate_uint16_array = _array_maker(UINT16)
vmstate_uint32_array = _array_maker(UINT32)
vmstate_uint64_array = _array_maker(UINT64)
vmstate_bool_array = _array_maker(BOOL)
vmstate_float64_array = _array_maker(FLOAT64)
vmstate_cpudouble_array = _array_maker(CPU_DOUBLE)
vmstate_timer_ptr_array = _array_maker(TIMER)


def _tl_info(target_long_bits):
    if target_long_bits not in (32, 64):
        raise ValueError(f"target_long_bits must be 32 or 64, not {target_long_bits}")
    return UINT64 if target_long_bits == 64 else UINT32


def vmstate_uinttl(name, target_long_bits, version=0, field_exists=None,
                   path=_SAME):
    """VMSTATE_UINTTL: uint64 on 64-bit targets, uint32 on 32-bit ones."""
    return vmstate_single(name, _tl_info(target_long_bits), version,
                          field_exists, path)


def vmstate_uinttl_array(name, num, target_long_bits, version=0,
                         field_exists=None, start=0):
    return vmstate_array(name, num, _tl_info(target_long_bits), version,
                         field_exists, start)


def vmstate_struct(name, vmsd, version=0, field_exists=None, path=_SAME):
    """VMSTATE_STRUCT / _STRUCT_POINTER: the nested VMSD's body inline."""
    return VMStateField(name, "struct", path=path, vmsd=vmsd,
                        version_id=version, field_exists=field_exists)


vmstate_struct_pointer = vmstate_struct


def vmstate_struct_array(name, num, vmsd, version=0, field_exists=None):
    """VMSTATE_STRUCT_ARRAY: a list of num sub-objects."""
    return VMStateField(name, "struct", num=num, dims=(num,), vmsd=vmsd,
                        version_id=version, field_exists=field_exists)


def vmstate_struct_varray(name, num_field, vmsd, version=0, field_exists=None):
    """VMSTATE_STRUCT_VARRAY_*: sub-object count from an earlier field."""
    return VMStateField(name, "struct", num_field=num_field, dims=(None,),
                        vmsd=vmsd, version_id=version,
                        field_exists=field_exists)


def vmstate_buffer(name, size=None, version=0, field_exists=None, start=0):
    """VMSTATE_BUFFER: raw bytes, size fixed (default: the local buffer's)."""
    return VMStateField(name, "buffer", BUFFER, size=size, start=start,
                        version_id=version, field_exists=field_exists)


def vmstate_vbuffer(name, size_field, version=0, field_exists=None, start=0):
    """VMSTATE_VBUFFER / PARTIAL_BUFFER: byte count from an earlier field."""
    return VMStateField(name, "buffer", BUFFER, size_field=size_field,
                        start=start, version_id=version,
                        field_exists=field_exists)


vmstate_partial_buffer = vmstate_vbuffer


def vmstate_vbuffer_alloc_uint32(name, size_field, max_size, version=0,
                                 field_exists=None):
    """VMSTATE_VBUFFER_ALLOC_UINT32: a new bytearray of at most max_size."""
    return VMStateField(name, "buffer", BUFFER, size_field=size_field,
                        alloc_max=max_size, version_id=version,
                        field_exists=field_exists)


def vmstate_unused(size, version=0, field_exists=None):
    """VMSTATE_UNUSED(_V/_TEST): size zero bytes, skipped on load."""
    return VMStateField("unused", "unused", UNUSED, path=None, size=size,
                        version_id=version, field_exists=field_exists)


def vmstate_validate(name, test):
    """VMSTATE_VALIDATE: no bytes; test(opaque, version_id) must hold."""
    return VMStateField(name, "validate", path=None, num=0, field_exists=test)


# --------------------------------------------------------------------------
# Attribute paths
# --------------------------------------------------------------------------

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)$")


def _parse_path(path):
    steps = []
    for part in path.split("."):
        m = _SEGMENT.match(part)
        if not m:
            raise ValueError(f"bad vmstate field path '{path}'")
        steps.append(("attr", m.group(1)))
        for idx in re.findall(r"\[(\d+)\]", m.group(2)):
            steps.append(("item", int(idx)))
    return steps


_PATH_CACHE = {}


def _steps(path):
    steps = _PATH_CACHE.get(path)
    if steps is None:
        steps = _PATH_CACHE[path] = _parse_path(path)
    return steps


def _step_get(obj, step):
    kind, key = step
    return getattr(obj, key) if kind == "attr" else obj[key]


def get_path(obj, path):
    """The value a field path names (path None: obj itself)."""
    if path is None:
        return obj
    for step in _steps(path):
        obj = _step_get(obj, step)
    return obj


def set_path(obj, path, value):
    """Store value where a field path points."""
    steps = _steps(path)
    for step in steps[:-1]:
        obj = _step_get(obj, step)
    kind, key = steps[-1]
    if kind == "attr":
        setattr(obj, key, value)
    else:
        store_item(obj, key, value)


def store_item(container, index, value):
    """container[index] = value, wrapped to a numpy integer dtype if needed."""
    if isinstance(container, np.ndarray):
        kind = container.dtype.kind
        if kind in "iu" and not isinstance(value, np.ndarray):
            value = _fit_int(int(value), container.dtype)
        elif kind == "b":
            value = bool(value)
    container[index] = value


def _fit_int(value, dtype):
    width = dtype.itemsize
    value &= (1 << (8 * width)) - 1
    if dtype.kind == "i":
        value = _to_signed(value, width)
    return value


# --------------------------------------------------------------------------
# Element addressing
# --------------------------------------------------------------------------

def _count(opaque, field, vmsd):
    """Number of elements of an array/struct field, bounded by the local side."""
    if field.num_field is None:
        return field.num
    n = int(get_path(opaque, field.num_field)) * field.multiply
    if n < 0:
        raise MigrationError(f"{vmsd.name}/{field.name}: negative element "
                             f"count {n}")
    return n


def _container(opaque, field, vmsd, n):
    container = get_path(opaque, field.path)
    have = len(container) if field.dims is None or field.dims[0] is None \
        else _dim_len(container, field.dims)
    if field.start + n > have:
        raise MigrationError(f"{vmsd.name}/{field.name}: {n} elements do not "
                             f"fit the local array of {have - field.start}")
    return container


def _dim_len(container, dims):
    if len(dims) == 1:
        return len(container)
    return len(container) * dims[1] if len(container) >= dims[0] else 0


def _elem_get(container, field, i):
    i += field.start
    if field.dims is not None and len(field.dims) == 2:
        return container[i // field.dims[1]][i % field.dims[1]]
    return container[i]


def _elem_set(container, field, i, value):
    i += field.start
    if field.dims is not None and len(field.dims) == 2:
        store_item(container[i // field.dims[1]], i % field.dims[1], value)
    else:
        store_item(container, i, value)


def _is_fast_int_array(field, container):
    return (type(field.info) is IntInfo and field.dims is None
            and isinstance(container, np.ndarray) and container.ndim == 1
            and container.dtype.kind in "iu")


def _buffer_size(opaque, field, vmsd, limit):
    """Byte count of a buffer field, refused beyond limit."""
    if field.size_field is not None:
        size = int(get_path(opaque, field.size_field))
    elif field.size is not None:
        size = field.size
    else:
        size = limit
    if size < 0 or size > limit:
        raise MigrationError(f"{vmsd.name}/{field.name}: buffer size {size} "
                             f"exceeds local size {limit}")
    return size


def _buffer_view(buf, start, size):
    return memoryview(buf).cast("B")[start:start + size]


# --------------------------------------------------------------------------
# Save
# --------------------------------------------------------------------------

def vmstate_save(f, vmsd, opaque, vmdesc=True):
    """Write vmsd's body for opaque; return its vmdesc dict (or None).

    The dict is {"vmsd_name", "version", "fields", ["subsections"]}; each
    field size is the number of bytes actually written for one element.
    """
    return _save_state(f, vmsd, opaque, vmsd.version_id, vmdesc)


def _save_state(f, vmsd, opaque, version_id, vmdesc):
    if vmsd.pre_save is not None and vmsd.pre_save(opaque):
        raise MigrationError(f"pre-save failed: {vmsd.name}")
    desc = None
    if vmdesc:
        desc = {"vmsd_name": vmsd.name, "version": version_id, "fields": []}
    try:
        for field, json_name in zip(vmsd.fields, vmsd._json_names):
            _save_field(f, vmsd, opaque, field, json_name, version_id, desc)
        _save_subsections(f, vmsd, opaque, desc)
    finally:
        if vmsd.post_save is not None:
            vmsd.post_save(opaque)
    return desc


def _save_subsections(f, vmsd, opaque, desc):
    for sub in vmsd.subsections:
        if not sub.is_needed(opaque):
            continue
        f.put_byte(SUBSECTION_MARK)
        f.put_counted_string(sub.name)
        f.put_be32(sub.version_id)
        sub_desc = _save_state(f, sub, opaque, sub.version_id, desc is not None)
        if desc is not None:
            desc.setdefault("subsections", []).append(sub_desc)


def _save_field(f, vmsd, opaque, field, json_name, version_id, desc):
    if not field.exists(opaque, version_id):
        return
    if field.kind == "validate":
        return
    entries = None if desc is None else desc["fields"]
    if field.kind in ("single", "unused"):
        _save_one(f, field, json_name, entries, 1, 0,
                  lambda: _put_single(f, opaque, field))
    elif field.kind == "buffer":
        _save_buffer(f, vmsd, opaque, field, json_name, entries)
    elif field.kind == "array":
        _save_array(f, vmsd, opaque, field, json_name, entries)
    elif field.kind == "struct":
        _save_struct(f, vmsd, opaque, field, json_name, entries)


def _entry(field, json_name, n, i):
    entry = {"name": json_name}
    if n > 1:
        if field.can_compress():
            entry["array_len"] = n
        else:
            entry["index"] = i
    entry["type"] = field.type_name
    return entry


def _save_one(f, field, json_name, entries, n, i, write):
    """Write one element through write(); record its vmdesc entry."""
    start = f.tell()
    entry = None if entries is None else _entry(field, json_name, n, i)
    nested = write()
    if entry is not None:
        if nested is not None:
            entry["struct"] = nested
        entry["size"] = f.tell() - start
        if i == 0 or not field.can_compress():
            entries.append(entry)


def _put_single(f, opaque, field):
    value = None if field.kind == "unused" else get_path(opaque, field.path)
    field.info.put(f, value, field)


def _save_buffer(f, vmsd, opaque, field, json_name, entries):
    buf = get_path(opaque, field.path)
    size = _buffer_size(opaque, field, vmsd, len(buf) - field.start)
    view = _buffer_view(buf, field.start, size)
    if size:
        _save_one(f, field, json_name, entries, 1, 0,
                  lambda: f.put_buffer(view))


def _save_array(f, vmsd, opaque, field, json_name, entries):
    n = _count(opaque, field, vmsd)
    if n == 0:
        return
    container = _container(opaque, field, vmsd, n)
    if _is_fast_int_array(field, container):
        _save_int_array_fast(f, field, json_name, entries, container, n)
        return
    for i in range(n):
        value = _elem_get(container, field, i)
        _save_one(f, field, json_name, entries, n, i,
                  lambda: field.info.put(f, value, field))


def _save_int_array_fast(f, field, json_name, entries, container, n):
    block = container[field.start:field.start + n].astype(field.info.dtype)
    f.put_buffer(block.tobytes())
    if entries is None:
        return
    for i in range(1 if field.can_compress() else n):
        entry = _entry(field, json_name, n, i)
        entry["size"] = field.info.width
        entries.append(entry)


def _save_struct(f, vmsd, opaque, field, json_name, entries):
    if field.dims is None:
        sub = get_path(opaque, field.path)
        _save_one(f, field, json_name, entries, 1, 0,
                  lambda: _save_state(f, field.vmsd, sub,
                                      field.vmsd.version_id,
                                      entries is not None))
        return
    n = _count(opaque, field, vmsd)
    container = _container(opaque, field, vmsd, n) if n else None
    for i in range(n):
        sub = container[field.start + i]
        _save_one(f, field, json_name, entries, n, i,
                  lambda: _save_state(f, field.vmsd, sub,
                                      field.vmsd.version_id,
                                      entries is not None))


# --------------------------------------------------------------------------
# Load
# --------------------------------------------------------------------------

def vmstate_load(f, vmsd, opaque, version_id):
    """Read vmsd's body (saved at version_id) into opaque, QEMU's rules."""
    if version_id > vmsd.version_id:
        raise MigrationError(f"{vmsd.name}: incoming version_id {version_id} "
                             f"is too new for local version_id "
                             f"{vmsd.version_id}")
    if version_id < vmsd.minimum_version_id:
        raise MigrationError(f"{vmsd.name}: incoming version_id {version_id} "
                             f"is too old for local minimum version_id "
                             f"{vmsd.minimum_version_id}")
    if vmsd.pre_load is not None and vmsd.pre_load(opaque):
        raise MigrationError(f"pre load hook failed for: '{vmsd.name}', "
                             f"version_id: {version_id}")
    for field in vmsd.fields:
        _load_field(f, vmsd, opaque, field, version_id)
    _load_subsections(f, vmsd, opaque)
    if vmsd.post_load is not None and vmsd.post_load(opaque, version_id):
        raise MigrationError(f"post load hook failed for: {vmsd.name}, "
                             f"version_id: {version_id}")


def _load_subsections(f, vmsd, opaque):
    prefix = vmsd.name.encode("utf-8")
    while f.peek_byte() == SUBSECTION_MARK:
        length = f.peek_byte(1)
        if length is None or length < len(prefix) + 1:
            return
        raw = f.peek(length, 2)
        if len(raw) != length or not raw.startswith(prefix):
            return
        name = raw.decode("utf-8", "surrogateescape")
        sub = vmsd._subsection_by_name.get(name)
        if sub is None:
            raise MigrationError(f"VM subsection '{printable(name)}' in '{vmsd.name}' "
                                 f"does not exist")
        f.skip(2 + length)
        vmstate_load(f, sub, opaque, f.get_be32())


def _load_field(f, vmsd, opaque, field, version_id):
    if not field.exists(opaque, version_id):
        if field.kind == "validate":
            raise MigrationError(f"Input validation failed: "
                                 f"{vmsd.name}/{field.name}")
        return
    try:
        _LOADERS[field.kind](f, vmsd, opaque, field)
    except (MigrationError, OverflowError, ValueError, TypeError) as exc:
        if isinstance(exc, MigrationError) and str(exc).startswith("Failed "):
            raise
        raise MigrationError(f"Failed to load {vmsd.name}:{field.name}: "
                             f"{exc}") from exc


def _load_validate(f, vmsd, opaque, field):
    return None


def _load_unused(f, vmsd, opaque, field):
    f.skip(field.size)


def _load_single(f, vmsd, opaque, field):
    if field.path is None:
        field.info.get(f, opaque, field)
        return
    old = get_path(opaque, field.path)
    new = field.info.get(f, old, field)
    if new is not old:
        set_path(opaque, field.path, new)


def _load_buffer(f, vmsd, opaque, field):
    if field.alloc_max is not None:
        buf = bytearray(_buffer_size(opaque, field, vmsd, field.alloc_max))
        f.get_buffer_into(buf)
        set_path(opaque, field.path, buf)
        return
    buf = get_path(opaque, field.path)
    size = _buffer_size(opaque, field, vmsd, len(buf) - field.start)
    f.get_buffer_into(_buffer_view(buf, field.start, size))


def _load_array(f, vmsd, opaque, field):
    n = _count(opaque, field, vmsd)
    if n == 0:
        return
    container = _container(opaque, field, vmsd, n)
    if _is_fast_int_array(field, container):
        raw = f.get_buffer(n * field.info.width)
        values = np.frombuffer(raw, dtype=field.info.dtype)
        container[field.start:field.start + n] = values.astype(container.dtype)
        return
    for i in range(n):
        old = _elem_get(container, field, i)
        new = field.info.get(f, old, field)
        if new is not old:
            _elem_set(container, field, i, new)


def _load_struct(f, vmsd, opaque, field):
    sub_vmsd = field.vmsd
    if field.dims is None:
        vmstate_load(f, sub_vmsd, get_path(opaque, field.path),
                     sub_vmsd.version_id)
        return
    n = _count(opaque, field, vmsd)
    if n == 0:
        return
    container = _container(opaque, field, vmsd, n)
    for i in range(n):
        vmstate_load(f, sub_vmsd, container[field.start + i],
                     sub_vmsd.version_id)


_LOADERS = {
    "single": _load_single,
    "unused": _load_unused,
    "buffer": _load_buffer,
    "array": _load_array,
    "struct": _load_struct,
    "validate": _load_validate,
}
