"""SnapshotStore: atomic save, checksum on load, listing and formatting."""
import io
import os

import pytest

from migration.errors import MigrationError
from migration.snapshot import (
    SnapshotStore, auto_tag, format_info_snapshots, format_snapshot_table,
    size_to_str,
)


def writer(payload):
    return lambda fh: fh.write(payload)


META = {"vm_clock_nsec": 3_723_004_000_000, "icount": -1,
        "machine_type": "virt"}


def test_save_list_load_delete(tmp_path):
    store = SnapshotStore(tmp_path)
    a = store.save("a", writer(b"AAAA"), META)
    b = store.save("b", writer(b"BB"), dict(META, icount=77))
    assert [(i.id, i.tag, i.size) for i in store.list()] == [("1", "a", 4), ("2", "b", 2)]
    assert a.machine_type == "virt" and b.icount == 77
    with store.load("a") as fh:
        assert fh.read() == b"AAAA"
    store.delete("a")
    assert [i.tag for i in store.list()] == ["b"]
    with pytest.raises(MigrationError, match="Snapshot 'a' does not exist"):
        store.load("a")
    with pytest.raises(MigrationError, match="Snapshot 'a' not found"):
        store.delete("a")


def test_overwrite_replaces_and_leaves_no_orphans(tmp_path):
    store = SnapshotStore(tmp_path)
    store.save("t", writer(b"old"), META)
    store.save("t", writer(b"new!"), META)
    with store.load("t") as fh:
        assert fh.read() == b"new!"
    assert len([n for n in os.listdir(tmp_path) if n.endswith(".vmstate")]) == 1


def test_crash_during_save_keeps_the_older_snapshot(tmp_path):
    store = SnapshotStore(tmp_path)
    store.save("t", writer(b"good state"), META)

    def dies_midway(fh):
        fh.write(b"half")
        raise KeyboardInterrupt("killed")
    with pytest.raises(KeyboardInterrupt):
        store.save("t", dies_midway, META)
    with store.load("t") as fh:
        assert fh.read() == b"good state"
    assert sorted(os.listdir(tmp_path)) == sorted(
        n for n in os.listdir(tmp_path) if not n.startswith(".tmp-"))
    assert len(os.listdir(tmp_path)) == 2


def test_orphan_stream_from_a_kill_before_commit_is_ignored(tmp_path):
    store = SnapshotStore(tmp_path)
    store.save("t", writer(b"good"), META)
    (tmp_path / "snap-74-dead.vmstate").write_bytes(b"partial")   # kill -9
    with store.load("t") as fh:
        assert fh.read() == b"good"
    store.collect_garbage()
    assert not (tmp_path / "snap-74-dead.vmstate").exists()


def test_checksum_mismatch_is_a_clear_error(tmp_path):
    store = SnapshotStore(tmp_path)
    info = store.save("t", writer(b"data"), META)
    (tmp_path / info.stream).write_bytes(b"dat4")
    with pytest.raises(MigrationError, match="Snapshot 't' is damaged: VM state checksum mismatch"):
        store.load("t")


def test_bad_metadata_types_are_refused(tmp_path):
    store = SnapshotStore(tmp_path)
    store.save("t", writer(b"x"), META)
    meta = [n for n in os.listdir(tmp_path) if n.endswith(".json")][0]
    (tmp_path / meta).write_text('{"id": 1, "tag": "t"}')
    with pytest.raises(MigrationError, match="'id' missing or not str"):
        store.load("t")
    assert store.list() == []


def test_auto_tag_and_info_snapshots_columns(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    import time
    time.tzset()
    assert auto_tag(0) == "vm-19700101000000"
    store = SnapshotStore(tmp_path)
    store.save("snap0", writer(b"x" * 1536), META)
    info = store.list()[0]
    info.date_sec = 0
    table = format_snapshot_table([info])
    assert table.splitlines() == [
        "ID        TAG               VM SIZE                DATE     VM CLOCK     ICOUNT",
        "1         snap0             1.5 KiB 1970-01-01 00:00:00 01:02:03.004           "]
    assert format_info_snapshots([info]).splitlines()[0] == \
        "List of snapshots present on all disks:"
    assert format_info_snapshots([]) == "There is no snapshot available.\n"
    assert [size_to_str(v) for v in (0, 999, 1000, 1 << 20, 256 << 20)] == \
        ["0 B", "999 B", "0.977 KiB", "1 MiB", "256 MiB"]
