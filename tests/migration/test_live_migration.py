"""Live migration between two real pyemu processes.

The workload is the counter guest built with -DCOUNTER_MIGRATE
(tests/guests/riscv/src/counter.c): it rewrites a 4 MiB buffer pass after
pass, prints `counter: N` after each pass and a checksum of the buffer at
the end.  Under -icount the source's output followed by the destination's
must equal QEMU's uninterrupted run byte for byte; the checksum shows that
the destination's RAM was the source's at switchover.
"""
import os
import signal
import socket
import threading
import time

import numpy as np
import pytest

from live_helpers import (IDLE_GUEST, VM, expected_output, free_port, patched_elf,
                          patched_guest)
from migration.errors import MigrationError
from migration.migration import LiveRam
from migration.qemu_file import QEMUFileReader
from migration.qemu_file import QEMUFileWriter
from migration.ram import RamMigration
from migration_fakes import FakeRamBlock

ANALYZE_CANDIDATES = [
    "/tmp/qemu-tools/analyze-migration.py",
    "/tmp/qemu-tools/analyze-migration-7.2.py",
    os.path.expanduser("~/.cache/pyemu/qemu-src/analyze-migration.py"),
]


@pytest.fixture
def vms(tmp_path):
    started = []

    def make(name, *args, **kw):
        vm = VM(tmp_path, name, *args, **kw)
        started.append(vm)
        return vm
    yield make
    for vm in started:
        vm.close()


def ram_of(vm):
    return vm.qmp.cmd("query-migrate").get("ram", {})


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(0.02)


# -- in-process: the RAM handlers of both ends ---------------------------------

def _blocks(seed):
    rng = np.random.default_rng(seed)
    big = FakeRamBlock("pc.ram", 256 << 12)
    big.host[:64 << 12] = rng.integers(0, 256, 64 << 12, dtype=np.uint8)
    big.host[200 << 12:201 << 12] = 7                   # a lone data page among zeros
    rom = FakeRamBlock("rom", 4 << 12, fill=0x5A)
    return [big, rom]


def _live_stream(src, dirty_later=()):
    """setup + a few PART passes over src, with pages dirtied in between."""
    live = LiveRam(src, 4096)
    w = QEMUFileWriter()
    live.save_setup(w)
    live.save_iterate(w, 100_000)                      # a partial pass
    for block, page, value in dirty_later:               # the guest writes...
        block.host[page << 12:(page + 1) << 12] = value
        block.dirty[page] = 1                            # ...and the executor logs it
    live.sync_from_log()
    assert not any(b.dirty.any() for b in src)           # the log is cleared
    while live.pending():
        live.save_iterate(w, 300_000)
    w.put_be64(0x10)
    live.save_complete(w)
    return w.getvalue(), live


def _load(loader, data):
    r = QEMUFileReader(data)
    while not r.at_eof():
        loader.load_state(r, 4)


def test_live_ram_resends_pages_dirtied_after_they_were_sent():
    src = _blocks(1)
    data, live = _live_stream(src, [(src[0], 3, 0x11), (src[0], 250, 0x22), (src[1], 0, 0)])
    assert live.stats.normal > 64 and live.stats.duplicate > 0
    dst = [FakeRamBlock("pc.ram", 256 << 12, fill=0xEE), FakeRamBlock("rom", 4 << 12)]
    _load(RamMigration(lambda: dst, 4096), data)
    for a, b in zip(src, dst):
        assert np.array_equal(a.host, b.host)


def test_batched_ram_load_equals_record_by_record():
    src = _blocks(2)
    data, _ = _live_stream(src)
    fast = [FakeRamBlock("pc.ram", 256 << 12, fill=1), FakeRamBlock("rom", 4 << 12, fill=2)]
    slow = [FakeRamBlock("pc.ram", 256 << 12, fill=1), FakeRamBlock("rom", 4 << 12, fill=2)]
    _load(RamMigration(lambda: fast, 4096), data)
    _load(RamMigration(slow, 4096, batch_records=False), data)
    for a, b, c in zip(src, fast, slow):
        assert np.array_equal(a.host, b.host) and np.array_equal(b.host, c.host)


