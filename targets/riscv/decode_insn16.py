# Generated from targets/riscv/insn16.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=16 --decode=decode_insn16
"""Decoder for targets/riscv/insn16.decode.

decode_insn16(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
"""


class arg_empty:
    """&empty: no fields."""

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


class arg_b:
    """&b: imm rs2 rs1."""

    __slots__ = ('imm', 'rs2', 'rs1')

    def __init__(self, imm=0, rs2=0, rs1=0):
        self.imm = imm
        self.rs2 = rs2
        self.rs1 = rs1

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_i:
    """&i: imm rs1 rd."""

    __slots__ = ('imm', 'rs1', 'rd')

    def __init__(self, imm=0, rs1=0, rd=0):
        self.imm = imm
        self.rs1 = rs1
        self.rd = rd

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_j:
    """&j: imm rd."""

    __slots__ = ('imm', 'rd')

    def __init__(self, imm=0, rd=0):
        self.imm = imm
        self.rd = rd

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_r:
    """&r: rd rs1 rs2."""

    __slots__ = ('rd', 'rs1', 'rs2')

    def __init__(self, rd=0, rs1=0, rs2=0):
        self.rd = rd
        self.rs1 = rs1
        self.rs2 = rs2

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_s:
    """&s: imm rs1 rs2."""

    __slots__ = ('imm', 'rs1', 'rs2')

    def __init__(self, imm=0, rs1=0, rs2=0):
        self.imm = imm
        self.rs1 = rs1
        self.rs2 = rs2

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_u:
    """&u: imm rd."""

    __slots__ = ('imm', 'rd')

    def __init__(self, imm=0, rd=0):
        self.imm = imm
        self.rd = rd

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_shift:
    """&shift: shamt rs1 rd."""

    __slots__ = ('shamt', 'rs1', 'rd')

    def __init__(self, shamt=0, rs1=0, rd=0):
        self.shamt = shamt
        self.rs1 = rs1
        self.rd = rd

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


def _field_imm_ci(insn):
    """%imm_ci: targets/riscv/insn16.decode:17."""
    return ((-((insn >> 12) & 0x1)) << 5
            | ((insn >> 2) & 0x1f))


def _field_nzuimm_ciw(insn):
    """%nzuimm_ciw: targets/riscv/insn16.decode:18."""
    return (((insn >> 7) & 0xf) << 4
            | ((insn >> 11) & 0x3) << 2
            | ((insn >> 5) & 0x1) << 1
            | ((insn >> 6) & 0x1))


def _field_uimm_cl_d(insn):
    """%uimm_cl_d: targets/riscv/insn16.decode:19."""
    return (((insn >> 5) & 0x3) << 3
            | ((insn >> 10) & 0x7))


def _field_uimm_cl_w(insn):
    """%uimm_cl_w: targets/riscv/insn16.decode:20."""
    return (((insn >> 5) & 0x1) << 4
            | ((insn >> 10) & 0x7) << 1
            | ((insn >> 6) & 0x1))


def _field_imm_cb(insn):
    """%imm_cb: targets/riscv/insn16.decode:21."""
    return ((-((insn >> 12) & 0x1)) << 7
            | ((insn >> 5) & 0x3) << 5
            | ((insn >> 2) & 0x1) << 4
            | ((insn >> 10) & 0x3) << 2
            | ((insn >> 3) & 0x3))


def _field_imm_cj(insn):
    """%imm_cj: targets/riscv/insn16.decode:22."""
    return ((-((insn >> 12) & 0x1)) << 10
            | ((insn >> 8) & 0x1) << 9
            | ((insn >> 9) & 0x3) << 7
            | ((insn >> 6) & 0x1) << 6
            | ((insn >> 7) & 0x1) << 5
            | ((insn >> 2) & 0x1) << 4
            | ((insn >> 11) & 0x1) << 3
            | ((insn >> 3) & 0x7))


def _field_shimm_6(insn):
    """%shimm_6: targets/riscv/insn16.decode:23."""
    return (((insn >> 12) & 0x1) << 5
            | ((insn >> 2) & 0x1f))


