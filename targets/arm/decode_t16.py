# Generated from targets/arm/t16.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=16 --decode=decode_t16
"""Decoder for targets/arm/t16.decode.

decode_t16(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
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


class arg_s_rri_rot:
    """&s_rri_rot: s rd rn imm rot."""

    __slots__ = ('s', 'rd', 'rn', 'imm', 'rot')

    def __init__(self, s=0, rd=0, rn=0, imm=0, rot=0):
        self.s = s
        self.rd = rd
        self.rn = rn
        self.imm = imm
        self.rot = rot

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


class arg_cbz:
    """&cbz: nz rn imm."""

    __slots__ = ('nz', 'rn', 'imm')

    def __init__(self, nz=0, rn=0, imm=0):
        self.nz = nz
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


class arg_it:
    """&it: cond mask."""

    __slots__ = ('cond', 'mask')

    def __init__(self, cond=0, mask=0):
        self.cond = cond
        self.mask = mask

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


def _field_rdn_hi(insn):
    """%rdn_hi: targets/arm/t16.decode:8."""
    return (((insn >> 7) & 0x1) << 3
            | (insn & 0x7))


def _field_imm_cb(insn):
    """%imm_cb: targets/arm/t16.decode:13."""
    return (((insn >> 9) & 0x1) << 5
            | ((insn >> 3) & 0x1f))


def _field_push_list(insn):
    """%push_list: targets/arm/t16.decode:18."""
    return (((insn >> 8) & 0x1) << 8
            | (insn & 0xff))


def _field_pop_list(insn):
    """%pop_list: targets/arm/t16.decode:19."""
    return (((insn >> 8) & 0x1) << 8
            | (insn & 0xff))


trans_names = (
    'MOV_rxri',
    'ADD_rrri',
    'SUB_rrri',
    'ADD_rri',
    'SUB_rri',
    'MOV_rxi',
    'CMP_xri',
    'AND_rrri',
    'EOR_rrri',
    'MOV_rxrr',
    'ADC_rrri',
    'SBC_rrri',
    'TST_xrri',
    'RSB_rri',
    'CMP_xrri',
    'CMN_xrri',
    'ORR_rrri',
    'MUL',
    'BIC_rrri',
    'MVN_rxri',
    'BX',
    'BLX_r',
    'LDR_ri',
    'STR_rr',
    'STRH_rr',
    'STRB_rr',
    'LDRSB_rr',
    'LDR_rr',
    'LDRH_rr',
    'LDRB_rr',
    'LDRSH_rr',
    'STR_ri',
    'STRB_ri',
    'LDRB_ri',
    'STRH_ri',
    'LDRH_ri',
    'ADR_t16',
    'CBZ',
    'SXTAH',
    'SXTAB',
    'UXTAH',
    'UXTAB',
    'PUSH_t16',
    'CPS',
    'REV',
    'REV16',
    'REVSH',
    'POP_t16',
    'BKPT',
    'HINT',
    'IT',
    'STM_t16',
    'LDM_t16',
    'UDF',
    'SVC',
    'B_cond',
    'B',
)


def decode_t16(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0xf000
    if op == 0x0000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:40: MOV_rxri 000 00 shim:5 rm:3 rd:3 &s_rrr_shi s=%s_it shty=0 rn=0
            a = arg_s_rrr_shi(
                s=trans.param_s_it(ctx),
                rd=insn & 0x7,
                rn=0,
                rm=(insn >> 3) & 0x7,
                shim=(insn >> 6) & 0x1f,
                shty=0)
            if trans.trans_MOV_rxri(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:41: MOV_rxri 000 01 shim:5 rm:3 rd:3 &s_rrr_shi s=%s_it shty=1 rn=0
            a = arg_s_rrr_shi(
                s=trans.param_s_it(ctx),
                rd=insn & 0x7,
                rn=0,
                rm=(insn >> 3) & 0x7,
                shim=(insn >> 6) & 0x1f,
                shty=1)
            if trans.trans_MOV_rxri(ctx, a):
                return True
    elif op == 0x1000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:42: MOV_rxri 000 10 shim:5 rm:3 rd:3 &s_rrr_shi s=%s_it shty=2 rn=0
            a = arg_s_rrr_shi(
                s=trans.param_s_it(ctx),
                rd=insn & 0x7,
                rn=0,
                rm=(insn >> 3) & 0x7,
                shim=(insn >> 6) & 0x1f,
                shty=2)
            if trans.trans_MOV_rxri(ctx, a):
                return True
        elif op == 0x0800:
            op = insn & 0x0600
            if op == 0x0000:
                # targets/arm/t16.decode:43: ADD_rrri 000 1100 rm:3 rn:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0
                a = arg_s_rrr_shi(
                    s=trans.param_s_it(ctx),
                    rd=insn & 0x7,
                    rn=(insn >> 3) & 0x7,
                    rm=(insn >> 6) & 0x7,
                    shim=0,
                    shty=0)
                if trans.trans_ADD_rrri(ctx, a):
                    return True
            elif op == 0x0200:
                # targets/arm/t16.decode:44: SUB_rrri 000 1101 rm:3 rn:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0
                a = arg_s_rrr_shi(
                    s=trans.param_s_it(ctx),
                    rd=insn & 0x7,
                    rn=(insn >> 3) & 0x7,
                    rm=(insn >> 6) & 0x7,
                    shim=0,
                    shty=0)
                if trans.trans_SUB_rrri(ctx, a):
                    return True
            elif op == 0x0400:
                # targets/arm/t16.decode:45: ADD_rri 000 1110 imm:3 rn:3 rd:3 &s_rri_rot s=%s_it rot=0
                a = arg_s_rri_rot(
                    s=trans.param_s_it(ctx),
                    rd=insn & 0x7,
                    rn=(insn >> 3) & 0x7,
                    imm=(insn >> 6) & 0x7,
                    rot=0)
                if trans.trans_ADD_rri(ctx, a):
                    return True
            elif op == 0x0600:
                # targets/arm/t16.decode:46: SUB_rri 000 1111 imm:3 rn:3 rd:3 &s_rri_rot s=%s_it rot=0
                a = arg_s_rri_rot(
                    s=trans.param_s_it(ctx),
                    rd=insn & 0x7,
                    rn=(insn >> 3) & 0x7,
                    imm=(insn >> 6) & 0x7,
                    rot=0)
                if trans.trans_SUB_rri(ctx, a):
                    return True
    elif op == 0x2000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:47: MOV_rxi 001 00 rd:3 imm:8 &s_rri_rot s=%s_it rot=0 rn=0
            a = arg_s_rri_rot(
                s=trans.param_s_it(ctx),
                rd=(insn >> 8) & 0x7,
                rn=0,
                imm=insn & 0xff,
                rot=0)
            if trans.trans_MOV_rxi(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:48: CMP_xri 001 01 rn:3 imm:8 &s_rri_rot s=1 rot=0 rd=0
            a = arg_s_rri_rot(s=1, rd=0, rn=(insn >> 8) & 0x7, imm=insn & 0xff, rot=0)
            if trans.trans_CMP_xri(ctx, a):
                return True
    elif op == 0x3000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:49: ADD_rri 001 10 rd:3 imm:8 &s_rri_rot s=%s_it rot=0 rn=%rdn_lo
            a = arg_s_rri_rot(
                s=trans.param_s_it(ctx),
                rd=(insn >> 8) & 0x7,
                rn=(insn >> 8) & 0x7,
                imm=insn & 0xff,
                rot=0)
            if trans.trans_ADD_rri(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:50: SUB_rri 001 11 rd:3 imm:8 &s_rri_rot s=%s_it rot=0 rn=%rdn_lo
            a = arg_s_rri_rot(
                s=trans.param_s_it(ctx),
                rd=(insn >> 8) & 0x7,
                rn=(insn >> 8) & 0x7,
                imm=insn & 0xff,
                rot=0)
            if trans.trans_SUB_rri(ctx, a):
                return True
    elif op == 0x4000:
        op = insn & 0x0800
        if op == 0x0000:
            op = insn & 0x0700
            if op == 0x0000:
                op = insn & 0x00c0
                if op == 0x0000:
                    # targets/arm/t16.decode:53: AND_rrri 010000 0000 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=%rdn
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_AND_rrri(ctx, a):
                        return True
                elif op == 0x0040:
                    # targets/arm/t16.decode:54: EOR_rrri 010000 0001 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=%rdn
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_EOR_rrri(ctx, a):
                        return True
                elif op == 0x0080:
                    # targets/arm/t16.decode:55: MOV_rxrr 010000 0010 rs:3 rd:3 &s_rrr_shr s=%s_it shty=0 rm=%rdn rn=0
                    a = arg_s_rrr_shr(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=0,
                        rm=insn & 0x7,
                        rs=(insn >> 3) & 0x7,
                        shty=0)
                    if trans.trans_MOV_rxrr(ctx, a):
                        return True
                elif op == 0x00c0:
                    # targets/arm/t16.decode:56: MOV_rxrr 010000 0011 rs:3 rd:3 &s_rrr_shr s=%s_it shty=1 rm=%rdn rn=0
                    a = arg_s_rrr_shr(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=0,
                        rm=insn & 0x7,
                        rs=(insn >> 3) & 0x7,
                        shty=1)
                    if trans.trans_MOV_rxrr(ctx, a):
                        return True
            elif op == 0x0100:
                op = insn & 0x00c0
                if op == 0x0000:
                    # targets/arm/t16.decode:57: MOV_rxrr 010000 0100 rs:3 rd:3 &s_rrr_shr s=%s_it shty=2 rm=%rdn rn=0
                    a = arg_s_rrr_shr(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=0,
                        rm=insn & 0x7,
                        rs=(insn >> 3) & 0x7,
                        shty=2)
                    if trans.trans_MOV_rxrr(ctx, a):
                        return True
                elif op == 0x0040:
                    # targets/arm/t16.decode:58: ADC_rrri 010000 0101 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=%rdn
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_ADC_rrri(ctx, a):
                        return True
                elif op == 0x0080:
                    # targets/arm/t16.decode:59: SBC_rrri 010000 0110 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=%rdn
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_SBC_rrri(ctx, a):
                        return True
                elif op == 0x00c0:
                    # targets/arm/t16.decode:60: MOV_rxrr 010000 0111 rs:3 rd:3 &s_rrr_shr s=%s_it shty=3 rm=%rdn rn=0
                    a = arg_s_rrr_shr(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=0,
                        rm=insn & 0x7,
                        rs=(insn >> 3) & 0x7,
                        shty=3)
                    if trans.trans_MOV_rxrr(ctx, a):
                        return True
            elif op == 0x0200:
                op = insn & 0x00c0
                if op == 0x0000:
                    # targets/arm/t16.decode:61: TST_xrri 010000 1000 rm:3 rn:3 &s_rrr_shi s=1 shim=0 shty=0 rd=0
                    a = arg_s_rrr_shi(
                        s=1,
                        rd=0,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_TST_xrri(ctx, a):
                        return True
                elif op == 0x0040:
                    # targets/arm/t16.decode:62: RSB_rri 010000 1001 rn:3 rd:3 &s_rri_rot s=%s_it imm=0 rot=0
                    a = arg_s_rri_rot(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=(insn >> 3) & 0x7,
                        imm=0,
                        rot=0)
                    if trans.trans_RSB_rri(ctx, a):
                        return True
                elif op == 0x0080:
                    # targets/arm/t16.decode:63: CMP_xrri 010000 1010 rm:3 rn:3 &s_rrr_shi s=1 shim=0 shty=0 rd=0
                    a = arg_s_rrr_shi(
                        s=1,
                        rd=0,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_CMP_xrri(ctx, a):
                        return True
                elif op == 0x00c0:
                    # targets/arm/t16.decode:64: CMN_xrri 010000 1011 rm:3 rn:3 &s_rrr_shi s=1 shim=0 shty=0 rd=0
                    a = arg_s_rrr_shi(
                        s=1,
                        rd=0,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_CMN_xrri(ctx, a):
                        return True
            elif op == 0x0300:
                op = insn & 0x00c0
                if op == 0x0000:
                    # targets/arm/t16.decode:65: ORR_rrri 010000 1100 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=%rdn
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_ORR_rrri(ctx, a):
                        return True
                elif op == 0x0040:
                    # targets/arm/t16.decode:66: MUL 010000 1101 rn:3 rd:3 &s_rrrr s=%s_it rm=%rdn ra=0
                    a = arg_s_rrrr(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=(insn >> 3) & 0x7,
                        rm=insn & 0x7,
                        ra=0)
                    if trans.trans_MUL(ctx, a):
                        return True
                elif op == 0x0080:
                    # targets/arm/t16.decode:67: BIC_rrri 010000 1110 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=%rdn
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=insn & 0x7,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_BIC_rrri(ctx, a):
                        return True
                elif op == 0x00c0:
                    # targets/arm/t16.decode:68: MVN_rxri 010000 1111 rm:3 rd:3 &s_rrr_shi s=%s_it shim=0 shty=0 rn=0
                    a = arg_s_rrr_shi(
                        s=trans.param_s_it(ctx),
                        rd=insn & 0x7,
                        rn=0,
                        rm=(insn >> 3) & 0x7,
                        shim=0,
                        shty=0)
                    if trans.trans_MVN_rxri(ctx, a):
                        return True
            elif op == 0x0400:
                # targets/arm/t16.decode:71: ADD_rrri 010001 00 . rm:4 ... &s_rrr_shi s=0 shim=0 shty=0 rd=%rdn_hi rn=%rdn_hi
                a = arg_s_rrr_shi(
                    s=0,
                    rd=_field_rdn_hi(insn),
                    rn=_field_rdn_hi(insn),
                    rm=(insn >> 3) & 0xf,
                    shim=0,
                    shty=0)
                if trans.trans_ADD_rrri(ctx, a):
                    return True
            elif op == 0x0500:
                # targets/arm/t16.decode:72: CMP_xrri 010001 01 . rm:4 ... &s_rrr_shi s=1 shim=0 shty=0 rd=0 rn=%rdn_hi
                a = arg_s_rrr_shi(
                    s=1,
                    rd=0,
                    rn=_field_rdn_hi(insn),
                    rm=(insn >> 3) & 0xf,
                    shim=0,
                    shty=0)
                if trans.trans_CMP_xrri(ctx, a):
                    return True
            elif op == 0x0600:
                # targets/arm/t16.decode:73: MOV_rxri 010001 10 . rm:4 ... &s_rrr_shi s=0 shim=0 shty=0 rn=0 rd=%rdn_hi
                a = arg_s_rrr_shi(
                    s=0,
                    rd=_field_rdn_hi(insn),
                    rn=0,
                    rm=(insn >> 3) & 0xf,
                    shim=0,
                    shty=0)
                if trans.trans_MOV_rxri(ctx, a):
                    return True
            elif op == 0x0700:
                op = insn & 0x0087
                if op == 0x0000:
                    # targets/arm/t16.decode:74: BX 010001 110 rm:4 000 &r
                    a = arg_r(rm=(insn >> 3) & 0xf)
                    if trans.trans_BX(ctx, a):
                        return True
                elif op == 0x0080:
                    # targets/arm/t16.decode:75: BLX_r 010001 111 rm:4 000 &r
                    a = arg_r(rm=(insn >> 3) & 0xf)
                    if trans.trans_BLX_r(ctx, a):
                        return True
        elif op == 0x0800:
            # targets/arm/t16.decode:78: LDR_ri 01001 rt:3 ........ &ldst_ri p=1 w=0 u=1 rn=15 imm=%imm8x4
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=15,
                rt=(insn >> 8) & 0x7,
                imm=trans.ex_times_4(ctx, insn & 0xff))
            if trans.trans_LDR_ri(ctx, a):
                return True
    elif op == 0x5000:
        op = insn & 0x0e00
        if op == 0x0000:
            # targets/arm/t16.decode:79: STR_rr 0101 000 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_STR_rr(ctx, a):
                return True
        elif op == 0x0200:
            # targets/arm/t16.decode:80: STRH_rr 0101 001 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_STRH_rr(ctx, a):
                return True
        elif op == 0x0400:
            # targets/arm/t16.decode:81: STRB_rr 0101 010 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_STRB_rr(ctx, a):
                return True
        elif op == 0x0600:
            # targets/arm/t16.decode:82: LDRSB_rr 0101 011 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_LDRSB_rr(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:83: LDR_rr 0101 100 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_LDR_rr(ctx, a):
                return True
        elif op == 0x0a00:
            # targets/arm/t16.decode:84: LDRH_rr 0101 101 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_LDRH_rr(ctx, a):
                return True
        elif op == 0x0c00:
            # targets/arm/t16.decode:85: LDRB_rr 0101 110 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_LDRB_rr(ctx, a):
                return True
        elif op == 0x0e00:
            # targets/arm/t16.decode:86: LDRSH_rr 0101 111 rm:3 rn:3 rt:3 &ldst_rr p=1 w=0 u=1 shimm=0 shtype=0
            a = arg_ldst_rr(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                rm=(insn >> 6) & 0x7,
                shimm=0,
                shtype=0)
            if trans.trans_LDRSH_rr(ctx, a):
                return True
    elif op == 0x6000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:87: STR_ri 011 0 0 ..... rn:3 rt:3 &ldst_ri p=1 w=0 u=1 imm=%imm5x4
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                imm=trans.ex_times_4(ctx, (insn >> 6) & 0x1f))
            if trans.trans_STR_ri(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:88: LDR_ri 011 0 1 ..... rn:3 rt:3 &ldst_ri p=1 w=0 u=1 imm=%imm5x4
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                imm=trans.ex_times_4(ctx, (insn >> 6) & 0x1f))
            if trans.trans_LDR_ri(ctx, a):
                return True
    elif op == 0x7000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:89: STRB_ri 011 1 0 imm:5 rn:3 rt:3 &ldst_ri p=1 w=0 u=1
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                imm=(insn >> 6) & 0x1f)
            if trans.trans_STRB_ri(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:90: LDRB_ri 011 1 1 imm:5 rn:3 rt:3 &ldst_ri p=1 w=0 u=1
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                imm=(insn >> 6) & 0x1f)
            if trans.trans_LDRB_ri(ctx, a):
                return True
    elif op == 0x8000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:91: STRH_ri 1000 0 ..... rn:3 rt:3 &ldst_ri p=1 w=0 u=1 imm=%imm5x2
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                imm=trans.ex_times_2(ctx, (insn >> 6) & 0x1f))
            if trans.trans_STRH_ri(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:92: LDRH_ri 1000 1 ..... rn:3 rt:3 &ldst_ri p=1 w=0 u=1 imm=%imm5x2
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=(insn >> 3) & 0x7,
                rt=insn & 0x7,
                imm=trans.ex_times_2(ctx, (insn >> 6) & 0x1f))
            if trans.trans_LDRH_ri(ctx, a):
                return True
    elif op == 0x9000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:93: STR_ri 1001 0 rt:3 ........ &ldst_ri p=1 w=0 u=1 rn=13 imm=%imm8x4
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=13,
                rt=(insn >> 8) & 0x7,
                imm=trans.ex_times_4(ctx, insn & 0xff))
            if trans.trans_STR_ri(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:94: LDR_ri 1001 1 rt:3 ........ &ldst_ri p=1 w=0 u=1 rn=13 imm=%imm8x4
            a = arg_ldst_ri(
                p=1,
                w=0,
                u=1,
                rn=13,
                rt=(insn >> 8) & 0x7,
                imm=trans.ex_times_4(ctx, insn & 0xff))
            if trans.trans_LDR_ri(ctx, a):
                return True
    elif op == 0xa000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:97: ADR_t16 10100 rd:3 ........ &ri imm=%imm8x4
            a = arg_ri(rd=(insn >> 8) & 0x7, imm=trans.ex_times_4(ctx, insn & 0xff))
            if trans.trans_ADR_t16(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:98: ADD_rri 10101 rd:3 ........ &s_rri_rot s=0 rn=13 rot=0 imm=%imm8x4
            a = arg_s_rri_rot(
                s=0,
                rd=(insn >> 8) & 0x7,
                rn=13,
                imm=trans.ex_times_4(ctx, insn & 0xff),
                rot=0)
            if trans.trans_ADD_rri(ctx, a):
                return True
    elif op == 0xb000:
        op = insn & 0x0400
        if op == 0x0000:
            op = insn & 0x0100
            if op == 0x0000:
                op = insn & 0x0a80
                if op == 0x0000:
                    # targets/arm/t16.decode:101: ADD_rri 1011 0000 0 ....... &s_rri_rot s=0 rd=13 rn=13 rot=0 imm=%imm7x4
                    a = arg_s_rri_rot(
                        s=0,
                        rd=13,
                        rn=13,
                        imm=trans.ex_times_4(ctx, insn & 0x7f),
                        rot=0)
                    if trans.trans_ADD_rri(ctx, a):
                        return True
                elif op == 0x0080:
                    # targets/arm/t16.decode:102: SUB_rri 1011 0000 1 ....... &s_rri_rot s=0 rd=13 rn=13 rot=0 imm=%imm7x4
                    a = arg_s_rri_rot(
                        s=0,
                        rd=13,
                        rn=13,
                        imm=trans.ex_times_4(ctx, insn & 0x7f),
                        rot=0)
                    if trans.trans_SUB_rri(ctx, a):
                        return True
                elif op == 0x0200:
                    op = insn & 0x0040
                    if op == 0x0000:
                        # targets/arm/t16.decode:104: SXTAH 1011 0010 00 rm:3 rd:3 &rrr_rot rn=15 rot=0
                        a = arg_rrr_rot(rd=insn & 0x7, rn=15, rm=(insn >> 3) & 0x7, rot=0)
                        if trans.trans_SXTAH(ctx, a):
                            return True
                    elif op == 0x0040:
                        # targets/arm/t16.decode:105: SXTAB 1011 0010 01 rm:3 rd:3 &rrr_rot rn=15 rot=0
                        a = arg_rrr_rot(rd=insn & 0x7, rn=15, rm=(insn >> 3) & 0x7, rot=0)
                        if trans.trans_SXTAB(ctx, a):
                            return True
                elif op == 0x0280:
                    op = insn & 0x0040
                    if op == 0x0000:
                        # targets/arm/t16.decode:106: UXTAH 1011 0010 10 rm:3 rd:3 &rrr_rot rn=15 rot=0
                        a = arg_rrr_rot(rd=insn & 0x7, rn=15, rm=(insn >> 3) & 0x7, rot=0)
                        if trans.trans_UXTAH(ctx, a):
                            return True
                    elif op == 0x0040:
                        # targets/arm/t16.decode:107: UXTAB 1011 0010 11 rm:3 rd:3 &rrr_rot rn=15 rot=0
                        a = arg_rrr_rot(rd=insn & 0x7, rn=15, rm=(insn >> 3) & 0x7, rot=0)
                        if trans.trans_UXTAB(ctx, a):
                            return True
                elif op == 0x0a00:
                    op = insn & 0x0040
                    if op == 0x0000:
                        # targets/arm/t16.decode:110: REV 1011 1010 00 rm:3 rd:3 &rr
                        a = arg_rr(rd=insn & 0x7, rm=(insn >> 3) & 0x7)
                        if trans.trans_REV(ctx, a):
                            return True
                    elif op == 0x0040:
                        # targets/arm/t16.decode:111: REV16 1011 1010 01 rm:3 rd:3 &rr
                        a = arg_rr(rd=insn & 0x7, rm=(insn >> 3) & 0x7)
                        if trans.trans_REV16(ctx, a):
                            return True
                elif op == 0x0a80:
                    # targets/arm/t16.decode:112: REVSH 1011 1010 11 rm:3 rd:3 &rr
                    if (insn & 0x0040) == 0x0040:
                        a = arg_rr(rd=insn & 0x7, rm=(insn >> 3) & 0x7)
                        if trans.trans_REVSH(ctx, a):
                            return True
            elif op == 0x0100:
                # targets/arm/t16.decode:103: CBZ 1011 nz:1 0 . 1 ..... rn:3 &cbz imm=%imm_cb
                a = arg_cbz(
                    nz=(insn >> 11) & 0x1,
                    rn=insn & 0x7,
                    imm=trans.ex_times_2(ctx, _field_imm_cb(insn)))
                if trans.trans_CBZ(ctx, a):
                    return True
        elif op == 0x0400:
            op = insn & 0x0a00
            if op == 0x0000:
                # targets/arm/t16.decode:108: PUSH_t16 1011 010 . ........ &i imm=%push_list
                a = arg_i(imm=trans.ex_push_list(ctx, _field_push_list(insn)))
                if trans.trans_PUSH_t16(ctx, a):
                    return True
            elif op == 0x0200:
                # targets/arm/t16.decode:109: CPS 1011 0110 011 imod:1 0 a:1 i:1 f:1 &cps m=0 mode=0
                if (insn & 0x01e8) == 0x0060:
                    a = arg_cps(
                        imod=(insn >> 4) & 0x1,
                        m=0,
                        a=(insn >> 2) & 0x1,
                        i=(insn >> 1) & 0x1,
                        f=insn & 0x1,
                        mode=0)
                    if trans.trans_CPS(ctx, a):
                        return True
            elif op == 0x0800:
                # targets/arm/t16.decode:113: POP_t16 1011 110 . ........ &i imm=%pop_list
                a = arg_i(imm=trans.ex_pop_list(ctx, _field_pop_list(insn)))
                if trans.trans_POP_t16(ctx, a):
                    return True
            elif op == 0x0a00:
                op = insn & 0x0100
                if op == 0x0000:
                    # targets/arm/t16.decode:114: BKPT 1011 1110 imm:8 &i
                    a = arg_i(imm=insn & 0xff)
                    if trans.trans_BKPT(ctx, a):
                        return True
                elif op == 0x0100:
                    # targets/arm/t16.decode:116: HINT 1011 1111 op:4 0000 &hint
                    if (insn & 0x000f) == 0x0000:
                        a = arg_hint(op=(insn >> 4) & 0xf)
                        if trans.trans_HINT(ctx, a):
                            return True
                    # targets/arm/t16.decode:117: IT 1011 1111 cond:4 mask:4 &it
                    a = arg_it(cond=(insn >> 4) & 0xf, mask=insn & 0xf)
                    if trans.trans_IT(ctx, a):
                        return True
    elif op == 0xc000:
        op = insn & 0x0800
        if op == 0x0000:
            # targets/arm/t16.decode:121: STM_t16 11000 rn:3 list:8 &ldst_block i=1 b=0 u=0 w=1
            a = arg_ldst_block(rn=(insn >> 8) & 0x7, i=1, b=0, u=0, w=1, list=insn & 0xff)
            if trans.trans_STM_t16(ctx, a):
                return True
        elif op == 0x0800:
            # targets/arm/t16.decode:122: LDM_t16 11001 rn:3 list:8 &ldst_block i=1 b=0 u=0 w=1
            a = arg_ldst_block(rn=(insn >> 8) & 0x7, i=1, b=0, u=0, w=1, list=insn & 0xff)
            if trans.trans_LDM_t16(ctx, a):
                return True
    elif op == 0xd000:
        # targets/arm/t16.decode:124: UDF 1101 1110 --------
        if (insn & 0x0f00) == 0x0e00:
            a = arg_empty()
            if trans.trans_UDF(ctx, a):
                return True
        # targets/arm/t16.decode:125: SVC 1101 1111 imm:8 &i
        if (insn & 0x0f00) == 0x0f00:
            a = arg_i(imm=insn & 0xff)
            if trans.trans_SVC(ctx, a):
                return True
        # targets/arm/t16.decode:126: B_cond 1101 cond:4 ........ &ci imm=%imm8x2
        a = arg_ci(cond=(insn >> 8) & 0xf, imm=trans.ex_times_2(ctx, ((insn & 0xff) ^ 0x80) - 0x80))
        if trans.trans_B_cond(ctx, a):
            return True
    elif op == 0xe000:
        # targets/arm/t16.decode:128: B 11100 ........... &i imm=%imm11x2
        if (insn & 0x0800) == 0x0000:
            a = arg_i(imm=trans.ex_times_2(ctx, ((insn & 0x7ff) ^ 0x400) - 0x400))
            if trans.trans_B(ctx, a):
                return True
    return False
