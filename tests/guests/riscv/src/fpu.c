/* fpu: F and D arithmetic in every static rounding mode (rne rtz rdn rup
 * rmm) and with the dynamic mode for frm = 0..4, printing result bits and
 * the fflags each operation raised; conversions with saturation, fmin/fmax,
 * comparisons, fclass, NaN boxing, fcsr layout, mstatus.FS dirtiness and
 * the illegal-instruction trap for a reserved dynamic rounding mode. */
#include "guest.h"

static const char *const rm_names[5] = { "rne", "rtz", "rdn", "rup", "rmm" };

static inline ureg fflags_take(void)
{
    ureg f;
    __asm__ volatile ("csrrw %0, fflags, zero" : "=r"(f) :: "memory");
    return f;
}

static inline void frm_set(ureg rm)
{
    __asm__ volatile ("fsrm %0" :: "r"(rm) : "memory");
}

/* --- operation shapes ---------------------------------------------------
 * Operands and results go through memory so that rv32 can handle doubles.
 * op(r, a, b, c): r = result slot (float bits or XLEN integer). */
typedef void (*op_fn)(void *r, const void *a, const void *b, const void *c);

#define ASM_BIN(L, S, insn, rm) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" L " ft1, 0(%2)\n\t" \
        insn " ft2, ft0, ft1, " rm "\n\t" S " ft2, 0(%0)" \
        :: "r"(r), "r"(a), "r"(b) : "ft0", "ft1", "ft2", "memory")
#define ASM_TER(L, S, insn, rm) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" L " ft1, 0(%2)\n\t" L " ft2, 0(%3)\n\t" \
        insn " ft3, ft0, ft1, ft2, " rm "\n\t" S " ft3, 0(%0)" \
        :: "r"(r), "r"(a), "r"(b), "r"(c) : "ft0", "ft1", "ft2", "ft3", "memory")
#define ASM_UN(L, S, insn, rm) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" insn " ft2, ft0, " rm "\n\t" S " ft2, 0(%0)" \
        :: "r"(r), "r"(a) : "ft0", "ft2", "memory")
#define ASM_F2I(L, insn, rm) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" insn " t0, ft0, " rm "\n\t" \
        "sw t0, 0(%0)\n\tsrai t0, t0, 16\n\tsrai t0, t0, 16\n\tsw t0, 4(%0)" \
        :: "r"(r), "r"(a) : "ft0", "t0", "memory")
#if XLEN == 64
#define ASM_I2F(S, insn, rm) \
    __asm__ volatile ("ld t0, 0(%1)\n\t" insn " ft2, t0, " rm "\n\t" S " ft2, 0(%0)" \
        :: "r"(r), "r"(a) : "ft2", "t0", "memory")
#else
#define ASM_I2F(S, insn, rm) \
    __asm__ volatile ("lw t0, 0(%1)\n\t" insn " ft2, t0, " rm "\n\t" S " ft2, 0(%0)" \
        :: "r"(r), "r"(a) : "ft2", "t0", "memory")
#endif

