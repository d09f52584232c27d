# Generated from targets/arm/a32.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=32 --decode=decode_a32
"""Decoder for targets/arm/a32.decode.

decode_a32(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
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


class arg_msr_i:
    """&msr_i: r mask rot imm."""

    __slots__ = ('r', 'mask', 'rot', 'imm')

    def __init__(self, r=0, mask=0, rot=0, imm=0):
        self.r = r
        self.mask = mask
        self.rot = rot
        self.imm = imm

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


class arg_pkh:
    """&pkh: rd rn rm imm tb."""

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


def _field_imm16(insn):
    """%imm16: targets/arm/a32.decode:42."""
    return (((insn >> 16) & 0xf) << 12
            | (insn & 0xfff))


def _field_imm_ldrh(insn):
    """%imm_ldrh: targets/arm/a32.decode:43."""
    return (((insn >> 8) & 0xf) << 4
            | (insn & 0xf))


trans_names = (
    'MRS_reg',
    'MSR_reg',
    'BX',
    'BXJ',
    'BLX_r',
    'CLZ',
    'QADD',
    'QSUB',
    'QDADD',
    'QDSUB',
    'BKPT',
    'HVC',
    'SMC',
    'SMLABB',
    'SMLABT',
    'SMLATB',
    'SMLATT',
    'SMULBB',
    'SMULBT',
    'SMULTB',
    'SMULTT',
    'AND_rrri',
    'EOR_rrri',
    'SUB_rrri',
    'RSB_rrri',
    'ADD_rrri',
    'ADC_rrri',
    'SBC_rrri',
    'RSC_rrri',
    'TST_xrri',
    'TEQ_xrri',
    'CMP_xrri',
    'CMN_xrri',
    'ORR_rrri',
    'MOV_rxri',
    'BIC_rrri',
    'MVN_rxri',
    'MUL',
    'MLA',
    'UMAAL',
    'MLS',
    'UMULL',
    'UMLAL',
    'SMULL',
    'SMLAL',
    'STREX',
    'STREXD',
    'STREXB',
    'STREXH',
    'LDREX',
    'LDREXD',
    'LDREXB',
    'LDREXH',
    'STRH_rr',
    'LDRH_rr',
    'LDRD_rr',
    'LDRSB_rr',
    'STRD_rr',
    'LDRSH_rr',
    'STRH_ri',
    'LDRH_ri',
    'LDRD_ri',
    'LDRSB_ri',
    'STRD_ri',
    'LDRSH_ri',
    'AND_rrrr',
    'EOR_rrrr',
    'SUB_rrrr',
    'RSB_rrrr',
    'ADD_rrrr',
    'ADC_rrrr',
    'SBC_rrrr',
    'RSC_rrrr',
    'TST_xrrr',
    'TEQ_xrrr',
    'CMP_xrrr',
    'CMN_xrrr',
    'ORR_rrrr',
    'MOV_rxrr',
    'BIC_rrrr',
    'MVN_rxrr',
    'HINT',
    'MSR_imm',
    'MOVW',
    'MOVT',
    'AND_rri',
    'EOR_rri',
    'SUB_rri',
    'RSB_rri',
    'ADD_rri',
    'ADC_rri',
    'SBC_rri',
    'RSC_rri',
    'TST_xri',
    'TEQ_xri',
    'CMP_xri',
    'CMN_xri',
    'ORR_rri',
    'MOV_rxi',
    'BIC_rri',
    'MVN_rxi',
    'STR_ri',
    'LDR_ri',
    'STRB_ri',
    'LDRB_ri',
    'STR_rr',
    'LDR_rr',
    'STRB_rr',
    'LDRB_rr',
    'PKH',
    'SSAT',
    'USAT',
    'SXTAB',
    'SXTAH',
    'UXTAB',
    'UXTAH',
    'REV',
    'REV16',
    'RBIT',
    'REVSH',
    'SDIV',
    'UDIV',
    'SMMLA',
    'SMMLS',
    'SBFX',
    'UBFX',
    'BFCI',
    'UDF',
    'STM',
    'STM_u',
    'LDM',
    'LDM_u',
    'B',
    'BL',
    'MCRR',
    'MRRC',
    'MCR',
    'MRC',
    'SVC',
)


def decode_a32(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0x0e000000
    if op == 0x00000000:
        # targets/arm/a32.decode:60: MRS_reg ---- 0001 0 r:1 00 1111 rd:4 0000 0000 0000 &mrs_reg
        if (insn & 0x01bf0fff) == 0x010f0000:
            a = arg_mrs_reg(rd=(insn >> 12) & 0xf, r=(insn >> 22) & 0x1)
            if trans.trans_MRS_reg(ctx, a):
                return True
        # targets/arm/a32.decode:61: MSR_reg ---- 0001 0 r:1 10 mask:4 1111 0000 0000 rn:4 &msr_reg
        if (insn & 0x01b0fff0) == 0x0120f000:
            a = arg_msr_reg(rn=insn & 0xf, r=(insn >> 22) & 0x1, mask=(insn >> 16) & 0xf)
            if trans.trans_MSR_reg(ctx, a):
                return True
        # targets/arm/a32.decode:62: BX ---- 0001 0010 1111 1111 1111 0001 rm:4 &r
        if (insn & 0x01fffff0) == 0x012fff10:
            a = arg_r(rm=insn & 0xf)
            if trans.trans_BX(ctx, a):
                return True
        # targets/arm/a32.decode:63: BXJ ---- 0001 0010 1111 1111 1111 0010 rm:4 &r
        if (insn & 0x01fffff0) == 0x012fff20:
            a = arg_r(rm=insn & 0xf)
            if trans.trans_BXJ(ctx, a):
                return True
        # targets/arm/a32.decode:64: BLX_r ---- 0001 0010 1111 1111 1111 0011 rm:4 &r
        if (insn & 0x01fffff0) == 0x012fff30:
            a = arg_r(rm=insn & 0xf)
            if trans.trans_BLX_r(ctx, a):
                return True
        # targets/arm/a32.decode:65: CLZ ---- 0001 0110 1111 rd:4 1111 0001 rm:4 &rr
        if (insn & 0x01ff0ff0) == 0x016f0f10:
            a = arg_rr(rd=(insn >> 12) & 0xf, rm=insn & 0xf)
            if trans.trans_CLZ(ctx, a):
                return True
        # targets/arm/a32.decode:66: QADD ---- 0001 0000 rn:4 rd:4 0000 0101 rm:4 &rrr
        if (insn & 0x01f00ff0) == 0x01000050:
            a = arg_rrr(rd=(insn >> 12) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
            if trans.trans_QADD(ctx, a):
                return True
        # targets/arm/a32.decode:67: QSUB ---- 0001 0010 rn:4 rd:4 0000 0101 rm:4 &rrr
        if (insn & 0x01f00ff0) == 0x01200050:
            a = arg_rrr(rd=(insn >> 12) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
            if trans.trans_QSUB(ctx, a):
                return True
        # targets/arm/a32.decode:68: QDADD ---- 0001 0100 rn:4 rd:4 0000 0101 rm:4 &rrr
        if (insn & 0x01f00ff0) == 0x01400050:
            a = arg_rrr(rd=(insn >> 12) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
            if trans.trans_QDADD(ctx, a):
                return True
        # targets/arm/a32.decode:69: QDSUB ---- 0001 0110 rn:4 rd:4 0000 0101 rm:4 &rrr
        if (insn & 0x01f00ff0) == 0x01600050:
            a = arg_rrr(rd=(insn >> 12) & 0xf, rn=(insn >> 16) & 0xf, rm=insn & 0xf)
            if trans.trans_QDSUB(ctx, a):
                return True
        # targets/arm/a32.decode:70: BKPT ---- 0001 0010 ............ 0111 .... &i imm=0
        if (insn & 0x01f000f0) == 0x01200070:
            a = arg_i(imm=0)
            if trans.trans_BKPT(ctx, a):
                return True
        # targets/arm/a32.decode:71: HVC ---- 0001 0100 ............ 0111 .... &i imm=0
        if (insn & 0x01f000f0) == 0x01400070:
            a = arg_i(imm=0)
            if trans.trans_HVC(ctx, a):
                return True
        # targets/arm/a32.decode:72: SMC ---- 0001 0110 0000 0000 0000 0111 imm:4 &i
        if (insn & 0x01fffff0) == 0x01600070:
            a = arg_i(imm=insn & 0xf)
            if trans.trans_SMC(ctx, a):
                return True
        # targets/arm/a32.decode:73: SMLABB ---- 0001 0000 rd:4 ra:4 rm:4 1000 rn:4 &rrrr
        if (insn & 0x01f000f0) == 0x01000080:
            a = arg_rrrr(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf)
            if trans.trans_SMLABB(ctx, a):
                return True
        # targets/arm/a32.decode:74: SMLABT ---- 0001 0000 rd:4 ra:4 rm:4 1100 rn:4 &rrrr
        if (insn & 0x01f000f0) == 0x010000c0:
            a = arg_rrrr(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf)
            if trans.trans_SMLABT(ctx, a):
                return True
        # targets/arm/a32.decode:75: SMLATB ---- 0001 0000 rd:4 ra:4 rm:4 1010 rn:4 &rrrr
        if (insn & 0x01f000f0) == 0x010000a0:
            a = arg_rrrr(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf)
            if trans.trans_SMLATB(ctx, a):
                return True
        # targets/arm/a32.decode:76: SMLATT ---- 0001 0000 rd:4 ra:4 rm:4 1110 rn:4 &rrrr
        if (insn & 0x01f000f0) == 0x010000e0:
            a = arg_rrrr(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf)
            if trans.trans_SMLATT(ctx, a):
                return True
        # targets/arm/a32.decode:77: SMULBB ---- 0001 0110 rd:4 0000 rm:4 1000 rn:4 &rrrr ra=0
        if (insn & 0x01f0f0f0) == 0x01600080:
            a = arg_rrrr(rd=(insn >> 16) & 0xf, rn=insn & 0xf, rm=(insn >> 8) & 0xf, ra=0)
            if trans.trans_SMULBB(ctx, a):
                return True
        # targets/arm/a32.decode:78: SMULBT ---- 0001 0110 rd:4 0000 rm:4 1100 rn:4 &rrrr ra=0
        if (insn & 0x01f0f0f0) == 0x016000c0:
            a = arg_rrrr(rd=(insn >> 16) & 0xf, rn=insn & 0xf, rm=(insn >> 8) & 0xf, ra=0)
            if trans.trans_SMULBT(ctx, a):
                return True
        # targets/arm/a32.decode:79: SMULTB ---- 0001 0110 rd:4 0000 rm:4 1010 rn:4 &rrrr ra=0
        if (insn & 0x01f0f0f0) == 0x016000a0:
            a = arg_rrrr(rd=(insn >> 16) & 0xf, rn=insn & 0xf, rm=(insn >> 8) & 0xf, ra=0)
            if trans.trans_SMULTB(ctx, a):
                return True
        # targets/arm/a32.decode:80: SMULTT ---- 0001 0110 rd:4 0000 rm:4 1110 rn:4 &rrrr ra=0
        if (insn & 0x01f0f0f0) == 0x016000e0:
            a = arg_rrrr(rd=(insn >> 16) & 0xf, rn=insn & 0xf, rm=(insn >> 8) & 0xf, ra=0)
            if trans.trans_SMULTT(ctx, a):
                return True
        # targets/arm/a32.decode:82: AND_rrri ---- 000 0000 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00000000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_AND_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:83: EOR_rrri ---- 000 0001 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00200000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_EOR_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:84: SUB_rrri ---- 000 0010 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00400000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_SUB_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:85: RSB_rrri ---- 000 0011 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00600000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_RSB_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:86: ADD_rrri ---- 000 0100 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00800000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_ADD_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:87: ADC_rrri ---- 000 0101 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00a00000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_ADC_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:88: SBC_rrri ---- 000 0110 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00c00000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_SBC_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:89: RSC_rrri ---- 000 0111 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x00e00000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_RSC_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:90: TST_xrri ---- 000 1000 1 .... .... ..... .. 0 .... @S_xrr_shi
        if (insn & 0x01f00010) == 0x01100000:
            a = arg_s_rrr_shi(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_TST_xrri(ctx, a):
                return True
        # targets/arm/a32.decode:91: TEQ_xrri ---- 000 1001 1 .... .... ..... .. 0 .... @S_xrr_shi
        if (insn & 0x01f00010) == 0x01300000:
            a = arg_s_rrr_shi(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_TEQ_xrri(ctx, a):
                return True
        # targets/arm/a32.decode:92: CMP_xrri ---- 000 1010 1 .... .... ..... .. 0 .... @S_xrr_shi
        if (insn & 0x01f00010) == 0x01500000:
            a = arg_s_rrr_shi(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_CMP_xrri(ctx, a):
                return True
        # targets/arm/a32.decode:93: CMN_xrri ---- 000 1011 1 .... .... ..... .. 0 .... @S_xrr_shi
        if (insn & 0x01f00010) == 0x01700000:
            a = arg_s_rrr_shi(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_CMN_xrri(ctx, a):
                return True
        # targets/arm/a32.decode:94: ORR_rrri ---- 000 1100 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x01800000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_ORR_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:95: MOV_rxri ---- 000 1101 . .... .... ..... .. 0 .... @s_rxr_shi
        if (insn & 0x01e00010) == 0x01a00000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=0,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_MOV_rxri(ctx, a):
                return True
        # targets/arm/a32.decode:96: BIC_rrri ---- 000 1110 . .... .... ..... .. 0 .... @s_rrr_shi
        if (insn & 0x01e00010) == 0x01c00000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_BIC_rrri(ctx, a):
                return True
        # targets/arm/a32.decode:97: MVN_rxri ---- 000 1111 . .... .... ..... .. 0 .... @s_rxr_shi
        if (insn & 0x01e00010) == 0x01e00000:
            a = arg_s_rrr_shi(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=0,
                rm=insn & 0xf,
                shim=(insn >> 7) & 0x1f,
                shty=(insn >> 5) & 0x3)
            if trans.trans_MVN_rxri(ctx, a):
                return True
        # targets/arm/a32.decode:100: MUL ---- 0000 000 s:1 rd:4 0000 rm:4 1001 rn:4 &s_rrrr ra=0
        if (insn & 0x01e0f0f0) == 0x00000090:
            a = arg_s_rrrr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=0)
            if trans.trans_MUL(ctx, a):
                return True
        # targets/arm/a32.decode:101: MLA ---- 0000 001 s:1 rd:4 ra:4 rm:4 1001 rn:4 &s_rrrr
        if (insn & 0x01e000f0) == 0x00200090:
            a = arg_s_rrrr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf)
            if trans.trans_MLA(ctx, a):
                return True
        # targets/arm/a32.decode:102: UMAAL ---- 0000 0100 rn:4 rd:4 rm:4 1001 ra:4 &rrrr
        if (insn & 0x01f000f0) == 0x00400090:
            a = arg_rrrr(
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=insn & 0xf)
            if trans.trans_UMAAL(ctx, a):
                return True
        # targets/arm/a32.decode:103: MLS ---- 0000 0110 rd:4 ra:4 rm:4 1001 rn:4 &rrrr
        if (insn & 0x01f000f0) == 0x00600090:
            a = arg_rrrr(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf)
            if trans.trans_MLS(ctx, a):
                return True
        # targets/arm/a32.decode:104: UMULL ---- 0000 100 s:1 rn:4 rd:4 rm:4 1001 ra:4 &s_rrrr
        if (insn & 0x01e000f0) == 0x00800090:
            a = arg_s_rrrr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=insn & 0xf)
            if trans.trans_UMULL(ctx, a):
                return True
        # targets/arm/a32.decode:105: UMLAL ---- 0000 101 s:1 rn:4 rd:4 rm:4 1001 ra:4 &s_rrrr
        if (insn & 0x01e000f0) == 0x00a00090:
            a = arg_s_rrrr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=insn & 0xf)
            if trans.trans_UMLAL(ctx, a):
                return True
        # targets/arm/a32.decode:106: SMULL ---- 0000 110 s:1 rn:4 rd:4 rm:4 1001 ra:4 &s_rrrr
        if (insn & 0x01e000f0) == 0x00c00090:
            a = arg_s_rrrr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=insn & 0xf)
            if trans.trans_SMULL(ctx, a):
                return True
        # targets/arm/a32.decode:107: SMLAL ---- 0000 111 s:1 rn:4 rd:4 rm:4 1001 ra:4 &s_rrrr
        if (insn & 0x01e000f0) == 0x00e00090:
            a = arg_s_rrrr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=insn & 0xf)
            if trans.trans_SMLAL(ctx, a):
                return True
        # targets/arm/a32.decode:110: STREX ---- 0001 1000 rn:4 rd:4 1111 1001 rt:4 &strex rt2=15 imm=0
        if (insn & 0x01f00ff0) == 0x01800f90:
            a = arg_strex(
                rn=(insn >> 16) & 0xf,
                rd=(insn >> 12) & 0xf,
                rt=insn & 0xf,
                rt2=15,
                imm=0)
            if trans.trans_STREX(ctx, a):
                return True
        # targets/arm/a32.decode:111: STREXD ---- 0001 1010 rn:4 rd:4 1111 1001 rt:4 &strex rt2=0 imm=0
        if (insn & 0x01f00ff0) == 0x01a00f90:
            a = arg_strex(rn=(insn >> 16) & 0xf, rd=(insn >> 12) & 0xf, rt=insn & 0xf, rt2=0, imm=0)
            if trans.trans_STREXD(ctx, a):
                return True
        # targets/arm/a32.decode:112: STREXB ---- 0001 1100 rn:4 rd:4 1111 1001 rt:4 &strex rt2=15 imm=0
        if (insn & 0x01f00ff0) == 0x01c00f90:
            a = arg_strex(
                rn=(insn >> 16) & 0xf,
                rd=(insn >> 12) & 0xf,
                rt=insn & 0xf,
                rt2=15,
                imm=0)
            if trans.trans_STREXB(ctx, a):
                return True
        # targets/arm/a32.decode:113: STREXH ---- 0001 1110 rn:4 rd:4 1111 1001 rt:4 &strex rt2=15 imm=0
        if (insn & 0x01f00ff0) == 0x01e00f90:
            a = arg_strex(
                rn=(insn >> 16) & 0xf,
                rd=(insn >> 12) & 0xf,
                rt=insn & 0xf,
                rt2=15,
                imm=0)
            if trans.trans_STREXH(ctx, a):
                return True
        # targets/arm/a32.decode:114: LDREX ---- 0001 1001 rn:4 rt:4 1111 1001 1111 &ldrex rt2=15 imm=0
        if (insn & 0x01f00fff) == 0x01900f9f:
            a = arg_ldrex(rn=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, rt2=15, imm=0)
            if trans.trans_LDREX(ctx, a):
                return True
        # targets/arm/a32.decode:115: LDREXD ---- 0001 1011 rn:4 rt:4 1111 1001 1111 &ldrex rt2=0 imm=0
        if (insn & 0x01f00fff) == 0x01b00f9f:
            a = arg_ldrex(rn=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, rt2=0, imm=0)
            if trans.trans_LDREXD(ctx, a):
                return True
        # targets/arm/a32.decode:116: LDREXB ---- 0001 1101 rn:4 rt:4 1111 1001 1111 &ldrex rt2=15 imm=0
        if (insn & 0x01f00fff) == 0x01d00f9f:
            a = arg_ldrex(rn=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, rt2=15, imm=0)
            if trans.trans_LDREXB(ctx, a):
                return True
        # targets/arm/a32.decode:117: LDREXH ---- 0001 1111 rn:4 rt:4 1111 1001 1111 &ldrex rt2=15 imm=0
        if (insn & 0x01f00fff) == 0x01f00f9f:
            a = arg_ldrex(rn=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, rt2=15, imm=0)
            if trans.trans_LDREXH(ctx, a):
                return True
        # targets/arm/a32.decode:119: STRH_rr ---- 000 p:1 u:1 0 w:1 0 rn:4 rt:4 0000 1011 rm:4 &ldst_rr shimm=0 shtype=0
        if (insn & 0x00500ff0) == 0x000000b0:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=0,
                shtype=0)
            if trans.trans_STRH_rr(ctx, a):
                return True
        # targets/arm/a32.decode:120: LDRH_rr ---- 000 p:1 u:1 0 w:1 1 rn:4 rt:4 0000 1011 rm:4 &ldst_rr shimm=0 shtype=0
        if (insn & 0x00500ff0) == 0x001000b0:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=0,
                shtype=0)
            if trans.trans_LDRH_rr(ctx, a):
                return True
        # targets/arm/a32.decode:121: LDRD_rr ---- 000 p:1 u:1 0 w:1 0 rn:4 rt:4 0000 1101 rm:4 &ldst_rr shimm=0 shtype=0
        if (insn & 0x00500ff0) == 0x000000d0:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=0,
                shtype=0)
            if trans.trans_LDRD_rr(ctx, a):
                return True
        # targets/arm/a32.decode:122: LDRSB_rr ---- 000 p:1 u:1 0 w:1 1 rn:4 rt:4 0000 1101 rm:4 &ldst_rr shimm=0 shtype=0
        if (insn & 0x00500ff0) == 0x001000d0:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=0,
                shtype=0)
            if trans.trans_LDRSB_rr(ctx, a):
                return True
        # targets/arm/a32.decode:123: STRD_rr ---- 000 p:1 u:1 0 w:1 0 rn:4 rt:4 0000 1111 rm:4 &ldst_rr shimm=0 shtype=0
        if (insn & 0x00500ff0) == 0x000000f0:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=0,
                shtype=0)
            if trans.trans_STRD_rr(ctx, a):
                return True
        # targets/arm/a32.decode:124: LDRSH_rr ---- 000 p:1 u:1 0 w:1 1 rn:4 rt:4 0000 1111 rm:4 &ldst_rr shimm=0 shtype=0
        if (insn & 0x00500ff0) == 0x001000f0:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=0,
                shtype=0)
            if trans.trans_LDRSH_rr(ctx, a):
                return True
        # targets/arm/a32.decode:125: STRH_ri ---- 000 p:1 u:1 1 w:1 0 rn:4 rt:4 .... 1011 .... &ldst_ri imm=%imm_ldrh
        if (insn & 0x005000f0) == 0x004000b0:
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=_field_imm_ldrh(insn))
            if trans.trans_STRH_ri(ctx, a):
                return True
        # targets/arm/a32.decode:126: LDRH_ri ---- 000 p:1 u:1 1 w:1 1 rn:4 rt:4 .... 1011 .... &ldst_ri imm=%imm_ldrh
        if (insn & 0x005000f0) == 0x005000b0:
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=_field_imm_ldrh(insn))
            if trans.trans_LDRH_ri(ctx, a):
                return True
        # targets/arm/a32.decode:127: LDRD_ri ---- 000 p:1 u:1 1 w:1 0 rn:4 rt:4 .... 1101 .... &ldst_ri imm=%imm_ldrh
        if (insn & 0x005000f0) == 0x004000d0:
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=_field_imm_ldrh(insn))
            if trans.trans_LDRD_ri(ctx, a):
                return True
        # targets/arm/a32.decode:128: LDRSB_ri ---- 000 p:1 u:1 1 w:1 1 rn:4 rt:4 .... 1101 .... &ldst_ri imm=%imm_ldrh
        if (insn & 0x005000f0) == 0x005000d0:
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=_field_imm_ldrh(insn))
            if trans.trans_LDRSB_ri(ctx, a):
                return True
        # targets/arm/a32.decode:129: STRD_ri ---- 000 p:1 u:1 1 w:1 0 rn:4 rt:4 .... 1111 .... &ldst_ri imm=%imm_ldrh
        if (insn & 0x005000f0) == 0x004000f0:
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=_field_imm_ldrh(insn))
            if trans.trans_STRD_ri(ctx, a):
                return True
        # targets/arm/a32.decode:130: LDRSH_ri ---- 000 p:1 u:1 1 w:1 1 rn:4 rt:4 .... 1111 .... &ldst_ri imm=%imm_ldrh
        if (insn & 0x005000f0) == 0x005000f0:
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=_field_imm_ldrh(insn))
            if trans.trans_LDRSH_ri(ctx, a):
                return True
        # targets/arm/a32.decode:133: AND_rrrr ---- 000 0000 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00000010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_AND_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:134: EOR_rrrr ---- 000 0001 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00200010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_EOR_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:135: SUB_rrrr ---- 000 0010 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00400010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_SUB_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:136: RSB_rrrr ---- 000 0011 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00600010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_RSB_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:137: ADD_rrrr ---- 000 0100 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00800010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_ADD_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:138: ADC_rrrr ---- 000 0101 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00a00010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_ADC_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:139: SBC_rrrr ---- 000 0110 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00c00010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_SBC_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:140: RSC_rrrr ---- 000 0111 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x00e00010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_RSC_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:141: TST_xrrr ---- 000 1000 1 .... .... .... 0 .. 1 .... @S_xrr_shr
        if (insn & 0x01f00090) == 0x01100010:
            a = arg_s_rrr_shr(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_TST_xrrr(ctx, a):
                return True
        # targets/arm/a32.decode:142: TEQ_xrrr ---- 000 1001 1 .... .... .... 0 .. 1 .... @S_xrr_shr
        if (insn & 0x01f00090) == 0x01300010:
            a = arg_s_rrr_shr(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_TEQ_xrrr(ctx, a):
                return True
        # targets/arm/a32.decode:143: CMP_xrrr ---- 000 1010 1 .... .... .... 0 .. 1 .... @S_xrr_shr
        if (insn & 0x01f00090) == 0x01500010:
            a = arg_s_rrr_shr(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_CMP_xrrr(ctx, a):
                return True
        # targets/arm/a32.decode:144: CMN_xrrr ---- 000 1011 1 .... .... .... 0 .. 1 .... @S_xrr_shr
        if (insn & 0x01f00090) == 0x01700010:
            a = arg_s_rrr_shr(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_CMN_xrrr(ctx, a):
                return True
        # targets/arm/a32.decode:145: ORR_rrrr ---- 000 1100 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x01800010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_ORR_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:146: MOV_rxrr ---- 000 1101 . .... .... .... 0 .. 1 .... @s_rxr_shr
        if (insn & 0x01e00090) == 0x01a00010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=0,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_MOV_rxrr(ctx, a):
                return True
        # targets/arm/a32.decode:147: BIC_rrrr ---- 000 1110 . .... .... .... 0 .. 1 .... @s_rrr_shr
        if (insn & 0x01e00090) == 0x01c00010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_BIC_rrrr(ctx, a):
                return True
        # targets/arm/a32.decode:148: MVN_rxrr ---- 000 1111 . .... .... .... 0 .. 1 .... @s_rxr_shr
        if (insn & 0x01e00090) == 0x01e00010:
            a = arg_s_rrr_shr(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=0,
                rm=insn & 0xf,
                rs=(insn >> 8) & 0xf,
                shty=(insn >> 5) & 0x3)
            if trans.trans_MVN_rxrr(ctx, a):
                return True
    elif op == 0x02000000:
        # targets/arm/a32.decode:153: HINT ---- 0011 0010 0000 1111 0000 op:8 &hint
        if (insn & 0x01ffff00) == 0x0120f000:
            a = arg_hint(op=insn & 0xff)
            if trans.trans_HINT(ctx, a):
                return True
        # targets/arm/a32.decode:154: MSR_imm ---- 0011 0 r:1 10 mask:4 1111 rot:4 imm:8 &msr_i
        if (insn & 0x01b0f000) == 0x0120f000:
            a = arg_msr_i(
                r=(insn >> 22) & 0x1,
                mask=(insn >> 16) & 0xf,
                rot=(insn >> 8) & 0xf,
                imm=insn & 0xff)
            if trans.trans_MSR_imm(ctx, a):
                return True
        # targets/arm/a32.decode:155: MOVW ---- 0011 0000 .... rd:4 ............ &ri imm=%imm16
        if (insn & 0x01f00000) == 0x01000000:
            a = arg_ri(rd=(insn >> 12) & 0xf, imm=_field_imm16(insn))
            if trans.trans_MOVW(ctx, a):
                return True
        # targets/arm/a32.decode:156: MOVT ---- 0011 0100 .... rd:4 ............ &ri imm=%imm16
        if (insn & 0x01f00000) == 0x01400000:
            a = arg_ri(rd=(insn >> 12) & 0xf, imm=_field_imm16(insn))
            if trans.trans_MOVT(ctx, a):
                return True
        # targets/arm/a32.decode:158: AND_rri ---- 001 0000 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00000000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_AND_rri(ctx, a):
                return True
        # targets/arm/a32.decode:159: EOR_rri ---- 001 0001 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00200000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_EOR_rri(ctx, a):
                return True
        # targets/arm/a32.decode:160: SUB_rri ---- 001 0010 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00400000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_SUB_rri(ctx, a):
                return True
        # targets/arm/a32.decode:161: RSB_rri ---- 001 0011 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00600000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_RSB_rri(ctx, a):
                return True
        # targets/arm/a32.decode:162: ADD_rri ---- 001 0100 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00800000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_ADD_rri(ctx, a):
                return True
        # targets/arm/a32.decode:163: ADC_rri ---- 001 0101 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00a00000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_ADC_rri(ctx, a):
                return True
        # targets/arm/a32.decode:164: SBC_rri ---- 001 0110 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00c00000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_SBC_rri(ctx, a):
                return True
        # targets/arm/a32.decode:165: RSC_rri ---- 001 0111 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x00e00000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_RSC_rri(ctx, a):
                return True
        # targets/arm/a32.decode:166: TST_xri ---- 001 1000 1 .... .... ............ @S_xri_rot
        if (insn & 0x01f00000) == 0x01100000:
            a = arg_s_rri_rot(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_TST_xri(ctx, a):
                return True
        # targets/arm/a32.decode:167: TEQ_xri ---- 001 1001 1 .... .... ............ @S_xri_rot
        if (insn & 0x01f00000) == 0x01300000:
            a = arg_s_rri_rot(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_TEQ_xri(ctx, a):
                return True
        # targets/arm/a32.decode:168: CMP_xri ---- 001 1010 1 .... .... ............ @S_xri_rot
        if (insn & 0x01f00000) == 0x01500000:
            a = arg_s_rri_rot(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_CMP_xri(ctx, a):
                return True
        # targets/arm/a32.decode:169: CMN_xri ---- 001 1011 1 .... .... ............ @S_xri_rot
        if (insn & 0x01f00000) == 0x01700000:
            a = arg_s_rri_rot(
                s=1,
                rd=0,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_CMN_xri(ctx, a):
                return True
        # targets/arm/a32.decode:170: ORR_rri ---- 001 1100 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x01800000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_ORR_rri(ctx, a):
                return True
        # targets/arm/a32.decode:171: MOV_rxi ---- 001 1101 . .... .... ............ @s_rxi_rot
        if (insn & 0x01e00000) == 0x01a00000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=0,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_MOV_rxi(ctx, a):
                return True
        # targets/arm/a32.decode:172: BIC_rri ---- 001 1110 . .... .... ............ @s_rri_rot
        if (insn & 0x01e00000) == 0x01c00000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_BIC_rri(ctx, a):
                return True
        # targets/arm/a32.decode:173: MVN_rxi ---- 001 1111 . .... .... ............ @s_rxi_rot
        if (insn & 0x01e00000) == 0x01e00000:
            a = arg_s_rri_rot(
                s=(insn >> 20) & 0x1,
                rd=(insn >> 12) & 0xf,
                rn=0,
                imm=insn & 0xff,
                rot=(insn >> 8) & 0xf)
            if trans.trans_MVN_rxi(ctx, a):
                return True
    elif op == 0x04000000:
        op = insn & 0x00500000
        if op == 0x00000000:
            # targets/arm/a32.decode:177: STR_ri ---- 010 p:1 u:1 0 w:1 0 rn:4 rt:4 imm:12 &ldst_ri
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=insn & 0xfff)
            if trans.trans_STR_ri(ctx, a):
                return True
        elif op == 0x00100000:
            # targets/arm/a32.decode:178: LDR_ri ---- 010 p:1 u:1 0 w:1 1 rn:4 rt:4 imm:12 &ldst_ri
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=insn & 0xfff)
            if trans.trans_LDR_ri(ctx, a):
                return True
        elif op == 0x00400000:
            # targets/arm/a32.decode:179: STRB_ri ---- 010 p:1 u:1 1 w:1 0 rn:4 rt:4 imm:12 &ldst_ri
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=insn & 0xfff)
            if trans.trans_STRB_ri(ctx, a):
                return True
        elif op == 0x00500000:
            # targets/arm/a32.decode:180: LDRB_ri ---- 010 p:1 u:1 1 w:1 1 rn:4 rt:4 imm:12 &ldst_ri
            a = arg_ldst_ri(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                imm=insn & 0xfff)
            if trans.trans_LDRB_ri(ctx, a):
                return True
    elif op == 0x06000000:
        # targets/arm/a32.decode:184: STR_rr ---- 011 p:1 u:1 0 w:1 0 rn:4 rt:4 shimm:5 shtype:2 0 rm:4 &ldst_rr
        if (insn & 0x00500010) == 0x00000000:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=(insn >> 7) & 0x1f,
                shtype=(insn >> 5) & 0x3)
            if trans.trans_STR_rr(ctx, a):
                return True
        # targets/arm/a32.decode:185: LDR_rr ---- 011 p:1 u:1 0 w:1 1 rn:4 rt:4 shimm:5 shtype:2 0 rm:4 &ldst_rr
        if (insn & 0x00500010) == 0x00100000:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=(insn >> 7) & 0x1f,
                shtype=(insn >> 5) & 0x3)
            if trans.trans_LDR_rr(ctx, a):
                return True
        # targets/arm/a32.decode:186: STRB_rr ---- 011 p:1 u:1 1 w:1 0 rn:4 rt:4 shimm:5 shtype:2 0 rm:4 &ldst_rr
        if (insn & 0x00500010) == 0x00400000:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=(insn >> 7) & 0x1f,
                shtype=(insn >> 5) & 0x3)
            if trans.trans_STRB_rr(ctx, a):
                return True
        # targets/arm/a32.decode:187: LDRB_rr ---- 011 p:1 u:1 1 w:1 1 rn:4 rt:4 shimm:5 shtype:2 0 rm:4 &ldst_rr
        if (insn & 0x00500010) == 0x00500000:
            a = arg_ldst_rr(
                p=(insn >> 24) & 0x1,
                w=(insn >> 21) & 0x1,
                u=(insn >> 23) & 0x1,
                rn=(insn >> 16) & 0xf,
                rt=(insn >> 12) & 0xf,
                rm=insn & 0xf,
                shimm=(insn >> 7) & 0x1f,
                shtype=(insn >> 5) & 0x3)
            if trans.trans_LDRB_rr(ctx, a):
                return True
        # targets/arm/a32.decode:189: PKH ---- 0110 1000 rn:4 rd:4 imm:5 tb:1 01 rm:4 &pkh
        if (insn & 0x01f00030) == 0x00800010:
            a = arg_pkh(
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                imm=(insn >> 7) & 0x1f,
                tb=(insn >> 6) & 0x1)
            if trans.trans_PKH(ctx, a):
                return True
        # targets/arm/a32.decode:190: SSAT ---- 0110 101 satimm:5 rd:4 imm:5 sh:1 01 rn:4 &sat
        if (insn & 0x01e00030) == 0x00a00010:
            a = arg_sat(
                rd=(insn >> 12) & 0xf,
                rn=insn & 0xf,
                satimm=(insn >> 16) & 0x1f,
                imm=(insn >> 7) & 0x1f,
                sh=(insn >> 6) & 0x1)
            if trans.trans_SSAT(ctx, a):
                return True
        # targets/arm/a32.decode:191: USAT ---- 0110 111 satimm:5 rd:4 imm:5 sh:1 01 rn:4 &sat
        if (insn & 0x01e00030) == 0x00e00010:
            a = arg_sat(
                rd=(insn >> 12) & 0xf,
                rn=insn & 0xf,
                satimm=(insn >> 16) & 0x1f,
                imm=(insn >> 7) & 0x1f,
                sh=(insn >> 6) & 0x1)
            if trans.trans_USAT(ctx, a):
                return True
        # targets/arm/a32.decode:192: SXTAB ---- 0110 1010 rn:4 rd:4 rot:2 00 0111 rm:4 &rrr_rot
        if (insn & 0x01f003f0) == 0x00a00070:
            a = arg_rrr_rot(
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rot=(insn >> 10) & 0x3)
            if trans.trans_SXTAB(ctx, a):
                return True
        # targets/arm/a32.decode:193: SXTAH ---- 0110 1011 rn:4 rd:4 rot:2 00 0111 rm:4 &rrr_rot
        if (insn & 0x01f003f0) == 0x00b00070:
            a = arg_rrr_rot(
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rot=(insn >> 10) & 0x3)
            if trans.trans_SXTAH(ctx, a):
                return True
        # targets/arm/a32.decode:194: UXTAB ---- 0110 1110 rn:4 rd:4 rot:2 00 0111 rm:4 &rrr_rot
        if (insn & 0x01f003f0) == 0x00e00070:
            a = arg_rrr_rot(
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rot=(insn >> 10) & 0x3)
            if trans.trans_UXTAB(ctx, a):
                return True
        # targets/arm/a32.decode:195: UXTAH ---- 0110 1111 rn:4 rd:4 rot:2 00 0111 rm:4 &rrr_rot
        if (insn & 0x01f003f0) == 0x00f00070:
            a = arg_rrr_rot(
                rd=(insn >> 12) & 0xf,
                rn=(insn >> 16) & 0xf,
                rm=insn & 0xf,
                rot=(insn >> 10) & 0x3)
            if trans.trans_UXTAH(ctx, a):
                return True
        # targets/arm/a32.decode:196: REV ---- 0110 1011 1111 rd:4 1111 0011 rm:4 &rr
        if (insn & 0x01ff0ff0) == 0x00bf0f30:
            a = arg_rr(rd=(insn >> 12) & 0xf, rm=insn & 0xf)
            if trans.trans_REV(ctx, a):
                return True
        # targets/arm/a32.decode:197: REV16 ---- 0110 1011 1111 rd:4 1111 1011 rm:4 &rr
        if (insn & 0x01ff0ff0) == 0x00bf0fb0:
            a = arg_rr(rd=(insn >> 12) & 0xf, rm=insn & 0xf)
            if trans.trans_REV16(ctx, a):
                return True
        # targets/arm/a32.decode:198: RBIT ---- 0110 1111 1111 rd:4 1111 0011 rm:4 &rr
        if (insn & 0x01ff0ff0) == 0x00ff0f30:
            a = arg_rr(rd=(insn >> 12) & 0xf, rm=insn & 0xf)
            if trans.trans_RBIT(ctx, a):
                return True
        # targets/arm/a32.decode:199: REVSH ---- 0110 1111 1111 rd:4 1111 1011 rm:4 &rr
        if (insn & 0x01ff0ff0) == 0x00ff0fb0:
            a = arg_rr(rd=(insn >> 12) & 0xf, rm=insn & 0xf)
            if trans.trans_REVSH(ctx, a):
                return True
        # targets/arm/a32.decode:200: SDIV ---- 0111 0001 rd:4 1111 rm:4 0001 rn:4 &rrr
        if (insn & 0x01f0f0f0) == 0x0110f010:
            a = arg_rrr(rd=(insn >> 16) & 0xf, rn=insn & 0xf, rm=(insn >> 8) & 0xf)
            if trans.trans_SDIV(ctx, a):
                return True
        # targets/arm/a32.decode:201: UDIV ---- 0111 0011 rd:4 1111 rm:4 0001 rn:4 &rrr
        if (insn & 0x01f0f0f0) == 0x0130f010:
            a = arg_rrr(rd=(insn >> 16) & 0xf, rn=insn & 0xf, rm=(insn >> 8) & 0xf)
            if trans.trans_UDIV(ctx, a):
                return True
        # targets/arm/a32.decode:202: SMMLA ---- 0111 0101 rd:4 ra:4 rm:4 00 r:1 1 rn:4 &rrrr_r
        if (insn & 0x01f000d0) == 0x01500010:
            a = arg_rrrr_r(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf,
                r=(insn >> 5) & 0x1)
            if trans.trans_SMMLA(ctx, a):
                return True
        # targets/arm/a32.decode:203: SMMLS ---- 0111 0101 rd:4 ra:4 rm:4 11 r:1 1 rn:4 &rrrr_r
        if (insn & 0x01f000d0) == 0x015000d0:
            a = arg_rrrr_r(
                rd=(insn >> 16) & 0xf,
                rn=insn & 0xf,
                rm=(insn >> 8) & 0xf,
                ra=(insn >> 12) & 0xf,
                r=(insn >> 5) & 0x1)
            if trans.trans_SMMLS(ctx, a):
                return True
        # targets/arm/a32.decode:204: SBFX ---- 0111 101 widthm1:5 rd:4 lsb:5 101 rn:4 &bfx
        if (insn & 0x01e00070) == 0x01a00050:
            a = arg_bfx(
                rd=(insn >> 12) & 0xf,
                rn=insn & 0xf,
                lsb=(insn >> 7) & 0x1f,
                widthm1=(insn >> 16) & 0x1f)
            if trans.trans_SBFX(ctx, a):
                return True
        # targets/arm/a32.decode:205: UBFX ---- 0111 111 widthm1:5 rd:4 lsb:5 101 rn:4 &bfx
        if (insn & 0x01e00070) == 0x01e00050:
            a = arg_bfx(
                rd=(insn >> 12) & 0xf,
                rn=insn & 0xf,
                lsb=(insn >> 7) & 0x1f,
                widthm1=(insn >> 16) & 0x1f)
            if trans.trans_UBFX(ctx, a):
                return True
        # targets/arm/a32.decode:206: BFCI ---- 0111 110 msb:5 rd:4 lsb:5 001 rn:4 &bfi
        if (insn & 0x01e00070) == 0x01c00010:
            a = arg_bfi(
                rd=(insn >> 12) & 0xf,
                rn=insn & 0xf,
                lsb=(insn >> 7) & 0x1f,
                msb=(insn >> 16) & 0x1f)
            if trans.trans_BFCI(ctx, a):
                return True
        # targets/arm/a32.decode:207: UDF ---- 0111 1111 ------------ 1111 ----
        if (insn & 0x01f000f0) == 0x01f000f0:
            a = arg_empty()
            if trans.trans_UDF(ctx, a):
                return True
    elif op == 0x08000000:
        op = insn & 0x00500000
        if op == 0x00000000:
            # targets/arm/a32.decode:211: STM ---- 100 b:1 i:1 0 w:1 0 rn:4 list:16 &ldst_block u=0
            a = arg_ldst_block(
                rn=(insn >> 16) & 0xf,
                i=(insn >> 23) & 0x1,
                b=(insn >> 24) & 0x1,
                u=0,
                w=(insn >> 21) & 0x1,
                list=insn & 0xffff)
            if trans.trans_STM(ctx, a):
                return True
        elif op == 0x00100000:
            # targets/arm/a32.decode:213: LDM ---- 100 b:1 i:1 0 w:1 1 rn:4 list:16 &ldst_block u=0
            a = arg_ldst_block(
                rn=(insn >> 16) & 0xf,
                i=(insn >> 23) & 0x1,
                b=(insn >> 24) & 0x1,
                u=0,
                w=(insn >> 21) & 0x1,
                list=insn & 0xffff)
            if trans.trans_LDM(ctx, a):
                return True
        elif op == 0x00400000:
            # targets/arm/a32.decode:212: STM_u ---- 100 b:1 i:1 1 w:1 0 rn:4 list:16 &ldst_block u=1
            a = arg_ldst_block(
                rn=(insn >> 16) & 0xf,
                i=(insn >> 23) & 0x1,
                b=(insn >> 24) & 0x1,
                u=1,
                w=(insn >> 21) & 0x1,
                list=insn & 0xffff)
            if trans.trans_STM_u(ctx, a):
                return True
        elif op == 0x00500000:
            # targets/arm/a32.decode:214: LDM_u ---- 100 b:1 i:1 1 w:1 1 rn:4 list:16 &ldst_block u=1
            a = arg_ldst_block(
                rn=(insn >> 16) & 0xf,
                i=(insn >> 23) & 0x1,
                b=(insn >> 24) & 0x1,
                u=1,
                w=(insn >> 21) & 0x1,
                list=insn & 0xffff)
            if trans.trans_LDM_u(ctx, a):
                return True
    elif op == 0x0a000000:
        op = insn & 0x01000000
        if op == 0x00000000:
            # targets/arm/a32.decode:215: B ---- 1010 ........................ &i imm=%imm24
            a = arg_i(imm=trans.ex_times_4(ctx, ((insn & 0xffffff) ^ 0x800000) - 0x800000))
            if trans.trans_B(ctx, a):
                return True
        elif op == 0x01000000:
            # targets/arm/a32.decode:216: BL ---- 1011 ........................ &i imm=%imm24
            a = arg_i(imm=trans.ex_times_4(ctx, ((insn & 0xffffff) ^ 0x800000) - 0x800000))
            if trans.trans_BL(ctx, a):
                return True
    elif op == 0x0c000000:
        op = insn & 0x01f00000
        if op == 0x00400000:
            # targets/arm/a32.decode:219: MCRR ---- 1100 0100 rt2:4 rt:4 cp:4 opc1:4 crm:4 &mcrr
            a = arg_mcrr(
                cp=(insn >> 8) & 0xf,
                opc1=(insn >> 4) & 0xf,
                crm=insn & 0xf,
                rt=(insn >> 12) & 0xf,
                rt2=(insn >> 16) & 0xf)
            if trans.trans_MCRR(ctx, a):
                return True
        elif op == 0x00500000:
            # targets/arm/a32.decode:220: MRRC ---- 1100 0101 rt2:4 rt:4 cp:4 opc1:4 crm:4 &mcrr
            a = arg_mcrr(
                cp=(insn >> 8) & 0xf,
                opc1=(insn >> 4) & 0xf,
                crm=insn & 0xf,
                rt=(insn >> 12) & 0xf,
                rt2=(insn >> 16) & 0xf)
            if trans.trans_MRRC(ctx, a):
                return True
    elif op == 0x0e000000:
        op = insn & 0x01000000
        if op == 0x00000000:
            op = insn & 0x00100010
            if op == 0x00000010:
                # targets/arm/a32.decode:221: MCR ---- 1110 opc1:3 0 crn:4 rt:4 cp:4 opc2:3 1 crm:4 &mcr
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
                # targets/arm/a32.decode:222: MRC ---- 1110 opc1:3 1 crn:4 rt:4 cp:4 opc2:3 1 crm:4 &mcr
                a = arg_mcr(
                    cp=(insn >> 8) & 0xf,
                    opc1=(insn >> 21) & 0x7,
                    crn=(insn >> 16) & 0xf,
                    crm=insn & 0xf,
                    opc2=(insn >> 5) & 0x7,
                    rt=(insn >> 12) & 0xf)
                if trans.trans_MRC(ctx, a):
                    return True
        elif op == 0x01000000:
            # targets/arm/a32.decode:223: SVC ---- 1111 imm:24 &i
            a = arg_i(imm=insn & 0xffffff)
            if trans.trans_SVC(ctx, a):
                return True
    return False
