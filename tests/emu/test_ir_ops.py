"""Every IR op and condition, run through the real numba executor.

Each test builds one TB of IR (IRBuilder), packs it with TBCache.add, puts
it in the jump cache of a toy machine and runs it with run_cpu; the TB ends
by jumping to a toy ``halt``.  Inputs are placed in r1..r3, results read
from registers (or temps: the register file keeps them after the TB).
Expected values come from Python big-int arithmetic.
"""

import os
import struct
import sys

import pytest
from hypothesis import given, settings, strategies as st

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import toy_target as T                                   # noqa: E402

from emu.cpu_exec import run_cpu, RUN_HALTED             # noqa: E402
from emu.tcg import exec as X                            # noqa: E402
from emu.tcg import fops                                 # noqa: E402
from emu.tcg import ops as O                             # noqa: E402
from emu.tcg.ir import IRBuilder, to_s64                 # noqa: E402

M64 = (1 << 64) - 1
INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1
HALT_PC = 0x100
PROG_PC = 0x20000            # IR programs live at made-up pcs from here (no guest code)
DATA = 0x4000                # RAM used by load/store tests (pages 4 and 5)
BOUNDARY = [0, 1, -1, 2, -2, INT64_MIN, INT64_MAX, INT64_MIN + 1, 0x7FFFFFFF,
            0x80000000, 0xFFFFFFFF, -0x80000000]

s64 = st.integers(INT64_MIN, INT64_MAX)


def u(v):
    return v & M64


@pytest.fixture(scope="module")
def toy():
    ms, cpu = T.make_machine(T.halt(), base=HALT_PC)
    ms.address_space.write_bytes(T.HANDLER, T.halt())     # exceptions end the run too
    return ms, cpu


_next_pc = [PROG_PC]


class Prog:
    """One TB of IR that ends by jumping to the halt instruction."""

    def __init__(self, toy, build, n_insns=1):
        self.ms, self.cpu = toy
        cpu = self.cpu
        self.r = [cpu.regtable.slot("r", i) for i in range(16)]
        ir = IRBuilder(cpu.regtable.n_slots)
        self.pc = _next_pc[0]
        _next_pc[0] += 0x10
        ir.insn_start(self.pc)
        for i in range(1, n_insns):
            ir.insn_start(self.pc + i)
        self.out = build(ir, self.r)
        ir.movi(cpu.regtable.slot("pc"), HALT_PC)
        ir.goto_tb(0, HALT_PC)
        tbc = self.ms.tbcache
        self.tb = tbc.add(self.pc, 0, ("ir-test", self.pc), ir.ops, [1] * n_insns, [], n_insns)

    def run(self, *inputs):
        cpu = self.cpu
        for i, v in enumerate(inputs):
            cpu.env.r[i + 1] = to_s64(v)
        cpu.halted = 0
        cpu.env.pc = self.pc
        self.ms.tbcache.set_jump_cache(self.pc, 0, self.tb)
        assert run_cpu(cpu, 10_000) == RUN_HALTED
        assert cpu.env.pc == HALT_PC + 8, "program did not reach the halt"
        return self

    def reg(self, n):
        return int(self.cpu.env.r[n])

    def slot(self, s):
        return int(self.cpu.regs[s])


def binop(toy, name):
    return Prog(toy, lambda ir, r: getattr(ir, name)(r[4], r[1], r[2]))


def unop(toy, name):
    return Prog(toy, lambda ir, r: getattr(ir, name)(r[4], r[1]))


# --- moves, arithmetic, logic ------------------------------------------------

def test_mov_movi_nop(toy):
    def build(ir, r):
        ir.movi(r[4], -5)
        ir.movi(r[5], 0x123456789ABCDEF0)
        ir.emit(O.OP_NOP)
        ir.mov(r[6], r[1])
    p = Prog(toy, build).run(77)
    assert (p.reg(4), p.reg(5), p.reg(6)) == (-5, 0x123456789ABCDEF0, 77)


