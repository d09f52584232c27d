"""Migration transports: tcp:, unix:, exec: and file: URIs.

parse_uri() checks a URI the way QEMU's migration code does and returns a
MigrationURI.  connect() opens the source side (a Channel to write the
stream into); Listener opens the destination side: for tcp: and unix: it
listens at once (fileno() for the event loop, accept() for the one
connection), for exec: and file: the stream is there at once.

A Channel is what QEMUFileWriter / QEMUFileReader see (write(), read()),
plus the small extras live migration needs:

- abort() from another thread makes a blocked read or write fail at once
  (migrate_cancel, a destination that gives up);
- peer_said() polls, without blocking, whether the other end of a socket
  has sent something (an error reply) or hung up, so the source notices a
  dead destination between two chunks even while it is rate-limited;
- the reply lines (docs/migration.md): a pyemu destination writes
  "PYEMU-MIGRATION-DEST" as soon as it accepts the connection, and after
  the whole stream "PYEMU-MIGRATION-OK" or "PYEMU-MIGRATION-ERR <reason>".
  A source that got the first line requires the verdict: a destination
  that hangs up without one has failed.  A QEMU destination never writes:
  the source then takes a plain close as success, like a QEMU source
  without a return path.

Nothing received is ever evaluated: replies are lines of at most REPLY_MAX
bytes, compared against fixed strings.
"""
import os
import select
import socket
import stat
import subprocess
import threading
import time

from migration.errors import MigrationError, printable

REPLY_HELLO = b"PYEMU-MIGRATION-DEST"
REPLY_OK = b"PYEMU-MIGRATION-OK"
REPLY_ERR = b"PYEMU-MIGRATION-ERR "
CLOSED = ("closed", "")
REPLY_MAX = 512
CONNECT_TIMEOUT_S = 10.0


class MigrationURI:
    """A parsed URI: kind is tcp, unix, exec or file."""

    def __init__(self, kind, text, host=None, port=None, path=None,
                 command=None, offset=0):
        self.kind = kind
        self.text = text
        self.host = host
        self.port = port
        self.path = path
        self.command = command
        self.offset = offset

    @property
    def is_socket(self):
        return self.kind in ("tcp", "unix")

    def __repr__(self):
        return "MigrationURI(%r)" % self.text


def _invalid(uri):
    return MigrationError("Parameter 'uri' expects a valid migration protocol")


def _split_host_port(rest, uri):
    """HOST:PORT, [V6HOST]:PORT or :PORT (any host)."""
    if rest.startswith("["):
        close = rest.find("]")
        if close < 0 or rest[close + 1:close + 2] != ":":
            raise MigrationError("error parsing address '%s'" % rest)
        host, port = rest[1:close], rest[close + 2:]
    else:
        host, sep, port = rest.rpartition(":")
        if not sep:
            raise MigrationError("error parsing address '%s'" % rest)
    port = port.split(",", 1)[0]
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise MigrationError("error parsing port in address '%s'" % rest)
    return host, int(port)


def parse_uri(uri):
    """Check uri; returns a MigrationURI or raises MigrationError."""
    if not isinstance(uri, str) or not uri or len(uri) > 4096:
        raise _invalid(uri)
    kind, sep, rest = uri.partition(":")
    if not sep:
        raise _invalid(uri)
    if kind == "tcp":
        host, port = _split_host_port(rest, uri)
        return MigrationURI("tcp", uri, host=host, port=port)
    if kind == "unix":
        if not rest:
            raise MigrationError("error parsing address '%s'" % uri)
        return MigrationURI("unix", uri, path=rest)
    if kind == "exec":
        if not rest.strip():
            raise MigrationError("exec: needs a command")
        return MigrationURI("exec", uri, command=rest)
    if kind == "file":
        path, offset = rest, 0
        if ",offset=" in rest:
            path, _, value = rest.rpartition(",offset=")
            try:
                offset = int(value, 0)
            except ValueError:
                raise MigrationError("file URI has an invalid offset '%s'"
                                     % value) from None
            if offset < 0:
                raise MigrationError("file URI has an invalid offset '%s'"
                                     % value)
        if not path:
            raise MigrationError("file URI needs a file name")
        return MigrationURI("file", uri, path=path, offset=offset)
    raise _invalid(uri)


