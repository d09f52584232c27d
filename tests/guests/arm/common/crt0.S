/* Start-up for the arm virt guests: stacks, bss, VFP on, main(), exit through
 * semihosting SYS_EXIT_EXTENDED with main's return value.  ARM code; main may
 * be Thumb (the linker turns BL into BLX for %function symbols). */
    .syntax unified
    .arm
    .section .text.start, "ax"
    .global _start
    .type   _start, %function
_start:
    ldr     sp, =__stack_top
    ldr     r0, =__bss_start
    ldr     r1, =__bss_end
    mov     r2, #0
1:  cmp     r0, r1
    strlo   r2, [r0], #4
    blo     1b
    mrc     p15, 0, r0, c1, c0, 2       @ CPACR: full access to cp10/cp11
    orr     r0, r0, #(0xf << 20)
    mcr     p15, 0, r0, c1, c0, 2
    isb
    mov     r0, #0x40000000             @ FPEXC.EN
    .fpu    vfpv3
    vmsr    fpexc, r0
    bl      main
    bl      semi_exit
2:  b       2b

    .text
    .global semi_call
    .type   semi_call, %function        @ so Thumb callers get a BLX
/* int semi_call(int op, void *arg): svc 0x123456 (ARM state). */
semi_call:
    svc     0x123456
    bx      lr
