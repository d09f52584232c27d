/* vm: M-mode code builds Sv39 (rv64) or Sv32 (rv32) page tables, then runs
 * S-mode code with translation on: identity map of RAM and the MMIO used
 * for output, plus an alias page.  Checks alias reads/writes, load, store
 * and fetch page faults (delegated to S-mode: scause/stval), hardware A/D
 * bit updates (QEMU sets A and D itself), read-only pages, SUM and MXR. */
#include "guest.h"

#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)
#define PAGE 4096UL

#if XLEN == 64
#define SATP_MODE (8UL << 60)
#define LEVELS 3
#define ENTRIES 512
#define ALIAS_VA   0x40000000UL           /* VPN2 = 1 */
#else
#define SATP_MODE (1UL << 31)
#define LEVELS 2
#define ENTRIES 1024
#define ALIAS_VA   0x40000000UL           /* VPN1 = 0x100 */
#endif
#define UNMAPPED_VA (ALIAS_VA + 0x10 * PAGE)

static ureg root[ENTRIES] __attribute__((aligned(4096)));
static ureg l1[ENTRIES] __attribute__((aligned(4096)));
#if XLEN == 64
static ureg l0[ENTRIES] __attribute__((aligned(4096)));
#endif
static volatile uint32_t data_page[1024] __attribute__((aligned(4096)));
static volatile uint32_t ro_page[1024] __attribute__((aligned(4096)));
static volatile uint32_t user_page[1024] __attribute__((aligned(4096)));
static uint32_t xonly_page[1024] __attribute__((aligned(4096)));

/* Leaf table covering ALIAS_VA .. + 2 MiB (rv64) / 4 MiB (rv32). */
static ureg *leaf_table(void)
{
#if XLEN == 64
    return l0;
#else
    return l1;
#endif
}

static ureg pte_for(uintptr_t pa, ureg flags)
{
    return ((pa >> 12) << 10) | flags;
}

static void build_tables(void)
{
    ureg leafperm = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
#if XLEN == 64
    root[0] = pte_for(0x00000000UL, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);  /* MMIO 1 GiB */
    root[2] = pte_for(0x80000000UL, leafperm);                              /* RAM 1 GiB */
    root[1] = pte_for((uintptr_t)l1, PTE_V);
    l1[0] = pte_for((uintptr_t)l0, PTE_V);
#else
    root[0x000] = pte_for(0x00000000UL, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);  /* finisher */
    root[0x040] = pte_for(0x10000000UL, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);  /* UART */
    root[0x200] = pte_for(0x80000000UL, leafperm);                              /* RAM 4 MiB */
    root[0x201] = pte_for(0x80400000UL, leafperm);
    root[0x100] = pte_for((uintptr_t)l1, PTE_V);
#endif
    ureg *leaf = leaf_table();
    /* alias+0: data page, A = D = 0 so hardware must set them */
    leaf[0] = pte_for((uintptr_t)data_page, PTE_V | PTE_R | PTE_W);
    /* alias+1: read-only view of ro_page */
    leaf[1] = pte_for((uintptr_t)ro_page, PTE_V | PTE_R | PTE_A);
    /* alias+2: user page */
    leaf[2] = pte_for((uintptr_t)user_page, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    /* alias+3: execute-only page */
    leaf[3] = pte_for((uintptr_t)xonly_page, PTE_V | PTE_X | PTE_A);
    /* alias+4: second alias of data_page, A = D = 0 */
    leaf[4] = pte_for((uintptr_t)data_page, PTE_V | PTE_R | PTE_W);
    /* alias+0x10: not valid */
}

/* --- S-mode trap handling ------------------------------------------------ */
static volatile ureg s_cause, s_tval, s_count;

void handle_strap(struct trap_frame *f)
{
    s_cause = csr_read(scause);
    s_tval = csr_read(stval);
    s_count++;
    if (s_cause == 12)                  /* fetch fault: return to link in t2 */
        csr_write(sepc, f->x[7]);
    else
        csr_write(sepc, csr_read(sepc) + 4);
}

static void fault_report(const char *what)
{
    if (s_count)
        printf("%s: scause=%p stval=%p\n", what, (void *)s_cause, (void *)s_tval);
    else
        printf("%s: no fault\n", what);
    s_count = 0;
}

/* --- M-mode service: S-mode code asks M-mode for PTE values via ecall ---- */
static volatile ureg m_ret;

void handle_trap(struct trap_frame *f)
{
    ureg cause = csr_read(mcause);
    if (cause == 9) {                   /* ecall from S: a7 = service */
        if (f->x[17] == 1) {            /* read leaf PTE a0 (physical access) */
            f->x[10] = leaf_table()[f->x[10]];
        } else if (f->x[17] == 2) {     /* exit with code a0 */
            exit((int)f->x[10]);
        }
        csr_write(mepc, csr_read(mepc) + 4);
        return;
    }
    printf("unexpected M trap: mcause=%p mepc=%p mtval=%p\n", (void *)cause,
           (void *)csr_read(mepc), (void *)csr_read(mtval));
    exit(98);
}

static ureg m_read_pte(unsigned idx)
{
    register ureg a0 __asm__("a0") = idx;
    register ureg a7 __asm__("a7") = 1;
    __asm__ volatile ("ecall" : "+r"(a0) : "r"(a7) : "memory");
    return a0;
}

static const char *ad(ureg pte)
{
    static const char *const s[4] = { "A=0 D=0", "A=1 D=0", "A=0 D=1", "A=1 D=1" };
    return s[(pte >> 6) & 3];
}

#define LOAD32(addr) ({ uint32_t __v = 0xdeadbeef; \
    __asm__ volatile ("lw %0, 0(%1)" : "+r"(__v) : "r"(addr) : "memory"); __v; })