# --------------------------------------------------------------------------
# Channels
# --------------------------------------------------------------------------

class Channel:
    """A byte stream in one direction (plus the reply for sockets)."""

    description = "channel"

    def __init__(self):
        self._aborted = threading.Event()
        self.wait_lock = None        # released around blocking reads (the BQL)

    @property
    def aborted(self):
        return self._aborted.is_set()

    def abort(self):
        self._aborted.set()

    def write(self, data):
        raise NotImplementedError

    def read(self, n):
        raise NotImplementedError

    def flush(self):
        pass

    def peer_said(self):
        """None while the peer is quiet (or only said hello); else
        ("ok", ""), ("err", reason) or CLOSED."""
        return None

    def send_hello(self):
        pass

    def finish_writing(self):
        """All of the stream is written: flush and signal the end."""

    def read_reply(self, timeout):
        """The destination's verdict: None = no reply protocol (success)."""
        return None

    def send_reply(self, ok, reason=""):
        pass

    def close(self):
        pass

    def _unlocked(self, fn, *args):
        lock = self.wait_lock
        if lock is None:
            return fn(*args)
        lock.release()
        try:
            return fn(*args)
        finally:
            lock.acquire()


def _os_message(exc):
    return exc.strerror or str(exc)


class SocketChannel(Channel):
    """A connected tcp: or unix: socket."""

    def __init__(self, sock, description):
        super().__init__()
        self.sock = sock
        self.description = description
        self.peer_is_pyemu = False      # it said hello: a verdict will come
        self._rx = b""
        self._rx_closed = False
        sock.setblocking(True)

    def fileno(self):
        return self.sock.fileno()

    def write(self, data):
        if self.aborted:
            raise MigrationError("migration was cancelled")
        try:
            self.sock.sendall(data)
        except OSError as exc:
            if self.aborted:
                raise MigrationError("migration was cancelled") from None
            raise MigrationError("Unable to write to socket: %s"
                                 % _os_message(exc)) from None

    def read(self, n):
        if self.aborted:
            raise MigrationError("migration was cancelled")
        try:
            return self._unlocked(self.sock.recv, n)
        except OSError as exc:
            if self.aborted:
                raise MigrationError("migration was cancelled") from None
            raise MigrationError("Unable to read from socket: %s"
                                 % _os_message(exc)) from None

    def abort(self):
        super().abort()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _take_lines(self):
        """Consume complete lines of _rx: hello is noted, a verdict returned."""
        while b"\n" in self._rx:
            line, self._rx = self._rx.split(b"\n", 1)
            if line == REPLY_HELLO:
                self.peer_is_pyemu = True
                continue
            return parse_reply(line + b"\n")
        if len(self._rx) >= REPLY_MAX:
            self._rx = b""
            return ("err", "unexpected reply from the destination")
        return None

    def _receive(self, timeout):
        """Read what the peer sent within timeout (0: only what is there)."""
        if self._rx_closed:
            return
        try:
            ready, _, _ = select.select([self.sock], [], [], timeout)
        except (OSError, ValueError):
            self._rx_closed = True
            return
        if not ready:
            return
        try:
            chunk = self.sock.recv(REPLY_MAX)
        except OSError:
            chunk = b""
        if chunk:
            self._rx += chunk
        else:
            self._rx_closed = True

    def peer_said(self):
        self._receive(0)
        verdict = self._take_lines()
        if verdict is not None:
            return verdict
        return CLOSED if self._rx_closed else None

    def finish_writing(self):
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def read_reply(self, timeout):
        """The verdict after the whole stream: ("ok", "") / ("err", reason),
        or None when a peer that never said hello closes (a QEMU peer).

        Raises MigrationError when the destination says nothing in time.
        """
        deadline = time.monotonic() + timeout
        while True:
            verdict = self._take_lines()
            if verdict is not None:
                return verdict
            if self._rx_closed:
                if self.peer_is_pyemu:
                    return ("err", "the destination closed the connection "
                                   "without confirming the migration")
                return None
            left = deadline - time.monotonic()
            if left <= 0:
                raise MigrationError("the destination did not confirm the "
                                     "migration within %g s" % timeout)
            self._receive(min(left, 0.5))

    def send_hello(self):
        try:
            self.sock.sendall(REPLY_HELLO + b"\n")
        except OSError:
            pass

    def send_reply(self, ok, reason=""):
        line = REPLY_OK if ok else REPLY_ERR + reason.encode("utf-8", "replace")
        line = line[:REPLY_MAX - 1].replace(b"\n", b" ") + b"\n"
        try:
            self.sock.sendall(line)
        except OSError:
            pass

    def drain_and_close(self, seconds=0.5):
        """After an error reply: half-close, swallow what the source still
        sends for a moment (so the reply is not lost in a reset), close."""
        try:
            self.sock.shutdown(socket.SHUT_WR)
            self.sock.settimeout(0.05)
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                try:
                    if not self.sock.recv(1 << 16):
                        break
                except socket.timeout:
                    continue
        except OSError:
            pass
        self.close()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def parse_reply(data):
    """One reply line -> ('ok', '') / ('err', reason) / None (empty)."""
    if not data:
        return None
    line = data.split(b"\n", 1)[0]
    if line == REPLY_OK:
        return ("ok", "")
    if line.startswith(REPLY_ERR):
        return ("err", printable(line[len(REPLY_ERR):].decode("utf-8", "replace")))
    return ("err", "unexpected reply from the destination")


