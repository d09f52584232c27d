/* pyemu benchmark guest: the CPU-bound kernels of ../bench_kernels.h
 * (CRC-32, sieve, matrix multiply, fib) repeated `iterations` times.
 * `iterations` is a 4-byte global in .data (symbol `iterations`); the
 * harness patches it in the ELF file to scale the run.  Prints one line
 * with the iteration count and a checksum, exits 0.
 * Built by `make -C benchmarks/guests/arm` on the arm test runtime in
 * tests/guests/arm/common (PL011 console, semihosting exit). */
#include "guest.h"

volatile unsigned int iterations __attribute__((section(".data"))) = 1;

#include "../bench_kernels.h"

int main(void)
{
    unsigned n = iterations;
    uint32_t check = bench_run(n);
    printf_("bench: iterations=%d checksum=0x%x\n", n, check);
    return 0;
}
