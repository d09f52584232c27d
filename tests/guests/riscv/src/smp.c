/* smp: NHARTS harts (run with -smp NHARTS) print in turn, hart 0 first,
 * under a spin lock built on amoswap.w (acquire) and a release store; then
 * every hart adds to a shared counter under the lock, and hart 0 prints
 * the total once all are done.  The output does not depend on how the
 * harts are scheduled. */
#include "guest.h"

#ifndef NHARTS
#define NHARTS 8
#endif
#define ROUNDS 100

volatile int smp_go;                        /* crt0.S: secondaries wait for it */
char smp_stacks[NHARTS + 1][4096] __attribute__((aligned(16)));

static volatile int lock;
static volatile int turn;                   /* whose turn it is to print */
static volatile int arrived;                /* harts that reached work() */
static volatile int finished;
static volatile long counter;               /* only touched under the lock */

static void spin_lock(volatile int *l)
{
    int busy;
    for (;;) {
        __asm__ volatile ("amoswap.w.aq %0, %2, %1"
                          : "=r"(busy), "+A"(*l) : "r"(1) : "memory");
        if (!busy)
            return;
        while (*l)
            ;
    }
}

static void spin_unlock(volatile int *l)
{
    __asm__ volatile ("amoswap.w.rl zero, zero, %0" : "+A"(*l) :: "memory");
}

static int atomic_add(volatile int *p, int v)
{
    int old;
    __asm__ volatile ("amoadd.w.aqrl %0, %2, %1" : "=r"(old), "+A"(*p) : "r"(v) : "memory");
    return old;
}

static void work(int hart)
{
    atomic_add(&arrived, 1);
    while (turn != hart)
        ;
    spin_lock(&lock);
    printf("hart %d: hello (mhartid %d)\n", hart, (int)csr_read(mhartid));
    if (hart)
        printf("  handed over by hart %d\n", hart - 1);
    turn = hart + 1;
    spin_unlock(&lock);
    for (int i = 0; i < ROUNDS; i++) {
        spin_lock(&lock);
        counter = counter + 1;
        spin_unlock(&lock);
    }
    atomic_add(&finished, 1);
}

void secondary_main(int hart)
{
    if (hart < NHARTS)
        work(hart);
    for (;;)
        __asm__ volatile ("wfi");
}

int main(void)
{
    printf("smp: %d harts\n", NHARTS);
    smp_go = 1;
    for (long spins = 0; arrived != NHARTS - 1; spins++) {
        if (spins > 100000000L) {
            printf("smp: only %d of %d harts arrived\n", arrived + 1, NHARTS);
            return 1;
        }
    }
    work(0);
    while (finished != NHARTS)
        ;
    printf("smp: all %d harts done, counter = %ld (want %d)\n", NHARTS, counter,
           NHARTS * ROUNDS);
    return counter == NHARTS * ROUNDS ? 0 : 2;
}
