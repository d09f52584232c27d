/* pyemu benchmark guest: the CPU-bound kernels of ../bench_kernels.h
 * (CRC-32, sieve, matrix multiply, fib) repeated `iterations` times.
 * `iterations` is a 4-byte global in .data (symbol `iterations`); the
 * harness patches it in the ELF file to scale the run.  Prints one line
 * with the iteration count and a checksum, exits 0.
 * Alpha port: a PAL-mode -bios guest for the clipper board, built by
 * `make -C benchmarks/guests/alpha` on tests/guests/alpha/common (COM1).
 * Alpha has no divide instruction and libgcc has no helpers for it here:
 * the two remainders go through umod() of the common runtime. */
#include "guest.h"

typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
typedef int int32_t;

volatile unsigned int iterations __attribute__((section(".data"))) = 1;

#define BENCH_MOD(a, m) umod(a, m)
#include "../bench_kernels.h"

int main(void)
{
    unsigned n = iterations;
    uint32_t check = bench_run(n);
    printf("bench: iterations=%u checksum=0x%08x\n", n, check);
    return 0;
}