BINARY_REF = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "and_": lambda a, b: a & b, "or_": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
    "andc": lambda a, b: a & ~b, "orc": lambda a, b: a | ~b,
}


@pytest.mark.parametrize("name", sorted(BINARY_REF))
def test_binary_ops_on_boundary_values(toy, name):
    p = binop(toy, name)
    for a in BOUNDARY:
        for b in BOUNDARY:
            assert p.run(a, b).reg(4) == to_s64(BINARY_REF[name](a, b)), (name, a, b)


@pytest.mark.parametrize("name,ref", [("addi", lambda a, i: a + i), ("andi", lambda a, i: a & i),
                                      ("ori", lambda a, i: a | i), ("xori", lambda a, i: a ^ i)])
@pytest.mark.parametrize("imm", [0, 1, -1, INT64_MIN, INT64_MAX, 0xFFF])
def test_immediate_ops(toy, name, ref, imm):
    p = Prog(toy, lambda ir, r: getattr(ir, name)(r[4], r[1], imm))
    for a in BOUNDARY:
        assert p.run(a).reg(4) == to_s64(ref(a, imm))


def test_neg_not(toy):
    neg, inv = unop(toy, "neg"), unop(toy, "not_")
    for a in BOUNDARY:
        assert neg.run(a).reg(4) == to_s64(-a)
        assert inv.run(a).reg(4) == ~a
    assert neg.run(INT64_MIN).reg(4) == INT64_MIN


# --- shifts and rotates ---------------------------------------------------------

SHIFT_COUNTS = [0, 1, 31, 32, 63, 64, 65, 127, 128, -1]


def ref_shift(kind, a, n):
    n &= 63
    if kind == "shl":
        return to_s64(a << n)
    if kind == "shr":
        return to_s64(u(a) >> n)
    if kind == "sar":
        return a >> n
    if kind == "rotl":
        return to_s64((u(a) << n | u(a) >> (64 - n)) & M64) if n else a
    return to_s64((u(a) >> n | u(a) << (64 - n)) & M64) if n else a


@pytest.mark.parametrize("kind", ["shl", "shr", "sar", "rotl", "rotr"])
def test_shifts_by_register_take_count_mod_64(toy, kind):
    p = binop(toy, kind)
    for a in [1, -1, INT64_MIN, 0x0123456789ABCDEF, 0x7FFFFFFF]:
        for n in SHIFT_COUNTS:
            assert p.run(a, n).reg(4) == ref_shift(kind, a, n), (kind, a, n)


@pytest.mark.parametrize("kind", ["shl", "shr", "sar"])
@pytest.mark.parametrize("n", [0, 1, 32, 63, 64, 65])
def test_shift_immediates(toy, kind, n):
    p = Prog(toy, lambda ir, r: getattr(ir, kind + "i")(r[4], r[1], n))
    for a in [1, -1, INT64_MIN, 0x0123456789ABCDEF]:
        assert p.run(a).reg(4) == ref_shift(kind, a, n), (kind, a, n)


def test_raw_shift_immediate_of_64_is_taken_mod_64(toy):
    # the builder masks counts; a raw op with 64 must still behave (count mod 64)
    p = Prog(toy, lambda ir, r: (ir.emit(O.OP_SHLI, r[4], r[1], 64),
                                 ir.emit(O.OP_SARI, r[5], r[1], 64),
                                 ir.emit(O.OP_SHRI, r[6], r[1], 65)))
    p.run(-8)
    assert (p.reg(4), p.reg(5), p.reg(6)) == (-8, -8, to_s64(u(-8) >> 1))


# --- division ----------------------------------------------------------------------

def ref_div(a, b):
    if b == 0:
        return -1
    q = abs(a) // abs(b)
    return to_s64(q if (a < 0) == (b < 0) else -q)


def ref_rem(a, b):
    if b == 0:
        return a
    return to_s64(a - ref_div(a, b) * b)