#define DEF_RM(shape, name, ...) \
    static void name##_rne(void *r, const void *a, const void *b, const void *c) { shape(__VA_ARGS__, "rne"); } \
    static void name##_rtz(void *r, const void *a, const void *b, const void *c) { shape(__VA_ARGS__, "rtz"); } \
    static void name##_rdn(void *r, const void *a, const void *b, const void *c) { shape(__VA_ARGS__, "rdn"); } \
    static void name##_rup(void *r, const void *a, const void *b, const void *c) { shape(__VA_ARGS__, "rup"); } \
    static void name##_rmm(void *r, const void *a, const void *b, const void *c) { shape(__VA_ARGS__, "rmm"); } \
    static void name##_dyn(void *r, const void *a, const void *b, const void *c) { shape(__VA_ARGS__, "dyn"); } \
    static const op_fn name[6] = { name##_rne, name##_rtz, name##_rdn, name##_rup, name##_rmm, name##_dyn };

#define UNUSED3 (void)b; (void)c
DEF_RM(ASM_BIN, fadd_s, "flw", "fsw", "fadd.s")
DEF_RM(ASM_BIN, fsub_s, "flw", "fsw", "fsub.s")
DEF_RM(ASM_BIN, fmul_s, "flw", "fsw", "fmul.s")
DEF_RM(ASM_BIN, fdiv_s, "flw", "fsw", "fdiv.s")
DEF_RM(ASM_BIN, fadd_d, "fld", "fsd", "fadd.d")
DEF_RM(ASM_BIN, fsub_d, "fld", "fsd", "fsub.d")
DEF_RM(ASM_BIN, fmul_d, "fld", "fsd", "fmul.d")
DEF_RM(ASM_BIN, fdiv_d, "fld", "fsd", "fdiv.d")
DEF_RM(ASM_TER, fmadd_s, "flw", "fsw", "fmadd.s")
DEF_RM(ASM_TER, fmsub_s, "flw", "fsw", "fmsub.s")
DEF_RM(ASM_TER, fnmadd_s, "flw", "fsw", "fnmadd.s")
DEF_RM(ASM_TER, fnmsub_s, "flw", "fsw", "fnmsub.s")
DEF_RM(ASM_TER, fmadd_d, "fld", "fsd", "fmadd.d")
DEF_RM(ASM_TER, fmsub_d, "fld", "fsd", "fmsub.d")
DEF_RM(ASM_TER, fnmadd_d, "fld", "fsd", "fnmadd.d")
DEF_RM(ASM_TER, fnmsub_d, "fld", "fsd", "fnmsub.d")
DEF_RM(ASM_UN, fsqrt_s, "flw", "fsw", "fsqrt.s")
DEF_RM(ASM_UN, fsqrt_d, "fld", "fsd", "fsqrt.d")
DEF_RM(ASM_UN, fcvt_s_d, "fld", "fsw", "fcvt.s.d")
DEF_RM(ASM_F2I, fcvt_w_s, "flw", "fcvt.w.s")
DEF_RM(ASM_F2I, fcvt_wu_s, "flw", "fcvt.wu.s")
DEF_RM(ASM_F2I, fcvt_w_d, "fld", "fcvt.w.d")
DEF_RM(ASM_F2I, fcvt_wu_d, "fld", "fcvt.wu.d")
DEF_RM(ASM_I2F, fcvt_s_w, "fsw", "fcvt.s.w")
DEF_RM(ASM_I2F, fcvt_s_wu, "fsw", "fcvt.s.wu")
#if XLEN == 64
#define ASM_F2L(L, insn, rm) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" insn " t0, ft0, " rm "\n\tsd t0, 0(%0)" \
        :: "r"(r), "r"(a) : "ft0", "t0", "memory")
DEF_RM(ASM_F2L, fcvt_l_s, "flw", "fcvt.l.s")
DEF_RM(ASM_F2L, fcvt_lu_s, "flw", "fcvt.lu.s")
DEF_RM(ASM_F2L, fcvt_l_d, "fld", "fcvt.l.d")
DEF_RM(ASM_F2L, fcvt_lu_d, "fld", "fcvt.lu.d")
DEF_RM(ASM_I2F, fcvt_s_l, "fsw", "fcvt.s.l")
DEF_RM(ASM_I2F, fcvt_s_lu, "fsw", "fcvt.s.lu")
DEF_RM(ASM_I2F, fcvt_d_l, "fsd", "fcvt.d.l")
DEF_RM(ASM_I2F, fcvt_d_lu, "fsd", "fcvt.d.lu")
#endif

/* result width in bytes for printing: 4 = single bits, 8 = double bits or
 * 64-bit integer; for F2I on rv32 slot holds (low, sign-extension). */
static void print_val(const void *p, int bytes)
{
    if (bytes == 4)
        printf("%08x", *(const uint32_t *)p);
    else
        printf("%016llx", *(const unsigned long long *)p);
}

/* Runs op in the 5 static modes, printing result/flags, then in dyn mode
 * with frm = 0..4 and reports whether each matched the static result. */
