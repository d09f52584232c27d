"""savevm / loadvm / -loadvm on a real riscv virt guest under -icount.

The workload is counter_timer_small (a CLINT timer interrupt every 1 ms of
virtual time while it rewrites a 4 MiB buffer).  Snapshot points are exact
instruction counts (x-stop-at-icount), so every run is reproducible:

* after loadvm in the same process, and after -loadvm in a fresh one, the
  serial output that follows is exactly the rest of an uninterrupted run,
  the exit status is the same, and the whole machine state at the end of
  the guest (a savevm there) is byte-identical to the uninterrupted run's;
* points include a timer interrupt pending since reset (masked), a timer
  due at exactly that instruction, and one inside the trap handler with
  MTIP pending;
* QEMU's analyze-migration.py parses every stream written here;
* damaged and hostile snapshot files end in a one-line error, the VM goes
  on exactly as before and the store stays intact;
* the QMP snapshot jobs report QEMU's JOB_STATUS_CHANGE sequence.
"""
import hashlib
import json
import shutil

import pytest

from check_analyze import analyze, section
from migration.snapshot import SnapshotStore
from snapvm import VM, run_plain, stream_files

GUEST = "counter_timer_small-virt.elf"
MIP_MTIP = 1 << 7
CAUSE_MTI = (1 << 63) | 7


@pytest.fixture(scope="module")
def reference():
    """The uninterrupted run: (exit status, serial output)."""
    status, out, err = run_plain(GUEST)
    assert status == 0, err
    assert out.endswith(b"counter: done\n")
    return status, out


def next_timer_icount(vm):
    """The instruction count at which the armed CLINT timer fires."""
    now = vm.ok("x-query-icount")
    bias = now["vm-clock-ns"] - now["icount"]
    return now["next-deadline-ns"] - bias     # shift=0: 1 ns per instruction


def test_savevm_loadvm_continue_exactly(tmp_path, reference):
    ref_status, ref_out = reference
    vm = VM(tmp_path, GUEST, "-S", "-no-shutdown")
    try:
        points = {}                               # tag -> serial output so far

        # 1. early: MTIP pending since reset (mtimecmp = mtime = 0), masked by mie
        vm.run_to(1_500_000)
        assert vm.reg("mip") & MIP_MTIP and not vm.reg("mie") & MIP_MTIP
        vm.hmp("savevm early")
        points["early"] = vm.output()

        # 2. the first timer deadline of the main loop, and the instruction
        #    after it: inside the handler with MTIP pending
        vm.run_to(3_000_000)
        due = next_timer_icount(vm)
        vm.run_to(due)
        assert not vm.reg("mip") & MIP_MTIP       # fires at the next slice start
        vm.hmp("savevm due")
        points["due"] = vm.output()
        vm.run_to(due + 1)
        assert vm.reg("mip") & MIP_MTIP and vm.reg("mcause") == CAUSE_MTI
        vm.hmp("savevm in-handler")
        points["in-handler"] = vm.output()

        # 3. late, between two reports
        vm.run_to(due + 9_000_001)
        vm.hmp("savevm late")
        points["late"] = vm.output()

        ev = vm.run_to_shutdown()
        assert ev["data"]["reason"] == "guest-shutdown"
        assert vm.output() == ref_out
        vm.hmp("savevm end")
        end = stream_files(vm.snapshot_dir)["end"].read_bytes()

        for tag in ("in-handler", "early", "late", "due"):
            assert vm.hmp("loadvm %s" % tag) == ""
            assert vm.ok("query-status")["status"] == "paused"
            start = len(vm.output())
            ev = vm.run_to_shutdown()
            assert ev["data"]["reason"] == "guest-shutdown"
            assert vm.output()[start:] == ref_out[len(points[tag]):], tag
            vm.hmp("savevm end-%s" % tag)
            assert stream_files(vm.snapshot_dir)["end-" + tag].read_bytes() == end, tag

        info = vm.hmp("info snapshots").splitlines()
        assert info[0] == "List of snapshots present on all disks:"
        assert info[1].split() == ["ID", "TAG", "VM", "SIZE", "DATE", "VM", "CLOCK", "ICOUNT"]
        rows = {line.split()[1]: line.split() for line in info[2:]}
        assert rows["early"][0] == "--" and rows["early"][-1] == "1500000"
        assert rows["early"][-2] == "00:00:00.001"
        vm.quit()
    finally:
        vm.kill()

    # -loadvm in fresh processes: the rest of the output and the exit status
    for tag in ("in-handler", "early"):
        status, out, err = run_plain(GUEST, "-loadvm", tag, snapshot_dir=vm.snapshot_dir)
        assert (status, out) == (ref_status, ref_out[len(points[tag]):]), err

    # every stream written above parses with QEMU's analyze-migration.py
    for tag, path in sorted(stream_files(vm.snapshot_dir).items()):
        state, desc = analyze(path)
        timer = section(state, "timer")
        assert int(timer["cpu_clock_offset"], 16) == int(timer["timer/icount"]["qemu_icount"], 16) \
            + int(timer["timer/icount"]["qemu_icount_bias"], 16)
        assert [d["name"] for d in desc["devices"]][:3] == ["globalstate", "timer", "cpu_common"]
    early = analyze(stream_files(vm.snapshot_dir)["early"])[0]
    assert int(section(early, "timer")["timer/icount"]["qemu_icount"], 16) == 1_500_000


