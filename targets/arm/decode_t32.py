# Generated from targets/arm/t32.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=32 --decode=decode_t32
"""Decoder for targets/arm/t32.decode.

decode_t32(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
"""


class arg_s_rrr_shi:
    """&s_rrr_shi: s rd rn rm shim shty."""

    __slots__ = ('s', 'rd', 'rn', 'rm', 'shim', 'shty')

    def __init__(self, s=0, rd=0, rn=0, rm=0, shim=0, shty=0):
        self.s = s
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.shim = shim
        self.shty = shty

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_s_rrr_shr:
    """&s_rrr_shr: s rd rn rm rs shty."""

    __slots__ = ('s', 'rd', 'rn', 'rm', 'rs', 'shty')

    def __init__(self, s=0, rd=0, rn=0, rm=0, rs=0, shty=0):
        self.s = s
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.rs = rs
        self.shty = shty

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_s_rri_t32:
    """&s_rri_t32: s rd rn imm."""

    __slots__ = ('s', 'rd', 'rn', 'imm')

    def __init__(self, s=0, rd=0, rn=0, imm=0):
        self.s = s
        self.rd = rd
        self.rn = rn
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_s_rrrr:
    """&s_rrrr: s rd rn rm ra."""

    __slots__ = ('s', 'rd', 'rn', 'rm', 'ra')

    def __init__(self, s=0, rd=0, rn=0, rm=0, ra=0):
        self.s = s
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.ra = ra

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_rrrr:
    """&rrrr: rd rn rm ra."""

    __slots__ = ('rd', 'rn', 'rm', 'ra')

    def __init__(self, rd=0, rn=0, rm=0, ra=0):
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.ra = ra

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_rrrr_r:
    """&rrrr_r: rd rn rm ra r."""

    __slots__ = ('rd', 'rn', 'rm', 'ra', 'r')

    def __init__(self, rd=0, rn=0, rm=0, ra=0, r=0):
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.ra = ra
        self.r = r

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_rrr:
    """&rrr: rd rn rm."""

    __slots__ = ('rd', 'rn', 'rm')

    def __init__(self, rd=0, rn=0, rm=0):
        self.rd = rd
        self.rn = rn
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_rr:
    """&rr: rd rm."""

    __slots__ = ('rd', 'rm')

    def __init__(self, rd=0, rm=0):
        self.rd = rd
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ri:
    """&ri: rd imm."""

    __slots__ = ('rd', 'imm')

    def __init__(self, rd=0, imm=0):
        self.rd = rd
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_r:
    """&r: rm."""

    __slots__ = ('rm',)

    def __init__(self, rm=0):
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


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


class arg_ci:
    """&ci: cond imm."""

    __slots__ = ('cond', 'imm')

    def __init__(self, cond=0, imm=0):
        self.cond = cond
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_msr_reg:
    """&msr_reg: rn r mask."""

    __slots__ = ('rn', 'r', 'mask')

    def __init__(self, rn=0, r=0, mask=0):
        self.rn = rn
        self.r = r
        self.mask = mask

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_mrs_reg:
    """&mrs_reg: rd r."""

    __slots__ = ('rd', 'r')

    def __init__(self, rd=0, r=0):
        self.rd = rd
        self.r = r

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldst_rr:
    """&ldst_rr: p w u rn rt rm shimm shtype."""

    __slots__ = ('p', 'w', 'u', 'rn', 'rt', 'rm', 'shimm', 'shtype')

    def __init__(self, p=0, w=0, u=0, rn=0, rt=0, rm=0, shimm=0, shtype=0):
        self.p = p
        self.w = w
        self.u = u
        self.rn = rn
        self.rt = rt
        self.rm = rm
        self.shimm = shimm
        self.shtype = shtype

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldst_ri:
    """&ldst_ri: p w u rn rt imm."""

    __slots__ = ('p', 'w', 'u', 'rn', 'rt', 'imm')

    def __init__(self, p=0, w=0, u=0, rn=0, rt=0, imm=0):
        self.p = p
        self.w = w
        self.u = u
        self.rn = rn
        self.rt = rt
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldst_block:
    """&ldst_block: rn i b u w list."""

    __slots__ = ('rn', 'i', 'b', 'u', 'w', 'list')

    def __init__(self, rn=0, i=0, b=0, u=0, w=0, list=0):
        self.rn = rn
        self.i = i
        self.b = b
        self.u = u
        self.w = w
        self.list = list

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_strex:
    """&strex: rn rd rt rt2 imm."""

    __slots__ = ('rn', 'rd', 'rt', 'rt2', 'imm')

    def __init__(self, rn=0, rd=0, rt=0, rt2=0, imm=0):
        self.rn = rn
        self.rd = rd
        self.rt = rt
        self.rt2 = rt2
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldrex:
    """&ldrex: rn rt rt2 imm."""

    __slots__ = ('rn', 'rt', 'rt2', 'imm')

    def __init__(self, rn=0, rt=0, rt2=0, imm=0):
        self.rn = rn
        self.rt = rt
        self.rt2 = rt2
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldrd:
    """&ldrd: p w u rn rt rt2 imm."""

    __slots__ = ('p', 'w', 'u', 'rn', 'rt', 'rt2', 'imm')

    def __init__(self, p=0, w=0, u=0, rn=0, rt=0, rt2=0, imm=0):
        self.p = p
        self.w = w
        self.u = u
        self.rn = rn
        self.rt = rt
        self.rt2 = rt2
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_bfx:
    """&bfx: rd rn lsb widthm1."""

    __slots__ = ('rd', 'rn', 'lsb', 'widthm1')

    def __init__(self, rd=0, rn=0, lsb=0, widthm1=0):
        self.rd = rd
        self.rn = rn
        self.lsb = lsb
        self.widthm1 = widthm1

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_bfi:
    """&bfi: rd rn lsb msb."""

    __slots__ = ('rd', 'rn', 'lsb', 'msb')

    def __init__(self, rd=0, rn=0, lsb=0, msb=0):
        self.rd = rd
        self.rn = rn
        self.lsb = lsb
        self.msb = msb

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_sat:
    """&sat: rd rn satimm imm sh."""

    __slots__ = ('rd', 'rn', 'satimm', 'imm', 'sh')

    def __init__(self, rd=0, rn=0, satimm=0, imm=0, sh=0):
        self.rd = rd
        self.rn = rn
        self.satimm = satimm
        self.imm = imm
        self.sh = sh

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_rrr_rot:
    """&rrr_rot: rd rn rm rot."""

    __slots__ = ('rd', 'rn', 'rm', 'rot')

    def __init__(self, rd=0, rn=0, rm=0, rot=0):
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.rot = rot

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_mcr:
    """&mcr: cp opc1 crn crm opc2 rt."""

    __slots__ = ('cp', 'opc1', 'crn', 'crm', 'opc2', 'rt')

    def __init__(self, cp=0, opc1=0, crn=0, crm=0, opc2=0, rt=0):
        self.cp = cp
        self.opc1 = opc1
        self.crn = crn
        self.crm = crm
        self.opc2 = opc2
        self.rt = rt

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_mcrr:
    """&mcrr: cp opc1 crm rt rt2."""

    __slots__ = ('cp', 'opc1', 'crm', 'rt', 'rt2')

    def __init__(self, cp=0, opc1=0, crm=0, rt=0, rt2=0):
        self.cp = cp
        self.opc1 = opc1
        self.crm = crm
        self.rt = rt
        self.rt2 = rt2

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_hint:
    """&hint: op."""

    __slots__ = ('op',)

    def __init__(self, op=0):
        self.op = op

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


class arg_tbranch:
    """&tbranch: rn rm half."""

    __slots__ = ('rn', 'rm', 'half')

    def __init__(self, rn=0, rm=0, half=0):
        self.rn = rn
        self.rm = rm
        self.half = half

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


