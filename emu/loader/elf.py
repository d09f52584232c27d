"""ELF images for -kernel / -bios: read with pyelftools, checked thoroughly.

    load_elf(path, expected_machines=(EM_RISCV,), arch_name="RISC-V") -> ElfImage

The image keeps what a board needs: entry point, class (32/64), endianness,
e_machine, the PT_LOAD segments (physical and virtual address, file bytes,
memory size) and the symbol table (the monitor, the gdb stub and the spike
board's HTIF `tohost` use it).  Whether the segments land in RAM or ROM is
for the board to say: `image.check_ranges(is_loadable)`.

Every problem raises LoadError with one line naming the file and the reason.
"""
import io
import os
from dataclasses import dataclass, field
from typing import Callable, Optional

from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

ELF_MAGIC = b"\x7fELF"
PT_LOAD = 1

# e_machine numbers and the names used in messages.
MACHINE_NAMES = {
    2: "SPARC", 3: "Intel 80386", 8: "MIPS", 18: "SPARC32PLUS", 40: "ARM",
    43: "SPARC v9", 62: "x86-64", 83: "Atmel AVR", 183: "AArch64",
    243: "RISC-V", 0x9026: "Alpha",
}
EM_SPARC, EM_386, EM_MIPS, EM_ARM = 2, 3, 8, 40
EM_SPARC32PLUS, EM_X86_64, EM_AVR, EM_RISCV, EM_ALPHA = 18, 62, 83, 243, 0x9026


class LoadError(Exception):
    """An image that cannot be loaded; str() is one line naming the file."""


@dataclass
class ElfSegment:
    """One PT_LOAD segment."""
    paddr: int
    vaddr: int
    data: bytes          # p_filesz bytes from the file
    memsz: int           # bytes in memory (the rest of memsz is zeroed)
    flags: int = 0       # PF_X=1, PF_W=2, PF_R=4

    @property
    def filesz(self) -> int:
        return len(self.data)


@dataclass
class ElfImage:
    path: str
    entry: int
    elf_class: int       # 32 or 64
    endianness: str      # 'little' or 'big'
    machine: int         # e_machine
    flags: int           # e_flags
    segments: list = field(default_factory=list)
    symbols: dict = field(default_factory=dict)   # name -> (value, size)

    @property
    def little_endian(self) -> bool:
        return self.endianness == "little"

    def symbol(self, name: str) -> Optional[int]:
        """A symbol's value, or None."""
        entry = self.symbols.get(name)
        return entry[0] if entry else None

    def lowest_address(self) -> int:
        return min(seg.paddr for seg in self.segments)

    def highest_address(self) -> int:
        """One past the last byte any segment occupies."""
        return max(seg.paddr + seg.memsz for seg in self.segments)

    def check_ranges(self, is_loadable: Callable[[int, int], bool]) -> None:
        """Raise LoadError unless is_loadable(paddr, memsz) for each segment."""
        for index, seg in enumerate(self.segments):
            if seg.memsz and not is_loadable(seg.paddr, seg.memsz):
                end = seg.paddr + seg.memsz - 1
                raise LoadError(f"{self.path}: segment {index} "
                                f"[{seg.paddr:#x}-{end:#x}] is not in RAM or ROM")


def _fail(path: str, reason: str) -> LoadError:
    return LoadError(f"{path}: {reason}")


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise _fail(path, f"could not read: {exc.strerror}") from None


def _check_header(path: str, blob: bytes) -> None:
    if blob[:4] != ELF_MAGIC:
        raise _fail(path, "not an ELF file")
    if len(blob) < 6 or blob[4] not in (1, 2) or blob[5] not in (1, 2):
        raise _fail(path, "truncated or bad ELF identification")
    header_size = 52 if blob[4] == 1 else 64
    if len(blob) < header_size:
        raise _fail(path, f"truncated ELF header ({len(blob)} of "
                          f"{header_size} bytes)")


def _machine_name(number: int) -> str:
    return MACHINE_NAMES.get(number, f"e_machine {number}")


