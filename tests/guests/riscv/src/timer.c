/* timer: CLINT machine timer and software interrupts.  Everything printed
 * is independent of host timing: interrupt counts are fixed by the program
 * (it disarms the timer after N interrupts) and only causes and "ok" are
 * shown, never time values. */
#include "guest.h"

#define N_TICKS 5
#define DELTA   1000                    /* 100 us at 10 MHz */

static volatile unsigned ticks, soft;
static volatile ureg last_cause, bad;

void handle_trap(struct trap_frame *f)
{
    ureg cause = csr_read(mcause);
    last_cause = cause;
    if (cause == (CAUSE_INTERRUPT | 7)) {
        ticks++;
        if (ticks < N_TICKS)
            clint_set_mtimecmp(clint_mtime() + DELTA);
        else
            clint_set_mtimecmp(~0ULL);
    } else if (cause == (CAUSE_INTERRUPT | 3)) {
        soft++;
        MMIO32(CLINT_MSIP) = 0;
    } else {
        bad = cause;
        csr_write(mepc, csr_read(mepc) + 4);
    }
}

int main(void)
{
    printf("timer: rv%d\n", XLEN);
    clint_set_mtimecmp(~0ULL);

    uint64_t t0 = clint_mtime();
    uint64_t t1;
    do {
        t1 = clint_mtime();
    } while (t1 == t0);
    printf("mtime advances: %s\n", t1 > t0 ? "ok" : "FAIL");
    printf("mip.MTIP with mtimecmp = max: %u\n", (unsigned)((csr_read(mip) >> 7) & 1));

    /* 1. N timer interrupts through wfi. */
    csr_set(mie, MIP_MTIP);
    clint_set_mtimecmp(clint_mtime() + DELTA);
    csr_set(mstatus, MSTATUS_MIE);
    while (ticks < N_TICKS)
        __asm__ volatile ("wfi");
    csr_clear(mstatus, MSTATUS_MIE);
    printf("timer interrupts: %u, mcause=%p\n", ticks, (void *)last_cause);
    printf("mip.MTIP after disarm: %u\n", (unsigned)((csr_read(mip) >> 7) & 1));

    /* 2. wfi wakes on a pending enabled interrupt even with mstatus.MIE = 0;
     * the interrupt is not taken until MIE is set again. */
    unsigned before = ticks;
    clint_set_mtimecmp(clint_mtime() + DELTA);
    while (!(csr_read(mip) & MIP_MTIP))
        __asm__ volatile ("wfi");
    printf("wfi with MIE=0: MTIP pending=1, taken=%u\n", ticks - before);
    csr_set(mstatus, MSTATUS_MIE);      /* now taken: handler disarms */
    __asm__ volatile ("nop");
    csr_clear(mstatus, MSTATUS_MIE);
    printf("after setting MIE: taken=%u, MTIP=%u\n", ticks - before,
           (unsigned)((csr_read(mip) >> 7) & 1));
    csr_clear(mie, MIP_MTIP);

    /* 3. software interrupt via msip. */
    csr_set(mie, MIP_MSIP);
    MMIO32(CLINT_MSIP) = 1;
    printf("msip pending before enable: mip.MSIP=%u msip=%u\n",
           (unsigned)((csr_read(mip) >> 3) & 1), MMIO32(CLINT_MSIP));
    csr_set(mstatus, MSTATUS_MIE);
    __asm__ volatile ("nop");
    csr_clear(mstatus, MSTATUS_MIE);
    printf("software interrupts: %u, mcause=%p, msip=%u, mip.MSIP=%u\n", soft,
           (void *)last_cause, MMIO32(CLINT_MSIP), (unsigned)((csr_read(mip) >> 3) & 1));
    csr_clear(mie, MIP_MSIP);

    /* 4. mtimecmp in the past raises MTIP at once. */
    clint_set_mtimecmp(0);
    printf("mtimecmp = 0: mip.MTIP=%u\n", (unsigned)((csr_read(mip) >> 7) & 1));
    clint_set_mtimecmp(~0ULL);
    printf("mtimecmp = max: mip.MTIP=%u\n", (unsigned)((csr_read(mip) >> 7) & 1));

    if (ticks == N_TICKS + 1 && soft == 1 && !bad)
        printf("timer: ok\n");
    else
        printf("timer: FAIL ticks=%u soft=%u bad=%p\n", ticks, soft, (void *)bad);
    return 0;
}
