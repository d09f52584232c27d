"""The built-in HMP commands and `info` subcommands (QEMU's help texts and
output layouts).  Run-control commands call the shared command table;
x/xp/print/info registers are HMP-only, as in QEMU."""

from emu.monitor.commands import CommandError
from emu.monitor.hmp import HMP_COMMANDS, HMP_INFO, hmp_command, hmp_info


# -- help ----------------------------------------------------------------------
def _help_line(prefix, command, table):
    names = "|".join([command.name] + table.names_with_aliases(command.name))
    return "%s%s %s -- %s" % (prefix, names, command.params, command.help)


@hmp_command("help", args_type="name:S?", params="[cmd]",
             help="show the help", aliases=("?",))
def hmp_help(mon, name=None):
    if name:
        words = name.split()
        if words[0] == "info" and len(words) > 1:
            command = HMP_INFO.find(words[1])
            if command is not None:
                mon.print(_help_line("info ", command, HMP_INFO))
                return
        else:
            command = HMP_COMMANDS.find(words[0])
            if command is not None:
                mon.print(_help_line("", command, HMP_COMMANDS))
                if command.name == "info":
                    _help_info(mon)
                return
        mon.print("unknown command: '%s'" % name)
        return
    for cmd_name in sorted(HMP_COMMANDS.commands):
        mon.print(_help_line("", HMP_COMMANDS.commands[cmd_name], HMP_COMMANDS))


def _help_info(mon):
    for sub in sorted(HMP_INFO.commands):
        mon.print(_help_line("info ", HMP_INFO.commands[sub], HMP_INFO))


@hmp_command("info", args_type="item:s?", params="[subcommand]",
             help="show various information about the system state")
def hmp_info_list(mon, item=None):
    _help_info(mon)


# -- run control ---------------------------------------------------------------
hmp_command("stop", qmp="stop", help="stop emulation")
hmp_command("cont", qmp="cont", help="resume emulation", aliases=("c",))
hmp_command("system_reset", qmp="system_reset", help="reset the system")
hmp_command("system_powerdown", qmp="system_powerdown",
            help="send system power down event")
hmp_command("quit", qmp="quit", help="quit the emulator", aliases=("q",))


@hmp_command("cpu", args_type="index:i", params="index", help="set the default CPU")
def hmp_cpu(mon, index):
    cpus = mon.system.machine.cpus if mon.system.machine else []
    if not any(cpu.cpu_index == index for cpu in cpus):
        raise CommandError("invalid CPU index")
    mon.cpu_index = index


# -- logging -------------------------------------------------------------------
@hmp_command("log", args_type="items:s", params="item1[,...]",
             help="activate logging of the specified items")
def hmp_log(mon, items):
    from emu import log
    if items == "none":
        log.set_log_items(set())
        return
    try:
        selected = log.parse_log_items(items)
    except log.LogItemError:
        mon.print(_help_line("", HMP_COMMANDS.find("log"), HMP_COMMANDS))
        mon.write(log.log_help_text())
        return
    log.set_log_items(selected)


@hmp_command("logfile", args_type="filename:F", params="filename",
             help="output logs to 'filename'")
def hmp_logfile(mon, filename):
    from emu import log
    log.set_log_file(filename)


@hmp_command("gdbserver", args_type="device:s?", params="[device]",
             help="start gdbserver on given device (default 'tcp::1234'), stop with 'none'")
def hmp_gdbserver(mon, device=None):
    from emu.gdbstub import gdbserver_start
    device = device or "tcp::1234"
    if device == "none":
        gdbserver_start(mon.system, "none")
        mon.print("Disabled gdbserver")
    elif gdbserver_start(mon.system, device):
        mon.print("Waiting for gdb connection on device '%s'" % device)
    else:
        mon.print("Could not open gdbserver on device '%s'" % device)


