/* vfp: VFPv4-D32 arithmetic under every FPSCR rounding mode, FZ and DN,
 * compares, all VCVT forms, VMOV/VLDM/VSTM/VPUSH/VPOP, printed as result
 * bits and FPSCR after each operation. */
#include "guest.h"

static volatile uint32_t f32s[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x40490fdb, 0x00000001, 0x807fffff,
    0x00800000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffc00123,
    0x3eaaaaab, 0x4f000000, 0xcf000001, 0x47000000, 0x3f000000, 0x3fc00000, 0x4b800001,
};
static volatile uint64_t f64s[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull, 0xc000000000000000ull,
    0x400921fb54442d18ull, 0x0000000000000001ull, 0x000fffffffffffffull, 0x0010000000000000ull,
    0x7fefffffffffffffull, 0x7ff0000000000000ull, 0x7ff8000000000000ull, 0x7ff0000000000001ull,
    0x3fd5555555555555ull, 0x41e0000000000000ull, 0xc1e0000000200000ull, 0x3fe0000000000000ull,
    0x36a0000000000000ull, 0x47efffffe0000000ull,
};
#define N32 (sizeof(f32s) / sizeof(f32s[0]))
#define N64 (sizeof(f64s) / sizeof(f64s[0]))

static uint32_t sum;

static uint32_t get_fpscr(void) { uint32_t v; __asm__ volatile("vmrs %0, fpscr" : "=r"(v)); return v; }
static void set_fpscr(uint32_t v) { __asm__ volatile("vmsr fpscr, %0" : : "r"(v)); }

#ifdef TRACE
static void mix(uint32_t v) { put_hex(v); putch(10); sum = (sum ^ v) * 0x01000193u + (sum >> 7); }
#else
static void mix(uint32_t v) { sum = (sum ^ v) * 0x01000193u + (sum >> 7); }
#endif

#define OP32(insn, out, a, b) __asm__ volatile(insn " %0, %1, %2" : "=t"(out) : "t"(a), "t"(b))
#define OP64(insn, out, a, b) __asm__ volatile(insn " %P0, %P1, %P2" : "=w"(out) : "w"(a), "w"(b))

static float u2f(uint32_t u) { union { uint32_t u; float f; } x = { .u = u }; return x.f; }
static uint32_t f2u(float f) { union { uint32_t u; float f; } x = { .f = f }; return x.u; }
static double u2d(uint64_t u) { union { uint64_t u; double d; } x = { .u = u }; return x.d; }
static uint64_t d2u(double d) { union { uint64_t u; double d; } x = { .d = d }; return x.u; }

static void arith32(uint32_t mode)
{
    for (unsigned i = 0; i < N32; i++)
        for (unsigned j = 0; j < N32; j++) {
            float a = u2f(f32s[i]), b = u2f(f32s[j]), r;
            for (int op = 0; op < 8; op++) {
                set_fpscr(mode);
                switch (op) {
                case 0: OP32("vadd.f32", r, a, b); break;
                case 1: OP32("vsub.f32", r, a, b); break;
                case 2: OP32("vmul.f32", r, a, b); break;
                case 3: OP32("vdiv.f32", r, a, b); break;
                case 4: OP32("vnmul.f32", r, a, b); break;
                case 5: r = u2f(f32s[(i + j) % N32]); __asm__ volatile("vfma.f32 %0, %1, %2" : "+t"(r) : "t"(a), "t"(b)); break;
                case 6: r = u2f(f32s[(i * 3 + j) % N32]); __asm__ volatile("vmla.f32 %0, %1, %2" : "+t"(r) : "t"(a), "t"(b)); break;
                default: r = u2f(f32s[(i + 5 * j) % N32]); __asm__ volatile("vfnms.f32 %0, %1, %2" : "+t"(r) : "t"(a), "t"(b)); break;
                }
                mix(f2u(r));
                mix(get_fpscr());
            }
        }
}

static void arith64(uint32_t mode)
{
    for (unsigned i = 0; i < N64; i++)
        for (unsigned j = 0; j < N64; j++) {
            double a = u2d(f64s[i]), b = u2d(f64s[j]), r;
            for (int op = 0; op < 8; op++) {
                set_fpscr(mode);
                switch (op) {
                case 0: OP64("vadd.f64", r, a, b); break;
                case 1: OP64("vsub.f64", r, a, b); break;
                case 2: OP64("vmul.f64", r, a, b); break;
                case 3: OP64("vdiv.f64", r, a, b); break;
                case 4: r = u2d(f64s[(i + j) % N64]); __asm__ volatile("vnmla.f64 %P0, %P1, %P2" : "+w"(r) : "w"(a), "w"(b)); break;
                case 5: r = u2d(f64s[(i + j) % N64]); __asm__ volatile("vfma.f64 %P0, %P1, %P2" : "+w"(r) : "w"(a), "w"(b)); break;
                case 6: r = u2d(f64s[(2 * i + j) % N64]); __asm__ volatile("vmls.f64 %P0, %P1, %P2" : "+w"(r) : "w"(a), "w"(b)); break;
                default: r = u2d(f64s[(i + 7 * j) % N64]); __asm__ volatile("vfnma.f64 %P0, %P1, %P2" : "+w"(r) : "w"(a), "w"(b)); break;
                }
                uint64_t u = d2u(r);
                mix((uint32_t)u);
                mix((uint32_t)(u >> 32));
                mix(get_fpscr());
            }
        }
}

