/* Hand-written RVC code for the `compressed` guest.
 * ureg *compressed_run(ureg *out): writes one XLEN word per result into
 * out[] (see the label table in compressed.c) and returns the end pointer.
 * Everything between the prologue and epilogue uses explicit c.* forms. */
#include "asm.h"

    .file "compressed_asm.S"

#if __riscv_xlen == 64
#define OUT(r)  c.sd r, 0(a0); c.addi a0, 8
#else
#define OUT(r)  c.sw r, 0(a0); c.addi a0, 4
#endif

    .data
    .balign 8
dconst:  .double -2.5
fconst:  .float  1.75
    .balign 8
scratch: .zero 16

    .text
    .globl compressed_run
    .balign 4
compressed_run:
    c.addi16sp sp, -64
#if __riscv_xlen == 64
    c.sdsp  s0, 0(sp)
    c.sdsp  s1, 8(sp)
    c.sdsp  ra, 16(sp)
#else
    c.swsp  s0, 0(sp)
    c.swsp  s1, 4(sp)
    c.swsp  ra, 8(sp)
#endif
    /* constants and immediates */
    c.li    a1, -17
    OUT(a1)                         /* 0 c.li -17 */
    c.lui   a2, 0x1f
    OUT(a2)                         /* 1 c.lui 0x1f */
    c.lui   a3, 0xfffe0
    OUT(a3)                         /* 2 c.lui 0xfffe0 (-32) */
    c.addi  a1, 31
    OUT(a1)                         /* 3 c.addi 31 */
    c.slli  a2, 7
    OUT(a2)                         /* 4 c.slli 7 */
    c.srli  a3, 3
    OUT(a3)                         /* 5 c.srli 3 */
    c.lui   a3, 0xfffe0
    c.srai  a3, 4
    OUT(a3)                         /* 6 c.srai 4 */
    c.li    a1, 30
    c.andi  a1, -6
    OUT(a1)                         /* 7 c.andi -6 */
    c.li    a4, 25
    c.li    a5, 10
    c.sub   a4, a5
    OUT(a4)                         /* 8 c.sub */
    c.xor   a4, a5
    OUT(a4)                         /* 9 c.xor */
    c.or    a4, a5
    OUT(a4)                         /* 10 c.or */
    c.li    a5, 6
    c.and   a4, a5
    OUT(a4)                         /* 11 c.and */
#if __riscv_xlen == 64
    c.lui   a4, 0x1f
    c.slli  a4, 18
    c.addw  a4, a4
    OUT(a4)                         /* 12 c.addw overflow */
    c.li    a5, -1
    c.subw  a4, a5
    OUT(a4)                         /* 13 c.subw */
    c.li    a4, -1
    c.srli  a4, 33
    c.addiw a4, 1
    OUT(a4)                         /* 14 c.addiw overflow */
    c.li    a4, -1
    c.srli  a4, 40
    OUT(a4)                         /* 15 c.srli 40 */
#else
    c.lui   a4, 0x1f
    c.slli  a4, 18
    c.add   a4, a4
    OUT(a4)                         /* 12 c.add overflow */
    c.li    a5, -1
    c.sub   a4, a5
    OUT(a4)                         /* 13 c.sub */
    c.li    a4, -1
    c.srli  a4, 1
    c.addi  a4, 1
    OUT(a4)                         /* 14 c.addi overflow */
    c.li    a4, -1
    c.srli  a4, 20
    OUT(a4)                         /* 15 c.srli 20 */
#endif
    /* moves and adds on any register */
    c.li    t1, 9
    c.mv    s0, t1
    c.add   s0, a2
    OUT(s0)                         /* 16 c.mv + c.add */
    c.li    t2, 0
    c.addi  t2, -1
    c.mv    s1, t2
    OUT(s1)                         /* 17 c.addi to -1 */
    /* stack pointer forms */
    c.addi4spn s1, sp, 24
    c.mv    a5, s1
    c.li    a4, 0
    c.add   a4, sp
    c.sub   a5, a4
    OUT(a5)                         /* 18 c.addi4spn 24 - sp */
    c.mv    a4, sp
    c.addi16sp sp, -48
    c.mv    a5, sp
    c.addi16sp sp, 48
    c.sub   a4, a5
    OUT(a4)                         /* 19 c.addi16sp delta */
    c.li    a1, -5
