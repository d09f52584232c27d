/* traps: M-mode trap handler (mtvec).  Provokes illegal instructions,
 * ecall from M, S and U mode (entered with mret), ebreak and c.ebreak,
 * misaligned loads/stores/AMOs, accesses to a missing CSR and to read-only
 * CSRs, and load/store/fetch access faults on an unmapped address.  Prints
 * mcause, mepc as an offset from the faulting label, mtval and the mode the
 * trap came from (mstatus.MPP). */
#include "guest.h"

#define UNMAPPED 0x00200000UL           /* nothing there on riscv virt */
#define SYS_BACK 93                     /* a7 value: "return me to M-mode" */

struct event { ureg cause, epc, tval, mpp; };
static struct event evs[16];
static volatile unsigned nev;

extern char back_to_m[], user_fn[], user_fn_end[], super_fn[];
ureg go_mode(void *fn, ureg mpp);

/* go_mode(fn, mpp): mret into fn in mode mpp on the current stack; fn ends
 * with `li a7, 93; ecall`, after which the handler resumes at back_to_m,
 * which returns to go_mode's caller.  fn may only clobber caller-saved
 * registers. */
__asm__(
    "    .text\n"
    "    .globl go_mode\n"
    "go_mode:\n"
    "    la t0, saved_sp\n"
#if XLEN == 64
    "    sd sp, 0(t0)\n    sd ra, 8(t0)\n"
#else
    "    sw sp, 0(t0)\n    sw ra, 4(t0)\n"
#endif
    "    csrw mepc, a0\n"
    "    li t0, 0x1800\n"
    "    csrc mstatus, t0\n"
    "    slli a1, a1, 11\n"
    "    csrs mstatus, a1\n"
    "    mret\n"
    "    .globl back_to_m\n"
    "back_to_m:\n"
    "    la t0, saved_sp\n"
#if XLEN == 64
    "    ld sp, 0(t0)\n    ld ra, 8(t0)\n"
#else
    "    lw sp, 0(t0)\n    lw ra, 4(t0)\n"
#endif
    "    ret\n"
    "    .balign 4\n"
    "    .globl user_fn\n"
    "user_fn:\n"
    "    li a7, 1\n"
    "    ecall\n"                       /* cause 8 */
    "    csrr t0, mstatus\n"            /* illegal from U */
    "    ebreak\n"
    "    csrr t0, cycle\n"              /* mcounteren = 0 */
    "    csrr t0, sstatus\n"            /* S CSR from U */
    "    li a7, 93\n"
    "    ecall\n"
    "    .globl user_fn_end\n"
    "user_fn_end:\n"
    "    .balign 4\n"
    "    .globl super_fn\n"
    "super_fn:\n"
    "    li a7, 2\n"
    "    ecall\n"                       /* cause 9 */
    "    csrr t0, sstatus\n"            /* fine in S */
    "    csrr t0, mstatus\n"            /* illegal from S */
    "    csrr t0, satp\n"               /* fine in S (TVM = 0) */
    "    li a7, 93\n"
    "    ecall\n"
);
ureg saved_sp[2];

static unsigned insn_len(ureg epc)
{
    uint16_t h = *(volatile uint16_t *)epc;
    return (h & 3) == 3 ? 4 : 2;
}

void handle_trap(struct trap_frame *f)
{
    ureg cause = csr_read(mcause), epc = csr_read(mepc);
    if (nev < sizeof(evs) / sizeof(evs[0])) {
        struct event *e = &evs[nev++];
        e->cause = cause;
        e->epc = epc;
        e->tval = csr_read(mtval);
        e->mpp = (csr_read(mstatus) >> 11) & 3;
    }
    if ((cause == 8 || cause == 9) && f->x[17] == SYS_BACK) {
        csr_set(mstatus, MSTATUS_MPP);
        csr_write(mepc, (ureg)back_to_m);
        return;
    }
    if (cause == 1) {                   /* fetch fault: return to link t2 */
        csr_write(mepc, f->x[7]);
        return;
    }
    csr_write(mepc, epc + insn_len(epc));
}

