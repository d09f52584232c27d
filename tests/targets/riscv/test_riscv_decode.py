"""Decoding: real instruction words (from riscv64-unknown-elf-as) reach the
right trans_ function with the right fields; the generated decoders are
up to date with the .decode files."""

import os

import pytest

from emu import decodetree
from targets.riscv.decode_insn16 import decode_insn16
from targets.riscv.decode_insn32 import decode_insn32
from targets.riscv.translate import TRANS

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "..", "..", "targets", "riscv")


class Recorder:
    """Stands in for the trans_ namespace: records the first call."""

    def __init__(self, accept=lambda name: True):
        self.calls = []
        self.accept = accept

    def __getattr__(self, name):
        if name.startswith("trans_"):
            def trans(ctx, a):
                self.calls.append((name[6:], a))
                return self.accept(name[6:])
            return trans
        return getattr(TRANS, name)       # ex_* field functions


def decode32(word):
    rec = Recorder()
    assert decode_insn32(rec, None, word)
    return rec.calls[0]


def decode16(word, accept=lambda name: True):
    rec = Recorder(accept)
    ok = decode_insn16(rec, None, word)
    return ok, rec.calls


WORDS32 = [
    (0xfff00513, "addi", dict(rd=10, rs1=0, imm=-1)),      # addi a0, zero, -1
    (0x800007b7, "lui", dict(rd=15, imm=-0x80000000)),     # lui a5, 0x80000
    (0x40455613, "srai", dict(rd=12, rs1=10, shamt=4)),    # srai a2, a0, 4
    (0x03f51513, "slli", dict(rd=10, rs1=10, shamt=63)),   # slli a0, a0, 63
    (0x00c5d53b, "srlw", dict(rd=10, rs1=11, rs2=12)),     # srlw a0, a1, a2
    (0x02c5b533, "mulhu", dict(rd=10, rs1=11, rs2=12)),    # mulhu a0, a1, a2
    (0x00c5b423, "sd", dict(rs1=11, rs2=12, imm=8)),       # sd a2, 8(a1)
    (0xfec5ae23, "sw", dict(rs1=11, rs2=12, imm=-4)),      # sw a2, -4(a1)
    (0x00b50463, "beq", dict(rs1=10, rs2=11, imm=8)),      # beq a0, a1, .+8
    (0xfe0508e3, "beq", dict(rs1=10, rs2=0, imm=-16)),     # beqz a0, .-16
    (0x008000ef, "jal", dict(rd=1, imm=8)),                # jal ra, .+8
    (0x004500e7, "jalr", dict(rd=1, rs1=10, imm=4)),       # jalr ra, 4(a0)
    (0x18d5a62f, "sc_w", dict(rd=12, rs1=11, rs2=13, aq=0, rl=0)),  # sc.w a2, a3, (a1)
    (0x1605b52f, "lr_d", dict(rd=10, rs1=11, aq=1, rl=1)), # lr.d.aqrl a0, (a1)
    (0xe0c5b52f, "amomaxu_d", dict(rd=10, rs1=11, rs2=12)),  # amomaxu.d a0, a2, (a1)
    (0x34059573, "csrrw", dict(rd=10, rs1=11, csr=0x340)),   # csrrw a0, mscratch, a1
    (0x3402d573, "csrrwi", dict(rd=10, rs1=5, csr=0x340)),   # csrrwi a0, mscratch, 5
    (0x00000073, "ecall", {}),                              # ecall
    (0x00100073, "ebreak", {}),                             # ebreak
    (0x30200073, "mret", {}),                               # mret
    (0x10200073, "sret", {}),                               # sret
    (0x10500073, "wfi", {}),                                # wfi
    (0x12b50073, "sfence_vma", dict(rs1=10, rs2=11)),       # sfence.vma a0, a1
    (0x0ff0000f, "fence", dict(pred=15, succ=15)),          # fence iorw, iorw
    (0x0000100f, "fence_i", {}),                            # fence.i
    (0x02c5f553, "fadd_d", dict(rd=10, rs1=11, rs2=12, rm=7)),  # fadd.d fa0, fa1, fa2
    (0x68c5f543, "fmadd_s", dict(rd=10, rs1=11, rs2=12, rs3=13, rm=7)),  # fmadd.s fa0,fa1,fa2,fa3
    (0xc0251553, "fcvt_l_s", dict(rd=10, rs1=10, rm=1)),    # fcvt.l.s a0, fa0, rtz
    (0xe2050553, "fmv_x_d", dict(rd=10, rs1=10)),           # fmv.x.d a0, fa0
    (0x0085b507, "fld", dict(rd=10, rs1=11, imm=8)),        # fld fa0, 8(a1)
]


