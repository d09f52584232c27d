/* The tiny runtime of the arm test guests. */
#ifndef GUEST_H
#define GUEST_H
#include <stdint.h>

int semi_call(int op, void *arg);
void semi_exit(int code);
void putch(int c);
void puts_(const char *s);
void put_hex(uint32_t v);
void put_dec(int32_t v);
void printf_(const char *fmt, ...);

#define SYS_WRITEC 0x03
#define SYS_WRITE0 0x04
#define SYS_WRITE 0x05
#define SYS_READC 0x07
#define SYS_CLOCK 0x10
#define SYS_TIME 0x11
#define SYS_GET_CMDLINE 0x15
#define SYS_HEAPINFO 0x16
#define SYS_EXIT 0x18
#define SYS_EXIT_EXTENDED 0x20

#define REG32(a) (*(volatile uint32_t *)(a))
#endif
