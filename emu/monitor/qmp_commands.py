"""The built-in commands (QMP names), shared by QMP and HMP.

Run control (stop, cont, system_reset, system_powerdown, quit), queries
(version, status, name, machines, cpus, target, commands, jobs) and
human-monitor-command.  Placeholders that other subsystems replace with
``register(..., replace=True)``: query-migrate, query-jobs.
"""

import os

from emu import runstate as rs
from emu.monitor.commands import (COMMANDS, Arg, CommandError, after_reply,
                                  qmp_command)

# Run states QEMU's cont refuses without a reset first (runstate_needs_reset).
NEEDS_RESET = ("shutdown", "internal-error", "guest-panicked")


def _runtime(system):
    runtime = getattr(system, "runtime", None)
    if runtime is None:
        raise CommandError("The machine is not running yet")
    return runtime


@qmp_command("qmp_capabilities", args=[Arg("enable", "array", optional=True)],
             help="leave capabilities negotiation mode")
def qmp_capabilities(system, enable=None):
    # The QMP session handles negotiation itself; reaching the table means
    # negotiation is over (or this is HMP, which has no such mode).
    raise CommandError("Capabilities negotiation is already complete, command ignored",
                       "CommandNotFound")


@qmp_command("query-version", help="the QEMU version pyemu mirrors, and pyemu's own")
def query_version(system):
    from emu.version import qmp_version_dict
    return qmp_version_dict()


@qmp_command("query-commands", help="the commands QMP accepts")
def query_commands(system):
    return [{"name": name} for name in COMMANDS.names()]


@qmp_command("query-status", help="run state of the VM")
def query_status(system):
    state = _runtime(system).state
    return {"status": state, "singlestep": False, "running": state == rs.RUNNING}


@qmp_command("query-name", help="the name given with -name")
def query_name(system):
    name = getattr(system.opts, "name", None)
    return {"name": name} if name else {}


@qmp_command("query-target", help="the guest architecture")
def query_target(system):
    return {"arch": system.arch}


@qmp_command("query-machines", help="the machine types this program offers")
def query_machines(system):
    from emu.machine import default_machine, machine_aliases, machines_for
    aliases = {full: alias for alias, full in machine_aliases(system.arch).items()}
    default = default_machine(system.arch)
    result = []
    for cls in machines_for(system.arch):
        full = cls.full_name()
        entry = {"name": full, "cpu-max": cls.max_cpus, "hotpluggable-cpus": False,
                 "numa-mem-supported": False, "deprecated": False, "acpi": False}
        if full in aliases:
            entry["alias"] = aliases[full]
        if cls is default:
            entry["is-default"] = True
        if cls.default_cpu_type:
            entry["default-cpu-type"] = str(cls.default_cpu_type)
        result.append(entry)
    return result


def _thread_id(system):
    runtime = getattr(system, "runtime", None)
    thread = getattr(runtime, "thread", None)
    tid = getattr(thread, "native_id", None)
    return tid if tid is not None else os.getpid()


@qmp_command("query-cpus-fast", help="the virtual CPUs")
def query_cpus_fast(system):
    machine = system.machine
    cpus = machine.cpus if machine is not None else []
    tid = _thread_id(system)
    return [{"cpu-index": cpu.cpu_index,
             "qom-path": "/machine/unattached/device[%d]" % cpu.cpu_index,
             "thread-id": tid,
             "props": {"core-id": cpu.cpu_index},
             "target": system.arch} for cpu in cpus]


@qmp_command("stop", help="stop all guest CPUs")
def qmp_stop(system):
    runtime = _runtime(system)
    if runtime.state == rs.RUNNING:
        runtime.stop(rs.PAUSED)
    return {}


@qmp_command("cont", help="resume the guest CPUs")
def qmp_cont(system):
    runtime = _runtime(system)
    if runtime.state in NEEDS_RESET:
        raise CommandError("Resetting the Virtual Machine is required")
    if runtime.state == rs.INMIGRATE:
        raise CommandError("Migration is not finished yet; the VM starts when it is")
    runtime.start()
    return {}


@qmp_command("system_reset", help="reset the machine")
def qmp_system_reset(system):
    _runtime(system).request_reset("host-qmp-system-reset")
    return {}


@qmp_command("system_powerdown", help="press the (ACPI) power button")
def qmp_system_powerdown(system):
    board = system.machine.board if system.machine is not None else None
    powerdown = getattr(board, "powerdown", None)
    if powerdown is None:
        raise CommandError("The machine '%s' has no power button"
                           % (system.mclass.full_name() if system.mclass else "?"))
    runtime = _runtime(system)
    runtime.emit("POWERDOWN")
    powerdown(system.machine)
    return {}


def quit_now(system, reason="host-qmp-quit"):
    """End the process at once (the `quit` command, after its reply)."""
    runtime = system.runtime
    runtime.emit("SHUTDOWN", {"guest": False, "reason": reason})
    runtime.finish(0)


@qmp_command("quit", help="quit the emulator")
def qmp_quit(system):
    _runtime(system)
    after_reply(lambda: quit_now(system))
    return {}


@qmp_command("human-monitor-command",
             args=[Arg("command-line", "str"), Arg("cpu-index", "int", optional=True)],
             help="run an HMP command line; returns its output")
def human_monitor_command(system, command_line, cpu_index=None):
    from emu.monitor.hmp import Monitor
    mon = Monitor(system)
    if cpu_index is not None:
        cpus = system.machine.cpus if system.machine is not None else []
        if not any(cpu.cpu_index == cpu_index for cpu in cpus):
            raise CommandError("Parameter 'cpu-index' expects a CPU number")
        mon.cpu_index = cpu_index
    output = mon.execute(command_line)
    for fn in mon.after_reply:
        after_reply(fn)
    return output.replace("\r\n", "\n")


@qmp_command("query-jobs", help="background jobs (snapshot-save ...)")
def query_jobs(system):
    return list(getattr(system, "jobs", []) or [])


@qmp_command("query-migrate", help="migration status (placeholder until migration lands)")
def query_migrate(system):
    return {}
