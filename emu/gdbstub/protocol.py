"""The gdb remote serial protocol's framing: ``$data#cs`` packets, acks,
the 0x03 interrupt byte, ``}``-escaping of binary data, hex helpers."""

ESCAPE = 0x7D
INTERRUPT = 0x03


def checksum(data: bytes) -> int:
    return sum(data) & 0xFF


def escape_binary(data: bytes) -> bytes:
    """Escape $ # } * in data sent in a packet (qXfer replies)."""
    out = bytearray()
    for byte in data:
        if byte in (0x23, 0x24, 0x7D, 0x2A):
            out += bytes([ESCAPE, byte ^ 0x20])
        else:
            out.append(byte)
    return bytes(out)


def unescape_binary(data: bytes) -> bytes:
    """Undo }-escaping (X packets)."""
    out = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == ESCAPE and i + 1 < len(data):
            out.append(data[i + 1] ^ 0x20)
            i += 2
        else:
            out.append(byte)
            i += 1
    return bytes(out)


def frame(data: bytes) -> bytes:
    return b"$" + data + b"#" + b"%02x" % checksum(data)


class PacketReader:
    """Splits the input stream into ('packet', bytes), ('bad', None) for a
    checksum mismatch, ('interrupt', None) and ('ack'/'nack', None)."""

    MAX_PACKET = 1 << 20

    def __init__(self):
        self.buf = bytearray()
        self.state = "idle"        # idle | data | cs1 | cs2
        self.cs = b""

    def feed(self, data: bytes) -> list:
        out = []
        for byte in data:
            if self.state == "idle":
                if byte == 0x24:            # $
                    self.state = "data"
                    self.buf = bytearray()
                elif byte == INTERRUPT:
                    out.append(("interrupt", None))
                elif byte == 0x2B:          # +
                    out.append(("ack", None))
                elif byte == 0x2D:          # -
                    out.append(("nack", None))
            elif self.state == "data":
                if byte == 0x23:            # #
                    self.state = "cs1"
                    self.cs = b""
                elif len(self.buf) < self.MAX_PACKET:
                    self.buf.append(byte)
                else:
                    self.state = "idle"
                    out.append(("bad", None))
            else:
                self.cs += bytes([byte])
                if len(self.cs) == 2:
                    self.state = "idle"
                    try:
                        ok = int(self.cs, 16) == checksum(self.buf)
                    except ValueError:
                        ok = False
                    out.append(("packet", bytes(self.buf)) if ok else ("bad", None))
        return out


def hex_to_int(text: str) -> int:
    return int(text, 16)
