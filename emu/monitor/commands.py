"""The command table shared by QMP and HMP: one implementation per command.

A *command* is a function ``handler(system, **args) -> result`` registered
under its QMP name with an argument schema (:class:`Arg`).  QMP calls it
with the JSON ``arguments`` object after :meth:`CommandTable.check_args`
has checked them the way QEMU's QAPI visitors do (same messages); HMP
parses human syntax into the same keyword arguments and calls the same
function.  A handler reports failure by raising :class:`CommandError`
with one of QEMU's error classes.

Other parts of pyemu add their commands here (see docs/monitor.md)::

    from emu.monitor import Arg, CommandError, qmp_command

    @qmp_command("migrate", args=[Arg("uri", "str"),
                                  Arg("detach", "bool", optional=True)],
                 help="migrate the VM to URI")
    def qmp_migrate(system, uri, detach=False):
        ...
        return {}
"""

from dataclasses import dataclass
from typing import Callable, Optional

# QEMU's error classes (qapi/error.json ErrorClass)
GENERIC_ERROR = "GenericError"
COMMAND_NOT_FOUND = "CommandNotFound"
DEVICE_NOT_ACTIVE = "DeviceNotActive"
DEVICE_NOT_FOUND = "DeviceNotFound"
KVM_MISSING_CAP = "KVMMissingCap"
ERROR_CLASSES = (GENERIC_ERROR, COMMAND_NOT_FOUND, DEVICE_NOT_ACTIVE,
                 DEVICE_NOT_FOUND, KVM_MISSING_CAP)

# schema type -> the word QEMU's "expected: ..." messages use
_TYPE_WORDS = {"str": "string", "int": "integer", "number": "number",
               "bool": "boolean", "object": "object", "array": "array",
               "any": "any"}


class CommandError(Exception):
    """A command failed: ``desc`` for the user, ``error_class`` for QMP."""

    def __init__(self, desc: str, error_class: str = GENERIC_ERROR):
        super().__init__(desc)
        self.desc = desc
        self.error_class = error_class


@dataclass(frozen=True)
class Arg:
    """One argument of a command: its QMP name, type and whether it may be
    left out.  Types: str int number bool object array any; ``enum``
    restricts a str to a set of values."""

    name: str
    type: str = "str"
    optional: bool = False
    enum: tuple = ()
    help: str = ""

    def __post_init__(self):
        if self.type not in _TYPE_WORDS:
            raise ValueError("argument %s: unknown type %r" % (self.name, self.type))

    @property
    def py_name(self) -> str:
        """The keyword the handler receives (``cpu-index`` -> ``cpu_index``)."""
        return self.name.replace("-", "_")


@dataclass
class Command:
    """A registered command."""

    name: str
    handler: Callable
    args: tuple = ()
    help: str = ""
    allow_oob: bool = False


def _type_ok(value, type_name: str) -> bool:
    if type_name == "any":
        return True
    if type_name == "str":
        return isinstance(value, str)
    if type_name == "bool":
        return isinstance(value, bool)
    if type_name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if type_name == "object":
        return isinstance(value, dict)
    if type_name == "array":
        return isinstance(value, list)
    return False


class CommandTable:
    """The registry of commands, by QMP name."""

    def __init__(self):
        self._commands: dict[str, Command] = {}

    def register(self, name: str, handler: Callable, args=(), help: str = "",
                 allow_oob: bool = False, replace: bool = False) -> Command:
        """Add a command.  ``replace=True`` swaps out an existing one (how a
        subsystem fills in a placeholder); otherwise a second registration
        under the same name is an error."""
        if name in self._commands and not replace:
            raise ValueError("command '%s' registered twice" % name)
        command = Command(name, handler, tuple(args), help, allow_oob)
        self._commands[name] = command
        return command

    def unregister(self, name: str) -> None:
        self._commands.pop(name, None)

    def get(self, name: str) -> Optional[Command]:
        return self._commands.get(name)

    def names(self) -> list:
        return sorted(self._commands)

    def __contains__(self, name):
        return name in self._commands

    # -- calling -----------------------------------------------------------
    def lookup(self, name: str) -> Command:
        command = self._commands.get(name)
        if command is None:
            raise CommandError("The command %s has not been found" % name,
                               COMMAND_NOT_FOUND)
        return command

    @staticmethod
    def check_args(command: Command, arguments: dict) -> dict:
        """QMP arguments -> handler keywords, checked as QAPI does: missing
        and mistyped members first (in schema order), then unknown ones."""
        kwargs = {}
        for arg in command.args:
            if arg.name not in arguments:
                if not arg.optional:
                    raise CommandError("Parameter '%s' is missing" % arg.name)
                continue
            value = arguments[arg.name]
            if not _type_ok(value, arg.type):
                raise CommandError("Invalid parameter type for '%s', expected: %s"
                                   % (arg.name, _TYPE_WORDS[arg.type]))
            if arg.enum and value not in arg.enum:
                raise CommandError("Parameter '%s' does not accept value '%s'"
                                   % (arg.name, value))
            kwargs[arg.py_name] = value
        known = {arg.name for arg in command.args}
        for name in arguments:
            if name not in known:
                raise CommandError("Parameter '%s' is unexpected" % name)
        return kwargs

    def call(self, system, name: str, arguments: Optional[dict] = None):
        """Run a command by name with QMP-style arguments (checked)."""
        command = self.lookup(name)
        kwargs = self.check_args(command, arguments or {})
        return command.handler(system, **kwargs)


#: The one table every front end uses.
COMMANDS = CommandTable()


def qmp_command(name: str, args=(), help: str = "", allow_oob: bool = False,
                replace: bool = False):
    """Decorator: register ``handler(system, **args)`` as command ``name``."""
    def wrap(handler):
        COMMANDS.register(name, handler, args, help, allow_oob, replace)
        return handler
    return wrap


def after_reply(fn: Callable[[], None]) -> None:
    """From inside a handler: run fn once the reply has been sent (quit
    uses it so the client sees {"return": {}} before the process ends).
    Without a front end collecting these, fn runs at once."""
    pending = _AFTER_REPLY.get("list")
    if pending is None:
        fn()
    else:
        pending.append(fn)


_AFTER_REPLY: dict = {}


def run_collecting_after_reply(call: Callable):
    """Run call(); returns (result or exception, [after-reply callbacks])."""
    outer = _AFTER_REPLY.get("list")
    _AFTER_REPLY["list"] = []
    try:
        try:
            result = call()
        except Exception as exc:       # the front end turns it into an error
            result = exc
        return result, _AFTER_REPLY["list"]
    finally:
        if outer is None:
            _AFTER_REPLY.pop("list", None)
        else:
            _AFTER_REPLY["list"] = outer
