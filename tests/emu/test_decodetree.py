"""Tests for emu/decodetree.py: generated decoders pick the right trans_ with
the right fields, and malformed .decode files give file:line errors."""

import importlib.util
import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from emu import decodetree
from emu.decodetree import DecodeError, generate

DATA = os.path.join(os.path.dirname(__file__), 'data', 'decodetree')
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))


def read(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        return f.read()


def load(tmp_path_factory, name, width=32, decode_name='decode'):
    """Generate a decoder for a fixture, write it out and import it."""
    code = generate(read(name), name, width, decode_name)
    path = tmp_path_factory.mktemp('gen') / (name.replace('.', '_') + '.py')
    path.write_text(code)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Recorder:
    """A trans object: records every trans_ call; rejects names in `reject`."""

    def __init__(self, reject=()):
        self.reject = set(reject)
        self.calls = []

    def __getattr__(self, attr):
        if not attr.startswith('trans_'):
            raise AttributeError(attr)
        name = attr[len('trans_'):]

        def trans(ctx, a):
            self.calls.append((name, a))
            return name not in self.reject
        return trans

    # Field functions named by !function in the fixtures.
    def ex_shift_1(self, ctx, value):
        return value << 1

    def ex_shift_2(self, ctx, value):
        return value << 2

    def ex_shift_12(self, ctx, value):
        return value << 12

    def ex_rvc_register(self, ctx, value):
        return value + 8

    def param_xlen(self, ctx):
        return ctx['xlen']


def decode(module, insn, reject=(), ctx=None):
    """Decode insn; return (accepted, name of last trans_ called, its fields)."""
    rec = Recorder(reject)
    fn = getattr(module, 'decode_' + module.__name__.split('_')[0])
    accepted = fn(rec, ctx if ctx is not None else {'xlen': 32}, insn)
    if not rec.calls:
        return accepted, None, None
    name, a = rec.calls[-1]
    return accepted, name, {n: getattr(a, n) for n in a.__slots__}


@pytest.fixture(scope='module')
def rv32(tmp_path_factory):
    return load(tmp_path_factory, 'rv32.decode', 32, 'decode_rv32')


@pytest.fixture(scope='module')
def rvc(tmp_path_factory):
    return load(tmp_path_factory, 'rvc.decode', 16, 'decode_rvc')


@pytest.fixture(scope='module')
def groups(tmp_path_factory):
    return load(tmp_path_factory, 'groups.decode', 32, 'decode_groups')


# ---------------------------------------------------------------------------
# RISC-V encoders written from the ISA manual's instruction formats.


def sext(value, bits):
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def bit(value, hi, lo=None):
    lo = hi if lo is None else lo
    return (value >> lo) & ((1 << (hi - lo + 1)) - 1)


def enc_r(funct7, rs2, rs1, funct3, rd, opcode):
    return funct7 << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode


def enc_i(imm, rs1, funct3, rd, opcode):
    return (imm & 0xfff) << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode


def enc_s(imm, rs2, rs1, funct3, opcode):
    return (bit(imm, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12
            | bit(imm, 4, 0) << 7 | opcode)


def enc_b(imm, rs2, rs1, funct3, opcode=0b1100011):
    """B-type: imm[12|10:5] rs2 rs1 funct3 imm[4:1|11] opcode."""
    return (bit(imm, 12) << 31 | bit(imm, 10, 5) << 25 | rs2 << 20 | rs1 << 15
            | funct3 << 12 | bit(imm, 4, 1) << 8 | bit(imm, 11) << 7 | opcode)


def enc_j(imm, rd, opcode=0b1101111):
    """J-type: imm[20|10:1|11|19:12] rd opcode."""
    return (bit(imm, 20) << 31 | bit(imm, 10, 1) << 21 | bit(imm, 11) << 20
            | bit(imm, 19, 12) << 12 | rd << 7 | opcode)


def enc_cj(imm, funct3):
    """CJ-type: funct3 offset[11|4|9:8|10|6|7|3:1|5] 01."""
    return (funct3 << 13 | bit(imm, 11) << 12 | bit(imm, 4) << 11
            | bit(imm, 9, 8) << 9 | bit(imm, 10) << 8 | bit(imm, 6) << 7
            | bit(imm, 7) << 6 | bit(imm, 3, 1) << 3 | bit(imm, 5) << 2 | 0b01)


# ---------------------------------------------------------------------------
# RV32 subset


@pytest.mark.parametrize('insn, name, fields', [
    (0x002081b3, 'add', dict(rd=3, rs1=1, rs2=2)),        # add x3, x1, x2
    (0x402081b3, 'sub', dict(rd=3, rs1=1, rs2=2)),        # sub x3, x1, x2
    (0xff010113, 'addi', dict(imm=-16, rs1=2, rd=2)),     # addi sp, sp, -16
    (0x00112623, 'sw', dict(imm=12, rs1=2, rs2=1)),       # sw ra, 12(sp)
    (0x00c12083, 'lw', dict(imm=12, rs1=2, rd=1)),        # lw ra, 12(sp)
    (0xfe000ee3, 'beq', dict(imm=-4, rs1=0, rs2=0)),      # beq x0, x0, -4
    (0x0000006f, 'jal', dict(imm=0, rd=0)),               # j .
    (0x800000b7, 'lui', dict(imm=-(1 << 31), rd=1)),      # lui ra, 0x80000
    (0x00008067, 'ret', dict(imm=0, rs1=1, rd=0)),        # ret
    (0x000080e7, 'jalr', dict(imm=0, rs1=1, rd=1)),       # jalr ra
    (0x00000013, 'nop', {}),                              # nop
    (0xfff54513, 'xori', dict(imm=-1, rs1=10, rd=10)),    # not a0, a0
    (0x00351513, 'slli', dict(shamt=3, rs1=10, rd=10)),   # slli a0, a0, 3
    (0x0ff0000f, 'fence', dict(pred=15, succ=15)),        # fence
    (0x00000073, 'ecall', {}),                            # ecall
    (0x00100073, 'ebreak', {}),                           # ebreak
])
def test_rv32_known_words_decode_to_pattern_and_fields(rv32, insn, name,
                                                        fields):
    assert decode(rv32, insn) == (True, name, fields)


def test_rv32_unknown_word_returns_false_without_calls(rv32):
    assert decode(rv32, 0x00000000) == (False, None, None)
    assert decode(rv32, 0x40001013) == (False, None, None)  # slli, funct7!=0


def test_rv32_rejected_pattern_returns_false(rv32):
    assert decode(rv32, 0x002081b3, reject={'add'}) == \
        (False, 'add', dict(rd=3, rs1=1, rs2=2))


def test_overlap_group_falls_through_to_later_pattern(rv32):
    # nop rejected: addi x0, x0, 0 gets the word.
    assert decode(rv32, 0x00000013, reject={'nop'}) == \
        (True, 'addi', dict(imm=0, rs1=0, rd=0))
    assert decode(rv32, 0x00008067, reject={'ret'}) == \
        (True, 'jalr', dict(imm=0, rs1=1, rd=0))


@settings(max_examples=200, deadline=None)
@given(imm=st.integers(-(1 << 11), (1 << 11) - 1).map(lambda v: v * 2),
       rs1=st.integers(0, 31), rs2=st.integers(0, 31),
       branch=st.sampled_from([('beq', 0), ('bne', 1), ('blt', 4),
                               ('bgeu', 7)]))
def test_rv32_b_type_immediate_matches_manual(rv32, imm, rs1, rs2, branch):
    name, funct3 = branch
    insn = enc_b(imm, rs2, rs1, funct3)
    # imm = sext(imm[12|11|10:5|4:1] << 1) read back from the word itself.
    manual = sext(bit(insn, 31) << 12 | bit(insn, 7) << 11
                  | bit(insn, 30, 25) << 5 | bit(insn, 11, 8) << 1, 13)
    assert manual == imm
    assert decode(rv32, insn) == (True, name, dict(imm=imm, rs2=rs2, rs1=rs1))


@settings(max_examples=200, deadline=None)
@given(imm=st.integers(-(1 << 19), (1 << 19) - 1).map(lambda v: v * 2),
       rd=st.integers(0, 31))
def test_rv32_j_type_immediate_matches_manual(rv32, imm, rd):
    insn = enc_j(imm, rd)
    manual = sext(bit(insn, 31) << 20 | bit(insn, 19, 12) << 12
                  | bit(insn, 20) << 11 | bit(insn, 30, 21) << 1, 21)
    assert manual == imm
    assert decode(rv32, insn) == (True, 'jal', dict(imm=imm, rd=rd))


@settings(max_examples=100, deadline=None)
@given(imm=st.integers(-(1 << 11), (1 << 11) - 1),
       rs1=st.integers(0, 31), reg=st.integers(0, 31))
def test_rv32_i_and_s_type_immediates_are_signed(rv32, imm, rs1, reg):
    assert decode(rv32, enc_s(imm, reg, rs1, 2, 0b0100011)) == \
        (True, 'sw', dict(imm=imm, rs1=rs1, rs2=reg))
    assert decode(rv32, enc_i(imm, rs1, 2, reg, 0b0000011)) == \
        (True, 'lw', dict(imm=imm, rs1=rs1, rd=reg))
    assert decode(rv32, enc_i(imm, rs1, 4, reg, 0b0010011)) == \
        (True, 'xori', dict(imm=imm, rs1=rs1, rd=reg))


# ---------------------------------------------------------------------------
# 16-bit compressed subset: !function fields, parameters, constants


@pytest.mark.parametrize('insn, name, fields', [
    (0x0800, 'addi', dict(imm=16, rs1=2, rd=8)),      # c.addi4spn s0, sp, 16
    (0x0000, 'illegal', {}),                          # defined illegal
    (0x4108, 'lw', dict(imm=0, rs1=10, rd=10)),       # c.lw a0, 0(a0)
    (0x5d7c, 'lw', dict(imm=124, rs1=10, rd=15)),     # c.lw a5, 124(a0)
    (0x157d, 'addi', dict(imm=-1, rs1=10, rd=10)),    # c.addi a0, -1
    (0x4501, 'addi', dict(imm=0, rs1=0, rd=10)),      # c.li a0, 0
    (0xa001, 'jal', dict(imm=0, rd=0)),               # c.j .
    (0xbffd, 'jal', dict(imm=-2, rd=0)),              # c.j .-2
    (0x8082, 'jalr', dict(imm=0, rs1=1, rd=0)),       # c.jr ra (ret)
    (0x852e, 'add', dict(rd=10, rs1=0, rs2=11)),      # c.mv a0, a1
    (0x9002, 'ebreak', {}),                           # c.ebreak
    (0x9502, 'jalr', dict(imm=0, rs1=10, rd=1)),      # c.jalr a0
    (0x952e, 'add', dict(rd=10, rs1=10, rs2=11)),     # c.add a0, a1
])
def test_rvc_known_words_decode_to_pattern_and_fields(rvc, insn, name,
                                                      fields):
    assert decode(rvc, insn) == (True, name, fields)


def test_rvc_parameter_field_is_read_from_ctx(rvc):
    # c.slli a0, 2; xlen is a parameter: trans.param_xlen(ctx).
    assert decode(rvc, 0x050a, ctx={'xlen': 64}) == \
        (True, 'slli', dict(shamt=2, rs1=10, rd=10, xlen=64))


@settings(max_examples=200, deadline=None)
@given(imm=st.integers(-(1 << 10), (1 << 10) - 1).map(lambda v: v * 2),
       jal=st.booleans())
def test_rvc_cj_immediate_matches_manual(rvc, imm, jal):
    insn = enc_cj(imm, 0b001 if jal else 0b101)
    assert decode(rvc, insn) == (True, 'jal', dict(imm=imm, rd=int(jal)))


# ---------------------------------------------------------------------------
# Nested groups


def or_word(r2, r1, cf, rt):
    return 0b000010 << 26 | r2 << 21 | r1 << 16 | cf << 12 | 0b001001 << 6 | rt


@pytest.mark.parametrize('insn, reject, name, fields', [
    (or_word(3, 4, 0, 0), (), 'nop', {}),
    (or_word(0, 4, 0, 5), (), 'copy', dict(r1=4, rt=5)),
    (or_word(0, 4, 0, 5), {'copy'}, 'or', dict(r2=0, r1=4, cf=0, rt=5)),
    (or_word(0, 4, 0, 0), {'nop'}, 'copy', dict(r1=4, rt=0)),
    (or_word(1, 2, 1, 3), (), 'or_a', dict(rt=3, r1=2, r2=1)),
    (or_word(1, 2, 2, 3), (), 'or_b', dict(rt=3, r1=2, r2=1)),
    (or_word(0, 2, 3, 3), (), 'or_z', dict(rt=3, r1=2, r2=0)),
    (or_word(0, 2, 3, 3), {'or_z'}, 'or_c', dict(rt=3, r1=2, r2=0)),
    (or_word(0, 2, 3, 3), {'or_z', 'or_c'}, 'or',
     dict(r2=0, r1=2, cf=3, rt=3)),
    (or_word(1, 2, 9, 3), (), 'or', dict(r2=1, r1=2, cf=9, rt=3)),
    (0xfc000000, (), 'halt', {}),
    (0x4841fffe, (), 'ldw', dict(base=2, r=1, disp=-2)),
    (0x68418000, (), 'stw', dict(base=2, r=1, disp=-32768)),
])
def test_nested_groups_try_patterns_in_order(groups, insn, reject, name,
                                             fields):
    assert decode(groups, insn, reject) == (True, name, fields)


def test_nested_groups_all_rejecting_returns_false(groups):
    every = {'nop', 'copy', 'or'}
    assert decode(groups, or_word(0, 0, 0, 0), every)[0] is False


# ---------------------------------------------------------------------------
# Generated decoder == slow reference matcher (file order, mask/value)


def reference_patterns(text, width):
    """(name, mask, value) per pattern in file order, parsed independently."""
    formats, patterns = {}, []
    for line in text.replace('\\\n', ' ').splitlines():
        toks = line.split('#')[0].split()
        if not toks or toks[0][0] in '%&{}[]':
            continue
        bits = ''
        fmt = None
        for tok in toks[1:]:
            if re.fullmatch(r'[01.\-]+', tok):
                bits += tok
            elif re.fullmatch(r'\w+:s?\d+', tok):
                bits += '.' * int(tok.split(':')[1].lstrip('s'))
            elif tok.startswith('@'):
                fmt = formats[tok[1:]]
        if fmt is not None:
            bits = ''.join(f if p in '.-' else p for p, f in zip(bits, fmt))
        if toks[0].startswith('@'):
            formats[toks[0][1:]] = bits or '.' * width
            continue
        assert len(bits) == width
        mask = int(''.join('1' if c in '01' else '0' for c in bits), 2)
        value = int(''.join('1' if c == '1' else '0' for c in bits), 2)
        patterns.append((toks[0], mask, value))
    return patterns


def reference_calls(patterns, insn, reject):
    """Names the decoder should call: matches in file order up to acceptance."""
    calls = []
    for name, mask, value in patterns:
        if insn & mask == value:
            calls.append(name)
            if name not in reject:
                break
    return calls


def check_against_reference(module, fixture, width, insn, reject):
    patterns = reference_patterns(read(fixture), width)
    rec = Recorder(reject)
    fn = getattr(module, 'decode_' + module.__name__.split('_')[0])
    accepted = fn(rec, {'xlen': 32}, insn)
    expected = reference_calls(patterns, insn, reject)
    assert [name for name, _ in rec.calls] == expected
    assert accepted == bool(expected and expected[-1] not in reject)


# Words biased towards the opcodes the fixtures use, plus fully random ones.
def words(width, opcode_mask, opcodes):
    random = st.integers(0, (1 << width) - 1)
    biased = st.tuples(random, st.sampled_from(opcodes)).map(
        lambda t: (t[0] & ~opcode_mask) | t[1])
    return st.one_of(random, biased)


RV32_OPCODES = [0x37, 0x17, 0x6f, 0x67, 0x63, 0x03, 0x23, 0x13, 0x33, 0x0f,
                0x73]
RV32_NAMES = ['nop', 'ret', 'addi', 'jalr', 'add', 'beq']


@settings(max_examples=400, deadline=None)
@given(insn=words(32, 0x7f, RV32_OPCODES),
       reject=st.sets(st.sampled_from(RV32_NAMES)))
def test_rv32_decoder_agrees_with_reference(rv32, insn, reject):
    check_against_reference(rv32, 'rv32.decode', 32, insn, reject)


@settings(max_examples=400, deadline=None)
@given(insn=words(16, 0xe003, [0x0000, 0x4000, 0x0001, 0x2001, 0x4001, 0xa001,
                               0x0002, 0x8002, 0x9002]),
       reject=st.sets(st.sampled_from(['illegal', 'jalr', 'ebreak', 'add'])))
def test_rvc_decoder_agrees_with_reference(rvc, insn, reject):
    check_against_reference(rvc, 'rvc.decode', 16, insn, reject)


@settings(max_examples=400, deadline=None)
@given(insn=words(32, 0xfc000fc0, [0x08000240, 0x48000000, 0x68000000,
                                   0xfc000000]),
       reject=st.sets(st.sampled_from(['nop', 'copy', 'or_z', 'or_c', 'or'])))
def test_groups_decoder_agrees_with_reference(groups, insn, reject):
    check_against_reference(groups, 'groups.decode', 32, insn, reject)


# ---------------------------------------------------------------------------
# Generated module shape


def test_generated_module_header_and_names(rv32):
    code = generate(read('rv32.decode'), 'targets/x/insn32.decode', 32,
                    'decode_insn32')
    assert code.startswith('# Generated from targets/x/insn32.decode by '
                           'emu/decodetree.py; do not edit.\n'
                           '# decodetree options: --insnwidth=32 '
                           '--decode=decode_insn32\n"""')
    assert '\ndef decode_insn32(trans, ctx, insn):\n' in code
    assert '# targets/x/insn32.decode:41: beq ' in code
    assert 'exec(' not in code and 'eval(' not in code
    assert rv32.trans_names[:3] == ('lui', 'auipc', 'jal')


def test_generation_is_deterministic():
    text = read('groups.decode')
    assert generate(text, 'g.decode') == generate(text, 'g.decode')


def test_arg_classes_are_plain_keyword_classes(rv32):
    a = rv32.arg_r(rd=1, rs2=3)
    assert (a.rd, a.rs1, a.rs2) == (1, 0, 3)
    assert repr(a) == 'arg_r(rd=1, rs1=0, rs2=3)'
    assert a == rv32.arg_r(rd=1, rs1=0, rs2=3)
    with pytest.raises(AttributeError):
        a.other = 1
    assert repr(rv32.arg_empty()) == 'arg_empty()'


def test_comments_and_continuations_are_ignored():
    text = ('%f 0:4 \\\n'
            '   4:4   # high nibble after a continuation\n'
            '# a comment line\n'
            'op 1111 1111 \\\n'
            '   ........ \\\n'
            '   imm=%f   # trailing comment\n')
    code = generate(text, 't.decode', 16)
    assert "# t.decode:4: op 1111 1111 ........ imm=%f" in code


# ---------------------------------------------------------------------------
# Errors


ERROR_FIXTURES = sorted(f for f in os.listdir(DATA) if f.startswith('err_'))


@pytest.mark.parametrize('name', ERROR_FIXTURES)
def test_bad_fixture_reports_file_and_line(name):
    text = read(name)
    want = re.match(r'# error: (\d+): (.*)\n', text)
    width = re.search(r'# insnwidth: (\d+)', text)
    with pytest.raises(DecodeError) as info:
        generate(text, name, int(width.group(1)) if width else 32)
    assert info.value.line == int(want.group(1))
    assert str(info.value).startswith(f'{name}:{want.group(1)}: ')
    assert want.group(2) in info.value.message


def test_bad_width_and_decode_name_are_rejected():
    with pytest.raises(DecodeError, match='insnwidth 24'):
        generate('a ' + '0' * 24, 'w.decode', 24)
    with pytest.raises(DecodeError, match="bad decode function name 'not'"):
        generate('a ' + '0' * 32, 'w.decode', 32, 'not')


# ---------------------------------------------------------------------------
# Command line


def test_cli_writes_module_with_repo_relative_header(tmp_path):
    out = tmp_path / 'rvc_gen.py'
    src = os.path.join(DATA, 'rvc.decode')
    assert decodetree.main([src, '-o', str(out), '--insnwidth=16',
                            '--decode=decode_insn16']) == 0
    code = out.read_text()
    assert code.startswith('# Generated from tests/emu/data/decodetree/'
                           'rvc.decode by emu/decodetree.py')
    assert ROOT not in code and str(tmp_path) not in code
    assert 'def decode_insn16(trans, ctx, insn):' in code


def test_cli_header_never_holds_absolute_path_outside_repo(tmp_path):
    src = tmp_path / 'outside.decode'
    src.write_text('halt 1111111111111111\n')
    out = tmp_path / 'outside.py'
    assert decodetree.main([str(src), '-o', str(out), '--insnwidth=16']) == 0
    assert out.read_text().startswith('# Generated from outside.decode by')


def test_cli_check_detects_stale_output(tmp_path, capsys):
    src = os.path.join(DATA, 'groups.decode')
    out = tmp_path / 'groups_gen.py'
    assert decodetree.main([src, '-o', str(out), '--check']) == 1   # missing
    assert decodetree.main([src, '-o', str(out)]) == 0
    assert decodetree.main([src, '-o', str(out), '--check']) == 0   # fresh
    out.write_text(out.read_text() + '# hand edit\n')
    assert decodetree.main([src, '-o', str(out), '--check']) == 1   # stale
    assert 'is stale' in capsys.readouterr().err


def test_cli_reports_decode_error_with_location(tmp_path, capsys):
    src = tmp_path / 'bad.decode'
    src.write_text('add 0000\n')
    assert decodetree.main([str(src), '--insnwidth=16']) == 1
    assert 'bad.decode:1: pattern add: 4 bits, expected 16' in \
        capsys.readouterr().err


def test_cli_runs_as_module(tmp_path):
    out = tmp_path / 'g.py'
    proc = subprocess.run(
        [sys.executable, '-m', 'emu.decodetree',
         os.path.join(DATA, 'groups.decode'), '-o', str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == generate(
        read('groups.decode'), 'tests/emu/data/decodetree/groups.decode')


# ---------------------------------------------------------------------------
# Smaller generator properties


SPLIT_TEXT = """\
# No bit is fixed by every pattern: the generator must split the set.
a   11.. .... ........
b   0.1. .... ........
c   .00. .... ........
d   1010 0000 00000000
"""


@pytest.fixture(scope='module')
def split(tmp_path_factory):
    path = tmp_path_factory.mktemp('gen') / 'split_decode.py'
    path.write_text(generate(SPLIT_TEXT, 'split.decode', 16, 'decode_split'))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@settings(max_examples=300, deadline=None)
@given(insn=st.integers(0, 0xffff))
def test_patterns_without_common_bits_agree_with_reference(split, insn):
    patterns = reference_patterns(SPLIT_TEXT, 16)
    rec = Recorder()
    assert split.decode_split(rec, None, insn) == \
        bool(reference_calls(patterns, insn, ()))
    assert [n for n, _ in rec.calls] == reference_calls(patterns, insn, ())


def test_extern_argset_still_defines_its_class():
    code = generate('&r rd rs !extern\nop 0000 rd:4 rs:4 ....\n', 'e.decode',
                    16)
    assert 'class arg_r:' in code
    assert '!extern' in code


def test_sixty_four_bit_words_decode(tmp_path):
    text = 'big 1 imm:s62 1\n'
    path = tmp_path / 'big_decode.py'
    path.write_text(generate(text, 'big.decode', 64, 'decode_big'))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rec = Recorder()
    assert module.decode_big(rec, None, (1 << 63) | (((1 << 62) - 2) << 1) | 1)
    assert rec.calls[0][1].imm == -2
