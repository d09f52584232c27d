"""Register descriptions for gdb (and the monitor's ``$reg`` expressions).

A target describes its registers as gdb sees them: features (the XML
documents of gdb's target description), each a list of
:class:`GdbRegister` with a gdb register number and accessors.  The gdb
stub builds ``target.xml`` and the ``g``/``p`` packets from it; HMP uses
:meth:`GdbTarget.lookup` for ``print $a0``.

Targets register a factory (``register_gdb_target(target_name, fn)``,
fn(cpu) -> GdbTarget).  A target that has not registered yet is looked up
in its own package: ``targets/<name>/gdb.py`` next to the CPU class is
imported on first use (the module registers itself).
"""

import importlib
from dataclasses import dataclass, field
from typing import Callable, Optional
from xml.sax.saxutils import escape


@dataclass
class GdbRegister:
    name: str
    bitsize: int
    regnum: int
    get: Callable          # get(cpu) -> unsigned int
    set: Optional[Callable] = None   # set(cpu, unsigned int)
    type: str = "int"
    group: str = ""
    aliases: tuple = ()


def slot_accessors(name, index=None):
    """(get, set) for a GdbRegister that is register-table entry ``name``
    (element ``index`` of an array), read and written as is."""
    def get(cpu):
        return cpu.get(name, index)

    def set_(cpu, value):
        cpu.set(name, value, index)
    return get, set_


@dataclass
class GdbFeature:
    name: str              # org.gnu.gdb.riscv.cpu
    filename: str          # riscv-64bit-cpu.xml
    registers: list = field(default_factory=list)

    def xml(self) -> str:
        lines = ['<?xml version="1.0"?>',
                 '<!DOCTYPE feature SYSTEM "gdb-target.dtd">',
                 '<feature name="%s">' % escape(self.name)]
        for reg in self.registers:
            attrs = 'name="%s" bitsize="%d" regnum="%d" type="%s"' % (
                escape(reg.name), reg.bitsize, reg.regnum, escape(reg.type))
            if reg.group:
                attrs += ' group="%s"' % escape(reg.group)
            lines.append("  <reg %s/>" % attrs)
        lines.append("</feature>")
        return "\n".join(lines) + "\n"


class GdbTarget:
    """All registers of one CPU, in gdb's numbering."""

    def __init__(self, arch: str, features: list, little_endian: bool = True,
                 g_count: Optional[int] = None):
        self.arch = arch
        self.features = features
        self.little_endian = little_endian
        self.by_num = {}
        self.by_name = {}
        for feature in features:
            for reg in feature.registers:
                self.by_num[reg.regnum] = reg
                self.by_name[reg.name] = reg
                for alias in reg.aliases:
                    self.by_name.setdefault(alias, reg)
        # registers sent in 'g': 0 .. g_count-1 (the core set)
        self.g_count = g_count if g_count is not None else len(features[0].registers)

    def lookup(self, name: str) -> Optional[GdbRegister]:
        return self.by_name.get(name)

    def xml_files(self) -> dict:
        """annex name -> XML text (target.xml and one file per feature)."""
        files = {f.filename: f.xml() for f in self.features}
        lines = ['<?xml version="1.0"?>',
                 '<!DOCTYPE target SYSTEM "gdb-target.dtd">',
                 "<target>",
                 "  <architecture>%s</architecture>" % escape(self.arch)]
        for feature in self.features:
            lines.append('  <xi:include href="%s"/>' % escape(feature.filename))
        lines.append("</target>")
        files["target.xml"] = "\n".join(lines) + "\n"
        return files

    # -- encoding ------------------------------------------------------------
    def encode(self, reg: GdbRegister, value: int) -> str:
        nbytes = reg.bitsize // 8
        value &= (1 << reg.bitsize) - 1
        return value.to_bytes(nbytes, "little" if self.little_endian else "big").hex()

    def decode(self, reg: GdbRegister, hexdigits: str) -> int:
        data = bytes.fromhex(hexdigits)
        return int.from_bytes(data, "little" if self.little_endian else "big")

    def read(self, cpu, regnum: int) -> Optional[str]:
        reg = self.by_num.get(regnum)
        if reg is None:
            return None
        return self.encode(reg, reg.get(cpu))

    def write(self, cpu, regnum: int, hexdigits: str) -> bool:
        reg = self.by_num.get(regnum)
        if reg is None or len(hexdigits) != reg.bitsize // 4:
            return False
        if reg.set is not None:
            reg.set(cpu, self.decode(reg, hexdigits))
        return True

    def core_registers(self) -> list:
        return [self.by_num[n] for n in range(self.g_count) if n in self.by_num]


_FACTORIES: dict = {}
_CACHE: dict = {}


def register_gdb_target(target_name: str, factory: Callable) -> None:
    """factory(cpu) -> GdbTarget, for CPUs whose target_name is this."""
    _FACTORIES[target_name] = factory


def gdb_target(cpu) -> Optional[GdbTarget]:
    """The gdb register description of cpu (cached per CPU class)."""
    cls = type(cpu)
    if cls in _CACHE:
        return _CACHE[cls]
    name = getattr(cpu, "target_name", None)
    if name not in _FACTORIES:
        package = cls.__module__.rpartition(".")[0]
        if package:
            try:
                importlib.import_module(package + ".gdb")
            except ImportError:
                pass
    factory = _FACTORIES.get(name)
    target = factory(cpu) if factory is not None else None
    _CACHE[cls] = target
    return target
