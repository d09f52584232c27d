/* Default C handlers for the exception vectors of vectors.S: report and exit
 * with status 1.  Weak, so a guest that expects an abort (mmu) brings its own. */
#include "guest.h"

__attribute__((weak)) void data_abort(uint32_t *frame)
{
    printf_("unexpected data abort at %x\n", frame[5]);
    semi_exit(1);
}

__attribute__((weak)) void unexpected(int vector, uint32_t lr)
{
    printf_("unexpected exception %d lr=%x\n", vector, lr);
    semi_exit(1);
}
