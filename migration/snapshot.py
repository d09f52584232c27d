"""savevm/loadvm/delvm/info snapshots storage: a directory of snapshots.

Each snapshot is a stream file plus a JSON metadata file naming it.  The
metadata file is the commit point: save() writes the stream to a new,
uniquely named file (fsync), then the metadata to a temp file (fsync) and
renames it over the tag's metadata file; only then is the older stream
removed.  A crash at any point leaves either the old snapshot or the new
one, never a damaged one.  load() checks the stream's sha256 first.
"""
import datetime
import hashlib
import json
import math
import os
import time
import uuid

from migration.errors import MigrationError

META_SUFFIX = ".json"
STREAM_SUFFIX = ".vmstate"
TMP_PREFIX = ".tmp-"
MAX_TAG_BYTES = 255
MAX_META_BYTES = 1 << 16
_HASH_CHUNK = 1 << 20


class SnapshotInfo:
    """One row of `info snapshots` (QEMU's QEMUSnapshotInfo, plus extras)."""

    FIELDS = {
        "id": str, "tag": str, "vm_state_size": int, "date_sec": int,
        "date_nsec": int, "vm_clock_nsec": int, "icount": int,
        "machine_type": str, "sha256": str, "stream": str,
    }

    def __init__(self, **values):
        for name in self.FIELDS:
            setattr(self, name, values[name])

    @property
    def size(self):
        return self.vm_state_size

    def to_json(self):
        return {name: getattr(self, name) for name in self.FIELDS}

    @classmethod
    def from_json(cls, data):
        if not isinstance(data, dict):
            raise MigrationError("snapshot metadata is not an object")
        for name, kind in cls.FIELDS.items():
            value = data.get(name)
            if type(value) is not kind:
                raise MigrationError(f"snapshot metadata: '{name}' missing or "
                                     f"not {kind.__name__}")
        if os.path.basename(data["stream"]) != data["stream"]:
            raise MigrationError("snapshot metadata: bad stream file name")
        return cls(**{name: data[name] for name in cls.FIELDS})

    def __repr__(self):
        return f"<SnapshotInfo {self.id} {self.tag!r}>"


def auto_tag(now=None):
    """The name savevm gives an untagged snapshot: vm-YYYYMMDDHHMMSS."""
    moment = datetime.datetime.fromtimestamp(time.time() if now is None
                                             else now)
    return moment.strftime("vm-%Y%m%d%H%M%S")


class _HashingWriter:
    """File wrapper that hashes and counts what goes through write()."""

    def __init__(self, raw):
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data):
        self.sha256.update(data)
        self.size += memoryview(data).nbytes
        return self._raw.write(data)

    def flush(self):
        self._raw.flush()


