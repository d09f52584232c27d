"""Helpers for the live-migration tests: pyemu processes driven over QMP.

VM starts a pyemu-system-<arch> (riscv64 on virt by default) with its serial output in
a file and QMP on a unix socket; QMP is a small synchronous client (one
reply per command, events kept in a list).  Everything is bounded in time.
"""
import json
import os
import pathlib
import socket
import subprocess
import sys
import time

from tests.launch import launcher

ROOT = pathlib.Path(__file__).resolve().parents[2]
ELF_DIR = ROOT / "tests/guests/riscv/elf/rv64"
EXPECTED_DIR = ROOT / "tests/guests/riscv/expected/rv64"
GUEST = ELF_DIR / "counter_migrate-virt.elf"
IDLE_GUEST = ELF_DIR / "idle-virt.elf"          # wfi + a 10 ms timer tick
DIRTY_GUEST = ELF_DIR / "dirty_rate-virt.elf"   # dirties pages at a paced rate


def expected_output(name="counter_migrate-virt"):
    return (EXPECTED_DIR / (name + ".out")).read_bytes()


def patched_guest(tmp, passes, elf=GUEST):
    """A copy of the counter guest whose `counter_passes` is `passes`."""
    return patched_elf(tmp, elf, {"counter_passes": passes},
                       "counter_%d.elf" % passes)


def patched_elf(tmp, elf, values, name):
    """A copy of `elf` in tmp/name with each 4-byte .data variable of
    `values` ({symbol: int}) set."""
    from elftools.elf.elffile import ELFFile
    data = bytearray(pathlib.Path(elf).read_bytes())
    with open(elf, "rb") as fh:
        image = ELFFile(fh)
        symtab = image.get_section_by_name(".symtab")
        for symbol, value in values.items():
            addr = symtab.get_symbol_by_name(symbol)[0]["st_value"]
            offset = _file_offset(image, addr, symbol)
            data[offset:offset + 4] = value.to_bytes(4, "little")
    out = pathlib.Path(tmp) / name
    out.write_bytes(bytes(data))
    return out


def _file_offset(image, addr, symbol):
    for seg in image.iter_segments():
        if seg["p_type"] == "PT_LOAD" and seg["p_vaddr"] <= addr < seg["p_vaddr"] + seg["p_filesz"]:
            return seg["p_offset"] + addr - seg["p_vaddr"]
    raise AssertionError("%s not in a loaded segment" % symbol)


class QMP:
    """A minimal synchronous QMP client."""

    def __init__(self, path, timeout=30):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(str(path))
        self.buf = b""
        self.events = []
        self._read()                                  # greeting
        self.cmd("qmp_capabilities")

    def _read(self):
        while b"\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("QMP connection closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def cmd(self, name, **args):
        """The reply's `return`, or raise RuntimeError(desc) on `error`."""
        msg = {"execute": name}
        if args:
            msg["arguments"] = {k.replace("_", "-"): v for k, v in args.items()}
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        while True:
            reply = self._read()
            if "event" in reply:
                self.events.append(reply)
                continue
            if "error" in reply:
                raise RuntimeError(reply["error"]["desc"])
            return reply["return"]

    def hmp(self, line):
        return self.cmd("human-monitor-command", command_line=line)

    def poll_events(self, timeout=0.05):
        self.sock.settimeout(timeout)
        try:
            while True:
                self.events.append(self._read())
        except (socket.timeout, BlockingIOError):
            pass
        finally:
            self.sock.settimeout(30)

    def event_data(self, name):
        self.poll_events()
        return [e.get("data", {}) for e in self.events if e.get("event") == name]

    def close(self):
        self.sock.close()


class VM:
    """One pyemu process: serial in tmp/<name>.serial, QMP on tmp/<name>.qmp."""

    def __init__(self, tmp, name, *args, guest=GUEST, mem="64M", icount=True,
                 machine="virt", arch="riscv64", bios="none"):
        self.tmp = pathlib.Path(tmp)
        self.name = name
        self.serial = self.tmp / (name + ".serial")
        self.qmp_path = self.tmp / (name + ".qmp")
        cmd = [sys.executable, "-c", launcher(arch), "-M", machine, "-m", mem]
        if bios is not None:
            cmd += ["-bios", str(bios)]
        cmd += ["-nographic", "-serial", "file:%s" % self.serial,
               "-qmp", "unix:%s,server=on,wait=off" % self.qmp_path]
        if icount:
            cmd += ["-icount", "shift=0"]
        cmd += [*args]
        if guest is not None:
            cmd += ["-kernel", str(guest)]
        self.stdout_path = self.tmp / (name + ".stdout")
        with open(self.stdout_path, "wb") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL,
                                         stdout=out, stderr=subprocess.PIPE)
        self.qmp = None
        deadline = time.monotonic() + 60
        while not self.qmp_path.exists():
            if self.proc.poll() is not None:
                raise AssertionError("%s exited: %s" % (name, self.stderr()))
            if time.monotonic() > deadline:
                raise AssertionError("%s: no QMP socket" % name)
            time.sleep(0.05)
        while True:                     # the socket file exists before listen()
            try:
                self.qmp = QMP(self.qmp_path)
                break
            except ConnectionRefusedError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def pty(self):
        """The /dev/pts/N of a `-monitor pty` (announced on stdout)."""
        import re
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            m = re.search(rb"char device redirected to (\S+)", self.stdout_path.read_bytes())
            if m:
                return m.group(1).decode()
            time.sleep(0.05)
        raise AssertionError("%s: no pty announced" % self.name)

    def output(self):
        try:
            return self.serial.read_bytes()
        except FileNotFoundError:
            return b""

    def wait_output(self, needle, timeout=180):     # a cold numba cache compiles first
        deadline = time.monotonic() + timeout
        while needle not in self.output():
            if self.proc.poll() is not None:
                raise AssertionError("%s exited before %r: %s"
                                     % (self.name, needle, self.stderr()))
            if time.monotonic() > deadline:
                raise AssertionError("%s: no %r in %r" % (self.name, needle, self.output()))
            time.sleep(0.02)

    def counter(self):
        """The last `counter: N` the guest printed (0 before any)."""
        lines = [l for l in self.output().split(b"\n") if l.startswith(b"counter: ")
                 and l[9:].isdigit()]
        return int(lines[-1][9:]) if lines else 0

    def status(self):
        return self.qmp.cmd("query-status")["status"]

    def wait_migration(self, statuses=("completed", "failed", "cancelled"), timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            info = self.qmp.cmd("query-migrate")
            if info.get("status") in statuses:
                return info
            if time.monotonic() > deadline:
                raise AssertionError("%s: migration still %r" % (self.name, info))
            time.sleep(0.02)

    def wait_exit(self, timeout=60):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError("%s did not exit; output %r" % (self.name, self.output()))

    def stderr(self):
        if self.proc.poll() is None:
            return ""
        return self.proc.stderr.read().decode(errors="replace")

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)

    def close(self):
        if self.qmp is not None:
            try:
                self.qmp.close()
            except OSError:
                pass
        self.kill()
        self.proc.stderr.close()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
