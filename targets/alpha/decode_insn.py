# Generated from targets/alpha/insn.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=32 --decode=decode_insn
"""Decoder for targets/alpha/insn.decode.

decode_insn(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
"""


class arg_pal:
    """&pal: number."""

    __slots__ = ('number',)

    def __init__(self, number=0):
        self.number = number

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_bra:
    """&bra: ra disp."""

    __slots__ = ('ra', 'disp')

    def __init__(self, ra=0, disp=0):
        self.ra = ra
        self.disp = disp

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_mem:
    """&mem: ra rb disp."""

    __slots__ = ('ra', 'rb', 'disp')

    def __init__(self, ra=0, rb=0, disp=0):
        self.ra = ra
        self.rb = rb
        self.disp = disp

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_opr:
    """&opr: ra rb rc lit islit."""

    __slots__ = ('ra', 'rb', 'rc', 'lit', 'islit')

    def __init__(self, ra=0, rb=0, rc=0, lit=0, islit=0):
        self.ra = ra
        self.rb = rb
        self.rc = rc
        self.lit = lit
        self.islit = islit

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_fpr:
    """&fpr: ra rb rc fn11."""

    __slots__ = ('ra', 'rb', 'rc', 'fn11')

    def __init__(self, ra=0, rb=0, rc=0, fn11=0):
        self.ra = ra
        self.rb = rb
        self.rc = rc
        self.fn11 = fn11

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_pr:
    """&pr: ra rb index."""

    __slots__ = ('ra', 'rb', 'index')

    def __init__(self, ra=0, rb=0, index=0):
        self.ra = ra
        self.rb = rb
        self.index = index

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_hwmem:
    """&hwmem: ra rb disp kind."""

    __slots__ = ('ra', 'rb', 'disp', 'kind')

    def __init__(self, ra=0, rb=0, disp=0, kind=0):
        self.ra = ra
        self.rb = rb
        self.disp = disp
        self.kind = kind

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_jmp:
    """&jmp: ra rb."""

    __slots__ = ('ra', 'rb')

    def __init__(self, ra=0, rb=0):
        self.ra = ra
        self.rb = rb

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


trans_names = (
    'call_pal',
    'lda',
    'ldah',
    'ldbu',
    'ldq_u',
    'ldwu',
    'stw',
    'stb',
    'stq_u',
    'ldl',
    'ldq',
    'ldl_l',
    'ldq_l',
    'stl',
    'stq',
    'stl_c',
    'stq_c',
    'ldf',
    'ldg',
    'lds',
    'ldt',
    'stf',
    'stg',
    'sts',
    'stt',
    'addl',
    's4addl',
    'subl',
    's4subl',
    'cmpbge',
    's8addl',
    's8subl',
    'cmpult',
    'addq',
    's4addq',
    'subq',
    's4subq',
    'cmpeq',
    's8addq',
    's8subq',
    'cmpule',
    'addl_v',
    'subl_v',
    'cmplt',
    'addq_v',
    'subq_v',
    'cmple',
    'and',
    'bic',
    'cmovlbs',
    'cmovlbc',
    'bis',
    'cmoveq',
    'cmovne',
    'ornot',
    'xor',
    'cmovlt',
    'cmovge',
    'eqv',
    'amask',
    'cmovle',
    'cmovgt',
    'implver',
    'mskbl',
    'extbl',
    'insbl',
    'mskwl',
    'extwl',
    'inswl',
    'mskll',
    'extll',
    'insll',
    'zap',
    'zapnot',
    'mskql',
    'srl',
    'extql',
    'sll',
    'insql',
    'sra',
    'mskwh',
    'inswh',
    'extwh',
    'msklh',
    'inslh',
    'extlh',
    'mskqh',
    'insqh',
    'extqh',
    'mull',
    'mulq',
    'umulh',
    'mull_v',
    'mulq_v',
    'itofs',
    'sqrtf',
    'sqrts',
    'itoff',
    'itoft',
    'sqrtg',
    'sqrtt',
    'addf',
    'subf',
    'mulf',
    'divf',
    'addg',
    'subg',
    'mulg',
    'divg',
    'cmpgeq',
    'cmpglt',
    'cmpgle',
    'cvtgf',
    'cvtgq',
    'cvtqf',
    'cvtqg',
    'adds',
    'subs',
    'muls',
    'divs',
    'addt',
    'subt',
    'mult',
    'divt',
    'cmptun',
    'cmpteq',
    'cmptlt',
    'cmptle',
    'cvtst',
    'cvtts',
    'cvttq',
    'cvtqs',
    'cvtqt',
    'cvtlq',
    'cpys',
    'cpysn',
    'cpyse',
    'mt_fpcr',
    'mf_fpcr',
    'fcmoveq',
    'fcmovne',
    'fcmovlt',
    'fcmovge',
    'fcmovle',
    'fcmovgt',
    'cvtql',
    'trapb',
    'excb',
    'mb',
    'wmb',
    'fetch',
    'fetch_m',
    'rpcc',
    'rc',
    'ecb',
    'rs',
    'wh64',
    'wh64en',
    'jmp',
    'sextb',
    'sextw',
    'ctpop',
    'perr',
    'ctlz',
    'cttz',
    'unpkbw',
    'unpkbl',
    'pkwb',
    'pklb',
    'minsb8',
    'minsw4',
    'minub8',
    'minuw4',
    'maxub8',
    'maxuw4',
    'maxsb8',
    'maxsw4',
    'ftoit',
    'ftois',
    'hw_mfpr',
    'hw_ld',
    'hw_mtpr',
    'hw_ret',
    'hw_st',
    'br',
    'fbeq',
    'fblt',
    'fble',
    'bsr',
    'fbne',
    'fbge',
    'fbgt',
    'blbc',
    'beq',
    'blt',
    'ble',
    'blbs',
    'bne',
    'bge',
    'bgt',
)


