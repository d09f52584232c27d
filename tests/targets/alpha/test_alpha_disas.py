"""The -d in_asm disassembler: mnemonics and operands as binutils (and so
QEMU's log) write them."""

from targets.alpha.disas import disas, disas_one

PC = 0xFFFFFC0000003054


def test_common_formats():
    assert disas_one(0x611FC000, PC) == "rpcc t7"
    assert disas_one(0x77F20031, PC) == "hw_mtpr a2,0x31"
    assert disas_one(0x6FD21000, PC) == "hw_ldq/p sp,0(a2)"
    assert disas_one(0x6C720018, PC) == "hw_ldl/p t2,24(a2)"
    assert disas_one(0x48A13725, PC) == "sll t4,0x9,t4"          # literal in hex
    assert disas_one(0xA77D8008, PC) == "ldq t12,-32760(gp)"
    assert disas_one(0xC3600000, PC) == "br t12,0xfffffc0000003058"
    assert disas_one(0x6B5B4000, PC) == "jsr ra,(t12)"
    assert disas_one(0x6BFA8001, PC) == "ret"
    assert disas_one(0x00000000, PC) == "halt"
    assert disas_one(0x0000000A, PC) == "call_pal 0xa"
    assert disas_one(0x47FF041F, PC) == "nop"
    assert disas_one(0x2FFE0000, PC) == "unop"
    assert disas_one(0x47E10410, PC) == "mov t0,a0"


def test_fp_qualifiers():
    assert disas_one((0x16 << 26) | (1 << 21) | (2 << 16) | (0x5A0 << 5) | 3, PC) == "addt/su f1,f2,f3"
    assert disas_one((0x16 << 26) | (1 << 21) | (2 << 16) | (0x7E0 << 5) | 3, PC) == "addt/suid f1,f2,f3"
    assert disas_one((0x16 << 26) | (31 << 21) | (2 << 16) | (0x52F << 5) | 3, PC) == "cvttq/svc f2,f3"
    assert disas_one((0x16 << 26) | (1 << 21) | (2 << 16) | (0x5A6 << 5) | 3, PC) == "cmptlt/su f1,f2,f3"


def test_words_of_a_block():
    data = (0x611FC000).to_bytes(4, "little") + (0x77F20031).to_bytes(4, "little")
    assert disas(data, PC) == [(PC, 4, "rpcc t7"), (PC + 4, 4, "hw_mtpr a2,0x31")]
