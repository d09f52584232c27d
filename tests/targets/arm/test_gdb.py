"""The gdb stub on pyemu-system-arm: gdb-multiarch in batch mode against
the hello guest stopped with -S (a breakpoint on an address and on a
symbol, a single step, core registers with cpsr, a VFP d register and
fpscr written and read, detach).  The pcs and core registers are the ones
the same session shows against qemu-system-arm 7.2 (QEMU describes the d
registers as Neon unions, pyemu as plain doubles); after the detach the guest
prints what it prints without gdb and exits 0."""

import os
import shutil
import socket
import subprocess
import sys
import time

from tests.launch import launcher

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
GUEST = os.path.join("tests", "guests", "arm", "elf", "hello-virt.elf")
EXPECTED = os.path.join(ROOT, "tests", "guests", "arm", "expected", "hello-virt.out")
GDB = shutil.which("gdb-multiarch") or "gdb-multiarch"
LAUNCH = launcher("arm")

SCRIPT = """\
set pagination off
set confirm off
target remote 127.0.0.1:{port}
tbreak *0x40000010
continue
p/x $pc
break main
continue
p/x $pc
stepi
p/x $pc
info registers r0 sp lr cpsr
set $d5 = 2.5
p $d5
p/x $d5
p/x $fpscr
detach
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, proc):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the gdb stub did not listen on port %d" % port)


def test_gdb_session_on_the_hello_guest(tmp_path):
    port = free_port()
    script = tmp_path / "session.gdb"
    script.write_text(SCRIPT.format(port=port))
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "-M", "virt", "-cpu", "cortex-a15",
                             "-nographic", "-semihosting", "-S",
                             "-gdb", "tcp:127.0.0.1:%d,server=on,wait=off" % port, "-kernel", GUEST],
                            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        wait_for_port(port, proc)
        gdb = subprocess.run([GDB, "-nx", "-batch", "-x", str(script), GUEST], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    out = gdb.stdout
    lines = [line for line in out.splitlines() if line.startswith("$")]
    assert lines[0] == "$1 = 0x40000010", out + gdb.stderr     # address breakpoint
    assert "Breakpoint 2, 0x400003b4 in main ()" in out, out
    assert lines[1] == "$2 = 0x400003b4"
    assert lines[2] == "$3 = 0x400003b8", out                   # stepi: one insn
    assert "r0             0x3ec" in out                          # movw r0, #0x3ec ran
    assert "sp             0x40010410" in out
    assert "lr             0x40000038" in out                     # bl main in _start
    assert "cpsr           0x600001d3" in out                     # SVC, A/I/F masked, Z C
    assert lines[3] == "$4 = 2.5" and lines[4] == "$5 = 0x4004000000000000"
    assert lines[5] == "$6 = 0x0"
    assert "detached]" in out
    with open(EXPECTED, "rb") as fh:
        assert stdout == fh.read()
    assert proc.returncode == 0
