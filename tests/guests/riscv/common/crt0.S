/* Start-up code shared by all riscv test guests.
 * Entered in M-mode at 0x80000000 (virt reset ROM: a0 = hartid, a1 = dtb;
 * spike: a0 = hartid).  Parks every hart but 0, enables the FPU
 * (mstatus.FS = Initial), installs the default M-mode trap vector, clears
 * .bss, calls main() and exits with its return value. */
#include "asm.h"

    .file "crt0.S"

    .section .text.init, "ax", @progbits
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    csrr    t0, mhartid
    bnez    t0, park
    la      sp, __stack_top
    li      t0, (1 << 13)           /* mstatus.FS = Initial */
    csrs    mstatus, t0
    csrwi   fcsr, 0
    la      t0, trap_entry
    csrw    mtvec, t0
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    REG_S   zero, 0(t0)
    addi    t0, t0, REGBYTES
    j       1b
2:  call    main
    call    exit
park:
#ifdef SECONDARY_ENTRY
    /* Multi-hart guests (-DSECONDARY_ENTRY=fn): once hart 0 sets smp_go
     * (after clearing .bss), hart n runs fn(n) on its own 4 KiB stack
     * from smp_stacks[]. */
    la      t1, smp_go
1:  lw      t2, 0(t1)
    beqz    t2, 1b
    la      sp, smp_stacks
    addi    t1, t0, 1
    slli    t1, t1, 12
    add     sp, sp, t1
    la      t1, trap_entry
    csrw    mtvec, t1
    mv      a0, t0
    call    SECONDARY_ENTRY
#endif
1:  wfi
    j       1b

/* Trap entries: save x1..x31 in a frame of 32 words on the current stack
 * (frame[i] = x[i], frame[2] = sp before the trap), call HANDLER(frame) and
 * restore every register from the frame, so a handler may change registers
 * (and mepc/sepc) before returning with mret/sret. */
.macro TRAP_ENTRY name, handler, ret
    .text
    .balign 4
    .globl \name
\name:
    addi    sp, sp, -32*REGBYTES
    REG_S   x1, 1*REGBYTES(sp)
    REG_S   x3, 3*REGBYTES(sp)
    REG_S   x4, 4*REGBYTES(sp)
    REG_S   x5, 5*REGBYTES(sp)
    REG_S   x6, 6*REGBYTES(sp)
    REG_S   x7, 7*REGBYTES(sp)
    REG_S   x8, 8*REGBYTES(sp)
    REG_S   x9, 9*REGBYTES(sp)
    REG_S   x10, 10*REGBYTES(sp)
    REG_S   x11, 11*REGBYTES(sp)
    REG_S   x12, 12*REGBYTES(sp)
    REG_S   x13, 13*REGBYTES(sp)
    REG_S   x14, 14*REGBYTES(sp)
    REG_S   x15, 15*REGBYTES(sp)
    REG_S   x16, 16*REGBYTES(sp)
    REG_S   x17, 17*REGBYTES(sp)
    REG_S   x18, 18*REGBYTES(sp)
    REG_S   x19, 19*REGBYTES(sp)
    REG_S   x20, 20*REGBYTES(sp)
    REG_S   x21, 21*REGBYTES(sp)
    REG_S   x22, 22*REGBYTES(sp)
    REG_S   x23, 23*REGBYTES(sp)
    REG_S   x24, 24*REGBYTES(sp)
    REG_S   x25, 25*REGBYTES(sp)
    REG_S   x26, 26*REGBYTES(sp)
    REG_S   x27, 27*REGBYTES(sp)
    REG_S   x28, 28*REGBYTES(sp)
    REG_S   x29, 29*REGBYTES(sp)
    REG_S   x30, 30*REGBYTES(sp)
    REG_S   x31, 31*REGBYTES(sp)
    addi    t0, sp, 32*REGBYTES
    REG_S   t0, 2*REGBYTES(sp)
    mv      a0, sp
    call    \handler
    REG_L   x1, 1*REGBYTES(sp)
    REG_L   x3, 3*REGBYTES(sp)
    REG_L   x4, 4*REGBYTES(sp)
    REG_L   x5, 5*REGBYTES(sp)
    REG_L   x6, 6*REGBYTES(sp)
    REG_L   x7, 7*REGBYTES(sp)
    REG_L   x8, 8*REGBYTES(sp)
    REG_L   x9, 9*REGBYTES(sp)
    REG_L   x10, 10*REGBYTES(sp)
    REG_L   x11, 11*REGBYTES(sp)
    REG_L   x12, 12*REGBYTES(sp)
    REG_L   x13, 13*REGBYTES(sp)
    REG_L   x14, 14*REGBYTES(sp)
    REG_L   x15, 15*REGBYTES(sp)
    REG_L   x16, 16*REGBYTES(sp)
    REG_L   x17, 17*REGBYTES(sp)
    REG_L   x18, 18*REGBYTES(sp)
    REG_L   x19, 19*REGBYTES(sp)
    REG_L   x20, 20*REGBYTES(sp)
    REG_L   x21, 21*REGBYTES(sp)
    REG_L   x22, 22*REGBYTES(sp)
    REG_L   x23, 23*REGBYTES(sp)
    REG_L   x24, 24*REGBYTES(sp)
    REG_L   x25, 25*REGBYTES(sp)
    REG_L   x26, 26*REGBYTES(sp)
    REG_L   x27, 27*REGBYTES(sp)
    REG_L   x28, 28*REGBYTES(sp)
    REG_L   x29, 29*REGBYTES(sp)
    REG_L   x30, 30*REGBYTES(sp)
    REG_L   x31, 31*REGBYTES(sp)
    REG_L   x2, 2*REGBYTES(sp)
    \ret
.endm

TRAP_ENTRY trap_entry, handle_trap, mret
TRAP_ENTRY strap_entry, handle_strap, sret
