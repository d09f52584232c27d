"""The program behind every ``pyemu-system-<arch>``: QEMU's vl.c in short.

Parse the command line, build the machine the board describes, connect
chardevs, the monitor and QMP, then run: the main thread runs the event
loop, a vCPU thread runs the guest.  Every user error ends here as one line
``<prog>: <message>`` and exit status 1, never a traceback.
"""

import os
import sys

from emu import log
from emu.cli.options import HelpRequested, UsageError, parse_command_line
from emu.cpu import cpu_type_names
from emu.machine import (MachineError, MachineState, default_machine, find_machine,
                         machine_help_text)
from emu.qom.device import device_help_text, device_list_text
from emu.qom.object import QOMError, object_class_by_name
from emu.tcg.tbcache import TBCache


class FatalError(Exception):
    """A user-facing error: printed as '<prog>: <message>', exit 1."""


def main(arch, argv=None):
    """Entry point; returns the process exit status."""
    argv = sys.argv[1:] if argv is None else argv
    prog = "pyemu-system-%s" % arch
    try:
        return _main(arch, prog, argv)
    except UsageError as exc:
        sys.stderr.write(exc.full_text(prog))
        return 1
    except (FatalError, MachineError, QOMError) as exc:
        sys.stderr.write("%s: %s\n" % (prog, exc))
        return 1
    except KeyboardInterrupt:
        return 1
    except BrokenPipeError:
        return 1
    except Exception as exc:        # a bug in pyemu: say so on one line
        if os.environ.get("PYEMU_DEBUG"):
            raise
        sys.stderr.write("%s: internal error: %s: %s (set PYEMU_DEBUG=1 for a traceback)\n"
                         % (prog, type(exc).__name__, exc))
        return 1


def _main(arch, prog, argv):
    try:
        opts = parse_command_line(argv, prog)
    except HelpRequested as req:
        sys.stdout.write(req.text if req.text.endswith("\n") else req.text + "\n")
        return req.status
    for warning in opts.warnings:
        sys.stderr.write("%s: warning: %s\n" % (prog, warning))
    if any(kind == "machine" for kind, _arg in opts.help_requests):
        sys.stdout.write(machine_help_text(arch) + "\n")
        return 0
    log.set_log_items(opts.log_items)
    log.set_log_file(opts.log_file)
    mclass = _select_machine(arch, opts)
    if mclass is None:
        return 0
    for kind, arg in opts.help_requests:
        if kind == "cpu":
            sys.stdout.write(_cpu_help(mclass))
            return 0
        if kind == "device":
            sys.stdout.write((device_help_text(arg) if arg else device_list_text()) + "\n")
            return 0
    for dev in opts.devices:
        driver = dev.get("driver")
        if driver in ("help", "?"):
            sys.stdout.write(device_list_text() + "\n")
            return 0
        if "help" in dev or "?" in dev:
            sys.stdout.write(device_help_text(driver) + "\n")
            return 0
    from emu.system import System
    system = System(arch, prog, opts, mclass)
    return system.run()


def _cpu_help(mclass):
    """`-cpu help`: the CPU models of the board's target."""
    lines = []
    for name in cpu_type_names(getattr(mclass, "cpu_target", None)):
        cls = object_class_by_name(name)
        model = getattr(cls, "model_name", None) or name
        lines.append(model if isinstance(model, str) else model())
    return "".join("%s\n" % m for m in sorted(set(lines)))


def _select_machine(arch, opts):
    name = opts.machine.get("type") if opts.machine else None
    if name in ("help", "?"):
        sys.stdout.write(machine_help_text(arch) + "\n")
        return None
    if name is None:
        mclass = default_machine(arch)
        if mclass is None:
            raise FatalError("No machine specified, and there is no default\n"
                             "Use -machine help to list supported machines")
        return mclass
    mclass = find_machine(name, arch)
    if mclass is None:
        raise FatalError("-M %s: unsupported machine type\n"
                         "Use -machine help to list supported machines" % name)
    return mclass


__all__ = ["main", "FatalError", "MachineState", "TBCache"]
