"""The executor: one numba-compiled loop that runs packed IR, TB after TB.

It chains TBs, counts instructions, checks the exit-request flag at every TB
boundary, and serves RAM loads and stores through the softmmu TLB.  It
returns to Python (emu.cpu_exec) only for what Python must do: a TB that is
not translated yet, a helper call, a TLB miss or I/O access, a store into a
page holding code, an unaligned access, exit_tb.  Where it stopped is in
``state``; Python resumes a TB in the middle with RESUME_TB/RESUME_IP.

Conventions (see docs/tcg-ops.md): slots are int64; shift counts are taken
mod 64; div/divu by zero give -1 (all ones) and rem/remu by zero give the
dividend; INT64_MIN / -1 gives INT64_MIN and its rem 0.
"""

import numpy as np
from numba import njit

from emu.tcg import ops as O
from emu.tcg.fops import fop_exec

# --- layout of the state array -------------------------------------------
ST_EXIT_REQUEST = 0     # nonzero: leave at the next TB boundary
ST_ICOUNT = 1           # instructions counted so far (TB entry adds the TB's count)
ST_ICOUNT_LIMIT = 2     # do not start a TB that would pass this
ST_EXIT_TB = 3          # TB index where the executor stopped
ST_EXIT_IP = 4          # op index where it stopped
ST_EXIT_ADDR = 5        # guest virtual address of a memory exit
ST_EXIT_MEMOP = 6       # memop of a memory exit
ST_EXIT_VALUE = 7       # exit_tb value
ST_RESUME_TB = 8        # >= 0: resume this TB ...
ST_RESUME_IP = 9        # ... at this op
ST_PC_SLOT = 10
ST_FLAGS_SLOT = 11
ST_MMU_SLOT = 12
ST_NOCHAIN = 13
ST_TBS_RUN = 14         # statistics: TBs entered
ST_SIZE = 16

# --- TB metadata columns ----------------------------------------------------
TB_START = 0            # first op index in the code array
TB_NINSNS = 1
TB_CHAIN0 = 2
TB_CHAIN1 = 3
TB_PC = 4
TB_FLAGS = 5
TB_VALID = 6
TB_COLS = 8

JC_BITS = 16
JC_SIZE = 1 << JC_BITS
TLB_BITS = 8
TLB_SIZE = 1 << TLB_BITS
NB_MMU_MODES = 8

MASK32 = 0xFFFFFFFF
CODE_GRAN_BITS = 6      # translated code is tracked per 64-byte granule


@njit(cache=True, nogil=True)
def _sext(v, bits):
    shift = 64 - bits
    return (v << shift) >> shift


@njit(cache=True, nogil=True)
def _shr(a, n):
    return np.int64(np.uint64(a) >> np.uint64(n & 63))


@njit(cache=True, nogil=True)
def _ult(a, b):
    return np.uint64(a) < np.uint64(b)


@njit(cache=True, nogil=True)
def _cond(c, a, b):
    if c == O.COND_EQ:
        return a == b
    if c == O.COND_NE:
        return a != b
    if c == O.COND_LT:
        return a < b
    if c == O.COND_GE:
        return a >= b
    if c == O.COND_LTU:
        return np.uint64(a) < np.uint64(b)
    if c == O.COND_GEU:
        return np.uint64(a) >= np.uint64(b)
    if c == O.COND_LE:
        return a <= b
    if c == O.COND_GT:
        return a > b
    if c == O.COND_LEU:
        return np.uint64(a) <= np.uint64(b)
    if c == O.COND_GTU:
        return np.uint64(a) > np.uint64(b)
    if c == O.COND_TSTEQ:
        return (a & b) == 0
    if c == O.COND_TSTNE:
        return (a & b) != 0
    return c == O.COND_ALWAYS


@njit(cache=True, nogil=True)
def _mulu_hi(a, b):
    """High 64 bits of the unsigned 128-bit product."""
    ua = np.uint64(a)
    ub = np.uint64(b)
    m32 = np.uint64(MASK32)
    s32 = np.uint64(32)
    a_lo = ua & m32
    a_hi = ua >> s32
    b_lo = ub & m32
    b_hi = ub >> s32
    p0 = a_lo * b_lo
    p1 = a_lo * b_hi
    p2 = a_hi * b_lo
    p3 = a_hi * b_hi
    mid = (p0 >> s32) + (p1 & m32) + (p2 & m32)
    hi = p3 + (p1 >> s32) + (p2 >> s32) + (mid >> s32)
    return np.int64(hi)


