/* exitcode: prints a line and exits with status 3 on purpose. */
#include "guest.h"

int main(void)
{
    printf("exitcode: exiting with status 3\n");
    return 3;
}
