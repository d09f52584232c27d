/* Console (COM1 16550 behind the Typhoon PCI I/O window), printf, exit. */
#include "guest.h"
#include "pal.h"

#define COM1 ((volatile unsigned char *)0xfffffd01fc0003f8UL)
#define LSR_THRE 0x20

void putch(int c)
{
    while (!(COM1[5] & LSR_THRE))
        ;
    COM1[0] = (unsigned char)c;
}

void puts_(const char *s)
{
    while (*s)
        putch(*s++);
}

/* Shift-and-subtract division: libgcc has no __divq for this target. */
u64 udiv(u64 n, u64 d)
{
    u64 q = 0, r = 0;
    for (int i = 63; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= 1UL << i;
        }
    }
    return q;
}

u64 umod(u64 n, u64 d)
{
    return n - udiv(n, d) * d;
}

static void put_unsigned(u64 v, unsigned base, int width, char pad, int upper)
{
    char buf[24];
    int n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        buf[n++] = digits[base == 16 ? (v & 15) : (v % 10)];
        v = base == 16 ? v >> 4 : v / 10;
    } while (v);
    while (n < width--)
        putch(pad);
    while (n)
        putch(buf[--n]);
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            putch(*fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, is_long = 0;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') {
            is_long = 1;
            fmt++;
        }
        switch (*fmt) {
        case 'd': {
            s64 v = is_long ? va_arg(ap, s64) : va_arg(ap, int);
            if (v < 0) {
                putch('-');
                v = -v;
            }
            put_unsigned((u64)v, 10, width, pad, 0);
            break;
        }
        case 'u':
            put_unsigned(is_long ? va_arg(ap, u64) : va_arg(ap, unsigned), 10, width, pad, 0);
            break;
        case 'x':
        case 'X':
            put_unsigned(is_long ? va_arg(ap, u64) : va_arg(ap, unsigned), 16, width, pad,
                         *fmt == 'X');
            break;
        case 's':
            puts_(va_arg(ap, const char *));
            break;
        case 'c':
            putch(va_arg(ap, int));
            break;
        default:
            putch('%');
            putch(*fmt);
        }
    }
    va_end(ap);
    return 0;
}

void guest_exit(int code)
{
    /* QEMU's HALT register: 0 powers off (exit status 0); any other value
     * asks for a system reset.  Report the code first. */
    if (code != 0)
        printf("exit code %d\n", code);
    guest_halt(0);
}

u64 (*trap_hook)(u64 vector, u64 exc_addr);

u64 pal_trap(u64 vector)
{
    u64 exc_addr = MFPR(IPR_EXC_ADDR);
    if (trap_hook)
        return trap_hook(vector, exc_addr);
    printf("unexpected trap 0x%lx at 0x%lx\n", vector, exc_addr);
    guest_exit(99);
}
