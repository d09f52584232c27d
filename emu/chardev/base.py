"""The Chardev base class: the byte pipe between a backend (stdio, a socket,
a file) and one frontend (a UART model, the monitor).

Output: the frontend calls `write(data)`, from the loop thread or from the
vCPU thread holding `bql`.  Input: the backend hands bytes to `_deliver()`
in the loop thread; they wait in a buffer and reach the frontend's
`receive()` only as fast as its `can_receive()` allows.  A frontend that
frees room may call `accept_input()`; otherwise the buffer is retried
every few milliseconds.
"""
import enum
from typing import Callable, Optional

INPUT_HIGH_WATER = 4096     # stop reading the backend above this many bytes
RETRY_DELAY_S = 0.005       # recheck can_receive() this often while blocked


class ChardevEvent(enum.Enum):
    """What a frontend's event handler is told (QEMU's CHR_EVENT_*)."""
    OPENED = "opened"       # a peer is there (socket connected, stdio opened)
    CLOSED = "closed"       # the peer went away
    BREAK = "break"         # serial break (mux C-a b)
    MUX_IN = "mux-in"       # this frontend got the mux focus
    MUX_OUT = "mux-out"     # this frontend lost the mux focus


class Chardev:
    """Base of every backend; subclasses implement `_write` and `_close`."""

    backend_name = "chardev"

    def __init__(self, label: str, loop):
        self.label = label
        self.loop = loop
        self.opened = False
        self.closed = False
        self._can_receive: Optional[Callable[[], int]] = None
        self._receive: Optional[Callable[[bytes], None]] = None
        self._event_handler: Optional[Callable[[ChardevEvent], None]] = None
        self._inbuf = bytearray()
        self._retry = None
        self._input_paused = False

    # -- frontend side ------------------------------------------------------
    def write(self, data: bytes) -> int:
        """Send data to the backend; returns the number of bytes taken."""
        if self.closed or not data:
            return 0
        return self._write(bytes(data))

    def set_frontend(self, can_receive: Callable[[], int],
                     receive: Callable[[bytes], None]) -> None:
        """Attach the consumer of input (replaces any previous one)."""
        self._can_receive = can_receive
        self._receive = receive
        self.accept_input()

    def set_event_handler(self, cb: Optional[Callable[[ChardevEvent], None]]) -> None:
        """Receive OPENED/CLOSED/...; told OPENED at once if already open."""
        self._event_handler = cb
        if cb is not None and self.opened:
            self.loop.call_soon(lambda: self._send_event_if_open(cb))

    def _send_event_if_open(self, cb) -> None:
        if self.opened and self._event_handler is cb:
            cb(ChardevEvent.OPENED)

    def accept_input(self) -> None:
        """The frontend has room again: deliver buffered input soon."""
        self.loop.call_soon(self._flush_input)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self._retry is not None:
            self._retry.cancel()
        self._close()

    @property
    def pending_input(self) -> int:
        """Bytes received from the backend but not yet taken by the frontend."""
        return len(self._inbuf)

    # -- backend side -------------------------------------------------------
    def _write(self, data: bytes) -> int:
        raise NotImplementedError

    def _close(self) -> None:
        pass

    def _pause_input(self) -> None:
        """Stop reading the backend (fd backends override)."""

    def _resume_input(self) -> None:
        """Start reading the backend again."""

    def _deliver(self, data: bytes) -> None:
        """New input from the backend (loop thread)."""
        self._inbuf += data
        self._flush_input()

    def _flush_input(self) -> None:
        while self._inbuf and self._receive is not None and not self.closed:
            room = self._can_receive() if self._can_receive else 0
            if room <= 0:
                break
            chunk = bytes(self._inbuf[:room])
            del self._inbuf[:room]
            self._receive(chunk)
        self._regulate_input()

    def _regulate_input(self) -> None:
        if len(self._inbuf) >= INPUT_HIGH_WATER and not self._input_paused:
            self._input_paused = True
            self._pause_input()
        elif len(self._inbuf) < INPUT_HIGH_WATER and self._input_paused:
            self._input_paused = False
            self._resume_input()
        if self._inbuf and self._receive is not None and self._retry is None \
                and not self.closed:
            self._retry = self.loop.call_later(RETRY_DELAY_S, self._retry_flush)

    def _retry_flush(self) -> None:
        self._retry = None
        self._flush_input()

    def _send_event(self, event: ChardevEvent) -> None:
        if event is ChardevEvent.OPENED:
            self.opened = True
        elif event is ChardevEvent.CLOSED:
            self.opened = False
        if self._event_handler is not None:
            self._event_handler(event)
