/* arith: integer arithmetic, compares, shifts, multiplies, byte ops. */
#include "guest.h"

static volatile u64 vals[] = {
    0, 1, 2, 7, 0xff, 0x7fffffff, 0x80000000, 0xffffffff, 0x123456789abcdef0UL,
    0x7fffffffffffffffUL, 0x8000000000000000UL, 0xffffffffffffffffUL, 0xfedcba9876543210UL,
};
#define N (sizeof(vals) / sizeof(vals[0]))

static u64 hash = 0xcbf29ce484222325UL;
static void mix(u64 v)
{
    hash ^= v;
    hash *= 0x100000001b3UL;
}

#define OP3(name, insn) \
    static u64 name(u64 a, u64 b) { u64 r; __asm__(insn " %1,%2,%0" : "=r"(r) : "r"(a), "r"(b)); return r; }
#define OPL(name, insn, lit) \
    static u64 name(u64 a) { u64 r; __asm__(insn " %1," #lit ",%0" : "=r"(r) : "r"(a)); return r; }

OP3(op_addl, "addl") OP3(op_subl, "subl") OP3(op_s4addl, "s4addl") OP3(op_s8subq, "s8subq")
OP3(op_cmpbge, "cmpbge") OP3(op_cmpult, "cmpult") OP3(op_cmple, "cmple") OP3(op_cmplt, "cmplt")
OP3(op_cmpule, "cmpule") OP3(op_umulh, "umulh") OP3(op_mull, "mull") OP3(op_mulq, "mulq")
OP3(op_sll, "sll") OP3(op_srl, "srl") OP3(op_sra, "sra") OP3(op_zap, "zap") OP3(op_zapnot, "zapnot")
OP3(op_extbl, "extbl") OP3(op_extwh, "extwh") OP3(op_extqh, "extqh") OP3(op_extlh, "extlh")
OP3(op_insbl, "insbl") OP3(op_inswh, "inswh") OP3(op_insqh, "insqh") OP3(op_inslh, "inslh")
OP3(op_mskbl, "mskbl") OP3(op_mskwh, "mskwh") OP3(op_mskqh, "mskqh") OP3(op_msklh, "msklh")
OP3(op_mskql, "mskql") OP3(op_extql, "extql") OP3(op_insql, "insql") OP3(op_eqv, "eqv")
OP3(op_ornot, "ornot") OP3(op_bic, "bic")
OPL(op_extwl3, "extwl", 3) OPL(op_inswh5, "inswh", 5) OPL(op_msklh6, "msklh", 6)
OPL(op_zapnot_l, "zapnot", 0x5a) OPL(op_extqh1, "extqh", 1) OPL(op_insqh0, "insqh", 0)

static u64 (*const ops[])(u64, u64) = {
    op_addl, op_subl, op_s4addl, op_s8subq, op_cmpbge, op_cmpult, op_cmple, op_cmplt,
    op_cmpule, op_umulh, op_mull, op_mulq, op_sll, op_srl, op_sra, op_zap, op_zapnot,
    op_extbl, op_extwh, op_extqh, op_extlh, op_insbl, op_inswh, op_insqh, op_inslh,
    op_mskbl, op_mskwh, op_mskqh, op_msklh, op_mskql, op_extql, op_insql, op_eqv,
    op_ornot, op_bic,
};
static const char *const names[] = {
    "addl", "subl", "s4addl", "s8subq", "cmpbge", "cmpult", "cmple", "cmplt",
    "cmpule", "umulh", "mull", "mulq", "sll", "srl", "sra", "zap", "zapnot",
    "extbl", "extwh", "extqh", "extlh", "insbl", "inswh", "insqh", "inslh",
    "mskbl", "mskwh", "mskqh", "msklh", "mskql", "extql", "insql", "eqv",
    "ornot", "bic",
};

int main(void)
{
    for (unsigned k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
        u64 h0 = hash;
        for (unsigned i = 0; i < N; i++)
            for (unsigned j = 0; j < N; j++)
                mix(ops[k](vals[i], vals[j]));
        printf("%s\t%016lx\n", names[k], hash ^ h0);
    }
    for (unsigned i = 0; i < N; i++) {
        u64 v = vals[i];
        printf("%016lx: %016lx %016lx %016lx %016lx %016lx %016lx\n", v, op_extwl3(v),
               op_inswh5(v), op_msklh6(v), op_zapnot_l(v), op_extqh1(v), op_insqh0(v));
    }
    printf("udiv %lu %lu\n", udiv(1000000007UL * 3, 1000), umod(0xffffffffffffffffUL, 97));
    printf("hash %016lx\n", hash);
    return 0;
}