static void run_rm(const char *name, const op_fn *op, const void *a, const void *b,
                   const void *c, int nargs, int abytes, int rbytes)
{
    uint64_t res[5] __attribute__((aligned(8)));
    ureg flg[5];
    printf("%s", name);
    const void *args[3] = { a, b, c };
    for (int i = 0; i < nargs; i++) {
        printf(" ");
        print_val(args[i], abytes);
    }
    printf(":");
    for (int m = 0; m < 5; m++) {
        res[m] = 0;
        fflags_take();
        op[m](&res[m], a, b, c);
        flg[m] = fflags_take();
        printf(" %s=", rm_names[m]);
        print_val(&res[m], rbytes);
        printf("/%02x", (unsigned)flg[m]);
    }
    int dyn_ok = 1;
    for (int m = 0; m < 5; m++) {
        uint64_t d __attribute__((aligned(8))) = 0;
        frm_set(m);
        fflags_take();
        op[5](&d, a, b, c);
        ureg f = fflags_take();
        if (d != res[m] || f != flg[m])
            dyn_ok = 0;
    }
    frm_set(0);
    printf(" dyn:%s\n", dyn_ok ? "same" : "DIFF");
}

/* single-precision bit patterns */
#define F_ONE    0x3f800000u
#define F_THREE  0x40400000u
#define F_MONE   0xbf800000u
#define F_HALF   0x3f000000u
#define F_TWO    0x40000000u
#define F_MAX    0x7f7fffffu
#define F_MIN    0x00800000u
#define F_INF    0x7f800000u
#define F_NINF   0xff800000u
#define F_QNAN   0x7fc00000u
#define F_SNAN   0x7f800001u
#define F_NZERO  0x80000000u
#define F_TINY   0x33800000u            /* 2^-24 */
#define F_SUB    0x00000003u
/* double-precision bit patterns */
#define D_ONE    0x3ff0000000000000ull
#define D_THREE  0x4008000000000000ull
#define D_MONE   0xbff0000000000000ull
#define D_HALF   0x3fe0000000000000ull
#define D_TWO    0x4000000000000000ull
#define D_MAX    0x7fefffffffffffffull
#define D_MIN    0x0010000000000000ull
#define D_INF    0x7ff0000000000000ull
#define D_NINF   0xfff0000000000000ull
#define D_QNAN   0x7ff8000000000000ull
#define D_SNAN   0x7ff0000000000001ull
#define D_NZERO  0x8000000000000000ull
#define D_TINY   0x3ca0000000000000ull   /* 2^-53 */
#define D_SUB    0x0000000000000003ull

static const uint32_t s_pairs[][2] = {
    { F_ONE, F_THREE }, { F_MONE, F_THREE }, { F_ONE, F_TINY }, { F_MONE, 0xb3800001u },
    { F_MAX, F_MAX }, { 0x00800001u, F_HALF }, { F_INF, F_NINF }, { 0, 0 },
    { F_ONE, 0 }, { F_SNAN, F_ONE }, { 0x7fc12345u, F_ONE }, { F_NZERO, 0 },
    { F_SUB, F_SUB },
};
static const uint64_t d_pairs[][2] = {
    { D_ONE, D_THREE }, { D_MONE, D_THREE }, { D_ONE, D_TINY }, { D_MONE, 0xbca0000000000001ull },
    { D_MAX, D_MAX }, { 0x0010000000000001ull, D_HALF }, { D_INF, D_NINF }, { 0, 0 },
    { D_ONE, 0 }, { D_SNAN, D_ONE }, { 0x7ff8000000012345ull, D_ONE }, { D_NZERO, 0 },
    { D_SUB, D_SUB },
};
#define NPAIRS (sizeof(s_pairs) / sizeof(s_pairs[0]))

static const uint32_t s_triples[][3] = {
    { 0x3eaaaaabu, F_THREE, F_MONE }, { F_TWO, F_THREE, F_ONE }, { F_INF, 0, F_ONE },
    { F_MAX, F_TWO, 0xff7fffffu }, { F_ONE, F_ONE, F_NZERO }, { F_QNAN, F_ONE, F_ONE },
    { F_ONE, F_TINY, F_TINY },
};
static const uint64_t d_triples[][3] = {
    { 0x3fd5555555555555ull, D_THREE, D_MONE }, { D_TWO, D_THREE, D_ONE }, { D_INF, 0, D_ONE },
    { D_MAX, D_TWO, 0xffefffffffffffffull }, { D_ONE, D_ONE, D_NZERO }, { D_QNAN, D_ONE, D_ONE },
    { D_ONE, D_TINY, D_TINY },
};
#define NTRIPLES (sizeof(s_triples) / sizeof(s_triples[0]))