class arg_branch:
    """&branch: s j1 j2 hi lo."""

    __slots__ = ('s', 'j1', 'j2', 'hi', 'lo')

    def __init__(self, s=0, j1=0, j2=0, hi=0, lo=0):
        self.s = s
        self.j1 = j1
        self.j2 = j2
        self.hi = hi
        self.lo = lo

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldst_lit_t:
    """&ldst_lit_t: u sz rt imm."""

    __slots__ = ('u', 'sz', 'rt', 'imm')

    def __init__(self, u=0, sz=0, rt=0, imm=0):
        self.u = u
        self.sz = sz
        self.rt = rt
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldst_t:
    """&ldst_t: s sz l rn rt imm p u w."""

    __slots__ = ('s', 'sz', 'l', 'rn', 'rt', 'imm', 'p', 'u', 'w')

    def __init__(self, s=0, sz=0, l=0, rn=0, rt=0, imm=0, p=0, u=0, w=0):
        self.s = s
        self.sz = sz
        self.l = l
        self.rn = rn
        self.rt = rt
        self.imm = imm
        self.p = p
        self.u = u
        self.w = w

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_ldst_rt:
    """&ldst_rt: s sz l rn rt sh rm."""

    __slots__ = ('s', 'sz', 'l', 'rn', 'rt', 'sh', 'rm')

    def __init__(self, s=0, sz=0, l=0, rn=0, rt=0, sh=0, rm=0):
        self.s = s
        self.sz = sz
        self.l = l
        self.rn = rn
        self.rt = rt
        self.sh = sh
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_pkh_t:
    """&pkh_t: rd rn rm imm tb."""

    __slots__ = ('rd', 'rn', 'rm', 'imm', 'tb')

    def __init__(self, rd=0, rn=0, rm=0, imm=0, tb=0):
        self.rd = rd
        self.rn = rn
        self.rm = rm
        self.imm = imm
        self.tb = tb

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


def _field_shim(insn):
    """%shim: targets/arm/t32.decode:47."""
    return (((insn >> 12) & 0x7) << 2
            | ((insn >> 6) & 0x3))


def _field_imm12(insn):
    """%imm12: targets/arm/t32.decode:48."""
    return (((insn >> 26) & 0x1) << 11
            | ((insn >> 12) & 0x7) << 8
            | (insn & 0xff))


def _field_imm16(insn):
    """%imm16: targets/arm/t32.decode:49."""
    return (((insn >> 16) & 0xf) << 12
            | ((insn >> 26) & 0x1) << 11
            | ((insn >> 12) & 0x7) << 8
            | (insn & 0xff))


def _field_lsb(insn):
    """%lsb: targets/arm/t32.decode:50."""
    return (((insn >> 12) & 0x7) << 2
            | ((insn >> 6) & 0x3))


trans_names = (
    'TST_t32i',
    'AND_t32i',
    'BIC_t32i',
    'MOV_t32i',
    'ORR_t32i',
    'MVN_t32i',
    'ORN_t32i',
    'TEQ_t32i',
    'EOR_t32i',
    'CMN_t32i',
    'ADD_t32i',
    'ADC_t32i',
    'SBC_t32i',
    'CMP_t32i',
    'SUB_t32i',
    'RSB_t32i',
    'ADDW',
    'MOVW',
    'SUBW',
    'MOVT',
    'SSAT',
    'SBFX',
    'BFCI',
    'USAT',
    'UBFX',
    'MSR_reg',
    'HINT',
    'CPS',
    'CLREX',
    'DSB',
    'DMB',
    'ISB',
    'BXJ',
    'SUBS_pc_lr',
    'MRS_reg',
    'HVC',
    'SMC',
    'UDF',
    'B_cond_t32',
    'B_t32',
    'BL_t32',
    'BLX_t32',
    'SRS',
    'RFE',
    'STM',
    'LDM',
    'STREX',
    'LDREX',
    'STREXB',
    'STREXH',
    'STREXD',
    'TBB',
    'LDREXB',
    'LDREXH',
    'LDREXD',
    'STRD_t32',
    'LDRD_t32',
    'TST_xrri',
    'AND_rrri',
    'BIC_rrri',
    'MOV_rxri',
    'ORR_rrri',
    'MVN_rxri',
    'ORN_rrri',
    'TEQ_xrri',
    'EOR_rrri',
    'PKH',
    'CMN_xrri',
    'ADD_rrri',
    'ADC_rrri',
    'SBC_rrri',
    'CMP_xrri',
    'SUB_rrri',
    'RSB_rrri',
    'LDR_lit',
    'LDRS_lit',
    'LDST_i12',
    'LDST_i8',
    'LDST_r',
    'MOV_rxrr',
    'SXTAH',
    'UXTAH',
    'SXTAB',
    'UXTAB',
    'QADD',
    'QDADD',
    'QSUB',
    'QDSUB',
    'REV',
    'REV16',
    'RBIT',
    'REVSH',
    'CLZ',
    'MUL',
    'MLA',
    'MLS',
    'SMULBB',
    'SMULBT',
    'SMULTB',
    'SMULTT',
    'SMLABB',
    'SMLABT',
    'SMLATB',
    'SMLATT',
    'SMMLA',
    'SMMLS',
    'SMULL',
    'SDIV',
    'UMULL',
    'UDIV',
    'SMLAL',
    'UMLAL',
    'UMAAL',
    'MCRR',
    'MRRC',
    'MCR',
    'MRC',
)