def test_division_edge_cases(toy):
    div, rem, divu, remu = (binop(toy, n) for n in ("div", "rem", "divu", "remu"))
    assert div.run(7, 0).reg(4) == -1
    assert rem.run(7, 0).reg(4) == 7
    assert divu.run(7, 0).reg(4) == -1
    assert remu.run(-7, 0).reg(4) == -7
    assert div.run(INT64_MIN, -1).reg(4) == INT64_MIN
    assert rem.run(INT64_MIN, -1).reg(4) == 0
    assert div.run(-7, 2).reg(4) == -3          # truncating, not flooring
    assert rem.run(-7, 2).reg(4) == -1
    assert div.run(7, -2).reg(4) == -3
    assert rem.run(7, -2).reg(4) == 1
    assert divu.run(-1, 2).reg(4) == INT64_MAX
    assert remu.run(-1, 10).reg(4) == M64 % 10


@settings(max_examples=150, deadline=None)
@given(a=s64, b=s64)
def test_division_matches_big_ints(toy, a, b):
    progs = toy[0].__dict__.setdefault("_div_progs", {})
    if not progs:
        for n in ("div", "rem", "divu", "remu"):
            progs[n] = binop(toy, n)
    assert progs["div"].run(a, b).reg(4) == ref_div(a, b)
    assert progs["rem"].run(a, b).reg(4) == ref_rem(a, b)
    assert progs["divu"].run(a, b).reg(4) == (to_s64(u(a) // u(b)) if b else -1)
    assert progs["remu"].run(a, b).reg(4) == (to_s64(u(a) % u(b)) if b else a)


# --- double-width multiplies -----------------------------------------------------

def _mul2_progs(toy):
    progs = toy[0].__dict__.setdefault("_mul2_progs", {})
    if not progs:
        for n in ("mulu2", "muls2", "mulsu2"):
            progs[n] = Prog(toy, lambda ir, r, n=n: getattr(ir, n)(r[4], r[5], r[1], r[2]))
    return progs


def check_mul2(toy, a, b):
    progs = _mul2_progs(toy)
    for name, product in (("mulu2", u(a) * u(b)), ("muls2", a * b), ("mulsu2", a * u(b))):
        p = progs[name].run(a, b)
        product &= (1 << 128) - 1
        assert (u(p.reg(4)), u(p.reg(5))) == (product & M64, product >> 64), (name, a, b)


def test_mul2_boundaries(toy):
    for a in BOUNDARY:
        for b in BOUNDARY:
            check_mul2(toy, a, b)


@settings(max_examples=200, deadline=None)
@given(a=s64, b=s64)
def test_mul2_matches_big_ints(toy, a, b):
    check_mul2(toy, a, b)


def test_mul2_outputs_may_alias_inputs(toy):
    p = Prog(toy, lambda ir, r: ir.muls2(r[1], r[2], r[1], r[2]))
    p.run(-3, 5)
    assert (p.reg(1), p.reg(2)) == (-15, -1)


# --- extensions and bit fields ----------------------------------------------------

@pytest.mark.parametrize("name,bits,signed", [("ext8s", 8, True), ("ext8u", 8, False),
                                              ("ext16s", 16, True), ("ext16u", 16, False),
                                              ("ext32s", 32, True), ("ext32u", 32, False)])
def test_extensions(toy, name, bits, signed):
    p = unop(toy, name)
    for a in BOUNDARY + [0x80, 0x7F, 0x8000, 0x12345678ABCD80FF]:
        low = u(a) & ((1 << bits) - 1)
        want = low - (1 << bits) if signed and low >> (bits - 1) else low
        assert p.run(a).reg(4) == want, (name, hex(a))


fields = st.integers(0, 63).flatmap(lambda pos: st.tuples(st.just(pos), st.integers(1, 64 - pos)))


@settings(max_examples=150, deadline=None)
@given(a=s64, b=s64, field=fields)
def test_deposit_extract_sextract(toy, a, b, field):
    pos, ln = field
    p = Prog(toy, lambda ir, r: (ir.deposit(r[4], r[1], r[2], pos, ln),
                                 ir.extract(r[5], r[1], pos, ln),
                                 ir.sextract(r[6], r[1], pos, ln)))
    p.run(a, b)
    mask = ((1 << ln) - 1) << pos
    assert u(p.reg(4)) == (u(a) & ~mask) | ((u(b) << pos) & mask)
    field_val = (u(a) >> pos) & ((1 << ln) - 1)
    assert u(p.reg(5)) == field_val
    assert p.reg(6) == (field_val - (1 << ln) if field_val >> (ln - 1) else field_val)


def test_bit_field_full_width(toy):
    p = Prog(toy, lambda ir, r: (ir.deposit(r[4], r[1], r[2], 0, 64),
                                 ir.extract(r[5], r[1], 0, 64),
                                 ir.sextract(r[6], r[1], 0, 64),
                                 ir.extract(r[7], r[1], 63, 1),
                                 ir.sextract(r[8], r[1], 63, 1)))
    p.run(INT64_MIN + 5, 42)
    assert (p.reg(4), p.reg(5), p.reg(6), p.reg(7), p.reg(8)) == (42, INT64_MIN + 5, INT64_MIN + 5, 1, -1)


# --- bit counting, byte swaps ----------------------------------------------------------

def ref_clz(a):
    return 64 - u(a).bit_length()


def ref_ctz(a):
    return (u(a) & -u(a)).bit_length() - 1


@settings(max_examples=150, deadline=None)
@given(a=st.one_of(s64, st.integers(0, 63).map(lambda n: 1 << n), st.just(0)))
def test_clz_ctz_ctpop(toy, a):
    p = Prog(toy, lambda ir, r: (ir.clz(r[4], r[1], 99), ir.ctz(r[5], r[1], -7),
                                 ir.ctpop(r[6], r[1])))
    p.run(a)
    assert p.reg(4) == (99 if a == 0 else ref_clz(a))
    assert p.reg(5) == (-7 if a == 0 else ref_ctz(a))
    assert p.reg(6) == bin(u(a)).count("1")


@settings(max_examples=100, deadline=None)
@given(a=s64)
def test_bswap(toy, a):
    p = Prog(toy, lambda ir, r: (ir.bswap16(r[4], r[1]), ir.bswap32(r[5], r[1]),
                                 ir.bswap64(r[6], r[1])))
    p.run(a)
    raw = u(a).to_bytes(8, "little")
    assert p.reg(4) == int.from_bytes(raw[:2], "big")            # zero-extended
    assert p.reg(5) == int.from_bytes(raw[:4], "big")
    assert p.reg(6) == to_s64(int.from_bytes(raw, "big"))


# --- conditions ---------------------------------------------------------------------

def ref_cond(c, a, b):
    ua, ub = u(a), u(b)
    return {O.COND_NEVER: False, O.COND_ALWAYS: True, O.COND_EQ: a == b, O.COND_NE: a != b,
            O.COND_LT: a < b, O.COND_GE: a >= b, O.COND_LE: a <= b, O.COND_GT: a > b,
            O.COND_LTU: ua < ub, O.COND_GEU: ua >= ub, O.COND_LEU: ua <= ub,
            O.COND_GTU: ua > ub, O.COND_TSTEQ: (a & b) == 0, O.COND_TSTNE: (a & b) != 0}[c]


CONDS = list(range(len(O.COND_NAMES)))


def test_invert_cond_is_an_involution_and_negates(toy):
    for c in CONDS:
        inv = O.INVERT_COND[c]
        assert O.INVERT_COND[inv] == c
        for a in BOUNDARY[:6]:
            for b in BOUNDARY[:6]:
                assert ref_cond(inv, a, b) == (not ref_cond(c, a, b))


def test_setcond_brcond_movcond_every_condition(toy):
    def build(ir, r):
        outs = {}
        for c in CONDS:
            s, br, mv = ir.temp(), ir.temp(), ir.temp()
            ir.setcond(c, s, r[1], r[2])
            taken, done = ir.new_label(), ir.new_label()
            ir.brcond(c, r[1], r[2], taken)
            ir.movi(br, 0)
            ir.br(done)
            ir.set_label(taken)
            ir.movi(br, 1)
            ir.set_label(done)
            ir.movcond(c, mv, r[1], r[2], r[3], r[4])
            outs[c] = (s, br, mv)
        return outs
    p = Prog(toy, build)
    for a in BOUNDARY:
        for b in BOUNDARY:
            p.cpu.env.r[4] = 222
            p.run(a, b, 111)
            for c, (s, br, mv) in p.out.items():
                want = ref_cond(c, a, b)
                name = O.COND_NAMES[c]
                assert p.slot(s) == int(want), ("setcond", name, a, b)
                assert p.slot(br) == int(want), ("brcond", name, a, b)
                assert p.slot(mv) == (111 if want else 222), ("movcond", name, a, b)


@pytest.mark.parametrize("b", BOUNDARY)
def test_setcondi_brcondi_every_condition(toy, b):
    def build(ir, r):
        outs = {}
        for c in CONDS:
            s, br = ir.temp(), ir.temp()
            ir.setcondi(c, s, r[1], b)
            taken = ir.new_label()
            ir.movi(br, 1)
            ir.brcondi(c, r[1], b, taken)
            ir.movi(br, 0)
            ir.set_label(taken)
            outs[c] = (s, br)
        return outs
    p = Prog(toy, build)
    for a in BOUNDARY:
        p.run(a)
        for c, (s, br) in p.out.items():
            want = int(ref_cond(c, a, b))
            assert (p.slot(s), p.slot(br)) == (want, want), (O.COND_NAMES[c], a, b)


def test_br_skips_ops(toy):
    def build(ir, r):
        skip = ir.new_label()
        ir.movi(r[4], 1)
        ir.br(skip)
        ir.movi(r[4], 2)
        ir.set_label(skip)
        ir.addi(r[4], r[4], 10)
    assert Prog(toy, build).run().reg(4) == 11


# --- env access, calls, fops, exit_tb ------------------------------------------------

def test_ld_env_st_env(toy):
    def build(ir, r):
        ir.ld_env(r[4], r[1], r[8])         # r4 = regs[r8slot + r1]
        ir.st_env(r[2], r[1], r[10])        # regs[r10slot + r1] = r2
    p = Prog(toy, build)
    p.cpu.env.r[11] = 1234
    p.run(3, -9)                             # r1=3: reads r11, writes r13
    assert p.reg(4) == 1234
    assert p.reg(13) == -9


def test_call_passes_values_and_writes_result(toy):
    p = Prog(toy, lambda ir, r: ir.call(T.helper_madd, d=r[4], a=r[1], b=r[2], imm=-3))
    assert p.run(5, 7).reg(4) == 5 * -3 + 7


def test_call_with_unused_slots_gets_zeros(toy):
    seen = []
    p = Prog(toy, lambda ir, r: ir.call(lambda cpu, a, b, imm: seen.append((a, b, imm))))
    p.run(1, 2)
    assert seen == [(0, 0, 0)]


def f64(x):
    return struct.unpack("<q", struct.pack("<d", x))[0]


def test_fop_add_and_flags(toy):
    fflags = toy[1].regtable.slot("fflags")
    p = Prog(toy, lambda ir, r: ir.fop(r[4], r[1], r[2], -1, fops.FOP_F64_ADD, 0, 0, fflags))
    toy[1].regs[fflags] = 0
    assert p.run(f64(1.0), f64(2.0)).reg(4) == f64(3.0)
    assert toy[1].regs[fflags] == 0
    assert p.run(f64(1.0), f64(2.0 ** -60)).reg(4) == f64(1.0)
    assert toy[1].regs[fflags] == 1                         # inexact (NX)


def test_fop_dynamic_rounding_mode_invalid_raises_illegal(toy):
    ms, cpu = toy
    fflags, frm = cpu.regtable.slot("fflags"), cpu.regtable.slot("r", 9)
    p = Prog(toy, lambda ir, r: (ir.movi(r[4], 5),
                                 ir.fop(r[4], r[1], r[2], -1, fops.FOP_F64_ADD, O.FOP_RM_DYN, 0,
                                        fflags, frm)))
    cpu.env.r[9] = 7
    cpu.exceptions.clear()
    cpu.halted = 0
    cpu.env.pc = p.pc
    ms.tbcache.set_jump_cache(p.pc, 0, p.tb)
    run_cpu(cpu, 1)
    assert cpu.exceptions[0][:1] == (T.EXCP_ILLEGAL,)
    assert cpu.env.epc == p.pc
    assert p.reg(4) == 5                                      # destination untouched


def test_exit_tb_value_reaches_state(toy):
    ms, cpu = toy
    p = Prog(toy, lambda ir, r: ir.exit_tb(0x55))
    cpu.env.pc = p.pc
    ms.tbcache.set_jump_cache(p.pc, 0, p.tb)
    cpu.state[X.ST_ICOUNT_LIMIT] = cpu.state[X.ST_ICOUNT] + 10
    reason = X.cpu_exec_loop(*_exec_args(ms, cpu))
    assert reason == O.EXIT_TB
    assert cpu.state[X.ST_EXIT_VALUE] == 0x55


def test_unknown_opcode_stops_the_executor(toy):
    p = Prog(toy, lambda ir, r: ir.emit(200))
    with pytest.raises(RuntimeError, match="reason -1"):
        p.run()


def _exec_args(ms, cpu):
    tbc, arena = ms.tbcache, ms.arena
    return (tbc.code, tbc.meta, cpu.regs, arena.mem, arena.mem16, arena.mem32, arena.mem64,
            arena.code, arena.dirty, cpu.tlb_r, cpu.tlb_w, cpu.tlb_add, tbc.jc_pc,
            tbc.jc_flags, tbc.jc_tb, cpu.state)


# --- guest memory ------------------------------------------------------------------

MEMOPS = [size | sign | be for size in range(4) for sign in (0, O.MO_SIGN) for be in (0, O.MO_BE)
          if not (size == 3 and sign)]
PATTERN = bytes((0x81 + 0x1D * i) & 0xFF for i in range(32))


def _ref_load(data, memop):
    size = 1 << (memop & O.MO_SIZE)
    return to_s64(int.from_bytes(data[:size], "big" if memop & O.MO_BE else "little",
                                 signed=bool(memop & O.MO_SIGN)))


# offsets from DATA: aligned, unaligned within the page, and crossing into the next page
LD_OFFSETS = [0, 8, 1, 3, 5, 7, 0x1000 - 8, 0x1000 - 1, 0x1000 - 3, 0x1000 - 7]


@pytest.mark.parametrize("memop", MEMOPS)
def test_loads_every_size_sign_endianness_and_alignment(toy, memop):
    ms, cpu = toy
    p = Prog(toy, lambda ir, r: ir.ld(r[4], r[1], 0, memop))
    for off in LD_OFFSETS:
        addr = DATA + off
        ms.address_space.write_bytes(addr, PATTERN[:16])
        assert p.run(addr).reg(4) == _ref_load(PATTERN, memop), (hex(memop), hex(addr))


@pytest.mark.parametrize("memop", [m for m in MEMOPS if not m & O.MO_SIGN])
def test_stores_every_size_endianness_and_alignment(toy, memop):
    ms, cpu = toy
    size = 1 << (memop & O.MO_SIZE)
    p = Prog(toy, lambda ir, r: ir.st(r[2], r[1], 0, memop))
    value = 0x0123456789ABCDEF
    for off in LD_OFFSETS:
        addr = DATA + off
        ms.address_space.write_bytes(addr - 1, b"\xEE" * 10)
        p.run(addr, value)
        got = ms.address_space.read_bytes(addr - 1, 10)
        want = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "big" if memop & O.MO_BE else "little")
        assert got == b"\xEE" + want + b"\xEE" * (9 - size), (hex(memop), hex(addr))


def test_load_store_offset_and_negative_offset(toy):
    ms, cpu = toy
    p = Prog(toy, lambda ir, r: (ir.st(r[2], r[1], -16, O.MO_32), ir.ld(r[4], r[1], -16, O.MO_SL)))
    p.run(DATA + 0x100, 0xFFFFFFF0)
    assert p.reg(4) == -16
    assert ms.address_space.read(DATA + 0xF0, 4) == 0xFFFFFFF0


def test_store_marks_page_dirty(toy):
    ms, cpu = toy
    ms.arena.dirty[:] = 0
    Prog(toy, lambda ir, r: ir.st(r[2], r[1], 0, O.MO_64)).run(DATA + 0x1008, 1)
    assert ms.arena.dirty[(DATA + 0x1000) >> 12] == 1


@pytest.mark.parametrize("is_store", [False, True])
def test_mo_align_traps_unaligned_only(toy, is_store):
    ms, cpu = toy
    memop = O.MO_32 | O.MO_ALIGN
    emit = (lambda ir, r: ir.st(r[2], r[1], 0, memop)) if is_store else \
           (lambda ir, r: ir.ld(r[4], r[1], 0, memop))
    p = Prog(toy, emit)
    cpu.exceptions.clear()
    p.run(DATA + 4, 9)                                      # aligned: no trap
    assert cpu.exceptions == []
    before = cpu.icount
    cpu.env.r[1] = DATA + 6
    cpu.halted = 0
    cpu.env.pc = p.pc
    ms.tbcache.set_jump_cache(p.pc, 0, p.tb)
    run_cpu(cpu, 10)
    # (cause, tval = address, pc of the access, icount without the faulting insn)
    assert cpu.exceptions == [(4 + int(is_store), DATA + 6, p.pc, before)]


def test_mo_addr32_zero_extends_the_address(toy):
    ms, cpu = toy
    ms.address_space.write(DATA + 0x40, 8, 0x1122334455667788)
    p = Prog(toy, lambda ir, r: ir.ld(r[4], r[1], 0x40, O.MO_64 | O.MO_ADDR32))
    assert p.run((0xABCD << 32) | DATA).reg(4) == 0x1122334455667788
    # the offset is added before truncation: 0xFFFFFFF0 + 0x50 wraps to 0x40
    p2 = Prog(toy, lambda ir, r: ir.ld(r[4], r[1], 0x50 + DATA, O.MO_64 | O.MO_ADDR32))
    assert p2.run(0xFFFFFFF0).reg(4) == 0x1122334455667788


def test_explicit_mmu_index_uses_that_tlb(toy):
    ms, cpu = toy
    mo = O.MO_64 | (3 << O.MO_MMU_SHIFT)                    # mmu index 2
    cpu.tlb_flush()
    p = Prog(toy, lambda ir, r: ir.st(r[2], r[1], 0, mo))
    p.run(DATA + 0x200, 5)
    vpn = (DATA + 0x200) >> 12
    assert cpu.tlb_w[2, vpn & (X.TLB_SIZE - 1)] == vpn
    assert cpu.tlb_w[0, vpn & (X.TLB_SIZE - 1)] != vpn
    assert ms.address_space.read(DATA + 0x200, 8) == 5


# --- packed forms (ops.py: made by the packer, never emitted) ------------------------

def _packed_ops(toy, prog):
    info = toy[0].tbcache.infos[prog.tb]
    return [O.NAMES[int(opc)] for opc in toy[0].tbcache.code[info.start:info.end, 0]]


@pytest.mark.parametrize("memop,name", [
    (O.MO_UB, "ld8u"), (O.MO_SB, "ld8s"), (O.MO_UW, "ld16u"), (O.MO_SW, "ld16s"),
    (O.MO_UL, "ld32u"), (O.MO_SL, "ld32s"), (O.MO_UQ, "ld64"),
    (O.MO_UL | O.MO_BE, "ld"), (O.MO_UL | O.MO_ALIGN, "ld"), (O.MO_UL | O.MO_ADDR32, "ld"),
    (O.MO_UL | (1 << O.MO_MMU_SHIFT), "ld")])
def test_plain_loads_pack_to_per_size_ops(toy, memop, name):
    p = Prog(toy, lambda ir, r: ir.ld(r[4], r[1], 0, memop))
    assert _packed_ops(toy, p)[0] == name


@pytest.mark.parametrize("memop,name", [
    (O.MO_8, "st8"), (O.MO_16, "st16"), (O.MO_32, "st32"), (O.MO_64, "st64"),
    (O.MO_64 | O.MO_BE, "st"), (O.MO_32 | O.MO_ALIGN, "st")])
def test_plain_stores_pack_to_per_size_ops(toy, memop, name):
    p = Prog(toy, lambda ir, r: ir.st(r[2], r[1], 0, memop))
    assert _packed_ops(toy, p)[0] == name
    assert (O.OPC[name] in O.STORE_OPS) and O.OPC["ld64"] not in O.STORE_OPS


def _sext32(v):
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


FUSED = [("add", lambda ir, r: ir.add(r[4], r[1], r[2]), lambda a, b: a + b),
         ("addi", lambda ir, r: ir.addi(r[4], r[1], 0x7FFFFFFF), lambda a, b: a + 0x7FFFFFFF),
         ("sub", lambda ir, r: ir.sub(r[4], r[1], r[2]), lambda a, b: a - b),
         ("shli", lambda ir, r: ir.shli(r[4], r[1], 13), lambda a, b: a << 13),
         ("mul", lambda ir, r: ir.mul(r[4], r[1], r[2]), lambda a, b: a * b)]


@pytest.mark.parametrize("name,emit,ref", FUSED, ids=[f[0] for f in FUSED])
def test_op_then_ext32s_in_place_fuses_into_op32s(toy, name, emit, ref):
    p = Prog(toy, lambda ir, r: (emit(ir, r), ir.ext32s(r[4], r[4])))
    assert _packed_ops(toy, p)[0] == name + "32s"
    for a in BOUNDARY:
        for b in BOUNDARY:
            assert p.run(a, b).reg(4) == _sext32(ref(a, b)), (name, a, b)


@pytest.mark.parametrize("name,emit,ref", FUSED, ids=[f[0] for f in FUSED])
def test_op_then_ext32u_in_place_fuses_into_op32u(toy, name, emit, ref):
    p = Prog(toy, lambda ir, r: (emit(ir, r), ir.ext32u(r[4], r[4])))
    assert _packed_ops(toy, p)[0] == name + "32u"
    for a in BOUNDARY:
        for b in BOUNDARY:
            assert p.run(a, b).reg(4) == ref(a, b) & 0xFFFFFFFF, (name, a, b)


_FUSED_ADD = {}


@given(s64, s64)
@settings(max_examples=60, deadline=None)
def test_fused_add32s_matches_big_ints(toy, a, b):
    p = _FUSED_ADD.get(id(toy))
    if p is None:
        p = _FUSED_ADD[id(toy)] = Prog(toy, lambda ir, r: (ir.add(r[4], r[1], r[2]),
                                                          ir.ext32s(r[4], r[4])))
    assert p.run(a, b).reg(4) == _sext32(a + b)


def test_no_fusion_across_a_label_an_instruction_or_another_slot(toy):
    def across_label(ir, r):
        skip = ir.new_label()
        ir.add(r[4], r[1], r[2])
        ir.set_label(skip)
        ir.ext32s(r[4], r[4])

    def across_insn(ir, r):
        ir.add(r[4], r[1], r[2])
        ir.insn_start(0x7777)
        ir.ext32s(r[4], r[4])

    def other_slot(ir, r):
        ir.add(r[4], r[1], r[2])
        ir.ext32s(r[5], r[4])

    for build in (across_label, across_insn, other_slot):
        p = Prog(toy, build)
        assert _packed_ops(toy, p)[:2] == ["add", "ext32s"], build.__name__
        p.run(0x7FFFFFFF, 1)
        target = 5 if build is other_slot else 4
        assert p.reg(target) == -0x80000000, build.__name__
