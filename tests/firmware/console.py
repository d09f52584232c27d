"""Drive an emulator's serial console through pipes: start
`pyemu-system-<arch>` (or QEMU, for the reference) with -nographic, wait
for text with a timeout, type commands.

Both programs get the same arguments; stdin is a pipe (what is written is
what the guest UART receives), stdout is read by a thread into a buffer.
"""

import os
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def pyemu_argv(system):
    """The pyemu-system-<system> command, run from the repository root."""
    entry = "main_%s" % system
    return [sys.executable, "-c",
            "import sys; sys.argv[0] = 'pyemu-system-%s'; "
            "from hw.riscv.entry import %s; %s()" % (system, entry, entry)]


def qemu_argv(system):
    return ["qemu-system-%s" % system]


class Timeout(AssertionError):
    pass


class SerialConsole:
    """One emulator process and what it printed so far."""

    def __init__(self, argv):
        self.proc = subprocess.Popen(argv, cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.out = bytearray()
        self.pos = 0                 # wait_for searches from here
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        while True:
            data = self.proc.stdout.read1(4096)
            with self._cond:
                if not data:
                    self._cond.notify_all()
                    return
                self.out += data
                self._cond.notify_all()

    def wait_for(self, text, timeout):
        """Wait until ``text`` appears after the last match; returns what
        was printed up to and including it."""
        needle = text.encode()
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                at = self.out.find(needle, self.pos)
                if at >= 0:
                    start, self.pos = self.pos, at + len(needle)
                    return self.out[start:self.pos].decode("latin-1")
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    raise Timeout("%r not seen within %ss; output so far:\n%s"
                                  % (text, timeout, self.out.decode("latin-1")[-3000:]))
                self._cond.wait(min(left, 0.5))

    def type(self, text):
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def command(self, line, prompt="=> ", timeout=30):
        """Type a command line at a prompt; returns its output lines."""
        self.type(line + "\r")
        text = self.wait_for(prompt, timeout)
        lines = text.replace("\r", "").split("\n")
        assert lines[0].endswith(line), lines   # the echo of what was typed
        return lines[1:-1]

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        self._reader.join(5)
        self.proc.stdin.close()
        self.proc.stdout.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