def decode_insn(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0xfc000000
    if op == 0x00000000:
        # targets/alpha/insn.decode:56: call_pal 000000 .......................... @pal
        a = arg_pal(number=insn & 0x3ffffff)
        if trans.trans_call_pal(ctx, a):
            return True
    elif op == 0x20000000:
        # targets/alpha/insn.decode:59: lda 001000 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_lda(ctx, a):
            return True
    elif op == 0x24000000:
        # targets/alpha/insn.decode:60: ldah 001001 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldah(ctx, a):
            return True
    elif op == 0x28000000:
        # targets/alpha/insn.decode:61: ldbu 001010 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldbu(ctx, a):
            return True
    elif op == 0x2c000000:
        # targets/alpha/insn.decode:62: ldq_u 001011 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldq_u(ctx, a):
            return True
    elif op == 0x30000000:
        # targets/alpha/insn.decode:63: ldwu 001100 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldwu(ctx, a):
            return True
    elif op == 0x34000000:
        # targets/alpha/insn.decode:64: stw 001101 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stw(ctx, a):
            return True
    elif op == 0x38000000:
        # targets/alpha/insn.decode:65: stb 001110 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stb(ctx, a):
            return True
    elif op == 0x3c000000:
        # targets/alpha/insn.decode:66: stq_u 001111 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stq_u(ctx, a):
            return True
    elif op == 0x40000000:
        op = insn & 0x00000fe0
        if op == 0x00000000:
            # targets/alpha/insn.decode:87: addl 010000 ..... ........ . 0000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_addl(ctx, a):
                return True
        elif op == 0x00000040:
            # targets/alpha/insn.decode:88: s4addl 010000 ..... ........ . 0000010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s4addl(ctx, a):
                return True
        elif op == 0x00000120:
            # targets/alpha/insn.decode:89: subl 010000 ..... ........ . 0001001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_subl(ctx, a):
                return True
        elif op == 0x00000160:
            # targets/alpha/insn.decode:90: s4subl 010000 ..... ........ . 0001011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s4subl(ctx, a):
                return True
        elif op == 0x000001e0:
            # targets/alpha/insn.decode:91: cmpbge 010000 ..... ........ . 0001111 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmpbge(ctx, a):
                return True
        elif op == 0x00000240:
            # targets/alpha/insn.decode:92: s8addl 010000 ..... ........ . 0010010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s8addl(ctx, a):
                return True
        elif op == 0x00000360:
            # targets/alpha/insn.decode:93: s8subl 010000 ..... ........ . 0011011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s8subl(ctx, a):
                return True
        elif op == 0x000003a0:
            # targets/alpha/insn.decode:94: cmpult 010000 ..... ........ . 0011101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmpult(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:95: addq 010000 ..... ........ . 0100000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_addq(ctx, a):
                return True
        elif op == 0x00000440:
            # targets/alpha/insn.decode:96: s4addq 010000 ..... ........ . 0100010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s4addq(ctx, a):
                return True
        elif op == 0x00000520:
            # targets/alpha/insn.decode:97: subq 010000 ..... ........ . 0101001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_subq(ctx, a):
                return True
        elif op == 0x00000560:
            # targets/alpha/insn.decode:98: s4subq 010000 ..... ........ . 0101011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s4subq(ctx, a):
                return True
        elif op == 0x000005a0:
            # targets/alpha/insn.decode:99: cmpeq 010000 ..... ........ . 0101101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmpeq(ctx, a):
                return True
        elif op == 0x00000640:
            # targets/alpha/insn.decode:100: s8addq 010000 ..... ........ . 0110010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s8addq(ctx, a):
                return True
        elif op == 0x00000760:
            # targets/alpha/insn.decode:101: s8subq 010000 ..... ........ . 0111011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_s8subq(ctx, a):
                return True
        elif op == 0x000007a0:
            # targets/alpha/insn.decode:102: cmpule 010000 ..... ........ . 0111101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmpule(ctx, a):
                return True
        elif op == 0x00000800:
            # targets/alpha/insn.decode:103: addl_v 010000 ..... ........ . 1000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_addl_v(ctx, a):
                return True
        elif op == 0x00000920:
            # targets/alpha/insn.decode:104: subl_v 010000 ..... ........ . 1001001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_subl_v(ctx, a):
                return True
        elif op == 0x000009a0:
            # targets/alpha/insn.decode:105: cmplt 010000 ..... ........ . 1001101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmplt(ctx, a):
                return True
        elif op == 0x00000c00:
            # targets/alpha/insn.decode:106: addq_v 010000 ..... ........ . 1100000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_addq_v(ctx, a):
                return True
        elif op == 0x00000d20:
            # targets/alpha/insn.decode:107: subq_v 010000 ..... ........ . 1101001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_subq_v(ctx, a):
                return True
        elif op == 0x00000da0:
            # targets/alpha/insn.decode:108: cmple 010000 ..... ........ . 1101101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmple(ctx, a):
                return True
    elif op == 0x44000000:
        op = insn & 0x00000fe0
        if op == 0x00000000:
            # targets/alpha/insn.decode:111: and 010001 ..... ........ . 0000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_and(ctx, a):
                return True
        elif op == 0x00000100:
            # targets/alpha/insn.decode:112: bic 010001 ..... ........ . 0001000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_bic(ctx, a):
                return True
        elif op == 0x00000280:
            # targets/alpha/insn.decode:113: cmovlbs 010001 ..... ........ . 0010100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovlbs(ctx, a):
                return True
        elif op == 0x000002c0:
            # targets/alpha/insn.decode:114: cmovlbc 010001 ..... ........ . 0010110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovlbc(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:115: bis 010001 ..... ........ . 0100000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_bis(ctx, a):
                return True
        elif op == 0x00000480:
            # targets/alpha/insn.decode:116: cmoveq 010001 ..... ........ . 0100100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmoveq(ctx, a):
                return True
        elif op == 0x000004c0:
            # targets/alpha/insn.decode:117: cmovne 010001 ..... ........ . 0100110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovne(ctx, a):
                return True
        elif op == 0x00000500:
            # targets/alpha/insn.decode:118: ornot 010001 ..... ........ . 0101000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_ornot(ctx, a):
                return True
        elif op == 0x00000800:
            # targets/alpha/insn.decode:119: xor 010001 ..... ........ . 1000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_xor(ctx, a):
                return True
        elif op == 0x00000880:
            # targets/alpha/insn.decode:120: cmovlt 010001 ..... ........ . 1000100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovlt(ctx, a):
                return True
        elif op == 0x000008c0:
            # targets/alpha/insn.decode:121: cmovge 010001 ..... ........ . 1000110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovge(ctx, a):
                return True
        elif op == 0x00000900:
            # targets/alpha/insn.decode:122: eqv 010001 ..... ........ . 1001000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_eqv(ctx, a):
                return True
        elif op == 0x00000c20:
            # targets/alpha/insn.decode:123: amask 010001 ..... ........ . 1100001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_amask(ctx, a):
                return True
        elif op == 0x00000c80:
            # targets/alpha/insn.decode:124: cmovle 010001 ..... ........ . 1100100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovle(ctx, a):
                return True
        elif op == 0x00000cc0:
            # targets/alpha/insn.decode:125: cmovgt 010001 ..... ........ . 1100110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cmovgt(ctx, a):
                return True
        elif op == 0x00000d80:
            # targets/alpha/insn.decode:126: implver 010001 ..... ........ . 1101100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_implver(ctx, a):
                return True
    elif op == 0x48000000:
        op = insn & 0x00000fe0
        if op == 0x00000040:
            # targets/alpha/insn.decode:129: mskbl 010010 ..... ........ . 0000010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mskbl(ctx, a):
                return True
        elif op == 0x000000c0:
            # targets/alpha/insn.decode:130: extbl 010010 ..... ........ . 0000110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extbl(ctx, a):
                return True
        elif op == 0x00000160:
            # targets/alpha/insn.decode:131: insbl 010010 ..... ........ . 0001011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_insbl(ctx, a):
                return True
        elif op == 0x00000240:
            # targets/alpha/insn.decode:132: mskwl 010010 ..... ........ . 0010010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mskwl(ctx, a):
                return True
        elif op == 0x000002c0:
            # targets/alpha/insn.decode:133: extwl 010010 ..... ........ . 0010110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extwl(ctx, a):
                return True
        elif op == 0x00000360:
            # targets/alpha/insn.decode:134: inswl 010010 ..... ........ . 0011011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_inswl(ctx, a):
                return True
        elif op == 0x00000440:
            # targets/alpha/insn.decode:135: mskll 010010 ..... ........ . 0100010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mskll(ctx, a):
                return True
        elif op == 0x000004c0:
            # targets/alpha/insn.decode:136: extll 010010 ..... ........ . 0100110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extll(ctx, a):
                return True
        elif op == 0x00000560:
            # targets/alpha/insn.decode:137: insll 010010 ..... ........ . 0101011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_insll(ctx, a):
                return True
        elif op == 0x00000600:
            # targets/alpha/insn.decode:138: zap 010010 ..... ........ . 0110000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_zap(ctx, a):
                return True
        elif op == 0x00000620:
            # targets/alpha/insn.decode:139: zapnot 010010 ..... ........ . 0110001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_zapnot(ctx, a):
                return True
        elif op == 0x00000640:
            # targets/alpha/insn.decode:140: mskql 010010 ..... ........ . 0110010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mskql(ctx, a):
                return True
        elif op == 0x00000680:
            # targets/alpha/insn.decode:141: srl 010010 ..... ........ . 0110100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_srl(ctx, a):
                return True
        elif op == 0x000006c0:
            # targets/alpha/insn.decode:142: extql 010010 ..... ........ . 0110110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extql(ctx, a):
                return True
        elif op == 0x00000720:
            # targets/alpha/insn.decode:143: sll 010010 ..... ........ . 0111001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_sll(ctx, a):
                return True
        elif op == 0x00000760:
            # targets/alpha/insn.decode:144: insql 010010 ..... ........ . 0111011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_insql(ctx, a):
                return True
        elif op == 0x00000780:
            # targets/alpha/insn.decode:145: sra 010010 ..... ........ . 0111100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_sra(ctx, a):
                return True
        elif op == 0x00000a40:
            # targets/alpha/insn.decode:146: mskwh 010010 ..... ........ . 1010010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mskwh(ctx, a):
                return True
        elif op == 0x00000ae0:
            # targets/alpha/insn.decode:147: inswh 010010 ..... ........ . 1010111 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_inswh(ctx, a):
                return True
        elif op == 0x00000b40:
            # targets/alpha/insn.decode:148: extwh 010010 ..... ........ . 1011010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extwh(ctx, a):
                return True
        elif op == 0x00000c40:
            # targets/alpha/insn.decode:149: msklh 010010 ..... ........ . 1100010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_msklh(ctx, a):
                return True
        elif op == 0x00000ce0:
            # targets/alpha/insn.decode:150: inslh 010010 ..... ........ . 1100111 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_inslh(ctx, a):
                return True
        elif op == 0x00000d40:
            # targets/alpha/insn.decode:151: extlh 010010 ..... ........ . 1101010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extlh(ctx, a):
                return True
        elif op == 0x00000e40:
            # targets/alpha/insn.decode:152: mskqh 010010 ..... ........ . 1110010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mskqh(ctx, a):
                return True
        elif op == 0x00000ee0:
            # targets/alpha/insn.decode:153: insqh 010010 ..... ........ . 1110111 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_insqh(ctx, a):
                return True
        elif op == 0x00000f40:
            # targets/alpha/insn.decode:154: extqh 010010 ..... ........ . 1111010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_extqh(ctx, a):
                return True
    elif op == 0x4c000000:
        op = insn & 0x00000fe0
        if op == 0x00000000:
            # targets/alpha/insn.decode:157: mull 010011 ..... ........ . 0000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mull(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:158: mulq 010011 ..... ........ . 0100000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mulq(ctx, a):
                return True
        elif op == 0x00000600:
            # targets/alpha/insn.decode:159: umulh 010011 ..... ........ . 0110000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_umulh(ctx, a):
                return True
        elif op == 0x00000800:
            # targets/alpha/insn.decode:160: mull_v 010011 ..... ........ . 1000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mull_v(ctx, a):
                return True
        elif op == 0x00000c00:
            # targets/alpha/insn.decode:161: mulq_v 010011 ..... ........ . 1100000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_mulq_v(ctx, a):
                return True
    elif op == 0x50000000:
        op = insn & 0x000007e0
        if op == 0x00000080:
            # targets/alpha/insn.decode:164: itofs 010100 ..... ..... ..... 000100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_itofs(ctx, a):
                return True
        elif op == 0x00000140:
            # targets/alpha/insn.decode:165: sqrtf 010100 ..... ..... ..... 001010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_sqrtf(ctx, a):
                return True
        elif op == 0x00000160:
            # targets/alpha/insn.decode:166: sqrts 010100 ..... ..... ..... 001011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_sqrts(ctx, a):
                return True
        elif op == 0x00000280:
            # targets/alpha/insn.decode:167: itoff 010100 ..... ..... ..... 010100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_itoff(ctx, a):
                return True
        elif op == 0x00000480:
            # targets/alpha/insn.decode:168: itoft 010100 ..... ..... ..... 100100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_itoft(ctx, a):
                return True
        elif op == 0x00000540:
            # targets/alpha/insn.decode:169: sqrtg 010100 ..... ..... ..... 101010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_sqrtg(ctx, a):
                return True
        elif op == 0x00000560:
            # targets/alpha/insn.decode:170: sqrtt 010100 ..... ..... ..... 101011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_sqrtt(ctx, a):
                return True
    elif op == 0x54000000:
        op = insn & 0x000007e0
        if op == 0x00000000:
            # targets/alpha/insn.decode:173: addf 010101 ..... ..... ..... 000000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_addf(ctx, a):
                return True
        elif op == 0x00000020:
            # targets/alpha/insn.decode:174: subf 010101 ..... ..... ..... 000001 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_subf(ctx, a):
                return True
        elif op == 0x00000040:
            # targets/alpha/insn.decode:175: mulf 010101 ..... ..... ..... 000010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_mulf(ctx, a):
                return True
        elif op == 0x00000060:
            # targets/alpha/insn.decode:176: divf 010101 ..... ..... ..... 000011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_divf(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:177: addg 010101 ..... ..... ..... 100000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_addg(ctx, a):
                return True
        elif op == 0x00000420:
            # targets/alpha/insn.decode:178: subg 010101 ..... ..... ..... 100001 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_subg(ctx, a):
                return True
        elif op == 0x00000440:
            # targets/alpha/insn.decode:179: mulg 010101 ..... ..... ..... 100010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_mulg(ctx, a):
                return True
        elif op == 0x00000460:
            # targets/alpha/insn.decode:180: divg 010101 ..... ..... ..... 100011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_divg(ctx, a):
                return True
        elif op == 0x000004a0:
            # targets/alpha/insn.decode:181: cmpgeq 010101 ..... ..... ..... 100101 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmpgeq(ctx, a):
                return True
        elif op == 0x000004c0:
            # targets/alpha/insn.decode:182: cmpglt 010101 ..... ..... ..... 100110 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmpglt(ctx, a):
                return True
        elif op == 0x000004e0:
            # targets/alpha/insn.decode:183: cmpgle 010101 ..... ..... ..... 100111 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmpgle(ctx, a):
                return True
        elif op == 0x00000580:
            # targets/alpha/insn.decode:184: cvtgf 010101 ..... ..... ..... 101100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtgf(ctx, a):
                return True
        elif op == 0x000005e0:
            # targets/alpha/insn.decode:185: cvtgq 010101 ..... ..... ..... 101111 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtgq(ctx, a):
                return True
        elif op == 0x00000780:
            # targets/alpha/insn.decode:186: cvtqf 010101 ..... ..... ..... 111100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtqf(ctx, a):
                return True
        elif op == 0x000007c0:
            # targets/alpha/insn.decode:187: cvtqg 010101 ..... ..... ..... 111110 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtqg(ctx, a):
                return True
    elif op == 0x58000000:
        op = insn & 0x000007e0
        if op == 0x00000000:
            # targets/alpha/insn.decode:190: adds 010110 ..... ..... ..... 000000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_adds(ctx, a):
                return True
        elif op == 0x00000020:
            # targets/alpha/insn.decode:191: subs 010110 ..... ..... ..... 000001 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_subs(ctx, a):
                return True
        elif op == 0x00000040:
            # targets/alpha/insn.decode:192: muls 010110 ..... ..... ..... 000010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_muls(ctx, a):
                return True
        elif op == 0x00000060:
            # targets/alpha/insn.decode:193: divs 010110 ..... ..... ..... 000011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_divs(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:194: addt 010110 ..... ..... ..... 100000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_addt(ctx, a):
                return True
        elif op == 0x00000420:
            # targets/alpha/insn.decode:195: subt 010110 ..... ..... ..... 100001 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_subt(ctx, a):
                return True
        elif op == 0x00000440:
            # targets/alpha/insn.decode:196: mult 010110 ..... ..... ..... 100010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_mult(ctx, a):
                return True
        elif op == 0x00000460:
            # targets/alpha/insn.decode:197: divt 010110 ..... ..... ..... 100011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_divt(ctx, a):
                return True
        elif op == 0x00000480:
            # targets/alpha/insn.decode:198: cmptun 010110 ..... ..... ..... 100100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmptun(ctx, a):
                return True
        elif op == 0x000004a0:
            # targets/alpha/insn.decode:199: cmpteq 010110 ..... ..... ..... 100101 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmpteq(ctx, a):
                return True
        elif op == 0x000004c0:
            # targets/alpha/insn.decode:200: cmptlt 010110 ..... ..... ..... 100110 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmptlt(ctx, a):
                return True
        elif op == 0x000004e0:
            # targets/alpha/insn.decode:201: cmptle 010110 ..... ..... ..... 100111 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cmptle(ctx, a):
                return True
        elif op == 0x00000580:
            # targets/alpha/insn.decode:204: cvtst 010110 ..... ..... .10 10 101100 ..... @fpr
            if (insn & 0x00007800) == 0x00005000:
                a = arg_fpr(
                    ra=(insn >> 21) & 0x1f,
                    rb=(insn >> 16) & 0x1f,
                    rc=insn & 0x1f,
                    fn11=(insn >> 5) & 0x7ff)
                if trans.trans_cvtst(ctx, a):
                    return True
            # targets/alpha/insn.decode:205: cvtts 010110 ..... ..... ..... 101100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtts(ctx, a):
                return True
        elif op == 0x000005e0:
            # targets/alpha/insn.decode:207: cvttq 010110 ..... ..... ..... 101111 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvttq(ctx, a):
                return True
        elif op == 0x00000780:
            # targets/alpha/insn.decode:208: cvtqs 010110 ..... ..... ..... 111100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtqs(ctx, a):
                return True
        elif op == 0x000007c0:
            # targets/alpha/insn.decode:209: cvtqt 010110 ..... ..... ..... 111110 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtqt(ctx, a):
                return True
    elif op == 0x5c000000:
        op = insn & 0x0000ffe0
        if op == 0x00000200:
            # targets/alpha/insn.decode:212: cvtlq 010111 ..... ..... 00000010000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtlq(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:213: cpys 010111 ..... ..... 00000100000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cpys(ctx, a):
                return True
        elif op == 0x00000420:
            # targets/alpha/insn.decode:214: cpysn 010111 ..... ..... 00000100001 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cpysn(ctx, a):
                return True
        elif op == 0x00000440:
            # targets/alpha/insn.decode:215: cpyse 010111 ..... ..... 00000100010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cpyse(ctx, a):
                return True
        elif op == 0x00000480:
            # targets/alpha/insn.decode:216: mt_fpcr 010111 ..... ..... 00000100100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_mt_fpcr(ctx, a):
                return True
        elif op == 0x000004a0:
            # targets/alpha/insn.decode:217: mf_fpcr 010111 ..... ..... 00000100101 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_mf_fpcr(ctx, a):
                return True
        elif op == 0x00000540:
            # targets/alpha/insn.decode:218: fcmoveq 010111 ..... ..... 00000101010 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_fcmoveq(ctx, a):
                return True
        elif op == 0x00000560:
            # targets/alpha/insn.decode:219: fcmovne 010111 ..... ..... 00000101011 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_fcmovne(ctx, a):
                return True
        elif op == 0x00000580:
            # targets/alpha/insn.decode:220: fcmovlt 010111 ..... ..... 00000101100 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_fcmovlt(ctx, a):
                return True
        elif op == 0x000005a0:
            # targets/alpha/insn.decode:221: fcmovge 010111 ..... ..... 00000101101 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_fcmovge(ctx, a):
                return True
        elif op == 0x000005c0:
            # targets/alpha/insn.decode:222: fcmovle 010111 ..... ..... 00000101110 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_fcmovle(ctx, a):
                return True
        elif op == 0x000005e0:
            # targets/alpha/insn.decode:223: fcmovgt 010111 ..... ..... 00000101111 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_fcmovgt(ctx, a):
                return True
        elif op == 0x00000600:
            # targets/alpha/insn.decode:224: cvtql 010111 ..... ..... 00000110000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtql(ctx, a):
                return True
        elif op == 0x00002600:
            # targets/alpha/insn.decode:225: cvtql 010111 ..... ..... 00100110000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtql(ctx, a):
                return True
        elif op == 0x0000a600:
            # targets/alpha/insn.decode:226: cvtql 010111 ..... ..... 10100110000 ..... @fpr
            a = arg_fpr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                fn11=(insn >> 5) & 0x7ff)
            if trans.trans_cvtql(ctx, a):
                return True
    elif op == 0x60000000:
        op = insn & 0x0000ffff
        if op == 0x00000000:
            # targets/alpha/insn.decode:229: trapb 011000 ..... ..... 0000000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_trapb(ctx, a):
                return True
        elif op == 0x00000400:
            # targets/alpha/insn.decode:230: excb 011000 ..... ..... 0000010000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_excb(ctx, a):
                return True
        elif op == 0x00004000:
            # targets/alpha/insn.decode:231: mb 011000 ..... ..... 0100000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_mb(ctx, a):
                return True
        elif op == 0x00004400:
            # targets/alpha/insn.decode:232: wmb 011000 ..... ..... 0100010000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_wmb(ctx, a):
                return True
        elif op == 0x00008000:
            # targets/alpha/insn.decode:233: fetch 011000 ..... ..... 1000000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_fetch(ctx, a):
                return True
        elif op == 0x0000a000:
            # targets/alpha/insn.decode:234: fetch_m 011000 ..... ..... 1010000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_fetch_m(ctx, a):
                return True
        elif op == 0x0000c000:
            # targets/alpha/insn.decode:235: rpcc 011000 ..... ..... 1100000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_rpcc(ctx, a):
                return True
        elif op == 0x0000e000:
            # targets/alpha/insn.decode:236: rc 011000 ..... ..... 1110000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_rc(ctx, a):
                return True
        elif op == 0x0000e800:
            # targets/alpha/insn.decode:237: ecb 011000 ..... ..... 1110100000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_ecb(ctx, a):
                return True
        elif op == 0x0000f000:
            # targets/alpha/insn.decode:238: rs 011000 ..... ..... 1111000000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_rs(ctx, a):
                return True
        elif op == 0x0000f800:
            # targets/alpha/insn.decode:239: wh64 011000 ..... ..... 1111100000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_wh64(ctx, a):
                return True
        elif op == 0x0000fc00:
            # targets/alpha/insn.decode:240: wh64en 011000 ..... ..... 1111110000000000 @misc
            a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
            if trans.trans_wh64en(ctx, a):
                return True
    elif op == 0x64000000:
        # targets/alpha/insn.decode:268: hw_mfpr 011001 ..... ..... ................ @pr
        a = arg_pr(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f, index=insn & 0xffff)
        if trans.trans_hw_mfpr(ctx, a):
            return True
    elif op == 0x68000000:
        # targets/alpha/insn.decode:243: jmp 011010 ..... ..... ................ @misc
        a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
        if trans.trans_jmp(ctx, a):
            return True
    elif op == 0x6c000000:
        # targets/alpha/insn.decode:269: hw_ld 011011 ..... ..... .... ............ @hwmem
        a = arg_hwmem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xfff) ^ 0x800) - 0x800,
            kind=(insn >> 12) & 0xf)
        if trans.trans_hw_ld(ctx, a):
            return True
    elif op == 0x70000000:
        op = insn & 0x00000fe0
        if op == 0x00000000:
            # targets/alpha/insn.decode:246: sextb 011100 ..... ........ . 0000000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_sextb(ctx, a):
                return True
        elif op == 0x00000020:
            # targets/alpha/insn.decode:247: sextw 011100 ..... ........ . 0000001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_sextw(ctx, a):
                return True
        elif op == 0x00000600:
            # targets/alpha/insn.decode:248: ctpop 011100 ..... ........ . 0110000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_ctpop(ctx, a):
                return True
        elif op == 0x00000620:
            # targets/alpha/insn.decode:249: perr 011100 ..... ........ . 0110001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_perr(ctx, a):
                return True
        elif op == 0x00000640:
            # targets/alpha/insn.decode:250: ctlz 011100 ..... ........ . 0110010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_ctlz(ctx, a):
                return True
        elif op == 0x00000660:
            # targets/alpha/insn.decode:251: cttz 011100 ..... ........ . 0110011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_cttz(ctx, a):
                return True
        elif op == 0x00000680:
            # targets/alpha/insn.decode:252: unpkbw 011100 ..... ........ . 0110100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_unpkbw(ctx, a):
                return True
        elif op == 0x000006a0:
            # targets/alpha/insn.decode:253: unpkbl 011100 ..... ........ . 0110101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_unpkbl(ctx, a):
                return True
        elif op == 0x000006c0:
            # targets/alpha/insn.decode:254: pkwb 011100 ..... ........ . 0110110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_pkwb(ctx, a):
                return True
        elif op == 0x000006e0:
            # targets/alpha/insn.decode:255: pklb 011100 ..... ........ . 0110111 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_pklb(ctx, a):
                return True
        elif op == 0x00000700:
            # targets/alpha/insn.decode:256: minsb8 011100 ..... ........ . 0111000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_minsb8(ctx, a):
                return True
        elif op == 0x00000720:
            # targets/alpha/insn.decode:257: minsw4 011100 ..... ........ . 0111001 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_minsw4(ctx, a):
                return True
        elif op == 0x00000740:
            # targets/alpha/insn.decode:258: minub8 011100 ..... ........ . 0111010 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_minub8(ctx, a):
                return True
        elif op == 0x00000760:
            # targets/alpha/insn.decode:259: minuw4 011100 ..... ........ . 0111011 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_minuw4(ctx, a):
                return True
        elif op == 0x00000780:
            # targets/alpha/insn.decode:260: maxub8 011100 ..... ........ . 0111100 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_maxub8(ctx, a):
                return True
        elif op == 0x000007a0:
            # targets/alpha/insn.decode:261: maxuw4 011100 ..... ........ . 0111101 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_maxuw4(ctx, a):
                return True
        elif op == 0x000007c0:
            # targets/alpha/insn.decode:262: maxsb8 011100 ..... ........ . 0111110 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_maxsb8(ctx, a):
                return True
        elif op == 0x000007e0:
            # targets/alpha/insn.decode:263: maxsw4 011100 ..... ........ . 0111111 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_maxsw4(ctx, a):
                return True
        elif op == 0x00000e00:
            # targets/alpha/insn.decode:264: ftoit 011100 ..... ........ . 1110000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_ftoit(ctx, a):
                return True
        elif op == 0x00000f00:
            # targets/alpha/insn.decode:265: ftois 011100 ..... ........ . 1111000 ..... @opr
            a = arg_opr(
                ra=(insn >> 21) & 0x1f,
                rb=(insn >> 16) & 0x1f,
                rc=insn & 0x1f,
                lit=(insn >> 13) & 0xff,
                islit=(insn >> 12) & 0x1)
            if trans.trans_ftois(ctx, a):
                return True
    elif op == 0x74000000:
        # targets/alpha/insn.decode:270: hw_mtpr 011101 ..... ..... ................ @pr
        a = arg_pr(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f, index=insn & 0xffff)
        if trans.trans_hw_mtpr(ctx, a):
            return True
    elif op == 0x78000000:
        # targets/alpha/insn.decode:271: hw_ret 011110 ..... ..... ................ @misc
        a = arg_jmp(ra=(insn >> 21) & 0x1f, rb=(insn >> 16) & 0x1f)
        if trans.trans_hw_ret(ctx, a):
            return True
    elif op == 0x7c000000:
        # targets/alpha/insn.decode:272: hw_st 011111 ..... ..... .... ............ @hwmem
        a = arg_hwmem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xfff) ^ 0x800) - 0x800,
            kind=(insn >> 12) & 0xf)
        if trans.trans_hw_st(ctx, a):
            return True
    elif op == 0x80000000:
        # targets/alpha/insn.decode:77: ldf 100000 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldf(ctx, a):
            return True
    elif op == 0x84000000:
        # targets/alpha/insn.decode:78: ldg 100001 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldg(ctx, a):
            return True
    elif op == 0x88000000:
        # targets/alpha/insn.decode:79: lds 100010 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_lds(ctx, a):
            return True
    elif op == 0x8c000000:
        # targets/alpha/insn.decode:80: ldt 100011 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldt(ctx, a):
            return True
    elif op == 0x90000000:
        # targets/alpha/insn.decode:81: stf 100100 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stf(ctx, a):
            return True
    elif op == 0x94000000:
        # targets/alpha/insn.decode:82: stg 100101 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stg(ctx, a):
            return True
    elif op == 0x98000000:
        # targets/alpha/insn.decode:83: sts 100110 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_sts(ctx, a):
            return True
    elif op == 0x9c000000:
        # targets/alpha/insn.decode:84: stt 100111 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stt(ctx, a):
            return True
    elif op == 0xa0000000:
        # targets/alpha/insn.decode:67: ldl 101000 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldl(ctx, a):
            return True
    elif op == 0xa4000000:
        # targets/alpha/insn.decode:68: ldq 101001 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldq(ctx, a):
            return True
    elif op == 0xa8000000:
        # targets/alpha/insn.decode:69: ldl_l 101010 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldl_l(ctx, a):
            return True
    elif op == 0xac000000:
        # targets/alpha/insn.decode:70: ldq_l 101011 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_ldq_l(ctx, a):
            return True
    elif op == 0xb0000000:
        # targets/alpha/insn.decode:71: stl 101100 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stl(ctx, a):
            return True
    elif op == 0xb4000000:
        # targets/alpha/insn.decode:72: stq 101101 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stq(ctx, a):
            return True
    elif op == 0xb8000000:
        # targets/alpha/insn.decode:73: stl_c 101110 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stl_c(ctx, a):
            return True
    elif op == 0xbc000000:
        # targets/alpha/insn.decode:74: stq_c 101111 ..... ..... ................ @mem
        a = arg_mem(
            ra=(insn >> 21) & 0x1f,
            rb=(insn >> 16) & 0x1f,
            disp=((insn & 0xffff) ^ 0x8000) - 0x8000)
        if trans.trans_stq_c(ctx, a):
            return True
    elif op == 0xc0000000:
        # targets/alpha/insn.decode:275: br 110000 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_br(ctx, a):
            return True
    elif op == 0xc4000000:
        # targets/alpha/insn.decode:276: fbeq 110001 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_fbeq(ctx, a):
            return True
    elif op == 0xc8000000:
        # targets/alpha/insn.decode:277: fblt 110010 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_fblt(ctx, a):
            return True
    elif op == 0xcc000000:
        # targets/alpha/insn.decode:278: fble 110011 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_fble(ctx, a):
            return True
    elif op == 0xd0000000:
        # targets/alpha/insn.decode:279: bsr 110100 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_bsr(ctx, a):
            return True
    elif op == 0xd4000000:
        # targets/alpha/insn.decode:280: fbne 110101 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_fbne(ctx, a):
            return True
    elif op == 0xd8000000:
        # targets/alpha/insn.decode:281: fbge 110110 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_fbge(ctx, a):
            return True
    elif op == 0xdc000000:
        # targets/alpha/insn.decode:282: fbgt 110111 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_fbgt(ctx, a):
            return True
    elif op == 0xe0000000:
        # targets/alpha/insn.decode:283: blbc 111000 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_blbc(ctx, a):
            return True
    elif op == 0xe4000000:
        # targets/alpha/insn.decode:284: beq 111001 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_beq(ctx, a):
            return True
    elif op == 0xe8000000:
        # targets/alpha/insn.decode:285: blt 111010 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_blt(ctx, a):
            return True
    elif op == 0xec000000:
        # targets/alpha/insn.decode:286: ble 111011 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_ble(ctx, a):
            return True
    elif op == 0xf0000000:
        # targets/alpha/insn.decode:287: blbs 111100 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_blbs(ctx, a):
            return True
    elif op == 0xf4000000:
        # targets/alpha/insn.decode:288: bne 111101 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_bne(ctx, a):
            return True
    elif op == 0xf8000000:
        # targets/alpha/insn.decode:289: bge 111110 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_bge(ctx, a):
            return True
    elif op == 0xfc000000:
        # targets/alpha/insn.decode:290: bgt 111111 ..... ..................... @bra
        a = arg_bra(ra=(insn >> 21) & 0x1f, disp=((insn & 0x1fffff) ^ 0x100000) - 0x100000)
        if trans.trans_bgt(ctx, a):
            return True
    return False
