/* What every alpha guest test program can use (lib.c). */
#ifndef GUEST_H
#define GUEST_H
#include <stdarg.h>
typedef unsigned long u64;
typedef long s64;
typedef unsigned int u32;
typedef int s32;
void putch(int c);
void puts_(const char *s);
int printf(const char *fmt, ...);
void guest_exit(int code) __attribute__((noreturn));
void guest_halt(u64 value) __attribute__((noreturn));
u64 udiv(u64 n, u64 d);
u64 umod(u64 n, u64 d);
/* Trap hook: pal_trap() calls it with the vector offset; it returns the
 * address to resume at (exc_addr by default). */
extern u64 (*trap_hook)(u64 vector, u64 exc_addr);
#endif
