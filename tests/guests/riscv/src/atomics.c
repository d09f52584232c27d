/* atomics: LR/SC success and failure cases and every AMO, .w and (rv64) .d,
 * printing the value returned and the value left in memory. */
#include "guest.h"

static volatile uint32_t w[4] __attribute__((aligned(16)));
#if XLEN == 64
static volatile uint64_t d[4] __attribute__((aligned(32)));
#endif

#define AMO_W(insn, addr, val) ({ ureg __r; \
    __asm__ volatile (#insn " %0, %2, (%1)" : "=r"(__r) : "r"(addr), "r"(val) : "memory"); __r; })

static const uint32_t w_init[] = { 0x00000005, 0x80000000, 0xffffffff, 0x7fffffff };
static const uint32_t w_src[]  = { 0x00000003, 0xfffffffe, 0x80000001, 0x12345678 };

static void amo_w(void)
{
#define T(insn) \
    for (int i = 0; i < 4; i++) { \
        w[0] = w_init[i]; \
        ureg old = AMO_W(insn, &w[0], (ureg)(int32_t)w_src[i]); \
        printf(#insn " mem=%08x src=%08x -> rd=%p mem=%08x\n", w_init[i], \
               w_src[i], (void *)old, w[0]); \
    }
    T(amoswap.w) T(amoadd.w) T(amoxor.w) T(amoand.w) T(amoor.w)
    T(amomin.w) T(amomax.w) T(amominu.w) T(amomaxu.w)
    T(amoadd.w.aq) T(amoor.w.rl) T(amoswap.w.aqrl)
#undef T
}

#if XLEN == 64
static const uint64_t d_init[] = { 5, 0x8000000000000000UL, 0xffffffffffffffffUL,
                                   0x00000000ffffffffUL };
static const uint64_t d_src[]  = { 3, 0xfffffffffffffffeUL, 0x8000000000000001UL,
                                   0x0000000100000001UL };

static void amo_d(void)
{
#define T(insn) \
    for (int i = 0; i < 4; i++) { \
        d[0] = d_init[i]; \
        ureg old = AMO_W(insn, &d[0], d_src[i]); \
        printf(#insn " mem=%016lx src=%016lx -> rd=%p mem=%016lx\n", d_init[i], \
               d_src[i], (void *)old, d[0]); \
    }
    T(amoswap.d) T(amoadd.d) T(amoxor.d) T(amoand.d) T(amoor.d)
    T(amomin.d) T(amomax.d) T(amominu.d) T(amomaxu.d)
#undef T
}
#endif

static ureg lr_w(volatile uint32_t *p)
{
    ureg r;
    __asm__ volatile ("lr.w %0, (%1)" : "=r"(r) : "r"(p) : "memory");
    return r;
}

static ureg sc_w(volatile uint32_t *p, ureg v)
{
    ureg r;
    __asm__ volatile ("sc.w %0, %2, (%1)" : "=r"(r) : "r"(p), "r"(v) : "memory");
    return r;
}

static void lrsc(void)
{
    ureg v, s;

    w[0] = 0x80000001;
    w[1] = 0x11111111;
    v = lr_w(&w[0]);
    s = sc_w(&w[0], 0x22222222);
    printf("lr.w -> %p, sc.w same address -> %p, mem=%08x\n", (void *)v, (void *)s, w[0]);

    s = sc_w(&w[0], 0x33333333);
    printf("second sc.w without lr -> %s, mem=%08x\n", s ? "fail" : "success", w[0]);

    v = lr_w(&w[0]);
    s = sc_w(&w[1], 0x44444444);
    printf("sc.w to another address -> %s, mem=%08x %08x\n", s ? "fail" : "success",
           w[0], w[1]);

    /* Classic LR/SC increment loop. */
    w[2] = 100;
    for (int i = 0; i < 10; i++) {
        ureg tmp, fail;
        __asm__ volatile (
            "1: lr.w.aq %0, (%2)\n\t"
            "addi %0, %0, 7\n\t"
            "sc.w.rl %1, %0, (%2)\n\t"
            "bnez %1, 1b"
            : "=&r"(tmp), "=&r"(fail) : "r"(&w[2]) : "memory");
    }
    printf("lr/sc loop 10 x +7 from 100 -> %u\n", w[2]);

    /* Compare-and-swap built from LR/SC, success then failure. */
    for (int k = 0; k < 2; k++) {
        uint32_t expect = k == 0 ? 170 : 999;
        ureg old, fail;
        __asm__ volatile (
            "1: lr.w %0, (%2)\n\t"
            "bne %0, %3, 2f\n\t"
            "sc.w %1, %4, (%2)\n\t"
            "bnez %1, 1b\n\t"
            "j 3f\n"
            "2: li %1, 1\n"
            "3:"
            : "=&r"(old), "=&r"(fail)
            : "r"(&w[2]), "r"((ureg)expect), "r"((ureg)555) : "memory");
        printf("cas expect=%u -> old=%u %s mem=%u\n", expect, (unsigned)old,
               fail ? "failed" : "swapped", w[2]);
    }

#if XLEN == 64
    d[1] = 0xfedcba9876543210UL;
    __asm__ volatile ("lr.d %0, (%2)\n\tsc.d %1, %3, (%2)"
                      : "=&r"(v), "=&r"(s) : "r"(&d[1]), "r"(0x0123456789abcdefUL)
                      : "memory");
    printf("lr.d -> %p, sc.d -> %p, mem=%016lx\n", (void *)v, (void *)s, d[1]);
    __asm__ volatile ("sc.d %0, %2, (%1)" : "=r"(s) : "r"(&d[1]), "r"(1UL) : "memory");
    printf("sc.d without lr -> %s, mem=%016lx\n", s ? "fail" : "success", d[1]);
#endif
}

int main(void)
{
    printf("atomics: rv%d\n", XLEN);
    amo_w();
#if XLEN == 64
    amo_d();
#endif
    lrsc();
    printf("atomics: done\n");
    return 0;
}
