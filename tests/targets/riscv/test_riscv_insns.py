"""Per-instruction behaviour, one shared mixin run on rv64 and rv32.

Each test loads instruction words (the assembly is in the comment) at
0x80000000, sets registers, runs them and checks registers or memory.
"""

import pytest

from tests.targets.riscv.harness import DATA, make_cpu, run_code, ux, x

A0, A1, A2, A3 = 10, 11, 12, 13


def _sext32(v):
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


def _shift_imm(opcode, funct7, funct3, shamt, rd, rs1):
    """A shift-by-immediate instruction word as hex text."""
    word = funct7 << 25 | shamt << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode
    return "%08x" % word


class RVConformance:
    model = None
    xlen = None

    def run(self, words, **regs):
        names = {"a0": A0, "a1": A1, "a2": A2, "a3": A3}
        return run_code(self.model, words, {names[k]: v for k, v in regs.items()})

    def sext(self, value):
        value &= (1 << self.xlen) - 1
        return value - (1 << self.xlen) if value >> (self.xlen - 1) else value

    # --- RV32I/RV64I --------------------------------------------------------------
    def test_addi_negative_immediate(self):
        cpu = self.run(["fff00513"])               # addi a0, zero, -1
        assert x(cpu, A0) == -1

    def test_writes_to_x0_are_dropped(self):
        cpu = self.run(["00100013",                # addi zero, zero, 1
                        "00000533"])               # add a0, zero, zero
        assert x(cpu, 0) == 0 and x(cpu, A0) == 0

    def test_lui_sign_extends(self):
        cpu = self.run(["800007b7"])               # lui a5, 0x80000
        assert x(cpu, 15) == -0x80000000

    def test_auipc_adds_pc(self):
        cpu = self.run(["00000013",                # nop
                        "00001817"])               # auipc a6, 0x1
        assert ux(cpu, 16) == 0x80001004

    def test_add_wraps_at_xlen(self):
        cpu = self.run(["00c58533"], a1=self.sext(1 << (self.xlen - 1)) - 1 & -1,
                       a2=1)                       # add a0, a1, a2
        assert x(cpu, A0) == self.sext(1 << (self.xlen - 1))

    def test_sltu_compares_unsigned(self):
        cpu = self.run(["00c5b533"], a1=-1, a2=1)  # sltu a0, a1, a2
        assert x(cpu, A0) == 0

    def test_slt_compares_signed(self):
        cpu = self.run(["00c5a533"], a1=-1, a2=1)  # slt a0, a1, a2
        assert x(cpu, A0) == 1

    def test_srli_shifts_in_zeros(self):
        cpu = self.run(["00155593"], a0=-2)        # srli a1, a0, 1
        assert ux(cpu, A1) == ((1 << self.xlen) - 2) >> 1

    def test_srai_keeps_the_sign(self):
        cpu = self.run(["40455613"], a0=-256)      # srai a2, a0, 4
        assert x(cpu, A2) == -16

    def test_sll_uses_low_bits_of_rs2(self):
        cpu = self.run(["00c59533"], a1=1, a2=self.xlen + 3)  # sll a0, a1, a2
        assert x(cpu, A0) == 8

    def test_sra_by_register(self):
        cpu = self.run(["40c5d533"], a1=-64, a2=3)  # sra a0, a1, a2
        assert x(cpu, A0) == -8

    def test_loads_sign_and_zero_extend(self):
        def setup(cpu):
            cpu.address_space.write(DATA, 8, 0x8877665544332211 | (0xF0 << 56))
        words = ["00358503",                       # lb a0, 3(a1)
                 "0035c603",                       # lbu a2, 3(a1)
                 "0025d683"]                       # lhu a3, 2(a1)
        cpu = run_code(self.model, words, {A1: DATA}, setup=setup)
        assert x(cpu, A0) == 0x44
        assert x(cpu, A2) == 0x44
        assert x(cpu, A3) == 0x4433

    def test_lw_sign_extends(self):
        def setup(cpu):
            cpu.address_space.write(DATA, 4, 0x80000001)
        cpu = run_code(self.model, ["0005a503"], {A1: DATA}, setup=setup)  # lw a0, 0(a1)
        assert x(cpu, A0) == -0x7fffffff

    def test_store_then_load(self):
        cpu = self.run(["00c5a223",                # sw a2, 4(a1)
                        "0045d503"],               # lhu a0, 4(a1)
                       a1=DATA, a2=0x12345678)
        assert x(cpu, A0) == 0x5678
        assert cpu.address_space.read(DATA + 4, 4) == 0x12345678

    def test_misaligned_load_is_emulated(self):
        def setup(cpu):
            cpu.address_space.write(DATA, 8, 0x0706050403020100)
        cpu = run_code(self.model, ["0015a503"], {A1: DATA}, setup=setup)  # lw a0, 1(a1)
        assert x(cpu, A0) == 0x04030201
        assert cpu.get("mcause") == 0

    def test_taken_branch_skips(self):
        cpu = self.run(["00b50463",                # beq a0, a1, .+8
                        "00100613",                # li a2, 1
                        "00200693"])               # li a3, 2
        assert x(cpu, A2) == 0 and x(cpu, A3) == 2

    def test_not_taken_branch_falls_through(self):
        cpu = self.run(["00b54463",                # blt a0, a1, .+8
                        "00100613",                # li a2, 1
                        "00200693"], a0=5, a1=-5)  # li a3, 2
        assert x(cpu, A2) == 1 and x(cpu, A3) == 2

    def test_bltu_is_unsigned(self):
        cpu = self.run(["00b56463",                # bltu a0, a1, .+8
                        "00100613"], a0=1, a1=-1)  # li a2, 1
        assert x(cpu, A2) == 0

    def test_jal_links_and_jumps(self):
        cpu = self.run(["008000ef",                # jal ra, .+8
                        "00100613",                # li a2, 1
                        "00200693"])               # li a3, 2
        assert ux(cpu, 1) == 0x80000004
        assert x(cpu, A2) == 0 and x(cpu, A3) == 2

    def test_jalr_clears_bit_zero_and_links(self):
        cpu = self.run(["000580e7",                # jalr ra, 0(a1)
                        "00100613",                # li a2, 1
                        "00200693"], a1=self.sext(0x80000009))  # li a3, 2
        assert ux(cpu, 1) == 0x80000004
        assert x(cpu, A2) == 0 and x(cpu, A3) == 2

    # --- M ---------------------------------------------------------------------------
    def test_mul_low_half(self):
        cpu = self.run(["02c58533"], a1=-3, a2=7)  # mul a0, a1, a2
        assert x(cpu, A0) == -21

    def test_mulh_signed_high_half(self):
        cpu = self.run(["02c59533"], a1=-1, a2=-1)  # mulh a0, a1, a2
        assert x(cpu, A0) == 0

    def test_mulhu_unsigned_high_half(self):
        cpu = self.run(["02c5b533"], a1=-1, a2=-1)  # mulhu a0, a1, a2
        assert x(cpu, A0) == -2                    # (2^n-1)^2 >> n = 2^n - 2

    def test_mulhsu_mixed_high_half(self):
        cpu = self.run(["02c5a533"], a1=-1, a2=-1)  # mulhsu a0, a1, a2
        assert x(cpu, A0) == -1

    def test_div_by_zero_gives_minus_one(self):
        cpu = self.run(["02c5c533",                # div a0, a1, a2
                        "02c5e6b3"], a1=7, a2=0)   # rem a3, a1, a2
        assert x(cpu, A0) == -1 and x(cpu, A3) == 7

    def test_div_overflow(self):
        most_negative = -(1 << (self.xlen - 1))
        cpu = self.run(["02c5c533",                # div a0, a1, a2
                        "02c5e6b3"], a1=most_negative, a2=-1)  # rem a3, a1, a2
        assert x(cpu, A0) == most_negative and x(cpu, A3) == 0

    def test_divu_remu_are_unsigned(self):
        cpu = self.run(["02c5d533",                # divu a0, a1, a2
                        "02c5f6b3"], a1=-1, a2=2)  # remu a3, a1, a2
        assert ux(cpu, A0) == ((1 << self.xlen) - 1) // 2 and x(cpu, A3) == 1

    # --- A ---------------------------------------------------------------------------
    def test_amoadd_w_returns_old_value(self):
        def setup(cpu):
            cpu.address_space.write(DATA, 4, 0xFFFFFFFF)
        cpu = run_code(self.model, ["00c5a52f"], {A1: DATA, A2: 2}, setup=setup)
        # amoadd.w a0, a2, (a1)
        assert x(cpu, A0) == -1
        assert cpu.address_space.read(DATA, 4) == 1

    def test_amomin_w_signed(self):
        def setup(cpu):
            cpu.address_space.write(DATA, 4, 5)
        cpu = run_code(self.model, ["80c5a52f"], {A1: DATA, A2: -3}, setup=setup)
        # amomin.w a0, a2, (a1)
        assert x(cpu, A0) == 5
        assert cpu.address_space.read(DATA, 4) == 0xFFFFFFFD

    def test_lr_sc_pair_succeeds(self):
        cpu = self.run(["1005a52f",                # lr.w a0, (a1)
                        "18d5a62f"],               # sc.w a2, a3, (a1)
                       a1=DATA, a3=42)
        assert x(cpu, A2) == 0
        assert cpu.address_space.read(DATA, 4) == 42

    def test_sc_without_reservation_fails(self):
        cpu = self.run(["18d5a62f"], a1=DATA, a3=42)  # sc.w a2, a3, (a1)
        assert x(cpu, A2) == 1
        assert cpu.address_space.read(DATA, 4) == 0

    def test_misaligned_amo_raises_load_address_misaligned(self):
        cpu = self.run(["00c5a52f"], a1=DATA + 2)  # amoadd.w a0, a2, (a1)
        assert cpu.get("mcause") == 4 and ux(cpu, 0) == 0
        assert cpu.get("mtval") == DATA + 2 and cpu.get("mepc") == 0x80000000

    # --- Zba/Zbb/Zbc/Zbs ------------------------------------------------------------------
    def test_sh2add_scales_rs1(self):
        cpu = self.run(["20c5c533"], a1=3, a2=100)  # sh2add a0, a1, a2
        assert x(cpu, A0) == 112

    def test_andn_clears_rs2_bits(self):
        cpu = self.run(["40c5f533"], a1=0xFF, a2=0x0F)  # andn a0, a1, a2
        assert x(cpu, A0) == 0xF0

    def test_cpop_counts_xlen_bits(self):
        cpu = self.run(["60259513"], a1=-1)        # cpop a0, a1
        assert x(cpu, A0) == self.xlen

    def test_clz_and_ctz_of_zero_are_xlen(self):
        cpu = self.run(["60059513",                # clz a0, a1
                        "60159613"], a1=0)         # ctz a2, a1
        assert x(cpu, A0) == self.xlen and x(cpu, A2) == self.xlen

    def test_minu_and_max(self):
        cpu = self.run(["0ac5d533",                # minu a0, a1, a2
                        "0ac5e6b3"], a1=-1, a2=1)  # max a3, a1, a2
        assert x(cpu, A0) == 1 and x(cpu, A3) == 1

    def test_rol_rotates_within_xlen(self):
        cpu = self.run(["60c59533"], a1=self.sext(1 << (self.xlen - 1)), a2=1)  # rol a0, a1, a2
        assert x(cpu, A0) == 1

    def test_bset_and_bexti_on_the_top_bit_of_a_word(self):
        cpu = self.run(["28c59533",                # bset a0, a1, a2
                        "49f55613"], a1=0, a2=31)  # bexti a2, a0, 31
        assert ux(cpu, A0) == 1 << 31 and x(cpu, A2) == 1

    # --- traps from instructions ----------------------------------------------------------
    def test_illegal_instruction_reports_its_bits(self):
        cpu = self.run(["0000000b"])               # custom-0
        assert cpu.get("mcause") == 2 and cpu.get("mtval") == 0xb

    def test_ecall_from_m_mode(self):
        cpu = self.run(["00000073"])               # ecall
        assert cpu.get("mcause") == 11 and cpu.get("mepc") == 0x80000000

    def test_ebreak_sets_no_tval(self):
        cpu = self.run(["00100073"])               # ebreak
        assert cpu.get("mcause") == 3 and cpu.get("mtval") == 0

    # --- C ---------------------------------------------------------------------------------
    def test_compressed_li_and_addi(self):
        cpu = self.run(["4515",                    # c.li a0, 5
                        "050d"])                   # c.addi a0, 3
        assert x(cpu, A0) == 8
        assert cpu.get("pc") == 0x80000004

    def test_compressed_all_zero_is_illegal_with_tval_zero(self):
        cpu = self.run(["0000"])
        assert cpu.get("mcause") == 2 and cpu.get("mtval") == 0

    # --- Zicsr ---------------------------------------------------------------------------
    def test_csrrw_swaps(self):
        cpu = self.run(["34059073",                # csrw mscratch, a1
                        "34061573"], a1=0x55, a2=0x66)  # csrrw a0, mscratch, a2
        assert x(cpu, A0) == 0x55 and cpu.get("mscratch") == 0x66

    def test_csrrs_and_csrrc(self):
        cpu = self.run(["3402e073",                # csrsi mscratch, 5
                        "3401f073",                # csrci mscratch, 3
                        "34002573"])               # csrr a0, mscratch
        assert x(cpu, A0) == 4

    def test_read_only_csr_write_is_illegal(self):
        cpu = self.run(["f1401073"])               # csrw mhartid, zero
        assert cpu.get("mcause") == 2 and cpu.get("mtval") == 0xf1401073

    def test_misa_reports_xlen_and_extensions(self):
        cpu = self.run(["30102573"])               # csrr a0, misa
        mxl = 2 if self.xlen == 64 else 1
        assert ux(cpu, A0) >> (self.xlen - 2) == mxl
        assert ux(cpu, A0) & 0x3FFFFFF == 0x14112D  # ACDFIMSU

    def test_minstret_write_suppresses_its_own_increment(self):
        cpu = self.run(["b0205073",                # csrwi minstret, 0
                        "b0202573",                # csrr a0, minstret
                        "00000013",                # nop
                        "b02025f3"])               # csrr a1, minstret
        assert x(cpu, A0) == 0 and x(cpu, A1) == 2

    # --- F/D -----------------------------------------------------------------------------
    def test_fadd_d_through_softfloat(self):
        def setup(cpu):
            cpu.set("mstatus", cpu.get("mstatus") | (1 << 13))
            cpu.update_tb_flags()
            cpu.set("f", 0x3FF8000000000000, 11)   # 1.5
            cpu.set("f", 0x4004000000000000, 12)   # 2.5
        cpu = run_code(self.model, ["02c5f553",    # fadd.d fa0, fa1, fa2
                                    "e2050553" if self.xlen == 64 else "00000013"],
                       setup=setup)                # fmv.x.d a0, fa0 (RV64)
        assert cpu.get("f", 10) == 0x4010000000000000
        assert (cpu.get("mstatus") >> 13) & 3 == 3  # FS dirty

    def test_fp_instruction_with_fs_off_is_illegal(self):
        cpu = self.run(["02c5f553"])               # fadd.d fa0, fa1, fa2
        assert cpu.get("mcause") == 2 and cpu.get("mtval") == 0x02c5f553

    def test_single_result_is_nan_boxed(self):
        def setup(cpu):
            cpu.set("mstatus", cpu.get("mstatus") | (1 << 13))
            cpu.update_tb_flags()
        cpu = run_code(self.model, ["f0058553"], {A1: 0x3F800000},
                       setup=setup)                # fmv.w.x fa0, a1
        assert cpu.get("f", 10) == 0xFFFFFFFF3F800000


