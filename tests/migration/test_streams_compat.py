"""Stream compatibility: committed streams keep loading, QEMU's `timer`
section layout, and type-1 / type-2 CPU streams refusing each other.

tests/data/streams/ holds streams written by earlier pyemu releases
(make_streams.py there says how); each must still load with -loadvm and
continue to the recorded output and exit status, and parse with QEMU's
analyze-migration.py.
"""
import json
import pathlib

import numpy as np
import pytest

from check_analyze import analyze, section
from emu.clock_vmstate import VMSTATE_TIMERS, ClockState
from emu.cpu_vmstate import VMSTATE_CPU_COMMON, vmstate_cpu_parent_obj
from emu.tcg import exec as X
from emu.timer import VirtualClock
from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.savevm import SaveVMRegistry, load_state, save_state
from migration.snapshot import SnapshotStore
from migration.vmstate import VMStateDescription, vmstate_uint64
from snapvm import run_plain

STREAMS = pathlib.Path(__file__).resolve().parents[1] / "data" / "streams"
FIXTURES = sorted(p.stem for p in STREAMS.glob("*.vmstate"))


def test_fixtures_are_there():
    assert len(FIXTURES) >= 2


@pytest.mark.parametrize("name", FIXTURES)
def test_committed_stream_loads_and_continues(tmp_path, name):
    meta = json.loads((STREAMS / (name + ".json")).read_text())
    data = (STREAMS / (name + ".vmstate")).read_bytes()
    store = SnapshotStore(tmp_path / "snaps")
    store.save("fixture", lambda fh: fh.write(data),
               {"vm_clock_nsec": meta["icount"], "icount": meta["icount"],
                "machine_type": "virt"})
    bits = int(meta["pyemu-system"][len("riscv"):])
    status, out, err = run_plain(meta["guest"], *meta["options"], "-loadvm", "fixture",
                                 bits=bits, snapshot_dir=tmp_path / "snaps")
    assert status == meta["exit-status"], err
    assert out.decode() == meta["rest-of-output"]


@pytest.mark.parametrize("name", FIXTURES)
def test_committed_stream_parses_with_analyze_migration(name):
    meta = json.loads((STREAMS / (name + ".json")).read_text())
    state, desc = analyze(STREAMS / (name + ".vmstate"))
    timer = section(state, "timer")["timer/icount"]
    assert int(timer["qemu_icount"], 16) == meta["icount"]
    names = [d["name"] for d in desc["devices"]]
    assert names[:4] == ["globalstate", "timer", "cpu_common", "cpu"]
    assert {"riscv_mtimer", "riscv_sifive_plic", "serial", "riscv_aclint_swi"} <= set(names)
    assert "ram (" in " ".join(state)


# --------------------------------------------------------------------------
# The `timer` section
# --------------------------------------------------------------------------

class _Cpu:
    def __init__(self, icount):
        self.state = np.zeros(X.ST_SIZE, dtype=np.int64)
        self.state[X.ST_ICOUNT] = icount


class _Machine:
    def __init__(self, icounts, shift=0, bias=0):
        self.cpus = [_Cpu(n) for n in icounts]
        self.clock = VirtualClock(shift)
        self.clock.icount_source = lambda: sum(int(c.state[X.ST_ICOUNT]) for c in self.cpus)
        self.clock.bias = bias


def _timer_stream(machine):
    registry = SaveVMRegistry(global_state=False)
    registry.register_vmstate("timer", 0, VMSTATE_TIMERS, ClockState(machine))
    f = QEMUFileWriter()
    save_state(f, registry, "virt")
    return f.getvalue()


def _load_timer(stream, machine):
    registry = SaveVMRegistry(global_state=False)
    registry.register_vmstate("timer", 0, VMSTATE_TIMERS, ClockState(machine))
    load_state(QEMUFileReader(stream), registry, "virt")


