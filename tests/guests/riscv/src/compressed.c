/* compressed: runs hand-written RVC code (compressed_asm.S) and prints each
 * result; also checks that a 32-bit instruction straddling a page boundary
 * executes. */
#include "guest.h"

ureg *compressed_run(ureg *out);
extern char straddle_fn[];

static const char *const names[] = {
    "c.li -17", "c.lui 0x1f", "c.lui -32", "c.addi 31", "c.slli 7",
    "c.srli 3", "c.srai 4", "c.andi -6", "c.sub", "c.xor", "c.or", "c.and",
#if XLEN == 64
    "c.addw overflow", "c.subw", "c.addiw overflow", "c.srli 40",
#else
    "c.add overflow", "c.sub -1", "c.addi overflow", "c.srli 20",
#endif
    "c.mv+c.add", "c.addi to -1", "c.addi4spn 24", "c.addi16sp -48",
    "c.sdsp/ldsp or swsp/lwsp", "c.swsp/c.lwsp", "c.sw/c.lw", "c.sd/c.ld or c.sw/c.lw",
    "c.fld/c.fsd", "c.fsdsp",
#if XLEN == 32
    "c.flw/c.fsw", "c.fswsp/c.flwsp",
#endif
    "c.bnez loop", "c.beqz/c.j", "c.jalr",
#if XLEN == 32
    "c.jal",
#endif
    "page-straddling addi",
};

int main(void)
{
    static ureg out[64];
    printf("compressed: rv%d\n", XLEN);
    ureg *end = compressed_run(out);
    unsigned n = (unsigned)(end - out);
    unsigned nnames = sizeof(names) / sizeof(names[0]);
    for (unsigned i = 0; i < n; i++)
        printf("%2u %s: %p\n", i, i < nnames ? names[i] : "?", (void *)out[i]);
    printf("results: %u (expected %u)\n", n, nnames);
    printf("straddle_fn page offset: %x\n", (unsigned)((uintptr_t)straddle_fn & 0xfff));
    printf("compressed: done\n");
    return n == nnames ? 0 : 1;
}
