"""Loading guest images: ELF files (elf.py) and raw binaries (raw.py)."""
from emu.loader.elf import ElfImage, ElfSegment, LoadError, load_elf
from emu.loader.raw import load_raw

__all__ = ["ElfImage", "ElfSegment", "LoadError", "load_elf", "load_raw"]