class PipeChannel(Channel):
    """exec:CMD: the stream goes to the command's stdin or comes from its stdout."""

    def __init__(self, proc, writing, description):
        super().__init__()
        self.proc = proc
        self.writing = writing
        self.description = description
        self.pipe = proc.stdin if writing else proc.stdout

    def write(self, data):
        if self.aborted:
            raise MigrationError("migration was cancelled")
        try:
            self.pipe.write(data)
        except (OSError, ValueError) as exc:
            if self.aborted:
                raise MigrationError("migration was cancelled") from None
            raise MigrationError("Unable to write to command: %s"
                                 % (getattr(exc, "strerror", None) or exc)) from None

    def flush(self):
        try:
            self.pipe.flush()
        except (OSError, ValueError) as exc:
            raise MigrationError("Unable to write to command: %s" % exc) from None

    def read(self, n):
        try:
            return self._unlocked(os.read, self.pipe.fileno(), n)
        except (OSError, ValueError) as exc:
            raise MigrationError("Unable to read from command: %s" % exc) from None

    def peer_said(self):
        return CLOSED if self.proc.poll() is not None else None

    def finish_writing(self):
        try:
            self.pipe.close()
        except OSError:
            pass

    def read_reply(self, timeout):
        try:
            status = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise MigrationError("the exec: command did not finish within %g s"
                                 % timeout) from None
        if status != 0:
            return ("err", "the exec: command exited with status %d" % status)
        return None

    def abort(self):
        super().abort()
        try:
            self.proc.kill()
        except OSError:
            pass

    def close(self):
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class FileChannel(Channel):
    """file:PATH[,offset=N]."""

    def __init__(self, fh, description):
        super().__init__()
        self.fh = fh
        self.description = description

    def write(self, data):
        if self.aborted:
            raise MigrationError("migration was cancelled")
        try:
            self.fh.write(data)
        except OSError as exc:
            raise MigrationError("Unable to write to file: %s"
                                 % _os_message(exc)) from None

    def flush(self):
        self.fh.flush()

    def read(self, n):
        if self.aborted:
            raise MigrationError("migration was cancelled")
        return self.fh.read(n)

    def finish_writing(self):
        self.fh.flush()
        os.fsync(self.fh.fileno())

    def close(self):
        self.fh.close()


# --------------------------------------------------------------------------
# Opening
# --------------------------------------------------------------------------

def _spawn(command, writing):
    return subprocess.Popen(
        ["/bin/sh", "-c", command],
        stdin=subprocess.PIPE if writing else subprocess.DEVNULL,
        stdout=None if writing else subprocess.PIPE,
        bufsize=0 if not writing else -1, start_new_session=True)