def _fsync_dir(path):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class SnapshotStore:
    """Snapshots kept in one directory, addressed by tag."""

    def __init__(self, directory):
        self.directory = os.path.abspath(directory)
        os.makedirs(self.directory, exist_ok=True)

    # -- naming ------------------------------------------------------------

    def _meta_path(self, tag):
        raw = tag.encode("utf-8")
        if not raw or len(raw) > MAX_TAG_BYTES:
            raise MigrationError(f"Invalid snapshot tag '{tag}'")
        return os.path.join(self.directory, "snap-" + raw.hex() + META_SUFFIX)

    def _path(self, name):
        return os.path.join(self.directory, name)

    # -- queries -----------------------------------------------------------

    def _read_meta(self, path):
        with open(path, "rb") as fh:
            raw = fh.read(MAX_META_BYTES + 1)
        if len(raw) > MAX_META_BYTES:
            raise MigrationError("snapshot metadata too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise MigrationError(f"snapshot metadata unreadable: {exc}") from exc
        return SnapshotInfo.from_json(data)

    def find(self, tag):
        """The SnapshotInfo of tag, or None."""
        path = self._meta_path(tag)
        if not os.path.exists(path):
            return None
        return self._read_meta(path)

    def list(self):
        """All snapshots with readable metadata, by numeric id."""
        infos = []
        for name in os.listdir(self.directory):
            if name.startswith("snap-") and name.endswith(META_SUFFIX):
                try:
                    infos.append(self._read_meta(self._path(name)))
                except (MigrationError, OSError):
                    continue
        return sorted(infos, key=lambda i: (_id_number(i.id), i.tag))

    def _next_id(self, replacing):
        ids = [_id_number(i.id) for i in self.list() if i.tag != replacing]
        return str(max(ids, default=0) + 1)

    # -- save / load / delete ----------------------------------------------

    def save(self, tag, write_fn, metadata=None):
        """Write a snapshot; write_fn(fileobj) writes the stream.

        metadata: vm_clock_nsec (int), icount (int, -1 if none) and
        machine_type (str).  An existing tag is replaced (HMP savevm).
        """
        metadata = dict(metadata or {})
        meta_path = self._meta_path(tag)
        stream_name = f"snap-{tag.encode('utf-8').hex()}-{uuid.uuid4().hex}" \
            + STREAM_SUFFIX
        stream_path = self._path(stream_name)
        now = time.time_ns()
        writer = self._write_stream(stream_path, write_fn)
        try:
            old = self.find(tag)
        except MigrationError:
            old = None
        info = SnapshotInfo(
            id=self._next_id(tag), tag=tag, vm_state_size=writer.size,
            date_sec=now // 10**9, date_nsec=now % 10**9,
            vm_clock_nsec=int(metadata.get("vm_clock_nsec", 0)),
            icount=int(metadata.get("icount", -1)),
            machine_type=str(metadata.get("machine_type", "")),
            sha256=writer.sha256.hexdigest(), stream=stream_name)
        self._commit_meta(meta_path, info)
        if old is not None and old.stream != stream_name:
            _remove_quietly(self._path(old.stream))
        return info

    def _write_stream(self, stream_path, write_fn):
        try:
            with open(stream_path, "xb") as raw:
                writer = _HashingWriter(raw)
                write_fn(writer)
                raw.flush()
                os.fsync(raw.fileno())
        except BaseException:
            _remove_quietly(stream_path)
            raise
        return writer

    def _commit_meta(self, meta_path, info):
        tmp = self._path(f"{TMP_PREFIX}{uuid.uuid4().hex}{META_SUFFIX}")
        try:
            with open(tmp, "x", encoding="utf-8") as fh:
                json.dump(info.to_json(), fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, meta_path)
        except BaseException:
            _remove_quietly(tmp)
            _remove_quietly(self._path(info.stream))
            raise
        _fsync_dir(self.directory)

    def load(self, tag):
        """An open binary file on tag's stream, after its checksum matched."""
        info = self.find(tag)
        if info is None:
            raise MigrationError(f"Snapshot '{tag}' does not exist")
        try:
            fh = open(self._path(info.stream), "rb")
        except OSError as exc:
            raise MigrationError(f"Snapshot '{tag}': cannot open VM state: "
                                 f"{exc.strerror}") from exc
        digest = hashlib.sha256()
        while True:
            chunk = fh.read(_HASH_CHUNK)
            if not chunk:
                break
            digest.update(chunk)
        if digest.hexdigest() != info.sha256:
            fh.close()
            raise MigrationError(f"Snapshot '{tag}' is damaged: VM state "
                                 f"checksum mismatch")
        fh.seek(0)
        return fh

    def delete(self, tag):
        """delvm: remove tag (metadata first, then its stream)."""
        info = self.find(tag)
        if info is None:
            raise MigrationError(f"Snapshot '{tag}' not found")
        os.remove(self._meta_path(tag))
        _fsync_dir(self.directory)
        _remove_quietly(self._path(info.stream))

    def collect_garbage(self):
        """Remove streams and temp files no metadata refers to.

        Only for a store no other process is saving into at the moment.
        """
        live = {info.stream for info in self.list()}
        for name in os.listdir(self.directory):
            orphan = name.endswith(STREAM_SUFFIX) and name not in live
            if orphan or name.startswith(TMP_PREFIX):
                _remove_quietly(self._path(name))


def _remove_quietly(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def _id_number(text):
    return int(text) if text.isdigit() else 0


# --------------------------------------------------------------------------
# info snapshots
# --------------------------------------------------------------------------

# QEMU 7.2's bdrv_snapshot_dump(): the header and the rows use different
# format strings (block/snapshot.c / block/qapi.c)
_HEADER = "%-10s%-17s%8s%20s%13s%11s"
_ROW = "%-9s %-16s %8s%20s%13s%11s"


def size_to_str(value):
    """QEMU's size_to_str: '0 B', '1.5 KiB', '256 MiB'."""
    suffixes = ("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei")
    _, exponent = math.frexp(value / (1000.0 / 1024.0))
    index = int((exponent - 1) / 10)
    return "%0.3g %sB" % (value / (1 << (index * 10)), suffixes[index])


def _clock_str(vm_clock_nsec):
    secs = vm_clock_nsec // 10**9
    return "%02d:%02d:%02d.%03d" % (secs // 3600, (secs // 60) % 60, secs % 60,
                                    (vm_clock_nsec // 10**6) % 1000)


def format_snapshot_row(info, id_text=None):
    """One bdrv_snapshot_dump() line (no newline)."""
    date = datetime.datetime.fromtimestamp(info.date_sec)
    return _ROW % (info.id if id_text is None else id_text, info.tag,
                   size_to_str(info.vm_state_size),
                   date.strftime("%Y-%m-%d %H:%M:%S"),
                   _clock_str(info.vm_clock_nsec),
                   "" if info.icount == -1 else str(info.icount))


def format_snapshot_table(infos, id_text=None):
    """Header and rows in QEMU's columns: ID TAG VM_SIZE DATE VM_CLOCK ICOUNT."""
    lines = [_HEADER % ("ID", "TAG", "VM SIZE", "DATE", "VM CLOCK", "ICOUNT")]
    lines += [format_snapshot_row(info, id_text) for info in infos]
    return "\n".join(lines) + "\n"


def format_info_snapshots(infos):
    """HMP `info snapshots` text (vmstate-only snapshots show ID '--')."""
    if not infos:
        return "There is no snapshot available.\n"
    return ("List of snapshots present on all disks:\n"
            + format_snapshot_table(infos, id_text="--"))
