/* Freestanding runtime shared by the riscv test guests: console output,
 * exit, CSR access and a few board constants.  The console/exit layer is
 * chosen at link time: console_virt.c (NS16550A + SiFive test finisher) or
 * console_spike.c (HTIF tohost/fromhost). */
#ifndef GUEST_H
#define GUEST_H

#include <stdint.h>
#include <stddef.h>
#include <stdarg.h>

typedef unsigned long ureg;             /* XLEN-wide unsigned */
typedef long sreg;                      /* XLEN-wide signed */
#define XLEN __riscv_xlen
#define XLEN_HEX_DIGITS (XLEN / 4)

/* console_<board>.c */
void putchar_raw(int ch);
void __attribute__((noreturn)) exit(int code);

/* lib.c */
void putc(int ch);
void put_str(const char *s);            /* no newline added */
void put_hex(uint64_t v, int digits);   /* zero-padded, no prefix */
void put_xreg(ureg v);                  /* 0x + XLEN/4 hex digits */
void put_udec(uint64_t v);
void put_dec(int64_t v);
void printf(const char *fmt, ...);      /* %s %c %d %u %x %p, l/ll, 0-pad width */
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int strcmp(const char *a, const char *b);
void pmp_allow_all(void);               /* PMP entry 0: NAPOT, RWX, whole space */

/* Trap frame built by trap_entry/strap_entry in crt0.S: x[i] = register i. */
struct trap_frame { ureg x[32]; };
void handle_trap(struct trap_frame *f);     /* weak default in lib.c */
void handle_strap(struct trap_frame *f);    /* weak default in lib.c */
extern char trap_entry[], strap_entry[];

#define csr_read(csr) ({ ureg __v; \
    __asm__ volatile ("csrr %0, " #csr : "=r"(__v) :: "memory"); __v; })
#define csr_write(csr, val) ({ ureg __v = (ureg)(val); \
    __asm__ volatile ("csrw " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_set(csr, val) ({ ureg __v = (ureg)(val); \
    __asm__ volatile ("csrs " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_clear(csr, val) ({ ureg __v = (ureg)(val); \
    __asm__ volatile ("csrc " #csr ", %0" :: "rK"(__v) : "memory"); })
#define csr_swap(csr, val) ({ ureg __v = (ureg)(val); \
    __asm__ volatile ("csrrw %0, " #csr ", %0" : "+r"(__v) :: "memory"); __v; })

#define MSTATUS_SIE   (1UL << 1)
#define MSTATUS_MIE   (1UL << 3)
#define MSTATUS_SPIE  (1UL << 5)
#define MSTATUS_MPIE  (1UL << 7)
#define MSTATUS_SPP   (1UL << 8)
#define MSTATUS_MPP   (3UL << 11)
#define MSTATUS_FS    (3UL << 13)
#define MSTATUS_MPRV  (1UL << 17)
#define MSTATUS_SUM   (1UL << 18)
#define MSTATUS_MXR   (1UL << 19)

#define MIP_SSIP (1UL << 1)
#define MIP_MSIP (1UL << 3)
#define MIP_STIP (1UL << 5)
#define MIP_MTIP (1UL << 7)
#define MIP_SEIP (1UL << 9)
#define MIP_MEIP (1UL << 11)

#define CAUSE_INTERRUPT (1UL << (XLEN - 1))

/* riscv virt board */
#define VIRT_UART0     0x10000000UL
#define VIRT_TEST      0x00100000UL
#define CLINT_BASE     0x02000000UL
#define CLINT_MSIP     (CLINT_BASE + 0x0)
#define CLINT_MTIMECMP (CLINT_BASE + 0x4000)
#define CLINT_MTIME    (CLINT_BASE + 0xbff8)

#define MMIO32(a) (*(volatile uint32_t *)(uintptr_t)(a))
#define MMIO8(a)  (*(volatile uint8_t *)(uintptr_t)(a))

/* CLINT helpers (lib.c); 64-bit registers split on rv32. */
uint64_t clint_mtime(void);
void clint_set_mtimecmp(uint64_t v);

#endif
