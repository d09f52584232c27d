"""HMP: a riscv virt VM's human monitor on a unix socket (commands, QEMU's
output and error lines, bad input that must not hurt the VM), the monitor
multiplexed with the serial console under -nographic (C-a c), and the
expression / format parsers on their own."""

import os
import pathlib
import select
import socket
import subprocess
import sys
import time

import pytest

from emu.monitor.hmp import HMPParseError, _Cursor, _Expr, parse_args_type
from tests.launch import launcher

ROOT = pathlib.Path(__file__).resolve().parents[2]
ELF = ROOT / "tests/guests/riscv/elf/rv64"
LAUNCH = launcher("riscv64")
PROMPT = b"(qemu) "


def launch(*args, guest="counter-virt.elf", **kw):
    cmd = [sys.executable, "-c", LAUNCH, "-M", "virt", "-bios", "none", "-nographic",
           *args, "-kernel", str(ELF / guest)]
    return subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kw)


def read_until(read, marker, timeout=20):
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(marker) if marker == PROMPT else marker not in data:
        assert time.monotonic() < deadline, "timed out waiting for %r in %r" % (marker, data)
        chunk = read()
        assert chunk, "connection closed after %r" % data
        data += chunk
    return data


class HMPClient:
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(20)
        self.sock.connect(str(path))
        self.banner = read_until(lambda: self.sock.recv(65536), PROMPT)

    def cmd(self, line):
        """Run a line; returns its output (echo and prompt removed)."""
        self.sock.sendall(line.encode() + b"\n")
        data = read_until(lambda: self.sock.recv(65536), PROMPT)
        text = data[:-len(PROMPT)].decode().replace("\r\n", "\n")
        echo, _, output = text.partition("\n")
        assert echo == line
        return output

    def close(self):
        self.sock.close()


