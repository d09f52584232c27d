/* semihost: the semihosting calls QEMU serves (console output goes to
 * stderr), the initial CPU state and the identification registers. */
#include "guest.h"
int main(void)
{
    uint32_t cpsr, sctlr;
    __asm__ volatile("mrs %0, cpsr" : "=r"(cpsr));
    __asm__ volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(sctlr));
    printf_("cpsr=%x sctlr=%x\n", cpsr, sctlr);
    semi_call(SYS_WRITE0, "write0 text\n");
    char c = 'W'; semi_call(SYS_WRITEC, &c);
    uint32_t blk[3] = {1, (uint32_t)"wr\n", 3};
    int ret = semi_call(SYS_WRITE, blk);
    printf_("write ret=%d\n", ret);
    uint32_t hi[4]; uint32_t *p = hi;
    semi_call(SYS_HEAPINFO, &p);
    printf_("heap %x %x %x %x\n", hi[0], hi[1], hi[2], hi[3]);
    char buf[80]; uint32_t cb[2] = {(uint32_t)buf, 80};
    ret = semi_call(SYS_GET_CMDLINE, cb);
    printf_("cmdline ret=%d len=%d [%s]\n", ret, cb[1], buf);
    cb[1] = 3; ret = semi_call(SYS_GET_CMDLINE, cb);
    printf_("cmdline small ret=%d len=%d\n", ret, cb[1]);
    uint32_t midr, mpidr, id_pfr0, ctr;
    __asm__ volatile("mrc p15, 0, %0, c0, c0, 0" : "=r"(midr));
    __asm__ volatile("mrc p15, 0, %0, c0, c0, 5" : "=r"(mpidr));
    __asm__ volatile("mrc p15, 0, %0, c0, c1, 0" : "=r"(id_pfr0));
    __asm__ volatile("mrc p15, 0, %0, c0, c0, 1" : "=r"(ctr));
    printf_("midr=%x mpidr=%x pfr0=%x ctr=%x\n", midr, mpidr, id_pfr0, ctr);
    uint32_t cpacr; __asm__ volatile("mrc p15, 0, %0, c1, c0, 2" : "=r"(cpacr));
    printf_("cpacr=%x\n", cpacr);
    return 3;
}