@pytest.mark.parametrize("damage, message", [
    (lambda d: d.replace(b"pc.ram", b"pc.rom"), "Unknown ramblock"),
    (lambda d: d[:-5000], "Unexpected end of stream"),
])
def test_ram_load_rejects_bad_streams(damage, message):
    data, _ = _live_stream(_blocks(3))
    dst = [FakeRamBlock("pc.ram", 256 << 12), FakeRamBlock("rom", 4 << 12)]
    with pytest.raises(MigrationError, match=message):
        _load(RamMigration(lambda: dst, 4096), damage(data))


def test_ram_load_checks_offsets_inside_a_batch():
    w = QEMUFileWriter()
    w.put_be64((2 << 12) | 0x4)
    w.put_counted_string("pc.ram")
    w.put_be64(2 << 12)
    w.put_be64(0x10)
    w.put_be64(0 | 0x2)
    w.put_counted_string("pc.ram")
    w.put_byte(0)
    w.put_be64((1 << 12) | 0x22)                         # fine
    w.put_byte(0)
    w.put_be64((9 << 12) | 0x22)                         # beyond the block
    w.put_byte(0)
    dst = [FakeRamBlock("pc.ram", 2 << 12, fill=3)]
    with pytest.raises(MigrationError, match="Illegal RAM offset 9000"):
        _load(RamMigration(lambda: dst, 4096), w.getvalue())
    assert not dst[0].host.any()                          # the two good pages applied


# -- two processes ----------------------------------------------------------------

def test_tcp_migration_mid_run_continues_exactly(vms):
    port = free_port()
    src = vms("src")
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port)
    assert dst.status() == "inmigrate"
    assert dst.qmp.cmd("query-migrate")["status"] == "setup"
    src.qmp.cmd("migrate-set-capabilities",
                capabilities=[{"capability": "events", "state": True}])
    src.wait_output(b"counter: 3\n")
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    info = src.wait_migration()
    assert info["status"] == "completed", info
    assert src.status() == "postmigrate"
    for key in ("total-time", "downtime", "setup-time"):
        assert isinstance(info[key], int) and info[key] >= 0
    ram = info["ram"]
    assert 64 << 20 <= ram["total"] < 65 << 20                  # RAM + ROMs
    assert ram["remaining"] == 0 and ram["dirty-sync-count"] >= 2
    assert ram["normal"] > 1024 and ram["duplicate"] > 0          # buffer + zero pages
    assert ram["normal-bytes"] == ram["normal"] * 4096
    assert ram["transferred"] > ram["normal-bytes"] and ram["mbps"] > 0
    statuses = [d["status"] for d in src.qmp.event_data("MIGRATION")]
    assert statuses == ["setup", "active", "device", "completed"]
    passes = [d["pass"] for d in src.qmp.event_data("MIGRATION_PASS")]
    assert passes == list(range(1, ram["dirty-sync-count"] + 1))
    assert src.qmp.event_data("STOP")
    text = src.qmp.hmp("info migrate")
    assert "Migration status: completed" in text and "dirty sync count:" in text

    assert dst.wait_exit() == 0
    stopped_at = src.counter()
    assert 3 <= stopped_at < 40
    assert dst.output().startswith(b"counter: %d\n" % (stopped_at + 1))
    assert src.output() + dst.output() == expected_output()