def _field_uimm_ldsp(insn):
    """%uimm_ldsp: targets/riscv/insn16.decode:24."""
    return (((insn >> 2) & 0x7) << 3
            | ((insn >> 12) & 0x1) << 2
            | ((insn >> 5) & 0x3))


def _field_uimm_lwsp(insn):
    """%uimm_lwsp: targets/riscv/insn16.decode:25."""
    return (((insn >> 2) & 0x3) << 4
            | ((insn >> 12) & 0x1) << 3
            | ((insn >> 4) & 0x7))


def _field_uimm_sdsp(insn):
    """%uimm_sdsp: targets/riscv/insn16.decode:26."""
    return (((insn >> 7) & 0x7) << 3
            | ((insn >> 10) & 0x7))


def _field_uimm_swsp(insn):
    """%uimm_swsp: targets/riscv/insn16.decode:27."""
    return (((insn >> 7) & 0x3) << 4
            | ((insn >> 9) & 0xf))


def _field_imm_addi16sp(insn):
    """%imm_addi16sp: targets/riscv/insn16.decode:28."""
    return ((-((insn >> 12) & 0x1)) << 5
            | ((insn >> 3) & 0x3) << 3
            | ((insn >> 5) & 0x1) << 2
            | ((insn >> 2) & 0x1) << 1
            | ((insn >> 6) & 0x1))


def _field_imm_lui(insn):
    """%imm_lui: targets/riscv/insn16.decode:29."""
    return ((-((insn >> 12) & 0x1)) << 5
            | ((insn >> 2) & 0x1f))


trans_names = (
    'illegal',
    'addi',
    'fld',
    'lw',
    'ld',
    'flw',
    'fsd',
    'sw',
    'sd',
    'fsw',
    'c64_illegal',
    'addiw',
    'jal',
    'lui',
    'srli',
    'srai',
    'andi',
    'sub',
    'xor',
    'or',
    'and',
    'subw',
    'addw',
    'beq',
    'bne',
    'slli',
    'jalr',
    'ebreak',
    'add',
)


