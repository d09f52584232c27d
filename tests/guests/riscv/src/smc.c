/* smc: self-modifying code.  Writes `addi a0, a0, imm; ret` into a buffer,
 * fence.i, calls it; rewrites it, fence.i, calls again; then patches the
 * immediate of an instruction inside a loop that keeps calling it, and
 * finally patches code on the same page as the running function. */
#include "guest.h"

typedef ureg (*fn_t)(ureg);

static uint32_t code_buf[64] __attribute__((aligned(64)));

#define RET 0x00008067u                 /* jalr x0, 0(ra) */

static uint32_t enc_addi_a0(int imm)    /* addi a0, a0, imm */
{
    return ((uint32_t)(imm & 0xfff) << 20) | (10u << 15) | (0u << 12) | (10u << 7) | 0x13u;
}

static uint32_t enc_slli_a0(unsigned sh)    /* slli a0, a0, sh */
{
    return ((uint32_t)sh << 20) | (10u << 15) | (1u << 12) | (10u << 7) | 0x13u;
}

static inline void fence_i(void)
{
    __asm__ volatile ("fence.i" ::: "memory");
}

/* A function in .text whose first instruction gets patched at run time. */
ureg patch_me(ureg x);
__asm__(
    "    .text\n"
    "    .balign 4\n"
    "    .globl patch_me\n"
    "patch_me:\n"
    "    .option push\n"
    "    .option norvc\n"
    "    addi a0, a0, 1\n"
    "    .option pop\n"
    "    ret\n");

int main(void)
{
    printf("smc: rv%d\n", XLEN);
    fn_t f = (fn_t)(uintptr_t)code_buf;

    code_buf[0] = enc_addi_a0(5);
    code_buf[1] = RET;
    fence_i();
    printf("first:  f(100) = %u\n", (unsigned)f(100));

    code_buf[0] = enc_slli_a0(3);
    fence_i();
    printf("second: f(100) = %u\n", (unsigned)f(100));

    /* Rewrite in a loop: each iteration adds a different immediate. */
    ureg acc = 0;
    for (int i = 0; i < 50; i++) {
        code_buf[0] = enc_addi_a0(i * 7 - 100);
        fence_i();
        acc = f(acc);
    }
    printf("loop of 50 rewrites: acc = %d\n", (int)(sreg)acc);

    /* A longer generated function: a0 = ((a0 + 1) << 1) repeated 16 times. */
    for (int i = 0; i < 16; i++) {
        code_buf[2 * i] = enc_addi_a0(1);
        code_buf[2 * i + 1] = enc_slli_a0(1);
    }
    code_buf[32] = RET;
    fence_i();
    printf("generated 33-insn function: f(0) = %u\n", (unsigned)f(0));

    /* Patch code in .text (same page as other code). */
    printf("patch_me(10) before = %u\n", (unsigned)patch_me(10));
    *(volatile uint32_t *)(uintptr_t)patch_me = enc_addi_a0(-3);
    fence_i();
    printf("patch_me(10) after  = %u\n", (unsigned)patch_me(10));
    *(volatile uint32_t *)(uintptr_t)patch_me = enc_addi_a0(1);
    fence_i();
    printf("patch_me(10) restored = %u\n", (unsigned)patch_me(10));
    printf("smc: done\n");
    return 0;
}
