/* smp (run with -smp 4): PSCI over HVC (VERSION, AFFINITY_INFO, CPU_ON with
 * its error codes, CPU_OFF) and the per-CPU banked GICv2 registers.  CPU 0
 * starts each secondary in turn; the secondary prints its MPIDR and its view
 * of the banked registers, polls its own CPU interface for the SGI that
 * CPU 0 sends it, and powers itself off.  CPU 0 only prints while the
 * others wait or are off, so the output does not depend on timing. */
#include "guest.h"

#define PSCI_VERSION        0x84000000u
#define PSCI_CPU_OFF        0x84000002u
#define PSCI_CPU_ON         0x84000003u
#define PSCI_AFFINITY_INFO  0x84000004u

#define GICD                0x08000000u
#define GICC                0x08010000u
#define GICD_CTLR           (GICD + 0x000)
#define GICD_ISENABLER0     (GICD + 0x100)
#define GICD_ITARGETSR0     (GICD + 0x800)
#define GICD_SGIR           (GICD + 0xf00)
#define GICC_CTLR           (GICC + 0x000)
#define GICC_PMR            (GICC + 0x004)
#define GICC_IAR            (GICC + 0x00c)
#define GICC_EOIR           (GICC + 0x010)
#define GICC_HPPIR          (GICC + 0x018)

#define MAX_CPUS            4
#define SGI                 3

int psci_call(uint32_t fn, uint32_t a1, uint32_t a2, uint32_t a3);
void secondary_entry(void);
uint8_t secondary_stacks[MAX_CPUS][4096] __attribute__((aligned(8)));
static volatile uint32_t ready, done;

static uint32_t mpidr(void)
{
    uint32_t v;
    asm volatile("mrc p15, 0, %0, c0, c0, 5" : "=r"(v));
    return v;
}

void secondary_main(uint32_t n)
{
    printf_("cpu%d: up, mpidr=%x itargetsr0=%x gicc_ctlr=%x\n", n, mpidr(),
            REG32(GICD_ITARGETSR0), REG32(GICC_CTLR));
    asm volatile("cpsid i");
    REG32(GICC_PMR) = 0xf0;
    REG32(GICC_CTLR) = 1;
    asm volatile("dsb" ::: "memory");
    ready = n;
    uint32_t iar;
    while (((iar = REG32(GICC_IAR)) & 0x3ff) == 1023)
        ;
    REG32(GICC_EOIR) = iar;
    printf_("cpu%d: acknowledged %x, then %x\n", n, iar, REG32(GICC_IAR) & 0x3ff);
    asm volatile("dsb" ::: "memory");
    done = n;
    psci_call(PSCI_CPU_OFF, 0, 0, 0);
    puts_("CPU_OFF returned\n");
}

int main(void)
{
    uint32_t n;
    printf_("cpu0: mpidr=%x psci version=%x\n", mpidr(), psci_call(PSCI_VERSION, 0, 0, 0));
    for (n = 0; n < MAX_CPUS + 1; n++)
        printf_("affinity_info(%d)=%d\n", n, psci_call(PSCI_AFFINITY_INFO, n, 0, 0));
    REG32(GICD_CTLR) = 1;
    REG32(GICC_PMR) = 0xf0;
    REG32(GICC_CTLR) = 1;
    printf_("cpu0: itargetsr0=%x gicc_ctlr=%x isenabler0=%x\n", REG32(GICD_ITARGETSR0),
            REG32(GICC_CTLR), REG32(GICD_ISENABLER0));
    printf_("cpu_on(0)=%d cpu_on(9)=%d\n",
            psci_call(PSCI_CPU_ON, 0, (uint32_t)secondary_entry, 0),
            psci_call(PSCI_CPU_ON, 9, (uint32_t)secondary_entry, 9));

    for (n = 1; n < MAX_CPUS; n++) {
        int ret = psci_call(PSCI_CPU_ON, n, (uint32_t)secondary_entry, n);
        while (ready != n)
            ;
        int again = psci_call(PSCI_CPU_ON, n, (uint32_t)secondary_entry, n);
        REG32(GICD_SGIR) = (1u << (16 + n)) | SGI;      /* SGI 3 to CPU n only */
        uint32_t mine = REG32(GICC_HPPIR) & 0x3ff;
        while (done != n)
            ;
        while (psci_call(PSCI_AFFINITY_INFO, n, 0, 0) != 1)
            ;
        printf_("cpu0: cpu_on(%d)=%d, again=%d, own hppir=%d, cpu%d off\n",
                n, ret, again, mine, n);
    }
    return 0;
}