def decode_insn16(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0xe003
    if op == 0x0000:
        # targets/riscv/insn16.decode:67: illegal 000 000 000 00 --- 00
        if (insn & 0x1fe0) == 0x0000:
            a = arg_empty()
            if trans.trans_illegal(ctx, a):
                return True
        # targets/riscv/insn16.decode:68: addi 000 ... ... .. ... 00 @c_addi4spn
        a = arg_i(
            imm=trans.ex_shift_2(ctx, _field_nzuimm_ciw(insn)),
            rs1=2,
            rd=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_addi(ctx, a):
            return True
    elif op == 0x0001:
        # targets/riscv/insn16.decode:84: addi 000 . ..... ..... 01 @ci
        a = arg_i(imm=_field_imm_ci(insn), rs1=(insn >> 7) & 0x1f, rd=(insn >> 7) & 0x1f)
        if trans.trans_addi(ctx, a):
            return True
    elif op == 0x0002:
        # targets/riscv/insn16.decode:110: slli 000 . ..... ..... 10 @c_shift2
        a = arg_shift(shamt=_field_shimm_6(insn), rs1=(insn >> 7) & 0x1f, rd=(insn >> 7) & 0x1f)
        if trans.trans_slli(ctx, a):
            return True
    elif op == 0x2000:
        # targets/riscv/insn16.decode:70: fld 001 ... ... .. ... 00 @cl_d
        a = arg_i(
            imm=trans.ex_shift_3(ctx, _field_uimm_cl_d(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rd=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_fld(ctx, a):
            return True
    elif op == 0x2001:
        # targets/riscv/insn16.decode:86: c64_illegal 001 - 00000 ----- 01
        if (insn & 0x0f80) == 0x0000:
            a = arg_empty()
            if trans.trans_c64_illegal(ctx, a):
                return True
        # targets/riscv/insn16.decode:87: addiw 001 . ..... ..... 01 @ci
        a = arg_i(imm=_field_imm_ci(insn), rs1=(insn >> 7) & 0x1f, rd=(insn >> 7) & 0x1f)
        if trans.trans_addiw(ctx, a):
            return True
        # targets/riscv/insn16.decode:88: jal 001 ........... 01 @cj rd=1
        a = arg_j(imm=trans.ex_shift_1(ctx, _field_imm_cj(insn)), rd=1)
        if trans.trans_jal(ctx, a):
            return True
    elif op == 0x2002:
        # targets/riscv/insn16.decode:111: fld 001 . ..... ..... 10 @c_ldsp
        a = arg_i(imm=trans.ex_shift_3(ctx, _field_uimm_ldsp(insn)), rs1=2, rd=(insn >> 7) & 0x1f)
        if trans.trans_fld(ctx, a):
            return True
    elif op == 0x4000:
        # targets/riscv/insn16.decode:71: lw 010 ... ... .. ... 00 @cl_w
        a = arg_i(
            imm=trans.ex_shift_2(ctx, _field_uimm_cl_w(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rd=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_lw(ctx, a):
            return True
    elif op == 0x4001:
        # targets/riscv/insn16.decode:90: addi 010 . ..... ..... 01 @c_li
        a = arg_i(imm=_field_imm_ci(insn), rs1=0, rd=(insn >> 7) & 0x1f)
        if trans.trans_addi(ctx, a):
            return True
    elif op == 0x4002:
        # targets/riscv/insn16.decode:113: illegal 010 - 00000 ----- 10
        if (insn & 0x0f80) == 0x0000:
            a = arg_empty()
            if trans.trans_illegal(ctx, a):
                return True
        # targets/riscv/insn16.decode:114: lw 010 . ..... ..... 10 @c_lwsp
        a = arg_i(imm=trans.ex_shift_2(ctx, _field_uimm_lwsp(insn)), rs1=2, rd=(insn >> 7) & 0x1f)
        if trans.trans_lw(ctx, a):
            return True
    elif op == 0x6000:
        # targets/riscv/insn16.decode:73: ld 011 ... ... .. ... 00 @cl_d
        a = arg_i(
            imm=trans.ex_shift_3(ctx, _field_uimm_cl_d(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rd=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_ld(ctx, a):
            return True
        # targets/riscv/insn16.decode:74: flw 011 ... ... .. ... 00 @cl_w
        a = arg_i(
            imm=trans.ex_shift_2(ctx, _field_uimm_cl_w(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rd=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_flw(ctx, a):
            return True
    elif op == 0x6001:
        # targets/riscv/insn16.decode:92: illegal 011 0 ----- 00000 01
        if (insn & 0x107c) == 0x0000:
            a = arg_empty()
            if trans.trans_illegal(ctx, a):
                return True
        # targets/riscv/insn16.decode:93: addi 011 . 00010 ..... 01 @c_addi16sp
        if (insn & 0x0f80) == 0x0100:
            a = arg_i(imm=trans.ex_shift_4(ctx, _field_imm_addi16sp(insn)), rs1=2, rd=2)
            if trans.trans_addi(ctx, a):
                return True
        # targets/riscv/insn16.decode:94: lui 011 . ..... ..... 01 @c_lui
        a = arg_u(imm=trans.ex_shift_12(ctx, _field_imm_lui(insn)), rd=(insn >> 7) & 0x1f)
        if trans.trans_lui(ctx, a):
            return True
    elif op == 0x6002:
        # targets/riscv/insn16.decode:117: c64_illegal 011 - 00000 ----- 10
        if (insn & 0x0f80) == 0x0000:
            a = arg_empty()
            if trans.trans_c64_illegal(ctx, a):
                return True
        # targets/riscv/insn16.decode:118: ld 011 . ..... ..... 10 @c_ldsp
        a = arg_i(imm=trans.ex_shift_3(ctx, _field_uimm_ldsp(insn)), rs1=2, rd=(insn >> 7) & 0x1f)
        if trans.trans_ld(ctx, a):
            return True
        # targets/riscv/insn16.decode:119: flw 011 . ..... ..... 10 @c_lwsp
        a = arg_i(imm=trans.ex_shift_2(ctx, _field_uimm_lwsp(insn)), rs1=2, rd=(insn >> 7) & 0x1f)
        if trans.trans_flw(ctx, a):
            return True
    elif op == 0x8001:
        op = insn & 0x0c00
        if op == 0x0000:
            # targets/riscv/insn16.decode:96: srli 100 . 00 ... ..... 01 @c_shift
            a = arg_shift(
                shamt=_field_shimm_6(insn),
                rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7))
            if trans.trans_srli(ctx, a):
                return True
        elif op == 0x0400:
            # targets/riscv/insn16.decode:97: srai 100 . 01 ... ..... 01 @c_shift
            a = arg_shift(
                shamt=_field_shimm_6(insn),
                rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7))
            if trans.trans_srai(ctx, a):
                return True
        elif op == 0x0800:
            # targets/riscv/insn16.decode:98: andi 100 . 10 ... ..... 01 @c_andi
            a = arg_i(
                imm=_field_imm_ci(insn),
                rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7))
            if trans.trans_andi(ctx, a):
                return True
        elif op == 0x0c00:
            op = insn & 0x1060
            if op == 0x0000:
                # targets/riscv/insn16.decode:99: sub 100 0 11 ... 00 ... 01 @cs_2
                a = arg_r(
                    rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
                if trans.trans_sub(ctx, a):
                    return True
            elif op == 0x0020:
                # targets/riscv/insn16.decode:100: xor 100 0 11 ... 01 ... 01 @cs_2
                a = arg_r(
                    rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
                if trans.trans_xor(ctx, a):
                    return True
            elif op == 0x0040:
                # targets/riscv/insn16.decode:101: or 100 0 11 ... 10 ... 01 @cs_2
                a = arg_r(
                    rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
                if trans.trans_or(ctx, a):
                    return True
            elif op == 0x0060:
                # targets/riscv/insn16.decode:102: and 100 0 11 ... 11 ... 01 @cs_2
                a = arg_r(
                    rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
                if trans.trans_and(ctx, a):
                    return True
            elif op == 0x1000:
                # targets/riscv/insn16.decode:103: subw 100 1 11 ... 00 ... 01 @cs_2
                a = arg_r(
                    rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
                if trans.trans_subw(ctx, a):
                    return True
            elif op == 0x1020:
                # targets/riscv/insn16.decode:104: addw 100 1 11 ... 01 ... 01 @cs_2
                a = arg_r(
                    rd=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
                    rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
                if trans.trans_addw(ctx, a):
                    return True
    elif op == 0x8002:
        op = insn & 0x1000
        if op == 0x0000:
            # targets/riscv/insn16.decode:122: illegal 100 0 00000 00000 10
            if (insn & 0x0ffc) == 0x0000:
                a = arg_empty()
                if trans.trans_illegal(ctx, a):
                    return True
            # targets/riscv/insn16.decode:123: jalr 100 0 ..... 00000 10 @c_jalr rd=0
            if (insn & 0x007c) == 0x0000:
                a = arg_i(imm=0, rs1=(insn >> 7) & 0x1f, rd=0)
                if trans.trans_jalr(ctx, a):
                    return True
            # targets/riscv/insn16.decode:124: addi 100 0 ..... ..... 10 @c_mv
            a = arg_i(imm=0, rs1=(insn >> 2) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_addi(ctx, a):
                return True
        elif op == 0x1000:
            # targets/riscv/insn16.decode:127: ebreak 100 1 00000 00000 10
            if (insn & 0x0ffc) == 0x0000:
                a = arg_empty()
                if trans.trans_ebreak(ctx, a):
                    return True
            # targets/riscv/insn16.decode:128: jalr 100 1 ..... 00000 10 @c_jalr rd=1
            if (insn & 0x007c) == 0x0000:
                a = arg_i(imm=0, rs1=(insn >> 7) & 0x1f, rd=1)
                if trans.trans_jalr(ctx, a):
                    return True
            # targets/riscv/insn16.decode:129: add 100 1 ..... ..... 10 @cr
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 7) & 0x1f, rs2=(insn >> 2) & 0x1f)
            if trans.trans_add(ctx, a):
                return True
    elif op == 0xa000:
        # targets/riscv/insn16.decode:76: fsd 101 ... ... .. ... 00 @cs_d
        a = arg_s(
            imm=trans.ex_shift_3(ctx, _field_uimm_cl_d(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_fsd(ctx, a):
            return True
    elif op == 0xa001:
        # targets/riscv/insn16.decode:105: jal 101 ........... 01 @cj rd=0
        a = arg_j(imm=trans.ex_shift_1(ctx, _field_imm_cj(insn)), rd=0)
        if trans.trans_jal(ctx, a):
            return True
    elif op == 0xa002:
        # targets/riscv/insn16.decode:131: fsd 101 . ..... ..... 10 @c_sdsp
        a = arg_s(imm=trans.ex_shift_3(ctx, _field_uimm_sdsp(insn)), rs1=2, rs2=(insn >> 2) & 0x1f)
        if trans.trans_fsd(ctx, a):
            return True
    elif op == 0xc000:
        # targets/riscv/insn16.decode:77: sw 110 ... ... .. ... 00 @cs_w
        a = arg_s(
            imm=trans.ex_shift_2(ctx, _field_uimm_cl_w(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_sw(ctx, a):
            return True
    elif op == 0xc001:
        # targets/riscv/insn16.decode:106: beq 110 ... ... ..... 01 @cb_z
        a = arg_b(
            imm=trans.ex_shift_1(ctx, _field_imm_cb(insn)),
            rs2=0,
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7))
        if trans.trans_beq(ctx, a):
            return True
    elif op == 0xc002:
        # targets/riscv/insn16.decode:132: sw 110 . ..... ..... 10 @c_swsp
        a = arg_s(imm=trans.ex_shift_2(ctx, _field_uimm_swsp(insn)), rs1=2, rs2=(insn >> 2) & 0x1f)
        if trans.trans_sw(ctx, a):
            return True
    elif op == 0xe000:
        # targets/riscv/insn16.decode:79: sd 111 ... ... .. ... 00 @cs_d
        a = arg_s(
            imm=trans.ex_shift_3(ctx, _field_uimm_cl_d(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_sd(ctx, a):
            return True
        # targets/riscv/insn16.decode:80: fsw 111 ... ... .. ... 00 @cs_w
        a = arg_s(
            imm=trans.ex_shift_2(ctx, _field_uimm_cl_w(insn)),
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7),
            rs2=trans.ex_rvc_register(ctx, (insn >> 2) & 0x7))
        if trans.trans_fsw(ctx, a):
            return True
    elif op == 0xe001:
        # targets/riscv/insn16.decode:107: bne 111 ... ... ..... 01 @cb_z
        a = arg_b(
            imm=trans.ex_shift_1(ctx, _field_imm_cb(insn)),
            rs2=0,
            rs1=trans.ex_rvc_register(ctx, (insn >> 7) & 0x7))
        if trans.trans_bne(ctx, a):
            return True
    elif op == 0xe002:
        # targets/riscv/insn16.decode:134: sd 111 . ..... ..... 10 @c_sdsp
        a = arg_s(imm=trans.ex_shift_3(ctx, _field_uimm_sdsp(insn)), rs1=2, rs2=(insn >> 2) & 0x1f)
        if trans.trans_sd(ctx, a):
            return True
        # targets/riscv/insn16.decode:135: fsw 111 . ..... ..... 10 @c_swsp
        a = arg_s(imm=trans.ex_shift_2(ctx, _field_uimm_swsp(insn)), rs1=2, rs2=(insn >> 2) & 0x1f)
        if trans.trans_fsw(ctx, a):
            return True
    return False
