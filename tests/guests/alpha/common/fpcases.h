/* Shared by the random-case FP guests (fpops, vaxops): the arithmetic-trap
 * catcher, the FNV-1a style hash every case is folded into, and an xorshift
 * generator seeded with RNG_SEED (each guest its own). */
#ifndef FPCASES_H
#define FPCASES_H

#include "pal.h"

static u64 trap_vector, trap_arg0, trap_arg1;

static u64 on_trap(u64 vector, u64 exc_addr)
{
    trap_vector = vector;
    trap_arg0 = MFPR(IPR_TRAP_ARG0);
    trap_arg1 = MFPR(IPR_TRAP_ARG1);
    return exc_addr;
}

static u64 hash = 0xcbf29ce484222325UL;
static void mix(u64 v)
{
    hash ^= v;
    hash *= 0x100000001b3UL;
}

static u64 state = RNG_SEED;
static u64 next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

#endif
