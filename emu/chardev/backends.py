"""The chardev backends: null, file, stdio, pty and socket (tcp/unix,
server/client)."""
import atexit
import errno
import os
import select
import socket
import sys
import termios
import tty

from emu.chardev.base import Chardev, ChardevEvent
from emu.chardev.spec import ChardevError, opt_bool

READ_CHUNK = 4096


def write_all_fd(fd: int, data: bytes, timeout_s: float = 5.0) -> int:
    """Write all of data to a possibly non-blocking fd; returns bytes written.

    Raises OSError for a dead peer (EPIPE, ECONNRESET...).
    """
    view = memoryview(data)
    done = 0
    while done < len(view):
        try:
            done += os.write(fd, view[done:])
        except BlockingIOError:
            _, ready, _ = select.select([], [fd], [], timeout_s)
            if not ready:
                break
        except InterruptedError:
            continue
    return done


class NullChardev(Chardev):
    """Swallows output, never produces input (`null`, `-serial none` alike)."""

    backend_name = "null"

    def __init__(self, label, loop):
        super().__init__(label, loop)
        self.opened = True

    def _write(self, data: bytes) -> int:
        return len(data)


class FdChardev(Chardev):
    """A backend with an input fd read by the loop and an output fd."""

    def __init__(self, label, loop, in_fd, out_fd):
        super().__init__(label, loop)
        self.in_fd = in_fd
        self.out_fd = out_fd
        self._polled = True
        if in_fd is not None:
            try:
                loop.add_reader(in_fd, self._readable)
            except PermissionError:
                # a regular file or /dev/null: epoll refuses it, but it is
                # always readable, so read it from the loop until EOF
                self._polled = False
                loop.call_soon(self._read_unpollable)

    def _read_unpollable(self) -> None:
        if self.in_fd is None:
            return
        data = os.read(self.in_fd, READ_CHUNK)
        if not data:
            return
        self._deliver(data)
        self.loop.call_soon(self._read_unpollable)

    def _readable(self) -> None:
        try:
            data = os.read(self.in_fd, READ_CHUNK)
        except BlockingIOError:
            return
        except OSError as exc:
            data = b"" if exc.errno in (errno.EIO, errno.ECONNRESET) else None
            if data is None:
                raise
        if not data:
            self._input_eof()
            return
        self._deliver(data)

    def _input_eof(self) -> None:
        if not self._polled:
            return
        self.loop.remove_reader(self.in_fd)

    def _pause_input(self) -> None:
        if self.in_fd is not None:
            self.loop.remove_reader(self.in_fd)

    def _resume_input(self) -> None:
        if self.in_fd is not None and not self.closed:
            self.loop.add_reader(self.in_fd, self._readable)

    def _write(self, data: bytes) -> int:
        try:
            return write_all_fd(self.out_fd, data)
        except OSError:
            return 0

    def _close(self) -> None:
        if self.in_fd is not None:
            self.loop.remove_reader(self.in_fd)


class FileChardev(FdChardev):
    """`file:PATH` / `-chardev file,path=PATH[,append=on]`: output only."""

    backend_name = "file"

    def __init__(self, label, loop, path: str, append: bool = False):
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        try:
            fd = os.open(path, flags, 0o666)
        except OSError as exc:
            raise ChardevError(f"Could not open '{path}': {exc.strerror}") from None
        super().__init__(label, loop, None, fd)
        self.path = path
        self.opened = True

    def _close(self) -> None:
        os.close(self.out_fd)


class _TerminalState:
    """Saves a tty's termios settings and puts them back exactly once."""

    def __init__(self, fd: int):
        self.fd = fd
        self.saved = termios.tcgetattr(fd)
        atexit.register(self.restore)

    def make_raw(self, allow_signals: bool) -> None:
        attrs = termios.tcgetattr(self.fd)
        iflag, oflag, cflag, lflag = attrs[0:4]
        iflag &= ~(termios.IGNBRK | termios.BRKINT | termios.PARMRK |
                   termios.ISTRIP | termios.INLCR | termios.IGNCR |
                   termios.ICRNL | termios.IXON)
        oflag |= termios.OPOST
        lflag &= ~(termios.ECHO | termios.ECHONL | termios.ICANON | termios.IEXTEN)
        if not allow_signals:
            lflag &= ~termios.ISIG
        cflag = (cflag & ~(termios.CSIZE | termios.PARENB)) | termios.CS8
        attrs[0:4] = [iflag, oflag, cflag, lflag]
        attrs[6][termios.VMIN] = 1
        attrs[6][termios.VTIME] = 0
        termios.tcsetattr(self.fd, termios.TCSANOW, attrs)

    def restore(self) -> None:
        if self.saved is not None:
            try:
                termios.tcsetattr(self.fd, termios.TCSANOW, self.saved)
            except termios.error:
                pass
            self.saved = None


class StdioChardev(FdChardev):
    """stdin/stdout; a terminal is put in raw mode (restored on close/exit).

    With signal=on (the default) Ctrl-C still interrupts pyemu, as in QEMU.
    """

    backend_name = "stdio"

    def __init__(self, label, loop, signal: bool = True,
                 in_fd: int = 0, out_fd: int = 1):
        self._term = None
        if os.isatty(in_fd):
            self._term = _TerminalState(in_fd)
            self._term.make_raw(allow_signals=signal)
        super().__init__(label, loop, in_fd, out_fd)
        self.opened = True

    def _close(self) -> None:
        super()._close()
        if self._term is not None:
            self._term.restore()


