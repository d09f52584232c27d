"""QEMU-compatible command-line parsing for pyemu-system-<arch>.

    parse_command_line(argv, prog) -> Options

argv excludes the program name.  Options are handled left to right, as QEMU
does: `-h`/`-help`, `-version`, `-d help`, `-chardev help` and `-accel help`
raise HelpRequested(text) when reached (print text, exit 0).  Help that needs
a registry pyemu's core does not own (`-M help`, `-cpu help`,
`-device help`, `-display help`, `-vga help`) is recorded in
Options.help_requests for the caller to answer.

Errors raise UsageError; str(error) is the line QEMU prints after
"<prog>: " and error.hint the extra lines it prints after that, if any.

After the options, QEMU's default devices are filled in (what -nographic
means for the serial port and monitor): see apply_defaults.
"""
import re
from dataclasses import dataclass, field
from typing import Callable, Optional, Union

from emu.chardev.spec import (ChardevError, LegacySyntaxError,
                              chardev_help_text, parse_chardev_opts,
                              parse_legacy_spec)
from emu.cli.qemuopts import (OptsError, check_keys, parse_bool, parse_choice,
                              parse_opts, parse_opts_list, parse_size,
                              parse_uint, wants_help)
from emu.log import LogItemError, log_help_text, parse_log_items
from emu.version import version_banner


class UsageError(Exception):
    """A bad command line; str() is QEMU's message after "<prog>: "."""

    def __init__(self, message: str, hint: Optional[str] = None):
        super().__init__(message)
        self.hint = hint

    def full_text(self, prog: str) -> str:
        """Everything to print on stderr, newline-terminated."""
        text = f"{prog}: {self}\n"
        return text + (self.hint.rstrip("\n") + "\n" if self.hint else "")


class HelpRequested(Exception):
    """Print `text` on stdout and exit with `status` (0: help was asked)."""

    def __init__(self, text: str, status: int = 0):
        super().__init__(text)
        self.text = text
        self.status = status


DEFAULT_GDB_PORT = "tcp::1234"
MAX_ICOUNT_SHIFT = 10
DISPLAY_TYPES = ("default", "none", "gtk", "sdl", "egl-headless", "curses",
                 "cocoa", "spice-app", "dbus", "vnc")
VGA_TYPES = ("none", "std", "cirrus", "vmware", "qxl", "xenfb", "tcx", "cg3",
             "virtio")
NIC_TYPES = ("none", "user", "tap", "bridge", "l2tpv3", "vde", "socket",
             "stream", "dgram", "vhost-user", "vhost-vdpa")
SMP_KEYS = ("cpus", "maxcpus", "sockets", "dies", "clusters", "cores", "threads")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$")


@dataclass
class Options:
    """The parsed command line (typed fields, QEMU's defaults)."""

    prog: str = "pyemu"
    machine: dict = field(default_factory=dict)     # {'type': 'virt', ...}
    cpu: Optional[str] = None
    ram_size: Optional[int] = None       # bytes; None: the board's default
    maxmem: Optional[int] = None
    memslots: int = 0
    smp: dict = field(default_factory=lambda: smp_topology({}))
    kernel: Optional[str] = None
    bios: Optional[str] = None
    append: Optional[str] = None
    initrd: Optional[str] = None
    dtb: Optional[str] = None
    nographic: bool = False
    display: Optional[dict] = None       # {'type': 'none', ...}
    vga: Optional[str] = None
    nics: list = field(default_factory=list)        # dicts, {'type': 'none'}
    net: list = field(default_factory=list)         # raw -net strings
    serial: list = field(default_factory=list)      # legacy specs, in order
    parallel: list = field(default_factory=list)
    monitor: list = field(default_factory=list)     # raw -monitor strings
    qmp: list = field(default_factory=list)         # raw -qmp strings
    mon: list = field(default_factory=list)  # {'chardev','mode','pretty'}
    chardevs: list = field(default_factory=list)    # opts dicts with 'id'
    devices: list = field(default_factory=list)     # {'driver': ..., props}
    globals: list = field(default_factory=list)     # {'driver','property','value'}
    name: Optional[str] = None
    name_opts: dict = field(default_factory=dict)
    start_paused: bool = False
    gdb: list = field(default_factory=list)         # chardev specs
    log_items: set = field(default_factory=set)
    log_file: Optional[str] = None
    icount: Optional[dict] = None        # {'shift': int|'auto', 'align', 'sleep'}
    incoming: Optional[str] = None
    loadvm: Optional[str] = None
    no_reboot: bool = False
    no_shutdown: bool = False
    semihosting: bool = False
    semihosting_config: dict = field(default_factory=dict)
    rtc: dict = field(default_factory=dict)
    accel: list = field(default_factory=list)
    bios_dirs: list = field(default_factory=list)   # -L
    snapshot_dir: Optional[str] = None   # pyemu: where savevm snapshots live
    exit_on_halt: bool = False           # pyemu: end when the guest halts forever
    drives: list = field(default_factory=list)      # positional disk images
    nodefaults: bool = False
    default_serial: bool = True
    default_parallel: bool = True
    default_monitor: bool = True
    help_requests: list = field(default_factory=list)   # ('machine', None) ...
    warnings: list = field(default_factory=list)        # to print as warnings

    @property
    def machine_type(self) -> Optional[str]:
        return self.machine.get("type")

    def chardev_by_id(self, chardev_id: str) -> Optional[dict]:
        for opts in self.chardevs:
            if opts.get("id") == chardev_id:
                return opts
        return None


