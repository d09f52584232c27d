"""The multiplexer behind `mon:stdio` and `-nographic`: one backend shared
by several frontends (the serial port and the HMP monitor), with QEMU's
Ctrl-A escapes on input:

  C-a h / C-a ?   print the help below
  C-a x           print "QEMU: Terminated" and call on_quit
  C-a c           move input focus to the next frontend (serial <-> monitor)
  C-a b           send a break to the focused frontend
  C-a t           toggle timestamps at the start of output lines
  C-a s           save disk data (pyemu has no disks: nothing to do)
  C-a C-a         send one C-a

All frontends' output reaches the backend whatever the focus; input goes
only to the focused frontend, which is the one added last (as in QEMU, the
serial port, attached after the monitor).
"""
import time
from typing import Callable, Optional

from emu.chardev.base import Chardev, ChardevEvent, INPUT_HIGH_WATER

ESCAPE_CHAR = 0x01                                  # Ctrl-A
TERMINATED_MESSAGE = b"QEMU: Terminated\n\r"        # QEMU's exact bytes
_HELP_LINES = (
    "% h    print this help",
    "% x    exit emulator",
    "% s    save disk data back to file (if -snapshot)",
    "% t    toggle console timestamps",
    "% b    send break (magic sysrq)",
    "% c    switch between console and monitor",
    "% %  sends %",
)


def mux_help_text(escape_char: int = ESCAPE_CHAR) -> bytes:
    """The C-a h text, with QEMU's \\n\\r line ends."""
    name = f"C-{chr(escape_char - 1 + ord('a'))}"
    body = "".join(line.replace("%", name) + "\n\r" for line in _HELP_LINES)
    return ("\n\r" + body).encode()


class MuxFrontendHandle(Chardev):
    """What one frontend of a mux sees: a Chardev of its own."""

    backend_name = "mux-frontend"

    def __init__(self, mux: "MuxChardev", index: int):
        super().__init__(f"{mux.label}/{index}", mux.loop)
        self.mux = mux
        self.index = index
        self.opened = mux.backend.opened

    def _write(self, data: bytes) -> int:
        return self.mux.output(data)

    @property
    def has_focus(self) -> bool:
        return self.mux.focus == self.index


class MuxChardev(Chardev):
    """Shares `backend` between frontends added with add_frontend()."""

    backend_name = "mux"

    def __init__(self, label, loop, backend: Chardev,
                 on_quit: Optional[Callable[[], None]] = None):
        super().__init__(label, loop)
        self.backend = backend
        self.on_quit = on_quit
        self.frontends: list[MuxFrontendHandle] = []
        self.focus = -1
        self.timestamps = False
        self._timestamp_start = None
        self._line_start = True
        self._got_escape = False
        self.opened = backend.opened
        backend.set_frontend(self._can_receive_from_backend, self._receive_from_backend)
        backend.set_event_handler(self._backend_event)

    # -- frontends ----------------------------------------------------------
    def add_frontend(self) -> MuxFrontendHandle:
        """A new frontend; it takes the focus."""
        handle = MuxFrontendHandle(self, len(self.frontends))
        self.frontends.append(handle)
        self.set_focus(handle.index)
        return handle

    def set_focus(self, index: int) -> None:
        if self.focus == index:
            return
        if 0 <= self.focus < len(self.frontends):
            self.frontends[self.focus]._send_event(ChardevEvent.MUX_OUT)
        self.focus = index
        self.frontends[index]._send_event(ChardevEvent.MUX_IN)
        self.frontends[index].accept_input()

    def write(self, data: bytes) -> int:
        """Writing to the mux itself goes straight to the backend."""
        return self.output(data)

    # -- output -------------------------------------------------------------
    def output(self, data: bytes) -> int:
        if not self.timestamps:
            return self.backend.write(data)
        self.backend.write(self._stamp(bytes(data)))
        return len(data)

    def _stamp(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            if self._line_start:
                out += self._timestamp()
                self._line_start = False
            out.append(byte)
            if byte == 0x0A:
                self._line_start = True
        return bytes(out)

    def _timestamp(self) -> bytes:
        now = time.monotonic()
        if self._timestamp_start is None:
            self._timestamp_start = now
        ms = int((now - self._timestamp_start) * 1000)
        secs, ms = divmod(ms, 1000)
        mins, secs = divmod(secs, 60)
        hours, mins = divmod(mins, 60)
        return f"[{hours:02d}:{mins:02d}:{secs:02d}.{ms:03d}] ".encode()

    # -- input --------------------------------------------------------------
    def _focused(self) -> Optional[MuxFrontendHandle]:
        if 0 <= self.focus < len(self.frontends):
            return self.frontends[self.focus]
        return None

    def _can_receive_from_backend(self) -> int:
        handle = self._focused()
        if handle is None:
            return 0
        return max(0, INPUT_HIGH_WATER - handle.pending_input)

    def _receive_from_backend(self, data: bytes) -> None:
        passed = bytearray()
        for byte in data:
            if self._process_byte(byte, passed):
                passed.append(byte)
        handle = self._focused()
        if passed and handle is not None:
            handle._deliver(bytes(passed))

    def _process_byte(self, byte: int, passed: bytearray) -> bool:
        """True if byte is data for the focused frontend."""
        if not self._got_escape:
            if byte == ESCAPE_CHAR:
                self._got_escape = True
                return False
            return True
        self._got_escape = False
        if byte == ESCAPE_CHAR:
            return True
        # Bytes before an escape go to the frontend that had the focus.
        handle = self._focused()
        if passed and handle is not None:
            handle._deliver(bytes(passed))
            passed.clear()
        self._escape_command(chr(byte))
        return False

    def _escape_command(self, command: str) -> None:
        if command in "h?":
            self.backend.write(mux_help_text())
        elif command == "x":
            self.backend.write(TERMINATED_MESSAGE)
            if self.on_quit is not None:
                self.on_quit()
            else:
                self.loop.stop()
        elif command == "c" and self.frontends:
            self.set_focus((self.focus + 1) % len(self.frontends))
        elif command == "b" and self._focused() is not None:
            self._focused()._send_event(ChardevEvent.BREAK)
        elif command == "t":
            self.timestamps = not self.timestamps
            self._timestamp_start = None
            self._line_start = False

    def _backend_event(self, event: ChardevEvent) -> None:
        self.opened = self.backend.opened
        for handle in self.frontends:
            handle._send_event(event)

    def _close(self) -> None:
        self.backend.close()