def test_running_idle_guest_migrates_and_goes_on_ticking(vms, tmp_path):
    # The idle guest sleeps in wfi between 10 ms timer ticks, in real time
    # (no -icount).  Migrated while running, the destination goes on
    # ticking from where the source stopped: together the two print every
    # tick line once, in order, then the guest's done line.
    ticks, every = 500, 25
    guest = patched_elf(tmp_path, IDLE_GUEST, {"idle_ticks": ticks,
                                               "idle_report_every": every}, "idle.elf")
    port = free_port()
    src = vms("src", guest=guest, mem="256M", icount=False)
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port, guest=guest, mem="256M",
              icount=False)
    src.wait_output(b"idle: tick 50\n")
    src.qmp.cmd("migrate-set-parameters", max_bandwidth=0)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    info = src.wait_migration()
    assert info["status"] == "completed", info
    assert info["ram"]["total"] >= 256 << 20
    assert isinstance(info["downtime"], int) and info["downtime"] >= 0
    assert src.status() == "postmigrate"
    assert dst.wait_exit(timeout=120) == 0
    last = src.output().rsplit(b"idle: tick ", 1)[1]
    assert dst.output().startswith(b"idle: tick %d\n" % (int(last) + every))
    expected = (b"idle: rv64, %d ticks of 10 ms in wfi\nidle: ready\n" % ticks
                + b"".join(b"idle: tick %d\n" % t for t in range(every, ticks + 1, every))
                + b"idle: done\n")
    assert src.output() + dst.output() == expected


def test_unix_socket_with_incoming_defer_in_real_time(vms, tmp_path):
    # without -icount: the guest's output does not depend on time, so the
    # combined output must still be QEMU's
    path = str(tmp_path / "mig.sock")
    src = vms("src", icount=False)
    dst = vms("dst", "-incoming", "defer", icount=False)
    assert dst.qmp.cmd("query-migrate") == {}
    with pytest.raises(RuntimeError, match="waiting for an incoming migration"):
        dst.qmp.cmd("migrate", uri="unix:%s" % path)
    dst.qmp.hmp("migrate_incoming unix:%s" % path)
    with pytest.raises(RuntimeError, match="already been started"):
        dst.qmp.cmd("migrate-incoming", uri="unix:%s" % path)
    src.wait_output(b"counter: 2\n")
    assert src.qmp.hmp("migrate -d unix:%s" % path) == ""
    assert src.wait_migration()["status"] == "completed"
    assert dst.wait_exit() == 0
    assert src.output() + dst.output() == expected_output()


def test_paused_source_to_file_and_exec_loads_paused(vms, tmp_path):
    stream = tmp_path / "stream.mig"
    src = vms("src")
    src.wait_output(b"counter: 2\n")
    src.qmp.cmd("stop")
    src.qmp.cmd("migrate", uri="exec:cat > %s" % stream)
    assert src.wait_migration()["status"] == "completed"
    assert src.status() == "postmigrate"
    src.qmp.cmd("migrate", uri="file:%s,offset=8192" % (tmp_path / "offset.mig"))
    assert src.wait_migration()["status"] == "completed"
    data = stream.read_bytes()
    assert data[:8] == b"QEVM\x00\x00\x00\x03"
    second = (tmp_path / "offset.mig").read_bytes()
    assert second[:8192] == bytes(8192)
    # the same VM state, except globalstate: paused, then postmigrate
    assert len(second) - 8192 == len(data) and second[8192:8192 + (4 << 20)] == data[:4 << 20]

    dst = vms("dst", "-incoming", "exec:cat %s" % stream)
    wait_until(lambda: dst.qmp.cmd("query-migrate").get("status") == "completed", 30,
               "the exec: load")
    assert dst.status() == "paused"            # the source was paused
    dst.qmp.cmd("cont")
    assert dst.wait_exit() == 0
    assert src.output() + dst.output() == expected_output()

    dst2 = vms("dst2", "-incoming", "file:%s,offset=8192" % (tmp_path / "offset.mig"))
    wait_until(lambda: dst2.qmp.cmd("query-migrate").get("status") == "completed", 30,
               "the file: load")
    assert dst2.status() == "postmigrate"       # the globalstate of that stream
    dst2.qmp.cmd("cont")
    dst2.wait_output(b"counter: %d\n" % (src.counter() + 2))
    assert expected_output().startswith(src.output() + dst2.output())

    script = next((c for c in ANALYZE_CANDIDATES if os.path.exists(c)), None)
    if script is not None:                  # QEMU's own parser, when fetched
        import json
        import subprocess
        import sys
        out = subprocess.run([sys.executable, script, "-f", str(stream)],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-2000:]
        state = json.loads(out.stdout)
        assert any(k.startswith("cpu ") for k in state)


