/* arith: data processing, flags, shifts, multiplies, divides, bit fields,
 * saturation and 64-bit arithmetic, printed as a checksum table. */
#include "guest.h"

static volatile uint32_t vals[] = { 0, 1, 2, 7, 0x7fffffff, 0x80000000, 0xffffffff,
                                    0x12345678, 0xdeadbeef, 31, 32, 33, 255, 256 };
#define N (sizeof(vals) / sizeof(vals[0]))

static uint32_t flags_of(uint32_t a, uint32_t b, int op)
{
    uint32_t r, f;
    switch (op) {
    case 0: __asm__ volatile("adds %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 1: __asm__ volatile("subs %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 2: __asm__ volatile("rsbs %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 3: __asm__ volatile("msr apsr_nzcvq, %3\n adcs %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 4: __asm__ volatile("msr apsr_nzcvq, %3\n sbcs %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 5: __asm__ volatile("movs %0, %2, lsl %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 6: __asm__ volatile("movs %0, %2, lsr %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 7: __asm__ volatile("movs %0, %2, asr %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 8: __asm__ volatile("movs %0, %2, ror %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 9: __asm__ volatile("msr apsr_nzcvq, %3\n movs %0, %2, rrx\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 10: __asm__ volatile("ands %0, %2, %3, lsl #3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 11: __asm__ volatile("eors %0, %2, %3, asr #31\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 12: __asm__ volatile("qadd %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 13: __asm__ volatile("qsub %0, %2, %3\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    case 14: __asm__ volatile("bics %0, %2, #0xff000000\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    default: __asm__ volatile("cmn %2, %3\n mov %0, #0\n mrs %1, apsr" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc"); break;
    }
    __asm__ volatile("msr apsr_nzcvq, %0" : : "r"(0));
    return r ^ (f >> 16);
}

int main(void)
{
    uint32_t sum = 0;
    for (int op = 0; op < 16; op++) {
        uint32_t h = 0;
        for (unsigned i = 0; i < N; i++)
            for (unsigned j = 0; j < N; j++)
                h = h * 31 + flags_of(vals[i], vals[j], op);
        printf_("op %d: %x\n", op, h);
        sum += h;
    }
    uint32_t h = 0;
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            uint32_t a = vals[i], b = vals[j];
            int32_t sa = (int32_t)a, sb = (int32_t)b;
            uint64_t u = (uint64_t)a * b;
            int64_t s = (int64_t)sa * sb;
            h = h * 33 + (uint32_t)u + (uint32_t)(u >> 32);
            h = h * 33 + (uint32_t)s + (uint32_t)(s >> 32);
            h = h * 33 + a * b + (b ? a / b : 0) + (b ? a % b : 0);
            h = h * 33 + (uint32_t)((sb && !(sa == (int32_t)0x80000000 && sb == -1)) ? sa / sb : 0);
            uint64_t a64 = ((uint64_t)a << 32) | b, b64 = ((uint64_t)b << 17) | 3;
            h = h * 33 + (uint32_t)(a64 / b64) + (uint32_t)(a64 % b64);
            h = h * 33 + (uint32_t)(a64 >> (b & 63)) + (uint32_t)((int64_t)a64 >> (a & 63));
            uint32_t t = i;
            __asm__("umlal %0, %1, %2, %3" : "+r"(t), "+r"(h) : "r"(a), "r"(b));
            __asm__("clz %0, %1" : "=r"(t) : "r"(a));
            h += t;
            __asm__("rbit %0, %1" : "=r"(t) : "r"(a)); h ^= t;
            __asm__("rev %0, %1" : "=r"(t) : "r"(b)); h += t;
            __asm__("rev16 %0, %1" : "=r"(t) : "r"(b)); h ^= t;
            __asm__("revsh %0, %1" : "=r"(t) : "r"(a)); h += t;
            __asm__("ubfx %0, %1, #3, #9" : "=r"(t) : "r"(a)); h ^= t;
            __asm__("sbfx %0, %1, #5, #17" : "=r"(t) : "r"(b)); h += t;
            t = a; __asm__("bfi %0, %1, #7, #11" : "+r"(t) : "r"(b)); h ^= t;
            __asm__("bfc %0, #4, #20" : "+r"(t)); h += t;
            __asm__("ssat %0, #9, %1, lsl #2" : "=r"(t) : "r"(a)); h ^= t;
            __asm__("usat %0, #7, %1, asr #1" : "=r"(t) : "r"(b)); h += t;
            __asm__("sxtab %0, %1, %2, ror #8" : "=r"(t) : "r"(a), "r"(b)); h ^= t;
            __asm__("uxtah %0, %1, %2, ror #16" : "=r"(t) : "r"(a), "r"(b)); h += t;
            __asm__("smulbt %0, %1, %2" : "=r"(t) : "r"(a), "r"(b)); h ^= t;
            __asm__("smmul %0, %1, %2" : "=r"(t) : "r"(a), "r"(b)); h += t;
            __asm__("mls %0, %1, %2, %3" : "=r"(t) : "r"(a), "r"(b), "r"(h)); h ^= t;
            __asm__("pkhbt %0, %1, %2, lsl #5" : "=r"(t) : "r"(a), "r"(b)); h += t;
        }
    }
    printf_("mul/div: %x\n", h);
    printf_("total: %x\n", sum + h);
    return 0;
}
