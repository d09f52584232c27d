"""Chardev specifications: the `-chardev backend,id=...` form and the legacy
`-serial`/`-monitor` strings (`stdio`, `mon:stdio`, `file:out.txt`,
`tcp:HOST:PORT,server=on,wait=off`, `unix:PATH,...`), both turned into one
dict shape {'backend': name, 'id': ..., other options as strings}.

Parsing here has no side effects, so the command line can be checked before
anything is opened; emu/chardev/__init__.py creates the devices.  Errors
raise ChardevError worded as QEMU words them.
"""
from emu.cli.qemuopts import OptsError, parse_bool, parse_opts, parse_uint

# Every backend QEMU 7.2 knows (what `-chardev help` lists), so an unknown
# name and a known-but-unsupported one give different messages.
QEMU_BACKENDS = ("ringbuf", "mux", "pipe", "qemu-vdagent", "null", "msmouse",
                 "socket", "vc", "parallel", "memory", "udp", "file", "serial",
                 "pty", "wctablet", "stdio", "testdev")

_COMMON_KEYS = ("backend", "id", "mux", "logfile", "logappend")
BACKEND_KEYS = {
    "null": (),
    "vc": ("width", "height", "cols", "rows"),
    "stdio": ("signal",),
    "file": ("path", "append", "input-path"),
    "pty": ("path",),
    "socket": ("host", "port", "path", "server", "wait", "nodelay", "delay",
               "telnet", "tn3270", "websocket", "reconnect", "to", "ipv4",
               "ipv6", "abstract", "tight", "fd", "tls-creds", "tls-authz"),
}
SUPPORTED_BACKENDS = tuple(BACKEND_KEYS)
_BOOL_KEYS = ("mux", "logappend", "signal", "append", "server", "wait",
              "nodelay", "delay", "telnet", "tn3270", "websocket", "ipv4",
              "ipv6", "abstract", "tight")
# Backends reached by a plain word in the legacy syntax.
_LEGACY_WORDS = ("null", "stdio", "pty", "vc", "msmouse", "braille",
                 "testdev", "wctablet")


class ChardevError(ValueError):
    """A bad chardev specification or a backend that failed to open."""


class LegacySyntaxError(ChardevError):
    """A legacy spec that matches no known form (QEMU reports this in the
    words of the option that used it)."""


def chardev_help_text() -> str:
    """What `-chardev help` prints (the backends pyemu supports)."""
    lines = ["Available chardev backend types: "]
    lines += [f"  {name}" for name in SUPPORTED_BACKENDS]
    return "\n".join(lines) + "\n"


def parse_chardev_opts(text: str) -> dict[str, str]:
    """`-chardev` argument -> checked opts dict (raises ChardevError)."""
    try:
        opts = parse_opts(text, implied_key="backend")
    except OptsError as exc:
        raise ChardevError(str(exc)) from None
    if not opts.get("id"):
        raise ChardevError("chardev: no id specified")
    check_chardev(opts, legacy=False)
    return opts


def _parse_host_port(rest: str) -> tuple[str, str, str]:
    """`HOST:PORT[,opts]` or `:PORT[,opts]` -> (host, port, opts text)."""
    head, _, tail = rest.partition(",")
    host, sep, port = head.rpartition(":")
    if not sep or not port:
        raise LegacySyntaxError(rest)
    return host, port, tail


def _parse_legacy_socket(prefix: str, rest: str) -> dict[str, str]:
    if prefix == "unix":
        try:
            opts = parse_opts(rest, implied_key="path")
        except OptsError as exc:
            raise ChardevError(str(exc)) from None
        opts["backend"] = "socket"
        return opts
    host, port, tail = _parse_host_port(rest)
    try:
        opts = parse_opts(tail)
    except OptsError as exc:
        raise ChardevError(str(exc)) from None
    opts.update(backend="socket", host=host, port=port)
    if prefix == "telnet":
        opts["telnet"] = "on"
    return opts


def parse_legacy_spec(text: str) -> dict[str, str]:
    """A `-serial`/`-monitor`/`-qmp`/`-gdb` string -> checked opts dict
    without an id (the caller gives it a label such as serial0)."""
    mux = text.startswith("mon:")
    body = text[4:] if mux else text
    opts = _parse_legacy_body(body)
    if mux:
        opts["mux"] = "on"
    check_chardev(opts, legacy=True)
    return opts


def _parse_legacy_body(body: str) -> dict[str, str]:
    if body in _LEGACY_WORDS or body.startswith("vc:"):
        return {"backend": body.split(":")[0]}
    prefix, sep, rest = body.partition(":")
    if not sep:
        raise ChardevError(f"'{body}' is not a valid char driver")
    if prefix == "file":
        return {"backend": "file", "path": rest}
    if prefix in ("tcp", "telnet", "unix"):
        return _parse_legacy_socket(prefix, rest)
    if prefix in ("pipe", "udp", "tn3270", "websocket") or body.startswith("/dev/"):
        raise ChardevError(f"chardev: '{prefix}' is not supported by pyemu")
    raise LegacySyntaxError(body)


def _check_known_keys(opts: dict[str, str], backend: str) -> None:
    allowed = _COMMON_KEYS + BACKEND_KEYS[backend]
    for key in opts:
        if key not in allowed:
            raise ChardevError(f"Invalid parameter '{key}'")


def _check_socket(opts: dict[str, str]) -> None:
    if opts.get("path"):
        pass
    elif opts.get("host") is not None:
        if not opts.get("port"):
            raise ChardevError("chardev: socket: no port given")
        if opts["port"] != "0" and not opts["port"].isdigit():
            raise ChardevError(f"chardev: socket: port '{opts['port']}' "
                               "is not a number")
    else:
        # QEMU falls through to its fd= form and words it this way.
        raise ChardevError("Unable to parse FD number ")
    server = parse_bool("server", opts.get("server", "off"))
    if not server and "wait" in opts:
        raise ChardevError("'wait' option is incompatible with socket in "
                           "client connect mode")
    if server and "reconnect" in opts:
        raise ChardevError("'reconnect' option is incompatible with socket "
                           "in server listen mode")
    if "reconnect" in opts:
        parse_uint("reconnect", opts["reconnect"])
    for key in ("telnet", "tn3270", "websocket", "fd", "tls-creds"):
        if key in opts and opts[key] != "off":
            raise ChardevError(f"chardev: socket: '{key}' is not supported "
                               "by pyemu")


def check_chardev(opts: dict[str, str], legacy: bool = False) -> None:
    """Raise ChardevError if opts cannot make a chardev."""
    backend = opts.get("backend", "")
    if backend not in QEMU_BACKENDS and backend not in _LEGACY_WORDS:
        suffix = "" if legacy else " name"
        raise ChardevError(f"'{backend}' is not a valid char driver{suffix}")
    if backend not in BACKEND_KEYS:
        raise ChardevError(f"chardev: '{backend}' is not supported by pyemu")
    _check_known_keys(opts, backend)
    for key in _BOOL_KEYS:
        if key in opts:
            try:
                parse_bool(key, opts[key])
            except OptsError as exc:
                raise ChardevError(str(exc)) from None
    if backend == "file" and not opts.get("path"):
        if legacy:
            raise ChardevError("Could not open '': No such file or directory")
        raise ChardevError("chardev: file: no filename given")
    if backend == "socket":
        _check_socket(opts)


def opt_bool(opts: dict[str, str], key: str, default: bool) -> bool:
    """A checked boolean option with its default."""
    return parse_bool(key, opts[key]) if key in opts else default
