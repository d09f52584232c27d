"""A32 and T32 instructions, one behaviour each: bytes (with their assembly)
-> registers, flags, memory, modes."""

from targets.arm import cpu_bits as B

from tests.targets.arm.harness import CODE, DATA, STACK, flags, make_cpu, run_code
from tests.targets.riscv.ir_interp import run


def test_adds_sets_carry_and_overflow():
    cpu = run_code(["e0902001"],                      # adds r2, r0, r1
                   regs={0: 0x7FFFFFFF, 1: 1})
    assert cpu.reg(2) == 0x80000000 and flags(cpu) == "N--V"
    cpu = run_code(["e0902001"], regs={0: 0xFFFFFFFF, 1: 1})
    assert cpu.reg(2) == 0 and flags(cpu) == "-ZC-"


def test_subs_carry_means_no_borrow():
    cpu = run_code(["e0503001"], regs={0: 5, 1: 3})   # subs r3, r0, r1
    assert cpu.reg(3) == 2 and flags(cpu) == "--C-"
    cpu = run_code(["e0503001"], regs={0: 3, 1: 5})
    assert cpu.reg(3) == 0xFFFFFFFE and flags(cpu) == "N---"


def test_register_shift_by_32_or_more():
    cpu = run_code(["e1b04510"], regs={0: 1, 5: 32})  # lsls r4, r0, r5
    assert cpu.reg(4) == 0 and flags(cpu) == "-ZC-"
    cpu = run_code(["e1b04510"], regs={0: 1, 5: 33})
    assert cpu.reg(4) == 0 and flags(cpu) == "-Z--"


def test_pre_and_post_indexed_addressing_write_back():
    def setup(cpu):
        cpu.address_space.write(DATA + 4, 4, 0xCAFEF00D)
    cpu = run_code(["e5b76004",                       # ldr r6, [r7, #4]!
                    "e4070008"],                      # str r0, [r7], #-8
                   regs={7: DATA, 0: 0x12345678}, setup=setup)
    assert cpu.reg(6) == 0xCAFEF00D
    assert cpu.address_space.read(DATA + 4, 4) == 0x12345678
    assert cpu.reg(7) == DATA - 4


def test_ldm_and_push():
    def setup(cpu):
        cpu.address_space.write(DATA, 4, 11)
        cpu.address_space.write(DATA + 4, 4, 22)
    cpu = run_code(["e8970300",                       # ldm r7, {r8, r9}
                    "e92d0003"],                      # push {r0, r1}
                   regs={7: DATA, 13: STACK, 0: 0xA, 1: 0xB}, setup=setup)
    assert (cpu.reg(8), cpu.reg(9)) == (11, 22)
    assert cpu.reg(13) == STACK - 8
    assert cpu.address_space.read(STACK - 8, 4) == 0xA
    assert cpu.address_space.read(STACK - 4, 4) == 0xB


def test_conditional_execution_follows_z():
    cpu = run_code(["e3500000",                       # cmp r0, #0
                    "028aa001",                       # addeq r10, r10, #1
                    "128bb001"],                      # addne r11, r11, #1
                   regs={0: 0})
    assert (cpu.reg(10), cpu.reg(11)) == (1, 0)


def test_long_multiply_and_divide():
    cpu = run_code(["e0810392",                       # umull r0, r1, r2, r3
                    "e714f516"],                      # sdiv r4, r6, r5
                   regs={2: 0xFFFFFFFF, 3: 0xFFFFFFFF, 6: (-7) & 0xFFFFFFFF, 5: 2})
    assert (cpu.reg(0), cpu.reg(1)) == (1, 0xFFFFFFFE)
    assert cpu.reg(4) == (-3) & 0xFFFFFFFF