static void unary(uint32_t mode)
{
    for (unsigned i = 0; i < N32; i++) {
        float a = u2f(f32s[i]), r;
        uint32_t u;
        set_fpscr(mode); __asm__ volatile("vsqrt.f32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vabs.f32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r));
        set_fpscr(mode); __asm__ volatile("vneg.f32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r));
        set_fpscr(mode); __asm__ volatile("vcvtr.s32.f32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvt.u32.f32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvt.f32.s32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvt.f32.u32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.s16.f32 %0, %0, #3" : "+t"(r)); mix(f2u(r)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.u32.f32 %0, %0, #20" : "+t"(r)); mix(f2u(r)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.f32.s16 %0, %0, #5" : "+t"(r)); mix(f2u(r)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.f32.u32 %0, %0, #32" : "+t"(r)); mix(f2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvtb.f16.f32 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvtt.f32.f16 %0, %1" : "=t"(r) : "t"(a)); mix(f2u(r)); mix(get_fpscr());
        double d;
        set_fpscr(mode); __asm__ volatile("vcvt.f64.f32 %P0, %1" : "=w"(d) : "t"(a)); u = (uint32_t)(d2u(d) >> 32); mix(u); mix(get_fpscr());
        for (unsigned j = 0; j < N32; j++) {
            float b = u2f(f32s[j]);
            set_fpscr(mode);
            __asm__ volatile("vcmp.f32 %1, %2\n vmrs APSR_nzcv, fpscr\n mrs %0, apsr" : "=r"(u) : "t"(a), "t"(b) : "cc");
            mix(u); mix(get_fpscr());
            set_fpscr(mode);
            __asm__ volatile("vcmpe.f32 %0, #0" : : "t"(a));
            mix(get_fpscr());
        }
    }
    for (unsigned i = 0; i < N64; i++) {
        double a = u2d(f64s[i]), r;
        float s;
        set_fpscr(mode); __asm__ volatile("vsqrt.f64 %P0, %P1" : "=w"(r) : "w"(a)); mix((uint32_t)(d2u(r) >> 32)); mix((uint32_t)d2u(r)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvt.f32.f64 %0, %P1" : "=t"(s) : "w"(a)); mix(f2u(s)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvt.s32.f64 %0, %P1" : "=t"(s) : "w"(a)); mix(f2u(s)); mix(get_fpscr());
        set_fpscr(mode); __asm__ volatile("vcvtr.u32.f64 %0, %P1" : "=t"(s) : "w"(a)); mix(f2u(s)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.s32.f64 %P0, %P0, #31" : "+w"(r)); mix((uint32_t)(d2u(r) >> 32)); mix((uint32_t)d2u(r)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.u16.f64 %P0, %P0, #1" : "+w"(r)); mix((uint32_t)(d2u(r) >> 32)); mix((uint32_t)d2u(r)); mix(get_fpscr());
        r = a; set_fpscr(mode); __asm__ volatile("vcvt.f64.s32 %P0, %P0, #7" : "+w"(r)); mix((uint32_t)(d2u(r) >> 32)); mix((uint32_t)d2u(r)); mix(get_fpscr());
        for (unsigned j = 0; j < N64; j++) {
            uint32_t u;
            double b = u2d(f64s[j]);
            set_fpscr(mode);
            __asm__ volatile("vcmpe.f64 %P1, %P2\n vmrs APSR_nzcv, fpscr\n mrs %0, apsr" : "=r"(u) : "w"(a), "w"(b) : "cc");
            mix(u); mix(get_fpscr());
        }
    }
}

/* many live doubles: the compiler spills to the stack with vpush/vstm */
static double __attribute__((noinline)) many(double x)
{
    double a[24];
    for (int i = 0; i < 24; i++)
        a[i] = x * (i + 1);
    double s = 0;
    for (int i = 23; i >= 0; i--)
        s = s * 0.5 + a[i];
    return s;
}

int main(void)
{
    static const uint32_t modes[] = {
        0x00000000, 0x00400000, 0x00800000, 0x00c00000,     /* RN RP RM RZ */
        0x01000000, 0x02000000, 0x03c00000,                 /* FZ, DN, FZ|DN|RZ */
    };
    puts_("vfp\n");
    printf_("fpsid %x mvfr0 %x mvfr1 %x\n", ({ uint32_t v; __asm__ volatile("vmrs %0, fpsid" : "=r"(v)); v; }),
            ({ uint32_t v; __asm__ volatile("vmrs %0, mvfr0" : "=r"(v)); v; }),
            ({ uint32_t v; __asm__ volatile("vmrs %0, mvfr1" : "=r"(v)); v; }));
    set_fpscr(0xffffffff);
    printf_("fpscr all ones -> %x\n", get_fpscr());
    set_fpscr(0);
    for (unsigned m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
        sum = 0;
        arith32(modes[m]);
        printf_("mode %x arith32 %x\n", modes[m], sum);
        sum = 0;
        arith64(modes[m]);
        printf_("mode %x arith64 %x\n", modes[m], sum);
        sum = 0;
        unary(modes[m]);
        printf_("mode %x unary %x\n", modes[m], sum);
    }
    set_fpscr(0);
    uint64_t m = d2u(many(u2d(f64s[4])));
    printf_("many %x %x\n", (uint32_t)(m >> 32), (uint32_t)m);
    double d31;
    __asm__ volatile("vmov.f64 d31, #-2.5\n vmov.f64 %P0, d31" : "=w"(d31) : : "d31");
    uint32_t lo, hi;
    __asm__ volatile("vmov %0, %1, %P2" : "=r"(lo), "=r"(hi) : "w"(d31));
    printf_("d31 %x %x\n", hi, lo);
    return 0;
}