def decode_t32(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0xf8000000
    if op == 0xe8000000:
        op = insn & 0x06000000
        if op == 0x00000000:
            op = insn & 0x00400000
            if op == 0x00000000:
                op = insn & 0x01900000
                if op == 0x00000000:
                    # targets/arm/t32.decode:119: SRS 1110 100 0 0 0 w:1 0 1101 1100 0000 000 mode:5 &srs p=1 u=0
                    if (insn & 0x000fffe0) == 0x000dc000:
                        a = arg_srs(p=1, u=0, w=(insn >> 21) & 0x1, mode=insn & 0x1f)
                        if trans.trans_SRS(ctx, a):
                            return True
                elif op == 0x00100000:
                    # targets/arm/t32.decode:121: RFE 1110 100 0 0 0 w:1 1 rn:4 1100 0000 0000 0000 &rfe p=1 u=0
                    if (insn & 0x0000ffff) == 0x0000c000:
                        a = arg_rfe(p=1, u=0, w=(insn >> 21) & 0x1, rn=(insn >> 16) & 0xf)
                        if trans.trans_RFE(ctx, a):
                            return True
                elif op == 0x00800000:
                    # targets/arm/t32.decode:123: STM 1110 100 0 1 0 w:1 0 rn:4 list:16 &ldst_block i=1 b=0 u=0
                    a = arg_ldst_block(
                        rn=(insn >> 16) & 0xf,
                        i=1,
                        b=0,
                        u=0,
                        w=(insn >> 21) & 0x1,
                        list=insn & 0xffff)
                    if trans.trans_STM(ctx, a):
                        return True
                elif op == 0x00900000:
                    # targets/arm/t32.decode:124: LDM 1110 100 0 1 0 w:1 1 rn:4 list:16 &ldst_block i=1 b=0 u=0
                    a = arg_ldst_block(
                        rn=(insn >> 16) & 0xf,
                        i=1,
                        b=0,
                        u=0,
                        w=(insn >> 21) & 0x1,
                        list=insn & 0xffff)
                    if trans.trans_LDM(ctx, a):
                        return True
                elif op == 0x01000000:
                    # targets/arm/t32.decode:125: STM 1110 100 1 0 0 w:1 0 rn:4 list:16 &ldst_block i=0 b=1 u=0
                    a = arg_ldst_block(
                        rn=(insn >> 16) & 0xf,
                        i=0,
                        b=1,
                        u=0,
                        w=(insn >> 21) & 0x1,
                        list=insn & 0xffff)
                    if trans.trans_STM(ctx, a):
                        return True
                elif op == 0x01100000:
                    # targets/arm/t32.decode:126: LDM 1110 100 1 0 0 w:1 1 rn:4 list:16 &ldst_block i=0 b=1 u=0
                    a = arg_ldst_block(
                        rn=(insn >> 16) & 0xf,
                        i=0,
                        b=1,
                        u=0,
                        w=(insn >> 21) & 0x1,
                        list=insn & 0xffff)
                    if trans.trans_LDM(ctx, a):
                        return True
                elif op == 0x01800000:
                    # targets/arm/t32.decode:120: SRS 1110 100 1 1 0 w:1 0 1101 1100 0000 000 mode:5 &srs p=0 u=1
                    if (insn & 0x000fffe0) == 0x000dc000:
                        a = arg_srs(p=0, u=1, w=(insn >> 21) & 0x1, mode=insn & 0x1f)
                        if trans.trans_SRS(ctx, a):
                            return True
                elif op == 0x01900000:
                    # targets/arm/t32.decode:122: RFE 1110 100 1 1 0 w:1 1 rn:4 1100 0000 0000 0000 &rfe p=0 u=1
                    if (insn & 0x0000ffff) == 0x0000c000:
                        a = arg_rfe(p=0, u=1, w=(insn >> 21) & 0x1, rn=(insn >> 16) & 0xf)
                        if trans.trans_RFE(ctx, a):
                            return True
            elif op == 0x00400000:
                # targets/arm/t32.decode:128: STREX 1110 1000 0100 rn:4 rt:4 rd:4 ........ &strex rt2=15 imm=%imm8x4
                if (insn & 0x01b00000) == 0x00000000:
                    a = arg_strex(
                        rn=(insn >> 16) & 0xf,
                        rd=(insn >> 8) & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=15,
                        imm=trans.ex_times_4(ctx, insn & 0xff))
                    if trans.trans_STREX(ctx, a):
                        return True
                # targets/arm/t32.decode:129: LDREX 1110 1000 0101 rn:4 rt:4 1111 ........ &ldrex rt2=15 imm=%imm8x4
                if (insn & 0x01b00f00) == 0x00100f00:
                    a = arg_ldrex(
                        rn=(insn >> 16) & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=15,
                        imm=trans.ex_times_4(ctx, insn & 0xff))
                    if trans.trans_LDREX(ctx, a):
                        return True
                # targets/arm/t32.decode:130: STREXB 1110 1000 1100 rn:4 rt:4 1111 0100 rd:4 &strex rt2=15 imm=0
                if (insn & 0x01b00ff0) == 0x00800f40:
                    a = arg_strex(
                        rn=(insn >> 16) & 0xf,
                        rd=insn & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=15,
                        imm=0)
                    if trans.trans_STREXB(ctx, a):
                        return True
                # targets/arm/t32.decode:131: STREXH 1110 1000 1100 rn:4 rt:4 1111 0101 rd:4 &strex rt2=15 imm=0
                if (insn & 0x01b00ff0) == 0x00800f50:
                    a = arg_strex(
                        rn=(insn >> 16) & 0xf,
                        rd=insn & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=15,
                        imm=0)
                    if trans.trans_STREXH(ctx, a):
                        return True
                # targets/arm/t32.decode:132: STREXD 1110 1000 1100 rn:4 rt:4 rt2:4 0111 rd:4 &strex imm=0
                if (insn & 0x01b000f0) == 0x00800070:
                    a = arg_strex(
                        rn=(insn >> 16) & 0xf,
                        rd=insn & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=(insn >> 8) & 0xf,
                        imm=0)
                    if trans.trans_STREXD(ctx, a):
                        return True
                # targets/arm/t32.decode:133: TBB 1110 1000 1101 rn:4 1111 0000 000 half:1 rm:4 &tbranch
                if (insn & 0x01b0ffe0) == 0x0090f000:
                    a = arg_tbranch(rn=(insn >> 16) & 0xf, rm=insn & 0xf, half=(insn >> 4) & 0x1)
                    if trans.trans_TBB(ctx, a):
                        return True
                # targets/arm/t32.decode:134: LDREXB 1110 1000 1101 rn:4 rt:4 1111 0100 1111 &ldrex rt2=15 imm=0
                if (insn & 0x01b00fff) == 0x00900f4f:
                    a = arg_ldrex(rn=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, rt2=15, imm=0)
                    if trans.trans_LDREXB(ctx, a):
                        return True
                # targets/arm/t32.decode:135: LDREXH 1110 1000 1101 rn:4 rt:4 1111 0101 1111 &ldrex rt2=15 imm=0
                if (insn & 0x01b00fff) == 0x00900f5f:
                    a = arg_ldrex(rn=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, rt2=15, imm=0)
                    if trans.trans_LDREXH(ctx, a):
                        return True
                # targets/arm/t32.decode:136: LDREXD 1110 1000 1101 rn:4 rt:4 rt2:4 0111 1111 &ldrex imm=0
                if (insn & 0x01b000ff) == 0x0090007f:
                    a = arg_ldrex(
                        rn=(insn >> 16) & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=(insn >> 8) & 0xf,
                        imm=0)
                    if trans.trans_LDREXD(ctx, a):
                        return True
                # targets/arm/t32.decode:137: STRD_t32 1110 100 p:1 u:1 1 w:1 0 rn:4 rt:4 rt2:4 ........ &ldrd imm=%imm8x4
                if (insn & 0x00100000) == 0x00000000:
                    a = arg_ldrd(
                        p=(insn >> 24) & 0x1,
                        w=(insn >> 21) & 0x1,
                        u=(insn >> 23) & 0x1,
                        rn=(insn >> 16) & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=(insn >> 8) & 0xf,
                        imm=trans.ex_times_4(ctx, insn & 0xff))
                    if trans.trans_STRD_t32(ctx, a):
                        return True
                # targets/arm/t32.decode:138: LDRD_t32 1110 100 p:1 u:1 1 w:1 1 rn:4 rt:4 rt2:4 ........ &ldrd imm=%imm8x4
                if (insn & 0x00100000) == 0x00100000:
                    a = arg_ldrd(
                        p=(insn >> 24) & 0x1,
                        w=(insn >> 21) & 0x1,
                        u=(insn >> 23) & 0x1,
                        rn=(insn >> 16) & 0xf,
                        rt=(insn >> 12) & 0xf,
                        rt2=(insn >> 8) & 0xf,
                        imm=trans.ex_times_4(ctx, insn & 0xff))
                    if trans.trans_LDRD_t32(ctx, a):
                        return True
        elif op == 0x02000000:
            op = insn & 0x01e08000
            if op == 0x00000000:
                # targets/arm/t32.decode:146: TST_xrri 1110101 0000 1 .... 0 ... 1111 .. .. .... @sr_xr
                if (insn & 0x00100f00) == 0x00100f00:
                    a = arg_s_rrr_shi(
                        s=(insn >> 20) & 0x1,
                        rd=0,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        shim=_field_shim(insn),
                        shty=(insn >> 4) & 0x3)
                    if trans.trans_TST_xrri(ctx, a):
                        return True
                # targets/arm/t32.decode:147: AND_rrri 1110101 0000 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_AND_rrri(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/t32.decode:149: BIC_rrri 1110101 0001 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_BIC_rrri(ctx, a):
                    return True
            elif op == 0x00400000:
                # targets/arm/t32.decode:151: MOV_rxri 1110101 0010 . 1111 0 ... .... .. .. .... @sr_rx
                if (insn & 0x000f0000) == 0x000f0000:
                    a = arg_s_rrr_shi(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=0,
                        rm=insn & 0xf,
                        shim=_field_shim(insn),
                        shty=(insn >> 4) & 0x3)
                    if trans.trans_MOV_rxri(ctx, a):
                        return True
                # targets/arm/t32.decode:152: ORR_rrri 1110101 0010 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_ORR_rrri(ctx, a):
                    return True
            elif op == 0x00600000:
                # targets/arm/t32.decode:155: MVN_rxri 1110101 0011 . 1111 0 ... .... .. .. .... @sr_rx
                if (insn & 0x000f0000) == 0x000f0000:
                    a = arg_s_rrr_shi(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=0,
                        rm=insn & 0xf,
                        shim=_field_shim(insn),
                        shty=(insn >> 4) & 0x3)
                    if trans.trans_MVN_rxri(ctx, a):
                        return True
                # targets/arm/t32.decode:156: ORN_rrri 1110101 0011 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_ORN_rrri(ctx, a):
                    return True
            elif op == 0x00800000:
                # targets/arm/t32.decode:159: TEQ_xrri 1110101 0100 1 .... 0 ... 1111 .. .. .... @sr_xr
                if (insn & 0x00100f00) == 0x00100f00:
                    a = arg_s_rrr_shi(
                        s=(insn >> 20) & 0x1,
                        rd=0,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        shim=_field_shim(insn),
                        shty=(insn >> 4) & 0x3)
                    if trans.trans_TEQ_xrri(ctx, a):
                        return True
                # targets/arm/t32.decode:160: EOR_rrri 1110101 0100 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_EOR_rrri(ctx, a):
                    return True
            elif op == 0x00c00000:
                # targets/arm/t32.decode:162: PKH 1110101 0110 0 rn:4 0 ... rd:4 .. tb:1 0 rm:4 &pkh_t imm=%shim
                if (insn & 0x00100010) == 0x00000000:
                    a = arg_pkh_t(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        imm=_field_shim(insn),
                        tb=(insn >> 5) & 0x1)
                    if trans.trans_PKH(ctx, a):
                        return True
            elif op == 0x01000000:
                # targets/arm/t32.decode:164: CMN_xrri 1110101 1000 1 .... 0 ... 1111 .. .. .... @sr_xr
                if (insn & 0x00100f00) == 0x00100f00:
                    a = arg_s_rrr_shi(
                        s=(insn >> 20) & 0x1,
                        rd=0,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        shim=_field_shim(insn),
                        shty=(insn >> 4) & 0x3)
                    if trans.trans_CMN_xrri(ctx, a):
                        return True
                # targets/arm/t32.decode:165: ADD_rrri 1110101 1000 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_ADD_rrri(ctx, a):
                    return True
            elif op == 0x01400000:
                # targets/arm/t32.decode:167: ADC_rrri 1110101 1010 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_ADC_rrri(ctx, a):
                    return True
            elif op == 0x01600000:
                # targets/arm/t32.decode:168: SBC_rrri 1110101 1011 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_SBC_rrri(ctx, a):
                    return True
            elif op == 0x01a00000:
                # targets/arm/t32.decode:170: CMP_xrri 1110101 1101 1 .... 0 ... 1111 .. .. .... @sr_xr
                if (insn & 0x00100f00) == 0x00100f00:
                    a = arg_s_rrr_shi(
                        s=(insn >> 20) & 0x1,
                        rd=0,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        shim=_field_shim(insn),
                        shty=(insn >> 4) & 0x3)
                    if trans.trans_CMP_xrri(ctx, a):
                        return True
                # targets/arm/t32.decode:171: SUB_rrri 1110101 1101 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_SUB_rrri(ctx, a):
                    return True
            elif op == 0x01c00000:
                # targets/arm/t32.decode:173: RSB_rrri 1110101 1110 . .... 0 ... .... .. .. .... @sr
                a = arg_s_rrr_shi(
                    s=(insn >> 20) & 0x1,
                    rd=(insn >> 8) & 0xf,
                    rn=(insn >> 16) & 0xf,
                    rm=insn & 0xf,
                    shim=_field_shim(insn),
                    shty=(insn >> 4) & 0x3)
                if trans.trans_RSB_rrri(ctx, a):
                    return True
        elif op == 0x04000000:
            op = insn & 0x01f00000
            if op == 0x00400000:
                # targets/arm/t32.decode:229: MCRR 1110 1100 0100 rt2:4 rt:4 cp:4 opc1:4 crm:4 &mcrr
                a = arg_mcrr(
                    cp=(insn >> 8) & 0xf,
                    opc1=(insn >> 4) & 0xf,
                    crm=insn & 0xf,
                    rt=(insn >> 12) & 0xf,
                    rt2=(insn >> 16) & 0xf)
                if trans.trans_MCRR(ctx, a):
                    return True
            elif op == 0x00500000:
                # targets/arm/t32.decode:230: MRRC 1110 1100 0101 rt2:4 rt:4 cp:4 opc1:4 crm:4 &mcrr
                a = arg_mcrr(
                    cp=(insn >> 8) & 0xf,
                    opc1=(insn >> 4) & 0xf,
                    crm=insn & 0xf,
                    rt=(insn >> 12) & 0xf,
                    rt2=(insn >> 16) & 0xf)
                if trans.trans_MRRC(ctx, a):
                    return True
        elif op == 0x06000000:
            op = insn & 0x01100010
            if op == 0x00000010:
                # targets/arm/t32.decode:231: MCR 1110 1110 opc1:3 0 crn:4 rt:4 cp:4 opc2:3 1 crm:4 &mcr
                a = arg_mcr(
                    cp=(insn >> 8) & 0xf,
                    opc1=(insn >> 21) & 0x7,
                    crn=(insn >> 16) & 0xf,
                    crm=insn & 0xf,
                    opc2=(insn >> 5) & 0x7,
                    rt=(insn >> 12) & 0xf)
                if trans.trans_MCR(ctx, a):
                    return True
            elif op == 0x00100010:
                # targets/arm/t32.decode:232: MRC 1110 1110 opc1:3 1 crn:4 rt:4 cp:4 opc2:3 1 crm:4 &mcr
                a = arg_mcr(
                    cp=(insn >> 8) & 0xf,
                    opc1=(insn >> 21) & 0x7,
                    crn=(insn >> 16) & 0xf,
                    crm=insn & 0xf,
                    opc2=(insn >> 5) & 0x7,
                    rt=(insn >> 12) & 0xf)
                if trans.trans_MRC(ctx, a):
                    return True
    elif op == 0xf0000000:
        op = insn & 0x00008000
        if op == 0x00000000:
            op = insn & 0x03c00000
            if op == 0x00000000:
                op = insn & 0x00200000
                if op == 0x00000000:
                    # targets/arm/t32.decode:58: TST_t32i 11110 . 0 0000 1 .... 0 ... 1111 ........ @mi_xr
                    if (insn & 0x00100f00) == 0x00100f00:
                        a = arg_s_rri_t32(
                            s=(insn >> 20) & 0x1,
                            rd=0,
                            rn=(insn >> 16) & 0xf,
                            imm=_field_imm12(insn))
                        if trans.trans_TST_t32i(ctx, a):
                            return True
                    # targets/arm/t32.decode:59: AND_t32i 11110 . 0 0000 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_AND_t32i(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/arm/t32.decode:61: BIC_t32i 11110 . 0 0001 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_BIC_t32i(ctx, a):
                        return True
            elif op == 0x00400000:
                op = insn & 0x00200000
                if op == 0x00000000:
                    # targets/arm/t32.decode:63: MOV_t32i 11110 . 0 0010 . 1111 0 ... .... ........ @mi_rx
                    if (insn & 0x000f0000) == 0x000f0000:
                        a = arg_s_rri_t32(
                            s=(insn >> 20) & 0x1,
                            rd=(insn >> 8) & 0xf,
                            rn=0,
                            imm=_field_imm12(insn))
                        if trans.trans_MOV_t32i(ctx, a):
                            return True
                    # targets/arm/t32.decode:64: ORR_t32i 11110 . 0 0010 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_ORR_t32i(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/arm/t32.decode:67: MVN_t32i 11110 . 0 0011 . 1111 0 ... .... ........ @mi_rx
                    if (insn & 0x000f0000) == 0x000f0000:
                        a = arg_s_rri_t32(
                            s=(insn >> 20) & 0x1,
                            rd=(insn >> 8) & 0xf,
                            rn=0,
                            imm=_field_imm12(insn))
                        if trans.trans_MVN_t32i(ctx, a):
                            return True
                    # targets/arm/t32.decode:68: ORN_t32i 11110 . 0 0011 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_ORN_t32i(ctx, a):
                        return True
            elif op == 0x00800000:
                # targets/arm/t32.decode:70: group '{'
                if (insn & 0x00200000) == 0x00000000:
                    # targets/arm/t32.decode:71: TEQ_t32i 11110 . 0 0100 1 .... 0 ... 1111 ........ @mi_xr
                    if (insn & 0x00100f00) == 0x00100f00:
                        a = arg_s_rri_t32(
                            s=(insn >> 20) & 0x1,
                            rd=0,
                            rn=(insn >> 16) & 0xf,
                            imm=_field_imm12(insn))
                        if trans.trans_TEQ_t32i(ctx, a):
                            return True
                    # targets/arm/t32.decode:72: EOR_t32i 11110 . 0 0100 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_EOR_t32i(ctx, a):
                        return True
            elif op == 0x01000000:
                # targets/arm/t32.decode:74: group '{'
                if (insn & 0x00200000) == 0x00000000:
                    # targets/arm/t32.decode:75: CMN_t32i 11110 . 0 1000 1 .... 0 ... 1111 ........ @mi_xr
                    if (insn & 0x00100f00) == 0x00100f00:
                        a = arg_s_rri_t32(
                            s=(insn >> 20) & 0x1,
                            rd=0,
                            rn=(insn >> 16) & 0xf,
                            imm=_field_imm12(insn))
                        if trans.trans_CMN_t32i(ctx, a):
                            return True
                    # targets/arm/t32.decode:76: ADD_t32i 11110 . 0 1000 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_ADD_t32i(ctx, a):
                        return True
            elif op == 0x01400000:
                op = insn & 0x00200000
                if op == 0x00000000:
                    # targets/arm/t32.decode:78: ADC_t32i 11110 . 0 1010 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_ADC_t32i(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/arm/t32.decode:79: SBC_t32i 11110 . 0 1011 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_SBC_t32i(ctx, a):
                        return True
            elif op == 0x01800000:
                # targets/arm/t32.decode:80: group '{'
                if (insn & 0x00200000) == 0x00200000:
                    # targets/arm/t32.decode:81: CMP_t32i 11110 . 0 1101 1 .... 0 ... 1111 ........ @mi_xr
                    if (insn & 0x00100f00) == 0x00100f00:
                        a = arg_s_rri_t32(
                            s=(insn >> 20) & 0x1,
                            rd=0,
                            rn=(insn >> 16) & 0xf,
                            imm=_field_imm12(insn))
                        if trans.trans_CMP_t32i(ctx, a):
                            return True
                    # targets/arm/t32.decode:82: SUB_t32i 11110 . 0 1101 . .... 0 ... .... ........ @mi
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_SUB_t32i(ctx, a):
                        return True
            elif op == 0x01c00000:
                # targets/arm/t32.decode:84: RSB_t32i 11110 . 0 1110 . .... 0 ... .... ........ @mi
                if (insn & 0x00200000) == 0x00000000:
                    a = arg_s_rri_t32(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_RSB_t32i(ctx, a):
                        return True
            elif op == 0x02000000:
                # targets/arm/t32.decode:87: ADDW 11110 . 1 0000 0 rn:4 0 ... rd:4 ........ &s_rri_t32 s=0 imm=%imm12
                if (insn & 0x00300000) == 0x00000000:
                    a = arg_s_rri_t32(
                        s=0,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_ADDW(ctx, a):
                        return True
            elif op == 0x02400000:
                # targets/arm/t32.decode:88: MOVW 11110 . 1 0010 0 .... 0 ... rd:4 ........ &ri imm=%imm16
                if (insn & 0x00300000) == 0x00000000:
                    a = arg_ri(rd=(insn >> 8) & 0xf, imm=_field_imm16(insn))
                    if trans.trans_MOVW(ctx, a):
                        return True
            elif op == 0x02800000:
                # targets/arm/t32.decode:89: SUBW 11110 . 1 0101 0 rn:4 0 ... rd:4 ........ &s_rri_t32 s=0 imm=%imm12
                if (insn & 0x00300000) == 0x00200000:
                    a = arg_s_rri_t32(
                        s=0,
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        imm=_field_imm12(insn))
                    if trans.trans_SUBW(ctx, a):
                        return True
            elif op == 0x02c00000:
                # targets/arm/t32.decode:90: MOVT 11110 . 1 0110 0 .... 0 ... rd:4 ........ &ri imm=%imm16
                if (insn & 0x00300000) == 0x00000000:
                    a = arg_ri(rd=(insn >> 8) & 0xf, imm=_field_imm16(insn))
                    if trans.trans_MOVT(ctx, a):
                        return True
            elif op == 0x03000000:
                # targets/arm/t32.decode:91: SSAT 11110 0 1 100 sh:1 0 rn:4 0 ... rd:4 .. 0 satimm:5 &sat imm=%lsb
                if (insn & 0x04100020) == 0x00000000:
                    a = arg_sat(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        satimm=insn & 0x1f,
                        imm=_field_lsb(insn),
                        sh=(insn >> 21) & 0x1)
                    if trans.trans_SSAT(ctx, a):
                        return True
            elif op == 0x03400000:
                op = insn & 0x04300020
                if op == 0x00000000:
                    # targets/arm/t32.decode:92: SBFX 11110 0 1 1010 0 rn:4 0 ... rd:4 .. 0 widthm1:5 &bfx lsb=%lsb
                    a = arg_bfx(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        lsb=_field_lsb(insn),
                        widthm1=insn & 0x1f)
                    if trans.trans_SBFX(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/arm/t32.decode:93: BFCI 11110 0 1 1011 0 rn:4 0 ... rd:4 .. 0 msb:5 &bfi lsb=%lsb
                    a = arg_bfi(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        lsb=_field_lsb(insn),
                        msb=insn & 0x1f)
                    if trans.trans_BFCI(ctx, a):
                        return True
            elif op == 0x03800000:
                # targets/arm/t32.decode:94: USAT 11110 0 1 110 sh:1 0 rn:4 0 ... rd:4 .. 0 satimm:5 &sat imm=%lsb
                if (insn & 0x04100020) == 0x00000000:
                    a = arg_sat(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        satimm=insn & 0x1f,
                        imm=_field_lsb(insn),
                        sh=(insn >> 21) & 0x1)
                    if trans.trans_USAT(ctx, a):
                        return True
            elif op == 0x03c00000:
                # targets/arm/t32.decode:95: UBFX 11110 0 1 1110 0 rn:4 0 ... rd:4 .. 0 widthm1:5 &bfx lsb=%lsb
                if (insn & 0x04300020) == 0x00000000:
                    a = arg_bfx(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        lsb=_field_lsb(insn),
                        widthm1=insn & 0x1f)
                    if trans.trans_UBFX(ctx, a):
                        return True
        elif op == 0x00008000:
            op = insn & 0x00005000
            if op == 0x00000000:
                # targets/arm/t32.decode:99: MSR_reg 11110 0111 00 r:1 rn:4 10 0 0 mask:4 0000 0000 &msr_reg
                if (insn & 0x07e020ff) == 0x03800000:
                    a = arg_msr_reg(
                        rn=(insn >> 16) & 0xf,
                        r=(insn >> 20) & 0x1,
                        mask=(insn >> 8) & 0xf)
                    if trans.trans_MSR_reg(ctx, a):
                        return True
                # targets/arm/t32.decode:100: HINT 11110 0111 010 1111 10 0 0 0 000 op:8 &hint
                if (insn & 0x07ff2f00) == 0x03af0000:
                    a = arg_hint(op=insn & 0xff)
                    if trans.trans_HINT(ctx, a):
                        return True
                # targets/arm/t32.decode:101: CPS 11110 0111 010 1111 10 0 0 0 imod:2 m:1 a:1 i:1 f:1 mode:5 &cps
                if (insn & 0x07ff2800) == 0x03af0000:
                    a = arg_cps(
                        imod=(insn >> 9) & 0x3,
                        m=(insn >> 8) & 0x1,
                        a=(insn >> 7) & 0x1,
                        i=(insn >> 6) & 0x1,
                        f=(insn >> 5) & 0x1,
                        mode=insn & 0x1f)
                    if trans.trans_CPS(ctx, a):
                        return True
                # targets/arm/t32.decode:102: CLREX 11110 0111 011 1111 10 0 0 1111 0010 ----
                if (insn & 0x07ff2ff0) == 0x03bf0f20:
                    a = arg_empty()
                    if trans.trans_CLREX(ctx, a):
                        return True
                # targets/arm/t32.decode:103: DSB 11110 0111 011 1111 10 0 0 1111 0100 ----
                if (insn & 0x07ff2ff0) == 0x03bf0f40:
                    a = arg_empty()
                    if trans.trans_DSB(ctx, a):
                        return True
                # targets/arm/t32.decode:104: DMB 11110 0111 011 1111 10 0 0 1111 0101 ----
                if (insn & 0x07ff2ff0) == 0x03bf0f50:
                    a = arg_empty()
                    if trans.trans_DMB(ctx, a):
                        return True
                # targets/arm/t32.decode:105: ISB 11110 0111 011 1111 10 0 0 1111 0110 ----
                if (insn & 0x07ff2ff0) == 0x03bf0f60:
                    a = arg_empty()
                    if trans.trans_ISB(ctx, a):
                        return True
                # targets/arm/t32.decode:106: BXJ 11110 0111 100 rm:4 10 0 0 1111 0000 0000 &r
                if (insn & 0x07f02fff) == 0x03c00f00:
                    a = arg_r(rm=(insn >> 16) & 0xf)
                    if trans.trans_BXJ(ctx, a):
                        return True
                # targets/arm/t32.decode:107: SUBS_pc_lr 11110 0111 101 1110 10 0 0 1111 imm:8 &i
                if (insn & 0x07ff2f00) == 0x03de0f00:
                    a = arg_i(imm=insn & 0xff)
                    if trans.trans_SUBS_pc_lr(ctx, a):
                        return True
                # targets/arm/t32.decode:108: MRS_reg 11110 0111 11 r:1 1111 10 0 0 rd:4 0000 0000 &mrs_reg
                if (insn & 0x07ef20ff) == 0x03ef0000:
                    a = arg_mrs_reg(rd=(insn >> 8) & 0xf, r=(insn >> 20) & 0x1)
                    if trans.trans_MRS_reg(ctx, a):
                        return True
                # targets/arm/t32.decode:109: HVC 11110 1111 110 .... 10 0 0 ............ &i imm=0
                if (insn & 0x07f02000) == 0x07e00000:
                    a = arg_i(imm=0)
                    if trans.trans_HVC(ctx, a):
                        return True
                # targets/arm/t32.decode:110: SMC 11110 1111 111 .... 10 0 0 ............ &i imm=0
                if (insn & 0x07f02000) == 0x07f00000:
                    a = arg_i(imm=0)
                    if trans.trans_SMC(ctx, a):
                        return True
                # targets/arm/t32.decode:111: UDF 11110 1111 111 .... 10 1 0 ............
                if (insn & 0x07f02000) == 0x07f02000:
                    a = arg_empty()
                    if trans.trans_UDF(ctx, a):
                        return True
                # targets/arm/t32.decode:112: B_cond_t32 11110 s:1 .... hi:6 10 j1:1 0 j2:1 lo:11 &branch
                a = arg_branch(
                    s=(insn >> 26) & 0x1,
                    j1=(insn >> 13) & 0x1,
                    j2=(insn >> 11) & 0x1,
                    hi=(insn >> 16) & 0x3f,
                    lo=insn & 0x7ff)
                if trans.trans_B_cond_t32(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/arm/t32.decode:114: B_t32 11110 s:1 hi:10 10 j1:1 1 j2:1 lo:11 &branch
                a = arg_branch(
                    s=(insn >> 26) & 0x1,
                    j1=(insn >> 13) & 0x1,
                    j2=(insn >> 11) & 0x1,
                    hi=(insn >> 16) & 0x3ff,
                    lo=insn & 0x7ff)
                if trans.trans_B_t32(ctx, a):
                    return True
            elif op == 0x00004000:
                # targets/arm/t32.decode:116: BLX_t32 11110 s:1 hi:10 11 j1:1 0 j2:1 lo:11 &branch
                a = arg_branch(
                    s=(insn >> 26) & 0x1,
                    j1=(insn >> 13) & 0x1,
                    j2=(insn >> 11) & 0x1,
                    hi=(insn >> 16) & 0x3ff,
                    lo=insn & 0x7ff)
                if trans.trans_BLX_t32(ctx, a):
                    return True
            elif op == 0x00005000:
                # targets/arm/t32.decode:115: BL_t32 11110 s:1 hi:10 11 j1:1 1 j2:1 lo:11 &branch
                a = arg_branch(
                    s=(insn >> 26) & 0x1,
                    j1=(insn >> 13) & 0x1,
                    j2=(insn >> 11) & 0x1,
                    hi=(insn >> 16) & 0x3ff,
                    lo=insn & 0x7ff)
                if trans.trans_BL_t32(ctx, a):
                    return True
    elif op == 0xf8000000:
        op = insn & 0x06000000
        if op == 0x00000000:
            # targets/arm/t32.decode:177: LDR_lit 1111 1000 u:1 sz:2 1 1111 rt:4 imm:12 &ldst_lit_t
            if (insn & 0x011f0000) == 0x001f0000:
                a = arg_ldst_lit_t(
                    u=(insn >> 23) & 0x1,
                    sz=(insn >> 21) & 0x3,
                    rt=(insn >> 12) & 0xf,
                    imm=insn & 0xfff)
                if trans.trans_LDR_lit(ctx, a):
                    return True
            # targets/arm/t32.decode:178: LDRS_lit 1111 1001 u:1 sz:2 1 1111 rt:4 imm:12 &ldst_lit_t
            if (insn & 0x011f0000) == 0x011f0000:
                a = arg_ldst_lit_t(
                    u=(insn >> 23) & 0x1,
                    sz=(insn >> 21) & 0x3,
                    rt=(insn >> 12) & 0xf,
                    imm=insn & 0xfff)
                if trans.trans_LDRS_lit(ctx, a):
                    return True
            # targets/arm/t32.decode:179: LDST_i12 1111 1000 1 sz:2 l:1 rn:4 rt:4 imm:12 &ldst_t s=0 p=1 u=1 w=0
            if (insn & 0x01800000) == 0x00800000:
                a = arg_ldst_t(
                    s=0,
                    sz=(insn >> 21) & 0x3,
                    l=(insn >> 20) & 0x1,
                    rn=(insn >> 16) & 0xf,
                    rt=(insn >> 12) & 0xf,
                    imm=insn & 0xfff,
                    p=1,
                    u=1,
                    w=0)
                if trans.trans_LDST_i12(ctx, a):
                    return True
            # targets/arm/t32.decode:180: LDST_i12 1111 1001 1 sz:2 1 rn:4 rt:4 imm:12 &ldst_t s=1 p=1 u=1 w=0 l=1
            if (insn & 0x01900000) == 0x01900000:
                a = arg_ldst_t(
                    s=1,
                    sz=(insn >> 21) & 0x3,
                    l=1,
                    rn=(insn >> 16) & 0xf,
                    rt=(insn >> 12) & 0xf,
                    imm=insn & 0xfff,
                    p=1,
                    u=1,
                    w=0)
                if trans.trans_LDST_i12(ctx, a):
                    return True
            # targets/arm/t32.decode:181: LDST_i8 1111 1000 0 sz:2 l:1 rn:4 rt:4 1 p:1 u:1 w:1 imm:8 &ldst_t s=0
            if (insn & 0x01800800) == 0x00000800:
                a = arg_ldst_t(
                    s=0,
                    sz=(insn >> 21) & 0x3,
                    l=(insn >> 20) & 0x1,
                    rn=(insn >> 16) & 0xf,
                    rt=(insn >> 12) & 0xf,
                    imm=insn & 0xff,
                    p=(insn >> 10) & 0x1,
                    u=(insn >> 9) & 0x1,
                    w=(insn >> 8) & 0x1)
                if trans.trans_LDST_i8(ctx, a):
                    return True
            # targets/arm/t32.decode:182: LDST_i8 1111 1001 0 sz:2 1 rn:4 rt:4 1 p:1 u:1 w:1 imm:8 &ldst_t s=1 l=1
            if (insn & 0x01900800) == 0x01100800:
                a = arg_ldst_t(
                    s=1,
                    sz=(insn >> 21) & 0x3,
                    l=1,
                    rn=(insn >> 16) & 0xf,
                    rt=(insn >> 12) & 0xf,
                    imm=insn & 0xff,
                    p=(insn >> 10) & 0x1,
                    u=(insn >> 9) & 0x1,
                    w=(insn >> 8) & 0x1)
                if trans.trans_LDST_i8(ctx, a):
                    return True
            # targets/arm/t32.decode:183: LDST_r 1111 1000 0 sz:2 l:1 rn:4 rt:4 0 00000 sh:2 rm:4 &ldst_rt s=0
            if (insn & 0x01800fc0) == 0x00000000:
                a = arg_ldst_rt(
                    s=0,
                    sz=(insn >> 21) & 0x3,
                    l=(insn >> 20) & 0x1,
                    rn=(insn >> 16) & 0xf,
                    rt=(insn >> 12) & 0xf,
                    sh=(insn >> 4) & 0x3,
                    rm=insn & 0xf)
                if trans.trans_LDST_r(ctx, a):
                    return True
            # targets/arm/t32.decode:184: LDST_r 1111 1001 0 sz:2 1 rn:4 rt:4 0 00000 sh:2 rm:4 &ldst_rt s=1 l=1
            if (insn & 0x01900fc0) == 0x01100000:
                a = arg_ldst_rt(
                    s=1,
                    sz=(insn >> 21) & 0x3,
                    l=1,
                    rn=(insn >> 16) & 0xf,
                    rt=(insn >> 12) & 0xf,
                    sh=(insn >> 4) & 0x3,
                    rm=insn & 0xf)
                if trans.trans_LDST_r(ctx, a):
                    return True
        elif op == 0x02000000:
            op = insn & 0x018000c0
            if op == 0x00000000:
                # targets/arm/t32.decode:188: MOV_rxrr 1111 1010 0 shty:2 s:1 rm:4 1111 rd:4 0000 rs:4 &s_rrr_shr rn=0
                if (insn & 0x0000f030) == 0x0000f000:
                    a = arg_s_rrr_shr(
                        s=(insn >> 20) & 0x1,
                        rd=(insn >> 8) & 0xf,
                        rn=0,
                        rm=(insn >> 16) & 0xf,
                        rs=insn & 0xf,
                        shty=(insn >> 21) & 0x3)
                    if trans.trans_MOV_rxrr(ctx, a):
                        return True
            elif op == 0x00000080:
                op = insn & 0x0070f000
                if op == 0x0000f000:
                    # targets/arm/t32.decode:189: SXTAH 1111 1010 0000 rn:4 1111 rd:4 10 rot:2 rm:4 &rrr_rot
                    a = arg_rrr_rot(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        rot=(insn >> 4) & 0x3)
                    if trans.trans_SXTAH(ctx, a):
                        return True
                elif op == 0x0010f000:
                    # targets/arm/t32.decode:190: UXTAH 1111 1010 0001 rn:4 1111 rd:4 10 rot:2 rm:4 &rrr_rot
                    a = arg_rrr_rot(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        rot=(insn >> 4) & 0x3)
                    if trans.trans_UXTAH(ctx, a):
                        return True
                elif op == 0x0040f000:
                    # targets/arm/t32.decode:191: SXTAB 1111 1010 0100 rn:4 1111 rd:4 10 rot:2 rm:4 &rrr_rot
                    a = arg_rrr_rot(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        rot=(insn >> 4) & 0x3)
                    if trans.trans_SXTAB(ctx, a):
                        return True
                elif op == 0x0050f000:
                    # targets/arm/t32.decode:192: UXTAB 1111 1010 0101 rn:4 1111 rd:4 10 rot:2 rm:4 &rrr_rot
                    a = arg_rrr_rot(
                        rd=(insn >> 8) & 0xf,
                        rn=(insn >> 16) & 0xf,
                        rm=insn & 0xf,
                        rot=(insn >> 4) & 0x3)
                    if trans.trans_UXTAB(ctx, a):
                        return True
            elif op == 0x00800080:
                op = insn & 0x0070f030
                if op == 0x0000f000:
                    # targets/arm/t32.decode:193: QADD 1111 1010 1000 rn:4 1111 rd:4 1000 rm:4 &rrr
                    a = arg_rrr(rd=(insn >> 8) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
                    if trans.trans_QADD(ctx, a):
                        return True
                elif op == 0x0000f010:
                    # targets/arm/t32.decode:194: QDADD 1111 1010 1000 rn:4 1111 rd:4 1001 rm:4 &rrr
                    a = arg_rrr(rd=(insn >> 8) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
                    if trans.trans_QDADD(ctx, a):
                        return True
                elif op == 0x0000f020:
                    # targets/arm/t32.decode:195: QSUB 1111 1010 1000 rn:4 1111 rd:4 1010 rm:4 &rrr
                    a = arg_rrr(rd=(insn >> 8) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
                    if trans.trans_QSUB(ctx, a):
                        return True
                elif op == 0x0000f030:
                    # targets/arm/t32.decode:196: QDSUB 1111 1010 1000 rn:4 1111 rd:4 1011 rm:4 &rrr
                    a = arg_rrr(rd=(insn >> 8) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
                    if trans.trans_QDSUB(ctx, a):
                        return True
                elif op == 0x0010f000:
                    # targets/arm/t32.decode:197: REV 1111 1010 1001 ---- 1111 rd:4 1000 rm:4 &rr
                    a = arg_rr(rd=(insn >> 8) & 0xf, rm=insn & 0xf)
                    if trans.trans_REV(ctx, a):
                        return True
                elif op == 0x0010f010:
                    # targets/arm/t32.decode:198: REV16 1111 1010 1001 ---- 1111 rd:4 1001 rm:4 &rr
                    a = arg_rr(rd=(insn >> 8) & 0xf, rm=insn & 0xf)
                    if trans.trans_REV16(ctx, a):
                        return True
                elif op == 0x0010f020:
                    # targets/arm/t32.decode:199: RBIT 1111 1010 1001 ---- 1111 rd:4 1010 rm:4 &rr
                    a = arg_rr(rd=(insn >> 8) & 0xf, rm=insn & 0xf)
                    if trans.trans_RBIT(ctx, a):
                        return True
                elif op == 0x0010f030:
                    # targets/arm/t32.decode:200: REVSH 1111 1010 1001 ---- 1111 rd:4 1011 rm:4 &rr
                    a = arg_rr(rd=(insn >> 8) & 0xf, rm=insn & 0xf)
                    if trans.trans_REVSH(ctx, a):
                        return True
                elif op == 0x0030f000:
                    # targets/arm/t32.decode:201: CLZ 1111 1010 1011 ---- 1111 rd:4 1000 rm:4 &rr
                    a = arg_rr(rd=(insn >> 8) & 0xf, rm=insn & 0xf)
                    if trans.trans_CLZ(ctx, a):
                        return True
            elif op == 0x01000000:
                op = insn & 0x00700000
                if op == 0x00000000:
                    op = insn & 0x00000030
                    if op == 0x00000000:
                        # targets/arm/t32.decode:203: MUL 1111 1011 0000 rn:4 1111 rd:4 0000 rm:4 &s_rrrr s=0 ra=0
                        if (insn & 0x0000f000) == 0x0000f000:
                            a = arg_s_rrrr(
                                s=0,
                                rd=(insn >> 8) & 0xf,
                                rn=(insn >> 16) & 0xf,
                                rm=insn & 0xf,
                                ra=0)
                            if trans.trans_MUL(ctx, a):
                                return True
                        # targets/arm/t32.decode:204: MLA 1111 1011 0000 rn:4 ra:4 rd:4 0000 rm:4 &s_rrrr s=0
                        a = arg_s_rrrr(
                            s=0,
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf)
                        if trans.trans_MLA(ctx, a):
                            return True
                    elif op == 0x00000010:
                        # targets/arm/t32.decode:206: MLS 1111 1011 0000 rn:4 ra:4 rd:4 0001 rm:4 &rrrr
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf)
                        if trans.trans_MLS(ctx, a):
                            return True
                elif op == 0x00100000:
                    # targets/arm/t32.decode:208: SMULBB 1111 1011 0001 rn:4 1111 rd:4 0000 rm:4 &rrrr ra=0
                    if (insn & 0x0000f030) == 0x0000f000:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=0)
                        if trans.trans_SMULBB(ctx, a):
                            return True
                    # targets/arm/t32.decode:209: SMULBT 1111 1011 0001 rn:4 1111 rd:4 0001 rm:4 &rrrr ra=0
                    if (insn & 0x0000f030) == 0x0000f010:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=0)
                        if trans.trans_SMULBT(ctx, a):
                            return True
                    # targets/arm/t32.decode:210: SMULTB 1111 1011 0001 rn:4 1111 rd:4 0010 rm:4 &rrrr ra=0
                    if (insn & 0x0000f030) == 0x0000f020:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=0)
                        if trans.trans_SMULTB(ctx, a):
                            return True
                    # targets/arm/t32.decode:211: SMULTT 1111 1011 0001 rn:4 1111 rd:4 0011 rm:4 &rrrr ra=0
                    if (insn & 0x0000f030) == 0x0000f030:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=0)
                        if trans.trans_SMULTT(ctx, a):
                            return True
                    # targets/arm/t32.decode:212: SMLABB 1111 1011 0001 rn:4 ra:4 rd:4 0000 rm:4 &rrrr
                    if (insn & 0x00000030) == 0x00000000:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf)
                        if trans.trans_SMLABB(ctx, a):
                            return True
                    # targets/arm/t32.decode:213: SMLABT 1111 1011 0001 rn:4 ra:4 rd:4 0001 rm:4 &rrrr
                    if (insn & 0x00000030) == 0x00000010:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf)
                        if trans.trans_SMLABT(ctx, a):
                            return True
                    # targets/arm/t32.decode:214: SMLATB 1111 1011 0001 rn:4 ra:4 rd:4 0010 rm:4 &rrrr
                    if (insn & 0x00000030) == 0x00000020:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf)
                        if trans.trans_SMLATB(ctx, a):
                            return True
                    # targets/arm/t32.decode:215: SMLATT 1111 1011 0001 rn:4 ra:4 rd:4 0011 rm:4 &rrrr
                    if (insn & 0x00000030) == 0x00000030:
                        a = arg_rrrr(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf)
                        if trans.trans_SMLATT(ctx, a):
                            return True
                elif op == 0x00500000:
                    # targets/arm/t32.decode:217: SMMLA 1111 1011 0101 rn:4 ra:4 rd:4 000 r:1 rm:4 &rrrr_r
                    if (insn & 0x00000020) == 0x00000000:
                        a = arg_rrrr_r(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf,
                            r=(insn >> 4) & 0x1)
                        if trans.trans_SMMLA(ctx, a):
                            return True
                elif op == 0x00600000:
                    # targets/arm/t32.decode:218: SMMLS 1111 1011 0110 rn:4 ra:4 rd:4 000 r:1 rm:4 &rrrr_r
                    if (insn & 0x00000020) == 0x00000000:
                        a = arg_rrrr_r(
                            rd=(insn >> 8) & 0xf,
                            rn=(insn >> 16) & 0xf,
                            rm=insn & 0xf,
                            ra=(insn >> 12) & 0xf,
                            r=(insn >> 4) & 0x1)
                        if trans.trans_SMMLS(ctx, a):
                            return True
            elif op == 0x01800000:
                op = insn & 0x00700030
                if op == 0x00000000:
                    # targets/arm/t32.decode:220: SMULL 1111 1011 1000 ra:4 rd:4 rn:4 0000 rm:4 &s_rrrr s=0
                    a = arg_s_rrrr(
                        s=0,
                        rd=(insn >> 12) & 0xf,
                        rn=(insn >> 8) & 0xf,
                        rm=insn & 0xf,
                        ra=(insn >> 16) & 0xf)
                    if trans.trans_SMULL(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/arm/t32.decode:222: UMULL 1111 1011 1010 ra:4 rd:4 rn:4 0000 rm:4 &s_rrrr s=0
                    a = arg_s_rrrr(
                        s=0,
                        rd=(insn >> 12) & 0xf,
                        rn=(insn >> 8) & 0xf,
                        rm=insn & 0xf,
                        ra=(insn >> 16) & 0xf)
                    if trans.trans_UMULL(ctx, a):
                        return True
                elif op == 0x00400000:
                    # targets/arm/t32.decode:224: SMLAL 1111 1011 1100 ra:4 rd:4 rn:4 0000 rm:4 &s_rrrr s=0
                    a = arg_s_rrrr(
                        s=0,
                        rd=(insn >> 12) & 0xf,
                        rn=(insn >> 8) & 0xf,
                        rm=insn & 0xf,
                        ra=(insn >> 16) & 0xf)
                    if trans.trans_SMLAL(ctx, a):
                        return True
                elif op == 0x00600000:
                    # targets/arm/t32.decode:225: UMLAL 1111 1011 1110 ra:4 rd:4 rn:4 0000 rm:4 &s_rrrr s=0
                    a = arg_s_rrrr(
                        s=0,
                        rd=(insn >> 12) & 0xf,
                        rn=(insn >> 8) & 0xf,
                        rm=insn & 0xf,
                        ra=(insn >> 16) & 0xf)
                    if trans.trans_UMLAL(ctx, a):
                        return True
            elif op == 0x01800040:
                # targets/arm/t32.decode:226: UMAAL 1111 1011 1110 ra:4 rd:4 rn:4 0110 rm:4 &rrrr
                if (insn & 0x00700030) == 0x00600020:
                    a = arg_rrrr(
                        rd=(insn >> 12) & 0xf,
                        rn=(insn >> 8) & 0xf,
                        rm=insn & 0xf,
                        ra=(insn >> 16) & 0xf)
                    if trans.trans_UMAAL(ctx, a):
                        return True
            elif op == 0x018000c0:
                op = insn & 0x0070f030
                if op == 0x0010f030:
                    # targets/arm/t32.decode:221: SDIV 1111 1011 1001 rn:4 1111 rd:4 1111 rm:4 &rrr
                    a = arg_rrr(rd=(insn >> 8) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
                    if trans.trans_SDIV(ctx, a):
                        return True
                elif op == 0x0030f030:
                    # targets/arm/t32.decode:223: UDIV 1111 1011 1011 rn:4 1111 rd:4 1111 rm:4 &rrr
                    a = arg_rrr(rd=(insn >> 8) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
                    if trans.trans_UDIV(ctx, a):
                        return True
    return False