@pytest.mark.parametrize("word,name,fields", WORDS32,
                         ids=["%08x-%s" % (w, n) for w, n, _f in WORDS32])
def test_insn32_decodes_to_pattern(word, name, fields):
    got, args = decode32(word)
    assert got == name
    for key, value in fields.items():
        assert getattr(args, key) == value, key


def test_undefined_32bit_words_decode_to_nothing():
    rec = Recorder()
    for word in (0x0000000b,          # custom-0
                 0xffffffff,
                 0x00200073,          # uret: not implemented (N is gone)
                 0x7b200073):         # dret
        assert not decode_insn32(rec, None, word), hex(word)


WORDS16 = [
    (0x4515, "addi", dict(rd=10, rs1=0, imm=5)),       # c.li a0, 5
    (0x050d, "addi", dict(rd=10, rs1=10, imm=3)),      # c.addi a0, 3
    (0x0028, "addi", dict(rd=10, rs1=2, imm=8)),       # c.addi4spn a0, sp, 8
    (0x7179, "addi", dict(rd=2, rs1=2, imm=-48)),      # c.addi16sp sp, -48
    (0x6622, "ld", dict(rd=12, rs1=2, imm=8)),         # c.ldsp a2, 8(sp)
    (0xe432, "sd", dict(rs2=12, rs1=2, imm=8)),        # c.sdsp a2, 8(sp)
    (0x41c8, "lw", dict(rd=10, rs1=11, imm=4)),        # c.lw a0, 4(a1)
    (0xc1c8, "sw", dict(rs2=10, rs1=11, imm=4)),       # c.sw a0, 4(a1)
    (0x8082, "jalr", dict(rd=0, rs1=1, imm=0)),        # c.jr ra (ret)
    (0x9502, "jalr", dict(rd=1, rs1=10, imm=0)),       # c.jalr a0
    (0x852e, "addi", dict(rd=10, rs1=11, imm=0)),      # c.mv a0, a1
    (0x952e, "add", dict(rd=10, rs1=10, rs2=11)),      # c.add a0, a1
    (0x9002, "ebreak", {}),                            # c.ebreak
    (0x8d0d, "sub", dict(rd=10, rs1=10, rs2=11)),      # c.sub a0, a1
    (0x9d2d, "addw", dict(rd=10, rs1=10, rs2=11)),     # c.addw a0, a1
    (0x8505, "srai", dict(rd=10, rs1=10, shamt=1)),    # c.srai a0, 1
    (0x050e, "slli", dict(rd=10, rs1=10, shamt=3)),    # c.slli a0, 3
    (0x6505, "lui", dict(rd=10, imm=0x1000)),          # c.lui a0, 1
    (0xa001, "jal", dict(rd=0, imm=0)),                # c.j .
    (0xc111, "beq", dict(rs1=10, rs2=0, imm=4)),       # c.beqz a0, .+4
    (0x2505, "addiw", dict(rd=10, rs1=10, imm=1)),     # c.addiw a0, 1 (RV64)
]


@pytest.mark.parametrize("word,name,fields", WORDS16,
                         ids=["%04x-%s" % (w, n) for w, n, _f in WORDS16])
def test_insn16_expands_to_32bit_pattern(word, name, fields):
    ok, calls = decode16(word)
    assert ok
    got, args = calls[0]
    assert got == name
    for key, value in fields.items():
        assert getattr(args, key) == value, key


def test_rv64_only_compressed_pattern_falls_back_to_rv32_meaning():
    # 0x2505 is c.addiw a0, 1 on RV64 and c.jal on RV32
    ok, calls = decode16(0x2505, accept=lambda name: name != "addiw")
    assert ok
    assert [name for name, _a in calls] == ["addiw", "jal"]
    assert calls[1][1].rd == 1


@pytest.mark.parametrize("word", [0x0000,        # all zeros: illegal
                                  0x6001,        # c.lui x0... with nzimm = 0
                                  0x4002,        # c.lwsp x0: reserved
                                  0x8002])       # c.jr x0: reserved
def test_reserved_compressed_encodings_decode_to_illegal(word):
    ok, calls = decode16(word)
    assert ok and calls[0][0] == "illegal"


@pytest.mark.parametrize("name,width,fn", [("insn32", 32, "decode_insn32"),
                                           ("insn16", 16, "decode_insn16")])
def test_generated_decoder_is_up_to_date(name, width, fn):
    source = os.path.join(TARGET, name + ".decode")
    out = os.path.join(TARGET, "decode_%s.py" % name)
    with open(source) as f:
        text = f.read()
    fresh = decodetree.generate(text, "targets/riscv/%s.decode" % name,
                                insnwidth=width, decode_name=fn)
    with open(out) as f:
        assert f.read() == fresh, "run: make decode"
