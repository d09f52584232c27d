"""-d logging: QEMU's log items, -D file, and cheap enabled checks."""

import sys
import threading

ITEMS = {
    "out_asm": "show generated host assembly code for each compiled TB",
    "in_asm": "show target assembly code for each compiled TB",
    "op": "show micro ops for each compiled TB",
    "op_opt": "show micro ops after optimization",
    "int": "show interrupts/exceptions in short format",
    "exec": "show trace before each executed TB (lots of logs)",
    "cpu": "show CPU registers before entering a TB (lots of logs)",
    "mmu": "log MMU-related activities",
    "pcall": "x86 only: show protected mode far calls/returns/exceptions",
    "cpu_reset": "show CPU state before CPU resets",
    "unimp": "log unimplemented functionality",
    "guest_errors": "log when the guest OS does something invalid (eg accessing a\nnon-existent register)",
    "page": "dump pages at beginning of user mode emulation",
    "nochain": "do not chain compiled TBs so that \"exec\" and \"cpu\" show\ncomplete traces",
}

_enabled = set()
_file = None
_path = None
_lock = threading.Lock()


def parse_log_items(text):
    """Set of item names from '-d a,b'; ValueError for an unknown item."""
    items = set()
    for name in text.split(","):
        name = name.strip()
        if not name:
            continue
        if name == "all":
            items.update(ITEMS)
        elif name not in ITEMS:
            raise ValueError("Invalid -d option \"%s\"" % name)
        else:
            items.add(name)
    return items


def help_text():
    lines = ["Log items (comma separated):"]
    for name, text in ITEMS.items():
        lines.append("%-10s %s" % (name, text.replace("\n", "\n" + " " * 11)))
    return "\n".join(lines) + "\n"


def setup(items, path=None):
    global _path, _file
    _enabled.clear()
    _enabled.update(items or ())
    _path = path
    _file = None


def log_enabled(item):
    return item in _enabled


def qemu_log(item, text):
    global _file
    if item not in _enabled:
        return
    with _lock:
        if _file is None:
            _file = open(_path, "a") if _path else sys.stderr
        _file.write(text)
        _file.flush()
