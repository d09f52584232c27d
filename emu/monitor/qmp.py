"""QMP, the JSON monitor (docs/interop/qmp-spec.rst), on a chardev.

A session greets the client, accepts only ``qmp_capabilities`` until
negotiation is over, then runs commands from the shared table and delivers
events.  Input is a stream of JSON values (not necessarily one per line);
:class:`JSONStreamer` splits it the way QEMU's json-streamer does: by
bracket depth, outside strings.  Bad input gets QEMU's error objects and
the session goes on; nothing a client sends stops the VM.

Limits (pyemu's decision, documented in docs/monitor.md): one message may
be at most MAX_MESSAGE bytes and nest at most MAX_NESTING deep.  A longer
one gets ``{"error": {"class": "GenericError", "desc": "JSON message size
limit exceeded"}}`` and the rest of it is discarded up to the next newline;
the connection stays open.
"""

import json
import os
import re
import time

from emu.chardev.base import ChardevEvent
from emu.monitor.commands import (COMMAND_NOT_FOUND, COMMANDS, CommandError,
                                  run_collecting_after_reply)

MAX_MESSAGE = 1 << 20
MAX_NESTING = 1024
NEGOTIATION_ERROR = "Expecting capabilities negotiation with 'qmp_capabilities'"

_PLAIN_OUTSIDE = re.compile(rb"[^{}\[\]\"'\x00-\x20\x7f\xff]+")
_PLAIN_INSIDE_DQ = re.compile(rb"[^\"\\\x00-\x1f]+")
_PLAIN_INSIDE_SQ = re.compile(rb"[^'\"\\\x00-\x1f]+")


class JSONStreamer:
    """Bytes in, complete JSON texts (or lexical errors) out."""

    def __init__(self, max_message=MAX_MESSAGE, max_nesting=MAX_NESTING):
        self.max_message = max_message
        self.max_nesting = max_nesting
        self.reset()

    def reset(self):
        self.buf = bytearray()
        self.depth = 0
        self.quote = None           # b'"' or b"'" inside a string
        self.escape = False
        self.skipping = False

    def feed(self, data: bytes) -> list:
        """Returns [("message", bytes) | ("error", desc)]."""
        out = []
        i = 0
        n = len(data)
        while i < n:
            if self.skipping:
                nl = data.find(b"\n", i)
                if nl < 0:
                    return out
                self.reset()
                i = nl + 1
                continue
            if self.quote is not None:
                i = self._in_string(data, i)
            else:
                i = self._outside(data, i, out)
            if len(self.buf) > self.max_message:
                out.append(("error", "JSON message size limit exceeded"))
                self.reset()
                self.skipping = True
        return out

    def _in_string(self, data, i):
        if self.escape:
            self.escape = False
            c = data[i:i + 1]
            if self.quote == b"'" and c == b"'":
                self.buf += b"'"          # \' is QEMU's extension
            else:
                self.buf += b"\\" + c
            return i + 1
        pattern = _PLAIN_INSIDE_DQ if self.quote == b'"' else _PLAIN_INSIDE_SQ
        m = pattern.match(data, i)
        if m:
            self.buf += m.group()
            return m.end()
        c = data[i:i + 1]
        if c == b"\\":
            self.escape = True
        elif c == self.quote:
            self.buf += b'"'
            self.quote = None
        elif c == b'"':                   # a double quote inside '...'
            self.buf += b'\\"'
        else:                             # a raw control character
            self.buf += c
        return i + 1

    def _emit_scalar(self, out):
        if self.buf and self.depth == 0:
            out.append(("message", bytes(self.buf)))
            self.buf = bytearray()

    def _outside(self, data, i, out):
        m = _PLAIN_OUTSIDE.match(data, i)
        if m:
            self.buf += m.group()
            return m.end()
        c = data[i]
        if c in b" \t\r\n":
            self._emit_scalar(out)
            if self.depth:
                self.buf.append(c)
        elif c in b"{[":
            self._emit_scalar(out)
            self.depth += 1
            self.buf.append(c)
            if self.depth > self.max_nesting:
                out.append(("error", "JSON nesting depth limit exceeded"))
                self.reset()
                self.skipping = True
        elif c in b"}]":
            if self.depth == 0:
                self._emit_scalar(out)
                out.append(("error", "JSON parse error, expecting value"))
            else:
                self.depth -= 1
                self.buf.append(c)
                if self.depth == 0:
                    out.append(("message", bytes(self.buf)))
                    self.buf = bytearray()
        elif c in b"\"'":
            self.quote = bytes([c])
            self.buf += b'"'
        else:                             # a control character or 0xFF
            self.reset()
            out.append(("error", "JSON parse error, stray '%s'"
                        % (chr(c) if c < 0x80 else "\\x%02x" % c)))
        return i + 1