def test_svc_enters_supervisor_mode_with_banked_registers():
    def setup(cpu):
        cpu.cpsr_write(B.MODE_USR, B.CPSR_M)          # to User mode
        cpu.set_reg(13, 0x1111)
        cpu.set_reg(14, 0x2222)
    cpu = make_cpu()
    cpu.address_space.load(CODE + 8, (0xEAFFFFFE).to_bytes(4, "little"))    # vector: b .
    cpu.address_space.load(CODE + 0x100, (0xEF000005).to_bytes(4, "little"))  # svc #5
    cpu.set("vbar", CODE)
    cpu.env.pc = CODE + 0x100
    setup(cpu)
    run(cpu, max_insns=3)
    assert cpu.mode == B.MODE_SVC
    assert cpu.reg(15) == CODE + 8
    assert cpu.reg(14) == CODE + 0x104
    assert cpu.get("spsr") & B.CPSR_M == B.MODE_USR
    assert cpu.env.banked_r13[0] == 0x1111 and cpu.env.banked_r14[0] == 0x2222


def test_msr_switches_mode_and_banks_sp():
    cpu = run_code(["e321f0d2",                       # msr cpsr_c, #0xd2 (IRQ mode)
                    "e1a0100d"],                      # mov r1, sp
                   regs={13: 0x5555},
                   setup=lambda c: c.env.banked_r13.__setitem__(B.BANK_IRQ, 0x7777))
    assert cpu.mode == B.MODE_IRQ
    assert cpu.reg(1) == 0x7777
    assert cpu.env.banked_r13[B.BANK_SVC] == 0x5555


def test_ldrex_strex_succeeds_then_fails_without_reservation():
    cpu = run_code(["e1901f9f",                       # ldrex r1, [r0]
                    "e1802f93",                       # strex r2, r3, [r0]
                    "e1804f93"],                      # strex r4, r3, [r0]
                   regs={0: DATA, 3: 99})
    assert cpu.reg(2) == 0 and cpu.reg(4) == 1
    assert cpu.address_space.read(DATA, 4) == 99


def test_undefined_instruction_vector():
    cpu = make_cpu()
    cpu.address_space.load(CODE + 0x100, (0xE7F000F0).to_bytes(4, "little"))  # udf #0
    cpu.address_space.load(CODE + 4, (0xEAFFFFFE).to_bytes(4, "little"))
    cpu.set("vbar", CODE)
    cpu.env.pc = CODE + 0x100
    run(cpu, max_insns=2)
    assert cpu.mode == B.MODE_UND and cpu.reg(14) == CODE + 0x104


def test_blx_register_to_thumb_and_it_block():
    thumb_code = bytes.fromhex("0028"      # cmp r0, #0
                               "0cbf"      # ite eq
                               "0121"      # moveq r1, #1
                               "0221"      # movne r1, #2
                               "04f58074"  # add.w r4, r4, #256
                               "fee7")     # b .
    cpu = make_cpu()
    cpu.address_space.load(DATA, thumb_code)
    cpu.address_space.load(CODE, (0xE12FFF32).to_bytes(4, "little"))          # blx r2
    cpu.set_reg(2, DATA | 1)
    cpu.set_reg(0, 0)
    run(cpu, max_insns=20, stop_pc=DATA + 14)
    assert cpu.env.thumb == 1
    assert cpu.reg(14) == CODE + 4
    assert cpu.reg(1) == 1 and cpu.reg(4) == 0x100
    assert cpu.env.condexec == 0


def test_exception_in_it_block_saves_it_state_in_spsr():
    cpu = make_cpu()
    # ite eq; svceq #1; movne r1, #2
    cpu.address_space.load(DATA, bytes.fromhex("0cbf01df0221"))
    cpu.address_space.load(CODE + 8, (0xEAFFFFFE).to_bytes(4, "little"))
    cpu.set("vbar", CODE)
    cpu.cpsr_write(B.CPSR_Z | B.CPSR_T, B.CPSR_Z | B.CPSR_T)
    cpu.env.pc = DATA
    run(cpu, max_insns=3)
    assert cpu.mode == B.MODE_SVC
    spsr = cpu.get("spsr")
    assert spsr & B.CPSR_T
    it = ((spsr >> 25) & 3) | (((spsr >> 10) & 0x3F) << 2)
    assert it != 0 and it >> 4 == 0                    # still inside the IT block (EQ)
