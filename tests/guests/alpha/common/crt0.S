/* Start-up for PAL-mode guests (-bios x.elf on the clipper board).
 * QEMU starts the CPU at the ELF entry in PAL mode with PALBR = entry, so
 * this file is also the PAL vector table: each exception enters at
 * PALBR + offset (0x280 MMFAULT, 0x300 UNALIGN, 0x380 OPCDEC, 0x400 ARITH,
 * 0x480 FEN, 0x1000 + 64*n privileged CALL_PAL n, 0x2000 + 64*(n-0x80)
 * unprivileged CALL_PAL n).  Every vector saves the state and calls
 * pal_trap(vector) in C; see lib.c.                                      */
#include "pal.h"
        .set noreorder
        .set noat
        .section .text.start, "ax"
        .globl _start
_start:                                 /* 0x0000: reset */
        br      $27, 1f
1:      ldah    $29, 0($27)     !gpdisp!1
        lda     $29, 0($29)     !gpdisp!1
        ldah    $30, stack_top($29)  !gprelhigh
        lda     $30, stack_top($30)  !gprellow
        lda     $27, main
        jsr     $26, ($27)
        mov     $0, $16
        lda     $27, guest_exit
        jsr     $26, ($27)
2:      br      2b

#define VECTOR(off)             \
        .org    off;            \
        lda     $30, -16($30);  \
        stq     $16, 0($30);    \
        lda     $16, off;       \
        br      pal_vector

        VECTOR(0x0080)
        VECTOR(0x0100)
        VECTOR(0x0180)
        VECTOR(0x0200)
        VECTOR(0x0280)
        VECTOR(0x0300)
        VECTOR(0x0380)
        VECTOR(0x0400)
        VECTOR(0x0480)

pal_vector:                     /* $16 = vector; save caller-saved state */
        lda     $30, -256($30)
        stq     $0, 0($30)
        stq     $1, 8($30)
        stq     $2, 16($30)
        stq     $3, 24($30)
        stq     $4, 32($30)
        stq     $5, 40($30)
        stq     $6, 48($30)
        stq     $7, 56($30)
        stq     $8, 64($30)
        stq     $17, 72($30)
        stq     $18, 80($30)
        stq     $19, 88($30)
        stq     $20, 96($30)
        stq     $21, 104($30)
        stq     $22, 112($30)
        stq     $23, 120($30)
        stq     $24, 128($30)
        stq     $25, 136($30)
        stq     $26, 144($30)
        stq     $27, 152($30)
        stq     $28, 160($30)
        stq     $29, 168($30)
        br      $27, 1f
1:      ldah    $29, 0($27)     !gpdisp!2
        lda     $29, 0($29)     !gpdisp!2
        lda     $27, pal_trap
        jsr     $26, ($27)      /* returns the address to resume at */
        HW_MTPR(0, IPR_EXC_ADDR)
        ldq     $0, 0($30)
        ldq     $1, 8($30)
        ldq     $2, 16($30)
        ldq     $3, 24($30)
        ldq     $4, 32($30)
        ldq     $5, 40($30)
        ldq     $6, 48($30)
        ldq     $7, 56($30)
        ldq     $8, 64($30)
        ldq     $17, 72($30)
        ldq     $18, 80($30)
        ldq     $19, 88($30)
        ldq     $20, 96($30)
        ldq     $21, 104($30)
        ldq     $22, 112($30)
        ldq     $23, 120($30)
        ldq     $24, 128($30)
        ldq     $25, 136($30)
        ldq     $26, 144($30)
        ldq     $27, 152($30)
        ldq     $28, 160($30)
        ldq     $29, 168($30)
        lda     $30, 256($30)
        ldq     $16, 0($30)
        lda     $30, 16($30)
        HW_RET(31)              /* rb = 31: return to EXC_ADDR (QEMU) */

        /* CALL_PAL entries: privileged 0x00..0x3f, unprivileged 0x80..0xbf */
        .org    0x2000 + (0xaa - 0x80) * 64        /* CALL_PAL 0xaa (gentrap) */
        lda     $30, -16($30)
        stq     $16, 0($30)
        lda     $16, 0xaa
        br      pal_vector

        .globl guest_halt
guest_halt:                     /* $16 = value for the HALT register */
        HW_MTPR(16, IPR_HALT)
3:      br      3b

        .bss
        .align  4
        .space  65536
stack_top:
