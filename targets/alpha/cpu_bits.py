"""Alpha architectural constants as QEMU's Alpha target uses them.

The ``flags`` register packs QEMU's env->flags bytes: PAL mode (bit 0), PS
(byte 1: IPL in bits 8..10, user mode bit 11), the RX flag (byte 2) and FEN
(byte 3).  TB flags are flags & TB_FLAG_MASK.
"""

# flags register
FLAG_PAL_SHIFT = 0
FLAG_PS_SHIFT = 8
FLAG_RX_SHIFT = 16
FLAG_FEN_SHIFT = 24
FLAG_PAL_MODE = 1 << FLAG_PAL_SHIFT
PS_INT_MASK = 7
PS_USER_MODE = 8
FLAG_PS_USER = PS_USER_MODE << FLAG_PS_SHIFT
FLAG_FEN = 1 << FLAG_FEN_SHIFT
TB_FLAG_MASK = FLAG_PAL_MODE | FLAG_PS_USER | FLAG_FEN

# MMU indexes
MMU_KERNEL_IDX = 0
MMU_USER_IDX = 1
MMU_PHYS_IDX = 2

# amask bits and the EV67 configuration
AMASK_BWX = 0x1
AMASK_FIX = 0x2
AMASK_CIX = 0x4
AMASK_MVI = 0x100
AMASK_TRAP = 0x200
AMASK_PREFETCH = 0x1000
IMPLVER_21264 = 2

# Exceptions (QEMU's numbering) and their PALcode entry offsets
EXCP_RESET = 0
EXCP_MCHK = 1
EXCP_SMP_INTERRUPT = 2
EXCP_CLK_INTERRUPT = 3
EXCP_DEV_INTERRUPT = 4
EXCP_MMFAULT = 5
EXCP_UNALIGN = 6
EXCP_OPCDEC = 7
EXCP_ARITH = 8
EXCP_FEN = 9
EXCP_NAMES = ("reset", "mchk", "smp_interrupt", "clk_interrupt", "dev_interrupt",
              "mmfault", "unalign", "opcdec", "arith", "fen")
EXCP_VECTOR = (0x0000, 0x0080, 0x0100, 0x0180, 0x0200, 0x0280, 0x0300, 0x0380,
               0x0400, 0x0480)
# Or'ed into an exception number: the exception reports the address of the
# *next* instruction (QEMU: gen_excp after pc_next, and arithmetic traps).
EXCP_AFTER_INSN = 0x100

# CALL_PAL entries relative to PALBR
def call_pal_entry(number):
    if number & 0x80:
        return 0x2000 + (number - 0x80) * 64
    return 0x1000 + number * 64

# interrupt_request bits
INTERRUPT_HARD = 0x0002
INTERRUPT_TIMER = 0x0800
INTERRUPT_SMP = 0x1000
INTERRUPT_MCHK = 0x2000
INTERRUPT_ANY = INTERRUPT_HARD | INTERRUPT_TIMER | INTERRUPT_SMP | INTERRUPT_MCHK

# OSF/1 page table entry bits
PTE_VALID = 0x0001
PTE_FOR = 0x0002
PTE_FOW = 0x0004
PTE_FOE = 0x0008
PTE_ASM = 0x0010
PTE_KRE = 0x0100
PTE_URE = 0x0200
PTE_KWE = 0x1000
PTE_UWE = 0x2000

# entMM fault codes
MM_K_TNV = 0
MM_K_ACV = 1
MM_K_FOR = 2
MM_K_FOE = 3
MM_K_FOW = 4

# entArith exception summary bits
EXC_M_SWC = 1
EXC_M_INV = 2
EXC_M_DZE = 4
EXC_M_FOV = 8
EXC_M_UNF = 16
EXC_M_INE = 32
EXC_M_IOV = 64

# Alpha pages are 8 KiB; the engine's TLB works on 4 KiB pieces of them.
ALPHA_PAGE_BITS = 13
VIRT_ADDR_BITS = 30 + ALPHA_PAGE_BITS

# Processor registers reached with HW_MFPR / HW_MTPR (QEMU's numbering)
PR_PS = 0
PR_FEN = 1
PR_PCC_OFS = 2
PR_TRAP_ARG0 = 3
PR_TRAP_ARG1 = 4
PR_TRAP_ARG2 = 5
PR_EXC_ADDR = 6
PR_PALBR = 7
PR_PTBR = 8
PR_VPTPTR = 9
PR_UNIQUE = 10
PR_SYSVAL = 11
PR_USP = 12
PR_SCRATCH0 = 40          # 40..63: scratch[0..23]
PR_VMTIME = 249
PR_WALLTIME = 250
PR_ALARM = 251
PR_HALT = 252
PR_WAIT = 253
PR_TBIS = 254
PR_TBIA = 255

# FPCR (high 32 bits of the architectural register, as QEMU stores it)
FPCR_SUM = 1 << 31
FPCR_INED = 1 << 30
FPCR_UNFD = 1 << 29
FPCR_UNDZ = 1 << 28
FPCR_DYN_SHIFT = 26
FPCR_DYN_MASK = 3 << FPCR_DYN_SHIFT
FPCR_IOV = 1 << 25
FPCR_INE = 1 << 24
FPCR_UNF = 1 << 23
FPCR_OVF = 1 << 22
FPCR_DZE = 1 << 21
FPCR_INV = 1 << 20
FPCR_OVFD = 1 << 19
FPCR_DZED = 1 << 18
FPCR_INVD = 1 << 17
FPCR_DNZ = 1 << 16
FPCR_DNOD = 1 << 15
FPCR_STATUS_MASK = FPCR_IOV | FPCR_INE | FPCR_UNF | FPCR_OVF | FPCR_DZE | FPCR_INV


def fpcr_exc_enable(fpcr):
    """The FPCR status bits whose traps are enabled (no xxxD disable bit)."""
    disabled = 0
    for dis, status in ((FPCR_INED, FPCR_INE), (FPCR_UNFD, FPCR_UNF), (FPCR_OVFD, FPCR_OVF),
                        (FPCR_DZED, FPCR_DZE), (FPCR_INVD, FPCR_INV)):
        if fpcr & dis:
            disabled |= status
    return ~disabled & FPCR_STATUS_MASK
