/* vaxops: the VAX F/G instructions as QEMU implements them.  Part 1 prints
 * the register <-> memory layout conversions (LDF, STF, LDG, STG, ITOFF)
 * of a set of patterns.  Part 2 runs random cases: an optional ADDT/<q>
 * that sets QEMU's fp_status rounding mode and flush-to-zero, one VAX
 * instruction (every qualifier set; reserved operands, dirty zeros,
 * exponents near the limits), then an ADDT/<q> of zeros that reports the
 * exception flags the VAX instruction left behind; each case's result,
 * traps and FPCR go into a hash printed every 20 cases.  Part 3 shows that
 * QEMU stores the flush-to-zero setting into its fp_status once per TB. */
#include "guest.h"
#include "pal.h"

extern void (*vax_stubs[])(u64 *v);
extern void (*ieee_stubs[])(void);
extern void (*mem_stubs[])(void *src, void *dst);
extern void ftz_stub(u64 *v);
extern u32 vax_stub_info[], ieee_stub_info[];
extern int vax_nstubs, ieee_nstubs, mem_nstubs;

#ifndef NCASES
#define NCASES 4000
#endif

#define RNG_SEED 0x2545F4914F6CDD1DUL
#include "fpcases.h"

static const u64 patterns[] = {
    0, 0x40800000UL, 0xc0800000UL, 0x3f80UL, 0x4080UL, 0x12345678UL, 0xffffffffUL,
    0x00004000UL, 0x0007c000UL, 0x8000UL, 0x3ff0000000000000UL, 0x4000000000000000UL,
    0xc008000000000000UL, 0x0123456789abcdefUL, 0xfedcba9876543210UL, 0x8000000000000000UL,
    0x0000000000004010UL, 0x1UL,
};
#define NPATTERNS (sizeof(patterns) / sizeof(patterns[0]))

static void layouts(void)
{
    for (int s = 0; s < mem_nstubs; s++) {
        for (unsigned i = 0; i < NPATTERNS; i++) {
            u64 src = patterns[i], dst = 0x5555aaaa5555aaaaUL;
            mem_stubs[s](&src, &dst);
            printf("mem%d %lx -> %lx\n", s, patterns[i], dst);
        }
    }
}

/* an F value in register layout: exponent e (8 bits) widened as LDF does */
static u64 f_value(u64 sign, u64 e, u64 frac)
{
    u64 exp = ((e & 0x80) << 3) | (e & 0x7f);
    if (!(e & 0x80))
        exp |= 0x380;
    return (sign << 63) | (exp << 52) | ((frac & 0x7fffff) << 29);
}

static u64 f_operand(void)
{
    u64 r = next();
    u64 sign = (r >> 60) & 1, frac = r >> 20;
    switch (r & 7) {
    case 0: return f_value(sign, 0, (r & 8) ? frac : 0);   /* zero, dirty zero, reserved */
    case 1: return f_value(sign, (r >> 4) & 3, frac);        /* exponent 0..3 */
    case 2: return f_value(sign, 252 + ((r >> 4) & 3), frac); /* near the top */
    case 3: return r & ((r >> 8) & 1 ? 0x800fffffe0000000UL : ~0UL);
    default: return f_value(sign, 100 + ((r >> 4) & 63), frac);
    }
}

static u64 g_operand(void)
{
    u64 r = next();
    u64 sign = (r >> 60) & 1, frac = r & 0xfffffffffffffUL;
    switch (r & 7) {
    case 0: return (sign << 63) | ((r & 8) ? frac : 0);    /* zero, dirty zero, reserved */
    case 1: return (sign << 63) | (((r >> 4) & 3) << 52) | frac;
    case 2: return (sign << 63) | ((2044 + ((r >> 4) & 3)) << 52) | frac;
    case 3: return r;
    case 4: return (sign << 63) | ((0x380 + ((r >> 4) & 0xff)) << 52) | frac;
    default: return (sign << 63) | ((1000 + ((r >> 4) & 63)) << 52) | frac;
    }
}