def parse_message(text: bytes):
    """JSON text -> value; raises CommandError with QEMU's parse wording."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError("JSON parse error, invalid UTF-8 sequence in string") from None

    def reject_constant(name):
        raise ValueError("invalid keyword '%s'" % name)
    try:
        return json.loads(decoded, parse_constant=reject_constant)
    except json.JSONDecodeError as exc:
        word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", decoded[exc.pos:] if exc.pos < len(decoded) else "")
        if word and exc.msg.startswith("Expecting value"):
            raise CommandError("JSON parse error, invalid keyword '%s'" % word.group()) from None
        if exc.msg.startswith("Expecting value"):
            raise CommandError("JSON parse error, expecting value") from None
        raise CommandError("JSON parse error, %s" % exc.msg[0].lower() + exc.msg[1:]) from None
    except (ValueError, RecursionError) as exc:
        raise CommandError("JSON parse error, %s" % exc) from None


def timestamp():
    now = time.time()
    seconds = int(now)
    return {"seconds": seconds, "microseconds": int((now - seconds) * 1_000_000)}


class QMPSession:
    """One QMP monitor on one chardev (one client at a time)."""

    def __init__(self, system, chardev, pretty=False):
        self.system = system
        self.chardev = chardev
        self.pretty = pretty
        self.streamer = JSONStreamer()
        self.negotiated = False
        self.oob = False
        self.connected = False
        chardev.set_frontend(lambda: 65536, self.receive)
        chardev.set_event_handler(self.event)

    # -- connection ----------------------------------------------------------
    def event(self, event):
        if event is ChardevEvent.OPENED:
            self._reset()
            self.connected = True
            from emu.version import qmp_version_dict
            self.send({"QMP": {"version": qmp_version_dict(), "capabilities": ["oob"]}})
        elif event is ChardevEvent.CLOSED:
            self._reset()
            self.connected = False

    def _reset(self):
        self.streamer.reset()
        self.negotiated = False
        self.oob = False

    def send(self, obj):
        if self.pretty:
            text = json.dumps(obj, indent=4)
        else:
            text = json.dumps(obj, separators=(", ", ": "))
        self.chardev.write(text.encode("ascii") + b"\r\n")

    def send_event(self, name, data):
        """Runtime listener: events reach clients past negotiation only."""
        if not (self.connected and self.negotiated):
            return
        msg = {"event": name}
        if data:
            msg["data"] = data
        msg["timestamp"] = timestamp()
        self.send(msg)

    # -- input -----------------------------------------------------------------
    def receive(self, data: bytes):
        for kind, item in self.streamer.feed(data):
            if kind == "error":
                self.send({"error": {"class": "GenericError", "desc": item}})
            else:
                self.handle_text(item)

    def handle_text(self, text: bytes):
        try:
            request = parse_message(text)
        except CommandError as exc:
            self.send({"error": {"class": exc.error_class, "desc": exc.desc}})
            return
        reply, later = self.dispatch(request)
        if reply is not None:
            self.send(reply)
        for fn in later:
            fn()

    def dispatch(self, request):
        """A parsed request -> (reply, [after-reply callbacks])."""
        if not isinstance(request, dict):
            return _error(CommandError("QMP input must be a JSON object")), []
        has_id = "id" in request
        reply, later = self._dispatch_checked(request)
        if has_id:
            reply["id"] = request["id"]
        return reply, later

    def _dispatch_checked(self, request):
        try:
            name, oob, arguments = self._check_request(request)
        except CommandError as exc:
            return _error(exc), []
        if not self.negotiated:
            if name != "qmp_capabilities":
                return _error(CommandError(NEGOTIATION_ERROR, COMMAND_NOT_FOUND)), []
            try:
                self._negotiate(arguments)
            except CommandError as exc:
                return _error(exc), []
            return {"return": {}}, []
        command = COMMANDS.get(name)
        if command is None:
            return _error(CommandError("The command %s has not been found" % name,
                                       COMMAND_NOT_FOUND)), []
        if oob and not command.allow_oob:
            return _error(CommandError("The command %s does not support OOB" % name)), []

        def run():
            kwargs = COMMANDS.check_args(command, arguments)
            return command.handler(self.system, **kwargs)
        result, later = run_collecting_after_reply(run)
        if isinstance(result, CommandError):
            return _error(result), later
        if isinstance(result, Exception):
            if os.environ.get("PYEMU_DEBUG"):
                import traceback
                traceback.print_exception(type(result), result, result.__traceback__)
            return _error(CommandError("internal error: %s: %s"
                                       % (type(result).__name__, result))), later
        return {"return": {} if result is None else result}, later

    def _check_request(self, request):
        """QEMU's qmp_dispatch_check_obj."""
        for key, value in request.items():
            if key in ("execute", "exec-oob"):
                if key == "exec-oob" and not self.oob:
                    raise CommandError("QMP input member '%s' is unexpected" % key)
                if not isinstance(value, str):
                    raise CommandError("QMP input member '%s' must be a string" % key)
            elif key == "arguments":
                if not isinstance(value, dict):
                    raise CommandError("QMP input member 'arguments' must be an object")
            elif key != "id":
                raise CommandError("QMP input member '%s' is unexpected" % key)
        has_exec, has_oob = "execute" in request, "exec-oob" in request
        if has_exec and has_oob:
            raise CommandError("QMP input must not have both 'execute' and 'exec-oob'")
        if not has_exec and not has_oob:
            raise CommandError("QMP input lacks member 'execute'")
        name = request["execute"] if has_exec else request["exec-oob"]
        return name, has_oob, request.get("arguments", {})

    def _negotiate(self, arguments):
        command = COMMANDS.lookup("qmp_capabilities")
        COMMANDS.check_args(command, arguments)
        enable = arguments.get("enable", [])
        for i, cap in enumerate(enable):
            if not isinstance(cap, str):
                raise CommandError("Invalid parameter type for 'enable[%d]', expected: string" % i)
            if cap != "oob":
                raise CommandError("Parameter 'enable[%d]' does not accept value '%s'" % (i, cap))
        self.oob = "oob" in enable
        self.negotiated = True


def _error(exc: CommandError) -> dict:
    return {"error": {"class": exc.error_class, "desc": exc.desc}}
