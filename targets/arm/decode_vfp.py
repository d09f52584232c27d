# Generated from targets/arm/vfp.decode by emu/decodetree.py; do not edit.
# decodetree options: --insnwidth=32 --decode=decode_vfp
"""Decoder for targets/arm/vfp.decode.

decode_vfp(trans, ctx, insn) calls trans.trans_<pattern>(ctx, a) for the matching pattern.
"""


class arg_vrrr:
    """&vrrr: vd vn vm."""

    __slots__ = ('vd', 'vn', 'vm')

    def __init__(self, vd=0, vn=0, vm=0):
        self.vd = vd
        self.vn = vn
        self.vm = vm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vrr:
    """&vrr: vd vm."""

    __slots__ = ('vd', 'vm')

    def __init__(self, vd=0, vm=0):
        self.vd = vd
        self.vm = vm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vri:
    """&vri: vd imm."""

    __slots__ = ('vd', 'imm')

    def __init__(self, vd=0, imm=0):
        self.vd = vd
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vcmp:
    """&vcmp: vd vm e z."""

    __slots__ = ('vd', 'vm', 'e', 'z')

    def __init__(self, vd=0, vm=0, e=0, z=0):
        self.vd = vd
        self.vm = vm
        self.e = e
        self.z = z

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vcvt_int:
    """&vcvt_int: vd vm s rz."""

    __slots__ = ('vd', 'vm', 's', 'rz')

    def __init__(self, vd=0, vm=0, s=0, rz=0):
        self.vd = vd
        self.vm = vm
        self.s = s
        self.rz = rz

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vcvt_fix:
    """&vcvt_fix: vd opc imm sx u."""

    __slots__ = ('vd', 'opc', 'imm', 'sx', 'u')

    def __init__(self, vd=0, opc=0, imm=0, sx=0, u=0):
        self.vd = vd
        self.opc = opc
        self.imm = imm
        self.sx = sx
        self.u = u

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vcvt_f16:
    """&vcvt_f16: vd vm t."""

    __slots__ = ('vd', 'vm', 't')

    def __init__(self, vd=0, vm=0, t=0):
        self.vd = vd
        self.vm = vm
        self.t = t

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vmov_sr:
    """&vmov_sr: vn rt l."""

    __slots__ = ('vn', 'rt', 'l')

    def __init__(self, vn=0, rt=0, l=0):
        self.vn = vn
        self.rt = rt
        self.l = l

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vmov_64:
    """&vmov_64: vm rt rt2 l."""

    __slots__ = ('vm', 'rt', 'rt2', 'l')

    def __init__(self, vm=0, rt=0, rt2=0, l=0):
        self.vm = vm
        self.rt = rt
        self.rt2 = rt2
        self.l = l

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vmov_scalar:
    """&vmov_scalar: vn rt idx l."""

    __slots__ = ('vn', 'rt', 'idx', 'l')

    def __init__(self, vn=0, rt=0, idx=0, l=0):
        self.vn = vn
        self.rt = rt
        self.idx = idx
        self.l = l

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vmsr:
    """&vmsr: reg rt l."""

    __slots__ = ('reg', 'rt', 'l')

    def __init__(self, reg=0, rt=0, l=0):
        self.reg = reg
        self.rt = rt
        self.l = l

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vldr:
    """&vldr: vd rn u l imm."""

    __slots__ = ('vd', 'rn', 'u', 'l', 'imm')

    def __init__(self, vd=0, rn=0, u=0, l=0, imm=0):
        self.vd = vd
        self.rn = rn
        self.u = u
        self.l = l
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


class arg_vldm:
    """&vldm: vd rn p u w l imm."""

    __slots__ = ('vd', 'rn', 'p', 'u', 'w', 'l', 'imm')

    def __init__(self, vd=0, rn=0, p=0, u=0, w=0, l=0, imm=0):
        self.vd = vd
        self.rn = rn
        self.p = p
        self.u = u
        self.w = w
        self.l = l
        self.imm = imm

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None

    def __repr__(self):
        shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({shown})'


def _field_vd_sp(insn):
    """%vd_sp: targets/arm/vfp.decode:17."""
    return (((insn >> 12) & 0xf) << 1
            | ((insn >> 22) & 0x1))


