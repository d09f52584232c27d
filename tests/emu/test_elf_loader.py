"""ELF loading: well-formed images of every class/endianness and each kind
of malformed file, built byte by byte here."""
import struct

import pytest

from emu.loader import LoadError, load_elf, load_raw

EM_RISCV, EM_ARM = 243, 40


def build_elf(bits=64, endian="<", machine=EM_RISCV, entry=0x80000000,
              segments=((0x80000000, b"\x13\x00\x00\x00" * 4, 0x40),),
              symbols=(("_start", 0x80000000, 16), ("tohost", 0x80001000, 8)),
              phnum=None, phoff=None):
    """An ELF executable: PT_LOAD segments (paddr, data, memsz) and a symtab."""
    ehsize, phentsize, shentsize = (52, 32, 40) if bits == 32 else (64, 56, 64)
    phoff = ehsize if phoff is None else phoff
    blob = bytearray(ehsize + phentsize * len(segments))
    data_offsets = []
    for _, data, _ in segments:
        data_offsets.append(len(blob))
        blob += data
    phdrs = b""
    for (paddr, data, memsz), offset in zip(segments, data_offsets):
        if bits == 32:
            phdrs += struct.pack(endian + "8I", 1, offset, paddr, paddr,
                                 len(data), memsz, 5, 4)
        else:
            phdrs += struct.pack(endian + "IIQQQQQQ", 1, 5, offset, paddr,
                                 paddr, len(data), memsz, 4)
    blob[ehsize:ehsize + len(phdrs)] = phdrs
    # string tables and the symbol table
    strtab = b"\0" + b"".join(name.encode() + b"\0" for name, _, _ in symbols)
    shstrtab = b"\0.symtab\0.strtab\0.shstrtab\0"
    syms = b"\0" * (16 if bits == 32 else 24)
    name_off = 1
    for name, value, size in symbols:
        if bits == 32:
            syms += struct.pack(endian + "IIIBBH", name_off, value, size, 0x10, 0, 1)
        else:
            syms += struct.pack(endian + "IBBHQQ", name_off, 0x10, 0, 1, value, size)
        name_off += len(name) + 1
    symtab_off = len(blob); blob += syms
    strtab_off = len(blob); blob += strtab
    shstr_off = len(blob); blob += shstrtab
    shoff = len(blob)
    entsize = 16 if bits == 32 else 24

    def shdr(name, kind, offset, size, link=0, info=0, ent=0):
        if bits == 32:
            return struct.pack(endian + "10I", name, kind, 0, 0, offset, size,
                               link, info, 1, ent)
        return struct.pack(endian + "IIQQQQIIQQ", name, kind, 0, 0, offset,
                           size, link, info, 1, ent)
    blob += shdr(0, 0, 0, 0)
    blob += shdr(1, 2, symtab_off, len(syms), 2, 1, entsize)
    blob += shdr(9, 3, strtab_off, len(strtab))
    blob += shdr(17, 3, shstr_off, len(shstrtab))
    ident = b"\x7fELF" + bytes([1 if bits == 32 else 2, 1 if endian == "<" else 2,
                                1, 0]) + b"\0" * 8
    phnum = len(segments) if phnum is None else phnum
    if bits == 32:
        header = struct.pack(endian + "HHIIIIIHHHHHH", 2, machine, 1, entry,
                             phoff, shoff, 0, ehsize, phentsize, phnum,
                             shentsize, 4, 3)
    else:
        header = struct.pack(endian + "HHIQQQIHHHHHH", 2, machine, 1, entry,
                             phoff, shoff, 0, ehsize, phentsize, phnum,
                             shentsize, 4, 3)
    blob[0:ehsize] = ident + header
    return bytes(blob)


def write(tmp_path, blob, name="guest.elf"):
    path = tmp_path / name
    path.write_bytes(blob)
    return str(path)


