/* PALcode-only instructions by encoding (EV6 formats, as QEMU decodes them):
 *   HW_MFPR  0x19: ra <- IPR[index]        HW_MTPR 0x1d: IPR[index] <- rb
 *   HW_RET   0x1e: pc <- rb (low bit: stay in PAL mode)
 * QEMU's processor registers used here: 0 PS, 3..5 trap_arg0..2,
 * 6 exc_addr, 7 palbr, 252 HALT (0: power off, else reset).           */
#ifndef PAL_H
#define PAL_H
#define IPR_PS        0
#define IPR_TRAP_ARG0 3
#define IPR_TRAP_ARG1 4
#define IPR_TRAP_ARG2 5
#define IPR_EXC_ADDR  6
#define IPR_PALBR     7
#define IPR_HALT      252

#ifdef __ASSEMBLER__
#define HW_MFPR(ra, ipr)  .long (0x19 << 26) | ((ra) << 21) | (31 << 16) | (ipr)
#define HW_MTPR(rb, ipr)  .long (0x1d << 26) | (31 << 21) | ((rb) << 16) | (ipr)
#define HW_RET(rb)        .long (0x1e << 26) | (31 << 21) | ((rb) << 16)
#else
#define STR_(x) #x
#define STR(x) STR_(x)
#define MFPR(ipr) ({ register unsigned long __v __asm__("$0"); \
    __asm__ volatile(".long (0x19 << 26) | (0 << 21) | (31 << 16) | " STR(ipr) : "=r"(__v)); __v; })
#define MTPR(ipr, val) do { register unsigned long __v __asm__("$16") = (val); \
    __asm__ volatile(".long (0x1d << 26) | (31 << 21) | (16 << 16) | " STR(ipr) :: "r"(__v) : "memory"); } while (0)
#endif
#endif
