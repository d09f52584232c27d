/* counter: the live-migration workload of tests/migration/test_alpha_migration.py.
 * `counter_passes` passes (a 4-byte .data variable, patchable) over a 1 MiB
 * buffer, each rewriting every quadword from its old value and the pass
 * number; a line `counter: N` after every pass and a checksum of the buffer
 * at the end, so a run migrated mid-way shows where the source stopped, and
 * the checksum that the destination's RAM was the source's. */
#include "guest.h"

#define BUF_BYTES (1u << 20)
#define BUF_WORDS (BUF_BYTES / sizeof(u64))

volatile unsigned int counter_passes = 200;
static u64 buf[BUF_WORDS] __attribute__((aligned(8192)));

static void pass_over(u64 pass)
{
    u64 seed = pass * 0x9e3779b97f4a7c15UL;
    for (unsigned i = 0; i < BUF_WORDS; i++) {
        u64 w = buf[i];
        buf[i] = ((w << 1) | (w >> 63)) ^ (seed + i);
    }
}

static u64 checksum(void)
{
    u64 sum = 0;
    for (unsigned i = 0; i < BUF_WORDS; i++)
        sum = sum * 31 + buf[i];
    return sum;
}

int main(void)
{
    unsigned passes = counter_passes;
    printf("counter: %u passes over %u KiB\n", passes, BUF_BYTES / 1024);
    for (unsigned pass = 1; pass <= passes; pass++) {
        pass_over(pass);
        printf("counter: %u\n", pass);
    }
    printf("checksum: %lx\n", checksum());
    return 0;
}
