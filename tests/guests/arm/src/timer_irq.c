/* timer_irq: the virtual generic timer (CNTV, PPI 11 = interrupt 27)
 * through the GICv2 distributor and CPU interface to the IRQ vector.  The
 * handler acknowledges, re-arms the timer and counts; after five interrupts
 * it stops the timer.  Only counts and identities are printed, so the output
 * does not depend on timing. */
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
#define WANTED          5
#define TICKS           2000

static volatile uint32_t ticks, spurious, others, still_pending;

static void cntv_ctl_write(uint32_t v)  { asm volatile("mcr p15, 0, %0, c14, c3, 1\n\tisb" : : "r"(v)); }
static void cntv_tval_write(uint32_t v) { asm volatile("mcr p15, 0, %0, c14, c3, 0\n\tisb" : : "r"(v)); }
static uint32_t cntv_ctl_read(void)
{
    uint32_t v;
    asm volatile("mrc p15, 0, %0, c14, c3, 1" : "=r"(v));
    return v;
}

void irq(void)
{
    uint32_t iar = REG32(GICC_IAR);
    uint32_t id = iar & 0x3ff;
    if (id == 1023) {
        spurious++;
        return;
    }
    if (id == CNTV_INTID) {
        if (!(cntv_ctl_read() & 4))         /* ISTATUS must be set */
            still_pending++;
        ticks++;
        if (ticks < WANTED)
            cntv_tval_write(TICKS);
        else
            cntv_ctl_write(0);
    } else {
        others++;
    }
    REG32(GICC_EOIR) = iar;
}

void vectors_install(void);

int main(void)
{
    uint32_t frq;
    vectors_install();
    asm volatile("mrc p15, 0, %0, c14, c0, 0" : "=r"(frq));
    printf_("cntfrq=%d\n", frq);

    REG32(GICD_CTLR) = 1;
    ((volatile uint8_t *)GICD_IPRIORITYR)[CNTV_INTID] = 0x80;
    REG32(GICD_ISENABLER0) = 1u << CNTV_INTID;
    REG32(GICC_PMR) = 0xf0;
    REG32(GICC_CTLR) = 1;
    printf_("enabled PPIs/SGIs: %x\n", REG32(GICD_ISENABLER0));

    cntv_tval_write(TICKS);
    cntv_ctl_write(1);                      /* ENABLE, IMASK clear */
    asm volatile("cpsid i");
    while (ticks < WANTED) {
        asm volatile("wfi");
        asm volatile("cpsie i\n\tisb\n\tcpsid i" ::: "memory");
    }
    printf_("timer interrupts: %d (spurious %d, other %d, not pending %d)\n",
            ticks, spurious, others, still_pending);
    printf_("cntv_ctl=%x\n", cntv_ctl_read());
    return 0;
}
