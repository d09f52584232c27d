"""HMP, the human monitor: QEMU's `(qemu) ` prompt, its command-line
syntax, and the table of HMP commands.

An HMP command is registered with QEMU's ``args_type`` notation (what
hmp-commands.hx uses), so its line syntax reads like QEMU's:

    ``name:s``   one word or a "quoted string"     ``name:S``  the rest of the line
    ``name:F``   a file name (a word)              ``name:b``  on|off
    ``name:i``   an integer expression             ``name:l``  a 64-bit expression
    ``name:o``   a size (10M, 1G ...)              ``name:-f`` a flag (-f given: True)
    ``fmt:/``    QEMU's /count+format+size suffix (x, xp, print)
    a trailing ``?`` makes an argument optional (it is then left out).

The handler is ``fn(mon, **args)``: ``mon`` is the :class:`Monitor` (its
``system``, current ``cpu``, ``print()`` and ``call()`` of the shared
command table).  A handler that just runs a QMP command can be declared
with ``qmp=`` and no function; ``format=`` then turns the result into text.
Errors are printed as one line (``Error: ...`` for CommandError, QEMU's
parse messages otherwise); a bad command never stops the VM.
"""

import os
from dataclasses import dataclass
from typing import Callable, Optional

from emu.chardev.base import ChardevEvent
from emu.monitor.commands import COMMANDS, CommandError, run_collecting_after_reply

PROMPT = "(qemu) "
MAX_LINE = 4096          # QEMU's READLINE_CMD_BUF_SIZE


class HMPParseError(Exception):
    """A line that does not parse: the message is printed as is."""


@dataclass
class HMPArg:
    name: str
    kind: str          # s S F i l b o / or '-x' for a flag
    optional: bool


def parse_args_type(spec: str) -> list:
    """QEMU's args_type string -> [HMPArg]."""
    args = []
    for item in filter(None, spec.split(",")):
        name, _, kind = item.partition(":")
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if not kind or (kind[0] not in "sSFilbo/-"):
            raise ValueError("bad args_type entry %r" % item)
        args.append(HMPArg(name, kind, optional or kind[0] in "-/"))
    return args


@dataclass
class HMPCommand:
    name: str
    args: list
    params: str
    help: str
    handler: Callable


class HMPTable:
    def __init__(self, what):
        self.what = what
        self.commands: dict = {}
        self.aliases: dict = {}

    def add(self, command: HMPCommand, aliases=(), replace=False):
        if command.name in self.commands and not replace:
            raise ValueError("HMP %s '%s' registered twice" % (self.what, command.name))
        self.commands[command.name] = command
        for alias in aliases:
            self.aliases[alias] = command.name

    def find(self, name) -> Optional[HMPCommand]:
        return self.commands.get(self.aliases.get(name, name))

    def names_with_aliases(self, name):
        return [a for a, n in self.aliases.items() if n == name]


HMP_COMMANDS = HMPTable("command")
HMP_INFO = HMPTable("info command")


def _qmp_caller(qmp_name, format):
    def handler(mon, **args):
        result = mon.call(qmp_name, **args)
        if format is not None:
            text = format(result)
            if text:
                mon.print(text)
    return handler


def hmp_command(name, args_type="", params="", help="", qmp=None, format=None,
                aliases=(), replace=False, fn=None):
    """Register an HMP command.  Use as a decorator on ``fn(mon, **args)``,
    or with ``qmp=NAME`` (and optionally ``format=fn(result)->str``) to run
    a command of the shared table with the parsed arguments."""
    def wrap(handler):
        HMP_COMMANDS.add(HMPCommand(name, parse_args_type(args_type), params, help,
                                    handler), aliases, replace)
        return handler
    if qmp is not None or fn is not None:
        return wrap(fn or _qmp_caller(qmp, format))
    return wrap


def hmp_info(name, args_type="", params="", help="", qmp=None, format=None,
             replace=False, fn=None):
    """Register an `info NAME` subcommand (same conventions as hmp_command)."""
    def wrap(handler):
        HMP_INFO.add(HMPCommand(name, parse_args_type(args_type), params, help,
                                handler), replace=replace)
        return handler
    if qmp is not None or fn is not None:
        return wrap(fn or _qmp_caller(qmp, format))
    return wrap


# -- the line parser -------------------------------------------------------
class _Cursor:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def at_end(self):
        self.skip_space()
        return self.pos >= len(self.text)

    def rest(self):
        return self.text[self.pos:]

    def word(self):
        start = self.pos
        while self.pos < len(self.text) and not self.text[self.pos].isspace():
            self.pos += 1
        return self.text[start:self.pos]


