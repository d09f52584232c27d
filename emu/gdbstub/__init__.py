"""The gdb stub (QEMU's -s / -gdb / `gdbserver`): see emu/gdbstub/stub.py
for the protocol, registers.py for how targets describe their registers,
memaccess.py for debugger memory access.  Execution control lives in the
engine: breakpoints in emu.tcg.translator, single-step and watchpoints in
emu.cpu_exec, the `debug` run state in emu.runstate."""

from emu.gdbstub.registers import (GdbFeature, GdbRegister, GdbTarget, gdb_target,
                                   register_gdb_target)
from emu.gdbstub.stub import GDBServer, Watchpoint

__all__ = ["GDBServer", "Watchpoint", "GdbFeature", "GdbRegister", "GdbTarget",
           "gdb_target", "register_gdb_target", "gdb_chardev_spec",
           "gdbserver_start", "start_gdbstubs"]


def gdb_chardev_spec(device):
    """QEMU's gdbserver_start rules: a tcp: device is always a server that
    does not wait (and nodelay); other devices are taken as given."""
    if device.startswith("tcp:"):
        keys = {part.split("=")[0] for part in device.split(",")[1:]}
        for key, value in (("server", "on"), ("wait", "off"), ("nodelay", "on")):
            if key not in keys:
                device += ",%s=%s" % (key, value)
    return device


def gdbserver_start(system, device):
    """Open a gdb server on device ('none' closes the current one).
    Returns True on success."""
    from emu.chardev import ChardevError, create_chardev
    old = getattr(system, "gdbstub", None)
    if old is not None:
        old.close()
        system.gdbstub = None
    if device == "none":
        return True
    try:
        chardev = create_chardev(gdb_chardev_spec(device), system.loop, label="gdb")
    except (ChardevError, OSError, ValueError):
        return False
    system.gdbstub = GDBServer(system, chardev)
    return True


def start_gdbstubs(system):
    """The -s / -gdb options."""
    from emu.chardev import ChardevError
    for device in getattr(system.opts, "gdb", []) or []:
        if not gdbserver_start(system, device):
            raise ChardevError("Could not open gdbserver on device '%s'" % device)