@njit(cache=True, nogil=True)
def _div(a, b):
    if b == 0:
        return np.int64(-1)
    if b == -1:
        return -a          # wraps for INT64_MIN as required
    q = a // b
    if (a % b != 0) and ((a < 0) != (b < 0)):
        q += 1
    return q


@njit(cache=True, nogil=True)
def _rem(a, b):
    if b == 0:
        return a
    if b == -1:
        return np.int64(0)
    return a - _div(a, b) * b


@njit(cache=True, nogil=True)
def _divu(a, b):
    if b == 0:
        return np.int64(-1)
    return np.int64(np.uint64(a) // np.uint64(b))


@njit(cache=True, nogil=True)
def _remu(a, b):
    if b == 0:
        return a
    return np.int64(np.uint64(a) % np.uint64(b))


@njit(cache=True, nogil=True)
def _clz(a):
    if a == 0:
        return 64
    n = 0
    u = np.uint64(a)
    while (u & np.uint64(0x8000000000000000)) == 0:
        u = u << np.uint64(1)
        n += 1
    return n


@njit(cache=True, nogil=True)
def _ctz(a):
    if a == 0:
        return 64
    n = 0
    while (a >> n) & 1 == 0:
        n += 1
    return n


@njit(cache=True, nogil=True)
def _ctpop(a):
    u = np.uint64(a)
    n = 0
    while u != 0:
        u &= u - np.uint64(1)
        n += 1
    return n


@njit(cache=True, nogil=True)
def _bswap(v, size):
    r = np.int64(0)
    for i in range(size):
        r = (r << 8) | ((v >> (8 * i)) & 0xFF)
    return r


@njit(cache=True, nogil=True)
def _jc_lookup(pc, flags, jc_pc, jc_flags, jc_tb, meta):
    h = (pc >> 1) & (JC_SIZE - 1)
    t = jc_tb[h]
    if t >= 0 and jc_pc[h] == pc and jc_flags[h] == flags and meta[t, TB_VALID] != 0:
        return t
    return -1


@njit(cache=True, nogil=True)
def cpu_exec_loop(code, meta, regs, mem8, mem16, mem32, mem64, codepg,
                  dirty, tlb_r, tlb_w, tlb_add, jc_pc, jc_flags, jc_tb, state):
    """Run TBs until something needs Python.  Returns an EXIT_* reason."""
    pc_slot = state[ST_PC_SLOT]
    flags_slot = state[ST_FLAGS_SLOT]
    mmu_slot = state[ST_MMU_SLOT]
    nochain = state[ST_NOCHAIN]
    tb = state[ST_RESUME_TB]
    ip = state[ST_RESUME_IP]
    state[ST_RESUME_TB] = -1
    if tb < 0:
        tb = _jc_lookup(regs[pc_slot], regs[flags_slot], jc_pc, jc_flags, jc_tb, meta)
        if tb < 0:
            return O.EXIT_TB_MISS
        ip = -1
    while True:
        if ip < 0:
            # ---- TB boundary ------------------------------------------------
            if state[ST_EXIT_REQUEST] != 0:
                return O.EXIT_REQUEST
            n = meta[tb, TB_NINSNS]
            if state[ST_ICOUNT] + n > state[ST_ICOUNT_LIMIT]:
                return O.EXIT_BUDGET
            state[ST_ICOUNT] += n
            state[ST_TBS_RUN] += 1
            ip = meta[tb, TB_START]
        opc = code[ip, 0]
        o0 = code[ip, 1]
        o1 = code[ip, 2]
        o2 = code[ip, 3]
        ip += 1
        if opc == O.OP_ADDI:
            regs[o0] = regs[o1] + o2
        elif opc == O.OP_LD or opc == O.OP_ST:
            mo = code[ip - 1, 4]
            addr = regs[o1] + o2
            if mo & O.MO_ADDR32:
                addr &= MASK32
            mmu = (mo >> O.MO_MMU_SHIFT) & 15
            mmu = regs[mmu_slot] if mmu == 0 else mmu - 1
            size_log = mo & O.MO_SIZE
            size = 1 << size_log
            if (mo & O.MO_ALIGN) and (addr & (size - 1)) != 0:
                state[ST_EXIT_TB] = tb
                state[ST_EXIT_IP] = ip - 1
                state[ST_EXIT_ADDR] = addr
                state[ST_EXIT_MEMOP] = mo
                return O.EXIT_UNALIGNED
            vpn = addr >> 12
            idx = vpn & (TLB_SIZE - 1)
            inpage = (addr & 0xFFF) + size <= 4096
            if opc == O.OP_LD:
                if tlb_r[mmu, idx] != vpn or not inpage:
                    state[ST_EXIT_TB] = tb
                    state[ST_EXIT_IP] = ip - 1
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    return O.EXIT_TLB_MISS
                off = addr + tlb_add[mmu, idx]
                if size_log == 3:
                    if off & 7 == 0:
                        v = np.int64(mem64[off >> 3])
                    else:
                        v = np.int64(0)
                        for i in range(8):
                            v |= np.int64(mem8[off + i]) << (8 * i)
                elif size_log == 2:
                    if off & 3 == 0:
                        v = np.int64(mem32[off >> 2])
                    else:
                        v = np.int64(mem8[off]) | (np.int64(mem8[off + 1]) << 8) | \
                            (np.int64(mem8[off + 2]) << 16) | (np.int64(mem8[off + 3]) << 24)
                elif size_log == 1:
                    if off & 1 == 0:
                        v = np.int64(mem16[off >> 1])
                    else:
                        v = np.int64(mem8[off]) | (np.int64(mem8[off + 1]) << 8)
                else:
                    v = np.int64(mem8[off])
                if mo & O.MO_BE:
                    v = _bswap(v, size)
                if mo & O.MO_SIGN and size_log < 3:
                    v = _sext(v, 8 * size)
                regs[o0] = v
            else:
                if tlb_w[mmu, idx] != vpn or not inpage:
                    state[ST_EXIT_TB] = tb
                    state[ST_EXIT_IP] = ip - 1
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    return O.EXIT_TLB_MISS
                off = addr + tlb_add[mmu, idx]
                if codepg[off >> CODE_GRAN_BITS] != 0 or codepg[(off + size - 1) >> CODE_GRAN_BITS] != 0:
                    state[ST_EXIT_TB] = tb
                    state[ST_EXIT_IP] = ip - 1
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    return O.EXIT_SMC
                dirty[off >> 12] = 1
                v = regs[o0]
                if mo & O.MO_BE:
                    v = _bswap(v, size)
                if size_log == 3:
                    if off & 7 == 0:
                        mem64[off >> 3] = np.uint64(v)
                    else:
                        for i in range(8):
                            mem8[off + i] = np.uint8((v >> (8 * i)) & 0xFF)
                elif size_log == 2:
                    if off & 3 == 0:
                        mem32[off >> 2] = np.uint32(v & MASK32)
                    else:
                        for i in range(4):
                            mem8[off + i] = np.uint8((v >> (8 * i)) & 0xFF)
                elif size_log == 1:
                    if off & 1 == 0:
                        mem16[off >> 1] = np.uint16(v & 0xFFFF)
                    else:
                        mem8[off] = np.uint8(v & 0xFF)
                        mem8[off + 1] = np.uint8((v >> 8) & 0xFF)
                else:
                    mem8[off] = np.uint8(v & 0xFF)
        elif opc == O.OP_MOV:
            regs[o0] = regs[o1]
        elif opc == O.OP_MOVI:
            regs[o0] = o1
        elif opc == O.OP_ADD:
            regs[o0] = regs[o1] + regs[o2]
        elif opc == O.OP_SUB:
            regs[o0] = regs[o1] - regs[o2]
        elif opc == O.OP_BRCOND:
            if _cond(code[ip - 1, 3], regs[o0], regs[o1]):
                ip = code[ip - 1, 4]
        elif opc == O.OP_BRCONDI:
            if _cond(code[ip - 1, 3], regs[o0], o1):
                ip = code[ip - 1, 4]
        elif opc == O.OP_GOTO_TB:
            slot = TB_CHAIN0 + o0
            nxt = meta[tb, slot]
            if nxt < 0 or meta[nxt, TB_VALID] == 0:
                nxt = _jc_lookup(o1, regs[flags_slot], jc_pc, jc_flags, jc_tb, meta)
                if nxt < 0:
                    return O.EXIT_TB_MISS
                if nochain == 0:
                    meta[tb, slot] = nxt
            tb = nxt
            ip = -1
        elif opc == O.OP_LOOKUP_AND_GOTO_PTR:
            nxt = _jc_lookup(regs[pc_slot], regs[flags_slot], jc_pc, jc_flags, jc_tb, meta)
            if nxt < 0:
                return O.EXIT_TB_MISS
            tb = nxt
            ip = -1
        elif opc == O.OP_AND:
            regs[o0] = regs[o1] & regs[o2]
        elif opc == O.OP_ANDI:
            regs[o0] = regs[o1] & o2
        elif opc == O.OP_OR:
            regs[o0] = regs[o1] | regs[o2]
        elif opc == O.OP_ORI:
            regs[o0] = regs[o1] | o2
        elif opc == O.OP_XOR:
            regs[o0] = regs[o1] ^ regs[o2]
        elif opc == O.OP_XORI:
            regs[o0] = regs[o1] ^ o2
        elif opc == O.OP_SHLI:
            regs[o0] = regs[o1] << o2
        elif opc == O.OP_SHRI:
            regs[o0] = _shr(regs[o1], o2)
        elif opc == O.OP_SARI:
            regs[o0] = regs[o1] >> o2
        elif opc == O.OP_SHL:
            regs[o0] = regs[o1] << (regs[o2] & 63)
        elif opc == O.OP_SHR:
            regs[o0] = _shr(regs[o1], regs[o2])
        elif opc == O.OP_SAR:
            regs[o0] = regs[o1] >> (regs[o2] & 63)
        elif opc == O.OP_SETCOND:
            regs[o0] = 1 if _cond(code[ip - 1, 4], regs[o1], regs[o2]) else 0
        elif opc == O.OP_SETCONDI:
            regs[o0] = 1 if _cond(code[ip - 1, 4], regs[o1], o2) else 0
        elif opc == O.OP_EXT32S:
            regs[o0] = _sext(regs[o1], 32)
        elif opc == O.OP_EXT32U:
            regs[o0] = regs[o1] & MASK32
        elif opc == O.OP_EXT8S:
            regs[o0] = _sext(regs[o1], 8)
        elif opc == O.OP_EXT8U:
            regs[o0] = regs[o1] & 0xFF
        elif opc == O.OP_EXT16S:
            regs[o0] = _sext(regs[o1], 16)
        elif opc == O.OP_EXT16U:
            regs[o0] = regs[o1] & 0xFFFF
        elif opc == O.OP_BR:
            ip = o0
        elif opc == O.OP_MUL:
            regs[o0] = regs[o1] * regs[o2]
        elif opc == O.OP_MULU2:
            a = regs[o2]
            b = regs[code[ip - 1, 4]]
            regs[o0] = a * b
            regs[o1] = _mulu_hi(a, b)
        elif opc == O.OP_MULS2:
            a = regs[o2]
            b = regs[code[ip - 1, 4]]
            hi = _mulu_hi(a, b)
            if a < 0:
                hi -= b
            if b < 0:
                hi -= a
            regs[o0] = a * b
            regs[o1] = hi
        elif opc == O.OP_MULSU2:
            a = regs[o2]
            b = regs[code[ip - 1, 4]]
            hi = _mulu_hi(a, b)
            if a < 0:
                hi -= b
            regs[o0] = a * b
            regs[o1] = hi
        elif opc == O.OP_DIV:
            regs[o0] = _div(regs[o1], regs[o2])
        elif opc == O.OP_DIVU:
            regs[o0] = _divu(regs[o1], regs[o2])
        elif opc == O.OP_REM:
            regs[o0] = _rem(regs[o1], regs[o2])
        elif opc == O.OP_REMU:
            regs[o0] = _remu(regs[o1], regs[o2])
        elif opc == O.OP_NEG:
            regs[o0] = -regs[o1]
        elif opc == O.OP_NOT:
            regs[o0] = ~regs[o1]
        elif opc == O.OP_ANDC:
            regs[o0] = regs[o1] & ~regs[o2]
        elif opc == O.OP_ORC:
            regs[o0] = regs[o1] | ~regs[o2]
        elif opc == O.OP_ROTL:
            n = regs[o2] & 63
            a = regs[o1]
            regs[o0] = a if n == 0 else (a << n) | _shr(a, 64 - n)
        elif opc == O.OP_ROTR:
            n = regs[o2] & 63
            a = regs[o1]
            regs[o0] = a if n == 0 else _shr(a, n) | (a << (64 - n))
        elif opc == O.OP_MOVCOND:
            w = code[ip - 1, 5]
            if _cond(code[ip - 1, 4], regs[o1], regs[o2]):
                regs[o0] = regs[w & MASK32]
            else:
                regs[o0] = regs[w >> 32]
        elif opc == O.OP_DEPOSIT:
            pos = code[ip - 1, 4]
            ln = code[ip - 1, 5]
            mask = np.int64(-1) if ln >= 64 else (np.int64(1) << ln) - 1
            regs[o0] = (regs[o1] & ~(mask << pos)) | ((regs[o2] & mask) << pos)
        elif opc == O.OP_EXTRACT:
            ln = code[ip - 1, 4]
            v = _shr(regs[o1], o2)
            regs[o0] = v if ln >= 64 else v & ((np.int64(1) << ln) - 1)
        elif opc == O.OP_SEXTRACT:
            ln = code[ip - 1, 4]
            regs[o0] = _sext(_shr(regs[o1], o2), ln)
        elif opc == O.OP_CLZ:
            a = regs[o1]
            regs[o0] = o2 if a == 0 else _clz(a)
        elif opc == O.OP_CTZ:
            a = regs[o1]
            regs[o0] = o2 if a == 0 else _ctz(a)
        elif opc == O.OP_CTPOP:
            regs[o0] = _ctpop(regs[o1])
        elif opc == O.OP_BSWAP16:
            regs[o0] = _bswap(regs[o1], 2)
        elif opc == O.OP_BSWAP32:
            regs[o0] = _bswap(regs[o1], 4)
        elif opc == O.OP_BSWAP64:
            regs[o0] = _bswap(regs[o1], 8)
        elif opc == O.OP_LD_ENV:
            regs[o0] = regs[o2 + regs[o1]]
        elif opc == O.OP_ST_ENV:
            regs[o2 + regs[o1]] = regs[o0]
        elif opc == O.OP_FOP:
            w = code[ip - 1, 5]
            rm = (w >> 8) & 15
            if rm == O.FOP_RM_DYN:
                rm = regs[(w >> 32) & 0xFFFF]
                if rm > 4:
                    state[ST_EXIT_TB] = tb
                    state[ST_EXIT_IP] = ip - 1
                    return O.EXIT_BAD_RM
            c = code[ip - 1, 4]
            res, fl = fop_exec(w & 0xFF, regs[o1], regs[o2], regs[c] if c >= 0 else 0,
                               rm, (w >> 12) & 15)
            regs[o0] = res
            if fl != 0:
                fs = (w >> 16) & 0xFFFF
                regs[fs] |= fl
        elif opc == O.OP_CALL:
            state[ST_EXIT_TB] = tb
            state[ST_EXIT_IP] = ip - 1
            return O.EXIT_HELPER
        elif opc == O.OP_EXIT_TB:
            state[ST_EXIT_TB] = tb
            state[ST_EXIT_IP] = ip - 1
            state[ST_EXIT_VALUE] = o0
            return O.EXIT_TB
        elif opc == O.OP_NOP:
            pass
        else:
            state[ST_EXIT_TB] = tb
            state[ST_EXIT_IP] = ip - 1
            return -1
