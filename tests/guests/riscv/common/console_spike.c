/* spike: Berkeley HTIF.  QEMU finds the `tohost`/`fromhost` symbols in the
 * ELF and places its HTIF device over them.  Console: device 1, command 1
 * (putchar), then wait for fromhost and clear it.  Exit: tohost = code<<1 | 1. */
#include "guest.h"

volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(64)));

static void htif_write(uint64_t v)
{
#if __riscv_xlen == 32
    /* QEMU acts on the write of the upper half. */
    volatile uint32_t *p = (volatile uint32_t *)&tohost;
    p[0] = (uint32_t)v;
    p[1] = (uint32_t)(v >> 32);
#else
    tohost = v;
#endif
}

void putchar_raw(int ch)
{
    htif_write((1ULL << 56) | (1ULL << 48) | (uint8_t)ch);
    while (fromhost == 0)
        ;
    fromhost = 0;
}

void exit(int code)
{
    for (;;)
        htif_write(((uint64_t)code << 1) | 1);
}