class TestRV64(RVConformance):
    model = "rv64"
    xlen = 64

    def test_addiw_sign_extends_32_bits(self):
        cpu = self.run(["0015851b"], a1=0x7FFFFFFF)  # addiw a0, a1, 1
        assert x(cpu, A0) == -0x80000000

    def test_srliw_uses_low_word(self):
        cpu = self.run(["0015d51b"], a1=-1)          # srliw a0, a1, 1
        assert x(cpu, A0) == 0x7FFFFFFF

    def test_sraw_shifts_the_low_word(self):
        cpu = self.run(["40c5d53b"], a1=0x80000000, a2=4)  # sraw a0, a1, a2
        assert x(cpu, A0) == -0x08000000

    def test_divw_of_low_words(self):
        cpu = self.run(["02c5c53b"], a1=(1 << 32) | 9, a2=-3)  # divw a0, a1, a2
        assert x(cpu, A0) == -3

    def test_ld_sd_round_trip(self):
        cpu = self.run(["00c5b423",                  # sd a2, 8(a1)
                        "0085b503"], a1=DATA, a2=-2)  # ld a0, 8(a1)
        assert x(cpu, A0) == -2

    def test_slli_accepts_shamt_63(self):
        cpu = self.run(["03f59513"], a1=1)           # slli a0, a1, 63
        assert x(cpu, A0) == -(1 << 63)

    @pytest.mark.parametrize("shamt", [0, 1, 5, 31])
    @pytest.mark.parametrize("value", [-1, 0x80000000, 0x1_7FFF_FFFF, -0x1234_5678_9ABC])
    def test_word_shift_immediates(self, shamt, value):
        """slliw/srliw/sraiw of the low word, sign-extended; rd = rs1 too."""
        for funct7, funct3, ref in ((0x00, 1, lambda v: v << shamt),
                                    (0x00, 5, lambda v: (v & 0xFFFFFFFF) >> shamt),
                                    (0x20, 5, lambda v: _sext32(v) >> shamt)):
            want = _sext32(ref(value))
            cpu = self.run([_shift_imm(0x1B, funct7, funct3, shamt, rd=10, rs1=11)], a1=value)
            assert x(cpu, A0) == want, (funct7, funct3, shamt, hex(value))
            cpu = self.run([_shift_imm(0x1B, funct7, funct3, shamt, rd=11, rs1=11)], a1=value)
            assert x(cpu, A1) == want, ("rd=rs1", funct7, funct3, shamt, hex(value))

    def test_sext_w(self):
        cpu = self.run(["0005851b"], a1=0x1_8000_0001)  # addiw a0, a1, 0 (sext.w)
        assert x(cpu, A0) == -0x7FFFFFFF


