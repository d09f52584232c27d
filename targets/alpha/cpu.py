"""The Alpha CPU: register table, the EV67 model and the engine hooks.

:class:`AlphaCPU` plugs into the engine through the CPUState contract:
``make_disas_context`` (translation, :mod:`targets.alpha.translate`),
``tlb_fill`` (KSEG and the OSF/1 page tables, :mod:`targets.alpha.mmu`),
``do_interrupt`` / ``cpu_exec_interrupt`` / ``has_work`` (PALcode entry),
``set_irq`` (the chipset's interrupt lines) and ``dump_state``.

The register file mirrors QEMU's CPUAlphaState: ``ir`` (31 integer
registers), ``fir`` (31 FP registers, raw T-format bits), ``shadow`` (the
PALmode copies of r8..r14 and r25), ``flags`` (PAL mode, PS, RX, FEN, see
:mod:`targets.alpha.cpu_bits`) and the PALcode processor registers.  ``zero``
is a slot that always holds 0: what $31 and $f31 read.  ``fpcr`` holds the
high 32 bits of the architectural FPCR (QEMU's env->fpcr); ``fpcr_*`` are
values derived from it (rounding mode for the softfloat ops, trap enables).
``tb_flags`` = flags & TB_FLAG_MASK; ``mmu_idx`` = kernel (0) in PAL mode or
kernel mode, user (1) in user mode.
"""

from emu.cpu import CPUState
from emu.qom import register_type
from emu.regtable import Reg, RegisterTable
from emu.tcg.helpers import GuestException
from emu.tcg import ops as O

from targets.alpha import cpu_bits as B
from targets.alpha import mmu
from targets.alpha.translate import DisasContext   # the front end loads with the CPU, not in the first TB

GPR_NAMES = ("v0", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "s0", "s1",
             "s2", "s3", "s4", "s5", "fp", "a0", "a1", "a2", "a3", "a4", "a5",
             "t8", "t9", "t10", "t11", "ra", "t12", "at", "gp", "sp")

ALPHA_REGS = RegisterTable([
    Reg("pc"),
    Reg("tb_flags", migrated=False, doc="flags & TB_FLAG_MASK, derived"),
    Reg("mmu_idx", migrated=False, doc="MMU index of loads/stores, derived"),
    Reg("zero", migrated=False, doc="always 0: what $31 and $f31 read"),
    Reg("ir", 31, doc="integer registers r0..r30"),
    Reg("fir", 31, doc="floating-point registers f0..f30 (raw bits)"),
    Reg("unique", doc="process unique value (RDUNIQUE/WRUNIQUE)"),
    Reg("lock_addr", reset=-1, doc="LDx_L reservation address (-1: none)"),
    Reg("lock_value", doc="value loaded by the last LDx_L"),
    Reg("fpcr", width=32, doc="FPCR bits 63..32"),
    Reg("flags", width=32, reset=B.FLAG_PAL_MODE | B.FLAG_FEN,
        doc="PAL mode | PS << 8 | RX << 16 | FEN << 24"),
    Reg("pcc_ofs", width=32, doc="high half of the cycle counter"),
    Reg("trap_arg0"), Reg("trap_arg1"), Reg("trap_arg2"),
    Reg("exc_addr"), Reg("palbr"), Reg("ptbr"), Reg("vptptr"),
    Reg("sysval"), Reg("usp"),
    Reg("shadow", 8, doc="PALmode shadows of r8..r14 and r25"),
    Reg("scratch", 24, doc="PALcode scratch registers (IPR 40..63)"),
    Reg("alarm_expire", migrated=False, doc="QEMU's ALARM processor register"),
    Reg("fpcr_dyn_rm", migrated=False, doc="softfloat rounding mode of FPCR.DYN"),
    Reg("fpcr_exc_enable", width=32, migrated=False, doc="FPCR status bits that trap"),
    Reg("fpcr_ftz", migrated=False, doc="FPCR.UNFD && FPCR.UNDZ"),
    Reg("fpcr_dnz", migrated=False, doc="FPCR.DNZ: denormal inputs are zero"),
    Reg("fp_exc", migrated=False, doc="softfloat flags of the current FP insn"),
    Reg("fp_rm", migrated=False,
        doc="QEMU's fp_status rounding mode: set by IEEE insns, used by VAX insns"),
    Reg("fp_ftz", migrated=False,
        doc="QEMU's fp_status flush_to_zero: set by IEEE insns, used by VAX insns"),
    Reg("fp_pending", migrated=False,
        doc="softfloat flags VAX insns leave behind; the next IEEE insn reports them"),
])

