"""The RISC-V CPU: register table, CPU models and the hooks the engine calls.

:class:`RISCVCPU` plugs into the engine through the CPUState contract:
``make_disas_context`` (translation), ``tlb_fill`` (page walk + PMP, see
:mod:`targets.riscv.mmu`), ``do_interrupt`` / ``cpu_exec_interrupt`` /
``has_work`` (traps, see :mod:`targets.riscv.trap`), ``set_irq_line``
(device interrupt lines) and ``dump_state``.  Two concrete models exist,
``rv64`` and ``rv32``, listed in :data:`CPU_MODELS` (what ``-cpu help``
prints).

Conventions of the register file:

* every slot is a signed int64; on RV32 the x registers hold values
  sign-extended from bit 31, the pc is zero-extended (an address);
* CSRs are stored as unsigned values of their architectural width
  (stored in the int64 slot as the same bit pattern);
* ``tb_flags`` = priv | FS << 2 | data mmu index << 4 | (xlen == 64) << 6;
* ``mmu_idx`` = the MMU index of loads and stores (mstatus.MPRV applied):
  0 = U, 1 = S, 3 = M (never translated).  Instruction fetch uses the index
  of the current privilege level: :meth:`RISCVCPU.mmu_index` (ifetch=True).
"""

from emu.cpu import CPUState
from emu.qom import register_type
from emu.regtable import Reg, RegisterTable
from emu.tcg.helpers import GuestException
from emu.tcg import ops as O

from targets.riscv import cpu_bits as B
from targets.riscv import csr as csrs
from targets.riscv import mmu, trap
from targets.riscv.machine import VMSTATE_RISCV_CPU, MigrationView, PMPEntryView
from targets.riscv.translate import DisasContext   # the front end loads with the CPU, not in the first TB

_GPR_NAMES = ("zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1",
              "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3",
              "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
              "t5", "t6")
_FPR_NAMES = ("ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0",
              "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7",
              "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10",
              "fs11", "ft8", "ft9", "ft10", "ft11")


def _csr(name, doc=""):
    return Reg(name, doc=doc)


RISCV_REGS = RegisterTable([
    Reg("pc", doc="program counter (zero-extended on RV32)"),
    Reg("tb_flags", migrated=False, doc="translation flags, derived"),
    Reg("mmu_idx", migrated=False, doc="MMU index of loads/stores, derived"),
    Reg("x", 32, doc="integer registers; x[0] is never written"),
    Reg("f", 32, doc="floating-point registers (NaN-boxed singles)"),
    Reg("priv", reset=B.PRV_M, doc="current privilege level"),
    Reg("misa"), Reg("mhartid"),
    _csr("mstatus"), _csr("mie"), _csr("mip"), _csr("mideleg"),
    _csr("medeleg"), _csr("mtvec"), _csr("mepc"), _csr("mcause"),
    _csr("mtval"), _csr("mscratch"), _csr("mcounteren"),
    _csr("mcountinhibit"), _csr("menvcfg"),
    _csr("stvec"), _csr("sepc"), _csr("scause"), _csr("stval"),
    _csr("sscratch"), _csr("scounteren"), _csr("senvcfg"), _csr("satp"),
    Reg("fflags", width=5), Reg("frm", width=3),
    Reg("pmpcfg", B.MAX_PMP, width=8, doc="one configuration byte per entry"),
    Reg("pmpaddr", B.MAX_PMP),
    Reg("load_res", reset=-1, doc="LR reservation address (-1: none)"),
    Reg("load_val", doc="value loaded by the last LR"),
    Reg("cycle_offset", doc="mcycle = icount + cycle_offset"),
    Reg("instret_offset", doc="minstret = icount + instret_offset"),
    Reg("mhpmcounter", 29, doc="mhpmcounter3..31 (they hold what is written: no events)"),
    Reg("stimecmp", doc="Sstc supervisor timer compare"),
    Reg("tselect", migrated=False, doc="Sdtrig trigger select: always 0 (no trigger types)"),
])