class TestRV32(RVConformance):
    model = "rv32"
    xlen = 32

    @pytest.mark.parametrize("shamt", [0, 1, 5, 31])
    @pytest.mark.parametrize("value", [-1, -0x80000000, 0x7FFFFFFF, 0x12345678])
    def test_shift_immediates_keep_register_form(self, shamt, value):
        """slli/srli/srai on RV32: 32-bit results, kept sign-extended."""
        for funct7, funct3, ref in ((0x00, 1, lambda v: v << shamt),
                                    (0x00, 5, lambda v: (v & 0xFFFFFFFF) >> shamt),
                                    (0x20, 5, lambda v: v >> shamt)):
            cpu = self.run([_shift_imm(0x13, funct7, funct3, shamt, rd=10, rs1=11)], a1=value)
            assert x(cpu, A0) == _sext32(ref(value)), (funct7, funct3, shamt, hex(value))

    def test_rv64_only_instruction_is_illegal(self):
        cpu = self.run(["0015851b"])                 # addiw a0, a1, 1
        assert cpu.get("mcause") == 2

    def test_slli_with_shamt_32_is_illegal(self):
        cpu = self.run(["02059513"])                 # slli a0, a1, 32 (RV64 encoding)
        assert cpu.get("mcause") == 2

    def test_registers_stay_sign_extended(self):
        cpu = self.run(["00c58533"], a1=0x7FFFFFFF, a2=1)  # add a0, a1, a2
        assert x(cpu, A0) == -0x80000000

    def test_compressed_jal_links(self):
        cpu = self.run(["2011",                      # c.jal .+4
                        "0001"])                     # c.nop
        assert ux(cpu, 1) == 0x80000002


def test_make_cpu_resets_to_machine_mode():
    cpu = make_cpu("rv64")
    assert cpu.env.priv == 3 and cpu.get("pc") == 0x80000000
    assert cpu.get("mstatus") == 0xA00000000       # UXL = SXL = 64, FS off
