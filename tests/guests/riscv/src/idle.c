/* idle: a guest that does nothing, the way an idle OS does it.  After a
 * ready line it sleeps in wfi; a CLINT timer interrupt every 10 ms of mtime
 * wakes it, the handler re-arms the timer, and every `idle_report_every`
 * ticks the main loop prints the tick count.  After `idle_ticks` ticks it
 * prints a done line and exits.  Nothing printed depends on host timing
 * (the lines only count ticks), so the output is recorded from QEMU.
 *
 * The live-migration benchmark and tests patch `idle_ticks` (symbol in
 * .data) to run long enough to be migrated while it is running. */
#include "guest.h"

#define TICK 100000                     /* 10 ms of mtime at 10 MHz */

volatile unsigned int idle_ticks = 30;
volatile unsigned int idle_report_every = 10;
static volatile unsigned int ticks;

static void arm_next(void)
{
    static uint64_t next;
    uint64_t now = clint_mtime();
    next = next ? next + TICK : now + TICK;
    if (next <= now)                    /* a long stop (e.g. migration): */
        next = now + TICK;              /* do not replay the missed ticks */
    clint_set_mtimecmp(next);
}

void handle_trap(struct trap_frame *f)
{
    ureg cause = csr_read(mcause);
    if (cause == (CAUSE_INTERRUPT | 7)) {
        ticks++;
        arm_next();
        return;
    }
    printf("unexpected trap: mcause=%p mepc=%p\n", (void *)cause, (void *)csr_read(mepc));
    exit(99);
}

int main(void)
{
    unsigned total = idle_ticks, every = idle_report_every;
    unsigned reported = 0;
    if (every == 0)
        every = 1;
    printf("idle: rv%d, %u ticks of 10 ms in wfi\n", XLEN, total);
    printf("idle: ready\n");
    arm_next();
    csr_set(mie, MIP_MTIP);
    csr_set(mstatus, MSTATUS_MIE);
    while (ticks < total) {
        __asm__ volatile ("wfi");
        unsigned now = ticks;
        if (now / every > reported / every && now <= total) {
            reported = now - now % every;
            printf("idle: tick %u\n", reported);
        }
    }
    csr_clear(mstatus, MSTATUS_MIE);
    csr_clear(mie, MIP_MTIP);
    clint_set_mtimecmp(~0ULL);
    printf("idle: done\n");
    return 0;
}
