/* Output formatting, small libc pieces and default trap handlers. */
#include "guest.h"

void putc(int ch)
{
    putchar_raw(ch);
}

void put_str(const char *s)
{
    while (*s)
        putc(*s++);
}

void put_hex(uint64_t v, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        putc("0123456789abcdef"[(v >> (4 * i)) & 0xf]);
}

void put_xreg(ureg v)
{
    put_str("0x");
    put_hex(v, XLEN_HEX_DIGITS);
}

void put_udec(uint64_t v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        putc(buf[--n]);
}

void put_dec(int64_t v)
{
    if (v < 0) {
        putc('-');
        put_udec(-(uint64_t)v);
    } else {
        put_udec((uint64_t)v);
    }
}

static int hex_len(uint64_t v)
{
    int n = 1;
    while (v >>= 4)
        n++;
    return n;
}

static int dec_len(uint64_t v)
{
    int n = 1;
    while (v /= 10)
        n++;
    return n;
}

static void pad(int n, char c)
{
    while (n-- > 0)
        putc(c);
}

/* Supports %%, %c, %s, %d, %i, %u, %x, %p with optional '0' flag, width
 * and the length modifiers l, ll, z.  %p prints 0x + XLEN/4 digits. */
void printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            putc(*fmt);
            continue;
        }
        fmt++;
        char padc = ' ';
        int width = 0, lng = 0;
        if (*fmt == '0') {
            padc = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l' || *fmt == 'z') {
            lng += (*fmt == 'z') ? (XLEN == 64 ? 1 : 0) : 1;
            fmt++;
        }
        uint64_t u;
        int64_t s;
        switch (*fmt) {
        case '%':
            putc('%');
            break;
        case 'c':
            pad(width - 1, ' ');
            putc(va_arg(ap, int));
            break;
        case 's': {
            const char *str = va_arg(ap, const char *);
            int len = 0;
            while (str[len])
                len++;
            pad(width - len, ' ');
            put_str(str);
            break;
        }
        case 'd':
        case 'i':
            if (lng >= 2)
                s = va_arg(ap, long long);
            else if (lng == 1)
                s = va_arg(ap, long);
            else
                s = va_arg(ap, int);
            u = s < 0 ? -(uint64_t)s : (uint64_t)s;
            if (s < 0 && padc == '0') {
                putc('-');
                pad(width - 1 - dec_len(u), '0');
            } else {
                pad(width - (s < 0) - dec_len(u), ' ');
                if (s < 0)
                    putc('-');
            }
            put_udec(u);
            break;
        case 'u':
        case 'x':
            if (lng >= 2)
                u = va_arg(ap, unsigned long long);
            else if (lng == 1)
                u = va_arg(ap, unsigned long);
            else
                u = va_arg(ap, unsigned int);
            if (*fmt == 'u') {
                pad(width - dec_len(u), padc);
                put_udec(u);
            } else {
                pad(width - hex_len(u), padc);
                put_hex(u, hex_len(u));
            }
            break;
        case 'p':
            put_xreg((ureg)va_arg(ap, void *));
            break;
        default:
            putc('%');
            putc(*fmt);
            break;
        }
    }
    va_end(ap);
}

void *memset(void *d, int c, size_t n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

void pmp_allow_all(void)
{
    csr_write(pmpaddr0, (ureg)-1);
    csr_write(pmpcfg0, 0x1f);           /* A = NAPOT, R W X */
}

uint64_t clint_mtime(void)
{
#if __riscv_xlen == 64
    return *(volatile uint64_t *)CLINT_MTIME;
#else
    uint32_t hi, lo;
    do {
        hi = MMIO32(CLINT_MTIME + 4);
        lo = MMIO32(CLINT_MTIME);
    } while (hi != MMIO32(CLINT_MTIME + 4));
    return ((uint64_t)hi << 32) | lo;
#endif
}

void clint_set_mtimecmp(uint64_t v)
{
#if __riscv_xlen == 64
    *(volatile uint64_t *)CLINT_MTIMECMP = v;
#else
    MMIO32(CLINT_MTIMECMP + 4) = 0xffffffff;
    MMIO32(CLINT_MTIMECMP) = (uint32_t)v;
    MMIO32(CLINT_MTIMECMP + 4) = (uint32_t)(v >> 32);
#endif
}

static void unexpected(const char *mode, ureg cause, ureg epc, ureg tval)
{
    printf("unexpected %s trap: cause=%p epc=%p tval=%p\n", mode,
           (void *)cause, (void *)epc, (void *)tval);
    exit(99);
}

__attribute__((weak)) void handle_trap(struct trap_frame *f)
{
    (void)f;
    unexpected("M", csr_read(mcause), csr_read(mepc), csr_read(mtval));
}

__attribute__((weak)) void handle_strap(struct trap_frame *f)
{
    (void)f;
    unexpected("S", csr_read(scause), csr_read(sepc), csr_read(stval));
}