def connect(uri, timeout=CONNECT_TIMEOUT_S):
    """Source side: open the channel to write the stream into."""
    if isinstance(uri, str):
        uri = parse_uri(uri)
    if uri.kind == "tcp":
        host = uri.host or "localhost"
        try:
            sock = socket.create_connection((host, uri.port), timeout)
        except OSError as exc:
            raise MigrationError("Failed to connect to '%s:%d': %s"
                                 % (host, uri.port, _os_message(exc))) from None
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return SocketChannel(sock, uri.text)
    if uri.kind == "unix":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(uri.path)
        except OSError as exc:
            sock.close()
            raise MigrationError("Failed to connect to '%s': %s"
                                 % (uri.path, _os_message(exc))) from None
        sock.settimeout(None)
        return SocketChannel(sock, uri.text)
    if uri.kind == "exec":
        try:
            return PipeChannel(_spawn(uri.command, True), True, uri.text)
        except OSError as exc:
            raise MigrationError("Failed to run '%s': %s"
                                 % (uri.command, _os_message(exc))) from None
    if uri.kind == "file":
        try:
            fd = os.open(uri.path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        except OSError as exc:
            raise MigrationError("Could not open '%s': %s"
                                 % (uri.path, _os_message(exc))) from None
        fh = os.fdopen(fd, "wb")
        if uri.offset:
            fh.seek(uri.offset)
        return FileChannel(fh, uri.text)
    raise _invalid(uri.text)


class Listener:
    """Destination side of one URI.

    Sockets: listening starts in the constructor (so `-incoming tcp:...`
    listens before the machine runs); fileno() is what the event loop
    watches and accept() returns the connection.  exec:/file: have no
    listening step: accept() opens the stream at once.
    """

    def __init__(self, uri):
        if isinstance(uri, str):
            uri = parse_uri(uri)
        self.uri = uri
        self.sock = None
        self._unlink = None
        if uri.kind == "tcp":
            host = uri.host
            if host in ("", "0"):
                host = "0.0.0.0"
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((host, uri.port))
                sock.listen(1)
            except OSError as exc:
                sock.close()
                raise MigrationError("Failed to bind socket: %s"
                                     % _os_message(exc)) from None
            self.sock = sock
        elif uri.kind == "unix":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                if os.path.exists(uri.path):
                    if stat.S_ISSOCK(os.stat(uri.path).st_mode):
                        os.unlink(uri.path)
                sock.bind(uri.path)
                sock.listen(1)
            except OSError as exc:
                sock.close()
                raise MigrationError("Failed to bind socket to %s: %s"
                                     % (uri.path, _os_message(exc))) from None
            self.sock = sock
            self._unlink = uri.path
        if self.sock is not None:
            self.sock.setblocking(False)

    @property
    def address(self):
        """The bound (host, port) of a tcp: listener (port 0 picks one)."""
        return self.sock.getsockname() if self.sock is not None else None

    def fileno(self):
        return self.sock.fileno() if self.sock is not None else None

    def accept(self):
        """The incoming stream; None when a socket has nobody yet."""
        uri = self.uri
        if self.sock is not None:
            try:
                conn, _addr = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                return None
            except OSError as exc:
                raise MigrationError("Failed to accept connection: %s"
                                     % _os_message(exc)) from None
            conn.setblocking(True)
            return SocketChannel(conn, uri.text)
        if uri.kind == "exec":
            try:
                return PipeChannel(_spawn(uri.command, False), False, uri.text)
            except OSError as exc:
                raise MigrationError("Failed to run '%s': %s"
                                     % (uri.command, _os_message(exc))) from None
        if uri.kind == "file":
            try:
                fh = open(uri.path, "rb")
            except OSError as exc:
                raise MigrationError("Could not open '%s': %s"
                                     % (uri.path, _os_message(exc))) from None
            if uri.offset:
                fh.seek(uri.offset)
            return FileChannel(fh, uri.text)
        raise _invalid(uri.text)

    def close(self):
        if self.sock is not None:
            try:
                self.sock.close()
            except OSError:
                pass
            self.sock = None
        if self._unlink:
            try:
                os.unlink(self._unlink)
            except OSError:
                pass
            self._unlink = None