def _get_str(cur: _Cursor) -> Optional[str]:
    """QEMU's get_str: a "quoted string" with C escapes, or one word."""
    cur.skip_space()
    if cur.at_end():
        return None
    if cur.peek() != '"':
        return cur.word()
    cur.pos += 1
    out = []
    escapes = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'", '"': '"'}
    while True:
        c = cur.peek()
        if c == "":
            raise HMPParseError("unterminated string")
        cur.pos += 1
        if c == '"':
            break
        if c == "\\":
            e = cur.peek()
            cur.pos += 1
            if e not in escapes:
                raise HMPParseError("unsupported escape code: '\\%s'" % e)
            c = escapes[e]
        out.append(c)
    if cur.peek() and not cur.peek().isspace():
        raise HMPParseError("Bad string")
    return "".join(out)


class _Expr:
    """QEMU's monitor expressions: numbers (0x.., 0.., decimal, 'c'),
    $registers, unary + - ~, & | ^, * / %, + -, parentheses."""

    def __init__(self, cur: _Cursor, register):
        self.cur = cur
        self.register = register

    def parse(self):
        self.cur.skip_space()
        if self.cur.at_end():
            raise HMPParseError("unexpected end of expression")
        return self.sum()

    def _op(self, ops):
        self.cur.skip_space()
        c = self.cur.peek()
        if c and c in ops:
            self.cur.pos += 1
            return c
        return None

    def sum(self):
        val = self.prod()
        while True:
            op = self._op("+-")
            if op is None:
                return val
            rhs = self.prod()
            val = val + rhs if op == "+" else val - rhs

    def prod(self):
        val = self.logic()
        while True:
            op = self._op("*/%")
            if op is None:
                return val
            rhs = self.logic()
            if op == "*":
                val *= rhs
            elif rhs == 0:
                raise HMPParseError("division by zero")
            elif op == "/":
                val = int(val / rhs)
            else:
                val = val - rhs * int(val / rhs)

    def logic(self):
        val = self.unary()
        while True:
            op = self._op("&|^")
            if op is None:
                return val
            rhs = self.unary()
            val = val & rhs if op == "&" else val | rhs if op == "|" else val ^ rhs

    def unary(self):
        cur = self.cur
        cur.skip_space()
        c = cur.peek()
        if c == "+":
            cur.pos += 1
            return self.unary()
        if c == "-":
            cur.pos += 1
            return -self.unary()
        if c == "~":
            cur.pos += 1
            return ~self.unary()
        if c == "(":
            cur.pos += 1
            val = self.sum()
            if self._op(")") is None:
                raise HMPParseError("')' expected")
            return val
        if c == "'":
            if cur.pos + 2 < len(cur.text) + 1 and cur.text[cur.pos + 2:cur.pos + 3] == "'":
                val = ord(cur.text[cur.pos + 1])
                cur.pos += 3
                return val
            raise HMPParseError("character constant expected")
        if c == "$":
            cur.pos += 1
            start = cur.pos
            while cur.peek() and (cur.peek().isalnum() or cur.peek() in "_.$"):
                cur.pos += 1
            name = cur.text[start:cur.pos]
            value = self.register(name)
            if value is None:
                raise HMPParseError("unknown register")
            return value
        if c == "":
            raise HMPParseError("unexpected end of expression")
        if c.isdigit():
            start = cur.pos
            while cur.peek() and (cur.peek().isalnum()):
                cur.pos += 1
            token = cur.text[start:cur.pos]
            try:
                if token[:2].lower() == "0x":
                    return int(token[2:], 16)
                if len(token) > 1 and token[0] == "0":
                    return int(token[1:], 8)
                return int(token, 10)
            except ValueError:
                raise HMPParseError("invalid number") from None
        raise HMPParseError("invalid char in expression")


_SIZE_SUFFIX = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30,
                "t": 1 << 40, "p": 1 << 50, "e": 1 << 60}


def _parse_size(word: str) -> int:
    num = word.rstrip("bBkKmMgGtTpPeE")
    suffix = word[len(num):].lower()
    try:
        value = float(num) if "." in num else int(num, 0)
    except ValueError:
        raise HMPParseError("invalid size") from None
    if suffix not in _SIZE_SUFFIX:
        raise HMPParseError("invalid size")
    return int(value * _SIZE_SUFFIX[suffix])


