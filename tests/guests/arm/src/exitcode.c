/* exitcode: SYS_EXIT_EXTENDED carries main's return value to the host. */
#include "guest.h"

int main(void)
{
    puts_("exiting with 42\n");
    return 42;
}