@dataclass(frozen=True)
class OptionDef:
    """One command-line option: its spelling, argument, help and handler."""

    name: str
    arg: Optional[str]          # None: takes no argument; else its synopsis
    help: str
    group: str
    handler: Callable
    aliases: tuple = ()
    show_in_help: bool = True

    @property
    def takes_argument(self) -> bool:
        return self.arg is not None


# ---------------------------------------------------------------------------
# Small parsing helpers

def _opts(arg: str, implied: Optional[str] = None, keyval: bool = False) -> dict:
    return parse_opts(arg, implied_key=implied, keyval=keyval)


def _bool(opts: dict, key: str, default: bool) -> bool:
    return parse_bool(key, opts[key]) if key in opts else default


def smp_topology(given: dict) -> dict:
    """-smp values -> the full topology, computed as QEMU 7.2 does
    (cores are preferred over sockets for missing values).

    Raises OptsError for an impossible topology.
    """
    cpus, maxcpus = given.get("cpus", 0), given.get("maxcpus", 0)
    sockets, cores, threads = (given.get(k, 0) for k in ("sockets", "cores", "threads"))
    dies, clusters = given.get("dies", 1) or 1, given.get("clusters", 1) or 1
    if cpus == 0 and maxcpus == 0:
        sockets, cores, threads = sockets or 1, cores or 1, threads or 1
    else:
        maxcpus = maxcpus or cpus
        if cores == 0:
            sockets, threads = sockets or 1, threads or 1
            cores = maxcpus // (sockets * dies * clusters * threads)
        elif sockets == 0:
            threads = threads or 1
            sockets = maxcpus // (dies * clusters * cores * threads)
    threads = threads or 1
    total = sockets * dies * clusters * cores * threads
    maxcpus = maxcpus or total
    cpus = cpus or maxcpus
    hierarchy = f"sockets ({sockets})"
    if dies != 1:
        hierarchy += f" * dies ({dies})"
    if clusters != 1:
        hierarchy += f" * clusters ({clusters})"
    hierarchy += f" * cores ({cores}) * threads ({threads})"
    if total != maxcpus:
        raise OptsError("Invalid CPU topology: product of the hierarchy must "
                        f"match maxcpus: {hierarchy} != maxcpus ({maxcpus})")
    if maxcpus < cpus:
        raise OptsError("Invalid CPU topology: maxcpus must be equal to or "
                        f"greater than smp: {hierarchy} == maxcpus ({maxcpus}) "
                        f"< smp_cpus ({cpus})")
    return {"cpus": cpus, "maxcpus": maxcpus, "sockets": sockets, "dies": dies,
            "clusters": clusters, "cores": cores, "threads": threads}


# ---------------------------------------------------------------------------
# The parser: one handler per option, state in Options plus a few notes.