def _segments(path: str, elf: ELFFile, size: int) -> list:
    header = elf.header
    if header.e_phnum == 0:
        raise _fail(path, "no program headers")
    end = header.e_phoff + header.e_phnum * header.e_phentsize
    if header.e_phentsize < (32 if elf.elfclass == 32 else 56) or end > size:
        raise _fail(path, "bad program headers (past the end of the file)")
    segments = []
    for index, phdr in enumerate(elf.iter_segments()):
        if phdr["p_type"] != "PT_LOAD":
            continue
        offset, filesz, memsz = phdr["p_offset"], phdr["p_filesz"], phdr["p_memsz"]
        if offset + filesz > size:
            raise _fail(path, f"segment {index} data past end of file "
                              f"(offset {offset:#x} + {filesz:#x} > {size:#x})")
        if filesz > memsz:
            raise _fail(path, f"segment {index} has p_filesz {filesz:#x} > "
                              f"p_memsz {memsz:#x}")
        segments.append(ElfSegment(phdr["p_paddr"], phdr["p_vaddr"],
                                   phdr.data() if filesz else b"", memsz,
                                   phdr["p_flags"]))
    if not segments:
        raise _fail(path, "no PT_LOAD segments")
    return segments


def _check_overlaps(path: str, segments: list) -> None:
    spans = sorted((seg.paddr, seg.paddr + seg.memsz, i)
                   for i, seg in enumerate(segments) if seg.memsz)
    for (start_a, end_a, a), (start_b, _, b) in zip(spans, spans[1:]):
        if start_b < end_a:
            first, second = sorted((a, b))
            raise _fail(path, f"segments {first} and {second} overlap at "
                              f"{start_b:#x}")


def _symbols(elf: ELFFile) -> dict:
    table = {}
    for section in elf.iter_sections():
        if not isinstance(section, SymbolTableSection):
            continue
        for sym in section.iter_symbols():
            # ARM/AArch64 mapping symbols ($a, $t, $d, $x...) mark code and
            # data ranges; they are not names (QEMU's lookup never shows them)
            if sym.name and not sym.name.startswith("$") and \
                    sym["st_info"]["type"] not in ("STT_SECTION", "STT_FILE"):
                table.setdefault(sym.name, (sym["st_value"], sym["st_size"]))
    return table


def load_elf(path: str, expected_machines=(), arch_name: str = "",
             elf_class: Optional[int] = None) -> ElfImage:
    """Read and check an ELF executable.

    expected_machines: the e_machine values this emulator runs (empty: any);
    arch_name names it in the error ("this is a RISC-V emulator");
    elf_class: 32 or 64 to insist on one class.
    """
    blob = _read_file(path)
    _check_header(path, blob)
    try:
        elf = ELFFile(io.BytesIO(blob))
        header = elf.header
    except (ELFError, ValueError, KeyError) as exc:
        raise _fail(path, f"malformed ELF file ({exc})") from None
    number = _raw_machine(blob, elf.little_endian)
    if expected_machines and number not in expected_machines:
        what = f"a {arch_name} emulator" if arch_name else "another machine"
        raise _fail(path, f"is for machine {_machine_name(number)}, this is {what}")
    if elf_class is not None and elf.elfclass != elf_class:
        raise _fail(path, f"is a {elf.elfclass}-bit ELF file, expected {elf_class}-bit")
    try:
        segments = _segments(path, elf, len(blob))
        symbols = _symbols(elf)
    except LoadError:
        raise
    except (ELFError, ValueError, KeyError, OSError) as exc:
        raise _fail(path, f"malformed ELF file ({exc})") from None
    _check_overlaps(path, segments)
    return ElfImage(path=path, entry=header.e_entry, elf_class=elf.elfclass,
                    endianness="little" if elf.little_endian else "big",
                    machine=number, flags=header.e_flags,
                    segments=segments, symbols=symbols)


def _raw_machine(blob: bytes, little: bool) -> int:
    """e_machine straight from the header (pyelftools names known values)."""
    return int.from_bytes(blob[18:20], "little" if little else "big")


def describe(image: ElfImage) -> str:
    """A one-line summary for logs: class, endianness, machine, entry."""
    return (f"{os.path.basename(image.path)}: ELF{image.elf_class} "
            f"{image.endianness}-endian {_machine_name(image.machine)}, "
            f"entry {image.entry:#x}, {len(image.segments)} segment(s)")
