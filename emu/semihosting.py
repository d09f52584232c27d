"""Arm-compatible semihosting (the "Semihosting for AArch32 and AArch64"
specification, as QEMU 7.2's semihosting/arm-compat-semi.c serves it).

Target-neutral: a target traps the semihosting instruction (ARM
``svc 0x123456``, Thumb ``svc 0xab``; RISC-V and MIPS use their own
sequences into the same interface) and calls :meth:`Semihosting.call` with
the operation number, the parameter register and a small *accessor* for
guest memory::

    access.word_size                      # 4 (AArch32, RV32) or 8
    access.read_bytes(vaddr, n) -> bytes
    access.write_bytes(vaddr, data)
    access.read_word(vaddr) -> int        # word_size bytes, guest order
    access.write_word(vaddr, value)

The return value (None: leave the result register alone) goes back to the
guest's result register.  Console output goes where QEMU sends it: to the
chardev named by ``-semihosting-config chardev=``, else to stderr.
Exit requests go to ``exit_fn(status)``.
"""

import os
import sys
import time

SYS_OPEN = 0x01
SYS_CLOSE = 0x02
SYS_WRITEC = 0x03
SYS_WRITE0 = 0x04
SYS_WRITE = 0x05
SYS_READ = 0x06
SYS_READC = 0x07
SYS_ISERROR = 0x08
SYS_ISTTY = 0x09
SYS_SEEK = 0x0A
SYS_FLEN = 0x0C
SYS_TMPNAM = 0x0D
SYS_REMOVE = 0x0E
SYS_RENAME = 0x0F
SYS_CLOCK = 0x10
SYS_TIME = 0x11
SYS_SYSTEM = 0x12
SYS_ERRNO = 0x13
SYS_GET_CMDLINE = 0x15
SYS_HEAPINFO = 0x16
SYS_EXIT = 0x18
SYS_SYNCCALL = 0x19
SYS_EXIT_EXTENDED = 0x20
SYS_ELAPSED = 0x30
SYS_TICKFREQ = 0x31

ADP_STOPPED_APPLICATION_EXIT = 0x20026

# SYS_OPEN modes (ISO C fopen strings by index)
_OPEN_MODES = (os.O_RDONLY, os.O_RDONLY, os.O_RDWR, os.O_RDWR,
               os.O_WRONLY | os.O_CREAT | os.O_TRUNC, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
               os.O_RDWR | os.O_CREAT | os.O_TRUNC, os.O_RDWR | os.O_CREAT | os.O_TRUNC,
               os.O_WRONLY | os.O_CREAT | os.O_APPEND, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
               os.O_RDWR | os.O_CREAT | os.O_APPEND, os.O_RDWR | os.O_CREAT | os.O_APPEND)
_CONSOLE = "console"


def fallback_cmdline(kernel, append):
    """QEMU's semihosting_arg_fallback: argv = kernel file, then the
    -append string split on spaces; the command line joins them with one
    space."""
    args = [kernel] if kernel else []
    if append:
        args += [tok for tok in append.split(" ") if tok]
    return " ".join(args)


