"""Architectural constants of AArch32 (ARM ARM v7-A/R, chapter B1)."""

# --- processor modes (CPSR.M) -----------------------------------------------
MODE_USR = 0x10
MODE_FIQ = 0x11
MODE_IRQ = 0x12
MODE_SVC = 0x13
MODE_MON = 0x16
MODE_ABT = 0x17
MODE_HYP = 0x1A
MODE_UND = 0x1B
MODE_SYS = 0x1F
VALID_MODES = frozenset({MODE_USR, MODE_FIQ, MODE_IRQ, MODE_SVC, MODE_ABT,
                         MODE_UND, MODE_SYS})
MODE_NAMES = {MODE_USR: "usr", MODE_FIQ: "fiq", MODE_IRQ: "irq", MODE_SVC: "svc",
              MODE_MON: "mon", MODE_ABT: "abt", MODE_HYP: "hyp", MODE_UND: "und",
              MODE_SYS: "sys"}

# QEMU's bank_number(): index into banked_r13/r14/spsr.
BANK_USRSYS, BANK_SVC, BANK_ABT, BANK_UND, BANK_IRQ, BANK_FIQ, BANK_HYP, BANK_MON = range(8)
_BANKS = {MODE_USR: BANK_USRSYS, MODE_SYS: BANK_USRSYS, MODE_SVC: BANK_SVC,
          MODE_ABT: BANK_ABT, MODE_UND: BANK_UND, MODE_IRQ: BANK_IRQ,
          MODE_FIQ: BANK_FIQ, MODE_HYP: BANK_HYP, MODE_MON: BANK_MON}


def bank_number(mode):
    return _BANKS[mode]


# --- CPSR bits --------------------------------------------------------------
CPSR_M = 0x1F
CPSR_T = 1 << 5
CPSR_F = 1 << 6
CPSR_I = 1 << 7
CPSR_A = 1 << 8
CPSR_E = 1 << 9
CPSR_IT_2_7 = 0xFC00
CPSR_GE = 0xF << 16
CPSR_IL = 1 << 20
CPSR_J = 1 << 24
CPSR_IT_0_1 = 3 << 25
CPSR_Q = 1 << 27
CPSR_V = 1 << 28
CPSR_C = 1 << 29
CPSR_Z = 1 << 30
CPSR_N = 1 << 31
CPSR_NZCV = 0xF0000000
CPSR_IT = CPSR_IT_0_1 | CPSR_IT_2_7
CPSR_EXEC = CPSR_T | CPSR_IT | CPSR_J | CPSR_IL
CPSR_USER = CPSR_NZCV | CPSR_Q | CPSR_GE          # what MSR may change in USR mode
# bits kept in the "uncached_cpsr" slot (everything that has no slot of its own)
CPSR_CACHED = CPSR_NZCV | CPSR_Q | CPSR_GE | CPSR_T | CPSR_IT

# --- exceptions (QEMU's EXCP_* numbers, for logs and vmstate) ----------------
EXCP_UDEF = 1
EXCP_SWI = 2
EXCP_PREFETCH_ABORT = 3
EXCP_DATA_ABORT = 4
EXCP_IRQ = 5
EXCP_FIQ = 6
EXCP_BKPT = 7
EXCP_HVC = 11
EXCP_SMC = 13
EXCP_VIRQ = 14
EXCP_VFIQ = 15
EXCP_SEMIHOST = 16
EXCP_NAMES = {EXCP_UDEF: "Undefined Instruction", EXCP_SWI: "SVC",
              EXCP_PREFETCH_ABORT: "Prefetch Abort", EXCP_DATA_ABORT: "Data Abort",
              EXCP_IRQ: "IRQ", EXCP_FIQ: "FIQ", EXCP_BKPT: "Breakpoint",
              EXCP_HVC: "Hypervisor Call", EXCP_SMC: "Secure Monitor Call",
              EXCP_SEMIHOST: "Semihosting call"}

# --- SCTLR bits ---------------------------------------------------------------
SCTLR_M = 1 << 0
SCTLR_A = 1 << 1
SCTLR_C = 1 << 2
SCTLR_SW = 1 << 10
SCTLR_Z = 1 << 11
SCTLR_I = 1 << 12
SCTLR_V = 1 << 13
SCTLR_AFE = 1 << 29
SCTLR_TRE = 1 << 28
SCTLR_TE = 1 << 30
SCTLR_RESET = 0x00C50078       # cortex-a15 reset value (QEMU 7.2)

# --- short-descriptor fault status codes (DFSR/IFSR FS field) ----------------
FS_ALIGNMENT = 0x01
FS_ACCESS_FLAG_SECTION = 0x03
FS_ACCESS_FLAG_PAGE = 0x06
FS_TRANSLATION_SECTION = 0x05
FS_TRANSLATION_PAGE = 0x07
FS_DOMAIN_SECTION = 0x09
FS_DOMAIN_PAGE = 0x0B
FS_PERMISSION_SECTION = 0x0D
FS_PERMISSION_PAGE = 0x0F
FS_SYNC_EXTERNAL = 0x08
FS_WALK_EXTERNAL_L1 = 0x0C
FS_WALK_EXTERNAL_L2 = 0x0E
FS_DEBUG = 0x02

# --- tb_flags layout ---------------------------------------------------------
TBF_THUMB = 1 << 0
TBF_CONDEXEC_SHIFT = 1          # 8 bits: the IT state
TBF_CONDEXEC_MASK = 0xFF << TBF_CONDEXEC_SHIFT
TBF_MODE_SHIFT = 9              # 5 bits: CPSR.M
TBF_VFPEN = 1 << 14             # FPEXC.EN and CPACR allow VFP at this PL
TBF_FZ = 1 << 15
TBF_DN = 1 << 16
TBF_ALIGN = 1 << 17             # SCTLR.A
TBF_SCTLR_TE = 1 << 18

# MMU indexes (the TLB is per index)
MMU_USER = 0
MMU_KERNEL = 1

# --- FPSCR -------------------------------------------------------------------
FPSCR_IOC, FPSCR_DZC, FPSCR_OFC, FPSCR_UFC, FPSCR_IXC, FPSCR_IDC = 1, 2, 4, 8, 16, 128
FPSCR_EXC_MASK = 0x9F
FPSCR_FZ = 1 << 24
FPSCR_DN = 1 << 25
FPSCR_RMODE_SHIFT = 22
FPSCR_NZCV = 0xF0000000
FPSCR_QC = 1 << 27
# what FPSCR keeps besides the cumulative bits (QEMU: NZCV, QC, AHP, DN, FZ,
# RMode, Stride, Len; the trap enables are RAZ/WI, FZ16 RES0 without FP16)
FPSCR_STORED = 0xFFF70000
FPEXC_EN = 1 << 30
# ARM RMode -> softfloat rounding mode (RISC-V frm encoding)
RMODE_TO_SF = (0, 3, 2, 1)      # RN, RP (up), RM (down), RZ

# --- ARM generic timer -----------------------------------------------------
GTIMER_SCALE = 16               # ns per counter tick: 62.5 MHz (QEMU)
GTIMER_PHYS = 0
GTIMER_VIRT = 1
