"""The gdb stub against a paused riscv64 virt guest: gdb-multiarch in batch
mode (breakpoint on a symbol, continue, registers and memory read and
written, single-step, a watchpoint that triggers, detach) must leave the
guest printing exactly what it prints without gdb, after exactly as many
instructions; plus the raw protocol (qSupported, target description,
threads, Ctrl-C, kill)."""

import asyncio
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import time

import pytest
from qemu.qmp import QMPClient

from tests.launch import launcher

ROOT = pathlib.Path(__file__).resolve().parents[2]
ELF = ROOT / "tests/guests/riscv/elf/rv64"
GUEST = "counter_small-virt.elf"
EXPECTED = ROOT / "tests/guests/riscv/expected/rv64/counter_small-virt.out"
LAUNCH = launcher("riscv64")
GDB = shutil.which("gdb-multiarch") or "gdb-multiarch"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(tmp, *args):
    cmd = [sys.executable, "-c", LAUNCH, "-M", "virt", "-bios", "none", "-nographic",
           "-serial", "file:%s" % (tmp / "serial.txt"), "-no-shutdown",
           "-qmp", "unix:%s,server=on,wait=off" % (tmp / "qmp.sock"), *args,
           "-kernel", str(ELF / GUEST)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not os.path.exists(tmp / "qmp.sock"):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return proc


async def finish_and_count(tmp, during=None):
    """Connect QMP, run `during` (blocking, in a thread), wait for the guest
    to shut down; returns minstret at the end (-no-shutdown keeps the VM)."""
    client = QMPClient("test")
    await client.connect(str(tmp / "qmp.sock"))
    result = None
    if during is not None:
        result = await asyncio.get_running_loop().run_in_executor(None, during)
    else:
        await client.execute("cont")
    async for event in client.events:
        if event["event"] == "SHUTDOWN":
            break
    count = await client.execute("human-monitor-command", {"command-line": "p/u $minstret"})
    await client.execute("quit")
    try:
        await client.disconnect()
    except EOFError:
        pass
    return int(count), result


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The guest run without gdb: its output and instruction count."""
    tmp = tmp_path_factory.mktemp("ref")
    proc = launch(tmp, "-S")
    try:
        count, _ = asyncio.run(asyncio.wait_for(finish_and_count(tmp), 60))
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    return (tmp / "serial.txt").read_text(), count


GDB_SCRIPT = """\
set pagination off
set confirm off
target remote 127.0.0.1:{port}
info threads
break main
continue
p/x $pc
info registers sp
set $old = $a1
set $a1 = 0x1234
p/x $a1
set $a1 = $old
set {{long}}0x80500000 = 0x1122334455667788
x/gx 0x80500000
p/x $pc
stepi
p/x $pc
watch *(unsigned long *)&buf
continue
delete
detach
"""


def test_gdb_session_leaves_the_guest_unperturbed(tmp_path, reference):
    ref_output, ref_count = reference
    port = free_port()
    proc = launch(tmp_path, "-S", "-gdb", "tcp:127.0.0.1:%d" % port)
    script = tmp_path / "session.gdb"
    script.write_text(GDB_SCRIPT.format(port=port))

    def run_gdb():
        return subprocess.run([GDB, "-nx", "-batch", "-x", str(script), str(ELF / GUEST)],
                              capture_output=True, text=True, timeout=60)
    try:
        count, gdb = asyncio.run(asyncio.wait_for(finish_and_count(tmp_path, run_gdb), 90))
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    out = gdb.stdout
    assert "Thread 1" in out, out + gdb.stderr
    assert "Breakpoint 1, 0x" in out and " in main ()" in out, out + gdb.stderr
    lines = out.splitlines()
    pcs = [line.split("= ")[1] for line in lines if line.startswith("$") and "0x800" in line]
    assert pcs[0] == pcs[1] and pcs[2] != pcs[1], out      # stepi moved the pc
    assert any(line.endswith("= 0x1234") for line in lines), out
    assert "0x80500000:\t0x1122334455667788" in out, out
    assert "Hardware watchpoint 2: *(unsigned long *)&buf" in out, out
    assert "Old value = 0" in out and "New value = " in out, out
    assert "[Inferior 1 (Remote target) detached]" in out, out
    assert (tmp_path / "serial.txt").read_text() == ref_output == EXPECTED.read_text()
    assert count == ref_count


# -- the raw protocol ------------------------------------------------------------
class RawGdb:
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(20)
        self.sock.connect(str(path))
        self.buf = b""

    def packet(self):
        while True:
            start = self.buf.find(b"$")
            end = self.buf.find(b"#", start)
            if start >= 0 and end >= 0 and len(self.buf) >= end + 3:
                data = self.buf[start + 1:end]
                assert int(self.buf[end + 1:end + 3], 16) == sum(data) & 0xFF
                self.buf = self.buf[end + 3:]
                self.sock.sendall(b"+")
                return data.decode("latin-1")
            chunk = self.sock.recv(65536)
            assert chunk, "connection closed"
            self.buf += chunk

    def send(self, text):
        data = text.encode("latin-1")
        self.sock.sendall(b"$%s#%02x" % (data, sum(data) & 0xFF))

    def ask(self, text):
        self.send(text)
        return self.packet()


def test_raw_protocol_threads_xml_interrupt_and_kill(tmp_path):
    path = tmp_path / "gdb.sock"
    proc = launch(tmp_path, "-S", "-gdb", "unix:%s,server=on,wait=off" % path)
    try:
        while not os.path.exists(path):
            time.sleep(0.05)
        gdb = RawGdb(path)
        supported = gdb.ask("qSupported:multiprocess+;swbreak+;hwbreak+")
        assert "PacketSize=1000" in supported and "qXfer:features:read+" in supported
        assert gdb.ask("?") == "T05thread:01;"          # attaching stopped the VM
        assert gdb.ask("qfThreadInfo") == "m01" and gdb.ask("qsThreadInfo") == "l"
        assert gdb.ask("qC") == "QC01" and gdb.ask("qAttached") == "1"
        assert gdb.ask("Hg1") == "OK" and gdb.ask("Hg7") == "E22"
        assert gdb.ask("T1") == "OK" and gdb.ask("T9") == "E22"
        xml = gdb.ask("qXfer:features:read:target.xml:0,ffb")
        assert xml.startswith("l<?xml") and "<architecture>riscv:rv64</architecture>" in xml
        for feature in ("cpu", "fpu", "csr", "virtual"):
            assert 'href="riscv-64bit-%s.xml"' % feature in xml
        cpu_xml = gdb.ask("qXfer:features:read:riscv-64bit-cpu.xml:0,ffb")
        assert '<feature name="org.gnu.gdb.riscv.cpu">' in cpu_xml
        assert '<reg name="pc" bitsize="64" regnum="32" type="code_ptr"/>' in cpu_xml
        assert gdb.ask("qXfer:features:read:nope.xml:0,ffb") == "E00"
        assert gdb.ask("vCont?") == "vCont;c;C;s;S"
        assert len(gdb.ask("g")) == 33 * 16
        assert gdb.ask("p20") != "E14" and gdb.ask("p9999") == "E14"
        assert gdb.ask("m0,4") == "E14" or len(gdb.ask("m0,4")) == 8
        assert gdb.ask("Z9,0,0") == ""                   # unsupported kind
        gdb.send("vCont;c")
        time.sleep(0.1)
        gdb.sock.sendall(b"\x03")
        assert gdb.packet() == "T02thread:01;"
        gdb.send("k")
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