def test_timer_section_has_qemus_layout():
    stream = _timer_stream(_Machine([1000], shift=2, bias=77))
    now = (1000 << 2) + 77
    body = (now.to_bytes(8, "big") + bytes(8) + now.to_bytes(8, "big")
            + b"\x05\x0ctimer/icount" + (1).to_bytes(4, "big")
            + (77).to_bytes(8, "big") + (1000).to_bytes(8, "big"))
    assert body in stream
    assert b"pyemu-cpus" not in stream.split(b"\x06", 1)[0][:200]


def test_timer_section_restores_clock_and_every_cpu_icount():
    source = _Machine([5000, 7000], shift=1, bias=123)
    stream = _timer_stream(source)
    target = _Machine([1, 2], shift=1)
    _load_timer(stream, target)
    assert [int(c.state[X.ST_ICOUNT]) for c in target.cpus] == [5000, 7000]
    assert target.clock.now() == source.clock.now()
    # a different machine shape is refused
    with pytest.raises(MigrationError, match="2 CPU instruction counters"):
        _load_timer(stream, _Machine([0, 0, 0], shift=1))


def test_timer_section_without_icount_keeps_virtual_time():
    source = _Machine([10], shift=None, bias=5_000_000)
    stream = _timer_stream(source)
    target = _Machine([0], shift=None)
    _load_timer(stream, target)
    assert target.clock.now() == source.clock.now() == 5_000_000
    assert int(target.cpus[0].state[X.ST_ICOUNT]) == 10


# --------------------------------------------------------------------------
# Type 1 vs type 2 CPU streams
# --------------------------------------------------------------------------

class _Cpu2:
    def __init__(self):
        self.halted = 0
        self.interrupt_request = 0
        self.exception_index = -1
        self.pc = 0x80000000


_TARGET_FIELDS = [vmstate_uint64("pc")]
CPU_TYPE2 = VMStateDescription("cpu", version_id=1, fields=list(_TARGET_FIELDS))
CPU_TYPE1 = VMStateDescription("cpu", version_id=1,
                               fields=[vmstate_cpu_parent_obj()] + list(_TARGET_FIELDS))


def _registry(style, cpu):
    registry = SaveVMRegistry()
    if style == 2:
        registry.register_vmstate("cpu_common", 0, VMSTATE_CPU_COMMON, cpu)
        registry.register_vmstate("cpu", 0, CPU_TYPE2, cpu)
    else:
        registry.register_vmstate("cpu", 0, CPU_TYPE1, cpu)
    return registry


def _stream(style):
    cpu = _Cpu2()
    cpu.halted = 1
    f = QEMUFileWriter()
    save_state(f, _registry(style, cpu), "virt")
    return f.getvalue()


@pytest.mark.parametrize("style", [1, 2])
def test_same_style_loads(style):
    cpu = _Cpu2()
    load_state(QEMUFileReader(_stream(style)), _registry(style, cpu), "virt")
    assert cpu.halted == 1 and cpu.pc == 0x80000000


def test_type1_stream_into_type2_cpu_is_refused():
    cpu = _Cpu2()
    with pytest.raises(MigrationError) as err:
        load_state(QEMUFileReader(_stream(1)), _registry(2, cpu), "virt")
    assert "saved by a type-1 CPU" in str(err.value)
    assert "type-2 (legacy)" in str(err.value)
    assert cpu.pc == 0x80000000 and cpu.halted == 0      # nothing misread


def test_type2_stream_into_type1_cpu_is_refused():
    with pytest.raises(MigrationError) as err:
        load_state(QEMUFileReader(_stream(2)), _registry(1, _Cpu2()), "virt")
    assert "saved by a type-2 (legacy) CPU" in str(err.value)
    assert "type-1 registration" in str(err.value)


def test_unrelated_unknown_section_keeps_qemus_message():
    registry = SaveVMRegistry()
    f = QEMUFileWriter()
    other = SaveVMRegistry()
    other.register_vmstate("cpu_common", 3, VMSTATE_CPU_COMMON, _Cpu2())
    save_state(f, other, "virt")
    with pytest.raises(MigrationError, match="Unknown section or instance 'cpu_common' 3"):
        load_state(QEMUFileReader(f.getvalue()), registry, "virt")