_MASK64 = (1 << 64) - 1
# FPCR.DYN -> softfloat rounding mode (chopped, minus, normal, plus)
_DYN_RM = (1, 2, 0, 3)


@register_type
class AlphaCPU(CPUState):
    """An Alpha CPU running QEMU's PALcode interface."""

    type_name = "alpha-cpu"
    abstract = True
    target_name = "alpha"
    regtable = ALPHA_REGS
    model_name = "alpha"
    gdb_arch_name = "alpha"
    amask = 0
    implver = 0

    def instance_init(self):
        self.powered_on = False
        self.alarm_timer = None       # the board's QEMU-style alarm timer, if any

    def gpr_slot(self, reg):
        """The slot r<reg> names now (PAL mode uses the shadow registers)."""
        table = self.regtable
        if self.env.flags & B.FLAG_PAL_MODE:
            if 8 <= reg <= 14:
                return table.slot("shadow", reg - 8)
            if reg == 25:
                return table.slot("shadow", 7)
        return table.slot("ir", reg)

    def load_gr(self, reg):
        return 0 if reg == 31 else int(self.regs[self.gpr_slot(reg)]) & _MASK64

    # -- reset -------------------------------------------------------------------
    def reset(self):
        """Power-on state as QEMU's instance_init leaves it: PAL mode, FP
        enabled.  Like QEMU 7.2 (no Alpha reset handler), a later system
        reset leaves the architectural state alone."""
        if self.powered_on:
            self.halted = 0
            self.exception_index = -1
            self.interrupt_request = 0
            self.tlb_flush()
            return
        super().reset()
        self.powered_on = True
        self.env.zero = 0
        self.env.lock_addr = -1
        self.env.flags = B.FLAG_PAL_MODE | B.FLAG_FEN
        self.env.pc = self.reset_pc
        self.env.fpcr_dyn_rm = 0
        self.update_tb_flags()

    # -- derived state -----------------------------------------------------------
    def update_tb_flags(self):
        """Recompute tb_flags and mmu_idx from flags."""
        flags = self.env.flags
        self.env.tb_flags = flags & B.TB_FLAG_MASK
        self.env.mmu_idx = self.mmu_index()

    def mmu_index(self):
        flags = self.env.flags
        if flags & B.FLAG_PAL_MODE or not flags & B.FLAG_PS_USER:
            return B.MMU_KERNEL_IDX
        return B.MMU_USER_IDX

    def load_fpcr(self):
        """The architectural 64-bit FPCR."""
        return (self.env.fpcr & 0xFFFFFFFF) << 32

    def store_fpcr(self, value):
        """Write the FPCR and its derived values (QEMU's cpu_alpha_store_fpcr)."""
        fpcr = (value >> 32) & 0xFFFFFFFF
        env = self.env
        env.fpcr = fpcr
        env.fpcr_exc_enable = B.fpcr_exc_enable(fpcr)
        env.fpcr_dyn_rm = _DYN_RM[(fpcr & B.FPCR_DYN_MASK) >> B.FPCR_DYN_SHIFT]
        env.fpcr_ftz = 1 if (fpcr & B.FPCR_UNFD) and (fpcr & B.FPCR_UNDZ) else 0
        env.fpcr_dnz = 1 if fpcr & B.FPCR_DNZ else 0

    # -- translation -------------------------------------------------------------
    def make_disas_context(self, pc, flags, max_insns, ir):
        return DisasContext(self, pc, flags, max_insns, ir)

    # -- memory management ---------------------------------------------------------
    def tlb_fill(self, vaddr, access, mmu_idx):
        return mmu.tlb_fill(self, vaddr, access, mmu_idx)

    def do_unaligned_access(self, vaddr, access, mmu_idx):
        """Trap arguments are filled by do_interrupt once the pc is known."""
        self.env.trap_arg0 = vaddr
        raise GuestException(B.EXCP_UNALIGN, vaddr)

    def do_transaction_failed(self, paddr, vaddr, access):
        """An access that reached no device: a machine check (QEMU)."""
        self.env.trap_arg0 = vaddr
        self.env.trap_arg1 = 1 if access == O.ACCESS_STORE else 0
        raise GuestException(B.EXCP_MCHK, vaddr)

    def code_fetch_failed(self, paddr, vaddr):
        self.env.trap_arg0 = vaddr
        self.env.trap_arg1 = 0
        raise GuestException(B.EXCP_MCHK, vaddr)

    def get_phys_page_debug(self, vaddr):
        """Physical address of vaddr for gdb and the monitor, or -1; unlike
        tlb_fill it leaves the trap registers alone."""
        return mmu.get_phys_page_debug(self, vaddr)

    def tlb_flush_alpha_page(self, vaddr):
        """TBIS: drop both 4 KiB halves of the 8 KiB page at vaddr."""
        base = vaddr & ~((1 << B.ALPHA_PAGE_BITS) - 1)
        self.tlb_flush_page(base)
        self.tlb_flush_page(base + (1 << self.page_bits))

    # -- exceptions and interrupts -------------------------------------------------
    def do_interrupt(self, excp, tval=0):
        """Enter PALcode at PALBR + the exception's offset (QEMU's
        alpha_cpu_do_interrupt)."""
        env = self.env
        after = excp & B.EXCP_AFTER_INSN
        excp &= ~B.EXCP_AFTER_INSN
        pc = self.get("pc")
        if excp == B.EXCP_UNALIGN:
            insn = self.fetch_code(pc, 4)
            env.trap_arg1 = insn >> 26
            env.trap_arg2 = (insn >> 21) & 31
        if after:
            pc = (pc + 4) & _MASK64
        self.exception_index = -1
        env.exc_addr = pc | (env.flags & B.FLAG_PAL_MODE)
        env.pc = (self.get("palbr") + B.EXCP_VECTOR[excp]) & _MASK64
        env.flags = env.flags | B.FLAG_PAL_MODE
        self.update_tb_flags()

    def cpu_exec_interrupt(self):
        """Take the highest-priority interrupt the IPL allows (OSF/1 levels);
        never in PAL mode."""
        flags = self.env.flags
        if flags & B.FLAG_PAL_MODE:
            return False
        req = self.interrupt_request
        ipl = (flags >> B.FLAG_PS_SHIFT) & B.PS_INT_MASK
        idx = -1
        if ipl <= 3 and req & B.INTERRUPT_HARD:
            idx = B.EXCP_DEV_INTERRUPT
        if ipl <= 4 and req & B.INTERRUPT_TIMER:
            idx = B.EXCP_CLK_INTERRUPT
        if ipl <= 5 and req & B.INTERRUPT_SMP:
            idx = B.EXCP_SMP_INTERRUPT
        if ipl <= 6 and req & B.INTERRUPT_MCHK:
            idx = B.EXCP_MCHK
        if idx < 0:
            return False
        self.do_interrupt(idx)
        return True

    def has_work(self):
        return bool(self.interrupt_request & B.INTERRUPT_ANY)

    def set_interrupt(self, mask, level):
        """Raise or lower interrupt_request bits (chipset lines, any thread)."""
        if level:
            self.interrupt_request |= mask
            self.exit_request()
        else:
            self.interrupt_request &= ~mask

    def raise_illegal_instruction(self, pc=None):
        raise GuestException(B.EXCP_OPCDEC | B.EXCP_AFTER_INSN)

    def disas(self, data, pc):
        from targets.alpha.disas import disas
        return disas(data, pc & _MASK64)

    # -- monitor -----------------------------------------------------------------
    def dump_state(self):
        """`info registers` in QEMU's layout."""
        lines = ["PC      %016x PS      %02x" % (self.get("pc"), (self.env.flags >> 8) & 0xFF)]
        row = []
        for i in range(31):
            row.append("%-8s%016x" % (GPR_NAMES[i], self.load_gr(i)))
            if i % 3 == 2:
                lines.append(" ".join(row))
                row = []
        lines.append(" ".join(row))
        lines.append("lock_a  %016x lock_v  %016x" % (self.get("lock_addr"), self.get("lock_value")))
        return "\n".join(lines) + "\n\n"


@register_type
class EV67AlphaCPU(AlphaCPU):
    """QEMU's `ev67` (21264A): BWX, FIX, CIX, MVI, precise traps, prefetch."""

    type_name = "ev67-alpha-cpu"
    model_name = "ev67"
    amask = (B.AMASK_BWX | B.AMASK_FIX | B.AMASK_CIX | B.AMASK_MVI | B.AMASK_TRAP
             | B.AMASK_PREFETCH)
    implver = B.IMPLVER_21264


# `-cpu help` listing: model name -> class; QOM type = NAME + "-alpha-cpu".
CPU_MODELS = {"ev67": EV67AlphaCPU}


def _install_vmsd():
    from targets.alpha.machine import VMSTATE_ALPHA_CPU
    AlphaCPU.vmsd = VMSTATE_ALPHA_CPU


_install_vmsd()