def _field_vd_dp(insn):
    """%vd_dp: targets/arm/vfp.decode:18."""
    return (((insn >> 22) & 0x1) << 4
            | ((insn >> 12) & 0xf))


def _field_vn_sp(insn):
    """%vn_sp: targets/arm/vfp.decode:19."""
    return (((insn >> 16) & 0xf) << 1
            | ((insn >> 7) & 0x1))


def _field_vn_dp(insn):
    """%vn_dp: targets/arm/vfp.decode:20."""
    return (((insn >> 7) & 0x1) << 4
            | ((insn >> 16) & 0xf))


def _field_vm_sp(insn):
    """%vm_sp: targets/arm/vfp.decode:21."""
    return ((insn & 0xf) << 1
            | ((insn >> 5) & 0x1))


def _field_vm_dp(insn):
    """%vm_dp: targets/arm/vfp.decode:22."""
    return (((insn >> 5) & 0x1) << 4
            | (insn & 0xf))


def _field_vmov_imm(insn):
    """%vmov_imm: targets/arm/vfp.decode:23."""
    return (((insn >> 16) & 0xf) << 4
            | (insn & 0xf))


def _field_vfix_imm(insn):
    """%vfix_imm: targets/arm/vfp.decode:24."""
    return ((insn & 0xf) << 1
            | ((insn >> 5) & 0x1))


trans_names = (
    'VMLA_sp',
    'VMLA_dp',
    'VMLS_sp',
    'VMLS_dp',
    'VNMLS_sp',
    'VNMLS_dp',
    'VNMLA_sp',
    'VNMLA_dp',
    'VMUL_sp',
    'VMUL_dp',
    'VNMUL_sp',
    'VNMUL_dp',
    'VADD_sp',
    'VADD_dp',
    'VSUB_sp',
    'VSUB_dp',
    'VDIV_sp',
    'VDIV_dp',
    'VFNMS_sp',
    'VFNMS_dp',
    'VFNMA_sp',
    'VFNMA_dp',
    'VFMA_sp',
    'VFMA_dp',
    'VFMS_sp',
    'VFMS_dp',
    'VMOV_imm_sp',
    'VMOV_imm_dp',
    'VMOV_reg_sp',
    'VMOV_reg_dp',
    'VABS_sp',
    'VABS_dp',
    'VNEG_sp',
    'VNEG_dp',
    'VSQRT_sp',
    'VSQRT_dp',
    'VCVT_f32_f16',
    'VCVT_f16_f32',
    'VCMP_sp',
    'VCMP_dp',
    'VCVT_sp_dp',
    'VCVT_dp_sp',
    'VCVT_int_sp',
    'VCVT_int_dp',
    'VCVT_sp_int',
    'VCVT_dp_int',
    'VCVT_fix_sp',
    'VCVT_fix_dp',
    'VMOV_single',
    'VMOV_to_scalar',
    'VMOV_from_scalar',
    'VMSR_VMRS',
    'VMOV_64_sp',
    'VMOV_64_dp',
    'VLDR_VSTR_sp',
    'VLDR_VSTR_dp',
    'VLDM_VSTM_sp',
    'VLDM_VSTM_dp',
)


