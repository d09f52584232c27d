"""`-d` log items and the `-D` log file (QEMU's qemu_log).

The set of enabled items is a module-level frozenset; `log_enabled(item)` is
a cheap membership test meant for hot paths (`if log_enabled("in_asm"):`).
Output goes to stderr unless `-D FILE` named a file, which is opened on the
first write.  Writes are serialised by a lock so lines from the vCPU thread
and the main loop never interleave.
"""
import sys
import threading
from typing import Optional, TextIO

# (name, help) in QEMU's order; the help texts are QEMU's, wrapped as it
# prints them.  Items pyemu does not produce are accepted and ignored, so
# command lines written for QEMU still work.
LOG_ITEMS: tuple[tuple[str, str], ...] = (
    ("out_asm", "show generated host assembly code for each compiled TB"),
    ("in_asm", "show target assembly code for each compiled TB"),
    ("op", "show micro ops for each compiled TB"),
    ("op_opt", "show micro ops after optimization"),
    ("op_ind", "show micro ops before indirect lowering"),
    ("int", "show interrupts/exceptions in short format"),
    ("exec", "show trace before each executed TB (lots of logs)"),
    ("cpu", "show CPU registers before entering a TB (lots of logs)"),
    ("fpu", "include FPU registers in the 'cpu' logging"),
    ("mmu", "log MMU-related activities"),
    ("pcall", "x86 only: show protected mode far calls/returns/exceptions"),
    ("cpu_reset", "show CPU state before CPU resets"),
    ("unimp", "log unimplemented functionality"),
    ("guest_errors", "log when the guest OS does something invalid (eg "
                     "accessing a\nnon-existent register)"),
    ("page", "dump pages at beginning of user mode emulation"),
    ("nochain", "do not chain compiled TBs so that \"exec\" and \"cpu\" show\n"
                "complete traces"),
    ("plugin", "output from TCG plugins"),
)
LOG_ITEM_NAMES = frozenset(name for name, _ in LOG_ITEMS)


class LogItemError(ValueError):
    """An unknown -d item; str() is the one-line message."""


def log_help_text() -> str:
    """What `-d help` prints (QEMU's layout)."""
    lines = ["Log items (comma separated):"]
    lines += [f"{name:<15} {text}" for name, text in LOG_ITEMS]
    lines.append("")
    lines.append(f"{'trace:PATTERN':<15} enable trace events")
    lines.append("")
    lines.append('Use "-d trace:help" to get a list of trace events.')
    return "\n".join(lines) + "\n"


def parse_log_items(text: str) -> set[str]:
    """`-d` argument -> set of item names ('all' selects every item).

    `trace:PATTERN` elements are kept verbatim (pyemu has no trace events
    yet, so they select nothing).  Raises LogItemError for an unknown item
    or an empty list.
    """
    items: set[str] = set()
    for element in text.split(","):
        element = element.strip()
        if element == "all":
            items |= LOG_ITEM_NAMES
        elif element in LOG_ITEM_NAMES or element.startswith("trace:"):
            items.add(element)
        else:
            raise LogItemError(f"unknown log item '{element}'")
    return items


_lock = threading.Lock()
_enabled: frozenset = frozenset()
_filename: Optional[str] = None
_file: Optional[TextIO] = None


def set_log_items(items) -> None:
    global _enabled
    _enabled = frozenset(items)


def enabled_items() -> frozenset:
    return _enabled


def log_enabled(item: str) -> bool:
    """True if `-d` enabled item (cheap enough for hot paths)."""
    return item in _enabled


def set_log_file(path: Optional[str]) -> None:
    """`-D path`: log there (opened lazily); None goes back to stderr."""
    global _filename, _file
    with _lock:
        if _file is not None:
            _file.close()
        _filename, _file = path, None


def _stream() -> TextIO:
    global _file
    if _filename is None:
        return sys.stderr
    if _file is None:
        _file = open(_filename, "a", encoding="utf-8", errors="replace")
    return _file


def qemu_log(item: str, text: str) -> None:
    """Write text (verbatim, add your own newline) if item is enabled."""
    if item not in _enabled:
        return
    with _lock:
        stream = _stream()
        stream.write(text)
        stream.flush()


def qemu_log_mask(item: str, text: str) -> None:
    """Alias named after QEMU's qemu_log_mask(LOG_..., fmt)."""
    qemu_log(item, text)


def close_log() -> None:
    set_log_file(None)
