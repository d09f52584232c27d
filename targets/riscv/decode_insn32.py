# Generated from targets/riscv/insn32.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=32 --decode=decode_insn32
"""Decoder for targets/riscv/insn32.decode.

decode_insn32(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
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


class arg_r2:
    """&r2: rd rs1."""

    __slots__ = ('rd', 'rs1')

    def __init__(self, rd=0, rs1=0):
        self.rd = rd
        self.rs1 = rs1

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


class arg_csr:
    """&csr: csr rs1 rd."""

    __slots__ = ('csr', 'rs1', 'rd')

    def __init__(self, csr=0, rs1=0, rd=0):
        self.csr = csr
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


class arg_atomic:
    """&atomic: aq rl rs2 rs1 rd."""

    __slots__ = ('aq', 'rl', 'rs2', 'rs1', 'rd')

    def __init__(self, aq=0, rl=0, rs2=0, rs1=0, rd=0):
        self.aq = aq
        self.rl = rl
        self.rs2 = rs2
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


class arg_r4_rm:
    """&r4_rm: rd rs1 rs2 rs3 rm."""

    __slots__ = ('rd', 'rs1', 'rs2', 'rs3', 'rm')

    def __init__(self, rd=0, rs1=0, rs2=0, rs3=0, rm=0):
        self.rd = rd
        self.rs1 = rs1
        self.rs2 = rs2
        self.rs3 = rs3
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_r_rm:
    """&r_rm: rd rs1 rs2 rm."""

    __slots__ = ('rd', 'rs1', 'rs2', 'rm')

    def __init__(self, rd=0, rs1=0, rs2=0, rm=0):
        self.rd = rd
        self.rs1 = rs1
        self.rs2 = rs2
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_r2_rm:
    """&r2_rm: rd rs1 rm."""

    __slots__ = ('rd', 'rs1', 'rm')

    def __init__(self, rd=0, rs1=0, rm=0):
        self.rd = rd
        self.rs1 = rs1
        self.rm = rm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_sfence:
    """&sfence: rs1 rs2."""

    __slots__ = ('rs1', 'rs2')

    def __init__(self, rs1=0, rs2=0):
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


class arg_fence:
    """fence: pred succ."""

    __slots__ = ('pred', 'succ')

    def __init__(self, pred=0, succ=0):
        self.pred = pred
        self.succ = succ

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


def _field_imm_s(insn):
    """%imm_s: targets/riscv/insn32.decode:22."""
    return (((((insn >> 25) & 0x7f) ^ 0x40) - 0x40) << 5
            | ((insn >> 7) & 0x1f))


def _field_imm_b(insn):
    """%imm_b: targets/riscv/insn32.decode:23."""
    return ((-((insn >> 31) & 0x1)) << 11
            | ((insn >> 7) & 0x1) << 10
            | ((insn >> 25) & 0x3f) << 4
            | ((insn >> 8) & 0xf))


def _field_imm_j(insn):
    """%imm_j: targets/riscv/insn32.decode:24."""
    return ((-((insn >> 31) & 0x1)) << 19
            | ((insn >> 12) & 0xff) << 11
            | ((insn >> 20) & 0x1) << 10
            | ((insn >> 21) & 0x3ff))


trans_names = (
    'ecall',
    'ebreak',
    'sret',
    'mret',
    'wfi',
    'sfence_vma',
    'lui',
    'auipc',
    'jal',
    'jalr',
    'beq',
    'bne',
    'blt',
    'bge',
    'bltu',
    'bgeu',
    'lb',
    'lh',
    'lw',
    'ld',
    'lbu',
    'lhu',
    'lwu',
    'sb',
    'sh',
    'sw',
    'sd',
    'addi',
    'slti',
    'sltiu',
    'xori',
    'ori',
    'andi',
    'slli',
    'srli',
    'srai',
    'add',
    'sub',
    'sll',
    'slt',
    'sltu',
    'xor',
    'srl',
    'sra',
    'or',
    'and',
    'fence',
    'fence_i',
    'addiw',
    'slliw',
    'srliw',
    'sraiw',
    'addw',
    'subw',
    'sllw',
    'srlw',
    'sraw',
    'sh1add',
    'sh2add',
    'sh3add',
    'add_uw',
    'sh1add_uw',
    'sh2add_uw',
    'sh3add_uw',
    'slli_uw',
    'andn',
    'orn',
    'xnor',
    'rol',
    'ror',
    'rolw',
    'rorw',
    'rori',
    'roriw',
    'clz',
    'ctz',
    'cpop',
    'sext_b',
    'sext_h',
    'clzw',
    'ctzw',
    'cpopw',
    'max',
    'maxu',
    'min',
    'minu',
    'orc_b',
    'rev8_32',
    'rev8_64',
    'zext_h_32',
    'zext_h_64',
    'clmul',
    'clmulr',
    'clmulh',
    'bclr',
    'bext',
    'binv',
    'bset',
    'bclri',
    'bexti',
    'binvi',
    'bseti',
    'csrrw',
    'csrrs',
    'csrrc',
    'csrrwi',
    'csrrsi',
    'csrrci',
    'mul',
    'mulh',
    'mulhsu',
    'mulhu',
    'div',
    'divu',
    'rem',
    'remu',
    'mulw',
    'divw',
    'divuw',
    'remw',
    'remuw',
    'lr_w',
    'sc_w',
    'amoswap_w',
    'amoadd_w',
    'amoxor_w',
    'amoand_w',
    'amoor_w',
    'amomin_w',
    'amomax_w',
    'amominu_w',
    'amomaxu_w',
    'lr_d',
    'sc_d',
    'amoswap_d',
    'amoadd_d',
    'amoxor_d',
    'amoand_d',
    'amoor_d',
    'amomin_d',
    'amomax_d',
    'amominu_d',
    'amomaxu_d',
    'flw',
    'fsw',
    'fmadd_s',
    'fmsub_s',
    'fnmsub_s',
    'fnmadd_s',
    'fadd_s',
    'fsub_s',
    'fmul_s',
    'fdiv_s',
    'fsqrt_s',
    'fsgnj_s',
    'fsgnjn_s',
    'fsgnjx_s',
    'fmin_s',
    'fmax_s',
    'fcvt_w_s',
    'fcvt_wu_s',
    'fmv_x_w',
    'feq_s',
    'flt_s',
    'fle_s',
    'fclass_s',
    'fcvt_s_w',
    'fcvt_s_wu',
    'fmv_w_x',
    'fcvt_l_s',
    'fcvt_lu_s',
    'fcvt_s_l',
    'fcvt_s_lu',
    'fld',
    'fsd',
    'fmadd_d',
    'fmsub_d',
    'fnmsub_d',
    'fnmadd_d',
    'fadd_d',
    'fsub_d',
    'fmul_d',
    'fdiv_d',
    'fsqrt_d',
    'fsgnj_d',
    'fsgnjn_d',
    'fsgnjx_d',
    'fmin_d',
    'fmax_d',
    'fcvt_s_d',
    'fcvt_d_s',
    'feq_d',
    'flt_d',
    'fle_d',
    'fclass_d',
    'fcvt_w_d',
    'fcvt_wu_d',
    'fcvt_d_w',
    'fcvt_d_wu',
    'fcvt_l_d',
    'fcvt_lu_d',
    'fmv_x_d',
    'fcvt_d_l',
    'fcvt_d_lu',
    'fmv_d_x',
)


def decode_insn32(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0x0000007f
    if op == 0x00000003:
        op = insn & 0x00007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:81: lb ............ ..... 000 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_lb(ctx, a):
                return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:82: lh ............ ..... 001 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_lh(ctx, a):
                return True
        elif op == 0x00002000:
            # targets/riscv/insn32.decode:83: lw ............ ..... 010 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_lw(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:84: ld ............ ..... 011 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_ld(ctx, a):
                return True
        elif op == 0x00004000:
            # targets/riscv/insn32.decode:85: lbu ............ ..... 100 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_lbu(ctx, a):
                return True
        elif op == 0x00005000:
            # targets/riscv/insn32.decode:86: lhu ............ ..... 101 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_lhu(ctx, a):
                return True
        elif op == 0x00006000:
            # targets/riscv/insn32.decode:87: lwu ............ ..... 110 ..... 0000011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_lwu(ctx, a):
                return True
    elif op == 0x00000007:
        op = insn & 0x00007000
        if op == 0x00002000:
            # targets/riscv/insn32.decode:220: flw ............ ..... 010 ..... 0000111 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_flw(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:252: fld ............ ..... 011 ..... 0000111 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_fld(ctx, a):
                return True
    elif op == 0x0000000f:
        op = insn & 0x00007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:111: fence ---- pred:4 succ:4 ----- 000 ----- 0001111
            a = arg_fence(pred=(insn >> 24) & 0xf, succ=(insn >> 20) & 0xf)
            if trans.trans_fence(ctx, a):
                return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:112: fence_i ---- ---- ---- ----- 001 ----- 0001111
            a = arg_empty()
            if trans.trans_fence_i(ctx, a):
                return True
    elif op == 0x00000013:
        op = insn & 0x00007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:92: addi ............ ..... 000 ..... 0010011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_addi(ctx, a):
                return True
        elif op == 0x00001000:
            op = insn & 0xfc000000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:98: slli 000000 ...... ..... 001 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_slli(ctx, a):
                    return True
            elif op == 0x28000000:
                # targets/riscv/insn32.decode:170: bseti 001010 ...... ..... 001 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_bseti(ctx, a):
                    return True
            elif op == 0x48000000:
                # targets/riscv/insn32.decode:167: bclri 010010 ...... ..... 001 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_bclri(ctx, a):
                    return True
            elif op == 0x60000000:
                op = insn & 0x03f00000
                if op == 0x00000000:
                    # targets/riscv/insn32.decode:143: clz 011000 000000 ..... 001 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_clz(ctx, a):
                        return True
                elif op == 0x00100000:
                    # targets/riscv/insn32.decode:144: ctz 011000 000001 ..... 001 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_ctz(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/riscv/insn32.decode:145: cpop 011000 000010 ..... 001 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_cpop(ctx, a):
                        return True
                elif op == 0x00400000:
                    # targets/riscv/insn32.decode:146: sext_b 011000 000100 ..... 001 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_sext_b(ctx, a):
                        return True
                elif op == 0x00500000:
                    # targets/riscv/insn32.decode:147: sext_h 011000 000101 ..... 001 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_sext_h(ctx, a):
                        return True
            elif op == 0x68000000:
                # targets/riscv/insn32.decode:169: binvi 011010 ...... ..... 001 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_binvi(ctx, a):
                    return True
        elif op == 0x00002000:
            # targets/riscv/insn32.decode:93: slti ............ ..... 010 ..... 0010011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_slti(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:94: sltiu ............ ..... 011 ..... 0010011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_sltiu(ctx, a):
                return True
        elif op == 0x00004000:
            # targets/riscv/insn32.decode:95: xori ............ ..... 100 ..... 0010011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_xori(ctx, a):
                return True
        elif op == 0x00005000:
            op = insn & 0xfc000000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:99: srli 000000 ...... ..... 101 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_srli(ctx, a):
                    return True
            elif op == 0x28000000:
                # targets/riscv/insn32.decode:155: orc_b 001010 000111 ..... 101 ..... 0010011 @r2
                if (insn & 0x03f00000) == 0x00700000:
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_orc_b(ctx, a):
                        return True
            elif op == 0x40000000:
                # targets/riscv/insn32.decode:100: srai 010000 ...... ..... 101 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_srai(ctx, a):
                    return True
            elif op == 0x48000000:
                # targets/riscv/insn32.decode:168: bexti 010010 ...... ..... 101 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_bexti(ctx, a):
                    return True
            elif op == 0x60000000:
                # targets/riscv/insn32.decode:141: rori 011000 ...... ..... 101 ..... 0010011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_rori(ctx, a):
                    return True
            elif op == 0x68000000:
                op = insn & 0x03f00000
                if op == 0x01800000:
                    # targets/riscv/insn32.decode:156: rev8_32 011010 011000 ..... 101 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_rev8_32(ctx, a):
                        return True
                elif op == 0x03800000:
                    # targets/riscv/insn32.decode:157: rev8_64 011010 111000 ..... 101 ..... 0010011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_rev8_64(ctx, a):
                        return True
        elif op == 0x00006000:
            # targets/riscv/insn32.decode:96: ori ............ ..... 110 ..... 0010011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_ori(ctx, a):
                return True
        elif op == 0x00007000:
            # targets/riscv/insn32.decode:97: andi ............ ..... 111 ..... 0010011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_andi(ctx, a):
                return True
    elif op == 0x00000017:
        # targets/riscv/insn32.decode:72: auipc .................... ..... 0010111 @u
        a = arg_u(
            imm=trans.ex_shift_12(ctx, (((insn >> 12) & 0xfffff) ^ 0x80000) - 0x80000),
            rd=(insn >> 7) & 0x1f)
        if trans.trans_auipc(ctx, a):
            return True
    elif op == 0x0000001b:
        op = insn & 0x00007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:115: addiw ............ ..... 000 ..... 0011011 @i
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_addiw(ctx, a):
                return True
        elif op == 0x00001000:
            op = insn & 0xfc000000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:116: slliw 0000000 ..... ..... 001 ..... 0011011 @sh5
                if (insn & 0x02000000) == 0x00000000:
                    a = arg_shift(
                        shamt=(insn >> 20) & 0x1f,
                        rs1=(insn >> 15) & 0x1f,
                        rd=(insn >> 7) & 0x1f)
                    if trans.trans_slliw(ctx, a):
                        return True
            elif op == 0x08000000:
                # targets/riscv/insn32.decode:133: slli_uw 000010 ...... ..... 001 ..... 0011011 @sh
                a = arg_shift(
                    shamt=(insn >> 20) & 0x3f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_slli_uw(ctx, a):
                    return True
            elif op == 0x60000000:
                op = insn & 0x03f00000
                if op == 0x00000000:
                    # targets/riscv/insn32.decode:148: clzw 0110000 00000 ..... 001 ..... 0011011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_clzw(ctx, a):
                        return True
                elif op == 0x00100000:
                    # targets/riscv/insn32.decode:149: ctzw 0110000 00001 ..... 001 ..... 0011011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_ctzw(ctx, a):
                        return True
                elif op == 0x00200000:
                    # targets/riscv/insn32.decode:150: cpopw 0110000 00010 ..... 001 ..... 0011011 @r2
                    a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                    if trans.trans_cpopw(ctx, a):
                        return True
        elif op == 0x00005000:
            op = insn & 0xfe000000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:117: srliw 0000000 ..... ..... 101 ..... 0011011 @sh5
                a = arg_shift(
                    shamt=(insn >> 20) & 0x1f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_srliw(ctx, a):
                    return True
            elif op == 0x40000000:
                # targets/riscv/insn32.decode:118: sraiw 0100000 ..... ..... 101 ..... 0011011 @sh5
                a = arg_shift(
                    shamt=(insn >> 20) & 0x1f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_sraiw(ctx, a):
                    return True
            elif op == 0x60000000:
                # targets/riscv/insn32.decode:142: roriw 0110000 ..... ..... 101 ..... 0011011 @sh5
                a = arg_shift(
                    shamt=(insn >> 20) & 0x1f,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_roriw(ctx, a):
                    return True
    elif op == 0x00000023:
        op = insn & 0x00007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:88: sb ....... ..... ..... 000 ..... 0100011 @s
            a = arg_s(imm=_field_imm_s(insn), rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sb(ctx, a):
                return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:89: sh ....... ..... ..... 001 ..... 0100011 @s
            a = arg_s(imm=_field_imm_s(insn), rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh(ctx, a):
                return True
        elif op == 0x00002000:
            # targets/riscv/insn32.decode:90: sw ....... ..... ..... 010 ..... 0100011 @s
            a = arg_s(imm=_field_imm_s(insn), rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sw(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:91: sd ....... ..... ..... 011 ..... 0100011 @s
            a = arg_s(imm=_field_imm_s(insn), rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sd(ctx, a):
                return True
    elif op == 0x00000027:
        op = insn & 0x00007000
        if op == 0x00002000:
            # targets/riscv/insn32.decode:221: fsw ....... ..... ..... 010 ..... 0100111 @s
            a = arg_s(imm=_field_imm_s(insn), rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_fsw(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:253: fsd ....... ..... ..... 011 ..... 0100111 @s
            a = arg_s(imm=_field_imm_s(insn), rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_fsd(ctx, a):
                return True
    elif op == 0x0000002f:
        op = insn & 0xf8007000
        if op == 0x00002000:
            # targets/riscv/insn32.decode:199: amoadd_w 00000 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoadd_w(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:210: amoadd_d 00000 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoadd_d(ctx, a):
                return True
        elif op == 0x08002000:
            # targets/riscv/insn32.decode:198: amoswap_w 00001 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoswap_w(ctx, a):
                return True
        elif op == 0x08003000:
            # targets/riscv/insn32.decode:209: amoswap_d 00001 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoswap_d(ctx, a):
                return True
        elif op == 0x10002000:
            # targets/riscv/insn32.decode:196: lr_w 00010 . . 00000 ..... 010 ..... 0101111 @atom_ld
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_atomic(
                    aq=(insn >> 26) & 0x1,
                    rl=(insn >> 25) & 0x1,
                    rs2=0,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_lr_w(ctx, a):
                    return True
        elif op == 0x10003000:
            # targets/riscv/insn32.decode:207: lr_d 00010 . . 00000 ..... 011 ..... 0101111 @atom_ld
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_atomic(
                    aq=(insn >> 26) & 0x1,
                    rl=(insn >> 25) & 0x1,
                    rs2=0,
                    rs1=(insn >> 15) & 0x1f,
                    rd=(insn >> 7) & 0x1f)
                if trans.trans_lr_d(ctx, a):
                    return True
        elif op == 0x18002000:
            # targets/riscv/insn32.decode:197: sc_w 00011 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_sc_w(ctx, a):
                return True
        elif op == 0x18003000:
            # targets/riscv/insn32.decode:208: sc_d 00011 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_sc_d(ctx, a):
                return True
        elif op == 0x20002000:
            # targets/riscv/insn32.decode:200: amoxor_w 00100 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoxor_w(ctx, a):
                return True
        elif op == 0x20003000:
            # targets/riscv/insn32.decode:211: amoxor_d 00100 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoxor_d(ctx, a):
                return True
        elif op == 0x40002000:
            # targets/riscv/insn32.decode:202: amoor_w 01000 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoor_w(ctx, a):
                return True
        elif op == 0x40003000:
            # targets/riscv/insn32.decode:213: amoor_d 01000 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoor_d(ctx, a):
                return True
        elif op == 0x60002000:
            # targets/riscv/insn32.decode:201: amoand_w 01100 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoand_w(ctx, a):
                return True
        elif op == 0x60003000:
            # targets/riscv/insn32.decode:212: amoand_d 01100 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amoand_d(ctx, a):
                return True
        elif op == 0x80002000:
            # targets/riscv/insn32.decode:203: amomin_w 10000 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amomin_w(ctx, a):
                return True
        elif op == 0x80003000:
            # targets/riscv/insn32.decode:214: amomin_d 10000 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amomin_d(ctx, a):
                return True
        elif op == 0xa0002000:
            # targets/riscv/insn32.decode:204: amomax_w 10100 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amomax_w(ctx, a):
                return True
        elif op == 0xa0003000:
            # targets/riscv/insn32.decode:215: amomax_d 10100 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amomax_d(ctx, a):
                return True
        elif op == 0xc0002000:
            # targets/riscv/insn32.decode:205: amominu_w 11000 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amominu_w(ctx, a):
                return True
        elif op == 0xc0003000:
            # targets/riscv/insn32.decode:216: amominu_d 11000 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amominu_d(ctx, a):
                return True
        elif op == 0xe0002000:
            # targets/riscv/insn32.decode:206: amomaxu_w 11100 . . ..... ..... 010 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amomaxu_w(ctx, a):
                return True
        elif op == 0xe0003000:
            # targets/riscv/insn32.decode:217: amomaxu_d 11100 . . ..... ..... 011 ..... 0101111 @atom_st
            a = arg_atomic(
                aq=(insn >> 26) & 0x1,
                rl=(insn >> 25) & 0x1,
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_amomaxu_d(ctx, a):
                return True
    elif op == 0x00000033:
        op = insn & 0xfe007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:101: add 0000000 ..... ..... 000 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_add(ctx, a):
                return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:103: sll 0000000 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sll(ctx, a):
                return True
        elif op == 0x00002000:
            # targets/riscv/insn32.decode:104: slt 0000000 ..... ..... 010 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_slt(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:105: sltu 0000000 ..... ..... 011 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sltu(ctx, a):
                return True
        elif op == 0x00004000:
            # targets/riscv/insn32.decode:106: xor 0000000 ..... ..... 100 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_xor(ctx, a):
                return True
        elif op == 0x00005000:
            # targets/riscv/insn32.decode:107: srl 0000000 ..... ..... 101 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_srl(ctx, a):
                return True
        elif op == 0x00006000:
            # targets/riscv/insn32.decode:109: or 0000000 ..... ..... 110 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_or(ctx, a):
                return True
        elif op == 0x00007000:
            # targets/riscv/insn32.decode:110: and 0000000 ..... ..... 111 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_and(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:181: mul 0000001 ..... ..... 000 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_mul(ctx, a):
                return True
        elif op == 0x02001000:
            # targets/riscv/insn32.decode:182: mulh 0000001 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_mulh(ctx, a):
                return True
        elif op == 0x02002000:
            # targets/riscv/insn32.decode:183: mulhsu 0000001 ..... ..... 010 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_mulhsu(ctx, a):
                return True
        elif op == 0x02003000:
            # targets/riscv/insn32.decode:184: mulhu 0000001 ..... ..... 011 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_mulhu(ctx, a):
                return True
        elif op == 0x02004000:
            # targets/riscv/insn32.decode:185: div 0000001 ..... ..... 100 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_div(ctx, a):
                return True
        elif op == 0x02005000:
            # targets/riscv/insn32.decode:186: divu 0000001 ..... ..... 101 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_divu(ctx, a):
                return True
        elif op == 0x02006000:
            # targets/riscv/insn32.decode:187: rem 0000001 ..... ..... 110 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_rem(ctx, a):
                return True
        elif op == 0x02007000:
            # targets/riscv/insn32.decode:188: remu 0000001 ..... ..... 111 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_remu(ctx, a):
                return True
        elif op == 0x08004000:
            # targets/riscv/insn32.decode:158: zext_h_32 0000100 00000 ..... 100 ..... 0110011 @r2
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_zext_h_32(ctx, a):
                    return True
        elif op == 0x0a001000:
            # targets/riscv/insn32.decode:160: clmul 0000101 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_clmul(ctx, a):
                return True
        elif op == 0x0a002000:
            # targets/riscv/insn32.decode:161: clmulr 0000101 ..... ..... 010 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_clmulr(ctx, a):
                return True
        elif op == 0x0a003000:
            # targets/riscv/insn32.decode:162: clmulh 0000101 ..... ..... 011 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_clmulh(ctx, a):
                return True
        elif op == 0x0a004000:
            # targets/riscv/insn32.decode:153: min 0000101 ..... ..... 100 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_min(ctx, a):
                return True
        elif op == 0x0a005000:
            # targets/riscv/insn32.decode:154: minu 0000101 ..... ..... 101 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_minu(ctx, a):
                return True
        elif op == 0x0a006000:
            # targets/riscv/insn32.decode:151: max 0000101 ..... ..... 110 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_max(ctx, a):
                return True
        elif op == 0x0a007000:
            # targets/riscv/insn32.decode:152: maxu 0000101 ..... ..... 111 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_maxu(ctx, a):
                return True
        elif op == 0x20002000:
            # targets/riscv/insn32.decode:126: sh1add 0010000 ..... ..... 010 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh1add(ctx, a):
                return True
        elif op == 0x20004000:
            # targets/riscv/insn32.decode:127: sh2add 0010000 ..... ..... 100 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh2add(ctx, a):
                return True
        elif op == 0x20006000:
            # targets/riscv/insn32.decode:128: sh3add 0010000 ..... ..... 110 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh3add(ctx, a):
                return True
        elif op == 0x28001000:
            # targets/riscv/insn32.decode:166: bset 0010100 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_bset(ctx, a):
                return True
        elif op == 0x40000000:
            # targets/riscv/insn32.decode:102: sub 0100000 ..... ..... 000 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sub(ctx, a):
                return True
        elif op == 0x40004000:
            # targets/riscv/insn32.decode:136: xnor 0100000 ..... ..... 100 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_xnor(ctx, a):
                return True
        elif op == 0x40005000:
            # targets/riscv/insn32.decode:108: sra 0100000 ..... ..... 101 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sra(ctx, a):
                return True
        elif op == 0x40006000:
            # targets/riscv/insn32.decode:135: orn 0100000 ..... ..... 110 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_orn(ctx, a):
                return True
        elif op == 0x40007000:
            # targets/riscv/insn32.decode:134: andn 0100000 ..... ..... 111 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_andn(ctx, a):
                return True
        elif op == 0x48001000:
            # targets/riscv/insn32.decode:163: bclr 0100100 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_bclr(ctx, a):
                return True
        elif op == 0x48005000:
            # targets/riscv/insn32.decode:164: bext 0100100 ..... ..... 101 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_bext(ctx, a):
                return True
        elif op == 0x60001000:
            # targets/riscv/insn32.decode:137: rol 0110000 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_rol(ctx, a):
                return True
        elif op == 0x60005000:
            # targets/riscv/insn32.decode:138: ror 0110000 ..... ..... 101 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_ror(ctx, a):
                return True
        elif op == 0x68001000:
            # targets/riscv/insn32.decode:165: binv 0110100 ..... ..... 001 ..... 0110011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_binv(ctx, a):
                return True
    elif op == 0x00000037:
        # targets/riscv/insn32.decode:71: lui .................... ..... 0110111 @u
        a = arg_u(
            imm=trans.ex_shift_12(ctx, (((insn >> 12) & 0xfffff) ^ 0x80000) - 0x80000),
            rd=(insn >> 7) & 0x1f)
        if trans.trans_lui(ctx, a):
            return True
    elif op == 0x0000003b:
        op = insn & 0xfe007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:119: addw 0000000 ..... ..... 000 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_addw(ctx, a):
                return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:121: sllw 0000000 ..... ..... 001 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sllw(ctx, a):
                return True
        elif op == 0x00005000:
            # targets/riscv/insn32.decode:122: srlw 0000000 ..... ..... 101 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_srlw(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:189: mulw 0000001 ..... ..... 000 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_mulw(ctx, a):
                return True
        elif op == 0x02004000:
            # targets/riscv/insn32.decode:190: divw 0000001 ..... ..... 100 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_divw(ctx, a):
                return True
        elif op == 0x02005000:
            # targets/riscv/insn32.decode:191: divuw 0000001 ..... ..... 101 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_divuw(ctx, a):
                return True
        elif op == 0x02006000:
            # targets/riscv/insn32.decode:192: remw 0000001 ..... ..... 110 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_remw(ctx, a):
                return True
        elif op == 0x02007000:
            # targets/riscv/insn32.decode:193: remuw 0000001 ..... ..... 111 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_remuw(ctx, a):
                return True
        elif op == 0x08000000:
            # targets/riscv/insn32.decode:129: add_uw 0000100 ..... ..... 000 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_add_uw(ctx, a):
                return True
        elif op == 0x08004000:
            # targets/riscv/insn32.decode:159: zext_h_64 0000100 00000 ..... 100 ..... 0111011 @r2
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_zext_h_64(ctx, a):
                    return True
        elif op == 0x20002000:
            # targets/riscv/insn32.decode:130: sh1add_uw 0010000 ..... ..... 010 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh1add_uw(ctx, a):
                return True
        elif op == 0x20004000:
            # targets/riscv/insn32.decode:131: sh2add_uw 0010000 ..... ..... 100 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh2add_uw(ctx, a):
                return True
        elif op == 0x20006000:
            # targets/riscv/insn32.decode:132: sh3add_uw 0010000 ..... ..... 110 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sh3add_uw(ctx, a):
                return True
        elif op == 0x40000000:
            # targets/riscv/insn32.decode:120: subw 0100000 ..... ..... 000 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_subw(ctx, a):
                return True
        elif op == 0x40005000:
            # targets/riscv/insn32.decode:123: sraw 0100000 ..... ..... 101 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_sraw(ctx, a):
                return True
        elif op == 0x60001000:
            # targets/riscv/insn32.decode:139: rolw 0110000 ..... ..... 001 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_rolw(ctx, a):
                return True
        elif op == 0x60005000:
            # targets/riscv/insn32.decode:140: rorw 0110000 ..... ..... 101 ..... 0111011 @r
            a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
            if trans.trans_rorw(ctx, a):
                return True
    elif op == 0x00000043:
        op = insn & 0x06000000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:222: fmadd_s ..... 00 ..... ..... ... ..... 1000011 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fmadd_s(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:254: fmadd_d ..... 01 ..... ..... ... ..... 1000011 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fmadd_d(ctx, a):
                return True
    elif op == 0x00000047:
        op = insn & 0x06000000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:223: fmsub_s ..... 00 ..... ..... ... ..... 1000111 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fmsub_s(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:255: fmsub_d ..... 01 ..... ..... ... ..... 1000111 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fmsub_d(ctx, a):
                return True
    elif op == 0x0000004b:
        op = insn & 0x06000000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:224: fnmsub_s ..... 00 ..... ..... ... ..... 1001011 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fnmsub_s(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:256: fnmsub_d ..... 01 ..... ..... ... ..... 1001011 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fnmsub_d(ctx, a):
                return True
    elif op == 0x0000004f:
        op = insn & 0x06000000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:225: fnmadd_s ..... 00 ..... ..... ... ..... 1001111 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fnmadd_s(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:257: fnmadd_d ..... 01 ..... ..... ... ..... 1001111 @r4_rm
            a = arg_r4_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rs3=(insn >> 27) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fnmadd_d(ctx, a):
                return True
    elif op == 0x00000053:
        op = insn & 0xfe000000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:226: fadd_s 0000000 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fadd_s(ctx, a):
                return True
        elif op == 0x02000000:
            # targets/riscv/insn32.decode:258: fadd_d 0000001 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fadd_d(ctx, a):
                return True
        elif op == 0x08000000:
            # targets/riscv/insn32.decode:227: fsub_s 0000100 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fsub_s(ctx, a):
                return True
        elif op == 0x0a000000:
            # targets/riscv/insn32.decode:259: fsub_d 0000101 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fsub_d(ctx, a):
                return True
        elif op == 0x10000000:
            # targets/riscv/insn32.decode:228: fmul_s 0001000 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fmul_s(ctx, a):
                return True
        elif op == 0x12000000:
            # targets/riscv/insn32.decode:260: fmul_d 0001001 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fmul_d(ctx, a):
                return True
        elif op == 0x18000000:
            # targets/riscv/insn32.decode:229: fdiv_s 0001100 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fdiv_s(ctx, a):
                return True
        elif op == 0x1a000000:
            # targets/riscv/insn32.decode:261: fdiv_d 0001101 ..... ..... ... ..... 1010011 @r_rm
            a = arg_r_rm(
                rd=(insn >> 7) & 0x1f,
                rs1=(insn >> 15) & 0x1f,
                rs2=(insn >> 20) & 0x1f,
                rm=(insn >> 12) & 0x7)
            if trans.trans_fdiv_d(ctx, a):
                return True
        elif op == 0x20000000:
            op = insn & 0x00007000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:231: fsgnj_s 0010000 ..... ..... 000 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fsgnj_s(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:232: fsgnjn_s 0010000 ..... ..... 001 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fsgnjn_s(ctx, a):
                    return True
            elif op == 0x00002000:
                # targets/riscv/insn32.decode:233: fsgnjx_s 0010000 ..... ..... 010 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fsgnjx_s(ctx, a):
                    return True
        elif op == 0x22000000:
            op = insn & 0x00007000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:263: fsgnj_d 0010001 ..... ..... 000 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fsgnj_d(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:264: fsgnjn_d 0010001 ..... ..... 001 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fsgnjn_d(ctx, a):
                    return True
            elif op == 0x00002000:
                # targets/riscv/insn32.decode:265: fsgnjx_d 0010001 ..... ..... 010 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fsgnjx_d(ctx, a):
                    return True
        elif op == 0x28000000:
            op = insn & 0x00007000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:234: fmin_s 0010100 ..... ..... 000 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fmin_s(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:235: fmax_s 0010100 ..... ..... 001 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fmax_s(ctx, a):
                    return True
        elif op == 0x2a000000:
            op = insn & 0x00007000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:266: fmin_d 0010101 ..... ..... 000 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fmin_d(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:267: fmax_d 0010101 ..... ..... 001 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fmax_d(ctx, a):
                    return True
        elif op == 0x40000000:
            # targets/riscv/insn32.decode:268: fcvt_s_d 0100000 00001 ..... ... ..... 1010011 @r2_rm
            if (insn & 0x01f00000) == 0x00100000:
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_s_d(ctx, a):
                    return True
        elif op == 0x42000000:
            # targets/riscv/insn32.decode:269: fcvt_d_s 0100001 00000 ..... ... ..... 1010011 @r2_rm
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_d_s(ctx, a):
                    return True
        elif op == 0x58000000:
            # targets/riscv/insn32.decode:230: fsqrt_s 0101100 00000 ..... ... ..... 1010011 @r2_rm
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fsqrt_s(ctx, a):
                    return True
        elif op == 0x5a000000:
            # targets/riscv/insn32.decode:262: fsqrt_d 0101101 00000 ..... ... ..... 1010011 @r2_rm
            if (insn & 0x01f00000) == 0x00000000:
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fsqrt_d(ctx, a):
                    return True
        elif op == 0xa0000000:
            op = insn & 0x00007000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:241: fle_s 1010000 ..... ..... 000 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fle_s(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:240: flt_s 1010000 ..... ..... 001 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_flt_s(ctx, a):
                    return True
            elif op == 0x00002000:
                # targets/riscv/insn32.decode:239: feq_s 1010000 ..... ..... 010 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_feq_s(ctx, a):
                    return True
        elif op == 0xa2000000:
            op = insn & 0x00007000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:272: fle_d 1010001 ..... ..... 000 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_fle_d(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:271: flt_d 1010001 ..... ..... 001 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_flt_d(ctx, a):
                    return True
            elif op == 0x00002000:
                # targets/riscv/insn32.decode:270: feq_d 1010001 ..... ..... 010 ..... 1010011 @r
                a = arg_r(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_feq_d(ctx, a):
                    return True
        elif op == 0xc0000000:
            op = insn & 0x01f00000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:236: fcvt_w_s 1100000 00000 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_w_s(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/riscv/insn32.decode:237: fcvt_wu_s 1100000 00001 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_wu_s(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/riscv/insn32.decode:246: fcvt_l_s 1100000 00010 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_l_s(ctx, a):
                    return True
            elif op == 0x00300000:
                # targets/riscv/insn32.decode:247: fcvt_lu_s 1100000 00011 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_lu_s(ctx, a):
                    return True
        elif op == 0xc2000000:
            op = insn & 0x01f00000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:274: fcvt_w_d 1100001 00000 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_w_d(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/riscv/insn32.decode:275: fcvt_wu_d 1100001 00001 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_wu_d(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/riscv/insn32.decode:278: fcvt_l_d 1100001 00010 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_l_d(ctx, a):
                    return True
            elif op == 0x00300000:
                # targets/riscv/insn32.decode:279: fcvt_lu_d 1100001 00011 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_lu_d(ctx, a):
                    return True
        elif op == 0xd0000000:
            op = insn & 0x01f00000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:243: fcvt_s_w 1101000 00000 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_s_w(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/riscv/insn32.decode:244: fcvt_s_wu 1101000 00001 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_s_wu(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/riscv/insn32.decode:248: fcvt_s_l 1101000 00010 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_s_l(ctx, a):
                    return True
            elif op == 0x00300000:
                # targets/riscv/insn32.decode:249: fcvt_s_lu 1101000 00011 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_s_lu(ctx, a):
                    return True
        elif op == 0xd2000000:
            op = insn & 0x01f00000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:276: fcvt_d_w 1101001 00000 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_d_w(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/riscv/insn32.decode:277: fcvt_d_wu 1101001 00001 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_d_wu(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/riscv/insn32.decode:281: fcvt_d_l 1101001 00010 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_d_l(ctx, a):
                    return True
            elif op == 0x00300000:
                # targets/riscv/insn32.decode:282: fcvt_d_lu 1101001 00011 ..... ... ..... 1010011 @r2_rm
                a = arg_r2_rm(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f, rm=(insn >> 12) & 0x7)
                if trans.trans_fcvt_d_lu(ctx, a):
                    return True
        elif op == 0xe0000000:
            op = insn & 0x01f07000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:238: fmv_x_w 1110000 00000 ..... 000 ..... 1010011 @r2
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_fmv_x_w(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:242: fclass_s 1110000 00000 ..... 001 ..... 1010011 @r2
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_fclass_s(ctx, a):
                    return True
        elif op == 0xe2000000:
            op = insn & 0x01f07000
            if op == 0x00000000:
                # targets/riscv/insn32.decode:280: fmv_x_d 1110001 00000 ..... 000 ..... 1010011 @r2
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_fmv_x_d(ctx, a):
                    return True
            elif op == 0x00001000:
                # targets/riscv/insn32.decode:273: fclass_d 1110001 00000 ..... 001 ..... 1010011 @r2
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_fclass_d(ctx, a):
                    return True
        elif op == 0xf0000000:
            # targets/riscv/insn32.decode:245: fmv_w_x 1111000 00000 ..... 000 ..... 1010011 @r2
            if (insn & 0x01f07000) == 0x00000000:
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_fmv_w_x(ctx, a):
                    return True
        elif op == 0xf2000000:
            # targets/riscv/insn32.decode:283: fmv_d_x 1111001 00000 ..... 000 ..... 1010011 @r2
            if (insn & 0x01f07000) == 0x00000000:
                a = arg_r2(rd=(insn >> 7) & 0x1f, rs1=(insn >> 15) & 0x1f)
                if trans.trans_fmv_d_x(ctx, a):
                    return True
    elif op == 0x00000063:
        op = insn & 0x00007000
        if op == 0x00000000:
            # targets/riscv/insn32.decode:75: beq ....... ..... ..... 000 ..... 1100011 @b
            a = arg_b(
                imm=trans.ex_shift_1(ctx, _field_imm_b(insn)),
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f)
            if trans.trans_beq(ctx, a):
                return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:76: bne ....... ..... ..... 001 ..... 1100011 @b
            a = arg_b(
                imm=trans.ex_shift_1(ctx, _field_imm_b(insn)),
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f)
            if trans.trans_bne(ctx, a):
                return True
        elif op == 0x00004000:
            # targets/riscv/insn32.decode:77: blt ....... ..... ..... 100 ..... 1100011 @b
            a = arg_b(
                imm=trans.ex_shift_1(ctx, _field_imm_b(insn)),
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f)
            if trans.trans_blt(ctx, a):
                return True
        elif op == 0x00005000:
            # targets/riscv/insn32.decode:78: bge ....... ..... ..... 101 ..... 1100011 @b
            a = arg_b(
                imm=trans.ex_shift_1(ctx, _field_imm_b(insn)),
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f)
            if trans.trans_bge(ctx, a):
                return True
        elif op == 0x00006000:
            # targets/riscv/insn32.decode:79: bltu ....... ..... ..... 110 ..... 1100011 @b
            a = arg_b(
                imm=trans.ex_shift_1(ctx, _field_imm_b(insn)),
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f)
            if trans.trans_bltu(ctx, a):
                return True
        elif op == 0x00007000:
            # targets/riscv/insn32.decode:80: bgeu ....... ..... ..... 111 ..... 1100011 @b
            a = arg_b(
                imm=trans.ex_shift_1(ctx, _field_imm_b(insn)),
                rs2=(insn >> 20) & 0x1f,
                rs1=(insn >> 15) & 0x1f)
            if trans.trans_bgeu(ctx, a):
                return True
    elif op == 0x00000067:
        # targets/riscv/insn32.decode:74: jalr ............ ..... 000 ..... 1100111 @i
        if (insn & 0x00007000) == 0x00000000:
            a = arg_i(
                imm=(((insn >> 20) & 0xfff) ^ 0x800) - 0x800,
                rs1=(insn >> 15) & 0x1f,
                rd=(insn >> 7) & 0x1f)
            if trans.trans_jalr(ctx, a):
                return True
    elif op == 0x0000006f:
        # targets/riscv/insn32.decode:73: jal .................... ..... 1101111 @j
        a = arg_j(imm=trans.ex_shift_1(ctx, _field_imm_j(insn)), rd=(insn >> 7) & 0x1f)
        if trans.trans_jal(ctx, a):
            return True
    elif op == 0x00000073:
        op = insn & 0x00007000
        if op == 0x00000000:
            op = insn & 0xfe000f80
            if op == 0x00000000:
                op = insn & 0x01ff8000
                if op == 0x00000000:
                    # targets/riscv/insn32.decode:63: ecall 000000000000 00000 000 00000 1110011
                    a = arg_empty()
                    if trans.trans_ecall(ctx, a):
                        return True
                elif op == 0x00100000:
                    # targets/riscv/insn32.decode:64: ebreak 000000000001 00000 000 00000 1110011
                    a = arg_empty()
                    if trans.trans_ebreak(ctx, a):
                        return True
            elif op == 0x10000000:
                op = insn & 0x01ff8000
                if op == 0x00200000:
                    # targets/riscv/insn32.decode:65: sret 0001000 00010 00000 000 00000 1110011
                    a = arg_empty()
                    if trans.trans_sret(ctx, a):
                        return True
                elif op == 0x00500000:
                    # targets/riscv/insn32.decode:67: wfi 0001000 00101 00000 000 00000 1110011
                    a = arg_empty()
                    if trans.trans_wfi(ctx, a):
                        return True
            elif op == 0x12000000:
                # targets/riscv/insn32.decode:68: sfence_vma 0001001 ..... ..... 000 00000 1110011 @sfence
                a = arg_sfence(rs1=(insn >> 15) & 0x1f, rs2=(insn >> 20) & 0x1f)
                if trans.trans_sfence_vma(ctx, a):
                    return True
            elif op == 0x30000000:
                # targets/riscv/insn32.decode:66: mret 0011000 00010 00000 000 00000 1110011
                if (insn & 0x01ff8000) == 0x00200000:
                    a = arg_empty()
                    if trans.trans_mret(ctx, a):
                        return True
        elif op == 0x00001000:
            # targets/riscv/insn32.decode:173: csrrw ............ ..... 001 ..... 1110011 @csr
            a = arg_csr(csr=(insn >> 20) & 0xfff, rs1=(insn >> 15) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_csrrw(ctx, a):
                return True
        elif op == 0x00002000:
            # targets/riscv/insn32.decode:174: csrrs ............ ..... 010 ..... 1110011 @csr
            a = arg_csr(csr=(insn >> 20) & 0xfff, rs1=(insn >> 15) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_csrrs(ctx, a):
                return True
        elif op == 0x00003000:
            # targets/riscv/insn32.decode:175: csrrc ............ ..... 011 ..... 1110011 @csr
            a = arg_csr(csr=(insn >> 20) & 0xfff, rs1=(insn >> 15) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_csrrc(ctx, a):
                return True
        elif op == 0x00005000:
            # targets/riscv/insn32.decode:176: csrrwi ............ ..... 101 ..... 1110011 @csr
            a = arg_csr(csr=(insn >> 20) & 0xfff, rs1=(insn >> 15) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_csrrwi(ctx, a):
                return True
        elif op == 0x00006000:
            # targets/riscv/insn32.decode:177: csrrsi ............ ..... 110 ..... 1110011 @csr
            a = arg_csr(csr=(insn >> 20) & 0xfff, rs1=(insn >> 15) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_csrrsi(ctx, a):
                return True
        elif op == 0x00007000:
            # targets/riscv/insn32.decode:178: csrrci ............ ..... 111 ..... 1110011 @csr
            a = arg_csr(csr=(insn >> 20) & 0xfff, rs1=(insn >> 15) & 0x1f, rd=(insn >> 7) & 0x1f)
            if trans.trans_csrrci(ctx, a):
                return True
    return False