class _Parser:
    def __init__(self, prog: str):
        self.o = Options(prog=prog)
        self.origins: dict[str, str] = {}       # chardev id -> "-opt arg"
        self.mon_origins: list[str] = []        # "-mon arg" per o.mon entry
        self.serial_origins: list[str] = []
        self.monitor_count = 0

    # -- chardev-ish options ------------------------------------------------
    def add_chardev(self, opts: dict, origin: str) -> None:
        if self.o.chardev_by_id(opts["id"]) is not None:
            raise OptsError(f"Duplicate ID '{opts['id']}' for chardev")
        self.o.chardevs.append(opts)
        self.origins[opts["id"]] = origin

    def add_monitor(self, spec: str, mode: str, pretty: bool, origin: str) -> None:
        if spec.startswith("chardev:"):
            label = spec[len("chardev:"):]
        else:
            try:
                opts = parse_legacy_spec(spec)
            except LegacySyntaxError:
                raise OptsError(f"parse error: {spec}") from None
            except ChardevError as exc:
                raise OptsError(str(exc)) from None
            label = f"compat_monitor{self.monitor_count}"
            self.monitor_count += 1
            self.add_chardev(dict(opts, id=label), origin)
        self.o.mon.append({"chardev": label, "mode": mode, "pretty": pretty})
        self.mon_origins.append(origin)

    def add_serial(self, spec: str, origin: str, kind: str = "serial") -> None:
        if not spec.startswith("chardev:"):
            try:
                parse_legacy_spec(spec)
            except LegacySyntaxError:
                raise OptsError(f"could not connect {kind} device to "
                                f"character backend '{spec}'") from None
            except ChardevError as exc:
                raise OptsError(str(exc)) from None
        getattr(self.o, kind).append(spec)
        if kind == "serial":
            self.serial_origins.append(origin)

    # -- final checks -------------------------------------------------------
    def finish(self) -> Options:
        apply_defaults(self)
        self.check_references()
        self.check_stdio_users()
        return self.o

    def check_references(self) -> None:
        for entry, origin in zip(self.o.mon, self.mon_origins):
            if self.o.chardev_by_id(entry["chardev"]) is None:
                raise UsageError(f"{origin}: chardev \"{entry['chardev']}\" not found")
        for spec, origin in zip(self.o.serial, self.serial_origins):
            if spec.startswith("chardev:") and \
                    self.o.chardev_by_id(spec[len("chardev:"):]) is None:
                raise UsageError(f"{origin}: could not connect serial device "
                                 f"to character backend '{spec}'")

    def check_stdio_users(self) -> None:
        users = [(opts, self.origins.get(opts["id"], "-nographic"))
                 for opts in self.o.chardevs]
        for spec, origin in zip(self.o.serial, self.serial_origins):
            if not spec.startswith("chardev:"):
                users.append((parse_legacy_spec(spec), origin))
        seen = False
        for opts, origin in users:
            if opts.get("backend") == "stdio":
                if seen:
                    raise UsageError(f"{origin}: cannot use stdio by multiple "
                                     "character devices")
                seen = True


def apply_defaults(parser: _Parser) -> None:
    """QEMU's default serial/monitor: with -nographic and neither -serial
    nor -monitor/-qmp/-mon, the serial port and the monitor share stdio
    through a mux (`mon:stdio`); otherwise serial0 goes to a virtual console
    (pyemu has none: its output is discarded).  Parallel ports are left to
    the board."""
    o = parser.o
    if o.nodefaults:
        o.default_serial = o.default_parallel = o.default_monitor = False
    if o.nographic:
        if o.default_serial and o.default_monitor:
            parser.add_serial("mon:stdio", "-nographic")
        else:
            if o.default_serial:
                parser.add_serial("stdio", "-nographic")
            if o.default_monitor:
                parser.add_monitor("stdio", "readline", False, "-nographic")
    elif o.default_serial:
        parser.add_serial("vc:80Cx24C", "-serial vc:80Cx24C")


# -- handlers: (parser, arg) -> None -----------------------------------------

def _h_machine(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "type", keyval=True)
    if wants_help(opts, "type"):
        p.o.help_requests.append(("machine", None))
        return
    p.o.machine.update(opts)


def _h_cpu(p: _Parser, arg: str) -> None:
    if arg in ("help", "?"):
        p.o.help_requests.append(("cpu", None))
    p.o.cpu = arg