def _hostile_copy(store_dir, good_tag, new_tag, mutate, fix_checksum=True):
    """Store a mutated copy of good_tag's stream as new_tag.  With
    fix_checksum the metadata matches the bad bytes (a hostile store),
    so the stream parser itself must reject them."""
    store = SnapshotStore(store_dir)
    info = store.find(good_tag)
    data = bytearray((store_dir / info.stream).read_bytes())
    bad = bytes(mutate(data))
    saved = store.save(new_tag, lambda fh: fh.write(bad),
                       {"vm_clock_nsec": info.vm_clock_nsec, "icount": info.icount,
                        "machine_type": info.machine_type})
    if not fix_checksum:
        meta = store._meta_path(new_tag)
        with open(meta) as fh:
            data = json.load(fh)
        data["sha256"] = hashlib.sha256(b"something else").hexdigest()
        with open(meta, "w") as fh:
            json.dump(data, fh)
    return saved


def _flip(offset):
    def mutate(data):
        data[offset] ^= 0x10
        return data
    return mutate


def _put_be32(offset, value):
    def mutate(data):
        data[offset:offset + 4] = value.to_bytes(4, "big")
        return data
    return mutate


def _ram_block_length(data):
    """Offset of the be64 used_length of the first RAM block in a stream."""
    at = data.index(b"\x03ram")                   # START header idstr
    at += 4 + 8                                   # idstr, instance, version
    at += 8                                       # be64 total | MEM_SIZE
    return at + 1 + data[at]                      # counted block name


def _oversize_ram_block(data):
    at = _ram_block_length(data)
    data[at:at + 8] = (1 << 62).to_bytes(8, "big")
    return data


def _cpu_subsection_flip(data):
    # one bit of a subsection name inside the cpu section: the loader has
    # already written the CPU's registers when it trips over it, so the VM
    # must be rolled back, not left half loaded
    at = data.index(b"\x0acpu/envcfg")
    data[at + 6] ^= 0x01
    return data


