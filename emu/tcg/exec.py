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
ST_SLICE_INSNS = 15     # the budget run_cpu was given (for Python-side policy)
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
CODE_COLS = 6          # columns of the code array: opcode, o0..o4

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
def _bswap64(v):
    u = np.uint64(v)
    m8 = np.uint64(0x00FF00FF00FF00FF)
    m16 = np.uint64(0x0000FFFF0000FFFF)
    u = ((u & m8) << np.uint64(8)) | ((u >> np.uint64(8)) & m8)
    u = ((u & m16) << np.uint64(16)) | ((u >> np.uint64(16)) & m16)
    u = (u << np.uint64(32)) | (u >> np.uint64(32))
    return np.int64(u)


@njit(cache=True, nogil=True)
def _bswap(v, size):
    """The low ``size`` bytes of v reversed, zero-extended."""
    return _shr(_bswap64(v), 64 - 8 * size)


@njit(cache=True, nogil=True, inline="always")
def _load_le(mem8, mem16, mem32, mem64, off, size_log):
    """The little-endian value of 1 << size_log bytes at arena offset off
    (zero-extended)."""
    if size_log == 3:
        if off & 7 == 0:
            return np.int64(mem64[np.uint64(off >> 3)])
        v = np.int64(0)
        for i in range(8):
            v |= np.int64(mem8[np.uint64(off + i)]) << (8 * i)
        return v
    if size_log == 2:
        if off & 3 == 0:
            return np.int64(mem32[np.uint64(off >> 2)])
        v = np.int64(0)
        for i in range(4):
            v |= np.int64(mem8[np.uint64(off + i)]) << (8 * i)
        return v
    if size_log == 1:
        if off & 1 == 0:
            return np.int64(mem16[np.uint64(off >> 1)])
        return np.int64(mem8[np.uint64(off)]) | (np.int64(mem8[np.uint64(off + 1)]) << 8)
    return np.int64(mem8[np.uint64(off)])


@njit(cache=True, nogil=True, inline="always")
def _store_le(mem8, mem16, mem32, mem64, off, size_log, v):
    """Store the low 1 << size_log bytes of v little-endian at arena offset off."""
    if size_log == 3:
        if off & 7 == 0:
            mem64[np.uint64(off >> 3)] = np.uint64(v)
        else:
            for i in range(8):
                mem8[np.uint64(off + i)] = np.uint8((v >> (8 * i)) & 0xFF)
    elif size_log == 2:
        if off & 3 == 0:
            mem32[np.uint64(off >> 2)] = np.uint32(v & MASK32)
        else:
            for i in range(4):
                mem8[np.uint64(off + i)] = np.uint8((v >> (8 * i)) & 0xFF)
    elif size_log == 1:
        if off & 1 == 0:
            mem16[np.uint64(off >> 1)] = np.uint16(v & 0xFFFF)
        else:
            mem8[np.uint64(off)] = np.uint8(v & 0xFF)
            mem8[np.uint64(off + 1)] = np.uint8((v >> 8) & 0xFF)
    else:
        mem8[np.uint64(off)] = np.uint8(v & 0xFF)


@njit(cache=True, nogil=True, inline="always")
def _tlb_offset(addr, mmu, tlb, tlba, size_log):
    """Arena offset of a RAM access that hits the TLB and stays in its
    page, else -1."""
    vpn = addr >> 12
    t = np.uint64((mmu << TLB_BITS) | (vpn & (TLB_SIZE - 1)))
    if tlb[t] != vpn or (addr & 0xFFF) + (1 << size_log) > 4096:
        return np.int64(-1)
    return addr + tlba[t]


@njit(cache=True, nogil=True, inline="always")
def _holds_code(codepg, off, size):
    """Does a store of size bytes at arena offset off touch translated code?"""
    return codepg[np.uint64(off >> CODE_GRAN_BITS)] != 0 or \
        codepg[np.uint64((off + size - 1) >> CODE_GRAN_BITS)] != 0


@njit(cache=True, nogil=True, inline="always")
def _memory_exit(state, reason, addr, memop):
    state[ST_EXIT_ADDR] = addr
    state[ST_EXIT_MEMOP] = memop
    return reason