class Semihosting:
    """One machine's semihosting service."""

    def __init__(self, exit_fn, cmdline="", heap_layout=None, console_out=None,
                 console_in=None, userspace=False):
        self.exit_fn = exit_fn
        self.cmdline = cmdline
        self.heap_layout = heap_layout        # fn() -> (heap base, heap limit, stack base, stack limit)
        self.console_out = console_out        # fn(bytes); default stderr
        self.console_in = console_in          # fn() -> int byte or -1
        self.userspace = userspace
        self.start_ns = time.monotonic_ns()
        self.errno = 0
        self.fds = {}                         # guest fd -> host fd or _CONSOLE

    def enabled_for(self, privileged):
        """Semihosting calls are trapped from privileged modes, and from
        user mode only with -semihosting-config userspace=on."""
        return privileged or self.userspace

    # -- console ------------------------------------------------------------------
    def write_console(self, data):
        if self.console_out is not None:
            self.console_out(bytes(data))
        else:
            sys.stdout.flush()
            sys.stderr.buffer.write(bytes(data))
            sys.stderr.flush()

    def read_console(self):
        if self.console_in is not None:
            return self.console_in()
        try:
            data = os.read(0, 1)
        except OSError:
            return -1
        return data[0] if data else -1

    # -- the call -------------------------------------------------------------------------
    def call(self, access, op, arg):
        handler = _HANDLERS.get(op)
        if handler is None:
            return -1 & ((1 << (8 * access.word_size)) - 1)
        result = handler(self, access, arg)
        if result is None:
            return None
        return result & ((1 << (8 * access.word_size)) - 1)

    def _args(self, access, arg, n):
        w = access.word_size
        return [access.read_word(arg + i * w) for i in range(n)]

    def _string(self, access, addr, length=None):
        if length is not None:
            return access.read_bytes(addr, length)
        out = bytearray()
        while True:
            chunk = access.read_bytes(addr, 1)
            if chunk == b"\0":
                return bytes(out)
            out += chunk
            addr += 1

    def _alloc_fd(self, target):
        fd = 1
        while fd in self.fds:
            fd += 1
        self.fds[fd] = target
        return fd

    # -- operations ---------------------------------------------------------------------
    def sys_writec(self, access, arg):
        self.write_console(access.read_bytes(arg, 1))
        return None

    def sys_write0(self, access, arg):
        self.write_console(self._string(access, arg))
        return None

    def sys_open(self, access, arg):
        name_addr, mode, length = self._args(access, arg, 3)
        name = self._string(access, name_addr, length).decode("latin-1")
        if mode >= len(_OPEN_MODES):
            self.errno = 22
            return -1
        if name == ":tt":
            return self._alloc_fd(_CONSOLE)
        try:
            host = os.open(name, _OPEN_MODES[mode], 0o644)
        except OSError as exc:
            self.errno = exc.errno
            return -1
        return self._alloc_fd(host)

    def sys_close(self, access, arg):
        fd = self._args(access, arg, 1)[0]
        target = self.fds.pop(fd, None)
        if target is None:
            self.errno = 9
            return -1
        if target != _CONSOLE:
            os.close(target)
        return 0

    def sys_write(self, access, arg):
        fd, buf, length = self._args(access, arg, 3)
        target = self.fds.get(fd)
        if target is None:
            self.errno = 9
            return length                      # nothing written
        data = access.read_bytes(buf, length)
        if target == _CONSOLE:
            self.write_console(data)
            return 0
        try:
            n = os.write(target, data)
        except OSError as exc:
            self.errno = exc.errno
            return length
        return length - n

    def sys_read(self, access, arg):
        fd, buf, length = self._args(access, arg, 3)
        target = self.fds.get(fd)
        if target is None:
            self.errno = 9
            return length
        if target == _CONSOLE:
            data = bytearray()
            while len(data) < length:
                c = self.read_console()
                if c < 0:
                    break
                data.append(c)
                if c == 10:
                    break
        else:
            try:
                data = os.read(target, length)
            except OSError as exc:
                self.errno = exc.errno
                return length
        access.write_bytes(buf, bytes(data))
        return length - len(data)

    def sys_readc(self, access, arg):
        return self.read_console()

    def sys_iserror(self, access, arg):
        value = self._args(access, arg, 1)[0]
        return 1 if value >> (8 * access.word_size - 1) else 0

    def sys_istty(self, access, arg):
        fd = self._args(access, arg, 1)[0]
        target = self.fds.get(fd)
        if target is None:
            self.errno = 9
            return -1
        return 1 if target == _CONSOLE else 0

    def sys_seek(self, access, arg):
        fd, pos = self._args(access, arg, 2)
        target = self.fds.get(fd)
        if target is None or target == _CONSOLE:
            self.errno = 9
            return -1
        os.lseek(target, pos, os.SEEK_SET)
        return 0

    def sys_flen(self, access, arg):
        fd = self._args(access, arg, 1)[0]
        target = self.fds.get(fd)
        if target is None or target == _CONSOLE:
            self.errno = 9
            return -1
        return os.fstat(target).st_size

    def sys_clock(self, access, arg):
        """Centiseconds since the emulator started."""
        return (time.monotonic_ns() - self.start_ns) // 10_000_000

    def sys_time(self, access, arg):
        return int(time.time())

    def sys_errno(self, access, arg):
        return self.errno

    def sys_get_cmdline(self, access, arg):
        """{buffer, size} -> the command line, size = its length."""
        buf, size = self._args(access, arg, 2)
        data = self.cmdline.encode() + b"\0"
        if len(data) > size:
            return -1
        access.write_bytes(buf, data)
        access.write_word(arg + access.word_size, len(data) - 1)
        return 0

    def sys_heapinfo(self, access, arg):
        """*arg -> {heap base, heap limit, stack base, stack limit}."""
        block = self._args(access, arg, 1)[0]
        values = self.heap_layout() if self.heap_layout is not None else (0, 0, 0, 0)
        for i, value in enumerate(values):
            access.write_word(block + i * access.word_size, value)
        return 0

    def sys_exit(self, access, arg):
        if access.word_size == 8:
            reason, code = self._args(access, arg, 2)
            status = code if reason == ADP_STOPPED_APPLICATION_EXIT else 1
        else:
            status = 0 if arg == ADP_STOPPED_APPLICATION_EXIT else 1
        self.exit_fn(status & 0xFF)
        return None

    def sys_exit_extended(self, access, arg):
        reason, code = self._args(access, arg, 2)
        status = code if reason == ADP_STOPPED_APPLICATION_EXIT else 1
        self.exit_fn(status & 0xFF)
        return None


_HANDLERS = {
    SYS_OPEN: Semihosting.sys_open, SYS_CLOSE: Semihosting.sys_close,
    SYS_WRITEC: Semihosting.sys_writec, SYS_WRITE0: Semihosting.sys_write0,
    SYS_WRITE: Semihosting.sys_write, SYS_READ: Semihosting.sys_read,
    SYS_READC: Semihosting.sys_readc, SYS_ISERROR: Semihosting.sys_iserror,
    SYS_ISTTY: Semihosting.sys_istty, SYS_SEEK: Semihosting.sys_seek,
    SYS_FLEN: Semihosting.sys_flen, SYS_CLOCK: Semihosting.sys_clock,
    SYS_TIME: Semihosting.sys_time, SYS_ERRNO: Semihosting.sys_errno,
    SYS_GET_CMDLINE: Semihosting.sys_get_cmdline, SYS_HEAPINFO: Semihosting.sys_heapinfo,
    SYS_EXIT: Semihosting.sys_exit, SYS_EXIT_EXTENDED: Semihosting.sys_exit_extended,
}
