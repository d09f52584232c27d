/* pyemu demo guest for `pyemu-system-riscv64 -M virt -bios none -nographic
 * -kernel demo-riscv64-virt.elf`: prints a banner, counts 1..10 with a
 * little arithmetic, prints "bye" and powers off through the SiFive test
 * finisher with status 0.  Self-contained (own start-up code, UART and
 * exit); built by `make -C tests/guests` with tests/guests/riscv/common/link.ld. */
#include <stdint.h>

#define UART0  0x10000000UL              /* NS16550A: THR +0, LSR +5 */
#define FINISHER 0x00100000UL            /* 0x5555 = pass */

__asm__(
    "    .section .text.init, \"ax\", @progbits\n"
    "    .globl _start\n"
    "_start:\n"
    "    csrr t0, mhartid\n"
    "1:  bnez t0, 1b\n"
    "    la sp, __stack_top\n"
    "    call main\n"
    "2:  j 2b\n"
    "    .text\n");

static void putc_uart(char c)
{
    volatile uint8_t *uart = (volatile uint8_t *)UART0;
    while (!(uart[5] & 0x20))
        ;
    uart[0] = (uint8_t)c;
}

static void print(const char *s)
{
    while (*s)
        putc_uart(*s++);
}

static void print_uint(unsigned long v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        putc_uart(buf[--n]);
}

static unsigned long fib(unsigned n)
{
    unsigned long a = 0, b = 1;
    while (n--) {
        unsigned long t = a + b;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    print("pyemu demo: hello from a RISC-V guest\n");
    unsigned long sum = 0;
    for (unsigned i = 1; i <= 10; i++) {
        sum += i;
        print("  ");
        print_uint(i);
        print(": square=");
        print_uint((unsigned long)i * i);
        print(" fib=");
        print_uint(fib(i));
        print(" sum=");
        print_uint(sum);
        print("\n");
    }
    print("bye\n");
    *(volatile uint32_t *)FINISHER = 0x5555;
    for (;;)
        ;
}