def _h_memory(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "size")
    check_keys(opts, ("size", "slots", "maxmem"))
    if "size" in opts:
        size = parse_size(opts["size"], default_suffix="M")
        p.o.ram_size = ((size + 8191) // 8192) * 8192 if size else None
    if "slots" in opts:
        p.o.memslots = parse_uint("slots", opts["slots"])
    if "maxmem" in opts:
        p.o.maxmem = parse_size(opts["maxmem"], name="maxmem")


def _check_memory(o: Options) -> None:
    if o.memslots and o.maxmem is None:
        raise UsageError("slots specified but no max-size")
    if o.maxmem is not None and o.ram_size is not None and o.maxmem < o.ram_size:
        raise UsageError("invalid value of maxmem: maximum memory size "
                         f"({o.maxmem:#x}) must be at least the initial memory "
                         f"size ({o.ram_size:#x})")


def _h_smp(p: _Parser, arg: str) -> None:
    try:
        opts = _opts(arg, "cpus", keyval=True)
    except OptsError as exc:
        raise UsageError(f"-smp {arg}: {exc}") from None
    given = {}
    for key, value in opts.items():
        if key not in SMP_KEYS:
            raise UsageError(f"Parameter 'smp.{key}' is unexpected")
        try:
            given[key] = parse_uint(f"smp.{key}", value, what="integer")
        except OptsError as exc:
            raise UsageError(str(exc)) from None
    if any(value == 0 for value in given.values()):
        p.o.warnings.append("Deprecated CPU topology (considered invalid): CPU "
                            "topology parameters must be greater than zero")
    try:
        p.o.smp = smp_topology(given)
    except OptsError as exc:
        raise UsageError(str(exc)) from None


def _setter(attr: str) -> Callable:
    def handler(p: _Parser, arg: str) -> None:
        setattr(p.o, attr, arg)
    handler.__name__ = f"_h_{attr}"
    return handler


def _flag(attr: str, value=True) -> Callable:
    def handler(p: _Parser, arg: Optional[str]) -> None:
        setattr(p.o, attr, value)
    handler.__name__ = f"_h_{attr}"
    return handler


def _h_nographic(p: _Parser, arg: None) -> None:
    p.o.nographic = True
    p.o.display = {"type": "none"}


def _h_display(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "type", keyval=True)
    if wants_help(opts, "type"):
        p.o.help_requests.append(("display", None))
        return
    parse_choice("type", opts.get("type", ""), DISPLAY_TYPES)
    if opts["type"] != "vnc":
        for key in opts:
            if key not in ("type", "gl", "show-cursor", "window-close"):
                raise OptsError(f"Parameter '{key}' is unexpected")
    p.o.display = opts


def _h_vga(p: _Parser, arg: str) -> None:
    if arg in ("help", "?"):
        p.o.help_requests.append(("vga", None))
        return
    if arg not in VGA_TYPES:
        raise UsageError(f"unknown vga type: {arg}")
    p.o.vga = arg


def _h_nic(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "type")
    parse_choice("type", opts.get("type", ""), NIC_TYPES)
    if opts["type"] == "none":
        check_keys(opts, ("type",))
    elif opts["type"] == "user":
        check_keys(opts, ("type", "id", "model", "mac", "net", "host",
                          "hostfwd", "guestfwd", "restrict", "ipv4", "ipv6"))
    p.o.nics.append(opts)


def _h_net(p: _Parser, arg: str) -> None:
    p.o.net.append(arg)


def _h_serial(p: _Parser, arg: str) -> None:
    p.o.default_serial = False
    if arg != "none":
        p.add_serial(arg, f"-serial {arg}")


def _h_parallel(p: _Parser, arg: str) -> None:
    p.o.default_parallel = False
    if arg != "none":
        p.add_serial(arg, f"-parallel {arg}", kind="parallel")


def _h_monitor(p: _Parser, arg: str) -> None:
    p.o.default_monitor = False
    p.o.monitor.append(arg)
    if arg != "none":
        p.add_monitor(arg, "readline", False, f"-monitor {arg}")


def _qmp_handler(pretty: bool) -> Callable:
    def handler(p: _Parser, arg: str) -> None:
        p.o.default_monitor = False
        p.o.qmp.append(arg)
        p.add_monitor(arg, "control", pretty, f"-qmp {arg}")
    return handler


def _h_mon(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "chardev")
    check_keys(opts, ("chardev", "mode", "pretty"))
    if not opts.get("chardev"):
        raise OptsError("Parameter 'chardev' is missing")
    mode = parse_choice("mode", opts.get("mode", "readline"), ("readline", "control"))
    p.o.default_monitor = False
    p.o.mon.append({"chardev": opts["chardev"], "mode": mode,
                    "pretty": _bool(opts, "pretty", False)})
    p.mon_origins.append(f"-mon {arg}")


def _h_chardev(p: _Parser, arg: str) -> None:
    if wants_help(_opts(arg, "backend"), "backend"):
        raise HelpRequested(chardev_help_text())
    try:
        opts = parse_chardev_opts(arg)
    except ChardevError as exc:
        raise OptsError(str(exc)) from None
    p.add_chardev(opts, f"-chardev {arg}")


def _h_device(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "driver")
    if wants_help(opts, "driver"):
        driver = opts.get("driver")
        p.o.help_requests.append(("device", None if driver in ("help", "?") else driver))
        return
    p.o.devices.append(opts)


def _h_global(p: _Parser, arg: str) -> None:
    match = re.match(r"^([^.=]+)\.([^=]+)=(.*)$", arg, re.S)
    if match:
        driver, prop, value = match.groups()
    else:
        opts = _opts(arg)
        check_keys(opts, ("driver", "property", "value"))
        driver, prop, value = (opts.get(k) for k in ("driver", "property", "value"))
        if not driver or not prop:
            missing = "driver" if not driver else "property"
            raise OptsError(f"Parameter '{missing}' is missing")
    p.o.globals.append({"driver": driver, "property": prop, "value": value or ""})


def _h_name(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "guest")
    check_keys(opts, ("guest", "process", "debug-threads"))
    _bool(opts, "debug-threads", False)
    p.o.name_opts = opts
    p.o.name = opts.get("guest")


def _h_s(p: _Parser, arg: None) -> None:
    p.o.gdb.append(DEFAULT_GDB_PORT)


def _h_gdb(p: _Parser, arg: str) -> None:
    p.o.gdb.append(arg)


def _h_log(p: _Parser, arg: str) -> None:
    if arg in ("help", "?"):
        raise HelpRequested(log_help_text())
    try:
        p.o.log_items = parse_log_items(arg)
    except LogItemError as exc:
        raise UsageError(f"-d {arg}: {exc}", hint=log_help_text()) from None


def _h_icount(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "shift")
    check_keys(opts, ("shift", "align", "sleep", "rr", "rrfile", "rrsnapshot"))
    sleep, align = _bool(opts, "sleep", True), _bool(opts, "align", False)
    shift = opts.get("shift")
    if shift is None:
        if "align" in opts:
            raise OptsError("Please specify shift option when using align")
        return
    if align and not sleep:
        raise OptsError("align=on and sleep=off are incompatible")
    if shift != "auto":
        try:
            shift = int(shift, 0)
        except ValueError:
            shift = -1
        if not 0 <= shift <= MAX_ICOUNT_SHIFT:
            raise OptsError("icount: Invalid shift value")
    p.o.icount = {"shift": shift, "align": align, "sleep": sleep}


def _h_semihosting(p: _Parser, arg: None) -> None:
    p.o.semihosting = True
    p.o.semihosting_config.setdefault("enable", True)


def _h_semihosting_config(p: _Parser, arg: str) -> None:
    pairs = parse_opts_list(arg, implied_key="enable")
    config = {"enable": True, "target": "auto", "args": []}
    for key, value in pairs:
        if key == "arg":
            config["args"].append(value)
        elif key in ("enable", "userspace"):
            config[key] = parse_bool(key, value)
        elif key == "target":
            if value not in ("native", "gdb", "auto"):
                raise OptsError(f"unsupported semihosting-config {arg}")
            config[key] = value
        elif key == "chardev":
            config[key] = value
        else:
            raise OptsError(f"Invalid parameter '{key}'")
    p.o.semihosting_config = config
    p.o.semihosting = config["enable"]


def _h_rtc(p: _Parser, arg: str) -> None:
    opts = _opts(arg)
    check_keys(opts, ("base", "clock", "driftfix"))
    base = opts.get("base")
    if base is not None and base not in ("utc", "localtime") \
            and not _DATETIME_RE.match(base):
        raise UsageError("invalid datetime format", hint="valid formats: "
                         "'2006-06-17T16:01:21' or '2006-06-17'")
    for key, choices in (("clock", ("host", "rt", "vm")),
                         ("driftfix", ("none", "slew"))):
        if key in opts and opts[key] not in choices:
            raise UsageError(f"invalid option value '{opts[key]}'")
    p.o.rtc = opts


def _h_accel(p: _Parser, arg: str) -> None:
    opts = _opts(arg, "accel")
    if wants_help(opts, "accel"):
        raise HelpRequested("Accelerators supported in QEMU binary:\ntcg\n")
    if opts.get("accel") != "tcg":
        raise OptsError(f"invalid accelerator {opts.get('accel', '')}")
    check_keys(opts, ("accel", "thread", "tb-size", "split-wx",
                      "one-insn-per-tb"))
    p.o.accel.append(opts)


def _h_help(p: _Parser, arg: None) -> None:
    raise HelpRequested(help_text(p.o.prog))


def _h_version(p: _Parser, arg: None) -> None:
    raise HelpRequested(version_text(p.o.prog))


def _h_bios_dir(p: _Parser, arg: str) -> None:
    p.o.bios_dirs.append(arg)


def _h_nodefaults(p: _Parser, arg: None) -> None:
    p.o.nodefaults = True


# ---------------------------------------------------------------------------
# The table.  Help texts follow QEMU's; pyemu's additions say so.

_STD, _DISP, _NET, _CHR = ("Standard options", "Display options",
                           "Network options", "Character device options")
_BOOT, _DEBUG, _PYEMU = ("Boot Image or Kernel specific", "Debug/Expert options",
                         "pyemu options (not in QEMU)")

OPTIONS: tuple[OptionDef, ...] = (
    OptionDef("h", None, "display this help and exit", _STD, _h_help, ("help",)),
    OptionDef("version", None, "display version information and exit", _STD, _h_version),
    OptionDef("machine", "[type=]name[,prop[=value][,...]]",
              "selects emulated machine ('-machine help' for list)\n"
              "dumpdtb=file dumps the device tree and exits", _STD, _h_machine, ("M",)),
    OptionDef("cpu", "cpu", "select CPU ('-cpu help' for list)", _STD, _h_cpu),
    OptionDef("accel", "[accel=]accelerator[,prop[=value][,...]]",
              "select accelerator (only tcg; use 'help' for a list)\n"
              "thread=single|multi, tb-size=n", _STD, _h_accel),
    OptionDef("smp", "[[cpus=]n][,maxcpus=maxcpus][,sockets=sockets][,dies=dies]"
              "[,clusters=clusters][,cores=cores][,threads=threads]",
              "set the number of initial CPUs to 'n' [default=1]\n"
              "maxcpus= maximum number of total CPUs\n"
              "sockets=, dies=, clusters=, cores=, threads= the topology",
              _STD, _h_smp),
    OptionDef("m", "[size=]megs[,slots=n,maxmem=size]",
              "configure guest RAM\n"
              "size: initial amount of guest memory\n"
              "slots: number of hotplug slots (default: none)\n"
              "maxmem: maximum amount of guest memory (default: none)\n"
              "Note: Some architectures might enforce a specific granularity",
              _STD, _h_memory),
    OptionDef("L", "path", "set the directory for the BIOS, VGA BIOS and keymaps",
              _STD, _h_bios_dir),
    OptionDef("name", "string1[,process=string2][,debug-threads=on|off]",
              "set the name of the guest\n"
              "string1 sets the window title and string2 the process name\n"
              "debug-threads=on names the threads (ignored by pyemu)", _STD, _h_name),
    OptionDef("display", "type[,...]", "select display backend type\n"
              "pyemu has no graphical display: use -display none", _DISP, _h_display),
    OptionDef("nographic", None, "disable graphical output and redirect serial "
              "I/Os to console", _DISP, _h_nographic),
    OptionDef("vga", "[std|cirrus|vmware|qxl|xenfb|tcx|cg3|virtio|none]",
              "select video card type", _DISP, _h_vga),
    OptionDef("nic", "[user|none|...][,option][,...]",
              "initialize an on-board / default host NIC\n"
              "use -nic none to disable all network cards", _NET, _h_nic),
    OptionDef("net", "[nic|user|none|...][,option][,...]",
              "old way of configuring network devices (accepted, not emulated)",
              _NET, _h_net),
    OptionDef("chardev", "backend,id=id[,option][,...]",
              "backends: null, stdio[,signal=on|off], file,path=path[,append=on|off],\n"
              "pty, socket,host=host,port=port[,server=on|off][,wait=on|off][,nodelay=on|off],\n"
              "socket,path=path[,server=on|off][,wait=on|off]; mux=on shares one\n"
              "backend between the serial port and the monitor\n"
              "('-chardev help' lists the backends)", _CHR, _h_chardev),
    OptionDef("kernel", "bzImage", "use 'bzImage' as kernel image", _BOOT,
              _setter("kernel")),
    OptionDef("append", "cmdline", "use 'cmdline' as kernel command line", _BOOT,
              _setter("append")),
    OptionDef("initrd", "file", "use 'file' as initial ram disk", _BOOT,
              _setter("initrd")),
    OptionDef("dtb", "file", "use 'file' as device tree image", _BOOT, _setter("dtb")),
    OptionDef("bios", "file", "set the filename for the BIOS ('-bios none': no "
              "firmware)", _DEBUG, _setter("bios")),
    OptionDef("serial", "dev", "redirect the serial port to char device 'dev'\n"
              "(stdio, mon:stdio, null, none, pty, file:path, tcp:host:port[,server=on,wait=off],\n"
              "unix:path[,server=on,wait=off], chardev:id)", _DEBUG, _h_serial),
    OptionDef("parallel", "dev", "redirect the parallel port to char device 'dev'",
              _DEBUG, _h_parallel),
    OptionDef("monitor", "dev", "redirect the monitor to char device 'dev'",
              _DEBUG, _h_monitor),
    OptionDef("qmp", "dev", "like -monitor but opens in 'control' mode", _DEBUG,
              _qmp_handler(False)),
    OptionDef("qmp-pretty", "dev", "like -qmp but uses pretty JSON formatting",
              _DEBUG, _qmp_handler(True)),
    OptionDef("mon", "[chardev=]name[,mode=readline|control][,pretty=on|off]",
              "attach a monitor to the chardev 'name'", _DEBUG, _h_mon),
    OptionDef("S", None, "freeze CPU at startup (use 'c' to start execution)",
              _DEBUG, _flag("start_paused")),
    OptionDef("gdb", "dev", "accept gdb connection on 'dev'", _DEBUG, _h_gdb),
    OptionDef("s", None, "shorthand for -gdb tcp::1234", _DEBUG, _h_s),
    OptionDef("d", "item1,...", "enable logging of specified items (use '-d help' "
              "for a list of log items)", _DEBUG, _h_log),
    OptionDef("D", "logfile", "output log to logfile (default stderr)", _DEBUG,
              _setter("log_file")),
    OptionDef("icount", "[shift=N|auto][,align=on|off][,sleep=on|off]",
              "enable virtual instruction counter with 2^N clock ticks per\n"
              "instruction; runs become deterministic", _DEBUG, _h_icount),
    OptionDef("rtc", "[base=utc|localtime|datetime][,clock=host|rt|vm][,driftfix=none|slew]",
              "set the RTC base and clock", _DEBUG, _h_rtc),
    OptionDef("global", "driver.property=value",
              "set a global default for a device property", _STD, _h_global),
    OptionDef("device", "driver[,prop[=value][,...]]",
              "add device (based on driver)\n"
              "use '-device help' to print all possible drivers\n"
              "use '-device driver,help' to print all possible properties",
              _STD, _h_device),
    OptionDef("no-reboot", None, "exit instead of rebooting", _DEBUG,
              _flag("no_reboot")),
    OptionDef("no-shutdown", None, "stop before shutdown", _DEBUG,
              _flag("no_shutdown")),
    OptionDef("loadvm", "tag|id", "start right away with a saved state (loadvm "
              "in monitor)", _DEBUG, _setter("loadvm")),
    OptionDef("incoming", "uri", "wait for an incoming migration: tcp:[host]:port, "
              "unix:path,\nexec:cmdline, file:path or defer", _DEBUG,
              _setter("incoming")),
    OptionDef("semihosting", None, "semihosting mode", _DEBUG, _h_semihosting),
    OptionDef("semihosting-config",
              "[enable=on|off][,target=native|gdb|auto][,chardev=id][,userspace=on|off][,arg=str[,...]]",
              "semihosting configuration", _DEBUG, _h_semihosting_config),
    OptionDef("nodefaults", None, "don't create default devices", _DEBUG,
              _h_nodefaults),
    OptionDef("snapshot-dir", "dir", "store savevm snapshots in 'dir' (pyemu has "
              "no disk images to\nhold them)", _PYEMU, _setter("snapshot_dir")),
    OptionDef("exit-on-halt", None, "exit (status 0) when the guest halts with "
              "nothing left to wake it,\ne.g. AVR 'sleep' with interrupts off; "
              "QEMU waits forever", _PYEMU, _flag("exit_on_halt")),
)

_GROUP_ORDER = (_STD, _DISP, _NET, _CHR, _BOOT, _DEBUG, _PYEMU)


def _option_index() -> dict[str, OptionDef]:
    index = {}
    for option in OPTIONS:
        for name in (option.name,) + option.aliases:
            index[name] = option
    return index


_INDEX = _option_index()


def find_option(name: str) -> Optional[OptionDef]:
    """The option spelled `name` (without dashes), or None."""
    return _INDEX.get(name)


# ---------------------------------------------------------------------------
# Entry points

def _option_name(word: str) -> str:
    name = word[1:]
    return name[1:] if name.startswith("-") else name


def _run_handler(p: _Parser, option: OptionDef, word: str, arg: Optional[str]) -> None:
    where = f"{word} {arg}" if arg is not None else word
    try:
        option.handler(p, arg)
    except OptsError as exc:
        raise UsageError(f"{where}: {exc}", hint=exc.hint) from None


def parse_command_line(argv: list[str], prog: str) -> Options:
    """Parse argv (without the program name) into Options."""
    parser = _Parser(prog)
    i = 0
    while i < len(argv):
        word = argv[i]
        i += 1
        if not word.startswith("-"):
            parser.o.drives.append(word)
            continue
        option = find_option(_option_name(word))
        if option is None:
            raise UsageError(f"{word}: invalid option")
        arg = None
        if option.takes_argument:
            if i >= len(argv):
                raise UsageError(f"{word}: requires an argument")
            arg = argv[i]
            i += 1
        _run_handler(parser, option, word, arg)
    _check_memory(parser.o)
    return parser.finish()


def version_text(prog: str) -> str:
    """What -version prints."""
    return (f"{version_banner(prog)}\n"
            "Copyright (c) 2003-2022 Fabrice Bellard and the QEMU Project "
            "developers (option syntax and behaviour)\n")


def _help_entry(option: OptionDef) -> list[str]:
    names = " or ".join(f"-{n}" for n in (option.name,) + option.aliases
                        if n != "M")
    synopsis = f"{names} {option.arg}" if option.arg else names
    lines = option.help.split("\n")
    if len(synopsis) < 16:
        first = [f"{synopsis:<16}{lines[0]}"]
        rest = lines[1:]
    else:
        first, rest = [synopsis], lines
    return first + [" " * 16 + line for line in rest]


def help_text(prog: str) -> str:
    """What -h prints: QEMU's layout, pyemu's options."""
    out = [version_banner(prog),
           f"usage: {prog} [options]", ""]
    for group in _GROUP_ORDER:
        out.append(f"{group}:")
        for option in OPTIONS:
            if option.group == group and option.show_in_help:
                out += _help_entry(option)
        out.append("")
    out += ["When using -nographic, press 'ctrl-a h' to get some help.", "",
            "-M is short for -machine.  Options may also be written with two "
            "dashes (--machine).",
            "See docs/command-line.md for what pyemu supports and how it "
            "differs from QEMU."]
    return "\n".join(out) + "\n"
