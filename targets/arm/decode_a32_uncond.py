# Generated from targets/arm/a32_uncond.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=32 --decode=decode_a32_uncond
"""Decoder for targets/arm/a32_uncond.decode.

decode_a32_uncond(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
"""


class arg_i:
    """&i: imm."""

    __slots__ = ('imm',)

    def __init__(self, imm=0):
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_cps:
    """&cps: imod m a i f mode."""

    __slots__ = ('imod', 'm', 'a', 'i', 'f', 'mode')

    def __init__(self, imod=0, m=0, a=0, i=0, f=0, mode=0):
        self.imod = imod
        self.m = m
        self.a = a
        self.i = i
        self.f = f
        self.mode = mode

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_srs:
    """&srs: p u w mode."""

    __slots__ = ('p', 'u', 'w', 'mode')

    def __init__(self, p=0, u=0, w=0, mode=0):
        self.p = p
        self.u = u
        self.w = w
        self.mode = mode

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_rfe:
    """&rfe: p u w rn."""

    __slots__ = ('p', 'u', 'w', 'rn')

    def __init__(self, p=0, u=0, w=0, rn=0):
        self.p = p
        self.u = u
        self.w = w
        self.rn = rn

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_pld:
    """&pld: u r rn."""

    __slots__ = ('u', 'r', 'rn')

    def __init__(self, u=0, r=0, rn=0):
        self.u = u
        self.r = r
        self.rn = rn

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


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


def _field_imm24h(insn):
    """%imm24h: targets/arm/a32_uncond.decode:11."""
    return ((((insn & 0xffffff) ^ 0x800000) - 0x800000) << 1
            | ((insn >> 24) & 0x1))


trans_names = (
    'CPS',
    'PLD_i',
    'PLI_i',
    'PLD_r',
    'PLI_r',
    'CLREX',
    'DSB',
    'DMB',
    'ISB',
    'SRS',
    'RFE',
    'BLX_i',
)


def decode_a32_uncond(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0xfe000000
    if op == 0xf0000000:
        # targets/arm/a32_uncond.decode:13: CPS 1111 0001 0000 imod:2 m:1 0 0000 000 a:1 i:1 f:1 0 mode:5 &cps
        if (insn & 0x01f1fe20) == 0x01000000:
            a = arg_cps(
                imod=(insn >> 18) & 0x3,
                m=(insn >> 17) & 0x1,
                a=(insn >> 8) & 0x1,
                i=(insn >> 7) & 0x1,
                f=(insn >> 6) & 0x1,
                mode=insn & 0x1f)
            if trans.trans_CPS(ctx, a):
                return True
    elif op == 0xf4000000:
        op = insn & 0x0130f000
        if op == 0x0010f000:
            # targets/arm/a32_uncond.decode:15: PLI_i 1111 0100 u:1 101 rn:4 1111 ............ &pld r=1
            if (insn & 0x00400000) == 0x00400000:
                a = arg_pld(u=(insn >> 23) & 0x1, r=1, rn=(insn >> 16) & 0xf)
                if trans.trans_PLI_i(ctx, a):
                    return True
        elif op == 0x0110f000:
            # targets/arm/a32_uncond.decode:14: PLD_i 1111 0101 u:1 r:1 01 rn:4 1111 ............ &pld
            a = arg_pld(u=(insn >> 23) & 0x1, r=(insn >> 22) & 0x1, rn=(insn >> 16) & 0xf)
            if trans.trans_PLD_i(ctx, a):
                return True
        elif op == 0x0130f000:
            op = insn & 0x00cf0ff0
            if op == 0x004f0010:
                # targets/arm/a32_uncond.decode:18: CLREX 1111 0101 0111 1111 1111 0000 0001 1111
                if (insn & 0x0000000f) == 0x0000000f:
                    a = arg_empty()
                    if trans.trans_CLREX(ctx, a):
                        return True
            elif op == 0x004f0040:
                # targets/arm/a32_uncond.decode:19: DSB 1111 0101 0111 1111 1111 0000 0100 ----
                a = arg_empty()
                if trans.trans_DSB(ctx, a):
                    return True
            elif op == 0x004f0050:
                # targets/arm/a32_uncond.decode:20: DMB 1111 0101 0111 1111 1111 0000 0101 ----
                a = arg_empty()
                if trans.trans_DMB(ctx, a):
                    return True
            elif op == 0x004f0060:
                # targets/arm/a32_uncond.decode:21: ISB 1111 0101 0111 1111 1111 0000 0110 ----
                a = arg_empty()
                if trans.trans_ISB(ctx, a):
                    return True
    elif op == 0xf6000000:
        op = insn & 0x0130f010
        if op == 0x0010f000:
            # targets/arm/a32_uncond.decode:17: PLI_r 1111 0110 u:1 101 rn:4 1111 ....... 0 .... &pld r=1
            if (insn & 0x00400000) == 0x00400000:
                a = arg_pld(u=(insn >> 23) & 0x1, r=1, rn=(insn >> 16) & 0xf)
                if trans.trans_PLI_r(ctx, a):
                    return True
        elif op == 0x0110f000:
            # targets/arm/a32_uncond.decode:16: PLD_r 1111 0111 u:1 r:1 01 rn:4 1111 ....... 0 .... &pld
            a = arg_pld(u=(insn >> 23) & 0x1, r=(insn >> 22) & 0x1, rn=(insn >> 16) & 0xf)
            if trans.trans_PLD_r(ctx, a):
                return True
    elif op == 0xf8000000:
        op = insn & 0x0050ffe0
        if op == 0x00100a00:
            # targets/arm/a32_uncond.decode:23: RFE 1111 100 p:1 u:1 0 w:1 1 rn:4 0000 1010 0000 0000 &rfe
            if (insn & 0x0000001f) == 0x00000000:
                a = arg_rfe(
                    p=(insn >> 24) & 0x1,
                    u=(insn >> 23) & 0x1,
                    w=(insn >> 21) & 0x1,
                    rn=(insn >> 16) & 0xf)
                if trans.trans_RFE(ctx, a):
                    return True
        elif op == 0x00400500:
            # targets/arm/a32_uncond.decode:22: SRS 1111 100 p:1 u:1 1 w:1 0 1101 0000 0101 000 mode:5 &srs
            if (insn & 0x000f0000) == 0x000d0000:
                a = arg_srs(
                    p=(insn >> 24) & 0x1,
                    u=(insn >> 23) & 0x1,
                    w=(insn >> 21) & 0x1,
                    mode=insn & 0x1f)
                if trans.trans_SRS(ctx, a):
                    return True
    elif op == 0xfa000000:
        # targets/arm/a32_uncond.decode:24: BLX_i 1111 101 . ........................ &i imm=%imm24h
        a = arg_i(imm=trans.ex_times_2(ctx, _field_imm24h(insn)))
        if trans.trans_BLX_i(ctx, a):
            return True
    return False