@njit(cache=True, nogil=True)
def cpu_exec_loop(code, meta, regs, mem8, mem16, mem32, mem64, codepg,
                  dirty, tlb_r, tlb_w, tlb_add, jc_pc, jc_flags, jc_tb, state):
    """Run TBs until something needs Python.  Returns an EXIT_* reason.

    Performance notes (benchmarks/engine_micro.py guards them): array
    indices are cast to uint64 so numba emits no negative-index wraparound
    code; the code array and the TLBs are indexed flat with constant row
    widths; icount and the instruction limit live in locals; the TB-entry
    work runs once per TB in the outer loop, the inner loop runs the ops of
    one TB.  Never mix int64 and uint64 in arithmetic (numba gives float64).
    """
    pc_slot = np.uint64(state[ST_PC_SLOT])
    flags_slot = np.uint64(state[ST_FLAGS_SLOT])
    mmu_slot = np.uint64(state[ST_MMU_SLOT])
    nochain = state[ST_NOCHAIN]
    icount = state[ST_ICOUNT]
    limit = state[ST_ICOUNT_LIMIT]
    ops = code.reshape(code.size)
    tlbr = tlb_r.reshape(tlb_r.size)
    tlbw = tlb_w.reshape(tlb_w.size)
    tlba = tlb_add.reshape(tlb_add.size)
    tb = state[ST_RESUME_TB]
    ip = state[ST_RESUME_IP]
    state[ST_RESUME_TB] = -1
    if tb < 0:
        pc = regs[pc_slot]
        h = np.uint64((pc >> 1) & (JC_SIZE - 1))
        tb = jc_tb[h]
        if tb < 0 or jc_pc[h] != pc or jc_flags[h] != regs[flags_slot] \
                or meta[np.uint64(tb), TB_VALID] == 0:
            return O.EXIT_TB_MISS
        ip = -1
    ntbs = 0
    reason = 0
    while True:
        if ip < 0:
            # ---- TB entry ---------------------------------------------------
            if state[ST_EXIT_REQUEST] != 0:
                reason = O.EXIT_REQUEST
                break
            n = meta[np.uint64(tb), TB_NINSNS]
            if icount + n > limit:
                reason = O.EXIT_BUDGET
                break
            icount += n
            state[ST_ICOUNT] = icount
            ntbs += 1
            ip = meta[np.uint64(tb), TB_START]
        while True:
            # ---- one op -----------------------------------------------------
            base = ip * CODE_COLS
            opc = ops[np.uint64(base)]
            o0 = ops[np.uint64(base + 1)]
            o1 = ops[np.uint64(base + 2)]
            o2 = ops[np.uint64(base + 3)]
            d = np.uint64(o0)
            a = np.uint64(o1)
            b = np.uint64(o2)
            ip += 1
            if opc == O.OP_ADDI:
                regs[d] = regs[a] + o2
            # ---- plain little-endian loads/stores, current MMU index (ops.py)
            elif opc == O.OP_LD64:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 3)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _load_le(mem8, mem16, mem32, mem64, off, 3)
            elif opc == O.OP_LD32S:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 2)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _sext(_load_le(mem8, mem16, mem32, mem64, off, 2), 32)
            elif opc == O.OP_LD32U:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 2)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _load_le(mem8, mem16, mem32, mem64, off, 2)
            elif opc == O.OP_LD8U:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 0)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _load_le(mem8, mem16, mem32, mem64, off, 0)
            elif opc == O.OP_LD16U:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 1)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _load_le(mem8, mem16, mem32, mem64, off, 1)
            elif opc == O.OP_LD16S:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 1)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _sext(_load_le(mem8, mem16, mem32, mem64, off, 1), 16)
            elif opc == O.OP_LD8S:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbr, tlba, 0)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                regs[d] = _sext(_load_le(mem8, mem16, mem32, mem64, off, 0), 8)
            elif opc == O.OP_ST64:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbw, tlba, 3)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                if _holds_code(codepg, off, 8):
                    reason = _memory_exit(state, O.EXIT_SMC, addr, ops[np.uint64(base + 4)])
                    break
                dirty[np.uint64(off >> 12)] = 1
                _store_le(mem8, mem16, mem32, mem64, off, 3, regs[d])
            elif opc == O.OP_ST32:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbw, tlba, 2)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                if _holds_code(codepg, off, 4):
                    reason = _memory_exit(state, O.EXIT_SMC, addr, ops[np.uint64(base + 4)])
                    break
                dirty[np.uint64(off >> 12)] = 1
                _store_le(mem8, mem16, mem32, mem64, off, 2, regs[d])
            elif opc == O.OP_ST8:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbw, tlba, 0)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                if _holds_code(codepg, off, 1):
                    reason = _memory_exit(state, O.EXIT_SMC, addr, ops[np.uint64(base + 4)])
                    break
                dirty[np.uint64(off >> 12)] = 1
                _store_le(mem8, mem16, mem32, mem64, off, 0, regs[d])
            elif opc == O.OP_ST16:
                addr = regs[a] + o2
                off = _tlb_offset(addr, regs[mmu_slot], tlbw, tlba, 1)
                if off < 0:
                    reason = _memory_exit(state, O.EXIT_TLB_MISS, addr, ops[np.uint64(base + 4)])
                    break
                if _holds_code(codepg, off, 2):
                    reason = _memory_exit(state, O.EXIT_SMC, addr, ops[np.uint64(base + 4)])
                    break
                dirty[np.uint64(off >> 12)] = 1
                _store_le(mem8, mem16, mem32, mem64, off, 1, regs[d])
            elif opc == O.OP_ADD32S:
                regs[d] = _sext(regs[a] + regs[b], 32)
            elif opc == O.OP_ADDI32S:
                regs[d] = _sext(regs[a] + o2, 32)
            elif opc == O.OP_SUB32S:
                regs[d] = _sext(regs[a] - regs[b], 32)
            elif opc == O.OP_SHLI32S:
                regs[d] = _sext(regs[a] << (o2 & 63), 32)
            elif opc == O.OP_MUL32S:
                regs[d] = _sext(regs[a] * regs[b], 32)
            elif opc == O.OP_ADD32U:
                regs[d] = (regs[a] + regs[b]) & MASK32
            elif opc == O.OP_ADDI32U:
                regs[d] = (regs[a] + o2) & MASK32
            elif opc == O.OP_SUB32U:
                regs[d] = (regs[a] - regs[b]) & MASK32
            elif opc == O.OP_SHLI32U:
                regs[d] = (regs[a] << (o2 & 63)) & MASK32
            elif opc == O.OP_MUL32U:
                regs[d] = (regs[a] * regs[b]) & MASK32
            elif opc == O.OP_MOVI:
                regs[d] = o1
            elif opc == O.OP_ADD:
                regs[d] = regs[a] + regs[b]
            elif opc == O.OP_LD:
                mo = ops[np.uint64(base + 4)]
                addr = regs[a] + o2
                if mo & O.MO_ADDR32:
                    addr &= MASK32
                m = (mo >> O.MO_MMU_SHIFT) & 15
                mmu = regs[mmu_slot] if m == 0 else m - 1
                size_log = mo & O.MO_SIZE
                size = 1 << size_log
                if (mo & O.MO_ALIGN) and (addr & (size - 1)) != 0:
                    reason = O.EXIT_UNALIGNED
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    break
                vpn = addr >> 12
                t = np.uint64((mmu << TLB_BITS) | (vpn & (TLB_SIZE - 1)))
                if tlbr[t] != vpn or (addr & 0xFFF) + size > 4096:
                    reason = O.EXIT_TLB_MISS
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    break
                off = addr + tlba[t]
                if size_log == 3:
                    if off & 7 == 0:
                        v = np.int64(mem64[np.uint64(off >> 3)])
                    else:
                        v = np.int64(0)
                        for i in range(8):
                            v |= np.int64(mem8[np.uint64(off + i)]) << (8 * i)
                elif size_log == 2:
                    if off & 3 == 0:
                        v = np.int64(mem32[np.uint64(off >> 2)])
                    else:
                        v = np.int64(0)
                        for i in range(4):
                            v |= np.int64(mem8[np.uint64(off + i)]) << (8 * i)
                elif size_log == 1:
                    if off & 1 == 0:
                        v = np.int64(mem16[np.uint64(off >> 1)])
                    else:
                        v = np.int64(mem8[np.uint64(off)]) | (np.int64(mem8[np.uint64(off + 1)]) << 8)
                else:
                    v = np.int64(mem8[np.uint64(off)])
                if mo & O.MO_BE:
                    v = _bswap(v, size)
                if (mo & O.MO_SIGN) and size_log < 3:
                    v = _sext(v, 8 * size)
                regs[d] = v
            elif opc == O.OP_ST:
                mo = ops[np.uint64(base + 4)]
                addr = regs[a] + o2
                if mo & O.MO_ADDR32:
                    addr &= MASK32
                m = (mo >> O.MO_MMU_SHIFT) & 15
                mmu = regs[mmu_slot] if m == 0 else m - 1
                size_log = mo & O.MO_SIZE
                size = 1 << size_log
                if (mo & O.MO_ALIGN) and (addr & (size - 1)) != 0:
                    reason = O.EXIT_UNALIGNED
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    break
                vpn = addr >> 12
                t = np.uint64((mmu << TLB_BITS) | (vpn & (TLB_SIZE - 1)))
                if tlbw[t] != vpn or (addr & 0xFFF) + size > 4096:
                    reason = O.EXIT_TLB_MISS
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    break
                off = addr + tlba[t]
                if codepg[np.uint64(off >> CODE_GRAN_BITS)] != 0 or \
                        codepg[np.uint64((off + size - 1) >> CODE_GRAN_BITS)] != 0:
                    reason = O.EXIT_SMC
                    state[ST_EXIT_ADDR] = addr
                    state[ST_EXIT_MEMOP] = mo
                    break
                dirty[np.uint64(off >> 12)] = 1
                v = regs[d]
                if mo & O.MO_BE:
                    v = _bswap(v, size)
                if size_log == 3:
                    if off & 7 == 0:
                        mem64[np.uint64(off >> 3)] = np.uint64(v)
                    else:
                        for i in range(8):
                            mem8[np.uint64(off + i)] = np.uint8((v >> (8 * i)) & 0xFF)
                elif size_log == 2:
                    if off & 3 == 0:
                        mem32[np.uint64(off >> 2)] = np.uint32(v & MASK32)
                    else:
                        for i in range(4):
                            mem8[np.uint64(off + i)] = np.uint8((v >> (8 * i)) & 0xFF)
                elif size_log == 1:
                    if off & 1 == 0:
                        mem16[np.uint64(off >> 1)] = np.uint16(v & 0xFFFF)
                    else:
                        mem8[np.uint64(off)] = np.uint8(v & 0xFF)
                        mem8[np.uint64(off + 1)] = np.uint8((v >> 8) & 0xFF)
                else:
                    mem8[np.uint64(off)] = np.uint8(v & 0xFF)
            elif opc == O.OP_MOV:
                regs[d] = regs[a]
            elif opc == O.OP_SUB:
                regs[d] = regs[a] - regs[b]
            elif opc == O.OP_BRCONDI:
                if _cond(o2, regs[d], o1):
                    ip = ops[np.uint64(base + 4)]
            elif opc == O.OP_BRCOND:
                if _cond(o2, regs[d], regs[a]):
                    ip = ops[np.uint64(base + 4)]
            elif opc == O.OP_GOTO_TB:
                # the pc slot holds the destination from here on (front ends
                # also set it with movi; this makes exits at the next TB
                # boundary exact even if they do not)
                regs[pc_slot] = o1
                slot = np.uint64(TB_CHAIN0 + o0)
                nxt = meta[np.uint64(tb), slot]
                if nxt < 0 or meta[np.uint64(nxt), TB_VALID] == 0:
                    h = np.uint64((o1 >> 1) & (JC_SIZE - 1))
                    nxt = jc_tb[h]
                    if nxt < 0 or jc_pc[h] != o1 or jc_flags[h] != regs[flags_slot] \
                            or meta[np.uint64(nxt), TB_VALID] == 0:
                        reason = O.EXIT_TB_MISS
                        break
                    if nochain == 0:
                        meta[np.uint64(tb), slot] = nxt
                tb = nxt
                ip = -1
                break
            elif opc == O.OP_LOOKUP_AND_GOTO_PTR:
                pc = regs[pc_slot]
                h = np.uint64((pc >> 1) & (JC_SIZE - 1))
                nxt = jc_tb[h]
                if nxt < 0 or jc_pc[h] != pc or jc_flags[h] != regs[flags_slot] \
                        or meta[np.uint64(nxt), TB_VALID] == 0:
                    reason = O.EXIT_TB_MISS
                    break
                tb = nxt
                ip = -1
                break
            elif opc == O.OP_AND:
                regs[d] = regs[a] & regs[b]
            elif opc == O.OP_ANDI:
                regs[d] = regs[a] & o2
            elif opc == O.OP_OR:
                regs[d] = regs[a] | regs[b]
            elif opc == O.OP_ORI:
                regs[d] = regs[a] | o2
            elif opc == O.OP_XOR:
                regs[d] = regs[a] ^ regs[b]
            elif opc == O.OP_XORI:
                regs[d] = regs[a] ^ o2
            elif opc == O.OP_SHLI:
                regs[d] = regs[a] << (o2 & 63)
            elif opc == O.OP_SHRI:
                regs[d] = _shr(regs[a], o2)
            elif opc == O.OP_SARI:
                regs[d] = regs[a] >> (o2 & 63)
            elif opc == O.OP_SHL:
                regs[d] = regs[a] << (regs[b] & 63)
            elif opc == O.OP_SHR:
                regs[d] = _shr(regs[a], regs[b])
            elif opc == O.OP_SAR:
                regs[d] = regs[a] >> (regs[b] & 63)
            elif opc == O.OP_SETCOND:
                regs[d] = 1 if _cond(ops[np.uint64(base + 4)], regs[a], regs[b]) else 0
            elif opc == O.OP_SETCONDI:
                regs[d] = 1 if _cond(ops[np.uint64(base + 4)], regs[a], o2) else 0
            elif opc == O.OP_EXT32S:
                regs[d] = _sext(regs[a], 32)
            elif opc == O.OP_EXT32U:
                regs[d] = regs[a] & MASK32
            elif opc == O.OP_EXT8S:
                regs[d] = _sext(regs[a], 8)
            elif opc == O.OP_EXT8U:
                regs[d] = regs[a] & 0xFF
            elif opc == O.OP_EXT16S:
                regs[d] = _sext(regs[a], 16)
            elif opc == O.OP_EXT16U:
                regs[d] = regs[a] & 0xFFFF
            elif opc == O.OP_BR:
                ip = o0
            elif opc == O.OP_MUL:
                regs[d] = regs[a] * regs[b]
            elif opc == O.OP_MULU2:
                x = regs[b]
                y = regs[np.uint64(ops[np.uint64(base + 4)])]
                regs[d] = x * y
                regs[a] = _mulu_hi(x, y)
            elif opc == O.OP_MULS2:
                x = regs[b]
                y = regs[np.uint64(ops[np.uint64(base + 4)])]
                hi = _mulu_hi(x, y)
                if x < 0:
                    hi -= y
                if y < 0:
                    hi -= x
                regs[d] = x * y
                regs[a] = hi
            elif opc == O.OP_MULSU2:
                x = regs[b]
                y = regs[np.uint64(ops[np.uint64(base + 4)])]
                hi = _mulu_hi(x, y)
                if x < 0:
                    hi -= y
                regs[d] = x * y
                regs[a] = hi
            elif opc == O.OP_DIV:
                regs[d] = _div(regs[a], regs[b])
            elif opc == O.OP_DIVU:
                regs[d] = _divu(regs[a], regs[b])
            elif opc == O.OP_REM:
                regs[d] = _rem(regs[a], regs[b])
            elif opc == O.OP_REMU:
                regs[d] = _remu(regs[a], regs[b])
            elif opc == O.OP_NEG:
                regs[d] = -regs[a]
            elif opc == O.OP_NOT:
                regs[d] = ~regs[a]
            elif opc == O.OP_ANDC:
                regs[d] = regs[a] & ~regs[b]
            elif opc == O.OP_ORC:
                regs[d] = regs[a] | ~regs[b]
            elif opc == O.OP_ROTL:
                n = regs[b] & 63
                x = regs[a]
                regs[d] = x if n == 0 else (x << n) | _shr(x, 64 - n)
            elif opc == O.OP_ROTR:
                n = regs[b] & 63
                x = regs[a]
                regs[d] = x if n == 0 else _shr(x, n) | (x << (64 - n))
            elif opc == O.OP_MOVCOND:
                w = ops[np.uint64(base + 5)]
                if _cond(ops[np.uint64(base + 4)], regs[a], regs[b]):
                    regs[d] = regs[np.uint64(w & MASK32)]
                else:
                    regs[d] = regs[np.uint64(w >> 32)]
            elif opc == O.OP_DEPOSIT:
                pos = ops[np.uint64(base + 4)]
                ln = ops[np.uint64(base + 5)]
                mask = np.int64(-1) if ln >= 64 else (np.int64(1) << ln) - 1
                regs[d] = (regs[a] & ~(mask << pos)) | ((regs[b] & mask) << pos)
            elif opc == O.OP_EXTRACT:
                ln = ops[np.uint64(base + 4)]
                v = _shr(regs[a], o2)
                regs[d] = v if ln >= 64 else v & ((np.int64(1) << ln) - 1)
            elif opc == O.OP_SEXTRACT:
                ln = ops[np.uint64(base + 4)]
                regs[d] = _sext(_shr(regs[a], o2), ln)
            elif opc == O.OP_CLZ:
                x = regs[a]
                regs[d] = o2 if x == 0 else _clz(x)
            elif opc == O.OP_CTZ:
                x = regs[a]
                regs[d] = o2 if x == 0 else _ctz(x)
            elif opc == O.OP_CTPOP:
                regs[d] = _ctpop(regs[a])
            elif opc == O.OP_BSWAP16:
                regs[d] = _bswap(regs[a], 2)
            elif opc == O.OP_BSWAP32:
                regs[d] = _bswap(regs[a], 4)
            elif opc == O.OP_BSWAP64:
                regs[d] = _bswap64(regs[a])
            elif opc == O.OP_LD_ENV:
                regs[d] = regs[np.uint64(o2 + regs[a])]
            elif opc == O.OP_ST_ENV:
                regs[np.uint64(o2 + regs[a])] = regs[d]
            elif opc == O.OP_FOP:
                w = ops[np.uint64(base + 5)]
                rm = (w >> 8) & 15
                if rm == O.FOP_RM_DYN:
                    rm = regs[np.uint64((w >> 32) & 0xFFFF)]
                    if rm < 0 or rm > 4:
                        reason = O.EXIT_BAD_RM
                        break
                c = ops[np.uint64(base + 4)]
                res, fl = fop_exec(w & 0xFF, regs[a], regs[b],
                                   regs[np.uint64(c)] if c >= 0 else np.int64(0),
                                   rm, (w >> 12) & 15)
                regs[d] = res
                if fl != 0:
                    fs = np.uint64((w >> 16) & 0xFFFF)
                    regs[fs] |= fl
            elif opc == O.OP_CALL:
                reason = O.EXIT_HELPER
                break
            elif opc == O.OP_EXIT_TB:
                state[ST_EXIT_VALUE] = o0
                reason = O.EXIT_TB
                break
            elif opc == O.OP_NOP:
                pass
            else:
                reason = -1
                break
        if reason != 0:
            break
    # ---- leaving: where we stopped (op exits), counters ----------------------
    state[ST_EXIT_TB] = tb
    state[ST_EXIT_IP] = ip - 1
    state[ST_ICOUNT] = icount
    state[ST_TBS_RUN] += ntbs
    return reason