# -- memory and expressions ----------------------------------------------------
def _printc(value):
    c = value & 0xFF
    table = {ord("\\"): "\\\\", ord("'"): "\\'", ord("\n"): "\\n", ord("\r"): "\\r"}
    if c in table:
        return "'%s'" % table[c]
    if 0x20 <= c < 0x7F:
        return "'%s'" % chr(c)
    return "'\\x%02x'" % c


def _format_word(value, fmt, size):
    bits = size * 8
    if fmt == "x":
        return "0x%0*x" % (bits // 4, value)
    if fmt == "o":
        return ("0%o" % value if value else "0").rjust(-(-bits // 3))      # C's %#*o
    if fmt == "u":
        return "%*d" % (-(-bits * 10 // 33), value)
    if fmt == "d":
        if value >> (bits - 1):
            value -= 1 << bits
        return "%*d" % (-(-bits * 10 // 33), value)
    return _printc(value)


def memory_dump(mon, count, fmt, size, addr, physical):
    """QEMU's memory_dump: one line per 16 bytes (8 for bytes)."""
    from emu.gdbstub.memaccess import read_memory
    cpu = mon.cpu
    if cpu is None:
        raise CommandError("No CPU available")
    if fmt == "i":
        _disassemble(mon, cpu, addr, count, physical)
        return
    if fmt == "s":
        _dump_strings(mon, cpu, addr, count, physical)
        return
    if fmt == "c":
        size = 1
    line_size = 8 if size == 1 else 16
    length = size * count
    addr_fmt = "%016x" if physical or getattr(cpu, "xlen", 64) == 64 else "%08x"
    order = "big" if getattr(cpu, "big_endian", False) else "little"
    addr &= (1 << 64) - 1
    while length > 0:
        n = min(length, line_size)
        data = read_memory(cpu, addr, n, physical)
        if data is None:
            mon.print(addr_fmt % addr + ": Cannot access memory")
            return
        words = [_format_word(int.from_bytes(data[i:i + size], order), fmt, size)
                 for i in range(0, n, size)]
        mon.print(addr_fmt % addr + ": " + " ".join(words))
        addr += n
        length -= n


def _disassemble(mon, cpu, addr, count, physical):
    from emu.gdbstub.memaccess import read_memory
    addr_fmt = "0x%016x" if getattr(cpu, "xlen", 64) == 64 else "0x%08x"
    for _ in range(count):
        data = read_memory(cpu, addr, 16, physical)
        if data is None:
            mon.print((addr_fmt % addr) + ":  Cannot access memory")
            return
        lines = cpu.disas(data, addr)
        if not lines:
            mon.print((addr_fmt % addr) + ":  (bad)")
            return
        pc, size, text = lines[0]
        raw = int.from_bytes(data[:size], "big" if cpu.big_endian else "little")
        mon.print("%s:  %-8s          %s" % (addr_fmt % pc, "%0*x" % (2 * size, raw), text))
        addr += size


def _dump_strings(mon, cpu, addr, count, physical):
    from emu.gdbstub.memaccess import read_memory
    addr_fmt = "%016x" if physical or getattr(cpu, "xlen", 64) == 64 else "%08x"
    for _ in range(count):
        text = bytearray()
        while len(text) < 4096:
            byte = read_memory(cpu, addr + len(text), 1, physical)
            if byte is None:
                mon.print(addr_fmt % addr + ": Cannot access memory")
                return
            if byte == b"\0":
                break
            text += byte
        shown = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C)
                        else "\\%s" % chr(b) if b in (0x22, 0x5C)
                        else "\\x%02x" % b for b in text)
        mon.print(addr_fmt % addr + ': "%s"' % shown)
        addr += len(text) + 1


@hmp_command("x", args_type="fmt:/,addr:l", params="/fmt addr",
             help="virtual memory dump starting at 'addr'")
def hmp_x(mon, count, format, size, addr):
    memory_dump(mon, count, format, size, addr, physical=False)


@hmp_command("xp", args_type="fmt:/,addr:l", params="/fmt addr",
             help="physical memory dump starting at 'addr'")
def hmp_xp(mon, count, format, size, addr):
    memory_dump(mon, count, format, size, addr, physical=True)


@hmp_command("print", args_type="fmt:/,val:l", params="/fmt expr",
             help="print expression value (use $reg for CPU register access)",
             aliases=("p",))
def hmp_print(mon, count, format, size, val):
    val &= (1 << 64) - 1
    if format == "o":
        text = "0%o" % val if val else "0"
    elif format == "x":
        text = "%#x" % val if val else "0"
    elif format == "u":
        text = "%d" % val
    elif format == "c":
        text = _printc(val)
    else:
        text = "%d" % (val - (1 << 64) if val >> 63 else val)
    mon.print(text)


# -- info ----------------------------------------------------------------------
def _format_status(result):
    status = result["status"]
    text = "VM status: " + ("running" if result["running"] else "paused")
    if not result["running"] and status != "paused":
        text += " (%s)" % status
    return text


hmp_info("status", qmp="query-status", format=_format_status,
         help="show the current VM status (running|paused)")


def _format_version(result):
    q = result["qemu"]
    return "%d.%d.%d (%s)" % (q["major"], q["minor"], q["micro"], result["package"])


hmp_info("version", qmp="query-version", format=_format_version,
         help="show the version of QEMU")
hmp_info("name", qmp="query-name", format=lambda r: r.get("name", ""),
         help="show the current VM name")


@hmp_info("registers", args_type="cpustate_all:-a", params="[-a]",
          help="show the cpu registers (-a: all CPUs)")
def hmp_info_registers(mon, cpustate_all=False):
    cpus = mon.system.machine.cpus if mon.system.machine else []
    if not cpus:
        raise CommandError("No CPU available")
    chosen = cpus if cpustate_all else [mon.cpu]
    for cpu in chosen:
        if cpustate_all:
            mon.print("\nCPU#%d" % cpu.cpu_index)
        mon.write(cpu.dump_state())


@hmp_info("cpus", help="show infos for each CPU")
def hmp_info_cpus(mon):
    for entry in mon.call("query-cpus-fast"):
        active = "*" if entry["cpu-index"] == mon.cpu_index else " "
        mon.print("%s CPU #%d: thread_id=%d" % (active, entry["cpu-index"], entry["thread-id"]))


@hmp_info("mtree", help="show memory tree")
def hmp_info_mtree(mon):
    from emu.memory import mtree_text
    mon.write(mtree_text(mon.system.machine.address_space))


@hmp_info("qtree", help="show device tree")
def hmp_info_qtree(mon):
    machine = mon.system.machine
    mon.print("bus: main-system-bus")
    mon.print("  type System")
    for dev in machine.devices:
        mon.print('  dev: %s, id "%s"' % (dev.typename, dev.id or ""))
        for prop in getattr(type(dev), "properties", ()) or ():
            try:
                value = dev.get_prop(prop.name)
            except Exception:
                continue
            if hasattr(value, "label"):
                value = '"%s"' % value.label
            elif isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, int):
                value = "%d (0x%x)" % (value, value)
            elif value is None:
                value = '""'
            else:
                value = '"%s"' % value
            mon.print("    %s = %s" % (prop.name, value))


@hmp_info("snapshots", help="show the currently saved VM snapshots")
def hmp_info_snapshots(mon):
    # Placeholder: the snapshot subsystem registers its own with replace=True.
    mon.print("There is no snapshot available.")


def _format_migrate(result):
    if not result:
        return ""
    lines = []
    if "status" in result:
        lines.append("Migration status: %s" % result["status"])
    for key in ("total-time", "expected-downtime", "downtime", "setup-time"):
        if key in result:
            lines.append("%s: %s ms" % (key.replace("-", " "), result[key]))
    return "\n".join(lines)


hmp_info("migrate", qmp="query-migrate", format=_format_migrate,
         help="show migration status")
hmp_info("commands", fn=lambda mon: [mon.print(n["name"]) for n in mon.call("query-commands")],
         help="list the QMP commands")