class Monitor:
    """One HMP monitor: current CPU, remembered x/p format, output buffer.
    Used by the chardev sessions and by QMP's human-monitor-command."""

    def __init__(self, system, cpu_index=0):
        self.system = system
        self.cpu_index = cpu_index
        self.last_format = "x"
        self.last_size = 4
        self._out: list = []
        self.after_reply: list = []

    # -- services for handlers ----------------------------------------------
    def print(self, text=""):
        self._out.append(text if text.endswith("\n") else text + "\n")

    def write(self, text):
        self._out.append(text)

    def call(self, name, **kwargs):
        """Run a command of the shared table (raises CommandError)."""
        args = {key.replace("_", "-"): value for key, value in kwargs.items()
                if value is not None}
        return COMMANDS.call(self.system, name, args)

    @property
    def cpu(self):
        cpus = self.system.machine.cpus if self.system.machine else []
        for cpu in cpus:
            if cpu.cpu_index == self.cpu_index:
                return cpu
        return cpus[0] if cpus else None

    def register_value(self, name):
        """$name in an expression: a register of the current CPU, or None."""
        from emu.gdbstub.registers import gdb_target
        cpu = self.cpu
        if cpu is None:
            return None
        target = gdb_target(cpu)
        if target is None:
            return getattr(cpu, "pc", None) if name == "pc" else None
        reg = target.lookup(name)
        if reg is None:
            return None
        return reg.get(cpu)

    # -- executing a line ------------------------------------------------------
    def execute(self, line: str) -> str:
        """Run one command line; returns everything it printed."""
        self._out = []
        result, later = run_collecting_after_reply(lambda: self._execute(line))
        self.after_reply.extend(later)
        if isinstance(result, CommandError):
            self.print("Error: %s" % result.desc)
        elif isinstance(result, HMPParseError):
            self.print(str(result))
        elif isinstance(result, Exception):
            self.print("Error: internal error: %s: %s" % (type(result).__name__, result))
            if os.environ.get("PYEMU_DEBUG"):
                import traceback
                traceback.print_exception(type(result), result, result.__traceback__)
        return "".join(self._out)

    def run_after_reply(self):
        later, self.after_reply = self.after_reply, []
        for fn in later:
            fn()

    def _execute(self, line):
        cur = _Cursor(line)
        cur.skip_space()
        if cur.at_end():
            return
        start = cur.pos
        while cur.peek() and cur.peek() != "/" and not cur.peek().isspace():
            cur.pos += 1
        name = cur.text[start:cur.pos]
        table = HMP_COMMANDS
        command = table.find(name)
        if command is not None and command.name == "info":
            cur.skip_space()
            if not cur.at_end():
                sub_start = cur.pos
                sub = cur.word()
                command = HMP_INFO.find(sub)
                if command is None:
                    raise HMPParseError("unknown command: '%s'" % line[start:cur.pos].strip())
                name = "info " + command.name
                del sub_start
            else:
                command = HMP_COMMANDS.find("info")
        if command is None:
            raise HMPParseError("unknown command: '%s'" % name)
        args = self.parse_arguments(command, cur, name)
        command.handler(self, **args)

    def parse_arguments(self, command, cur, name):
        args = {}
        for arg in command.args:
            kind = arg.kind
            if kind == "/":
                args.update(self._parse_format(cur, name))
                continue
            if kind.startswith("-"):
                continue            # flags are parsed below, before positionals
            self._parse_flags(command, cur, args, name)
            cur.skip_space()
            if cur.at_end():
                if arg.optional:
                    continue
                raise HMPParseError(self._missing(name, arg))
            if kind == "S":
                args[arg.name] = cur.rest().strip()
                cur.pos = len(cur.text)
            elif kind in "sF":
                args[arg.name] = _get_str(cur)
            elif kind in "il":
                value = _Expr(cur, self.register_value).parse()
                if kind == "i":
                    value &= 0xFFFFFFFF
                    if value >> 31:
                        value -= 1 << 32
                args[arg.name] = value
            elif kind == "b":
                word = cur.word()
                if word not in ("on", "off"):
                    raise HMPParseError("Expected 'on' or 'off'")
                args[arg.name] = word == "on"
            elif kind == "o":
                args[arg.name] = _parse_size(cur.word())
        self._parse_flags(command, cur, args, name)
        for arg in command.args:
            if arg.kind.startswith("-"):
                args.setdefault(arg.name, False)
        if not cur.at_end():
            raise HMPParseError("%s: extraneous characters at the end of line" % name)
        return args

    @staticmethod
    def _missing(name, arg):
        what = {"s": "string", "S": "string", "F": "filename", "b": "on/off",
                "i": "integer", "l": "integer", "o": "size"}.get(arg.kind, "argument")
        if arg.kind in "il":
            return "unexpected end of expression"
        return "%s: %s expected" % (name, what)

    @staticmethod
    def _parse_flags(command, cur, args, name):
        flags = {arg.kind[1:]: arg.name for arg in command.args if arg.kind.startswith("-")}
        if not flags:
            return
        while True:
            cur.skip_space()
            if cur.peek() != "-" or cur.pos + 1 >= len(cur.text) or \
                    not cur.text[cur.pos + 1].isalpha():
                return
            save = cur.pos
            word = cur.word()[1:]
            for letter in word:
                if letter not in flags:
                    cur.pos = save
                    raise HMPParseError("%s: unsupported option -%s" % (name, letter))
                args[flags[letter]] = True

    def _parse_format(self, cur, name):
        count, fmt, size = 1, None, None
        cur.skip_space()
        if cur.peek() == "/":
            cur.pos += 1
            start = cur.pos
            while cur.peek().isdigit():
                cur.pos += 1
            if cur.pos > start:
                count = int(cur.text[start:cur.pos])
            while True:
                c = cur.peek()
                if c and c in "oduxics":
                    fmt = c
                elif c == "b":
                    size = 1
                elif c == "h":
                    size = 2
                elif c == "w":
                    size = 4
                elif c in ("g", "L"):
                    size = 8
                else:
                    break
                cur.pos += 1
            c = cur.peek()
            if c and not c.isspace():
                raise HMPParseError("invalid char in format: '%s'" % c)
        if fmt is None:
            fmt = self.last_format
        if fmt not in "is":
            if size is None:
                size = self.last_size
            self.last_size = size
        self.last_format = fmt
        return {"count": count, "format": fmt, "size": size if size is not None else -1}