static u64 int_operand(void)
{
    u64 r = next();
    switch (r & 3) {
    case 0: return (s64)(s32)(r >> 32) >> ((r >> 8) & 31);
    case 1: return r >> ((r >> 8) & 63);
    default: return r;
    }
}

static u64 operand(u32 info)
{
    u32 op = info >> 16, fn = info & 0x3f;
    if (op == 0x15 && (fn == 0x3c || fn == 0x3e))
        return int_operand();
    if ((op == 0x15 && fn < 0x20 && fn != 0x1e) || (op == 0x14 && fn == 0x0a))
        return f_operand();
    return g_operand();
}

static u64 fpcr_value(void)
{
    /* DYN, INED, UNFD, UNDZ, OVFD, DZED, INVD, DNZ */
    return next() & (0x7c0f0000UL << 32);
}

static void set_fpcr(u64 v)
{
    __asm__ volatile("ldt $f0, %0\n\t.long 0x5c000480" :: "m"(v) : "$f0");   /* mt_fpcr $f0 */
}

static u64 get_fpcr(void)
{
    u64 v;
    __asm__ volatile(".long 0x5c0004a0\n\tstt $f0, %0" : "=m"(v) :: "$f0");  /* mf_fpcr $f0 */
    return v;
}

static void one_case(int i)
{
    int k = (int)umod(next(), (u64)vax_nstubs);
    u64 r = next();
    int before = (r & 3) ? (int)umod(r >> 8, (u64)ieee_nstubs) : -1;
    int after = (int)umod(r >> 24, (u64)ieee_nstubs);
    u64 v[3], fpcr_in = fpcr_value(), vax_trap;
    v[0] = operand(vax_stub_info[k]);
    v[1] = operand(vax_stub_info[k]);
    v[2] = 0x5555aaaa5555aaaaUL;
    set_fpcr(fpcr_in);
    if (before >= 0)
        ieee_stubs[before]();
    trap_vector = trap_arg0 = trap_arg1 = 0;
    vax_stubs[k](v);
    vax_trap = trap_vector;
    trap_vector = trap_arg0 = trap_arg1 = 0;
    ieee_stubs[after]();
    u64 fpcr_out = get_fpcr();
#ifdef VERBOSE
    printf("%x %d %d %lx %lx %lx > %lx %lx %lx %lx %lx\n", vax_stub_info[k], before, after,
           v[0], v[1], fpcr_in, v[2], vax_trap, fpcr_out, trap_vector, trap_arg0);
#endif
    mix(vax_stub_info[k]); mix(before); mix(after); mix(v[0]); mix(v[1]); mix(fpcr_in);
    mix(v[2]); mix(vax_trap); mix(fpcr_out); mix(trap_vector); mix(trap_arg0);
    mix(trap_arg1);
    if (i % 20 == 19)
        printf("%d %lx\n", i, hash);
}

/* Part 3: QEMU's fp_status flush-to-zero is stored once per TB */
static void ftz_per_tb(void)
{
    static const u64 fpcrs[] = {0, 3UL << 60, 1UL << 61, 1UL << 60};   /* UNFD, UNDZ */
    static const u64 ops[] = {0x1ff0000000000000UL, 0x2000000000000000UL,
                              0x1f00000000000001UL, 0x3ff0000000000000UL};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            u64 v[6] = {fpcrs[i], fpcrs[j], ops[i], ops[j], 7, 7};
            trap_vector = trap_arg0 = 0;
            ftz_stub(v);
            printf("ftz %lx %lx %lx %lx -> %lx %lx %lx %lx\n", v[0], v[1], v[2], v[3],
                   v[4], v[5], trap_vector, trap_arg0);
        }
    set_fpcr(0);
}

int main(void)
{
    trap_hook = on_trap;
    layouts();
    ftz_per_tb();
    for (int i = 0; i < NCASES; i++)
        one_case(i);
    set_fpcr(0);
    return 0;
}
