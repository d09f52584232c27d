/* fpops: IEEE S/T arithmetic, compares and conversions with every rounding
 * and trapping qualifier, under random FPCR settings; each case prints the
 * result, the FPCR after it and the arithmetic trap it raised (if any). */
#include "guest.h"
#include "pal.h"

extern void (*fp_stubs[])(u64 *v);
extern u32 fp_stub_info[];
extern int fp_nstubs;

#ifndef NCASES
#define NCASES 10000
#endif

/* every case's inputs and outputs are folded into hash (build with
 * -DVERBOSE to print each case instead) */
#define RNG_SEED 0x9E3779B97F4A7C15UL
#include "fpcases.h"

static const u64 specials[] = {
    0, 0x8000000000000000UL, 0x3ff0000000000000UL, 0xbff0000000000000UL,
    0x0010000000000000UL, 0x8010000000000000UL, 0x7fefffffffffffffUL, 0xffefffffffffffffUL,
    0x7ff0000000000000UL, 0xfff0000000000000UL, 0x7ff8000000000000UL, 0xfff8000000000001UL,
    0x7ff4000000000000UL, 0xfff0000000000123UL, 0x0000000000000001UL, 0x800fffffffffffffUL,
    0x47efffffe0000000UL, 0x3810000000000000UL, 0xb810000000000000UL, 0x0000000020000000UL,
    0x43e0000000000000UL, 0xc3e0000000000000UL, 0x43dfffffffffffffUL, 0x4330000000000000UL,
    0x3fe0000000000000UL, 0xbff8000000000000UL, 0x4004000000000000UL, 0x0000000080000000UL,
    0x7fffffffUL, 0xffffffff80000000UL, 0x123456789UL, 0x36a0000000000000UL,
};
#define NSPECIAL (sizeof(specials) / sizeof(specials[0]))

static u64 operand(void)
{
    u64 r = next();
    switch (r & 7) {
    case 0: case 1: case 2:
        return specials[umod(r >> 8, NSPECIAL)];
    case 3: {                          /* near 1.0 */
        u64 e = 1023 - 8 + ((r >> 8) & 15);
        return (r & 0x800fffffffffffffUL) | (e << 52);
    }
    case 4: {                          /* S-representable, any S exponent */
        u64 e = 0x380 + ((r >> 8) & 0xff);
        return (r & 0x800fffffe0000000UL) | (e << 52);
    }
    case 5: {                          /* near the T underflow threshold */
        u64 e = (r >> 8) & 63;
        return (r & 0x800fffffffffffffUL) | (e << 52);
    }
    case 6: {                          /* near the T overflow threshold */
        u64 e = 2046 - ((r >> 8) & 31);
        return (r & 0x800fffffffffffffUL) | (e << 52);
    }
    default:
        return next();
    }
}

static u64 fpcr_value(void)
{
    /* DYN, INED, UNFD, UNDZ, OVFD, DZED, INVD, DNZ; sometimes status bits */
    u64 control = 0x7c0f0000UL << 32;
    u64 r = next();
    u64 v = r & control;
    if ((r & 0x300) == 0)
        v |= r & (0x03f00000UL << 32);
    return v;
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

int main(void)
{
    int n = fp_nstubs;
    trap_hook = on_trap;
    for (int i = 0; i < NCASES; i++) {
        int k = (int)umod(next(), (u64)n);
        u64 v[3];
        u64 fpcr_in = fpcr_value();
        v[0] = operand();
        v[1] = operand();
        v[2] = 0x5555aaaa5555aaaaUL;
        trap_vector = trap_arg0 = trap_arg1 = 0;
        set_fpcr(fpcr_in);
        fp_stubs[k](v);
        u64 fpcr_out = get_fpcr();
#ifdef VERBOSE
        printf("%x %lx %lx %lx > %lx %lx %lx %lx %lx\n", fp_stub_info[k], v[0], v[1], fpcr_in,
               v[2], fpcr_out, trap_vector, trap_arg0, trap_arg1);
#endif
        mix(fp_stub_info[k]); mix(v[0]); mix(v[1]); mix(fpcr_in); mix(v[2]);
        mix(fpcr_out); mix(trap_vector); mix(trap_arg0); mix(trap_arg1);
        if (i % 20 == 19)
            printf("%d %lx\n", i, hash);
    }
    set_fpcr(0);
    return 0;
}
