/* dirty_rate: a guest that dirties memory at a fixed rate in guest time.
 * It writes one word in each 4 KiB page of a rotating region (64 MiB from
 * 16 MiB above the start of RAM), `dirty_kib_per_s` KiB of pages per second
 * of mtime (default 32 MiB/s), paced by a 1 ms CLINT timer: it sleeps in wfi
 * and, at each wakeup, catches up to the number of pages due by then.  It
 * runs for `dirty_ms` ms of mtime (0: forever).
 *
 * Printed by default (recorded from QEMU): a start line, one line per second
 * of mtime and the exact page count at the end (the pace is computed from
 * mtime, so the count is rate x duration whatever the host speed).  With
 * `dirty_report` = 1 (patched by the migration benchmark) each per-second
 * line also gives the rate achieved over that second.  Needs -m 96M or more. */
#include "guest.h"

#define MTIME_HZ    10000000ULL         /* virt CLINT */
#define TICK        (MTIME_HZ / 1000)   /* 1 ms */
#define PAGE        4096UL
#define REGION_BASE (0x80000000UL + (16UL << 20))

volatile unsigned int dirty_kib_per_s = 32 << 10;
volatile unsigned int dirty_region_mib = 64;
volatile unsigned int dirty_ms = 1500;
volatile unsigned int dirty_report __attribute__((section(".data"))) = 0;  /* patchable */

void handle_trap(struct trap_frame *f)
{
    ureg cause = csr_read(mcause);
    if (cause == (CAUSE_INTERRUPT | 7)) {
        clint_set_mtimecmp(clint_mtime() + TICK);
        return;
    }
    printf("unexpected trap: mcause=%p mepc=%p\n", (void *)cause, (void *)csr_read(mepc));
    exit(99);
}

/* pages due after `elapsed` mtime ticks at the configured rate */
static uint64_t pages_due(uint64_t elapsed)
{
    return elapsed * (dirty_kib_per_s / (PAGE / 1024)) / MTIME_HZ;
}

static void report(unsigned second, uint64_t pages, uint64_t elapsed)
{
    if (!dirty_report) {
        printf("dirty: second %u\n", second);
        return;
    }
    uint64_t kib = pages * (PAGE / 1024);
    printf("dirty: second %u, %u KiB/s\n", second,
           (unsigned)(kib * MTIME_HZ / (elapsed ? elapsed : 1)));
}

int main(void)
{
    uint64_t npages = (uint64_t)dirty_region_mib * (1 << 20) / PAGE;
    uint64_t end = (uint64_t)dirty_ms * (MTIME_HZ / 1000);
    uint64_t done = 0, second_pages = 0, second_start = 0;
    unsigned second = 0;
    volatile ureg *region = (volatile ureg *)REGION_BASE;

    printf("dirty: rv%d, %u KiB/s over %u MiB, %u ms\n", XLEN, dirty_kib_per_s,
           dirty_region_mib, dirty_ms);
    printf("dirty: ready\n");
    uint64_t t0 = clint_mtime();
    clint_set_mtimecmp(t0 + TICK);
    csr_set(mie, MIP_MTIP);
    csr_set(mstatus, MSTATUS_MIE);
    uint64_t last = t0;
    for (;;) {
        uint64_t now = clint_mtime();
        if (now < last) {                   /* never on a sane machine */
            printf("dirty: mtime went back by %u us\n", (unsigned)((last - now) / 10));
            t0 -= last - now;               /* keep the pace continuous */
        }
        last = now;
        uint64_t elapsed = now - t0;
        if (end && elapsed > end)
            elapsed = end;
        for (uint64_t due = pages_due(elapsed); done < due; done++)
            region[(done % npages) * (PAGE / sizeof(ureg))] = done + 1;
        if (elapsed >= (second + 1) * MTIME_HZ) {
            second++;
            report(second, done - second_pages, elapsed - second_start);
            second_pages = done;
            second_start = elapsed;
        }
        if (end && elapsed == end)
            break;
        __asm__ volatile ("wfi");
    }
    csr_clear(mstatus, MSTATUS_MIE);
    csr_clear(mie, MIP_MTIP);
    clint_set_mtimecmp(~0ULL);
    printf("dirty: done, %u pages in %u ms\n", (unsigned)done, dirty_ms);
    return 0;
}