def decode_vfp(trans, ctx, insn):
    """Decode one instruction word; returns True if a trans_ function accepted it."""
    op = insn & 0x0f000f00
    if op == 0x0c000a00:
        op = insn & 0x00800000
        if op == 0x00000000:
            # targets/arm/vfp.decode:117: VMOV_64_sp ---- 1100 010 l:1 rt2:4 rt:4 1010 00.1 .... &vmov_64 vm=%vm_sp
            if (insn & 0x006000d0) == 0x00400010:
                a = arg_vmov_64(
                    vm=_field_vm_sp(insn),
                    rt=(insn >> 12) & 0xf,
                    rt2=(insn >> 16) & 0xf,
                    l=(insn >> 20) & 0x1)
                if trans.trans_VMOV_64_sp(ctx, a):
                    return True
        elif op == 0x00800000:
            # targets/arm/vfp.decode:124: VLDM_VSTM_sp ---- 1100 1 . w:1 l:1 rn:4 .... 1010 imm:8 &vldm vd=%vd_sp p=0 u=1
            a = arg_vldm(
                vd=_field_vd_sp(insn),
                rn=(insn >> 16) & 0xf,
                p=0,
                u=1,
                w=(insn >> 21) & 0x1,
                l=(insn >> 20) & 0x1,
                imm=insn & 0xff)
            if trans.trans_VLDM_VSTM_sp(ctx, a):
                return True
    elif op == 0x0c000b00:
        op = insn & 0x00800000
        if op == 0x00000000:
            # targets/arm/vfp.decode:118: VMOV_64_dp ---- 1100 010 l:1 rt2:4 rt:4 1011 00.1 .... &vmov_64 vm=%vm_dp
            if (insn & 0x006000d0) == 0x00400010:
                a = arg_vmov_64(
                    vm=_field_vm_dp(insn),
                    rt=(insn >> 12) & 0xf,
                    rt2=(insn >> 16) & 0xf,
                    l=(insn >> 20) & 0x1)
                if trans.trans_VMOV_64_dp(ctx, a):
                    return True
        elif op == 0x00800000:
            # targets/arm/vfp.decode:125: VLDM_VSTM_dp ---- 1100 1 . w:1 l:1 rn:4 .... 1011 imm:8 &vldm vd=%vd_dp p=0 u=1
            a = arg_vldm(
                vd=_field_vd_dp(insn),
                rn=(insn >> 16) & 0xf,
                p=0,
                u=1,
                w=(insn >> 21) & 0x1,
                l=(insn >> 20) & 0x1,
                imm=insn & 0xff)
            if trans.trans_VLDM_VSTM_dp(ctx, a):
                return True
    elif op == 0x0d000a00:
        op = insn & 0x00200000
        if op == 0x00000000:
            # targets/arm/vfp.decode:121: VLDR_VSTR_sp ---- 1101 u:1 . 0 l:1 rn:4 .... 1010 imm:8 &vldr vd=%vd_sp
            a = arg_vldr(
                vd=_field_vd_sp(insn),
                rn=(insn >> 16) & 0xf,
                u=(insn >> 23) & 0x1,
                l=(insn >> 20) & 0x1,
                imm=insn & 0xff)
            if trans.trans_VLDR_VSTR_sp(ctx, a):
                return True
        elif op == 0x00200000:
            # targets/arm/vfp.decode:126: VLDM_VSTM_sp ---- 1101 0 . 1 l:1 rn:4 .... 1010 imm:8 &vldm vd=%vd_sp p=1 u=0 w=1
            if (insn & 0x00800000) == 0x00000000:
                a = arg_vldm(
                    vd=_field_vd_sp(insn),
                    rn=(insn >> 16) & 0xf,
                    p=1,
                    u=0,
                    w=1,
                    l=(insn >> 20) & 0x1,
                    imm=insn & 0xff)
                if trans.trans_VLDM_VSTM_sp(ctx, a):
                    return True
    elif op == 0x0d000b00:
        op = insn & 0x00200000
        if op == 0x00000000:
            # targets/arm/vfp.decode:122: VLDR_VSTR_dp ---- 1101 u:1 . 0 l:1 rn:4 .... 1011 imm:8 &vldr vd=%vd_dp
            a = arg_vldr(
                vd=_field_vd_dp(insn),
                rn=(insn >> 16) & 0xf,
                u=(insn >> 23) & 0x1,
                l=(insn >> 20) & 0x1,
                imm=insn & 0xff)
            if trans.trans_VLDR_VSTR_dp(ctx, a):
                return True
        elif op == 0x00200000:
            # targets/arm/vfp.decode:127: VLDM_VSTM_dp ---- 1101 0 . 1 l:1 rn:4 .... 1011 imm:8 &vldm vd=%vd_dp p=1 u=0 w=1
            if (insn & 0x00800000) == 0x00000000:
                a = arg_vldm(
                    vd=_field_vd_dp(insn),
                    rn=(insn >> 16) & 0xf,
                    p=1,
                    u=0,
                    w=1,
                    l=(insn >> 20) & 0x1,
                    imm=insn & 0xff)
                if trans.trans_VLDM_VSTM_dp(ctx, a):
                    return True
    elif op == 0x0e000a00:
        op = insn & 0x00a00050
        if op == 0x00000000:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:48: VMLA_sp ---- 1110 0.00 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VMLA_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/arm/vfp.decode:52: VNMLS_sp ---- 1110 0.01 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VNMLS_sp(ctx, a):
                    return True
        elif op == 0x00000010:
            # targets/arm/vfp.decode:111: VMOV_single ---- 1110 000 l:1 .... rt:4 1010 . 001 0000 &vmov_sr vn=%vn_sp
            if (insn & 0x0040002f) == 0x00000000:
                a = arg_vmov_sr(vn=_field_vn_sp(insn), rt=(insn >> 12) & 0xf, l=(insn >> 20) & 0x1)
                if trans.trans_VMOV_single(ctx, a):
                    return True
        elif op == 0x00000040:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:50: VMLS_sp ---- 1110 0.00 .... .... 1010 .1.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VMLS_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/arm/vfp.decode:54: VNMLA_sp ---- 1110 0.01 .... .... 1010 .1.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VNMLA_sp(ctx, a):
                    return True
        elif op == 0x00200000:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:56: VMUL_sp ---- 1110 0.10 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VMUL_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/arm/vfp.decode:60: VADD_sp ---- 1110 0.11 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VADD_sp(ctx, a):
                    return True
        elif op == 0x00200040:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:58: VNMUL_sp ---- 1110 0.10 .... .... 1010 .1.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VNMUL_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/arm/vfp.decode:62: VSUB_sp ---- 1110 0.11 .... .... 1010 .1.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VSUB_sp(ctx, a):
                    return True
        elif op == 0x00800000:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:64: VDIV_sp ---- 1110 1.00 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VDIV_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/arm/vfp.decode:67: VFNMS_sp ---- 1110 1.01 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VFNMS_sp(ctx, a):
                    return True
        elif op == 0x00800040:
            # targets/arm/vfp.decode:69: VFNMA_sp ---- 1110 1.01 .... .... 1010 .1.0 .... @vfp_dnm_s
            if (insn & 0x00100000) == 0x00100000:
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VFNMA_sp(ctx, a):
                    return True
        elif op == 0x00a00000:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:71: VFMA_sp ---- 1110 1.10 .... .... 1010 .0.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VFMA_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                # targets/arm/vfp.decode:76: VMOV_imm_sp ---- 1110 1.11 .... .... 1010 0000 .... &vri vd=%vd_sp imm=%vmov_imm
                if (insn & 0x000000a0) == 0x00000000:
                    a = arg_vri(vd=_field_vd_sp(insn), imm=_field_vmov_imm(insn))
                    if trans.trans_VMOV_imm_sp(ctx, a):
                        return True
        elif op == 0x00a00010:
            # targets/arm/vfp.decode:114: VMSR_VMRS ---- 1110 111 l:1 reg:4 rt:4 1010 0001 0000 &vmsr
            if (insn & 0x004000af) == 0x00400000:
                a = arg_vmsr(reg=(insn >> 16) & 0xf, rt=(insn >> 12) & 0xf, l=(insn >> 20) & 0x1)
                if trans.trans_VMSR_VMRS(ctx, a):
                    return True
        elif op == 0x00a00040:
            op = insn & 0x00100000
            if op == 0x00000000:
                # targets/arm/vfp.decode:73: VFMS_sp ---- 1110 1.10 .... .... 1010 .1.0 .... @vfp_dnm_s
                a = arg_vrrr(vd=_field_vd_sp(insn), vn=_field_vn_sp(insn), vm=_field_vm_sp(insn))
                if trans.trans_VFMS_sp(ctx, a):
                    return True
            elif op == 0x00100000:
                op = insn & 0x000a0000
                if op == 0x00000000:
                    op = insn & 0x00040000
                    if op == 0x00000000:
                        op = insn & 0x00010080
                        if op == 0x00000000:
                            # targets/arm/vfp.decode:79: VMOV_reg_sp ---- 1110 1.11 0000 .... 1010 01.0 .... @vfp_dm_ss
                            a = arg_vrr(vd=_field_vd_sp(insn), vm=_field_vm_sp(insn))
                            if trans.trans_VMOV_reg_sp(ctx, a):
                                return True
                        elif op == 0x00000080:
                            # targets/arm/vfp.decode:81: VABS_sp ---- 1110 1.11 0000 .... 1010 11.0 .... @vfp_dm_ss
                            a = arg_vrr(vd=_field_vd_sp(insn), vm=_field_vm_sp(insn))
                            if trans.trans_VABS_sp(ctx, a):
                                return True
                        elif op == 0x00010000:
                            # targets/arm/vfp.decode:83: VNEG_sp ---- 1110 1.11 0001 .... 1010 01.0 .... @vfp_dm_ss
                            a = arg_vrr(vd=_field_vd_sp(insn), vm=_field_vm_sp(insn))
                            if trans.trans_VNEG_sp(ctx, a):
                                return True
                        elif op == 0x00010080:
                            # targets/arm/vfp.decode:85: VSQRT_sp ---- 1110 1.11 0001 .... 1010 11.0 .... @vfp_dm_ss
                            a = arg_vrr(vd=_field_vd_sp(insn), vm=_field_vm_sp(insn))
                            if trans.trans_VSQRT_sp(ctx, a):
                                return True
                    elif op == 0x00040000:
                        # targets/arm/vfp.decode:93: VCMP_sp ---- 1110 1.11 010 z:1 .... 1010 e:1 1.0 .... &vcmp vd=%vd_sp vm=%vm_sp
                        a = arg_vcmp(
                            vd=_field_vd_sp(insn),
                            vm=_field_vm_sp(insn),
                            e=(insn >> 7) & 0x1,
                            z=(insn >> 16) & 0x1)
                        if trans.trans_VCMP_sp(ctx, a):
                            return True
                elif op == 0x00020000:
                    op = insn & 0x00050000
                    if op == 0x00000000:
                        # targets/arm/vfp.decode:89: VCVT_f32_f16 ---- 1110 1.11 0010 .... 1010 t:1 1.0 .... &vcvt_f16 vd=%vd_sp vm=%vm_sp
                        a = arg_vcvt_f16(
                            vd=_field_vd_sp(insn),
                            vm=_field_vm_sp(insn),
                            t=(insn >> 7) & 0x1)
                        if trans.trans_VCVT_f32_f16(ctx, a):
                            return True
                    elif op == 0x00010000:
                        # targets/arm/vfp.decode:90: VCVT_f16_f32 ---- 1110 1.11 0011 .... 1010 t:1 1.0 .... &vcvt_f16 vd=%vd_sp vm=%vm_sp
                        a = arg_vcvt_f16(
                            vd=_field_vd_sp(insn),
                            vm=_field_vm_sp(insn),
                            t=(insn >> 7) & 0x1)
                        if trans.trans_VCVT_f16_f32(ctx, a):
                            return True
                    elif op == 0x00050000:
                        # targets/arm/vfp.decode:96: VCVT_sp_dp ---- 1110 1.11 0111 .... 1010 11.0 .... @vfp_dm_ds
                        if (insn & 0x00000080) == 0x00000080:
                            a = arg_vrr(vd=_field_vd_dp(insn), vm=_field_vm_sp(insn))
                            if trans.trans_VCVT_sp_dp(ctx, a):
                                return True
                elif op == 0x00080000:
                    op = insn & 0x00040000
                    if op == 0x00000000:
                        # targets/arm/vfp.decode:100: VCVT_int_sp ---- 1110 1.11 1000 .... 1010 s:1 1.0 .... &vcvt_int vd=%vd_sp vm=%vm_sp rz=0
                        if (insn & 0x00010000) == 0x00000000:
                            a = arg_vcvt_int(
                                vd=_field_vd_sp(insn),
                                vm=_field_vm_sp(insn),
                                s=(insn >> 7) & 0x1,
                                rz=0)
                            if trans.trans_VCVT_int_sp(ctx, a):
                                return True
                    elif op == 0x00040000:
                        # targets/arm/vfp.decode:103: VCVT_sp_int ---- 1110 1.11 110 s:1 .... 1010 rz:1 1.0 .... &vcvt_int vd=%vd_sp vm=%vm_sp
                        a = arg_vcvt_int(
                            vd=_field_vd_sp(insn),
                            vm=_field_vm_sp(insn),
                            s=(insn >> 16) & 0x1,
                            rz=(insn >> 7) & 0x1)
                        if trans.trans_VCVT_sp_int(ctx, a):
                            return True
                elif op == 0x000a0000:
                    # targets/arm/vfp.decode:107: VCVT_fix_sp ---- 1110 1.11 1 opc:1 1 u:1 .... 1010 sx:1 1.0 .... &vcvt_fix vd=%vd_sp imm=%vfix_imm
                    a = arg_vcvt_fix(
                        vd=_field_vd_sp(insn),
                        opc=(insn >> 18) & 0x1,
                        imm=_field_vfix_imm(insn),
                        sx=(insn >> 7) & 0x1,
                        u=(insn >> 16) & 0x1)
                    if trans.trans_VCVT_fix_sp(ctx, a):
                        return True
    elif op == 0x0e000b00:
        op = insn & 0x00900050
        if op == 0x00000000:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:49: VMLA_dp ---- 1110 0.00 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VMLA_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/vfp.decode:57: VMUL_dp ---- 1110 0.10 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VMUL_dp(ctx, a):
                    return True
        elif op == 0x00000010:
            # targets/arm/vfp.decode:112: VMOV_to_scalar ---- 1110 0 0 idx:1 0 .... rt:4 1011 . 00 1 0000 &vmov_scalar vn=%vn_dp l=0
            if (insn & 0x0040002f) == 0x00000000:
                a = arg_vmov_scalar(
                    vn=_field_vn_dp(insn),
                    rt=(insn >> 12) & 0xf,
                    idx=(insn >> 21) & 0x1,
                    l=0)
                if trans.trans_VMOV_to_scalar(ctx, a):
                    return True
        elif op == 0x00000040:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:51: VMLS_dp ---- 1110 0.00 .... .... 1011 .1.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VMLS_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/vfp.decode:59: VNMUL_dp ---- 1110 0.10 .... .... 1011 .1.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VNMUL_dp(ctx, a):
                    return True
        elif op == 0x00100000:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:53: VNMLS_dp ---- 1110 0.01 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VNMLS_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/vfp.decode:61: VADD_dp ---- 1110 0.11 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VADD_dp(ctx, a):
                    return True
        elif op == 0x00100010:
            # targets/arm/vfp.decode:113: VMOV_from_scalar ---- 1110 0 0 idx:1 1 .... rt:4 1011 . 00 1 0000 &vmov_scalar vn=%vn_dp l=1
            if (insn & 0x0040002f) == 0x00000000:
                a = arg_vmov_scalar(
                    vn=_field_vn_dp(insn),
                    rt=(insn >> 12) & 0xf,
                    idx=(insn >> 21) & 0x1,
                    l=1)
                if trans.trans_VMOV_from_scalar(ctx, a):
                    return True
        elif op == 0x00100040:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:55: VNMLA_dp ---- 1110 0.01 .... .... 1011 .1.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VNMLA_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/vfp.decode:63: VSUB_dp ---- 1110 0.11 .... .... 1011 .1.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VSUB_dp(ctx, a):
                    return True
        elif op == 0x00800000:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:65: VDIV_dp ---- 1110 1.00 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VDIV_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/vfp.decode:72: VFMA_dp ---- 1110 1.10 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VFMA_dp(ctx, a):
                    return True
        elif op == 0x00800040:
            # targets/arm/vfp.decode:74: VFMS_dp ---- 1110 1.10 .... .... 1011 .1.0 .... @vfp_dnm_d
            if (insn & 0x00200000) == 0x00200000:
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VFMS_dp(ctx, a):
                    return True
        elif op == 0x00900000:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:68: VFNMS_dp ---- 1110 1.01 .... .... 1011 .0.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VFNMS_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                # targets/arm/vfp.decode:77: VMOV_imm_dp ---- 1110 1.11 .... .... 1011 0000 .... &vri vd=%vd_dp imm=%vmov_imm
                if (insn & 0x000000a0) == 0x00000000:
                    a = arg_vri(vd=_field_vd_dp(insn), imm=_field_vmov_imm(insn))
                    if trans.trans_VMOV_imm_dp(ctx, a):
                        return True
        elif op == 0x00900040:
            op = insn & 0x00200000
            if op == 0x00000000:
                # targets/arm/vfp.decode:70: VFNMA_dp ---- 1110 1.01 .... .... 1011 .1.0 .... @vfp_dnm_d
                a = arg_vrrr(vd=_field_vd_dp(insn), vn=_field_vn_dp(insn), vm=_field_vm_dp(insn))
                if trans.trans_VFNMA_dp(ctx, a):
                    return True
            elif op == 0x00200000:
                op = insn & 0x000a0000
                if op == 0x00000000:
                    op = insn & 0x00040000
                    if op == 0x00000000:
                        op = insn & 0x00010080
                        if op == 0x00000000:
                            # targets/arm/vfp.decode:80: VMOV_reg_dp ---- 1110 1.11 0000 .... 1011 01.0 .... @vfp_dm_dd
                            a = arg_vrr(vd=_field_vd_dp(insn), vm=_field_vm_dp(insn))
                            if trans.trans_VMOV_reg_dp(ctx, a):
                                return True
                        elif op == 0x00000080:
                            # targets/arm/vfp.decode:82: VABS_dp ---- 1110 1.11 0000 .... 1011 11.0 .... @vfp_dm_dd
                            a = arg_vrr(vd=_field_vd_dp(insn), vm=_field_vm_dp(insn))
                            if trans.trans_VABS_dp(ctx, a):
                                return True
                        elif op == 0x00010000:
                            # targets/arm/vfp.decode:84: VNEG_dp ---- 1110 1.11 0001 .... 1011 01.0 .... @vfp_dm_dd
                            a = arg_vrr(vd=_field_vd_dp(insn), vm=_field_vm_dp(insn))
                            if trans.trans_VNEG_dp(ctx, a):
                                return True
                        elif op == 0x00010080:
                            # targets/arm/vfp.decode:86: VSQRT_dp ---- 1110 1.11 0001 .... 1011 11.0 .... @vfp_dm_dd
                            a = arg_vrr(vd=_field_vd_dp(insn), vm=_field_vm_dp(insn))
                            if trans.trans_VSQRT_dp(ctx, a):
                                return True
                    elif op == 0x00040000:
                        # targets/arm/vfp.decode:94: VCMP_dp ---- 1110 1.11 010 z:1 .... 1011 e:1 1.0 .... &vcmp vd=%vd_dp vm=%vm_dp
                        a = arg_vcmp(
                            vd=_field_vd_dp(insn),
                            vm=_field_vm_dp(insn),
                            e=(insn >> 7) & 0x1,
                            z=(insn >> 16) & 0x1)
                        if trans.trans_VCMP_dp(ctx, a):
                            return True
                elif op == 0x00020000:
                    # targets/arm/vfp.decode:97: VCVT_dp_sp ---- 1110 1.11 0111 .... 1011 11.0 .... @vfp_dm_sd
                    if (insn & 0x00050080) == 0x00050080:
                        a = arg_vrr(vd=_field_vd_sp(insn), vm=_field_vm_dp(insn))
                        if trans.trans_VCVT_dp_sp(ctx, a):
                            return True
                elif op == 0x00080000:
                    op = insn & 0x00040000
                    if op == 0x00000000:
                        # targets/arm/vfp.decode:101: VCVT_int_dp ---- 1110 1.11 1000 .... 1011 s:1 1.0 .... &vcvt_int vd=%vd_dp vm=%vm_sp rz=0
                        if (insn & 0x00010000) == 0x00000000:
                            a = arg_vcvt_int(
                                vd=_field_vd_dp(insn),
                                vm=_field_vm_sp(insn),
                                s=(insn >> 7) & 0x1,
                                rz=0)
                            if trans.trans_VCVT_int_dp(ctx, a):
                                return True
                    elif op == 0x00040000:
                        # targets/arm/vfp.decode:104: VCVT_dp_int ---- 1110 1.11 110 s:1 .... 1011 rz:1 1.0 .... &vcvt_int vd=%vd_sp vm=%vm_dp
                        a = arg_vcvt_int(
                            vd=_field_vd_sp(insn),
                            vm=_field_vm_dp(insn),
                            s=(insn >> 16) & 0x1,
                            rz=(insn >> 7) & 0x1)
                        if trans.trans_VCVT_dp_int(ctx, a):
                            return True
                elif op == 0x000a0000:
                    # targets/arm/vfp.decode:108: VCVT_fix_dp ---- 1110 1.11 1 opc:1 1 u:1 .... 1011 sx:1 1.0 .... &vcvt_fix vd=%vd_dp imm=%vfix_imm
                    a = arg_vcvt_fix(
                        vd=_field_vd_dp(insn),
                        opc=(insn >> 18) & 0x1,
                        imm=_field_vfix_imm(insn),
                        sx=(insn >> 7) & 0x1,
                        u=(insn >> 16) & 0x1)
                    if trans.trans_VCVT_fix_dp(ctx, a):
                        return True
    return False
