/* counter: the snapshot/migration workload.  Runs `counter_passes` passes
 * over a 4 MiB buffer, rewriting every word with a value that depends on
 * the pass number, prints a running counter every REPORT_EVERY passes and
 * finally a checksum of the buffer.  The run length is fixed by the loop
 * count (patchable: symbol `counter_passes` in .data), never by time.
 *
 * -DCOUNTER_SMALL: a short run (few passes) for slow emulators.
 * -DCOUNTER_MIGRATE: the live-migration workload: 40 passes, a line per
 *   pass, so a run migrated mid-way shows where the source stopped and the
 *   destination went on (tests/migration/test_live_migration.py).
 * -DCOUNTER_TIMER: also keeps a CLINT timer interrupt armed the whole time
 *   (handler re-arms mtimecmp); the output only says that interrupts were
 *   seen, so it does not depend on timing. */
#include "guest.h"

#if defined(COUNTER_SMALL)
#define DEFAULT_PASSES 4
#define REPORT_EVERY   1
#elif defined(COUNTER_MIGRATE)
#define DEFAULT_PASSES 40
#define REPORT_EVERY   1
#else
/* ~2.5 s under QEMU 7.2 TCG on the recording machine; same bytes written
 * for rv32 and rv64. */
#define DEFAULT_PASSES (XLEN == 64 ? 1600 : 800)
#define REPORT_EVERY   50
#endif
#define BUF_BYTES (4u << 20)
#define BUF_WORDS (BUF_BYTES / sizeof(ureg))

volatile unsigned int counter_passes = DEFAULT_PASSES;
static ureg buf[BUF_WORDS] __attribute__((aligned(4096)));

#ifdef COUNTER_TIMER
#define DELTA 10000                     /* 1 ms at 10 MHz */
static volatile unsigned long timer_irqs;

void handle_trap(struct trap_frame *f)
{
    ureg cause = csr_read(mcause);
    if (cause == (CAUSE_INTERRUPT | 7)) {
        timer_irqs++;
        clint_set_mtimecmp(clint_mtime() + DELTA);
        return;
    }
    printf("unexpected trap: mcause=%p mepc=%p\n", (void *)cause, (void *)csr_read(mepc));
    exit(99);
}
#endif

static void pass_over(ureg pass)
{
    ureg seed = pass * (ureg)0x9e3779b97f4a7c15ULL;
    for (unsigned i = 0; i < BUF_WORDS; i++) {
        ureg w = buf[i];
        buf[i] = ((w << 1) | (w >> (XLEN - 1))) ^ (seed + i);
    }
}

static ureg checksum(void)
{
    ureg sum = 0;
    for (unsigned i = 0; i < BUF_WORDS; i++)
        sum = sum * 31 + buf[i];
    return sum;
}

int main(void)
{
    unsigned passes = counter_passes;
    printf("counter: rv%d, %u passes over %u KiB\n", XLEN, passes, BUF_BYTES / 1024);
#ifdef COUNTER_TIMER
    clint_set_mtimecmp(clint_mtime() + DELTA);
    csr_set(mie, MIP_MTIP);
    csr_set(mstatus, MSTATUS_MIE);
#endif
    for (unsigned pass = 1; pass <= passes; pass++) {
        pass_over(pass);
        if (pass % REPORT_EVERY == 0)
            printf("counter: %u\n", pass);
    }
#ifdef COUNTER_TIMER
    while (timer_irqs == 0)             /* a very fast run: wait for one */
        __asm__ volatile ("wfi");
    csr_clear(mstatus, MSTATUS_MIE);
    csr_clear(mie, MIP_MTIP);
    clint_set_mtimecmp(~0ULL);
    printf("timer interrupts seen: yes\n");
#endif
    printf("checksum: %p\n", (void *)checksum());
    printf("counter: done\n");
    return 0;
}