static const uint32_t s_unary[] = {
    F_TWO, F_THREE, F_MONE, F_NZERO, F_INF, F_SNAN, F_SUB, 0x40200000u /* 2.5 */,
    0xc0200000u /* -2.5 */, F_HALF, 0xbf000000u /* -0.5 */, 0x3fc00000u /* 1.5 */,
    0x4f32d05eu /* 3e9 */, 0xcf32d05eu /* -3e9 */, 0x5f0ac723u /* 1e19 */,
    0xdf0ac723u /* -1e19 */, 0x4f000000u /* 2^31 */, 0xcf000000u /* -2^31 */,
    F_NINF, F_QNAN,
};
static const uint64_t d_unary[] = {
    D_TWO, D_THREE, D_MONE, D_NZERO, D_INF, D_SNAN, D_SUB, 0x4004000000000000ull,
    0xc004000000000000ull, D_HALF, 0xbfe0000000000000ull, 0x3ff8000000000000ull,
    0x41e65a0bc0000000ull /* 3e9 */, 0xc1e65a0bc0000000ull, 0x43e158e460913d00ull /* 1e19 */,
    0xc3e158e460913d00ull, 0x41e0000000000000ull /* 2^31 */, 0xc1e0000000200000ull /* -2^31-1 */,
    D_NINF, D_QNAN, 0x3fd5555555555555ull /* 1/3 */, D_MAX, 0x36a0000000000000ull /* 2^-149 */,
    0x7ff8000012345678ull,
};
#define NSUN (sizeof(s_unary) / sizeof(s_unary[0]))
#define NDUN (sizeof(d_unary) / sizeof(d_unary[0]))

static const ureg ints[] = {
    0, 1, (ureg)-1, 0x7fffffff, (ureg)-0x7fffffff - 1, 16777217, (ureg)-16777217,
    0xffffffff,
#if XLEN == 64
    0x7fffffffffffffffUL, 0x8000000000000000UL, 0xffffffffffffffffUL,
    0x0020000000000001UL,
#endif
};
#define NINTS (sizeof(ints) / sizeof(ints[0]))

static void arith_tables(void)
{
    static const struct { const char *n; const op_fn *s, *d; } bin[] = {
        { "fadd", fadd_s, fadd_d }, { "fsub", fsub_s, fsub_d },
        { "fmul", fmul_s, fmul_d }, { "fdiv", fdiv_s, fdiv_d },
    };
    static const struct { const char *n; const op_fn *s, *d; } ter[] = {
        { "fmadd", fmadd_s, fmadd_d }, { "fmsub", fmsub_s, fmsub_d },
        { "fnmadd", fnmadd_s, fnmadd_d }, { "fnmsub", fnmsub_s, fnmsub_d },
    };
    for (unsigned k = 0; k < 4; k++) {
        for (unsigned i = 0; i < NPAIRS; i++) {
            printf("%s.s", bin[k].n);
            run_rm("", bin[k].s, &s_pairs[i][0], &s_pairs[i][1], 0, 2, 4, 4);
            printf("%s.d", bin[k].n);
            run_rm("", bin[k].d, &d_pairs[i][0], &d_pairs[i][1], 0, 2, 8, 8);
        }
    }
    for (unsigned k = 0; k < 4; k++) {
        for (unsigned i = 0; i < NTRIPLES; i++) {
            printf("%s.s", ter[k].n);
            run_rm("", ter[k].s, &s_triples[i][0], &s_triples[i][1], &s_triples[i][2], 3, 4, 4);
            printf("%s.d", ter[k].n);
            run_rm("", ter[k].d, &d_triples[i][0], &d_triples[i][1], &d_triples[i][2], 3, 8, 8);
        }
    }
    for (unsigned i = 0; i < NSUN; i++)
        run_rm("fsqrt.s", fsqrt_s, &s_unary[i], 0, 0, 1, 4, 4);
    for (unsigned i = 0; i < NDUN; i++)
        run_rm("fsqrt.d", fsqrt_d, &d_unary[i], 0, 0, 1, 8, 8);
}

