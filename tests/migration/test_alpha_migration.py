"""Live migration of an Alpha (clipper) guest between two pyemu processes.

The guest is tests/guests/alpha/src/counter.c (PAL mode, -bios): passes over
a 1 MiB buffer, `counter: N` after each, a checksum at the end; its output
is QEMU's, recorded by tests/guests/alpha/record_fixtures.py.

* under -icount shift=0, migrated over TCP while it runs: the source's
  output followed by the destination's is QEMU's uninterrupted output;
* with -smp 2 the stream (a paused source migrated to a file) has one
  type-1 `cpu` section per CPU whose first field is `parent_obj`
  (struct `cpu_common`) and no `cpu_common` section, and QEMU's
  analyze-migration.py parses it with -d state and -d desc;
* a stream whose CPU is laid out type-2 style (a `cpu_common` section,
  then a `cpu` section without parent_obj) is refused by -incoming: the
  destination exits with status 1 after a one-line message saying so
  (and QEMU's "load of migration failed" line).  (savevm/loadvm of the same guest, and loadvm of a
  type-2 stream, are tests/targets/alpha/test_alpha_snapshot.py.)
"""
import pathlib
import socket
import sys

import pytest

from check_analyze import analyze, section
from live_helpers import VM, free_port

ROOT = pathlib.Path(__file__).resolve().parents[2]
GUEST = ROOT / "tests/guests/alpha/elf/counter-bios.elf"
EXPECTED = ROOT / "tests/guests/alpha/expected/counter-bios.out"


@pytest.fixture
def vms(tmp_path):
    started = []

    def make(name, *args, **kw):
        vm = VM(tmp_path, name, *args, guest=None, arch="alpha", machine="clipper",
                bios=GUEST, mem="64M", **kw)
        started.append(vm)
        return vm
    yield make
    for vm in started:
        vm.close()


def test_tcp_live_migration_continues_exactly(vms):
    port = free_port()
    src = vms("src")
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port)
    assert dst.status() == "inmigrate"
    src.wait_output(b"counter: 3\n")
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    info = src.wait_migration()
    assert info["status"] == "completed", info
    assert src.status() == "postmigrate"
    assert dst.wait_exit() == 0
    stopped_at = src.counter()
    assert 3 <= stopped_at < 200
    assert dst.output().startswith(b"counter: %d\n" % (stopped_at + 1))
    assert src.output() + dst.output() == EXPECTED.read_bytes()


def test_stream_has_one_type1_cpu_section_per_cpu_and_analyze_parses_it(vms, tmp_path):
    stream = tmp_path / "alpha.mig"
    src = vms("src", "-smp", "2")
    src.wait_output(b"counter: 1\n")
    src.qmp.cmd("stop")
    src.qmp.cmd("migrate", uri="file:%s" % stream)
    assert src.wait_migration()["status"] == "completed"

    state, desc = analyze(stream)
    names = [(d["name"], d["instance_id"]) for d in desc["devices"]]
    assert [n for n in names if n[0].startswith("cpu")] == [("cpu", 0), ("cpu", 1)]
    for d in desc["devices"]:
        if d["name"] == "cpu":
            first = d["fields"][0]
            assert (first["name"], first["type"]) == ("parent_obj", "struct")
            assert first["struct"]["vmsd_name"] == "cpu_common"
    cpu = section(state, "cpu")
    assert "parent_obj" in cpu and "halted" in cpu["parent_obj"]
    assert not any(key.startswith("cpu_common") for key in state)


def _type2_stream(path):
    """A clipper stream whose CPU 0 is saved the type-2 way: a cpu_common
    section, then a `cpu` section holding only the env (no parent_obj)."""
    sys.path.insert(0, str(ROOT))
    from emu.cpu_vmstate import VMSTATE_CPU_COMMON
    from migration.qemu_file import QEMUFileWriter
    from migration.savevm import SaveVMRegistry, save_state
    from migration.vmstate import VMStateDescription, vmstate_struct
    from targets.alpha.machine import VMSTATE_ENV
    from tests.targets.alpha import harness

    ms = harness.build(bios=str(GUEST))
    cpu = ms.cpus[0]
    legacy = SaveVMRegistry()
    legacy.register_vmstate("cpu_common", 0, VMSTATE_CPU_COMMON, cpu)
    legacy.register_vmstate("cpu", 0, VMStateDescription(
        "cpu", version_id=1, minimum_version_id=1,
        fields=[vmstate_struct("env", VMSTATE_ENV, version=1, path=None)]), cpu)
    with open(path, "wb") as fh:
        save_state(QEMUFileWriter(fh), legacy, ms.type_name)


def test_type2_cpu_stream_is_refused_by_incoming_with_one_line(vms, tmp_path):
    stream = tmp_path / "type2.mig"
    _type2_stream(stream)
    port = free_port()
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(stream.read_bytes())
        assert dst.wait_exit() == 1
    lines = dst.stderr().splitlines()
    about_cpu = [line for line in lines if "cpu_common" in line]
    assert len(about_cpu) == 1, lines
    assert about_cpu[0].startswith("pyemu-system-alpha: CPU 0: ")
    assert "type-2 (legacy) CPU" in about_cpu[0] and "type-1 registration" in about_cpu[0]
    assert lines[-1] == "pyemu-system-alpha: load of migration failed: Invalid argument"