static void report(const char *what, ureg base)
{
    printf("%s:", what);
    if (nev == 0)
        printf(" no trap");
    for (unsigned i = 0; i < nev; i++) {
        struct event *e = &evs[i];
        printf(" [mcause=%p mepc=", (void *)e->cause);
        if (base && e->epc >= base && e->epc - base < 0x1000)
            printf("+%u", (unsigned)(e->epc - base));
        else
            printf("%p", (void *)e->epc);
        printf(" mtval=%p from=%c]", (void *)e->tval, "USHM"[e->mpp]);
    }
    printf("\n");
    nev = 0;
}

/* PROBE: run one instruction sequence with label 1: at the trapping point;
 * the label's address is the base for mepc. */
#define PROBE(what, body, ...) do { \
        ureg __lbl; \
        __asm__ volatile ("la %0, 1f\n" body : "=&r"(__lbl) : __VA_ARGS__ \
                          : "t0", "t1", "t2", "a7", "memory"); \
        report(what, __lbl); \
    } while (0)

static volatile uint32_t words[4] __attribute__((aligned(16))) = {
    0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c,
};

int main(void)
{
    printf("traps: rv%d\n", XLEN);
    printf("mtvec=%p (trap_entry=%p)\n", (void *)csr_read(mtvec), (void *)trap_entry);
    pmp_allow_all();

    PROBE("illegal custom-0 word", "1: .4byte 0x0000000b", "r"(0));
    PROBE("illegal all-zero halfword", "1: .2byte 0x0000", "r"(0));
    PROBE("unimp (csrrw x0, cycle, x0)", "1: .4byte 0xc0001073", "r"(0));
    PROBE("c.unimp", "1: c.unimp", "r"(0));
    PROBE("missing CSR 0x800", "1: csrr t0, 0x800", "r"(0));
    PROBE("missing CSR 0x7ff write", "1: csrw 0x7ff, zero", "r"(0));
    PROBE("write read-only mhartid", "1: csrw mhartid, zero", "r"(0));
    PROBE("read mhartid", "1: csrr t0, mhartid", "r"(0));
    PROBE("ecall from M", "li a7, 5\n1: ecall", "r"(0));
    PROBE("ebreak", "1: ebreak", "r"(0));
    PROBE("c.ebreak", "1: c.ebreak", "r"(0));

    ureg v = 0;
    PROBE("misaligned lw +1", "1: lw t0, 1(%1)\n sw t0, 0(%2)", "r"(words), "r"(&v));
    printf("  value: %p\n", (void *)v);
    PROBE("misaligned lh +3", "1: lh t0, 3(%1)\n sw t0, 0(%2)", "r"(words), "r"(&v));
    printf("  value: %p\n", (void *)v);
#if XLEN == 64
    PROBE("misaligned ld +4", "1: ld t0, 4(%1)\n sd t0, 0(%2)", "r"(words), "r"(&v));
    printf("  value: %p\n", (void *)v);
#endif
    PROBE("misaligned sw +2", "li t0, -1\n1: sw t0, 2(%1)", "r"(words));
    printf("  memory: %08x %08x\n", words[0], words[1]);
    PROBE("misaligned lr.w +2", "addi t1, %1, 2\n1: lr.w t0, (t1)", "r"(words));
    PROBE("misaligned amoadd.w +2", "addi t1, %1, 2\n1: amoadd.w t0, zero, (t1)", "r"(words));
    PROBE("misaligned sc.w +2", "addi t1, %1, 2\n1: sc.w t0, zero, (t1)", "r"(words));

    PROBE("load from unmapped 0x200000", "li t0, 0x200000\n1: lw t1, 0(t0)", "r"(0));
    PROBE("store to unmapped 0x200000", "li t0, 0x200000\n1: sw t1, 0(t0)", "r"(0));
    PROBE("fetch from unmapped 0x200000", "li t0, 0x200000\n1: jalr t2, 0(t0)", "r"(0));

    go_mode(user_fn, 0);
    report("U-mode sequence (mepc from user_fn)", (ureg)user_fn);
    go_mode(super_fn, 1);
    report("S-mode sequence (mepc from super_fn)", (ureg)super_fn);
    printf("mstatus.MPP after return: %u\n", (unsigned)((csr_read(mstatus) >> 11) & 3));
    printf("traps: done\n");
    return 0;
}
