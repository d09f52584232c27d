"""The Arm CPU (AArch32, ARMv7-A): register table, the cortex-a15 model and
the hooks the engine calls.

Conventions of the register file (every slot an int64):

* ``r[0..14]`` hold the current mode's view of the general registers,
  zero-extended 32-bit values; ``r[15]`` is unused (the ``pc`` slot is the
  program counter).  Other modes' r13/r14 (and r8..r12 of FIQ) live in the
  banked arrays, swapped by :meth:`ARMCPU.switch_mode`, as QEMU does.
* the flags are split as in QEMU: ``nf`` and ``vf`` hold a value whose bit
  31 is the flag (only bit 31 counts: ``nf`` is kept sign-extended, ``vf``
  as the front end computes it, zero-extended), ``zf`` is
  zero iff Z is set, ``cf`` is 0 or 1; ``qf`` 0/1, ``ge`` 4 bits,
  ``thumb`` 0/1 and ``condexec`` the 8-bit IT state.  The other CPSR bits
  (mode, A, I, F, E) are in ``uncached_cpsr``.
* ``tb_flags`` (see cpu_bits.TBF_*): thumb | condexec << 1 | mode << 9 |
  VFP enabled, FZ, DN, SCTLR.A, SCTLR.TE.  ``mmu_idx``: 0 user, 1 kernel.
* VFP: ``d[0..31]`` 64-bit patterns; ``fpscr`` holds FPSCR without the
  cumulative exception bits, which accumulate in ``fp_status`` in the
  softfloat layout (emu.softfloat FLAG_*); ``fp_rm`` is FPSCR.RMode in
  softfloat encoding (derived).
"""

from emu.cpu import CPUState
from emu.qom import register_type
from emu.regtable import Reg, RegisterTable
from emu.tcg import ops as O
from emu.tcg.helpers import GuestException

from targets.arm import cpu_bits as B
from targets.arm.machine import VMSTATE_ARM_CPU, ArmMigrationView
from targets.arm.translate import DisasContext   # the front end loads with the CPU, not in the first TB

MASK32 = 0xFFFFFFFF


def _r(name, reset=0, doc="", migrated=True, count=1, width=32):
    return Reg(name, count=count, width=width, reset=reset, doc=doc, migrated=migrated)


