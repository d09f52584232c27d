"""QemuOpts / keyval-style parsing of `key=val,key2=val2` option arguments.

Rules mirrored from QEMU:
- `,,` stands for a literal comma inside a value (or key);
- the first element may omit its key when the option has an implied one
  (`-M virt,dumpdtb=f` -> {'type': 'virt', 'dumpdtb': 'f'});
- in QemuOpts mode a bare `flag` means `flag=on` (QEMU warns it is
  deprecated); in keyval mode it is an error
  ("Expected '=' after parameter 'flag'");
- `help` or `?` as a value or a bare element asks for help;
- booleans are on/off (also yes/no, true/false, y/n);
- sizes take an optional suffix B, k/K, M, G, T, P, E (binary multiples).

Errors raise OptsError whose str is QEMU's message; `hint` holds the extra
lines QEMU prints after it, if any.
"""
import re
from typing import Optional


class OptsError(ValueError):
    """A malformed option argument; str() is QEMU's one-line message."""

    def __init__(self, message: str, hint: Optional[str] = None):
        super().__init__(message)
        self.hint = hint


SIZE_HINT = ("Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, "
             "tera-, peta-\nand exabytes, respectively.")

_SIZE_SUFFIXES = {"B": 0, "K": 10, "M": 20, "G": 30, "T": 40, "P": 50, "E": 60}
_SIZE_RE = re.compile(r"^\s*(0[xX][0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?)\s*([A-Za-z]?)$")

_TRUE = ("on", "yes", "true", "y")
_FALSE = ("off", "no", "false", "n")


def is_help(value: Optional[str]) -> bool:
    """True for `help` and `?`, QEMU's two spellings of a help request."""
    return value in ("help", "?")


def split_elements(text: str) -> list[str]:
    """Split at single commas; `,,` becomes a literal comma."""
    elements, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == ",":
            if text.startswith(",,", i):
                current.append(",")
                i += 2
                continue
            elements.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    elements.append("".join(current))
    return elements


def escape(value: str) -> str:
    """The inverse of split_elements for one value: double every comma."""
    return value.replace(",", ",,")


def _split_pair(element: str) -> tuple[str, Optional[str]]:
    key, sep, value = element.partition("=")
    return (key, value) if sep else (element, None)


def parse_opts_list(text: str, implied_key: Optional[str] = None,
                    keyval: bool = False) -> list[tuple[str, str]]:
    """Parse `[implied=]val,key=val,...` into (key, value) pairs in order,
    repeated keys kept (`-semihosting-config arg=a,arg=b`).

    A bare `help`/`?` element becomes ('help', 'on'); a bare `flag` becomes
    ('flag', 'on') and `noflag` ('flag', 'off') unless keyval is set.
    """
    if text == "":
        return []
    pairs: list[tuple[str, str]] = []
    for index, element in enumerate(split_elements(text)):
        key, value = _split_pair(element)
        if value is not None:
            if key == "":
                raise OptsError("Invalid parameter ''")
            pairs.append((key, value))
        elif is_help(key):
            pairs.append(("help", "on"))
        elif index == 0 and implied_key is not None:
            pairs.append((implied_key, key))
        elif keyval:
            raise OptsError(f"Expected '=' after parameter '{key}'")
        elif key.startswith("no") and len(key) > 2:
            pairs.append((key[2:], "off"))
        else:
            pairs.append((key, "on"))
    return pairs


def parse_opts(text: str, implied_key: Optional[str] = None,
               keyval: bool = False) -> dict[str, str]:
    """Like parse_opts_list but as an ordered dict (the last value wins)."""
    return dict(parse_opts_list(text, implied_key, keyval))


def wants_help(opts: dict[str, str], implied_key: Optional[str] = None) -> bool:
    """True when the parsed opts ask for help (`help`, `?`, `type=help`)."""
    if "help" in opts:
        return True
    return implied_key is not None and is_help(opts.get(implied_key))


def check_keys(opts: dict[str, str], allowed) -> None:
    """Raise "Invalid parameter 'k'" for the first key not in allowed."""
    for key in opts:
        if key not in allowed:
            raise OptsError(f"Invalid parameter '{key}'")


def parse_bool(name: str, value: str) -> bool:
    """on/off (and yes/no, true/false, y/n) -> bool."""
    low = value.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise OptsError(f"Parameter '{name}' expects 'on' or 'off'")


def parse_choice(name: str, value: str, choices) -> str:
    """value if it is one of choices, else QEMU's enum error."""
    if value not in choices:
        raise OptsError(f"Parameter '{name}' does not accept value '{value}'")
    return value


def parse_uint(name: str, value: str, what: str = "a number") -> int:
    """A non-negative integer (decimal or 0x hex).

    `what` is the noun in "Parameter 'x' expects <what>": QemuOpts says
    "a number", keyval-based options (-smp) say "integer".
    """
    text = value.strip()
    try:
        number = int(text, 16) if text.lower().startswith("0x") else int(text, 10)
    except ValueError:
        raise OptsError(f"Parameter '{name}' expects {what}") from None
    if number < 0:
        raise OptsError(f"Parameter '{name}' expects {what}")
    return number


def parse_size(value: str, default_suffix: str = "B", name: str = "size") -> int:
    """A byte count with an optional binary suffix.

    default_suffix applies to plain numbers: 'M' for -m (`-m 128` is 128 MiB).
    Fractions are allowed with decimal numbers (`1.5G`).
    """
    match = _SIZE_RE.match(value)
    error = OptsError(f"Parameter '{name}' expects a non-negative number "
                      "below 2^64", SIZE_HINT)
    if not match:
        raise error
    number, suffix = match.groups()
    suffix = (suffix or default_suffix).upper()
    if suffix not in _SIZE_SUFFIXES:
        raise error
    if number.lower().startswith("0x"):
        mantissa = int(number, 16)
    elif "." in number:
        mantissa = float(number)
    else:
        mantissa = int(number)
    result = int(mantissa * (1 << _SIZE_SUFFIXES[suffix]))
    if result >= 1 << 64:
        raise error
    return result


def format_size(size: int) -> str:
    """A short human form of a byte count: 128 MiB, 1 GiB, 4096 B."""
    for suffix, shift in (("EiB", 60), ("PiB", 50), ("TiB", 40),
                          ("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if size >= 1 << shift and size % (1 << shift) == 0:
            return f"{size >> shift} {suffix}"
    return f"{size} B"
