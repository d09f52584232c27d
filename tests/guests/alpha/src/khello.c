/* khello: a kernel-mode guest under palcode-clipper prints and halts. */
#include "guest.h"

int main(void)
{
    printf("Hello from Alpha kernel mode!\n");
    return 0;
}