static void conversions(void)
{
    for (unsigned i = 0; i < NSUN; i++) {
        run_rm("fcvt.w.s", fcvt_w_s, &s_unary[i], 0, 0, 1, 4, 8);
        run_rm("fcvt.wu.s", fcvt_wu_s, &s_unary[i], 0, 0, 1, 4, 8);
#if XLEN == 64
        run_rm("fcvt.l.s", fcvt_l_s, &s_unary[i], 0, 0, 1, 4, 8);
        run_rm("fcvt.lu.s", fcvt_lu_s, &s_unary[i], 0, 0, 1, 4, 8);
#endif
    }
    for (unsigned i = 0; i < NDUN; i++) {
        run_rm("fcvt.w.d", fcvt_w_d, &d_unary[i], 0, 0, 1, 8, 8);
        run_rm("fcvt.wu.d", fcvt_wu_d, &d_unary[i], 0, 0, 1, 8, 8);
#if XLEN == 64
        run_rm("fcvt.l.d", fcvt_l_d, &d_unary[i], 0, 0, 1, 8, 8);
        run_rm("fcvt.lu.d", fcvt_lu_d, &d_unary[i], 0, 0, 1, 8, 8);
#endif
        run_rm("fcvt.s.d", fcvt_s_d, &d_unary[i], 0, 0, 1, 8, 4);
    }
    for (unsigned i = 0; i < NINTS; i++) {
        uint64_t v = (uint64_t)ints[i];
        run_rm("fcvt.s.w", fcvt_s_w, &v, 0, 0, 1, 8, 4);
        run_rm("fcvt.s.wu", fcvt_s_wu, &v, 0, 0, 1, 8, 4);
#if XLEN == 64
        run_rm("fcvt.s.l", fcvt_s_l, &v, 0, 0, 1, 8, 4);
        run_rm("fcvt.s.lu", fcvt_s_lu, &v, 0, 0, 1, 8, 4);
        run_rm("fcvt.d.l", fcvt_d_l, &v, 0, 0, 1, 8, 8);
        run_rm("fcvt.d.lu", fcvt_d_lu, &v, 0, 0, 1, 8, 8);
#endif
    }
    /* fcvt.d.w(u) is exact: no rounding mode. */
    for (unsigned i = 0; i < NINTS; i++) {
        uint64_t r1 = 0, r2 = 0;
        __asm__ volatile ("fcvt.d.w ft0, %2\n\tfsd ft0, 0(%0)\n\t"
                          "fcvt.d.wu ft0, %2\n\tfsd ft0, 0(%1)"
                          :: "r"(&r1), "r"(&r2), "r"(ints[i]) : "ft0", "memory");
        printf("fcvt.d.w %p: %016llx fcvt.d.wu: %016llx\n", (void *)ints[i],
               (unsigned long long)r1, (unsigned long long)r2);
    }
    /* fcvt.d.s is exact: no rounding mode. */
    for (unsigned i = 0; i < NSUN; i++) {
        uint64_t r = 0;
        fflags_take();
        __asm__ volatile ("flw ft0, 0(%1)\n\tfcvt.d.s ft1, ft0\n\tfsd ft1, 0(%0)"
                          :: "r"(&r), "r"(&s_unary[i]) : "ft0", "ft1", "memory");
        ureg f = fflags_take();
        printf("fcvt.d.s %08x: %016llx/%02x\n", s_unary[i], (unsigned long long)r, (unsigned)f);
    }
}

/* Operations without a rounding mode. */
#define ASM_NORM_F(L, S, insn) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" L " ft1, 0(%2)\n\t" insn " ft2, ft0, ft1\n\t" \
        S " ft2, 0(%0)" :: "r"(&r), "r"(a), "r"(b) : "ft0", "ft1", "ft2", "memory")
#define ASM_CMP(L, insn) \
    __asm__ volatile (L " ft0, 0(%1)\n\t" L " ft1, 0(%2)\n\t" insn " %0, ft0, ft1" \
        : "=r"(x) : "r"(a), "r"(b) : "ft0", "ft1", "memory")

static const uint32_t s_cmp[] = { F_ONE, F_MONE, 0, F_NZERO, F_QNAN, F_SNAN, F_INF };
static const uint64_t d_cmp[] = { D_ONE, D_MONE, 0, D_NZERO, D_QNAN, D_SNAN, D_INF };
#define NCMP (sizeof(s_cmp) / sizeof(s_cmp[0]))

