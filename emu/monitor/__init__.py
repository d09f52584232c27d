"""The monitor: one command table (emu.monitor.commands), two front ends,
HMP (emu.monitor.hmp) and QMP (emu.monitor.qmp).

Registering a command (see docs/monitor.md for the whole story)::

    from emu.monitor import Arg, CommandError, hmp_command, hmp_info, qmp_command

    @qmp_command("snapshot-delete", args=[Arg("tag", "str")])
    def qmp_snapshot_delete(system, tag): ...

    hmp_command("delvm", args_type="name:s", params="tag",
                help="delete a VM snapshot", qmp="snapshot-delete",
                fn=None)   # or decorate fn(mon, name) to map arguments yourself

`start_monitors(system)` attaches a session to every `-mon`/`-monitor`/
`-qmp` chardev and to the `mon:` multiplexers of `-serial`/-nographic.
"""

from emu.monitor.commands import (COMMANDS, ERROR_CLASSES, Arg, Command, CommandError,
                                  CommandTable, after_reply, qmp_command)
from emu.monitor.hmp import (HMP_COMMANDS, HMP_INFO, HMPSession, Monitor, hmp_command,
                             hmp_info)
from emu.monitor.qmp import QMPSession
from emu.monitor import qmp_commands as _qmp_commands  # noqa: F401  (registers)
from emu.monitor import hmp_commands as _hmp_commands  # noqa: F401  (registers)

__all__ = ["COMMANDS", "ERROR_CLASSES", "Arg", "Command", "CommandError", "CommandTable",
           "after_reply", "qmp_command", "HMP_COMMANDS", "HMP_INFO", "HMPSession",
           "Monitor", "hmp_command", "hmp_info", "QMPSession", "start_monitors",
           "attach_monitor"]


def attach_monitor(system, chardev, mode="readline", pretty=False):
    """Put a monitor on chardev (a mux gets a new frontend for it)."""
    from emu.chardev.mux import MuxChardev
    mux = isinstance(chardev, MuxChardev)
    target = chardev
    if mux:
        target = chardev.add_frontend()
    if mode == "control":
        session = QMPSession(system, target, pretty)
    else:
        session = HMPSession(system, target, mux=mux)
    _listen(system, session)
    system.monitors.append(session)
    return session


def _listen(system, session):
    if isinstance(session, QMPSession) and system.runtime is not None:
        system.runtime.listeners.append(session.send_event)


def start_monitors(system):
    """Create the monitor sessions the command line asks for."""
    if not hasattr(system, "monitors"):
        system.monitors = []
    for entry in system.opts.mon:
        chardev = system.chardevs.get(entry["chardev"])
        if chardev is None:
            continue
        attach_monitor(system, chardev, entry.get("mode", "readline"),
                       bool(entry.get("pretty")))
    for handle in getattr(system, "mux_monitor_handles", []):
        session = HMPSession(system, handle, mux=True)
        system.monitors.append(session)