def test_destination_with_other_ram_size_or_board_refuses(vms):
    port = free_port()
    src = vms("src")
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port, mem="128M")
    src.wait_output(b"counter: 1\n")
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    info = src.wait_migration()
    assert info["status"] == "failed"
    assert "Size mismatch" in info["error-desc"]
    assert dst.wait_exit() == 1
    err = dst.stderr()
    assert "Size mismatch: riscv_virt_board.ram: 0x4000000 != 0x8000000" in err and "load of migration failed" in err
    assert src.status() == "running"
    # another board: refused at the configuration section, before any RAM
    port = free_port()
    spike = vms("spike", "-incoming", "tcp:127.0.0.1:%d" % port, machine="spike")
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    info = src.wait_migration()
    assert info["status"] == "failed"
    assert "Machine type received is 'virt' and local is 'spike'" in info["error-desc"]
    assert spike.wait_exit() == 1
    assert src.status() == "running"
    before = src.counter()
    src.wait_output(b"counter: %d\n" % (before + 1))


def test_write_heavy_guest_converges_once_downtime_limit_is_raised(vms, tmp_path):
    guest = patched_guest(tmp_path, 400)
    port = free_port()
    src = vms("src", guest=guest)
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port, guest=guest)
    src.qmp.cmd("migrate-set-capabilities",
                capabilities=[{"capability": "events", "state": True}])
    # 4 MiB/s is far below the ~40 MiB/s the guest dirties: with the
    # default 300 ms the remaining 4 MiB never fit.
    src.qmp.hmp("migrate_set_parameter max-bandwidth 4M")
    assert src.qmp.cmd("query-migrate-parameters")["max-bandwidth"] == 4 << 20
    src.wait_output(b"counter: 1\n")
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    wait_until(lambda: ram_of(src).get("dirty-sync-count", 0) >= 4, 30,
               "four passes")
    # expected-downtime falls below the limit for a moment at the end of
    # each pass (then the sync finds the buffer dirty again): sample a pass
    samples = []
    for _ in range(10):
        samples.append(src.qmp.cmd("query-migrate"))
        time.sleep(0.03)
    info = samples[-1]
    assert all(i["status"] == "active" for i in samples)
    assert max(i["expected-downtime"] for i in samples) > 300
    assert info["ram"]["mbps"] < 4 * 8.39 * 1.25          # paced at ~4 MiB/s
    assert info["ram"]["dirty-pages-rate"] > 1024 // 4     # > 1 MiB/s of dirtying
    assert info["ram"]["pages-per-second"] > 0
    src.qmp.cmd("migrate-set-parameters", downtime_limit=2000)
    info = src.wait_migration(timeout=30)
    assert info["status"] == "completed", info
    passes = info["ram"]["dirty-sync-count"]
    assert passes >= 5
    assert [d["pass"] for d in src.qmp.event_data("MIGRATION_PASS")][-1] == passes
    stopped_at = src.counter()
    dst.wait_output(b"counter: %d\n" % (stopped_at + 3))
    assert dst.output().startswith(b"counter: %d\n" % (stopped_at + 1))