# -- a monitor on a chardev ---------------------------------------------------
class HMPSession:
    """An HMP monitor attached to a chardev: readline-style input (echo,
    backspace, history with the arrow keys), prompt, banner."""

    def __init__(self, system, chardev, mux=False):
        self.mon = Monitor(system)
        self.chardev = chardev
        self.mux = mux
        self.line = bytearray()
        self.history: list = []
        self.hist_pos = 0
        self._esc = b""
        self._banner_shown = False
        self._last_cr = False
        self.focused = not mux
        chardev.set_frontend(lambda: MAX_LINE, self.receive)
        chardev.set_event_handler(self.event)

    def out(self, text: str):
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "replace")
        self.chardev.write(data)

    def _show_banner(self):
        from emu.version import qmp_version_dict
        q = qmp_version_dict()["qemu"]
        self.out("QEMU %d.%d.%d monitor - type 'help' for more information\n"
                 % (q["major"], q["minor"], q["micro"]))
        self._banner_shown = True

    def event(self, event):
        if event is ChardevEvent.OPENED:
            self.line.clear()
            # a socket monitor greets every new connection; on a mux the
            # focus switch may already have shown the banner
            if self.focused and not (self.mux and self._banner_shown):
                self._show_banner()
                self.out(PROMPT)
        elif event is ChardevEvent.MUX_IN:
            self.focused = True
            if not self._banner_shown:
                self._show_banner()
            self.line.clear()
            self.out(PROMPT)
        elif event is ChardevEvent.MUX_OUT:
            self.focused = False
        elif event is ChardevEvent.CLOSED:
            self.line.clear()

    def receive(self, data: bytes):
        for byte in data:
            self._key(byte)

    def _key(self, byte):
        if self._esc:
            self._esc += bytes([byte])
            if len(self._esc) == 2 and byte not in (ord("["), ord("O")):
                self._esc = b""
            elif len(self._esc) >= 3 and (0x40 <= byte <= 0x7E):
                seq, self._esc = self._esc, b""
                self._escape(seq)
            return
        if byte == 0x1B:
            self._esc = b"\x1b"
            return
        if byte in (0x0D, 0x0A):
            if byte == 0x0A and self._last_cr:
                self._last_cr = False
                return
            self._last_cr = byte == 0x0D
            self._enter()
            return
        self._last_cr = False
        if byte in (0x7F, 0x08):
            if self.line:
                self.line.pop()
                self.chardev.write(b"\b \b")
            return
        if byte == 0x15:                     # C-u: kill the line
            self._replace_line(b"")
            return
        if byte < 0x20:
            return
        if len(self.line) < MAX_LINE:
            self.line.append(byte)
            self.chardev.write(bytes([byte]))

    def _escape(self, seq):
        if seq in (b"\x1b[A", b"\x1bOA") and self.history:
            self.hist_pos = max(0, self.hist_pos - 1)
            self._replace_line(self.history[self.hist_pos].encode())
        elif seq in (b"\x1b[B", b"\x1bOB") and self.history:
            self.hist_pos = min(len(self.history), self.hist_pos + 1)
            text = self.history[self.hist_pos] if self.hist_pos < len(self.history) else ""
            self._replace_line(text.encode())

    def _replace_line(self, new):
        self.chardev.write(b"\b \b" * len(self.line))
        self.line = bytearray(new)
        self.chardev.write(bytes(new))

    def _enter(self):
        text = self.line.decode("utf-8", "replace")
        self.line.clear()
        self.out("\n")
        if text.strip():
            if not self.history or self.history[-1] != text:
                self.history.append(text)
            self.hist_pos = len(self.history)
        output = self.mon.execute(text)
        if output:
            self.out(output)
        if self.mon.after_reply:
            self.mon.run_after_reply()
            return
        self.out(PROMPT)
