"""The program behind every ``pyemu-system-<arch>``: QEMU's vl.c in short.

Parse the command line, build the machine the board describes, connect
chardevs, the monitor and QMP, then run: the main thread runs the event
loop, a vCPU thread runs the guest.  Every user error ends here as one line
``<prog>: <message>`` and exit status 1, never a traceback.
"""

import os
import sys

from emu import log
from emu.cli.options import HelpRequested, UsageError, help_text, parse_command_line, version_text
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
    except (UsageError, FatalError, MachineError, QOMError) as exc:
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
        return 0
    if opts.show_help:
        sys.stdout.write(help_text(prog))
        return 0
    if opts.show_version:
        sys.stdout.write(version_text(prog))
        return 0
    log.setup(opts.log_items, opts.log_file)
    mclass = _select_machine(arch, opts)
    if mclass is None:
        return 0
    if opts.cpu in ("help", "?"):
        for name in cpu_type_names(getattr(mclass, "cpu_target", None)):
            sys.stdout.write("%s\n" % object_class_by_name(name).model_name())
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