static void minmax_cmp(void)
{
    for (unsigned i = 0; i < NCMP; i++) {
        for (unsigned j = 0; j < NCMP; j++) {
            const uint32_t *a = &s_cmp[i], *b = &s_cmp[j];
            uint32_t r;
            ureg x, f;
            printf("%08x %08x:", *a, *b);
#define NORM_S(insn) fflags_take(); ASM_NORM_F("flw", "fsw", insn); f = fflags_take(); \
            printf(" " insn "=%08x/%02x", r, (unsigned)f);
#define CMP_S(insn) fflags_take(); ASM_CMP("flw", insn); f = fflags_take(); \
            printf(" " insn "=%u/%02x", (unsigned)x, (unsigned)f);
            NORM_S("fmin.s") NORM_S("fmax.s") NORM_S("fsgnj.s") NORM_S("fsgnjn.s") NORM_S("fsgnjx.s")
            CMP_S("feq.s") CMP_S("flt.s") CMP_S("fle.s")
            printf("\n");
        }
    }
    for (unsigned i = 0; i < NCMP; i++) {
        for (unsigned j = 0; j < NCMP; j++) {
            const uint64_t *a = &d_cmp[i], *b = &d_cmp[j];
            uint64_t r;
            ureg x, f;
            printf("%016llx %016llx:", (unsigned long long)*a, (unsigned long long)*b);
#define NORM_D(insn) fflags_take(); ASM_NORM_F("fld", "fsd", insn); f = fflags_take(); \
            printf(" " insn "=%016llx/%02x", (unsigned long long)r, (unsigned)f);
#define CMP_D(insn) fflags_take(); ASM_CMP("fld", insn); f = fflags_take(); \
            printf(" " insn "=%u/%02x", (unsigned)x, (unsigned)f);
            NORM_D("fmin.d") NORM_D("fmax.d") NORM_D("fsgnj.d") NORM_D("fsgnjn.d") NORM_D("fsgnjx.d")
            CMP_D("feq.d") CMP_D("flt.d") CMP_D("fle.d")
            printf("\n");
        }
    }
}

static void fclass_tests(void)
{
    static const uint32_t sv[] = { F_NINF, F_MONE, 0x80000003u, F_NZERO, 0, F_SUB, F_ONE,
                                   F_INF, F_SNAN, F_QNAN, 0xffc00000u };
    static const uint64_t dv[] = { D_NINF, D_MONE, 0x8000000000000003ull, D_NZERO, 0, D_SUB,
                                   D_ONE, D_INF, D_SNAN, D_QNAN, 0xfff8000000000000ull };
    printf("fclass.s:");
    for (unsigned i = 0; i < sizeof(sv) / sizeof(sv[0]); i++) {
        ureg x;
        __asm__ volatile ("flw ft0, 0(%1)\n\tfclass.s %0, ft0" : "=r"(x) : "r"(&sv[i]) : "ft0");
        printf(" %08x=%03x", sv[i], (unsigned)x);
    }
    printf("\nfclass.d:");
    for (unsigned i = 0; i < sizeof(dv) / sizeof(dv[0]); i++) {
        ureg x;
        __asm__ volatile ("fld ft0, 0(%1)\n\tfclass.d %0, ft0" : "=r"(x) : "r"(&dv[i]) : "ft0");
        printf(" %016llx=%03x", (unsigned long long)dv[i], (unsigned)x);
    }
    printf("\n");
}

