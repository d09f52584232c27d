/* Start-up for kernel-mode guests (-kernel x.elf under palcode-clipper).
 * The firmware enters _start in kernel mode; the guest ends with
 * CALL_PAL HALT (0x00), which powers the machine off.                 */
        .set noreorder
        .set noat
        .section .text.start, "ax"
        .globl _start
_start:
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

        .globl guest_halt
guest_halt:
        call_pal 0x0            /* HALT */
3:      br      3b

        .bss
        .align  4
        .space  65536
stack_top:
