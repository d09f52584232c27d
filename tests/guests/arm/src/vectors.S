/* Exception vectors for the guests that take exceptions (mmu, timer_irq, irq_vfp).
 *
 *   void vectors_install(void)   stacks for abort/undef/IRQ mode, VBAR = vectors
 *
 * The handlers are C functions the guest defines:
 *   void data_abort(uint32_t *frame)   frame = {r0-r3, r12, pc of the fault};
 *                                      the return goes to frame[5]
 *   void irq(void)
 *   void unexpected(int vector, uint32_t lr)   any other exception (no return)
 */
    .syntax unified
    .arm
    .text
    .align  5
    .global vectors
vectors:
    b       reset_entry
    b       undef_entry
    b       svc_entry
    b       pabt_entry
    b       dabt_entry
    b       reset_entry                 @ unused slot
    b       irq_entry
    b       fiq_entry

reset_entry:    mov r0, #0
                b   unexpected_entry
undef_entry:    mov r0, #1
                b   unexpected_entry
svc_entry:      mov r0, #2
                b   unexpected_entry
pabt_entry:     mov r0, #3
                b   unexpected_entry
fiq_entry:      mov r0, #7
unexpected_entry:
    mov     r1, lr
    bl      unexpected
1:  b       1b

dabt_entry:
    sub     lr, lr, #8                  @ the faulting instruction
    push    {r0-r3, r12, lr}
    mov     r0, sp
    bl      data_abort
    pop     {r0-r3, r12, lr}
    movs    pc, lr

irq_entry:
    sub     lr, lr, #4
    push    {r0-r3, r12, lr}
    bl      irq
    pop     {r0-r3, r12, lr}
    movs    pc, lr

    .global vectors_install
vectors_install:
    mrs     r2, cpsr
    ldr     r1, =__irq_stack_top
    cps     #0x12                       @ IRQ
    mov     sp, r1
    sub     r1, r1, #0x1000
    cps     #0x17                       @ abort
    mov     sp, r1
    sub     r1, r1, #0x1000
    cps     #0x1b                       @ undefined
    mov     sp, r1
    msr     cpsr_c, r2
    ldr     r0, =vectors
    mcr     p15, 0, r0, c12, c0, 0      @ VBAR
    isb
    bx      lr
