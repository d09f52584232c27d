# Generated from targets/arm/t16.decode by emu/decodetree.py; do not edit.
"""Decoder for targets/arm/t16.decode.

decode_t16(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
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
    'UDF_t16',
)


def decode_t16(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    # targets/arm/t16.decode:1: UDF_t16 1101 1110 ........
    if (insn & 0xff00) == 0xde00:
        a = arg_empty()
        if trans.trans_UDF_t16(ctx, a):
            return True
    return False
