# Generated from targets/arm/t32.decode by emu/decodetree.py; do not edit.
"""Decoder for targets/arm/t32.decode.

decode_t32(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
"""


class arg_empty:
    """patterns without fields: no fields."""

    __slots__ = ()

    def __init__(self):
        pass

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


trans_names = (
    'UDF_t32',
)


def decode_t32(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    # targets/arm/t32.decode:1: UDF_t32 1111 0111 1111 ---- 1010 ---- ---- ----
    if (insn & 0xfff0f000) == 0xf7f0a000:
        a = arg_empty()
        if trans.trans_UDF_t32(ctx, a):
            return True
    return False
