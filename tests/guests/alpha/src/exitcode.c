/* exitcode: writing a nonzero value to QEMU's HALT register asks for a
 * system reset; recorded with -no-reboot, where the reset ends the run
 * with status 0.  (Without -no-reboot QEMU resets the board and the CPU,
 * whose state QEMU 7.2 keeps, spins in the loop after the HW_MTPR.) */
#include "guest.h"

int main(void)
{
    printf("halting with reset request\n");
    guest_halt(1);
}