@pytest.mark.parametrize("bits", [32, 64])
@pytest.mark.parametrize("endian", ["<", ">"])
def test_loads_every_class_and_endianness(tmp_path, bits, endian):
    code = bytes(range(16))
    path = write(tmp_path, build_elf(bits, endian, entry=0x80000010,
                                     segments=((0x80000000, code, 0x100),)))
    image = load_elf(path, (EM_RISCV,), "RISC-V")
    assert image.elf_class == bits
    assert image.endianness == ("little" if endian == "<" else "big")
    assert image.entry == 0x80000010
    assert image.machine == EM_RISCV
    [seg] = image.segments
    assert (seg.paddr, seg.vaddr, seg.data, seg.memsz) == (0x80000000, 0x80000000, code, 0x100)
    assert image.symbols["tohost"] == (0x80001000, 8)
    assert image.symbol("_start") == 0x80000000
    assert image.symbol("missing") is None


def test_several_segments_and_ranges(tmp_path):
    path = write(tmp_path, build_elf(segments=((0x80000000, b"a" * 8, 8),
                                               (0x80001000, b"b" * 4, 0x20))))
    image = load_elf(path)
    assert [s.paddr for s in image.segments] == [0x80000000, 0x80001000]
    assert image.highest_address() == 0x80001020
    image.check_ranges(lambda addr, size: addr >= 0x80000000)
    with pytest.raises(LoadError, match=r"segment 1 \[0x80001000-0x8000101f\] is not in RAM or ROM"):
        image.check_ranges(lambda addr, size: addr + size <= 0x80001000)


def test_not_an_elf_file(tmp_path):
    path = write(tmp_path, b"MZ\x90\x00" + b"\0" * 100)
    with pytest.raises(LoadError, match=r"guest.elf: not an ELF file$"):
        load_elf(path)


def test_truncated_header(tmp_path):
    path = write(tmp_path, build_elf()[:40])
    with pytest.raises(LoadError, match=r"truncated ELF header \(40 of 64 bytes\)"):
        load_elf(path)


def test_wrong_machine_names_both(tmp_path):
    path = write(tmp_path, build_elf(32, machine=EM_ARM))
    with pytest.raises(LoadError) as info:
        load_elf(path, (EM_RISCV,), "RISC-V")
    assert str(info.value) == f"{path}: is for machine ARM, this is a RISC-V emulator"


def test_program_headers_past_end_of_file(tmp_path):
    path = write(tmp_path, build_elf(phoff=1 << 20))
    with pytest.raises(LoadError, match="bad program headers"):
        load_elf(path)


def test_segment_data_past_end_of_file(tmp_path):
    blob = build_elf(segments=((0x80000000, b"x" * 64, 64),))
    # shift p_offset of the only segment far away
    blob = bytearray(blob)
    struct.pack_into("<Q", blob, 64 + 8, 0x10000)
    path = write(tmp_path, bytes(blob))
    with pytest.raises(LoadError, match="segment 0 data past end of file"):
        load_elf(path)


def test_no_load_segments(tmp_path):
    path = write(tmp_path, build_elf(segments=()))
    with pytest.raises(LoadError, match="no program headers"):
        load_elf(path)
    blob = bytearray(build_elf())
    struct.pack_into("<I", blob, 64, 4)          # PT_LOAD -> PT_NOTE
    path = write(tmp_path, bytes(blob), "note.elf")
    with pytest.raises(LoadError, match="no PT_LOAD segments"):
        load_elf(path)


def test_overlapping_segments(tmp_path):
    path = write(tmp_path, build_elf(segments=((0x80000000, b"a" * 16, 0x100),
                                               (0x80000080, b"b" * 16, 0x10))))
    with pytest.raises(LoadError, match="segments 0 and 1 overlap at 0x80000080"):
        load_elf(path)


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="could not read: No such file"):
        load_elf(str(tmp_path / "nope.elf"))


def test_raw_loader(tmp_path):
    path = write(tmp_path, b"\x01\x02\x03", "fw.bin")
    assert load_raw(path) == b"\x01\x02\x03"
    with pytest.raises(LoadError, match="image is too large \\(3 bytes, at most 2 fit\\)"):
        load_raw(path, max_size=2)
    with pytest.raises(LoadError, match="is empty"):
        load_raw(write(tmp_path, b"", "empty.bin"))
    with pytest.raises(LoadError, match="could not read"):
        load_raw(str(tmp_path / "missing.bin"))
