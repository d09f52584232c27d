"""A pyemu-system-riscv64 process driven over QMP, for the snapshot tests.

Serial output goes to a file (read at any time with output()); the QMP
client is a plain socket speaking JSON lines, events kept in order.
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
ELF = ROOT / "tests/guests/riscv/elf"


def command(guest, *extra, bits=64, serial=None, snapshot_dir=None, icount=True):
    cmd = [sys.executable, "-c", launcher("riscv%d" % bits), "-M", "virt", "-bios", "none",
           "-display", "none", "-serial", "file:%s" % serial if serial else "stdio"]
    if icount:
        cmd += ["-icount", "shift=0"]
    if snapshot_dir:
        cmd += ["-snapshot-dir", str(snapshot_dir)]
    return cmd + list(extra) + ["-kernel", str(ELF / ("rv%d" % bits) / guest)]


def run_plain(guest, *extra, bits=64, snapshot_dir=None, timeout=120):
    """Run to the end: (exit status, serial bytes, stderr text)."""
    out = subprocess.run(command(guest, *extra, bits=bits, snapshot_dir=snapshot_dir),
                         cwd=ROOT, capture_output=True, timeout=timeout)
    return out.returncode, out.stdout, out.stderr.decode(errors="replace")


class QMPError(Exception):
    pass


class VM:
    """pyemu with QMP on a unix socket and the serial port in a file."""

    _seq = 0

    def __init__(self, tmp, guest, *extra, bits=64, snapshot_dir=None):
        VM._seq += 1
        tmp = pathlib.Path(tmp)
        self.serial = tmp / ("serial-%d.txt" % VM._seq)
        self.sock = tmp / ("qmp-%d.sock" % VM._seq)
        self.snapshot_dir = snapshot_dir or tmp / "snapshots"
        cmd = command(guest, *extra, "-qmp", "unix:%s,server=on,wait=off" % self.sock,
                      bits=bits, serial=self.serial, snapshot_dir=self.snapshot_dir)
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.events = []
        deadline = time.monotonic() + 60
        while not self.sock.exists():
            if self.proc.poll() is not None:
                raise AssertionError("pyemu exited: %s" % self.proc.stderr.read().decode())
            if time.monotonic() > deadline:
                raise AssertionError("no QMP socket")
            time.sleep(0.02)
        while True:
            self.s = socket.socket(socket.AF_UNIX)
            try:
                self.s.connect(str(self.sock))
                break
            except ConnectionRefusedError:      # bound, not listening yet
                self.s.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)
        self.s.settimeout(120)
        self.f = self.s.makefile("rb")
        assert "QMP" in self._read()
        self.ok("qmp_capabilities")

    def _read(self):
        line = self.f.readline()
        if not line:
            raise EOFError("QMP connection closed")
        return json.loads(line)

    def cmd(self, name, **args):
        msg = {"execute": name}
        if args:
            msg["arguments"] = args
        self.s.sendall(json.dumps(msg).encode() + b"\n")
        while True:
            reply = self._read()
            if "event" in reply:
                self.events.append(reply)
            else:
                return reply

    def ok(self, name, **args):
        reply = self.cmd(name, **args)
        if "return" not in reply:
            raise QMPError(reply["error"]["desc"])
        return reply["return"]

    def hmp(self, line):
        return self.ok("human-monitor-command", **{"command-line": line})

    def event(self, name, timeout=120):
        """The next event `name` (events before it stay in self.events)."""
        for i, ev in enumerate(self.events):
            if ev["event"] == name:
                return self.events.pop(i)
        self.s.settimeout(timeout)
        while True:
            ev = self._read()
            if ev.get("event") == name:
                return ev
            self.events.append(ev)

    def drain_events(self):
        events, self.events = self.events, []
        return events

    def run_to(self, icount):
        """Run until exactly icount instructions have executed; paused then."""
        self.ok("x-stop-at-icount", icount=icount)
        self.ok("cont")
        self.event("STOP")
        assert self.ok("x-query-icount")["icount"] == icount

    def run_to_shutdown(self):
        """cont, then wait for the guest to end (-no-shutdown keeps us alive)."""
        self.ok("cont")
        return self.event("SHUTDOWN")

    def reg(self, name):
        return int(self.hmp("p $%s" % name).strip(), 0)

    def output(self):
        return self.serial.read_bytes() if self.serial.exists() else b""

    def quit(self):
        try:
            self.ok("quit")
        except (EOFError, OSError):
            pass
        self.proc.wait(60)
        self.s.close()

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)
        self.s.close()


def stream_files(snapshot_dir):
    """{tag: stream path} of a snapshot directory."""
    result = {}
    for name in os.listdir(snapshot_dir):
        if name.startswith("snap-") and name.endswith(".json"):
            with open(os.path.join(snapshot_dir, name)) as fh:
                meta = json.load(fh)
            result[meta["tag"]] = pathlib.Path(snapshot_dir) / meta["stream"]
    return result
