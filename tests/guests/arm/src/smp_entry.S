/* PSCI calls over HVC and the entry point of secondary CPUs (smp guest).
 *   int psci_call(uint32_t fn, uint32_t a1, uint32_t a2, uint32_t a3)
 *   secondary_entry: PSCI CPU_ON's entry; r0 = context id = the CPU number,
 *   which picks a 4 KiB stack in secondary_stacks, then secondary_main(n). */
    .syntax unified
    .arm
    .arch_extension virt
    .text
    .global psci_call
    .type   psci_call, %function
psci_call:
    hvc     #0
    bx      lr

    .global secondary_entry
    .type   secondary_entry, %function
secondary_entry:
    ldr     r1, =secondary_stacks
    add     r1, r1, r0, lsl #12
    add     sp, r1, #4096
    bl      secondary_main
1:  wfi
    b       1b
