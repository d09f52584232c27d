"""Live migration's front door: QMP/HMP commands and `-incoming`.

QMP: migrate, migrate-incoming, migrate_cancel, query-migrate,
migrate-set-capabilities, query-migrate-capabilities,
migrate-set-parameters, query-migrate-parameters; events MIGRATION and
MIGRATION_PASS (with the `events` capability).  HMP: migrate [-d] uri (a
live progress line on an interactive terminal), migrate_incoming,
migrate_cancel, migrate_set_parameter, migrate_set_capability, info
migrate, info migrate_capabilities, info migrate_parameters.

MachineVM adapts a System to the small interface migration/migration.py
expects (the big lock, run states, the vCPU thread, events).
"""

import sys

from emu import event_loop as ev
from emu import runstate as rs
from emu.tcg import exec as X
from emu.monitor import Arg, CommandError, hmp_command, hmp_info, qmp_command
from migration.errors import MigrationError
from migration.migration import CAPABILITIES, FAILED, MigrationState

HMP_PROGRESS_PERIOD_S = 0.5


class MachineVM:
    """What live migration needs from one pyemu process."""

    def __init__(self, system):
        self.system = system
        self.lock = ev.bql
        self.page_size = 4096

    @property
    def machine(self):
        return self.system.machine

    @property
    def runtime(self):
        return self.system.runtime

    @property
    def registry(self):
        return self.machine.vmstate

    @property
    def machine_type(self):
        return self.machine.type_name

    @property
    def autostart(self):
        return not self.system.opts.start_paused

    def ram_blocks(self):
        return list(self.machine.arena.blocks)

    def runstate(self):
        return self.runtime.state

    def stop(self, state):
        self.runtime.stop(state)

    def start(self):
        self.runtime.start(force=True)

    def set_runstate(self, state):
        if state == rs.RUNNING:
            self.runtime.start(force=True)
        else:
            self.runtime.stop(state)

    def run_between_slices(self, fn):
        return self.runtime.run_between_slices(fn)

    def emit(self, event, data):
        self.runtime.emit(event, data)

    def after_load(self):
        """RAM changed under the translated code: drop TBs and TLBs."""
        machine = self.machine
        machine.tbcache.flush()
        for cpu in machine.cpus:
            cpu.tlb_flush()
            cpu.state[X.ST_RESUME_TB] = -1
            cpu.state[X.ST_EXIT_REQUEST] = 1       # check interrupts first

    def watch_listener(self, listener, on_ready):
        loop = self.system.loop
        fd = listener.fileno()

        def ready():
            if on_ready():
                loop.remove_reader(fd)
        loop.add_reader(fd, ready)

    def incoming_failed(self, message, exit_process):
        prog = self.system.prog
        sys.stderr.write("%s: %s\n%s: load of migration failed: Invalid argument\n"
                         % (prog, message, prog))
        sys.stderr.flush()
        if exit_process:
            self.runtime.finish(1)


def migration_of(system):
    """The MigrationState of a System (created on first use)."""
    state = getattr(system, "migration", None)
    if state is None:
        state = MigrationState(MachineVM(system))
        system.migration = state
    return state


def _machine_ready(system):
    if system.machine is None or system.runtime is None:
        raise CommandError("No machine")


# --------------------------------------------------------------------------
# -incoming
# --------------------------------------------------------------------------

def start_incoming_from_command_line(system):
    """System.run: `-incoming URI` listens now; `defer` waits for
    migrate-incoming.  The VM stays in `inmigrate` until the stream is in."""
    from emu.vl import FatalError
    uri = system.opts.incoming
    with ev.bql:
        system.runtime.stop(rs.INMIGRATE)
        state = migration_of(system)
        state.incoming_deferred = uri == "defer"
        if uri == "defer":
            return
        try:
            state.start_incoming(uri, deferred=False)
        except MigrationError as exc:
            raise FatalError("-incoming %s: %s" % (uri, exc)) from None


# --------------------------------------------------------------------------
# QMP
# --------------------------------------------------------------------------

@qmp_command("migrate", args=[Arg("uri", "str"), Arg("blk", "bool", optional=True),
                              Arg("inc", "bool", optional=True),
                              Arg("detach", "bool", optional=True),
                              Arg("resume", "bool", optional=True)],
             help="migrate the VM to URI")
def qmp_migrate(system, uri, blk=False, inc=False, detach=False, resume=False):
    _machine_ready(system)
    if blk or inc:
        raise CommandError("Block migration is not supported by pyemu")
    if resume:
        raise CommandError("Cannot resume if there is no paused migration")
    try:
        migration_of(system).start_outgoing(uri)
    except MigrationError as exc:
        raise CommandError(str(exc)) from None
    return {}


@qmp_command("migrate-incoming", args=[Arg("uri", "str"),
                                       Arg("exit-on-error", "bool", optional=True)],
             help="start an incoming migration (needs -incoming defer)")
def qmp_migrate_incoming(system, uri, exit_on_error=None):
    """With `-incoming defer` a failed attempt leaves the destination
    waiting for another one, unless exit-on-error is true."""
    _machine_ready(system)
    state = migration_of(system)
    if not state.incoming_deferred:
        raise CommandError("'-incoming' was not specified on the command line")
    inc = state.incoming
    if inc is not None and inc.status not in (FAILED,):
        raise CommandError("The incoming migration has already been started")
    try:
        state.start_incoming(uri, deferred=not exit_on_error)
    except MigrationError as exc:
        raise CommandError(str(exc)) from None
    return {}


@qmp_command("migrate_cancel", help="cancel the current migration")
def qmp_migrate_cancel(system):
    _machine_ready(system)
    migration_of(system).cancel()
    return {}


@qmp_command("query-migrate", replace=True, help="migration status")
def qmp_query_migrate(system):
    if system.machine is None:
        return {}
    return migration_of(system).info()


@qmp_command("migrate-set-capabilities", args=[Arg("capabilities", "array")],
             help="turn migration capabilities on or off")
def qmp_migrate_set_capabilities(system, capabilities):
    caps = []
    for item in capabilities:
        if not isinstance(item, dict):
            raise CommandError("Invalid parameter type for 'capabilities', expected: object")
        if "capability" not in item:
            raise CommandError("Parameter 'capability' is missing")
        if "state" not in item:
            raise CommandError("Parameter 'state' is missing")
        extra = set(item) - {"capability", "state"}
        if extra:
            raise CommandError("Parameter '%s' is unexpected" % sorted(extra)[0])
        if not isinstance(item["capability"], str):
            raise CommandError("Invalid parameter type for 'capability', expected: string")
        if not isinstance(item["state"], bool):
            raise CommandError("Invalid parameter type for 'state', expected: boolean")
        caps.append((item["capability"], item["state"]))
    try:
        migration_of(system).set_capabilities(caps)
    except MigrationError as exc:
        raise CommandError(str(exc)) from None
    return {}


@qmp_command("query-migrate-capabilities", help="migration capabilities")
def qmp_query_migrate_capabilities(system):
    return migration_of(system).query_capabilities()


@qmp_command("migrate-set-parameters",
             args=[Arg("downtime-limit", "int", optional=True),
                   Arg("max-bandwidth", "int", optional=True)],
             help="set migration parameters")
def qmp_migrate_set_parameters(system, downtime_limit=None, max_bandwidth=None):
    try:
        migration_of(system).params.set(downtime_limit, max_bandwidth)
    except MigrationError as exc:
        raise CommandError(str(exc)) from None
    return {}


@qmp_command("query-migrate-parameters", help="migration parameters")
def qmp_query_migrate_parameters(system):
    return migration_of(system).params.as_dict()


# --------------------------------------------------------------------------
# HMP
# --------------------------------------------------------------------------

def format_info_migrate(info, params=None):
    """`info migrate` text (QEMU 7.2's layout, the fields pyemu has)."""
    if not info:
        return ""
    lines = ["Migration status: %s" % info["status"]]
    if "error-desc" in info:
        lines.append("error description: %s" % info["error-desc"])
    if "total-time" in info:
        lines.append("total time: %d ms" % info["total-time"])
    if "expected-downtime" in info:
        lines.append("expected downtime: %d ms" % info["expected-downtime"])
    if "downtime" in info:
        lines.append("downtime: %d ms" % info["downtime"])
    if "setup-time" in info:
        lines.append("setup: %d ms" % info["setup-time"])
    ram = info.get("ram")
    if ram:
        lines += [
            "transferred ram: %d kbytes" % (ram["transferred"] >> 10),
            "throughput: %0.2f mbps" % ram["mbps"],
            "remaining ram: %d kbytes" % (ram["remaining"] >> 10),
            "total ram: %d kbytes" % (ram["total"] >> 10),
            "duplicate: %d pages" % ram["duplicate"],
            "skipped: %d pages" % ram["skipped"],
            "normal: %d pages" % ram["normal"],
            "normal bytes: %d kbytes" % (ram["normal-bytes"] >> 10),
            "dirty sync count: %d" % ram["dirty-sync-count"],
            "page size: %d kbytes" % (ram["page-size"] >> 10),
            "pages-per-second: %d" % ram["pages-per-second"],
        ]
        if ram["dirty-pages-rate"]:
            lines.append("dirty pages rate: %d pages" % ram["dirty-pages-rate"])
    return "\n".join(lines)


@hmp_info("migrate", help="show migration status", replace=True)
def hmp_info_migrate(mon):
    text = format_info_migrate(mon.call("query-migrate"))
    if text:
        mon.print(text)


@hmp_info("migrate_capabilities", help="show current migration capabilities")
def hmp_info_migrate_capabilities(mon):
    for cap in mon.call("query-migrate-capabilities"):
        mon.print("%s: %s" % (cap["capability"], "on" if cap["state"] else "off"))