static void nan_boxing(void)
{
    static const uint64_t boxes[] = {
        0xffffffff3f800000ull,  /* properly boxed 1.0f */
        0x000000003f800000ull,  /* upper half zero: not boxed */
        0xfffffffe3f800000ull,  /* one bit missing */
    };
    for (unsigned i = 0; i < 3; i++) {
        uint32_t add, sgnj, mvx;
        ureg cls, f;
        fflags_take();
        __asm__ volatile (
            "fld ft0, 0(%4)\n\t"
            "fadd.s ft1, ft0, ft0\n\t"
            "fsw ft1, 0(%1)\n\t"
            "fsgnj.s ft1, ft0, ft0\n\t"
            "fsw ft1, 0(%2)\n\t"
            "fmv.x.w t0, ft0\n\t"
            "sw t0, 0(%3)\n\t"
            "fclass.s %0, ft0"
            : "=&r"(cls) : "r"(&add), "r"(&sgnj), "r"(&mvx), "r"(&boxes[i])
            : "ft0", "ft1", "t0", "memory");
        f = fflags_take();
        printf("nanbox %016llx: fadd.s=%08x fsgnj.s=%08x fmv.x.w=%08x fclass.s=%03x flags=%02x\n",
               (unsigned long long)boxes[i], add, sgnj, mvx, (unsigned)cls, (unsigned)f);
    }
    /* Single-precision writes box the result: read the register as double. */
    uint64_t d;
    static const uint32_t two = F_TWO;
    __asm__ volatile ("flw ft0, 0(%1)\n\tfsd ft0, 0(%0)" :: "r"(&d), "r"(&two) : "ft0", "memory");
    printf("flw then fsd: %016llx\n", (unsigned long long)d);
    __asm__ volatile ("flw ft0, 0(%1)\n\tfadd.s ft0, ft0, ft0\n\tfsd ft0, 0(%0)"
                      :: "r"(&d), "r"(&two) : "ft0", "memory");
    printf("fadd.s then fsd: %016llx\n", (unsigned long long)d);
#if XLEN == 64
    ureg x;
    __asm__ volatile ("li t0, -2\n\tfmv.w.x ft0, t0\n\tfmv.x.d %0, ft0" : "=r"(x) :: "t0", "ft0");
    printf("fmv.w.x -2 then fmv.x.d: %p\n", (void *)x);
    __asm__ volatile ("li t0, 0x80000000\n\tfmv.w.x ft0, t0\n\tfmv.x.w %0, ft0" : "=r"(x) :: "t0", "ft0");
    printf("fmv.x.w sign-extends: %p\n", (void *)x);
#endif
}

static volatile int trap_seen;
static ureg trap_cause, trap_tval;

void handle_trap(struct trap_frame *f)
{
    (void)f;
    trap_cause = csr_read(mcause);
    trap_tval = csr_read(mtval);
    trap_seen++;
    csr_write(mepc, csr_read(mepc) + 4);
}

static void csr_tests(void)
{
    ureg v;
    csr_write(fcsr, 0xffffffff);
    v = csr_read(fcsr);
    printf("fcsr after writing all ones: %p frm=%u fflags=%02x\n", (void *)v,
           (unsigned)csr_read(frm), (unsigned)csr_read(fflags));
    csr_write(frm, 0x1f);
    printf("frm after writing 0x1f: %u, fcsr=%p\n", (unsigned)csr_read(frm),
           (void *)csr_read(fcsr));
    csr_write(fcsr, 0);

    /* mstatus.FS: set to Initial, run one FP op, read back. */
    csr_clear(mstatus, MSTATUS_FS);
    csr_set(mstatus, 1UL << 13);
    ureg before = (csr_read(mstatus) >> 13) & 3;
    __asm__ volatile ("fmv.w.x ft0, zero\n\tfadd.s ft0, ft0, ft0" ::: "ft0");
    ureg after = csr_read(mstatus);
    printf("mstatus.FS before=%u after fadd=%u SD=%u\n", (unsigned)before,
           (unsigned)((after >> 13) & 3), (unsigned)(after >> (XLEN - 1)));

    /* FS = Off makes FP instructions illegal. */
    csr_clear(mstatus, MSTATUS_FS);
    trap_seen = 0;
    __asm__ volatile ("fadd.s ft0, ft0, ft0" ::: "ft0");
    printf("fadd.s with FS=Off: traps=%d mcause=%p mtval=%p\n", trap_seen,
           (void *)trap_cause, (void *)trap_tval);
    csr_set(mstatus, 1UL << 13);

    /* Reserved dynamic rounding modes 5 and 6 are illegal. */
    for (unsigned rm = 5; rm <= 7; rm++) {
        trap_seen = 0;
        __asm__ volatile ("csrw frm, %0\n\tfadd.s ft0, ft0, ft0, dyn" :: "r"((ureg)rm) : "ft0");
        printf("frm=%u fadd.s dyn: traps=%d mcause=%p mtval=%p\n", rm, trap_seen,
               trap_seen ? (void *)trap_cause : 0, trap_seen ? (void *)trap_tval : 0);
    }
    csr_write(fcsr, 0);
}

int main(void)
{
    printf("fpu: rv%d\n", XLEN);
    csr_write(fcsr, 0);
    arith_tables();
    conversions();
    minmax_cmp();
    fclass_tests();
    nan_boxing();
    csr_tests();
    printf("fpu: done\n");
    return 0;
}
