/* hello: the smallest guest: a banner, then exit 0. */
#include "guest.h"

int main(void)
{
    printf("Hello from a RISC-V guest (rv%d)!\n", XLEN);
    printf("pyemu guest test: hello\n");
    return 0;
}
