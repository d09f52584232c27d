/* The pyemu benchmark kernels, shared by every target's bench.c:
 *   - bitwise CRC-32 over a 1 KiB buffer
 *   - sieve of Eratosthenes up to 4096
 *   - 12x12 integer matrix multiply
 *   - recursive fib(16)
 * bench_run(n) repeats them n times and returns a checksum.  A target
 * without a divide instruction defines BENCH_MOD(a, m) before including
 * this file; uint8_t/uint32_t/int32_t come from the target's guest.h. */
#ifndef BENCH_MOD
#define BENCH_MOD(a, m) ((a) % (m))
#endif

#define CRC_BYTES 1024
#define SIEVE_N   4096
#define MAT_N     12
#define FIB_N     16

static uint8_t crc_buf[CRC_BYTES];
static uint8_t sieve[SIEVE_N];
static int32_t ma[MAT_N][MAT_N], mb[MAT_N][MAT_N], mc[MAT_N][MAT_N];

static uint32_t crc32(const uint8_t *p, unsigned n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

static uint32_t count_primes(unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        sieve[i] = 1;
    sieve[0] = sieve[1] = 0;
    for (unsigned i = 2; i * i < n; i++)
        if (sieve[i])
            for (unsigned j = i * i; j < n; j += i)
                sieve[j] = 0;
    uint32_t c = 0;
    for (unsigned i = 0; i < n; i++)
        c += sieve[i];
    return c;
}

static uint32_t matmul(uint32_t seed)
{
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            ma[i][j] = (int32_t)BENCH_MOD(i * 7 + j * 3 + seed, 17) - 8;
            mb[i][j] = (int32_t)BENCH_MOD(i * 5 + j * 11 + seed, 13) - 6;
        }
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t s = 0;
            for (int k = 0; k < MAT_N; k++)
                s += ma[i][k] * mb[k][j];
            mc[i][j] = s;
        }
    uint32_t h = 0;
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++)
            h = h * 33 + (uint32_t)mc[i][j];
    return h;
}

__attribute__((noinline)) uint32_t fib(uint32_t n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static uint32_t bench_run(unsigned n)
{
    uint32_t check = 0, lcg = 12345;
    for (unsigned i = 0; i < CRC_BYTES; i++) {
        lcg = lcg * 1103515245u + 12345u;
        crc_buf[i] = (uint8_t)(lcg >> 16);
    }
    for (unsigned it = 0; it < n; it++) {
        crc_buf[it % CRC_BYTES] ^= (uint8_t)it;
        check = check * 31 + crc32(crc_buf, CRC_BYTES);
        check = check * 31 + count_primes(SIEVE_N);
        check = check * 31 + matmul(it);
        check = check * 31 + fib(FIB_N);
    }
    return check;
}