@register_type
class RISCVCPU(CPUState):
    """A RISC-V hart (M, S and U modes; RV64GC or RV32GC)."""

    type_name = "riscv-cpu"
    abstract = True
    target_name = "riscv"
    regtable = RISCV_REGS
    xlen = 64
    misa_ext = "IMAFDCSU"
    model_name = "rv64"
    gdb_arch_name = "riscv:rv64"

    def instance_init(self):
        self.reset_pc = 0x1000
        self.rdtime_fn = None     # board: callable returning the mtime counter
        self.stimer = None        # board: emu.timer.Timer of the Sstc stimecmp
        self.timebase_freq = 10_000_000
        self.insn_retired = None  # set by the CSR helper: exact instret now

    # -- migration (targets/riscv/machine.py) ----------------------------------
    @property
    def vm(self):
        return MigrationView(self)

    @property
    def pmp_entries(self):
        return [PMPEntryView(self, i) for i in range(B.MAX_PMP)]

    def isa_string(self):
        """The riscv,isa device-tree string of what this CPU implements."""
        letters = "".join(c for c in "IMAFDC" if c in self.misa_ext).lower()
        return ("rv%d%s_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc"
                % (self.xlen, letters))

    def mmu_type(self):
        """What QEMU 7.2's boards advertise (satp still accepts Sv57, as there)."""
        return "riscv,sv32" if self.xlen == 32 else "riscv,sv48"

    # -- state helpers -------------------------------------------------------
    @property
    def xlen_mask(self):
        return (1 << self.xlen) - 1

    @property
    def misa_value(self):
        mxl = B.MXL_64 if self.xlen == 64 else B.MXL_32
        ext = 0
        for letter in self.misa_ext:
            ext |= B.misa_bit(letter)
        return (mxl << (self.xlen - 2)) | ext

    def has_ext(self, letter):
        return letter in self.misa_ext

    def sext_xlen(self, value):
        """``value`` as the signed form an x register holds."""
        value &= self.xlen_mask
        if value >> (self.xlen - 1):
            value -= 1 << self.xlen
        return value

    # -- reset -------------------------------------------------------------
    def reset(self):
        super().reset()
        env = self.env
        env.priv = B.PRV_M
        env.misa = self.misa_value
        env.mhartid = getattr(self, "cpu_index", 0)
        mstatus = 0
        if self.xlen == 64:
            mstatus |= (B.MXL_64 << 32) | (B.MXL_64 << 34)     # UXL, SXL
        env.mstatus = mstatus
        env.pc = self.reset_pc
        env.load_res = -1
        if self.stimer is not None:
            self.stimer.delete()
        self.halted = False
        self.update_tb_flags()

    # -- derived translation state ------------------------------------------
    def mmu_index(self, ifetch=False):
        """The MMU index of an access: fetches use the current privilege,
        data accesses honour mstatus.MPRV in M-mode."""
        priv = self.env.priv
        mstatus = self.get("mstatus")
        if not ifetch and priv == B.PRV_M and mstatus & B.MSTATUS_MPRV:
            priv = (mstatus & B.MSTATUS_MPP) >> B.MSTATUS_MPP_SHIFT
        return priv

    def update_tb_flags(self):
        """Recompute the ``tb_flags`` and ``mmu_idx`` slots; call after any
        change to priv, mstatus or misa."""
        env = self.env
        data_idx = self.mmu_index()
        fs = (self.get("mstatus") & B.MSTATUS_FS) >> B.MSTATUS_FS_SHIFT
        env.mmu_idx = data_idx
        env.tb_flags = (env.priv | fs << 2 | data_idx << 4 |
                        (self.xlen == 64) << 6)

    def set_priv(self, priv):
        self.env.priv = priv
        self.env.load_res = -1
        self.update_tb_flags()

    # -- translation -------------------------------------------------------
    def make_disas_context(self, pc, flags, max_insns, ir):
        return DisasContext(self, pc, flags, max_insns, ir)

    # -- memory management ---------------------------------------------------
    def tlb_fill(self, vaddr, access, mmu_idx):
        return mmu.tlb_fill(self, vaddr, access, mmu_idx)

    def do_unaligned_access(self, vaddr, access, mmu_idx):
        """MO_ALIGN accesses (LR, SC, AMOs) that are not naturally aligned.
        QEMU 7.2 reports misaligned AMOs as *load* address misaligned."""
        cause = (B.EXCP_STORE_AMO_ADDR_MIS if access == O.ACCESS_STORE
                 else B.EXCP_LOAD_ADDR_MIS)
        raise GuestException(cause, vaddr & self.xlen_mask)

    def do_transaction_failed(self, paddr, vaddr, access):
        """A load/store/fetch reached no device: an access fault."""
        cause = {O.ACCESS_LOAD: B.EXCP_LOAD_ACCESS_FAULT,
                 O.ACCESS_STORE: B.EXCP_STORE_AMO_ACCESS_FAULT,
                 O.ACCESS_FETCH: B.EXCP_INST_ACCESS_FAULT}[access]
        raise GuestException(cause, vaddr & self.xlen_mask)

    def code_fetch_failed(self, paddr, vaddr):
        raise GuestException(B.EXCP_INST_ACCESS_FAULT, vaddr & self.xlen_mask)

    def code_page(self, vaddr):
        """Physical page of the code at vaddr, translated with the fetch
        MMU index (mstatus.MPRV does not apply to fetches)."""
        mmu_idx = self.mmu_index(ifetch=True)
        key = (mmu_idx, vaddr >> self.page_bits)
        paddr = self.code_tlb.get(key)
        if paddr is None:
            paddr, _prot = self.tlb_fill(vaddr, O.ACCESS_FETCH, mmu_idx)
            paddr &= ~((1 << self.page_bits) - 1)
            if not self.address_space.is_ram(paddr, 1):
                self.code_fetch_failed(paddr, vaddr)
            self.code_tlb[key] = paddr
        return paddr

    # -- traps and interrupts --------------------------------------------------
    def do_interrupt(self, excp, tval=0):
        trap.do_interrupt(self, excp, tval)

    def cpu_exec_interrupt(self):
        return trap.cpu_exec_interrupt(self)

    def has_work(self):
        return trap.has_work(self)

    def set_irq_line(self, irq, level):
        trap.set_irq_line(self, irq, level)

    def insn_bits_at(self, pc):
        """The instruction word at ``pc`` (16 bits for a compressed one)."""
        low = self.fetch_code(pc, 2)
        if low & 3 != 3:
            return low
        return self.fetch_code(pc, 4)

    def raise_illegal_instruction(self, pc=None):
        """Engine hook for EXIT_BAD_RM: raise illegal instruction with the
        bits of the instruction at ``pc`` (default: the pc slot)."""
        if pc is None:
            pc = self.get("pc")
        raise GuestException(B.EXCP_ILLEGAL_INST, self.insn_bits_at(pc))

    # -- CSR access (used by helpers, gdb and the monitor) -----------------------
    def csr_read(self, number):
        return csrs.csr_read(self, number)

    def csr_write(self, number, value):
        csrs.csr_write(self, number, value)

    def init_sstc(self, timer_list, timebase_freq):
        """Board hook: the time source is there, so Sstc's stimecmp works
        (QEMU creates env->stimer with the ACLINT timer)."""
        self.timebase_freq = timebase_freq
        self.stimer = timer_list.new_timer(lambda: csrs.stimer_expired(self))

    def rdtime(self):
        """The `time` CSR: the board's mtime, else 10 MHz virtual time."""
        if self.rdtime_fn is not None:
            return self.rdtime_fn()
        return self.clock_ns() // 100

    def disas(self, data, pc):
        from targets.riscv.disas import disas
        return disas(data, pc, self.xlen)

    # -- monitor -----------------------------------------------------------
    def dump_state(self):
        """`info registers`, in QEMU's layout (without the H rows)."""
        width = self.xlen // 4
        fmt = "%%0%dx" % width
        lines = [" %-8s " % "pc" + fmt % self.get("pc")]
        for name in ("mhartid", "mstatus", "mip", "mie", "mideleg", "medeleg",
                     "mtvec", "stvec", "mepc", "sepc", "mcause", "scause",
                     "mtval", "stval", "mscratch", "sscratch", "satp"):
            value = csrs.csr_read_raw(self, name)
            lines.append(" %-8s " % name + fmt % value)
        lines += self._dump_file("x", ["x%d/%s" % (i, n) for i, n in enumerate(_GPR_NAMES)], fmt)
        lines += self._dump_file("f", ["f%d/%s" % (i, n) for i, n in enumerate(_FPR_NAMES)],
                                 "%016x")
        return "\n".join(lines) + "\n"

    def _dump_file(self, name, labels, fmt):
        lines = []
        for row in range(0, 32, 4):
            cells = []
            for i in range(row, row + 4):
                value = self.get(name, i) & (self.xlen_mask if name == "x" else -1)
                cells.append(" %-8s " % labels[i] + fmt % (value & 0xFFFFFFFFFFFFFFFF))
            lines.append("".join(cells))
        return lines


@register_type
class RV64CPU(RISCVCPU):
    """QEMU's `rv64`: RV64GC with S and U modes (no H)."""
    type_name = "rv64-riscv-cpu"
    legacy_vmsd = VMSTATE_RISCV_CPU[64]
    xlen = 64
    model_name = "rv64"
    gdb_arch_name = "riscv:rv64"


@register_type
class RV32CPU(RISCVCPU):
    """QEMU's `rv32`: RV32GC with S and U modes (no H)."""
    type_name = "rv32-riscv-cpu"
    legacy_vmsd = VMSTATE_RISCV_CPU[32]
    xlen = 32
    model_name = "rv32"
    gdb_arch_name = "riscv:rv32"


# `-cpu help` listing: model name (-cpu NAME) -> class; the QOM type name
# is NAME + "-riscv-cpu", as in QEMU.
CPU_MODELS = {
    "rv64": RV64CPU,
    "rv32": RV32CPU,
}

DEFAULT_CPU = {"riscv64": "rv64", "riscv32": "rv32"}
