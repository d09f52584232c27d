/* irq_vfp: long VFP computations in the main program and in the IRQ
 * handler at once, for the migration tests (tests/migration/
 * test_arm_migration.py save the VM while the CPU is in IRQ mode in the
 * middle of the handler's VFP work).
 *
 * The main program runs with FPSCR.RMode = round towards zero and the IXC
 * and UFC sticky flags set; every step it arms the virtual generic timer
 * (CNTV, PPI 11 = interrupt 27, through the GICv2), then does a chunk of
 * double and single precision arithmetic.  The timer interrupt arrives in
 * the middle of that chunk; the handler (irq_vfp_entry below) saves the
 * caller-saved VFP registers and FPSCR, switches to round towards plus
 * infinity and does its own chunk, then restores them.  The main program
 * waits for the step's interrupt before printing its partial results, the
 * handler's, and both FPSCRs, so the output does not depend on when the
 * interrupt arrives -- only on every rounding being right in both modes. */
#include "guest.h"

#define GICD            0x08000000u
#define GICC            0x08010000u
#define GICD_CTLR       (GICD + 0x000)
#define GICD_ISENABLER0 (GICD + 0x100)
#define GICD_IPRIORITYR (GICD + 0x400)
#define GICC_CTLR       (GICC + 0x000)
#define GICC_PMR        (GICC + 0x004)
#define GICC_IAR        (GICC + 0x00c)
#define GICC_EOIR       (GICC + 0x010)

#define CNTV_INTID      27
#define STEPS           16
#define TICKS           4000        /* 64 us: mid-way through a main chunk under -icount */
#define MAIN_ITERS      6000
#define IRQ_ITERS       5000

#define FPSCR_RZ        (3u << 22)
#define FPSCR_RP        (1u << 22)
#define FPSCR_IXC       (1u << 4)
#define FPSCR_UFC       (1u << 3)
#define MAIN_FPSCR      (FPSCR_RZ | FPSCR_IXC | FPSCR_UFC)

static volatile uint32_t irq_count, spurious, others;
static volatile uint64_t irq_result[STEPS];
static volatile uint32_t irq_fpscr[STEPS], irq_single[STEPS];
static double irq_acc = 0.5;

static uint32_t get_fpscr(void) { uint32_t v; __asm__ volatile("vmrs %0, fpscr" : "=r"(v)); return v; }
static void set_fpscr(uint32_t v) { __asm__ volatile("vmsr fpscr, %0" : : "r"(v)); }
static uint64_t d2u(double d) { union { uint64_t u; double d; } x = { .d = d }; return x.u; }
static uint32_t f2u(float f) { union { uint32_t u; float f; } x = { .f = f }; return x.u; }

static void cntv_ctl_write(uint32_t v)  { __asm__ volatile("mcr p15, 0, %0, c14, c3, 1\n\tisb" : : "r"(v)); }
static void cntv_tval_write(uint32_t v) { __asm__ volatile("mcr p15, 0, %0, c14, c3, 0\n\tisb" : : "r"(v)); }

/* The handler's chunk: a damped recurrence with divides and square roots,
 * every operation inexact, rounded towards +inf. */
static void irq_work(uint32_t step)
{
    double x = irq_acc, s = 0.0;
    float f = 1.0f + (float)step;
    set_fpscr(FPSCR_RP);
    for (int i = 1; i <= IRQ_ITERS; i++) {
        x = x * 1.0000001 + 1.0 / (double)(i + step);
        s += __builtin_sqrt(x) / 3.0;
        f = f * 0.999f + 1.0f / (float)i;
    }
    irq_acc = x - s * 1e-3;
    irq_result[step] = d2u(s);
    irq_single[step] = f2u(f);
    irq_fpscr[step] = get_fpscr();
}

/* Called from irq_vfp_entry with IRQs masked. */
void irq_body(void)
{
    uint32_t iar = REG32(GICC_IAR);
    uint32_t id = iar & 0x3ff;
    if (id == 1023) {
        spurious++;
        return;
    }
    if (id == CNTV_INTID) {
        cntv_ctl_write(0);                  /* one interrupt per step */
        if (irq_count < STEPS)
            irq_work(irq_count);
        irq_count++;
    } else {
        others++;
    }
    REG32(GICC_EOIR) = iar;
}

/* irq(), as vectors.S calls it: r0-r3, r12 and lr are saved already; keep
 * the caller-saved VFP registers and FPSCR of the interrupted code. */
__asm__(
    "    .fpu    vfpv4\n"
    "    .global irq\n"
    "    .type   irq, %function\n"
    "irq:\n"
    "    push    {r4, lr}\n"
    "    vpush   {d0-d7}\n"
    "    vpush   {d16-d31}\n"
    "    vmrs    r4, fpscr\n"
    "    bl      irq_body\n"
    "    vmsr    fpscr, r4\n"
    "    vpop    {d16-d31}\n"
    "    vpop    {d0-d7}\n"
    "    pop     {r4, pc}\n");

void vectors_install(void);

/* The main program's chunk, rounded towards zero. */
static double main_work(double acc, float *fsum, uint32_t step)
{
    float g = *fsum;
    for (int i = 1; i <= MAIN_ITERS; i++) {
        double t = (double)(i * 7 + step) / 9.0;
        acc = acc * 0.9999999 + t / (acc + 3.0);
        g = g + (float)t * 1e-3f - g * 1e-4f;
    }
    *fsum = g;
    return acc;
}

int main(void)
{
    double acc = 1.0;
    float fsum = 0.25f;
    vectors_install();

    REG32(GICD_CTLR) = 1;
    ((volatile uint8_t *)GICD_IPRIORITYR)[CNTV_INTID] = 0x80;
    REG32(GICD_ISENABLER0) = 1u << CNTV_INTID;
    REG32(GICC_PMR) = 0xf0;
    REG32(GICC_CTLR) = 1;

    set_fpscr(MAIN_FPSCR);
    printf_("start fpscr=%x\n", get_fpscr());
    for (uint32_t step = 0; step < STEPS; step++) {
        cntv_tval_write(TICKS);
        cntv_ctl_write(1);
        __asm__ volatile("cpsie i" ::: "memory");
        acc = main_work(acc, &fsum, step);
        __asm__ volatile("cpsid i" ::: "memory");
        while (irq_count <= step) {
            __asm__ volatile("wfi");
            __asm__ volatile("cpsie i\n\tisb\n\tcpsid i" ::: "memory");
        }
        uint64_t a = d2u(acc);
        uint64_t r = irq_result[step];
        printf_("step %d main %x%x %x fpscr=%x irq %x%x %x fpscr=%x\n", step,
                (uint32_t)(a >> 32), (uint32_t)a, f2u(fsum), get_fpscr(),
                (uint32_t)(r >> 32), (uint32_t)r, irq_single[step], irq_fpscr[step]);
    }
    printf_("interrupts %d (spurious %d, other %d)\n", irq_count, spurious, others);
    return 0;
}
