/* arith: RV64I/RV32I and M-extension results printed in hex.  Covers
 * division by zero, signed overflow of div/rem, the mulh variants, shifts
 * with out-of-range amounts, the *W forms on rv64, sign extension of loads,
 * immediates and branch outcomes.  Every instruction is issued by inline
 * asm so the compiler cannot fold it. */
#include "guest.h"

#define XMIN ((ureg)1 << (XLEN - 1))
#define XMAX (XMIN - 1)

static const ureg vals[] = {
    0, 1, (ureg)-1, (ureg)-7, XMIN, XMAX,
#if XLEN == 64
    0x0000000080000000UL, 0xfedcba9876543210UL,
#else
    0x00008000UL, 0xfedcba98UL,
#endif
};
#define NVALS (sizeof(vals) / sizeof(vals[0]))

static const ureg shamts[] = { 0, 1, 5, 31, 32, XLEN - 1, XLEN + 3, (ureg)-1 };
#define NSHAMTS (sizeof(shamts) / sizeof(shamts[0]))

#define RR(insn) \
    static ureg op_##insn(ureg a, ureg b) { \
        ureg r; \
        __asm__ volatile (#insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); \
        return r; \
    }
#define RR2(name, insn) \
    static ureg op_##name(ureg a, ureg b) { \
        ureg r; \
        __asm__ volatile (insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); \
        return r; \
    }

RR(add) RR(sub) RR(sll) RR(srl) RR(sra) RR(slt) RR(sltu)
RR(xor) RR(or) RR(and)
RR(mul) RR(mulh) RR(mulhsu) RR(mulhu) RR(div) RR(divu) RR(rem) RR(remu)
#if XLEN == 64
RR(addw) RR(subw) RR(sllw) RR(srlw) RR(sraw)
RR(mulw) RR(divw) RR(divuw) RR(remw) RR(remuw)
#endif

struct rr_op { const char *name; ureg (*fn)(ureg, ureg); int shift; };

static const struct rr_op rr_ops[] = {
    { "add", op_add, 0 }, { "sub", op_sub, 0 },
    { "slt", op_slt, 0 }, { "sltu", op_sltu, 0 },
    { "xor", op_xor, 0 }, { "or", op_or, 0 }, { "and", op_and, 0 },
    { "mul", op_mul, 0 }, { "mulh", op_mulh, 0 }, { "mulhsu", op_mulhsu, 0 },
    { "mulhu", op_mulhu, 0 }, { "div", op_div, 0 }, { "divu", op_divu, 0 },
    { "rem", op_rem, 0 }, { "remu", op_remu, 0 },
    { "sll", op_sll, 1 }, { "srl", op_srl, 1 }, { "sra", op_sra, 1 },
#if XLEN == 64
    { "addw", op_addw, 0 }, { "subw", op_subw, 0 }, { "mulw", op_mulw, 0 },
    { "divw", op_divw, 0 }, { "divuw", op_divuw, 0 }, { "remw", op_remw, 0 },
    { "remuw", op_remuw, 0 },
    { "sllw", op_sllw, 1 }, { "srlw", op_srlw, 1 }, { "sraw", op_sraw, 1 },
#endif
};

static void rr_tables(void)
{
    printf("operands:");
    for (unsigned j = 0; j < NVALS; j++)
        printf(" %p", (void *)vals[j]);
    printf("\nshift amounts:");
    for (unsigned j = 0; j < NSHAMTS; j++)
        printf(" %p", (void *)shamts[j]);
    printf("\n");
    for (unsigned k = 0; k < sizeof(rr_ops) / sizeof(rr_ops[0]); k++) {
        const struct rr_op *op = &rr_ops[k];
        const ureg *bs = op->shift ? shamts : vals;
        unsigned nb = op->shift ? NSHAMTS : NVALS;
        for (unsigned i = 0; i < NVALS; i++) {
            printf("%s a[%u]:", op->name, i);
            for (unsigned j = 0; j < nb; j++)
                printf(" %p", (void *)op->fn(vals[i], bs[j]));
            printf("\n");
        }
    }
}

