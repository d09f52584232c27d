/* Console on the PL011 at 0x09000000 and a small printf. */
#include <stdarg.h>
#include "guest.h"

#define UART_DR 0x09000000
#define UART_FR 0x09000018
#define FR_TXFF (1u << 5)

void putch(int c)
{
    while (REG32(UART_FR) & FR_TXFF)
        ;
    REG32(UART_DR) = (uint32_t)c & 0xff;
}

void puts_(const char *s)
{
    while (*s)
        putch(*s++);
}

void put_hex(uint32_t v)
{
    for (int i = 28; i >= 0; i -= 4)
        putch("0123456789abcdef"[(v >> i) & 15]);
}

void put_dec(int32_t v)
{
    char buf[12];
    int n = 0;
    uint32_t u = v < 0 ? -(uint32_t)v : (uint32_t)v;
    if (v < 0)
        putch('-');
    do {
        buf[n++] = '0' + u % 10;
        u /= 10;
    } while (u);
    while (n)
        putch(buf[--n]);
}

void printf_(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            putch(*fmt);
            continue;
        }
        switch (*++fmt) {
        case 'x': put_hex(va_arg(ap, uint32_t)); break;
        case 'd': put_dec(va_arg(ap, int32_t)); break;
        case 's': puts_(va_arg(ap, const char *)); break;
        case 'c': putch(va_arg(ap, int)); break;
        default: putch(*fmt); break;
        }
    }
    va_end(ap);
}

void semi_exit(int code)
{
    uint32_t block[2] = { 0x20026, (uint32_t)code };
    semi_call(SYS_EXIT_EXTENDED, block);
    for (;;)
        ;
}

void *memset(void *d, int c, unsigned n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, unsigned n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}