#define STORE32(addr, v) \
    __asm__ volatile ("sw %0, 0(%1)" :: "r"((ureg)(v)), "r"(addr) : "memory")

static void s_main(void)
{
    printf("in S-mode, satp mode=%u\n", (unsigned)(csr_read(satp) >> (XLEN == 64 ? 60 : 31)));

    data_page[0] = 0x11111111;
    printf("alias+0 PTE before access: %s\n", ad(m_read_pte(0)));
    uint32_t v = LOAD32(ALIAS_VA);
    printf("read via alias: %08x; PTE after read: %s\n", v, ad(m_read_pte(0)));
    STORE32(ALIAS_VA + 4, 0x22222222);
    printf("wrote via alias: identity sees %08x; PTE after write: %s\n", data_page[1],
           ad(m_read_pte(0)));
    STORE32(ALIAS_VA + 4 * PAGE + 8, 0x33333333);
    printf("store through second alias: PTE %s, identity sees %08x\n", ad(m_read_pte(4)),
           data_page[2]);
    fault_report("accesses above");

    v = LOAD32(UNMAPPED_VA + 0x24);
    fault_report("load from unmapped VA");
    STORE32(UNMAPPED_VA + 0x28, 1);
    fault_report("store to unmapped VA");
    __asm__ volatile ("jalr t2, 0(%0)" :: "r"(UNMAPPED_VA + 0x30) : "t2", "ra", "memory");
    fault_report("fetch from unmapped VA");

    ro_page[0] = 0x44444444;
    v = LOAD32(ALIAS_VA + PAGE);
    printf("read-only alias reads %08x\n", v);
    fault_report("read of read-only page");
    STORE32(ALIAS_VA + PAGE + 4, 5);
    fault_report("store to read-only page");

    user_page[0] = 0x55555555;
    v = LOAD32(ALIAS_VA + 2 * PAGE);
    fault_report("S load from U page, SUM=0");
    csr_set(sstatus, MSTATUS_SUM);
    v = LOAD32(ALIAS_VA + 2 * PAGE);
    printf("with SUM=1 read %08x\n", v);
    fault_report("S load from U page, SUM=1");
    csr_clear(sstatus, MSTATUS_SUM);

    xonly_page[0] = 0x66666666;
    v = LOAD32(ALIAS_VA + 3 * PAGE);
    fault_report("load from execute-only page, MXR=0");
    csr_set(sstatus, MSTATUS_MXR);
    v = LOAD32(ALIAS_VA + 3 * PAGE);
    printf("with MXR=1 read %08x\n", v);
    fault_report("load from execute-only page, MXR=1");
    csr_clear(sstatus, MSTATUS_MXR);

    /* Make the unmapped page valid from S-mode (identity-mapped tables),
     * then sfence.vma and access it. */
    ureg *leaf = leaf_table();
    leaf[0x10] = pte_for((uintptr_t)data_page, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);
    __asm__ volatile ("sfence.vma" ::: "memory");
    v = LOAD32(UNMAPPED_VA);
    printf("after mapping + sfence.vma: read %08x\n", v);
    fault_report("load from newly mapped VA");

    printf("vm: done\n");
    register ureg a0 __asm__("a0") = 0;
    register ureg a7 __asm__("a7") = 2;
    __asm__ volatile ("ecall" :: "r"(a0), "r"(a7));
}

int main(void)
{
    printf("vm: rv%d\n", XLEN);
    pmp_allow_all();
    build_tables();
    /* delegate page faults (12, 13, 15) to S-mode */
    csr_write(medeleg, (1UL << 12) | (1UL << 13) | (1UL << 15));
    csr_write(stvec, (ureg)strap_entry);
    csr_write(satp, SATP_MODE | ((uintptr_t)root >> 12));
    __asm__ volatile ("sfence.vma" ::: "memory");
    printf("satp=%p medeleg=%p\n", (void *)(csr_read(satp) & ~((1UL << 22) - 1) ),
           (void *)csr_read(medeleg));
    /* mret into S-mode at s_main, same stack (identity mapped) */
    csr_write(mepc, (ureg)s_main);
    csr_clear(mstatus, MSTATUS_MPP);
    csr_set(mstatus, 1UL << 11);
    __asm__ volatile ("mret");
    return 1;
}
