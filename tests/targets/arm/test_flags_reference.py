"""NZCV against a reference model: every flag-setting add/subtract form
(register and immediate operands, the destination aliasing an operand)
on edge values, the logical forms' shifter carry, and every condition on
every NZCV combination (conditional data processing and branches)."""

import pytest

from targets.arm import cpu_bits as B

from tests.targets.arm.harness import flags, run_code

MASK32 = 0xFFFFFFFF
EDGES = (0, 1, 2, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF, 0x12345678)
OPCODES = {"AND": 0, "EOR": 1, "SUB": 2, "RSB": 3, "ADD": 4, "ADC": 5, "SBC": 6, "RSC": 7,
           "TST": 8, "TEQ": 9, "CMP": 10, "CMN": 11, "ORR": 12, "MOV": 13, "BIC": 14, "MVN": 15}
COND_NAMES = ("EQ", "NE", "CS", "CC", "MI", "PL", "VS", "VC",
              "HI", "LS", "GE", "LT", "GT", "LE", "AL")


def dp_reg(op, s, rd, rn, rm, cond=14):
    return (cond << 28) | (OPCODES[op] << 21) | (s << 20) | (rn << 16) | (rd << 12) | rm


def dp_imm(op, s, rd, rn, rot, imm8, cond=14):
    return (cond << 28) | (1 << 25) | (OPCODES[op] << 21) | (s << 20) | (rn << 16) \
        | (rd << 12) | (rot << 8) | imm8


def ref_arith(op, a, b, c):
    """(result, 'NZCV') of the ARM ARM's AddWithCarry forms."""
    x, y, cin = {"ADD": (a, b, 0), "CMN": (a, b, 0), "ADC": (a, b, c),
                 "SUB": (a, ~b & MASK32, 1), "CMP": (a, ~b & MASK32, 1),
                 "SBC": (a, ~b & MASK32, c), "RSB": (b, ~a & MASK32, 1),
                 "RSC": (b, ~a & MASK32, c)}[op]
    total = x + y + cin
    res = total & MASK32
    sx = x - (1 << 32) if x >> 31 else x
    sy = y - (1 << 32) if y >> 31 else y
    sres = res - (1 << 32) if res >> 31 else res
    v = sx + sy + cin != sres
    f = ("N" if res >> 31 else "-") + ("Z" if res == 0 else "-") + \
        ("C" if total >> 32 else "-") + ("V" if v else "-")
    return res, f


def with_carry(c):
    return lambda cpu: cpu.cpsr_write(B.CPSR_C if c else 0, B.CPSR_NZCV)


def ror32(v, n):
    n &= 31
    return ((v >> n) | (v << (32 - n))) & MASK32 if n else v


ARITH = ("ADD", "ADC", "SUB", "SBC", "RSB", "RSC", "CMP", "CMN")


@pytest.mark.parametrize("op", ARITH)
def test_arith_register_forms_match_reference(op):
    no_rd = op in ("CMP", "CMN")
    for a in EDGES:
        for b in EDGES:
            for c in (0, 1):
                res, f = ref_arith(op, a, b, c)
                # rd distinct from the operands
                cpu = run_code(["%08x" % dp_reg(op, 1, 0 if no_rd else 2, 0, 1)],
                               regs={0: a, 1: b, 2: 0x5A5A5A5A}, setup=with_carry(c))
                assert flags(cpu) == f, (op, hex(a), hex(b), c)
                assert cpu.reg(2) == (0x5A5A5A5A if no_rd else res), (op, hex(a), hex(b), c)
                if no_rd:
                    continue
                # rd == rn and rd == rm
                cpu = run_code(["%08x" % dp_reg(op, 1, 0, 0, 1)], regs={0: a, 1: b},
                               setup=with_carry(c))
                assert (cpu.reg(0), flags(cpu)) == (res, f), (op, hex(a), hex(b), c)
                cpu = run_code(["%08x" % dp_reg(op, 1, 1, 0, 1)], regs={0: a, 1: b},
                               setup=with_carry(c))
                assert (cpu.reg(1), flags(cpu)) == (res, f), (op, hex(a), hex(b), c)
                # without S: result only, flags untouched
                cpu = run_code(["%08x" % dp_reg(op, 0, 2, 0, 1)], regs={0: a, 1: b},
                               setup=with_carry(c))
                assert cpu.reg(2) == res and flags(cpu) == ("--C-" if c else "----")


