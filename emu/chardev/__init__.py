"""Character devices: byte pipes between device models / the monitor and
the outside world (stdio, files, ptys, sockets), QEMU's -chardev.

    create_chardev(spec, loop, label=...) -> Chardev
        spec is a `-chardev` string ("socket,id=m,path=/tmp/m,server=on"),
        a legacy `-serial` string ("mon:stdio", "tcp::4444,server=on"), or an
        already parsed dict (see emu.chardev.spec).
    ChardevRegistry(loop)
        the set of named chardevs of one VM: `-chardev` ids, `chardev:ID`
        references, and QEMU's "stdio only once" rule.

A spec with mux=on (`mon:stdio`) gives a MuxChardev: call add_frontend() on
it once per user (monitor first, then the serial port).
"""
from typing import Callable, Optional, Union

from emu.chardev.backends import (FileChardev, NullChardev, PtyChardev,
                                  SocketChardev, StdioChardev)
from emu.chardev.base import Chardev, ChardevEvent
from emu.chardev.mux import MuxChardev, MuxFrontendHandle, mux_help_text
from emu.chardev.spec import (ChardevError, LegacySyntaxError, check_chardev,
                              chardev_help_text, opt_bool, parse_chardev_opts,
                              parse_legacy_spec)

__all__ = ["Chardev", "ChardevEvent", "ChardevError", "LegacySyntaxError",
           "ChardevRegistry", "MuxChardev", "MuxFrontendHandle",
           "create_chardev", "parse_spec", "register_backend",
           "chardev_help_text", "mux_help_text", "parse_chardev_opts",
           "parse_legacy_spec"]

Factory = Callable[[dict, object, str], Chardev]


def _make_null(opts, loop, label):
    return NullChardev(label, loop)


def _make_stdio(opts, loop, label):
    return StdioChardev(label, loop, signal=opt_bool(opts, "signal", True))


def _make_file(opts, loop, label):
    return FileChardev(label, loop, opts["path"],
                       append=opt_bool(opts, "append", False))


def _make_pty(opts, loop, label):
    return PtyChardev(label, loop)


def _make_socket(opts, loop, label):
    return SocketChardev(label, loop, opts)


_BACKENDS: dict[str, Factory] = {
    "null": _make_null,
    "vc": _make_null,        # no graphical console: a vc discards output
    "stdio": _make_stdio,
    "file": _make_file,
    "pty": _make_pty,
    "socket": _make_socket,
}


def register_backend(name: str, factory: Factory) -> None:
    """Add a backend (factory(opts, loop, label) -> Chardev)."""
    _BACKENDS[name] = factory


def parse_spec(spec: Union[str, dict]) -> dict:
    """A -chardev string, a legacy string or a dict -> checked opts dict.

    A string containing `id=` is taken as a -chardev argument, any other
    as a legacy -serial/-monitor spec.
    """
    if isinstance(spec, dict):
        opts = dict(spec)
        check_chardev(opts)
        return opts
    if "id=" in spec and not spec.startswith(("tcp:", "unix:", "file:", "mon:")):
        return parse_chardev_opts(spec)
    return parse_legacy_spec(spec)


def create_chardev(spec: Union[str, dict], loop, label: Optional[str] = None,
                   on_quit: Optional[Callable[[], None]] = None) -> Chardev:
    """Open the chardev spec describes; label defaults to its id.

    on_quit is what C-a x calls on a mux (default: stop the loop).
    """
    opts = parse_spec(spec)
    label = label or opts.get("id") or opts["backend"]
    factory = _BACKENDS.get(opts["backend"])
    if factory is None:
        raise ChardevError(f"chardev: '{opts['backend']}' is not supported by pyemu")
    chardev = factory(opts, loop, label)
    if opt_bool(opts, "mux", False):
        return MuxChardev(label, loop, chardev, on_quit=on_quit)
    return chardev


class ChardevRegistry:
    """The named chardevs of one VM."""

    def __init__(self, loop, on_quit: Optional[Callable[[], None]] = None):
        self.loop = loop
        self.on_quit = on_quit
        self.chardevs: dict[str, Chardev] = {}
        self._stdio_user: Optional[str] = None

    def create(self, spec: Union[str, dict], label: Optional[str] = None) -> Chardev:
        """Create (or, for `chardev:ID`, look up) a chardev."""
        if isinstance(spec, str) and spec.startswith("chardev:"):
            return self.get(spec[len("chardev:"):])
        opts = parse_spec(spec)
        label = label or opts.get("id") or opts["backend"]
        if label in self.chardevs:
            raise ChardevError(f"Duplicate ID '{label}' for chardev")
        if opts["backend"] == "stdio":
            if self._stdio_user is not None:
                raise ChardevError("cannot use stdio by multiple character devices")
            self._stdio_user = label
        chardev = create_chardev(opts, self.loop, label, on_quit=self.on_quit)
        self.chardevs[label] = chardev
        return chardev

    def get(self, chardev_id: str) -> Chardev:
        try:
            return self.chardevs[chardev_id]
        except KeyError:
            raise ChardevError(f"chardev \"{chardev_id}\" not found") from None

    def close_all(self) -> None:
        for chardev in self.chardevs.values():
            chardev.close()
        self.chardevs.clear()
        self._stdio_user = None