@pytest.fixture(scope="module")
def hmp(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hmp")
    sock = tmp / "hmp.sock"
    proc = launch("-serial", "file:%s" % (tmp / "serial.txt"),
                  "-monitor", "unix:%s,server=on,wait=off" % sock, "-S")
    deadline = time.monotonic() + 60
    while not os.path.exists(sock):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    client = HMPClient(sock)
    yield client, proc
    client.close()
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


def test_banner_and_status(hmp):
    client, _ = hmp
    assert client.banner == b"QEMU 7.2.0 monitor - type 'help' for more information\r\n(qemu) "
    assert client.cmd("info status") == "VM status: paused (prelaunch)\n"
    assert client.cmd("info version").startswith("7.2.0 (pyemu")


def test_help_lists_every_command(hmp):
    client, _ = hmp
    text = client.cmd("help")
    for line in ("cont|c  -- resume emulation", "quit|q  -- quit the emulator",
                 "x /fmt addr -- virtual memory dump starting at 'addr'",
                 "print|p /fmt expr -- print expression value"):
        assert line in text
    assert "info status  -- show the current VM status" in client.cmd("help info")
    assert client.cmd("help stop") == "stop  -- stop emulation\n"


def test_registers_cpus_and_print(hmp):
    client, _ = hmp
    regs = client.cmd("info registers")
    assert regs.startswith(" pc       0000000000001000\n")
    assert client.cmd("p $pc") == "0x1000\n"
    assert client.cmd("print/d $pc + 4") == "4100\n"
    assert client.cmd("p/x ($pc | 0xff) & ~0xf") == "0x10f0\n"
    assert client.cmd("p $x0") == "0\n"
    assert client.cmd("p $zero + $a0") == "0\n"
    cpus = client.cmd("info cpus")
    assert cpus.startswith("* CPU #0: thread_id=")


def test_memory_dump_formats(hmp):
    client, _ = hmp
    # the reset vector: auipc t0,0 / addi a2,t0,40 / csrr a0,mhartid
    assert client.cmd("xp /3xw 0x1000") == \
        "0000000000001000: 0x00000297 0x02828613 0xf1402573\n"
    assert client.cmd("x /2xh 0x1000") == "0000000000001000: 0x0297 0x0000\n"
    assert client.cmd("x /4xb 0x1000") == "0000000000001000: 0x97 0x02 0x00 0x00\n"
    assert client.cmd("x /1xg 0x1000") == "0000000000001000: 0x0282861300000297\n"
    assert client.cmd("x /2dw 0x1000") == "0000000000001000:        663   42108435\n"
    assert client.cmd("x /1uw 0x1000") == "0000000000001000:        663\n"
    assert client.cmd("x /1ob 0x1000") == "0000000000001000: 0227\n"
    assert client.cmd("x /2c 0x1000") == "0000000000001000: '\\x97' '\\x02'\n"
    disas = client.cmd("x/3i $pc").splitlines()
    assert len(disas) == 3
    assert disas[0].startswith("0x0000000000001000:  00000297") and "auipc" in disas[0]
    assert "csrr" in disas[2] or "csrrs" in disas[2]
    # the last format is remembered: /x then a bare x
    client.cmd("x /2xh 0x1000")
    assert client.cmd("x 0x1000") == "0000000000001000: 0x0297\n"


def test_string_format(hmp):
    client, _ = hmp
    # the reset vector starts 97 02 00 00: a two-byte string
    assert client.cmd("x /s 0x1000") == '0000000000001000: "\\x97\\x02"\n'
    assert client.cmd("x /2s 0x1000").splitlines()[1] == '0000000000001003: ""'


@pytest.mark.parametrize("line,expected", [
    ("frobnicate", "unknown command: 'frobnicate'"),
    ("info frob", "unknown command: 'info frob'"),
    ("x", "unexpected end of expression"),
    ("x /10z 0x1000", "invalid char in format: 'z'"),
    ("p $nosuchreg", "unknown register"),
    ("p 1 / 0", "division by zero"),
    ("p (1 + 2", "')' expected"),
    ("p 0x", "invalid number"),
    ("p #", "invalid char in expression"),
    ("stop now", "stop: extraneous characters at the end of line"),
    ("logfile", "logfile: filename expected"),
    ("log", "log: string expected"),
    ("cpu 7", "Error: invalid CPU index"),
    ("system_powerdown", "Error: The machine 'virt' has no power button"),
    ("info registers -z", "info registers: unsupported option -z"),
    ('logfile "unterminated', "unterminated string"),
    ("xp /4xw 0xfffffffffffff000", "fffffffffffff000: 0x00000000 0x00000000 0x00000000 0x00000000"),
])
def test_errors_are_one_line_and_harmless(hmp, line, expected):
    client, proc = hmp
    out = client.cmd(line)
    assert out == expected + "\n"
    assert proc.poll() is None


def test_placeholders_and_trees(hmp):
    client, _ = hmp
    assert client.cmd("info snapshots") == "There is no snapshot available.\n"
    assert client.cmd("info migrate") == ""
    assert "address-space: memory" in client.cmd("info mtree")
    qtree = client.cmd("info qtree")
    assert qtree.startswith("bus: main-system-bus\n  type System\n  dev: ")
    assert client.cmd("info name") == ""
    assert client.cmd("") == ""


def test_line_editing(hmp):
    client, _ = hmp
    client.sock.sendall(b"info stax\x7ftus\n")
    data = read_until(lambda: client.sock.recv(65536), PROMPT)
    assert b"VM status: paused (prelaunch)" in data


def test_log_logfile_gdbserver(hmp, tmp_path):
    client, _ = hmp
    assert client.cmd("log int") == ""
    assert client.cmd("log none") == ""
    assert client.cmd("log bogus").startswith("log item1[,...] -- activate logging")
    assert client.cmd("logfile %s" % (tmp_path / "log.txt")) == ""
    path = tmp_path / "gdb.sock"
    assert client.cmd("gdbserver unix:%s,server=on,wait=off" % path) == \
        "Waiting for gdb connection on device 'unix:%s,server=on,wait=off'\n" % path
    assert os.path.exists(path)
    assert client.cmd("gdbserver none") == "Disabled gdbserver\n"
    assert client.cmd("gdbserver bogus:x") == "Could not open gdbserver on device 'bogus:x'\n"


def test_stop_cont_reset_quit(hmp):
    client, proc = hmp
    assert client.cmd("cont") == ""
    assert client.cmd("info status") == "VM status: running\n"
    assert client.cmd("stop") == ""
    assert client.cmd("info status") == "VM status: paused\n"
    assert client.cmd("c") == ""
    assert client.cmd("system_reset") == ""
    assert client.cmd("info status") == "VM status: running\n"
    client.sock.sendall(b"q\n")
    assert proc.wait(20) == 0


# -- the monitor on the -nographic stdio mux -----------------------------------------
def test_ctrl_a_c_switches_to_the_monitor_under_nographic():
    proc = launch("-S", guest="hello-virt.elf")
    out = proc.stdout.fileno()

    def read():
        ready, _, _ = select.select([out], [], [], 20)
        assert ready, "no output"
        return os.read(out, 65536)
    try:
        time.sleep(0.5)
        proc.stdin.write(b"\x01c")
        proc.stdin.flush()
        banner = read_until(read, PROMPT)
        assert banner.endswith(b"monitor - type 'help' for more information\r\n(qemu) ")
        proc.stdin.write(b"info status\r")
        proc.stdin.flush()
        assert b"VM status: paused (prelaunch)\r\n(qemu) " in read_until(read, PROMPT)
        proc.stdin.write(b"cont\r")
        proc.stdin.flush()
        data = read_until(read, b"pyemu guest test: hello\n")
        assert b"Hello from a RISC-V guest (rv64)!\n" in data
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


# -- parsers -------------------------------------------------------------------------
def _expr(text, regs=None):
    return _Expr(_Cursor(text), (regs or {}).get).parse()


def test_expressions_follow_qemus_grammar():
    assert _expr("1 + 2 * 3") == 7
    assert _expr("010") == 8 and _expr("0x10") == 16 and _expr("'A'") == 65
    assert _expr("-(4 - 6)") == 2 and _expr("~0 & 0xff") == 255
    assert _expr("$a0 + 1", {"a0": 41}) == 42
    assert _expr("7 % 4 | 8") == 7          # QEMU: & | ^ bind tighter than * / %
    with pytest.raises(HMPParseError):
        _expr("$nope")


def test_args_type_notation():
    args = parse_args_type("force:-f,name:s?,fmt:/,val:l")
    assert [(a.name, a.kind, a.optional) for a in args] == [
        ("force", "-f", True), ("name", "s", True), ("fmt", "/", True), ("val", "l", False)]
    with pytest.raises(ValueError):
        parse_args_type("bad:z")