@hmp_info("migrate_parameters", help="show current migration parameters")
def hmp_info_migrate_parameters(mon):
    params = mon.call("query-migrate-parameters")
    mon.print("downtime-limit: %d ms" % params["downtime-limit"])
    mon.print("max-bandwidth: %d bytes/second" % params["max-bandwidth"])


def _find_session(mon):
    for session in getattr(mon.system, "monitors", []):
        if getattr(session, "mon", None) is mon:
            return session
    return None


def _is_terminal(chardev):
    """stdio on a terminal, or a pty (a terminal program sits on the other end)."""
    seen = 0
    while chardev is not None and seen < 4:
        if getattr(chardev, "_term", None) is not None:
            return True
        if getattr(chardev, "backend_name", "") == "pty":
            return True
        chardev = getattr(chardev, "mux", None) or getattr(chardev, "backend", None)
        seen += 1
    return False


def progress_line(info):
    """One line for a terminal: status, percentage, throughput."""
    ram = info.get("ram") or {}
    total = ram.get("total") or 0
    remaining = ram.get("remaining", total)
    done = 100.0 * (total - remaining) / total if total else 0.0
    return ("migrate: %s, %5.1f%% of %d MiB sent, %0.1f mbps, pass %d"
            % (info.get("status", "?"), done, total >> 20, ram.get("mbps", 0.0),
               ram.get("dirty-sync-count", 0)))


@hmp_command("migrate", args_type="detach:-d,blk:-b,inc:-i,resume:-r,uri:s",
             params="[-d] [-b] [-i] [-r] uri",
             help="migrate to URI (using -d to not wait for completion)")
def hmp_migrate(mon, uri, detach=False, blk=False, inc=False, resume=False):
    mon.call("migrate", uri=uri, blk=blk or None, inc=inc or None,
             resume=resume or None)
    session = _find_session(mon)
    if detach or session is None:
        return
    # Like QEMU: the monitor is suspended until the end (what is typed
    # meanwhile waits in the chardev); on a terminal a progress line is
    # redrawn.  The prompt comes back when it is over.
    from emu.monitor.hmp import MAX_LINE
    system = mon.system
    chardev = session.chardev
    interactive = _is_terminal(chardev)
    state = migration_of(system)
    chardev.set_frontend(lambda: 0, session.receive)

    def poll():
        info = state.info()
        if state.active:
            if interactive:
                session.out("\r" + progress_line(info) + "\x1b[K")
            system.loop.call_later(HMP_PROGRESS_PERIOD_S, poll)
            return
        if interactive:
            session.out("\r" + progress_line(info) + "\x1b[K\n")
        if info.get("status") == FAILED:
            session.out("Error: %s\n" % info.get("error-desc", "migration failed"))
        session.out("(qemu) ")
        chardev.set_frontend(lambda: MAX_LINE, session.receive)
    mon.after_reply.append(lambda: system.loop.call_later(0.05, poll))


@hmp_command("migrate_incoming", args_type="uri:s", params="uri",
             help="Continue an incoming migration from an -incoming defer")
def hmp_migrate_incoming(mon, uri):
    mon.call("migrate-incoming", uri=uri)


hmp_command("migrate_cancel", qmp="migrate_cancel",
            help="cancel the current VM migration")


def _parse_hmp_size_mib(text):
    """QEMU's qemu_strtosz_MiB: a size whose default unit is MiB."""
    units = {"b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
    text = text.strip().lower()
    unit = 1 << 20
    if text and text[-1] in units:
        unit = units[text[-1]]
        text = text[:-1]
    try:
        value = float(text)
    except ValueError:
        raise CommandError("Parameter 'max-bandwidth' expects a size") from None
    if value < 0:
        raise CommandError("Parameter 'max-bandwidth' expects a size")
    return int(value * unit)


@hmp_command("migrate_set_parameter", args_type="parameter:s,value:s",
             params="parameter value", help="Set the parameter for migration")
def hmp_migrate_set_parameter(mon, parameter, value):
    if parameter == "max-bandwidth":
        mon.call("migrate-set-parameters", max_bandwidth=_parse_hmp_size_mib(value))
    elif parameter == "downtime-limit":
        try:
            number = int(value, 0)
        except ValueError:
            raise CommandError("Parameter 'downtime-limit' expects an integer") from None
        mon.call("migrate-set-parameters", downtime_limit=number)
    else:
        raise CommandError("Invalid parameter '%s'" % parameter)


@hmp_command("migrate_set_capability", args_type="capability:s,state:b",
             params="capability state", help="Enable/Disable the usage of a capability for migration")
def hmp_migrate_set_capability(mon, capability, state):
    from emu.monitor import COMMANDS
    if capability not in CAPABILITIES:
        raise CommandError("Invalid parameter '%s'" % capability)
    COMMANDS.call(mon.system, "migrate-set-capabilities",
                  {"capabilities": [{"capability": capability, "state": state}]})


__all__ = ["MachineVM", "migration_of", "start_incoming_from_command_line",
           "format_info_migrate", "progress_line"]