#if __riscv_xlen == 64
    c.sdsp  a1, 32(sp)
    c.ldsp  a2, 32(sp)
    OUT(a2)                         /* 20 c.sdsp/c.ldsp */
#else
    c.swsp  a1, 32(sp)
    c.lwsp  a2, 32(sp)
    OUT(a2)                         /* 20 c.swsp/c.lwsp */
#endif
    c.swsp  a1, 40(sp)
    c.lwsp  a3, 40(sp)
    OUT(a3)                         /* 21 c.swsp/c.lwsp */
    /* register-based loads and stores */
    la      s1, scratch
    c.lui   a1, 0x12
    c.addi  a1, 7
    c.sw    a1, 4(s1)
    c.lw    a3, 4(s1)
    OUT(a3)                         /* 22 c.sw/c.lw */
#if __riscv_xlen == 64
    c.li    a1, -3
    c.sd    a1, 8(s1)
    c.ld    a3, 8(s1)
    OUT(a3)                         /* 23 c.sd/c.ld */
#else
    c.li    a1, -3
    c.sw    a1, 8(s1)
    c.lw    a3, 8(s1)
    OUT(a3)                         /* 23 c.sw/c.lw */
#endif
    /* floating point loads/stores */
    la      a4, dconst
    c.fld   fa0, 0(a4)
    c.fsd   fa0, 8(s1)
    c.fldsp fa1, 0(sp)              /* reload saved s0 bits as a double */
    c.fsdsp fa0, 48(sp)
#if __riscv_xlen == 64
    c.ld    a3, 8(s1)
    OUT(a3)                         /* 24 c.fld/c.fsd bits */
    c.ldsp  a3, 48(sp)
    OUT(a3)                         /* 25 c.fsdsp bits */
#else
    c.lw    a3, 12(s1)
    OUT(a3)                         /* 24 c.fld/c.fsd high word */
    c.lwsp  a3, 52(sp)
    OUT(a3)                         /* 25 c.fsdsp high word */
    la      a4, fconst
    c.flw   fa2, 0(a4)
    c.fsw   fa2, 0(s1)
    c.fswsp fa2, 44(sp)
    c.flwsp fa3, 44(sp)
    c.lw    a3, 0(s1)
    OUT(a3)                         /* 26 c.flw/c.fsw bits */
    fmv.x.w a3, fa3
    OUT(a3)                         /* 27 c.flwsp bits */
#endif
    /* control flow */
    c.li    a1, 10
    c.li    a2, 0
1:  c.add   a2, a1
    c.addi  a1, -1
    c.bnez  a1, 1b
    OUT(a2)                         /* c.bnez loop sum 1..10 */
    c.li    a3, 0
    c.beqz  a3, 2f
    c.li    a3, 7
2:  c.j     3f
    c.li    a3, 9
3:  OUT(a3)                         /* c.beqz/c.j skipped both */
    c.li    a3, 1
    la      a5, sub_add3
    c.jalr  a5
    OUT(a3)                         /* c.jalr -> 4 */
#if __riscv_xlen == 32
    c.jal   sub_add3
    OUT(a3)                         /* c.jal -> 7 */
#endif
    c.nop
    /* 32-bit instruction straddling a page boundary */
    c.li    a1, 0
    call    straddle_fn
    OUT(a1)                         /* straddle addi -> 0x123 */
    /* epilogue */
#if __riscv_xlen == 64
    c.ldsp  s0, 0(sp)
    c.ldsp  s1, 8(sp)
    c.ldsp  ra, 16(sp)
#else
    c.lwsp  s0, 0(sp)
    c.lwsp  s1, 4(sp)
    c.lwsp  ra, 8(sp)
#endif
    c.addi16sp sp, 64
    c.jr    ra

sub_add3:
    c.addi  a3, 3
    c.jr    ra

    .section .text.straddle, "ax", @progbits
    .balign 4096
straddle_page:
    .fill   2046, 2, 0x0001         /* c.nop, never executed */
    .globl straddle_fn
straddle_fn:                        /* page offset 0xffc */
    c.nop
    .option push
    .option norvc
    addi    a1, a1, 0x123           /* bytes 0xffe..0x1001 */
    .option pop
    c.jr    ra