class CorruptingProxy:
    """Forwards one connection both ways; bytes [start, end) of the
    source->destination direction become 0xFF."""

    def __init__(self, target_port, start, end):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.target_port, self.start, self.end = target_port, start, end
        threading.Thread(target=self._run, daemon=True).start()

    def _pump(self, a, b, corrupt):
        pos = 0
        try:
            while True:
                data = bytearray(a.recv(65536))
                if not data:
                    break
                if corrupt:
                    lo, hi = max(self.start - pos, 0), min(self.end - pos, len(data))
                    if lo < hi:
                        data[lo:hi] = b"\xff" * (hi - lo)
                pos += len(data)
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _run(self):
        self.listener.settimeout(60)
        conn, _ = self.listener.accept()
        out = socket.create_connection(("127.0.0.1", self.target_port), 10)
        threading.Thread(target=self._pump, args=(conn, out, True), daemon=True).start()
        self._pump(out, conn, False)


def _fails_fast(src, what):
    t0 = time.monotonic()
    info = src.wait_migration(timeout=10)
    assert info["status"] == "failed", (what, info)
    assert time.monotonic() - t0 < 1.0, what
    assert src.status() == "running", what
    return info


def test_faults_leave_the_source_running_and_a_new_migration_succeeds(vms, tmp_path):
    guest = patched_guest(tmp_path, 2000)
    src = vms("src", guest=guest)
    src.qmp.cmd("migrate-set-parameters", max_bandwidth=2 << 20)
    src.wait_output(b"counter: 1\n")

    # 1. the destination is killed mid-stream
    port = free_port()
    victim = vms("victim", "-incoming", "tcp:127.0.0.1:%d" % port, guest=guest)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    wait_until(lambda: ram_of(src).get("transferred", 0) > 256 << 10, 20,
               "some RAM sent")
    victim.proc.send_signal(signal.SIGKILL)
    info = _fails_fast(src, "killed destination")
    assert "socket" in info["error-desc"] or "closed" in info["error-desc"]

    # 2. the connection is closed by the other end
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(20)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % server.getsockname()[1])
    conn, _ = server.accept()
    got = 0
    while got < 128 << 10:
        got += len(conn.recv(65536))
    conn.close()
    server.close()
    _fails_fast(src, "closed socket")

    # 3. a corrupt stream: the destination rejects it and exits
    port = free_port()
    judge = vms("judge", "-incoming", "tcp:127.0.0.1:%d" % port, guest=guest)
    proxy = CorruptingProxy(port, 300 << 10, 400 << 10)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % proxy.port)
    info = src.wait_migration(timeout=20)
    assert info["status"] == "failed" and "refused" in info["error-desc"], info
    assert src.status() == "running"
    assert judge.wait_exit() == 1
    assert "load of migration failed" in judge.stderr()

    # 4. migrate_cancel; a deferred destination waits for the next attempt
    dst = vms("dst", "-incoming", "defer", guest=guest)
    port = free_port()
    dst.qmp.cmd("migrate-incoming", uri="tcp:127.0.0.1:%d" % port)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    wait_until(lambda: src.qmp.cmd("query-migrate")["status"] == "active", 10, "active")
    src.qmp.hmp("migrate_cancel")
    assert src.wait_migration(timeout=5)["status"] == "cancelled"
    assert src.status() == "running"
    wait_until(lambda: dst.qmp.cmd("query-migrate").get("status") == "failed", 10,
               "the destination to notice")
    assert dst.status() == "inmigrate" and dst.proc.poll() is None

    # the guest kept running through all of it ...
    before = src.counter()
    src.wait_output(b"counter: %d\n" % (before + 1))
    # ... and a new migration to the waiting destination succeeds
    src.qmp.cmd("migrate-set-parameters", max_bandwidth=128 << 20)
    port = free_port()
    dst.qmp.cmd("migrate-incoming", uri="tcp:127.0.0.1:%d" % port)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    assert src.wait_migration()["status"] == "completed"
    stopped_at = src.counter()
    dst.wait_output(b"counter: %d\n" % (stopped_at + 2))
    assert dst.output().startswith(b"counter: %d\n" % (stopped_at + 1))
    assert dst.status() == "running"


