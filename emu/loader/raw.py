"""Raw binary images (-bios firmware.bin, -kernel Image): the file's bytes,
size-checked against the room the board has for them."""
import os
from typing import Optional

from emu.loader.elf import LoadError


def load_raw(path: str, max_size: Optional[int] = None, what: str = "image") -> bytes:
    """The whole file; LoadError if it is missing, empty or larger than max_size."""
    try:
        size = os.path.getsize(path)
        if max_size is not None and size > max_size:
            raise LoadError(f"{path}: {what} is too large ({size} bytes, at "
                            f"most {max_size} fit)")
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory") from None
    except OSError as exc:
        raise LoadError(f"{path}: could not read {what}: {exc.strerror}") from None
    if not data:
        raise LoadError(f"{path}: {what} is empty")
    return data