class PtyChardev(FdChardev):
    """A new pseudo-terminal; says where it is as QEMU does."""

    backend_name = "pty"

    def __init__(self, label, loop, announce=print):
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        self.pty_name = os.ttyname(slave)
        self._slave = slave         # kept open so reads never see EIO
        super().__init__(label, loop, master, master)
        self.opened = True
        announce(f"char device redirected to {self.pty_name} (label {label})")

    def _write(self, data: bytes) -> int:
        try:
            return os.write(self.out_fd, data)
        except (BlockingIOError, OSError):
            return 0                # nobody reading: drop, as QEMU does

    def _close(self) -> None:
        super()._close()
        os.close(self.in_fd)
        os.close(self._slave)


def _socket_address(opts: dict, server: bool):
    """opts -> (family, address, printable description)."""
    if opts.get("path"):
        return socket.AF_UNIX, opts["path"], f"unix:{opts['path']}"
    host = opts.get("host", "")
    if not host and not server:
        host = "localhost"
    port = int(opts["port"])
    return socket.AF_INET, (host, port), f"tcp:{host}:{port}"


class SocketChardev(Chardev):
    """A tcp or unix stream socket, listening (server=on) or connecting.

    One peer at a time: while a client is connected the listener is not
    polled.  Output written with no peer connected is dropped.  With
    server=on and wait=on (QEMU's default) creation blocks until a client
    connects.
    """

    backend_name = "socket"

    def __init__(self, label, loop, opts: dict, announce=None):
        super().__init__(label, loop)
        self.server = opt_bool(opts, "server", False)
        self.nodelay = opt_bool(opts, "nodelay", False)
        family, address, self.description = _socket_address(opts, self.server)
        self._family = family
        self._conn = None
        self._listener = None
        self._unlink_path = None
        if self.server:
            self._listen(family, address)
            if opt_bool(opts, "wait", True):
                self._wait_for_client(announce)
        else:
            self._connect(family, address)

    # -- setup --------------------------------------------------------------
    def _listen(self, family, address) -> None:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if family == socket.AF_UNIX:
                if os.path.exists(address):
                    os.unlink(address)
                self._unlink_path = address
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(1)
        except OSError as exc:
            sock.close()
            raise ChardevError(f"Failed to bind socket to {self.description}: "
                               f"{exc.strerror}") from None
        sock.setblocking(False)
        self._listener = sock
        self.loop.add_reader(sock.fileno(), self._accept)

    def _wait_for_client(self, announce) -> None:
        say = announce or (lambda text: print(text, file=sys.stderr))
        say(f"info: QEMU waiting for connection on: disconnected:"
            f"{self.description},server=on")
        self._listener.setblocking(True)
        try:
            conn, _ = self._listener.accept()
        finally:
            self._listener.setblocking(False)
        self._attach(conn)

    def _connect(self, family, address) -> None:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.connect(address)
        except OSError as exc:
            sock.close()
            target = self.description.split(":", 1)[1]
            raise ChardevError(f"Failed to connect to '{target}': "
                               f"{exc.strerror}") from None
        self._attach(sock)

    @property
    def address(self):
        """The bound or connected address (gives the port for port=0)."""
        if self._listener is not None:
            return self._listener.getsockname()
        return self._conn.getpeername() if self._conn else None

    @property
    def connected(self) -> bool:
        return self._conn is not None

    # -- connection life ----------------------------------------------------
    def _accept(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        self._attach(conn)

    def _attach(self, conn) -> None:
        conn.setblocking(False)
        if self.nodelay and self._family == socket.AF_INET:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._conn = conn
        if self._listener is not None:
            self.loop.remove_reader(self._listener.fileno())
        self.loop.add_reader(conn.fileno(), self._readable)
        self._send_event(ChardevEvent.OPENED)

    def _readable(self) -> None:
        if self._conn is None:
            return
        try:
            data = self._conn.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._disconnect()
            return
        self._deliver(data)

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        self.loop.remove_reader(conn.fileno())
        conn.close()
        self._inbuf.clear()
        if self._listener is not None and not self.closed:
            self.loop.add_reader(self._listener.fileno(), self._accept)
        self._send_event(ChardevEvent.CLOSED)

    def _pause_input(self) -> None:
        if self._conn is not None:
            self.loop.remove_reader(self._conn.fileno())

    def _resume_input(self) -> None:
        if self._conn is not None and not self.closed:
            self.loop.add_reader(self._conn.fileno(), self._readable)

    def _write(self, data: bytes) -> int:
        conn = self._conn
        if conn is None:
            return len(data)        # no peer: dropped, as in QEMU
        try:
            return write_all_fd(conn.fileno(), data)
        except OSError:
            self.loop.call_soon(self._disconnect)
            return 0

    def disconnect(self) -> None:
        """Drop the current peer (a server then listens again)."""
        self._disconnect()

    def _close(self) -> None:
        self._disconnect()
        if self._listener is not None:
            self.loop.remove_reader(self._listener.fileno())
            self._listener.close()
            self._listener = None
        if self._unlink_path and os.path.exists(self._unlink_path):
            os.unlink(self._unlink_path)
