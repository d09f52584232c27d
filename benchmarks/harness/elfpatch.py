"""Patch the bench guest's ``iterations`` variable in a copy of its ELF.

The variable is a 4-byte global in .data (``volatile unsigned int
iterations``); its initial value lives in the file, so the copy runs the
kernels N times on pyemu and QEMU alike.
"""

import shutil

from elftools.elf.elffile import ELFFile

SYMBOL = "iterations"


class PatchError(Exception):
    pass


def _file_offset(elf, vaddr, size):
    for section in elf.iter_sections():
        start = section["sh_addr"]
        if section["sh_type"] == "SHT_NOBITS" or not start:
            continue
        if start <= vaddr and vaddr + size <= start + section["sh_size"]:
            return section["sh_offset"] + (vaddr - start)
    raise PatchError("symbol %r at 0x%x is not in a section with file contents" % (SYMBOL, vaddr))


def iterations_location(path):
    """(file offset, size, little_endian) of the ``iterations`` symbol."""
    with open(path, "rb") as f:
        elf = ELFFile(f)
        symtab = elf.get_section_by_name(".symtab")
        if symtab is None:
            raise PatchError("%s has no symbol table" % path)
        syms = symtab.get_symbol_by_name(SYMBOL)
        if not syms:
            raise PatchError("%s has no symbol %r" % (path, SYMBOL))
        sym = syms[0]
        size = sym["st_size"] or 4
        if size != 4:
            raise PatchError("%s: %r is %d bytes, expected 4" % (path, SYMBOL, size))
        return _file_offset(elf, sym["st_value"], size), size, elf.little_endian


def read_iterations(path):
    offset, size, little = iterations_location(path)
    with open(path, "rb") as f:
        f.seek(offset)
        return int.from_bytes(f.read(size), "little" if little else "big")


def patched_copy(src, dst, iterations):
    """Copy src to dst with ``iterations`` set; returns dst."""
    if not 0 < iterations < 1 << 32:
        raise PatchError("iterations must be in 1 .. 2**32-1, not %d" % iterations)
    offset, size, little = iterations_location(src)
    shutil.copyfile(src, dst)
    with open(dst, "r+b") as f:
        f.seek(offset)
        f.write(iterations.to_bytes(size, "little" if little else "big"))
    return dst
