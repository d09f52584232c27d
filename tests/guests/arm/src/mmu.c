/* mmu: the short-descriptor (VMSAv7) translation table with 1 MiB sections.
 * RAM and the UART identity-mapped, an alias of the first RAM section at
 * 0x80000000, a read-only section; then a read of an unmapped address and a
 * write to the read-only section, each a data abort whose DFSR/DFAR the
 * handler records before skipping the access. */
#include "guest.h"

#define SECTION         0x2u
#define AP_RW           (3u << 10)              /* AP[2]=0 AP[1:0]=11 */
#define AP_RO           ((1u << 15) | (1u << 10)) /* AP[2]=1 AP[1:0]=01: PL1 read-only */
#define NORMAL_WB       ((1u << 12) | 0xcu)     /* TEX=001 C=1 B=1 */
#define DEVICE          0x4u                    /* TEX=000 C=0 B=1 */
#define MB              0x100000u

#define ALIAS_VA        0x80000000u
#define RO_VA           0x81000000u
#define UNMAPPED_VA     0xc0001234u

static uint32_t l1[4096] __attribute__((aligned(16384)));
static volatile uint32_t aborts, last_dfsr, last_dfar;
volatile uint32_t shared_word = 0x11111111;

void data_abort(uint32_t *frame)
{
    uint32_t dfsr, dfar;
    asm volatile("mrc p15, 0, %0, c5, c0, 0" : "=r"(dfsr));
    asm volatile("mrc p15, 0, %0, c6, c0, 0" : "=r"(dfar));
    last_dfsr = dfsr;
    last_dfar = dfar;
    aborts++;
    frame[5] += 4;                              /* skip the access */
}

void irq(void)
{
    puts_("unexpected IRQ\n");
    semi_exit(1);
}

void vectors_install(void);

static void map_section(uint32_t va, uint32_t pa, uint32_t attrs)
{
    l1[va / MB] = (pa & ~(MB - 1)) | attrs | SECTION;
}

static uint32_t probe_read(uint32_t va)
{
    uint32_t v;
    asm volatile("mov %0, #0x55\n\tldr %0, [%1]" : "=&r"(v) : "r"(va) : "memory");
    return v;
}

static void probe_write(uint32_t va, uint32_t value)
{
    asm volatile("str %0, [%1]" : : "r"(value), "r"(va) : "memory");
}

static void report(const char *what)
{
    printf_("%s: aborts=%d dfsr=%x dfar=%x\n", what, aborts, last_dfsr, last_dfar);
}

int main(void)
{
    uint32_t sctlr;
    vectors_install();
    for (uint32_t i = 0; i < 64; i++)
        map_section(0x40000000u + i * MB, 0x40000000u + i * MB, AP_RW | NORMAL_WB);
    map_section(0x09000000u, 0x09000000u, AP_RW | DEVICE);
    map_section(ALIAS_VA, (uint32_t)&shared_word, AP_RW | NORMAL_WB);
    map_section(RO_VA, 0x40000000u, AP_RO | NORMAL_WB);

    asm volatile("mcr p15, 0, %0, c2, c0, 2" : : "r"(0));           /* TTBCR: short, N=0 */
    asm volatile("mcr p15, 0, %0, c2, c0, 0" : : "r"((uint32_t)l1)); /* TTBR0 */
    asm volatile("mcr p15, 0, %0, c3, c0, 0" : : "r"(1));           /* DACR: domain 0 client */
    asm volatile("mcr p15, 0, %0, c8, c7, 0" : : "r"(0));           /* TLBIALL */
    asm volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(sctlr));
    asm volatile("dsb\n\tmcr p15, 0, %0, c1, c0, 0\n\tisb" : : "r"(sctlr | 1) : "memory");
    asm volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(sctlr));
    printf_("mmu on: sctlr.m=%d\n", sctlr & 1);

    uint32_t alias = ALIAS_VA + ((uint32_t)&shared_word & (MB - 1));
    printf_("identity=%x alias=%x\n", shared_word, probe_read(alias));
    probe_write(alias, 0xcafef00d);
    printf_("after alias write: identity=%x\n", shared_word);
    printf_("read-only read=%x\n", probe_read(RO_VA) == REG32(0x40000000) ? 1u : 0u);
    report("no fault yet");

    uint32_t v = probe_read(UNMAPPED_VA);
    printf_("unmapped read skipped: value=%x\n", v);
    report("translation fault");

    probe_write(RO_VA + 0x40, 0x12345678);
    report("permission fault");

    asm volatile("mcr p15, 0, %0, c1, c0, 0\n\tisb" : : "r"(sctlr & ~1u) : "memory");
    puts_("mmu off\n");
    return 0;
}
