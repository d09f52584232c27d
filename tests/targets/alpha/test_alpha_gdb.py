"""gdb-multiarch debugging an Alpha guest (PAL-mode hello under -S -gdb):
a breakpoint in _start (the guest ELFs carry no symbols), registers in gdb's fixed Alpha layout, a register
written and read back, single steps, detach; the guest then prints
exactly what it prints without gdb."""

import pathlib
import shutil
import socket
import subprocess
import sys
import time

from tests.launch import launcher

ROOT = pathlib.Path(__file__).resolve().parents[3]
ELF = ROOT / "tests/guests/alpha/elf/hello-bios.elf"
EXPECTED = ROOT / "tests/guests/alpha/expected/hello-bios.out"
LAUNCH = launcher("alpha")
GDB = shutil.which("gdb-multiarch") or "gdb-multiarch"

SCRIPT = """\
set pagination off
set confirm off
target remote 127.0.0.1:{port}
break *0xfffffc0000000010
continue
p/x $pc
info registers sp
set $old = $t0
set $t0 = 0x1234
p/x $t0
p/x $t0 + 1
set $t0 = $old
stepi
p/x $pc
stepi
p/x $pc
p/x $fpcr
detach
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gdb_breaks_steps_and_reads_registers(tmp_path):
    port = free_port()
    serial = tmp_path / "serial.txt"
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, "-M", "clipper", "-nographic",
                             "-serial", "file:%s" % serial, "-monitor", "none", "-S",
                             "-gdb", "tcp:127.0.0.1:%d" % port, "-bios", str(ELF)],
                            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        script = tmp_path / "session.gdb"
        script.write_text(SCRIPT.format(port=port))
        gdb = subprocess.run([GDB, "-nx", "-batch", "-x", str(script), str(ELF)],
                             capture_output=True, text=True, timeout=90)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    out = gdb.stdout
    assert "Breakpoint 1, 0xfffffc0000000010 in ?? ()" in out, out + gdb.stderr
    lines = [line for line in out.splitlines() if line.startswith("$")]
    pcs = [lines[0], lines[3], lines[4]]
    values = [int(line.split("= ")[1], 16) for line in pcs]
    assert values[0] == 0xFFFFFC0000000010
    assert values[1] == values[0] + 4 and values[2] == values[1] + 4, out
    assert lines[1].endswith("= 0x1234") and lines[2].endswith("= 0x1235"), out
    assert lines[5].endswith("= 0x0"), out                  # fpcr
    assert out.split("\nsp ")[1].split()[0].startswith("0xfffffc"), out   # set by _start
    assert "[Inferior 1 (Remote target) detached]" in out, out
    assert serial.read_bytes() == EXPECTED.read_bytes()