@pytest.mark.parametrize("op", ARITH)
def test_arith_immediate_forms_match_reference(op):
    no_rd = op in ("CMP", "CMN")
    imms = ((0, 0), (0, 1), (0, 0xFF), (1, 0x02), (4, 0xFF), (1, 0x01), (4, 0x80), (12, 0x01))
    for a in EDGES:
        for rot, imm8 in imms:
            b = ror32(imm8, 2 * rot)
            for c in (0, 1):
                res, f = ref_arith(op, a, b, c)
                for rd in ((0,) if no_rd else (2, 0)):
                    cpu = run_code(["%08x" % dp_imm(op, 1, rd, 0, rot, imm8)],
                                   regs={0: a, 2: 0x5A5A5A5A}, setup=with_carry(c))
                    assert flags(cpu) == f, (op, hex(a), hex(b), c, rd)
                    if not no_rd:
                        assert cpu.reg(rd) == res, (op, hex(a), hex(b), c, rd)
                if not no_rd:
                    cpu = run_code(["%08x" % dp_imm(op, 0, 2, 0, rot, imm8)],
                                   regs={0: a}, setup=with_carry(c))
                    assert cpu.reg(2) == res


def test_logical_immediate_carry_from_rotation():
    # movs r0, #0x80000000 (rotated): C = bit 31; ands r0, r1, #0xff: C kept
    cpu = run_code(["%08x" % dp_imm("MOV", 1, 0, 0, 1, 0x02)], setup=with_carry(0))
    assert cpu.reg(0) == 0x80000000 and flags(cpu) == "N-C-"
    cpu = run_code(["%08x" % dp_imm("AND", 1, 0, 1, 0, 0xFF)], regs={1: 0x100},
                   setup=with_carry(1))
    assert cpu.reg(0) == 0 and flags(cpu) == "-ZC-"
    cpu = run_code(["%08x" % dp_imm("EOR", 1, 2, 1, 4, 0xFF)], regs={1: 0x0F000000},
                   setup=with_carry(1))                 # eors r2, r1, #0xff000000
    assert cpu.reg(2) == 0xF0000000 and flags(cpu) == "N-C-"
    cpu = run_code(["%08x" % dp_imm("MVN", 1, 2, 0, 0, 0)], setup=with_carry(0))
    assert cpu.reg(2) == 0xFFFFFFFF and flags(cpu) == "N---"
    cpu = run_code(["%08x" % dp_imm("BIC", 0, 2, 1, 0, 0x0F)], regs={1: 0xFFFFFFFF})
    assert cpu.reg(2) == 0xFFFFFFF0
    cpu = run_code(["%08x" % dp_imm("ORR", 0, 1, 1, 4, 0xF0)], regs={1: 0x1})
    assert cpu.reg(1) == 0xF0000001
    cpu = run_code(["%08x" % dp_imm("TST", 1, 0, 1, 0, 0x01)], regs={1: 0x2})
    assert flags(cpu) == "-Z--"


def holds(cond, nzcv):
    n, z, c, v = (nzcv >> 3) & 1, (nzcv >> 2) & 1, (nzcv >> 1) & 1, nzcv & 1
    base = {0: z, 1: c, 2: n, 3: v, 4: c and not z, 5: n == v,
            6: (not z) and n == v, 7: True}[cond >> 1]
    return bool(base) != bool(cond & 1 and cond != 14)


def test_every_condition_on_every_nzcv():
    for cond in range(15):
        for nzcv in range(16):
            setup = (lambda v: lambda cpu: cpu.cpsr_write(v << 28, B.CPSR_NZCV))(nzcv)
            # mov<cond> r0, #1 ; b<cond> +4 (over) ; mov r1, #1
            cpu = run_code(["%08x" % dp_imm("MOV", 0, 0, 0, 0, 1, cond=cond),
                            "%08x" % ((cond << 28) | 0x0A000000),
                            "%08x" % dp_imm("MOV", 0, 1, 0, 0, 1)],
                           regs={0: 7, 1: 7}, setup=setup)
            want = holds(cond, nzcv)
            assert cpu.reg(0) == (1 if want else 7), (COND_NAMES[cond], nzcv)
            assert cpu.reg(1) == (7 if want else 1), (COND_NAMES[cond], nzcv)


