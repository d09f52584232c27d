/* pyemu benchmark guest: the CPU-bound kernels of ../bench_kernels.h
 * (CRC-32, sieve, matrix multiply, fib) repeated `iterations` times.
 * `iterations` is a 4-byte global in .data (symbol `iterations`); the
 * harness patches it in the ELF file to scale the run.  Prints one line
 * with the iteration count and a checksum, exits 0.
 * Built by `make -C tests/guests` on the common runtime in
 * tests/guests/riscv/common (virt console). */
#include "guest.h"

volatile unsigned int iterations __attribute__((section(".data"))) = 1;

#include "../bench_kernels.h"

int main(void)
{
    unsigned n = iterations;
    uint32_t check = bench_run(n);
    printf("bench: iterations=%u checksum=0x%08x\n", n, check);
    return 0;
}