BAD = {
    "truncated": (lambda d: d[:len(d) // 2], True),
    "truncated-header": (lambda d: d[:6], True),
    "bit-flipped": (_cpu_subsection_flip, True),
    "oversized-config-length": (_put_be32(9, 0xFFFFFFF0), True),
    "oversized-ram-block": (_oversize_ram_block, True),
    "bad-checksum": (_flip(40), False),
}


def test_bad_snapshot_files_leave_the_vm_usable(tmp_path, reference):
    ref_status, ref_out = reference
    vm = VM(tmp_path, GUEST, "-S", "-no-shutdown")
    try:
        vm.run_to(4_000_000)
        vm.hmp("savevm good")
        prefix = vm.output()
        store_dir = vm.snapshot_dir
        for tag, (mutate, fix) in BAD.items():
            _hostile_copy(store_dir, "good", tag, mutate, fix)
        before = {p.name: p.read_bytes() for p in store_dir.iterdir()}
        listing = vm.hmp("info snapshots")
        for tag in list(BAD) + ["missing"]:
            text = vm.hmp("loadvm %s" % tag)
            assert text.startswith("Error: ") and text.count("\n") == 1, (tag, text)
            assert "Traceback" not in text
            assert vm.ok("query-status")["status"] == "paused"
            assert vm.ok("x-query-icount")["icount"] == 4_000_000
        assert "does not exist" in vm.hmp("loadvm missing")
        assert "checksum" in vm.hmp("loadvm bad-checksum")
        # the store is untouched
        assert {p.name: p.read_bytes() for p in store_dir.iterdir()} == before
        assert vm.hmp("info snapshots") == listing
        # the VM continues exactly as if nothing happened ...
        vm.run_to_shutdown()
        assert vm.output() == ref_out
        # ... and the good snapshot still loads
        vm.hmp("loadvm good")
        start = len(vm.output())
        vm.run_to_shutdown()
        assert vm.output()[start:] == ref_out[len(prefix):]
        vm.quit()
    finally:
        vm.kill()
    for tag in ("truncated", "oversized-ram-block", "nonexistent"):
        status, out, err = run_plain(GUEST, "-loadvm", tag, snapshot_dir=store_dir)
        assert status == 1 and out == b"", tag
        assert err.count("\n") == 1 and err.startswith("pyemu-system-riscv64: "), err


def _job_events(vm, job_id, until="concluded"):
    seen = []
    while True:
        ev = vm.event("JOB_STATUS_CHANGE")
        assert ev["data"]["id"] == job_id
        seen.append(ev["data"]["status"])
        if ev["data"]["status"] == until:
            return seen


def test_qmp_snapshot_jobs(tmp_path):
    vm = VM(tmp_path, "counter-virt.elf", "-S", "-no-shutdown")
    try:
        vm.ok("cont")
        vm.drain_events()
        args = {"job-id": "save0", "tag": "snap0", "vmstate": "vmstate0", "devices": []}
        assert vm.ok("snapshot-save", **args) == {}
        assert _job_events(vm, "save0") == ["created", "running", "waiting", "pending",
                                            "concluded"]
        names = [e["event"] for e in vm.drain_events()]
        assert names.index("STOP") < names.index("RESUME")
        jobs = vm.ok("query-jobs")
        assert jobs == [{"id": "save0", "type": "snapshot-save", "status": "concluded",
                         "current-progress": 1, "total-progress": 1}]
        # an existing tag: the job fails (HMP savevm would overwrite)
        vm.ok("snapshot-save", **dict(args, **{"job-id": "save1"}))
        assert _job_events(vm, "save1") == ["created", "running", "aborting", "concluded"]
        failed = [j for j in vm.ok("query-jobs") if j["id"] == "save1"][0]
        assert failed["error"] == "Snapshot 'snap0' already exists"
        # argument checks
        with pytest.raises(Exception, match="pyemu has no block devices"):
            vm.ok("snapshot-save", **dict(args, **{"job-id": "x", "devices": ["disk0"]}))
        with pytest.raises(Exception, match="Job ID 'save0' already in use"):
            vm.ok("snapshot-save", **args)
        with pytest.raises(Exception, match="Parameter 'vmstate' is missing"):
            vm.ok("snapshot-save", **{"job-id": "y", "tag": "t", "devices": []})
        vm.ok("stop")
        vm.drain_events()
        vm.ok("snapshot-load", **dict(args, **{"job-id": "load0"}))
        assert _job_events(vm, "load0")[-1] == "concluded"
        assert vm.ok("query-status")["status"] == "paused"
        vm.ok("snapshot-delete", **{"job-id": "del0", "tag": "snap0", "devices": []})
        assert _job_events(vm, "del0")[-1] == "concluded"
        assert "There is no snapshot available." in vm.hmp("info snapshots")
        vm.ok("job-dismiss", id="save0")
        assert "save0" not in [j["id"] for j in vm.ok("query-jobs")]
        # HMP: auto tag, overwrite, delvm
        vm.hmp("savevm")
        vm.hmp("savevm mine")
        vm.hmp("savevm mine")
        tags = [line.split()[1] for line in vm.hmp("info snapshots").splitlines()[2:]]
        assert len(tags) == 2 and "mine" in tags
        assert [t for t in tags if t != "mine"][0].startswith("vm-")
        vm.hmp("delvm mine")
        assert "Snapshot 'mine' not found" in vm.hmp("delvm mine")
        vm.quit()
    finally:
        vm.kill()
    shutil.rmtree(tmp_path / "snapshots", ignore_errors=True)