def test_source_killed_mid_stream_destination_exits_with_error(vms, tmp_path):
    guest = patched_guest(tmp_path, 2000)
    port = free_port()
    src = vms("src", guest=guest)
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port, guest=guest)
    src.qmp.cmd("migrate-set-parameters", max_bandwidth=1 << 20)
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    wait_until(lambda: ram_of(src).get("transferred", 0) > 128 << 10, 20,
               "some RAM sent")
    src.proc.send_signal(signal.SIGKILL)
    assert dst.wait_exit(timeout=10) == 1
    err = dst.stderr()
    assert "load of migration failed" in err and "Unexpected end of stream" in err


def test_migration_commands_refuse_bad_use(vms):
    src = vms("src")
    with pytest.raises(RuntimeError, match="expects a valid migration protocol"):
        src.qmp.cmd("migrate", uri="ftp://nowhere")
    with pytest.raises(RuntimeError, match="-incoming"):
        src.qmp.cmd("migrate-incoming", uri="tcp:127.0.0.1:1")
    with pytest.raises(RuntimeError, match="downtime_limit"):
        src.qmp.cmd("migrate-set-parameters", downtime_limit=-1)
    with pytest.raises(RuntimeError, match="not supported"):
        src.qmp.cmd("migrate-set-capabilities",
                    capabilities=[{"capability": "postcopy-ram", "state": True}])
    src.qmp.hmp("migrate_set_capability events on")
    assert "events: on" in src.qmp.hmp("info migrate_capabilities")
    src.qmp.hmp("migrate_set_parameter downtime-limit 500")
    assert "downtime-limit: 500 ms" in src.qmp.hmp("info migrate_parameters")
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % free_port())      # nobody listens
    info = src.wait_migration(timeout=10)
    assert info["status"] == "failed" and "Connection refused" in info["error-desc"]
    assert src.status() == "running"


def _read_until(fd, needle, timeout, count=1):
    import select
    data = b""
    deadline = time.monotonic() + timeout
    while data.count(needle) < count:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError("no %r in %r" % (needle, data[-500:]))
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            data += os.read(fd, 65536)
    return data


def test_hmp_migrate_waits_with_a_progress_line_on_a_terminal(vms, tmp_path):
    guest = patched_guest(tmp_path, 2000)
    port = free_port()
    src = vms("src", "-monitor", "pty", guest=guest)
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port, "-S", guest=guest)
    src.qmp.cmd("migrate-set-parameters", max_bandwidth=8 << 20, downtime_limit=2000)
    fd = os.open(src.pty(), os.O_RDWR | os.O_NOCTTY)
    try:
        _read_until(fd, b"(qemu) ", 10)                   # banner and prompt
        src.wait_output(b"counter: 1\n")
        os.write(fd, b"migrate tcp:127.0.0.1:%d\r" % port)
        time.sleep(0.2)
        os.write(fd, b"info status\r")                    # waits for the end
        text = _read_until(fd, b"(qemu) ", 30, count=2)   # after migrate, after info
    finally:
        os.close(fd)
    assert b"\rmigrate: active," in text                  # the live line
    done = text.index(b"\rmigrate: completed, 100.0% of 64 MiB sent")
    assert done < text.index(b"info status") < text.index(b"VM status: paused (postmigrate)")
    assert src.qmp.cmd("query-migrate")["status"] == "completed"
    assert dst.status() == "paused"                       # -S on the destination
    # the `timer` section (emu/clock_vmstate.py): instruction count and
    # virtual time go on from where the source stopped
    assert dst.qmp.cmd("x-query-icount") == src.qmp.cmd("x-query-icount")
    stopped_at = src.counter()
    dst.qmp.cmd("cont")
    dst.wait_output(b"counter: %d\n" % (stopped_at + 1))