def test_conditions_after_compare():
    # cmp r0, r1 then mov<cond> r2, #1 for the signed/unsigned orderings
    pairs = ((0, 0), (1, 2), (2, 1), (0x80000000, 1), (1, 0x80000000),
             (0x7FFFFFFF, 0xFFFFFFFF), (0xFFFFFFFF, 0x7FFFFFFF), (0x80000000, 0x7FFFFFFF))
    for a, b in pairs:
        _, f = ref_arith("CMP", a, b, 0)
        nzcv = sum(1 << (3 - i) for i, ch in enumerate(f) if ch != "-")
        for cond in range(15):
            cpu = run_code(["%08x" % dp_reg("CMP", 1, 0, 0, 1),
                            "%08x" % dp_imm("MOV", 0, 2, 0, 0, 1, cond=cond)],
                           regs={0: a, 1: b, 2: 7})
            assert cpu.reg(2) == (1 if holds(cond, nzcv) else 7), (hex(a), hex(b), COND_NAMES[cond])


def sext(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


@pytest.mark.parametrize("base,bits,signed", [(0x06A00070, 8, True), (0x06B00070, 16, True),
                                              (0x06E00070, 8, False), (0x06F00070, 16, False)])
def test_extend_with_rotation_and_accumulate(base, bits, signed):
    # sxtab/sxtah/uxtab/uxtah rd, rn, rm, ror #8*rot (rn = 15: sxtb ...)
    rm_val, rn_val = 0x89ABCDEF, 0x7FFFFFF0
    for rot in range(4):
        field = ror32(rm_val, 8 * rot) & ((1 << bits) - 1)
        ext = (sext(field, bits) if signed else field) & MASK32
        for rd, rn, rm in ((2, 15, 1), (2, 0, 1), (0, 0, 1), (1, 0, 1), (1, 15, 1)):
            insn = 0xE0000000 | base | (rn << 16) | (rd << 12) | (rot << 10) | rm
            cpu = run_code(["%08x" % insn], regs={0: rn_val, 1: rm_val})
            want = ext if rn == 15 else (ext + rn_val) & MASK32
            assert cpu.reg(rd) == want, (hex(insn), rot)


def test_mla_mls_with_destination_aliasing_the_accumulator():
    for base, sign in ((0xE0200090, 1), (0xE0600090, -1)):
        for rd, ra in ((3, 2), (2, 2), (0, 0)):
            insn = base | (rd << 16) | (ra << 12) | (1 << 8) | 0   # rd = ra +/- r0 * r1
            regs = {0: 0x12345, 1: 0x6789A, 2: 0xFFFFFFF0}
            cpu = run_code(["%08x" % insn], regs=dict(regs))
            acc = regs[ra]
            prod = (regs[0] if ra != 0 else acc) * regs[1]
            assert cpu.reg(rd) == (acc + sign * prod) & MASK32, (hex(insn), rd, ra)


def ref_shift_c(v, shty, n, c):
    """(result, carry) of the immediate shifter (n 0: LSR/ASR #32, RRX)."""
    if shty == 0:
        return ((v << n) & MASK32, (v >> (32 - n)) & 1 if n else c)
    if shty == 1:
        n = n or 32
        return (v >> n, (v >> (n - 1)) & 1)
    if shty == 2:
        n = n or 32
        s = sext(v, 32)
        return ((s >> n) & MASK32, (s >> (n - 1)) & 1)
    if n == 0:
        return ((c << 31) | (v >> 1), v & 1)
    r = ror32(v, n)
    return (r, r >> 31)


def test_immediate_shifts_with_carry_out():
    for v in (0x80000001, 0x40000000, 0xFFFFFFFF, 0x12345678, 1):
        for shty in range(4):
            for n in (0, 1, 4, 16, 31):
                for c in (0, 1):
                    res, cout = ref_shift_c(v, shty, n, c)
                    f = ("N" if res >> 31 else "-") + ("Z" if res == 0 else "-") + \
                        ("C" if cout else "-") + "-"
                    for rd, rm in ((2, 1), (1, 1)):    # movs rd, rm, <shift> #n
                        insn = 0xE1B00000 | (rd << 12) | (n << 7) | (shty << 5) | rm
                        cpu = run_code(["%08x" % insn], regs={1: v}, setup=with_carry(c))
                        assert (cpu.reg(rd), flags(cpu)) == (res, f), (hex(insn), hex(v), c)
                    # adc r2, r0, r1, <shift>: the shifter result without touching C
                    insn = 0xE0A02000 | (n << 7) | (shty << 5) | 1
                    cpu = run_code(["%08x" % insn], regs={0: 5, 1: v}, setup=with_carry(c))
                    assert cpu.reg(2) == (5 + res + c) & MASK32, (hex(insn), hex(v), c)


def ldr_imm(p, u, b, w, l, rn, rt, imm):
    return 0xE4000000 | (p << 24) | (u << 23) | (b << 22) | (w << 21) | (l << 20) \
        | (rn << 16) | (rt << 12) | imm


def test_loads_and_stores_in_every_immediate_mode():
    from tests.targets.arm.harness import DATA

    def setup(cpu):
        for i in range(8):
            cpu.address_space.write(DATA + 4 * i, 4, 0x11111111 * (i + 1) + 0x80)
    cases = [
        # (insn, regs before, {reg: value after})
        (ldr_imm(1, 1, 0, 0, 1, 0, 0, 4), {0: DATA}, {0: 0x22222222 + 0x80}),
        (ldr_imm(0, 1, 0, 0, 1, 2, 1, 4), {2: DATA}, {1: 0x11111191, 2: DATA + 4}),
        (ldr_imm(1, 0, 0, 1, 1, 2, 1, 4), {2: DATA + 8}, {1: 0x22222222 + 0x80, 2: DATA + 4}),
        (ldr_imm(1, 1, 1, 0, 1, 2, 1, 3), {2: DATA}, {1: 0x11}),
        (ldr_imm(1, 1, 0, 1, 1, 2, 2, 4), {2: DATA}, {2: 0x22222222 + 0x80}),
        (0xE1D210D0 | 0x4, {2: DATA}, {1: 0xFFFFFFA2}),                 # ldrsb r1, [r2, #4]
        (0xE8900003, {0: DATA}, {0: 0x11111191, 1: 0x222222A2}),        # ldm r0, {r0, r1}
        (0xE8B20018, {2: DATA}, {2: DATA + 8, 3: 0x11111191, 4: 0x222222A2}),  # ldm r2!, {r3, r4}
        (0xE9320018, {2: DATA + 8}, {2: DATA, 3: 0x11111191, 4: 0x222222A2}),  # ldmdb r2!, {r3, r4}
    ]
    for insn, regs, want in cases:
        cpu = run_code(["%08x" % insn], regs=regs, setup=setup)
        for r, v in want.items():
            assert cpu.reg(r) == v, (hex(insn), r)
    # str r1, [r2, #-4]! ; strb r1, [r2], #1 ; str r2, [r2, #8]
    cpu = run_code(["%08x" % ldr_imm(1, 0, 0, 1, 0, 2, 1, 4),
                    "%08x" % ldr_imm(0, 1, 1, 0, 0, 2, 1, 1),
                    "%08x" % ldr_imm(1, 1, 0, 0, 0, 2, 2, 8)],
                   regs={1: 0xCAFEF00D, 2: DATA + 8}, setup=setup)
    assert cpu.address_space.read(DATA + 4, 4) == 0xCAFEF00D & 0xFFFFFF00 | 0x0D
    assert cpu.reg(2) == DATA + 5
    assert cpu.address_space.read(DATA + 13, 4) == DATA + 5


def test_ldrd_strd_immediate_modes():
    from tests.targets.arm.harness import DATA
    # strd r4, r5, [sp, #-16]! ; ldrd r0, r1, [sp], #8 ; ldrd r2, r3, [r2, #4]
    cpu = run_code(["e16d41f0", "e0cd00d8", "e1c220d4"],
                   regs={13: DATA + 32, 4: 0x11, 5: 0x22, 2: DATA + 12})
    assert cpu.address_space.read(DATA + 16, 4) == 0x11
    assert cpu.address_space.read(DATA + 20, 4) == 0x22
    assert (cpu.reg(0), cpu.reg(1), cpu.reg(13)) == (0x11, 0x22, DATA + 24)
    assert (cpu.reg(2), cpu.reg(3)) == (0x11, 0x22)


def test_adr_forms_read_the_pc():
    from tests.targets.arm.harness import CODE
    # add r0, pc, #8 ; sub r1, pc, #4 ; adds r2, pc, #0 (flags from pc + 8)
    cpu = run_code(["e28f0008", "e24f1004", "e29f2000"])
    assert cpu.reg(0) == CODE + 16 and cpu.reg(1) == CODE + 8
    assert cpu.reg(2) == CODE + 16 and flags(cpu) == "----"


def test_blx_lr_branches_to_the_old_lr():
    from tests.targets.arm.harness import CODE
    cpu = run_code(["e12fff3e",                       # blx lr
                    "e3a00001"],                      # mov r0, #1 (skipped)
                   regs={14: CODE + 8, 0: 7})
    assert cpu.reg(15) == CODE + 8 and cpu.reg(14) == CODE + 4 and cpu.reg(0) == 7
