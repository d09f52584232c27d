"""A small device-tree builder for the boards (riscv, arm), on top of pylibfdt.

Boards describe the tree as :class:`FdtNode` objects (properties and
children in the order ``dtc -O dts`` shows QEMU's blob) and turn it into a
flattened blob with :func:`build_blob`.  :func:`dump_dtb_and_exit` is
``-M <board>,dumpdtb=FILE`` (it raises emu.system.BoardExit(0)).
"""

import os
import struct
import sys

import libfdt

QEMU_FDT_SIZE = 0x100000          # QEMU's create_device_tree() buffer (1 MiB)


def cells(*values):
    """A property of 32-bit big-endian cells."""
    return b"".join(struct.pack(">I", v & 0xFFFFFFFF) for v in values)


def string(text):
    return text.encode() + b"\0"


def strings(*texts):
    """A string list ("a\\0b\\0")."""
    return b"".join(string(t) for t in texts)


def addr_cells(value):
    """A 64-bit address or size as two cells (for #address-cells = 2)."""
    return (value >> 32) & 0xFFFFFFFF, value & 0xFFFFFFFF


class FdtNode:
    """One node: ordered properties (name -> bytes) and ordered children."""

    def __init__(self, name):
        self.name = name
        self.props = []
        self.children = []

    def prop(self, name, value=b""):
        """Add (or replace) a property; value is bytes, an int (one cell) or a str."""
        if isinstance(value, int):
            value = cells(value)
        elif isinstance(value, str):
            value = string(value)
        for i, (old, _v) in enumerate(self.props):
            if old == name:
                self.props[i] = (name, value)
                return self
        self.props.append((name, value))
        return self

    def child(self, name):
        """The child called name, created at the end if missing."""
        for node in self.children:
            if node.name == name:
                return node
        node = FdtNode(name)
        self.children.append(node)
        return node

    def find(self, path):
        """The node at an absolute path like "/soc/serial@10000000", or None."""
        node = self
        for part in [p for p in path.split("/") if p]:
            node = next((c for c in node.children if c.name == part), None)
            if node is None:
                return None
        return node

    def get(self, name):
        return next((v for n, v in self.props if n == name), None)


def build_blob(root):
    """The flattened (packed) blob of a node tree."""
    sw = libfdt.FdtSw()
    sw.finish_reservemap()
    _emit(sw, root, "")
    return bytes(sw.as_fdt().as_bytearray())


def _emit(sw, node, name):
    with sw.add_node(name):
        for prop_name, value in node.props:
            sw.property(prop_name, value)
        for child in node.children:
            _emit(sw, child, child.name)


def set_chosen(blob, props):
    """A copy of blob with /chosen properties set (for -dtb FILE)."""
    fdt = libfdt.Fdt(bytearray(blob))
    fdt.resize(len(blob) + 4096 + sum(len(v) + 64 for _n, v in props))
    node = fdt.path_offset("/chosen", libfdt.QUIET_NOTFOUND)
    if node < 0:
        node = fdt.add_subnode(0, "chosen")
    for name, value in props:
        fdt.setprop(node, name, value)
    fdt.pack()
    return bytes(fdt.as_bytearray())


def padded(blob, size=QEMU_FDT_SIZE):
    """The blob followed by zeros up to size: what QEMU copies and dumps."""
    return blob + bytes(max(0, size - len(blob)))


def dump_dtb_and_exit(blob, path):
    """``-M ...,dumpdtb=FILE``: write the blob as QEMU does (its 1 MiB buffer),
    say so on stderr and end the run with status 0 (emu.system.BoardExit)."""
    from emu.machine import MachineError
    from emu.system import BoardExit
    try:
        with open(path, "wb") as fh:
            fh.write(padded(blob))
    except OSError as exc:
        raise MachineError("Failed to write dtb to %s: %s" % (path, exc.strerror)) from None
    sys.stderr.write("%s: info: dtb dumped to %s. Exiting.\n" % (_prog(), path))
    sys.stderr.flush()
    raise BoardExit(0)


def _prog():
    return os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "pyemu"
