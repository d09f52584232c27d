/* hello: the console works and the guest powers off with status 0. */
#include "guest.h"
#include "pal.h"

int main(void)
{
    printf("Hello from Alpha PAL mode!\n");
    printf("palbr=%lx ps=%lx ram=%lx MiB cpus=%lu\n", MFPR(IPR_PALBR), MFPR(IPR_PS),
           MFPR(IPR_TRAP_ARG0) >> 20, MFPR(IPR_TRAP_ARG2) & 63);
    return 0;
}
