/* hello: the PL011 console and a semihosting exit with status 0. */
#include "guest.h"

int main(void)
{
    puts_("Hello from pyemu-system-arm guest!\n");
    return 0;
}
