"""RISC-V architectural constants: CSR numbers, status bits, trap causes.

Names follow the privileged specification.  Everything that several
modules of the target share lives here, so that no number is written twice.
"""

# --- privilege levels ----------------------------------------------------
PRV_U, PRV_S, PRV_M = 0, 1, 3
PRIV_NAMES = {PRV_U: "U", PRV_S: "S", PRV_M: "M"}

# --- MMU indexes (the `mmu_idx` slot; TLB entries are kept per index) -----
MMUIDX_U = 0          # user data/fetch, translated when satp.MODE != bare
MMUIDX_S = 1          # supervisor, translated when satp.MODE != bare
MMUIDX_M = 3          # machine: never translated

# --- misa ---------------------------------------------------------------
def misa_bit(letter):
    return 1 << (ord(letter) - ord("A"))


MXL_32, MXL_64 = 1, 2

# --- mstatus -------------------------------------------------------------
MSTATUS_SIE = 1 << 1
MSTATUS_MIE = 1 << 3
MSTATUS_SPIE = 1 << 5
MSTATUS_UBE = 1 << 6
MSTATUS_MPIE = 1 << 7
MSTATUS_SPP = 1 << 8
MSTATUS_VS = 3 << 9
MSTATUS_MPP_SHIFT = 11
MSTATUS_MPP = 3 << 11
MSTATUS_FS_SHIFT = 13
MSTATUS_FS = 3 << 13
MSTATUS_XS = 3 << 15
MSTATUS_MPRV = 1 << 17
MSTATUS_SUM = 1 << 18
MSTATUS_MXR = 1 << 19
MSTATUS_TVM = 1 << 20
MSTATUS_TW = 1 << 21
MSTATUS_TSR = 1 << 22
MSTATUS_UXL = 3 << 32
MSTATUS_SXL = 3 << 34
MSTATUS32_SD = 1 << 31
MSTATUS64_SD = 1 << 63

FS_OFF, FS_INITIAL, FS_CLEAN, FS_DIRTY = 0, 1, 2, 3

# bits of mstatus visible through sstatus
SSTATUS_MASK = (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_UBE | MSTATUS_SPP |
                MSTATUS_VS | MSTATUS_FS | MSTATUS_XS | MSTATUS_SUM |
                MSTATUS_MXR)

# --- interrupts (bit numbers in mip/mie; cause codes) ----------------------
IRQ_S_SOFT, IRQ_M_SOFT = 1, 3
IRQ_S_TIMER, IRQ_M_TIMER = 5, 7
MENVCFG_STCE = 1 << 63            # Sstc: stimecmp enabled below M
IRQ_S_EXT, IRQ_M_EXT = 9, 11

MIP_SSIP = 1 << IRQ_S_SOFT
MIP_MSIP = 1 << IRQ_M_SOFT
MIP_STIP = 1 << IRQ_S_TIMER
MIP_MTIP = 1 << IRQ_M_TIMER
MIP_SEIP = 1 << IRQ_S_EXT
MIP_MEIP = 1 << IRQ_M_EXT

S_MODE_INTERRUPTS = MIP_SSIP | MIP_STIP | MIP_SEIP
M_MODE_INTERRUPTS = MIP_MSIP | MIP_MTIP | MIP_MEIP
ALL_INTERRUPTS = S_MODE_INTERRUPTS | M_MODE_INTERRUPTS

# Order in which simultaneously pending interrupts are taken
# (privileged spec 3.1.9: MEI, MSI, MTI, SEI, SSI, STI).
IRQ_PRIORITY = (IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER,
                IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER)

# --- exceptions (mcause codes with the interrupt bit clear) --------------
EXCP_INST_ADDR_MIS = 0
EXCP_INST_ACCESS_FAULT = 1
EXCP_ILLEGAL_INST = 2
EXCP_BREAKPOINT = 3
EXCP_LOAD_ADDR_MIS = 4
EXCP_LOAD_ACCESS_FAULT = 5
EXCP_STORE_AMO_ADDR_MIS = 6
EXCP_STORE_AMO_ACCESS_FAULT = 7
EXCP_U_ECALL = 8
EXCP_S_ECALL = 9
EXCP_M_ECALL = 11
EXCP_INST_PAGE_FAULT = 12
EXCP_LOAD_PAGE_FAULT = 13
EXCP_STORE_PAGE_FAULT = 15

# do_interrupt() receives `cause | EXCP_INT_FLAG` for interrupts.
EXCP_INT_FLAG = 1 << 31

# Exceptions the hardware may delegate (medeleg writable bits, as QEMU).
DELEGABLE_EXCPS = ((1 << EXCP_INST_ADDR_MIS) | (1 << EXCP_INST_ACCESS_FAULT) |
                   (1 << EXCP_ILLEGAL_INST) | (1 << EXCP_BREAKPOINT) |
                   (1 << EXCP_LOAD_ADDR_MIS) | (1 << EXCP_LOAD_ACCESS_FAULT) |
                   (1 << EXCP_STORE_AMO_ADDR_MIS) |
                   (1 << EXCP_STORE_AMO_ACCESS_FAULT) | (1 << EXCP_U_ECALL) |
                   (1 << EXCP_S_ECALL) | (1 << EXCP_INST_PAGE_FAULT) |
                   (1 << EXCP_LOAD_PAGE_FAULT) | (1 << EXCP_STORE_PAGE_FAULT))

# Exceptions whose xtval is the faulting address.
ADDRESS_EXCPS = frozenset((EXCP_INST_ADDR_MIS, EXCP_INST_ACCESS_FAULT,
                           EXCP_LOAD_ADDR_MIS, EXCP_LOAD_ACCESS_FAULT,
                           EXCP_STORE_AMO_ADDR_MIS, EXCP_STORE_AMO_ACCESS_FAULT,
                           EXCP_INST_PAGE_FAULT, EXCP_LOAD_PAGE_FAULT,
                           EXCP_STORE_PAGE_FAULT))

# --- satp ----------------------------------------------------------------
SATP_MODE_BARE = 0
SATP32_MODE_SV32 = 1
SATP64_MODE_SV39, SATP64_MODE_SV48, SATP64_MODE_SV57 = 8, 9, 10

# --- page table entries ----------------------------------------------------
PTE_V, PTE_R, PTE_W, PTE_X = 1, 2, 4, 8
PTE_U, PTE_G, PTE_A, PTE_D = 16, 32, 64, 128

# --- PMP -------------------------------------------------------------------
PMP_R, PMP_W, PMP_X = 1, 2, 4
PMP_A_SHIFT = 3
PMP_A_OFF, PMP_A_TOR, PMP_A_NA4, PMP_A_NAPOT = 0, 1, 2, 3
PMP_L = 0x80
MAX_PMP = 16

# --- protection bits returned by tlb_fill ------------------------------------
PAGE_READ, PAGE_WRITE, PAGE_EXEC = 1, 2, 4

# --- floating point ---------------------------------------------------------
FFLAGS_MASK = 0x1F
RM_DYN = 7