ARM_REGS = RegisterTable([
    Reg("pc", width=32, doc="program counter"),
    Reg("tb_flags", migrated=False, doc="translation flags, derived"),
    Reg("mmu_idx", migrated=False, doc="MMU index of loads/stores, derived"),
    _r("r", count=16, doc="r0..r14 of the current mode (r15 unused: see pc)"),
    _r("nf", doc="N flag in bit 31"), _r("zf", doc="Z flag: set iff zf == 0"),
    _r("cf", doc="C flag 0/1"), _r("vf", doc="V flag in bit 31"),
    _r("qf", doc="Q flag 0/1"), _r("ge", doc="GE[3:0]"),
    _r("thumb", doc="CPSR.T"), _r("condexec", doc="IT state (CPSR.IT)"),
    _r("uncached_cpsr", reset=B.MODE_SVC | B.CPSR_A | B.CPSR_I | B.CPSR_F,
       doc="CPSR bits without their own slot (M, A, I, F, E)"),
    _r("spsr"), _r("banked_spsr", count=8), _r("banked_r13", count=8),
    _r("banked_r14", count=8), _r("usr_regs", count=5), _r("fiq_regs", count=5),
    Reg("exclusive_addr", reset=-1, doc="LDREX monitor address (-1: open)"),
    Reg("exclusive_val"), Reg("exclusive_high"),
    # CP15
    _r("sctlr", reset=B.SCTLR_RESET), _r("actlr"), _r("cpacr"),
    Reg("ttbr0", width=64), Reg("ttbr1", width=64), _r("ttbcr"), _r("dacr"),
    _r("dfsr"), _r("ifsr"), _r("dfar"), _r("ifar"), Reg("par", width=64),
    _r("prrr", reset=0x000A81A4), _r("nmrr", reset=0x44E048E0),
    _r("amair0"), _r("amair1"),
    _r("contextidr"), _r("fcseidr", migrated=False), _r("tpidrurw"), _r("tpidruro"), _r("tpidrprw"),
    _r("vbar"), _r("csselr"),
    _r("cntkctl"), _r("cntfrq", reset=1_000_000_000 // B.GTIMER_SCALE),
    _r("cntp_ctl"), Reg("cntp_cval"), _r("cntv_ctl"), Reg("cntv_cval"), Reg("cntvoff", migrated=False, doc="CNTVOFF (EL2 only: always 0 here)"),
    # VFP
    Reg("d", 32, doc="VFP double registers (s2n/s2n+1 are d[n]'s halves)"),
    _r("fpscr", doc="FPSCR without the cumulative exception bits"),
    Reg("fp_status", doc="accumulated softfloat flags (FPSCR cumulative bits)"),
    Reg("fp_rm", migrated=False, doc="FPSCR.RMode in softfloat encoding, derived"),
    _r("fpexc"),
])

# softfloat flag -> FPSCR cumulative bit
_SF_TO_FPSCR = ((16, B.FPSCR_IOC), (8, B.FPSCR_DZC), (4, B.FPSCR_OFC),
                (2, B.FPSCR_UFC), (1, B.FPSCR_IXC), (128, B.FPSCR_IDC))


@register_type
class ARMCPU(CPUState):
    """An ARMv7-A processor without the Security and Virtualization
    Extensions in use (QEMU virt with secure=off, virtualization=off)."""

    type_name = "arm-cpu"
    abstract = True
    target_name = "arm"
    regtable = ARM_REGS
    midr = 0
    mpidr_base = 0x80000000
    ctr = 0
    fpsid = 0
    mvfr0 = 0
    mvfr1 = 0
    id_regs = {}
    gdb_arch_name = "arm"
    legacy_vmsd = VMSTATE_ARM_CPU          # type 2: cpu_common + cpu sections

    @classmethod
    def model_name(cls):
        return cls.cpu_model

    def instance_init(self):
        self.reset_pc = 0
        self.irq_level = 0
        self.fiq_level = 0
        self.virq_level = 0
        self.semihosting = None        # board: emu.semihosting.Semihosting or None
        self.power_off = False         # PSCI CPU_OFF / start-powered-off
        self.gt_timers = None          # targets.arm.gtimer.GenericTimers (board wires outputs)
        self.psci_handler = None       # board: fn(cpu, fn_id, args) -> result or None
        self.vm = ArmMigrationView(self)   # QEMU-shaped state for the vmstate
        self.cpreg_vmstate_array_len = 0
        self.cpreg_vmstate_indexes = []
        self.cpreg_vmstate_values = []

    def attach(self, machine, index):
        super().attach(machine, index)
        from targets.arm.gtimer import GenericTimers
        self.gt_timers = GenericTimers(self, getattr(machine, "timers", None))

    # -- register access ------------------------------------------------------
    def reg(self, n):
        """r<n> of the current mode; r15 reads as the pc."""
        if n == 15:
            return self.get("pc") & MASK32
        return self.get("r", n) & MASK32

    def set_reg(self, n, value):
        if n == 15:
            self.env.pc = value & MASK32
        else:
            self.set("r", value & MASK32, n)

    @property
    def mode(self):
        return self.env.uncached_cpsr & B.CPSR_M

    # -- CPSR -----------------------------------------------------------------
    def cpsr_read(self):
        env = self.env
        it = env.condexec
        value = (env.uncached_cpsr & ~B.CPSR_CACHED) & MASK32
        value |= (env.nf & 0x80000000)
        value |= B.CPSR_Z if (env.zf & MASK32) == 0 else 0
        value |= B.CPSR_C if env.cf else 0
        value |= B.CPSR_V if env.vf & 0x80000000 else 0
        value |= B.CPSR_Q if env.qf else 0
        value |= (env.ge & 0xF) << 16
        value |= B.CPSR_T if env.thumb else 0
        value |= ((it & 3) << 25) | ((it >> 2) << 10)
        return value & MASK32

    def cpsr_write(self, value, mask):
        """Write the bits of ``mask``; a mode change swaps the banks."""
        env = self.env
        value &= MASK32
        if mask & B.CPSR_NZCV:
            n = value & B.CPSR_N
            env.nf = -(1 << 31) if n else 0
            env.zf = 0 if value & B.CPSR_Z else 1
            env.cf = 1 if value & B.CPSR_C else 0
            env.vf = -(1 << 31) if value & B.CPSR_V else 0
        if mask & B.CPSR_Q:
            env.qf = 1 if value & B.CPSR_Q else 0
        if mask & B.CPSR_GE:
            env.ge = (value >> 16) & 0xF
        if mask & B.CPSR_T:
            env.thumb = 1 if value & B.CPSR_T else 0
        if mask & B.CPSR_IT:
            env.condexec = ((value >> 25) & 3) | (((value >> 10) & 0x3F) << 2)
        if mask & B.CPSR_M:
            new_mode = value & B.CPSR_M
            if new_mode not in B.VALID_MODES:
                mask &= ~B.CPSR_M             # illegal mode: keep the old one
            elif new_mode != self.mode:
                self.switch_mode(new_mode)
        rest = mask & ~B.CPSR_CACHED
        env.uncached_cpsr = (env.uncached_cpsr & ~rest) | (value & rest)
        self.update_tb_flags()

    def switch_mode(self, new_mode):
        """Bank out the current mode's r13/r14 (and r8-r12 across FIQ),
        bank in new_mode's; the mode bits are set by the caller."""
        env = self.env
        old_mode = self.mode
        if old_mode == new_mode:
            return
        r = env.r
        if old_mode == B.MODE_FIQ:
            env.fiq_regs[:] = r[8:13]
            r[8:13] = env.usr_regs
        elif new_mode == B.MODE_FIQ:
            env.usr_regs[:] = r[8:13]
            r[8:13] = env.fiq_regs
        old = B.bank_number(old_mode)
        new = B.bank_number(new_mode)
        env.banked_r13[old] = r[13]
        env.banked_r14[old] = r[14]
        env.banked_spsr[old] = env.spsr
        r[13] = env.banked_r13[new]
        r[14] = env.banked_r14[new]
        env.spsr = int(env.banked_spsr[new])
        env.uncached_cpsr = (env.uncached_cpsr & ~B.CPSR_M) | new_mode

    def fpscr_read(self):
        env = self.env
        value = env.fpscr & MASK32
        status = env.fp_status
        for sf_bit, bit in _SF_TO_FPSCR:
            if status & sf_bit:
                value |= bit
        return value

    def fpscr_write(self, value):
        env = self.env
        value &= MASK32
        env.fpscr = value & B.FPSCR_STORED
        status = 0
        for sf_bit, bit in _SF_TO_FPSCR:
            if value & bit:
                status |= sf_bit
        env.fp_status = status
        env.fp_rm = B.RMODE_TO_SF[(value >> B.FPSCR_RMODE_SHIFT) & 3]
        self.update_tb_flags()

    # -- reset ------------------------------------------------------------------
    def reset(self):
        super().reset()
        env = self.env
        env.uncached_cpsr = B.MODE_SVC | B.CPSR_A | B.CPSR_I | B.CPSR_F
        env.pc = self.reset_pc & ~1
        env.thumb = self.reset_pc & 1
        env.exclusive_addr = -1
        env.sctlr = B.SCTLR_RESET
        self.fpscr_write(0)
        self.halted = 1 if self.power_off else 0
        if self.gt_timers is not None:
            self.gt_timers.reset()
        self.update_tb_flags()

    # -- derived translation state -----------------------------------------------
    def vfp_enabled(self):
        """FPEXC.EN set and CPACR grants cp10/cp11 at the current PL."""
        env = self.env
        if not env.fpexc & B.FPEXC_EN:
            return False
        cp10 = (env.cpacr >> 20) & 3
        if self.mode == B.MODE_USR:
            return cp10 == 3
        return cp10 in (1, 3)

    def update_tb_flags(self):
        env = self.env
        mode = self.mode
        fpscr = env.fpscr
        flags = (env.thumb & 1) | ((env.condexec & 0xFF) << B.TBF_CONDEXEC_SHIFT)
        flags |= mode << B.TBF_MODE_SHIFT
        if self.vfp_enabled():
            flags |= B.TBF_VFPEN
        if fpscr & B.FPSCR_FZ:
            flags |= B.TBF_FZ
        if fpscr & B.FPSCR_DN:
            flags |= B.TBF_DN
        if env.sctlr & B.SCTLR_A:
            flags |= B.TBF_ALIGN
        if env.sctlr & B.SCTLR_TE:
            flags |= B.TBF_SCTLR_TE
        env.tb_flags = flags
        env.mmu_idx = B.MMU_USER if mode == B.MODE_USR else B.MMU_KERNEL

    # -- translation ----------------------------------------------------------------
    def make_disas_context(self, pc, flags, max_insns, ir):
        return DisasContext(self, pc, flags, max_insns, ir)

    # -- memory management ----------------------------------------------------------
    def tlb_fill(self, vaddr, access, mmu_idx):
        """Every I/O access misses the TLB and comes here first, so this also
        records the CPU whose access reaches a device next (the board's banked
        GIC registers ask ``machine.accessing_cpu``)."""
        from targets.arm import mmu
        self.machine.accessing_cpu = self
        return mmu.tlb_fill(self, vaddr, access, mmu_idx)

    def do_unaligned_access(self, vaddr, access, mmu_idx):
        from targets.arm import mmu
        mmu.raise_alignment_fault(self, vaddr, access)

    def do_transaction_failed(self, paddr, vaddr, access):
        from targets.arm import mmu
        mmu.raise_external_abort(self, vaddr, access)

    def code_fetch_failed(self, paddr, vaddr):
        from targets.arm import mmu
        mmu.raise_external_abort(self, vaddr, O.ACCESS_FETCH)

    # -- exceptions and interrupts -------------------------------------------------
    def do_interrupt(self, excp, tval=0):
        from targets.arm import excp as E
        E.do_interrupt(self, excp, tval)

    def cpu_exec_interrupt(self):
        from targets.arm import excp as E
        return E.cpu_exec_interrupt(self)

    def has_work(self):
        if self.power_off:
            return False
        return bool(self.irq_level or self.fiq_level)

    def set_irq_line(self, line, level):
        """line 0 = IRQ, 1 = FIQ (QEMU's ARM_CPU_IRQ / ARM_CPU_FIQ)."""
        level = 1 if level else 0
        if line == 0:
            self.irq_level = level
        else:
            self.fiq_level = level
        if level:
            self.exit_request()

    def raise_illegal_instruction(self, pc=None):
        raise GuestException(B.EXCP_UDEF, 0)

    def disas(self, data, pc):
        """-d in_asm and x/i: A32 or T32 as the CPU is now (a TB is
        translated for the current CPSR.T)."""
        from targets.arm.disas import disas
        return disas(data, pc & 0xFFFFFFFF, self.env.thumb)

    def in_asm_line(self, pc, raw, text):
        from targets.arm.disas import in_asm_line
        return in_asm_line(pc, raw, text, self.env.thumb)

    # -- monitor --------------------------------------------------------------------
    def dump_state(self):
        """`info registers` in QEMU's layout (integer part and PSR)."""
        lines = []
        for row in range(4):
            cells = []
            for i in range(row * 4, row * 4 + 4):
                cells.append("R%02d=%08x" % (i, self.reg(i)))
            lines.append(" ".join(cells))
        psr = self.cpsr_read()
        flags = "".join(c if psr & bit else "-" for c, bit in
                        (("N", B.CPSR_N), ("Z", B.CPSR_Z), ("C", B.CPSR_C), ("V", B.CPSR_V)))
        lines.append("PSR=%08x %s %s %s32" % (psr, flags, "T" if psr & B.CPSR_T else "A",
                                              B.MODE_NAMES.get(psr & 0x1F, "???")))
        return "\n".join(lines) + "\n"


@register_type
class CortexA15(ARMCPU):
    """Cortex-A15 r4p0 as QEMU 7.2 models it (VFPv4-D32, no Neon here)."""

    type_name = "cortex-a15-arm-cpu"
    cpu_model = "cortex-a15"
    midr = 0x414FC0F0
    ctr = 0x8444C004
    fpsid = 0x410430F0
    mvfr0 = 0x10110222
    mvfr1 = 0x11111111
    id_regs = {
        # (crn, opc1, crm, opc2) -> value
        (0, 0, 1, 0): 0x00001131,    # ID_PFR0
        (0, 0, 1, 1): 0x00011011,    # ID_PFR1
        (0, 0, 1, 2): 0x02010555,    # ID_DFR0
        (0, 0, 1, 3): 0x00000000,    # ID_AFR0
        (0, 0, 1, 4): 0x10201105,    # ID_MMFR0
        (0, 0, 1, 5): 0x20000000,    # ID_MMFR1
        (0, 0, 1, 6): 0x01240000,    # ID_MMFR2
        (0, 0, 1, 7): 0x02102211,    # ID_MMFR3
        (0, 0, 2, 0): 0x02101110,    # ID_ISAR0
        (0, 0, 2, 1): 0x13112111,    # ID_ISAR1
        (0, 0, 2, 2): 0x21232041,    # ID_ISAR2
        (0, 0, 2, 3): 0x11112131,    # ID_ISAR3
        (0, 0, 2, 4): 0x10011142,    # ID_ISAR4
        (0, 0, 2, 5): 0x00000000,    # ID_ISAR5
        (0, 1, 0, 0): 0x00000000,    # CCSIDR (read through CSSELR)
        (0, 1, 0, 1): 0x0A200023,    # CLIDR
        (0, 1, 0, 7): 0x00000000,    # AIDR
    }


# `-cpu help` listing: model name -> class
CPU_MODELS = {"cortex-a15": CortexA15}