#define IMM(insn, imm) ({ ureg __r; \
    __asm__ volatile (#insn " %0, %1, " #imm : "=r"(__r) : "r"(a)); __r; })

static void imm_ops(void)
{
    for (unsigned i = 0; i < NVALS; i++) {
        ureg a = vals[i];
        printf("imm a[%u]: addi %p slti %p sltiu %p xori %p ori %p andi %p\n", i,
               (void *)IMM(addi, -2048), (void *)IMM(slti, -1),
               (void *)IMM(sltiu, -1), (void *)IMM(xori, -1),
               (void *)IMM(ori, 0x555), (void *)IMM(andi, -16));
        printf("imm a[%u]: slli %p srli %p srai %p\n", i,
               (void *)IMM(slli, 7), (void *)IMM(srli, 29),
               (void *)IMM(srai, 3));
#if XLEN == 64
        printf("imm a[%u]: srli63 %p addiw %p slliw %p srliw %p sraiw %p\n", i, (void *)IMM(srli, 63),
               (void *)IMM(addiw, 2047), (void *)IMM(slliw, 31),
               (void *)IMM(srliw, 0), (void *)IMM(sraiw, 4));
#endif
    }
    ureg r;
    __asm__ volatile ("lui %0, 0x80000" : "=r"(r));
    printf("lui 0x80000: %p\n", (void *)r);
    __asm__ volatile ("lui %0, 0xfffff" : "=r"(r));
    printf("lui 0xfffff: %p\n", (void *)r);
    ureg p0, p1;
    __asm__ volatile ("1: auipc %0, 0\n\tla %1, 1b" : "=r"(p0), "=r"(p1));
    printf("auipc 0 == la label: %s\n", p0 == p1 ? "yes" : "no");
    __asm__ volatile ("1: auipc %0, 0x12345\n\tla %1, 1b\n\tsub %0, %0, %1"
                      : "=r"(p0), "=r"(p1));
    printf("auipc 0x12345 - pc: %p\n", (void *)p0);
}

static const uint8_t mem[16] __attribute__((aligned(16))) = {
    0x81, 0x7f, 0xfe, 0x80, 0x01, 0x00, 0x00, 0x80,
    0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0xf1,
};

#define LD(insn, off) ({ ureg __r; \
    __asm__ volatile (#insn " %0, " #off "(%1)" : "=r"(__r) : "r"(mem)); __r; })

static void loads_stores(void)
{
    printf("lb %p %p lbu %p %p\n", (void *)LD(lb, 0), (void *)LD(lb, 1),
           (void *)LD(lbu, 0), (void *)LD(lbu, 3));
    printf("lh %p %p lhu %p %p\n", (void *)LD(lh, 0), (void *)LD(lh, 2),
           (void *)LD(lhu, 2), (void *)LD(lhu, 6));
    printf("lw %p %p\n", (void *)LD(lw, 0), (void *)LD(lw, 4));
#if XLEN == 64
    printf("lwu %p %p ld %p %p\n", (void *)LD(lwu, 4), (void *)LD(lwu, 12),
           (void *)LD(ld, 0), (void *)LD(ld, 8));
#endif
    static volatile uint8_t buf[16] __attribute__((aligned(16)));
    ureg v = (ureg)0x1122334455667788ULL;
    for (int i = 0; i < 16; i++)
        buf[i] = 0xaa;
    __asm__ volatile ("sb %0, 0(%1)\n\tsh %0, 2(%1)\n\tsw %0, 4(%1)"
                      :: "r"(v), "r"(buf) : "memory");
#if XLEN == 64
    __asm__ volatile ("sd %0, 8(%1)" :: "r"(v), "r"(buf) : "memory");
#endif
    printf("stores:");
    for (int i = 0; i < 16; i++)
        printf(" %02x", buf[i]);
    printf("\n");
}

static unsigned branches(ureg a, ureg b)
{
    unsigned m = 0;
    __asm__ volatile (
        "beq  %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 1\n2:\n\t"
        "bne  %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 2\n2:\n\t"
        "blt  %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 4\n2:\n\t"
        "bge  %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 8\n2:\n\t"
        "bltu %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 16\n2:\n\t"
        "bgeu %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 32\n2:\n\t"
        : "+r"(m) : "r"(a), "r"(b));
    return m;
}

static ureg jal_link_delta(void)
{
    ureg link, target;
    __asm__ volatile ("jal %0, 1f\n\tnop\n1: la %1, 1b\n\tsub %0, %1, %0"
                      : "=&r"(link), "=&r"(target));
    return link;
}

int main(void)
{
    printf("arith: rv%d\n", XLEN);
    rr_tables();
    imm_ops();
    loads_stores();
    printf("branch mask (beq bne blt bge bltu bgeu):\n");
    for (unsigned i = 0; i < NVALS; i++) {
        printf("a[%u]:", i);
        for (unsigned j = 0; j < NVALS; j++)
            printf(" %02x", branches(vals[i], vals[j]));
        printf("\n");
    }
    printf("jal link offset to next label: %d\n", (int)jal_link_delta());
    printf("arith: done\n");
    return 0;
}
