"""A tiny pure-Python IR interpreter and TB loop for the RISC-V tests.

It runs the ops an :class:`emu.tcg.ir.IRBuilder` collected on the CPU's
register file, with guest memory behind the CPU's ``tlb_fill`` (no TLB
caching, so page-table tests see every walk) and a bytearray of RAM.
Guest exceptions raised by helpers, tlb_fill or unaligned accesses are
delivered through ``cpu.do_interrupt`` at the pc of the instruction that
raised them, as the real engine does.  Until emu/testing.py runs TBs on the
numba engine, per-instruction tests run here.
"""

from emu.tcg import ops as O
from emu.tcg.fops import fop_exec
from emu.tcg.helpers import GuestException
from emu.tcg.ir import HELPERS, IRBuilder, to_s64
from emu.tcg.translator import translate_block

M64 = (1 << 64) - 1


def u64(v):
    return v & M64


class RAM:
    """Physical memory: one RAM range; everything else is unassigned."""

    def __init__(self, base=0x80000000, size=0x10000):
        self.base = base
        self.data = bytearray(size)

    def contains(self, addr, size):
        return self.base <= addr and addr + size <= self.base + len(self.data)

    def access(self, addr, size, is_write, value=0):
        if not self.contains(addr, size):
            return 0, False
        off = addr - self.base
        if is_write:
            self.data[off:off + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
            return 0, True
        return int.from_bytes(self.data[off:off + size], "little"), True

    def read(self, addr, size):
        return self.access(addr, size, False)[0]

    def write(self, addr, size, value):
        self.access(addr, size, True, value)

    def read_bytes(self, addr, length):
        off = addr - self.base
        return bytes(self.data[off:off + length])

    def is_ram(self, addr, size):
        return self.contains(addr, size)

    def load(self, addr, blob):
        off = addr - self.base
        self.data[off:off + len(blob)] = blob


def _cond(c, a, b):
    ua, ub = u64(a), u64(b)
    return {
        O.COND_NEVER: False, O.COND_ALWAYS: True,
        O.COND_EQ: a == b, O.COND_NE: a != b,
        O.COND_LT: a < b, O.COND_GE: a >= b, O.COND_LE: a <= b, O.COND_GT: a > b,
        O.COND_LTU: ua < ub, O.COND_GEU: ua >= ub, O.COND_LEU: ua <= ub,
        O.COND_GTU: ua > ub, O.COND_TSTEQ: (a & b) == 0, O.COND_TSTNE: (a & b) != 0,
    }[c]


def _sext(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def _div(a, b, signed):
    if b == 0:
        return -1
    if not signed:
        return u64(a) // u64(b)
    if b == -1:
        return -a
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _rem(a, b, signed):
    if b == 0:
        return a
    if not signed:
        return u64(a) % u64(b)
    return a - _div(a, b, True) * b


_BIN = {
    O.OP_ADD: lambda a, b: a + b, O.OP_SUB: lambda a, b: a - b,
    O.OP_MUL: lambda a, b: a * b, O.OP_AND: lambda a, b: a & b,
    O.OP_OR: lambda a, b: a | b, O.OP_XOR: lambda a, b: a ^ b,
    O.OP_ANDC: lambda a, b: a & ~b, O.OP_ORC: lambda a, b: a | ~b,
    O.OP_SHL: lambda a, b: a << (b & 63), O.OP_SHR: lambda a, b: u64(a) >> (b & 63),
    O.OP_SAR: lambda a, b: a >> (b & 63),
    O.OP_ROTL: lambda a, b: (u64(a) << (b & 63)) | (u64(a) >> ((64 - (b & 63)) & 63)),
    O.OP_ROTR: lambda a, b: (u64(a) >> (b & 63)) | (u64(a) << ((64 - (b & 63)) & 63)),
    O.OP_DIV: lambda a, b: _div(a, b, True), O.OP_DIVU: lambda a, b: _div(a, b, False),
    O.OP_REM: lambda a, b: _rem(a, b, True), O.OP_REMU: lambda a, b: _rem(a, b, False),
}
_BINI = {O.OP_ADDI: O.OP_ADD, O.OP_ANDI: O.OP_AND, O.OP_ORI: O.OP_OR,
         O.OP_XORI: O.OP_XOR, O.OP_SHLI: O.OP_SHL, O.OP_SHRI: O.OP_SHR,
         O.OP_SARI: O.OP_SAR}
_UN = {
    O.OP_MOV: lambda a: a, O.OP_NEG: lambda a: -a, O.OP_NOT: lambda a: ~a,
    O.OP_EXT8S: lambda a: _sext(a, 8), O.OP_EXT8U: lambda a: a & 0xFF,
    O.OP_EXT16S: lambda a: _sext(a, 16), O.OP_EXT16U: lambda a: a & 0xFFFF,
    O.OP_EXT32S: lambda a: _sext(a, 32), O.OP_EXT32U: lambda a: a & 0xFFFFFFFF,
    O.OP_CTPOP: lambda a: bin(u64(a)).count("1"),
}
_MUL2 = {O.OP_MULU2: (False, False), O.OP_MULS2: (True, True), O.OP_MULSU2: (True, False)}


class Stop(Exception):
    """The TB ended (goto_tb, lookup_and_goto_ptr, exit_tb)."""


class Interp:
    """Executes one TB's op list against ``cpu``."""

    def __init__(self, cpu):
        self.cpu = cpu
        self.regs = cpu.regs

    def get(self, s):
        return int(self.regs[s])

    def put(self, s, v):
        self.regs[s] = to_s64(v)

    def mem_addr(self, base, off, mop):
        addr = u64(self.get(base) + off)
        return addr & 0xFFFFFFFF if mop & O.MO_ADDR32 else addr

    def access(self, addr, mop, access, value=0):
        cpu = self.cpu
        size = 1 << (mop & O.MO_SIZE)
        mmu_idx = int(cpu.env.mmu_idx)
        if mop & O.MO_ALIGN and addr & (size - 1):
            cpu.do_unaligned_access(addr, access, mmu_idx)
        paddr_page, prot = cpu.tlb_fill(addr, access, mmu_idx)
        need = {O.ACCESS_LOAD: 1, O.ACCESS_STORE: 2}[access]
        assert prot & need, "tlb_fill returned without the needed permission"
        paddr = paddr_page | (addr & 0xFFF)
        result, ok = cpu.address_space.access(paddr, size, access == O.ACCESS_STORE, value)
        if not ok:
            cpu.do_transaction_failed(paddr, addr, access)
        if mop & O.MO_SIGN:
            result = _sext(result, 8 * size)
        return result

    def run(self, ops):
        """Run ops; returns the index of the last insn_start seen."""
        labels = {op[1]: i for i, op in enumerate(ops) if op[0] == O.OP_SET_LABEL}
        ip, insn = 0, -1
        self.insn_pc = None
        while ip < len(ops):
            opc, o0, o1, o2, o3, o4 = ops[ip]
            ip += 1
            if opc == O.OP_INSN_START:
                self.insn_pc, insn = o0, o1
                continue
            jump = self.step(opc, o0, o1, o2, o3, o4)
            if jump is not None:
                ip = labels[jump]
        raise AssertionError("TB fell off its end without an exit op")

    def step(self, opc, o0, o1, o2, o3, o4):
        g, p = self.get, self.put
        if opc in _BIN:
            p(o0, _BIN[opc](g(o1), g(o2)))
        elif opc in _BINI:
            p(o0, _BIN[_BINI[opc]](g(o1), o2))
        elif opc in _UN:
            p(o0, _UN[opc](g(o1)))
        elif opc == O.OP_MOVI:
            p(o0, o1)
        elif opc in _MUL2:
            sa, sb = _MUL2[opc]
            a = g(o2) if sa else u64(g(o2))
            b = g(o3) if sb else u64(g(o3))
            prod = a * b
            p(o0, prod)
            p(o1, prod >> 64)
        elif opc == O.OP_SETCOND:
            p(o0, int(_cond(o3, g(o1), g(o2))))
        elif opc == O.OP_SETCONDI:
            p(o0, int(_cond(o3, g(o1), o2)))
        elif opc == O.OP_MOVCOND:
            v1, v2 = o4 & 0xFFFFFFFF, o4 >> 32
            p(o0, g(v1) if _cond(o3, g(o1), g(o2)) else g(v2))
        elif opc == O.OP_DEPOSIT:
            mask = ((1 << o4) - 1) << o3
            p(o0, (g(o1) & ~mask) | ((g(o2) << o3) & mask))
        elif opc == O.OP_EXTRACT:
            p(o0, (u64(g(o1)) >> o2) & ((1 << o3) - 1))
        elif opc == O.OP_SEXTRACT:
            p(o0, _sext(u64(g(o1)) >> o2, o3))
        elif opc == O.OP_BRCOND:
            return o3 if _cond(o2, g(o0), g(o1)) else None
        elif opc == O.OP_BRCONDI:
            return o3 if _cond(o2, g(o0), o1) else None
        elif opc == O.OP_BR:
            return o0
        elif opc == O.OP_SET_LABEL or opc == O.OP_NOP:
            pass
        elif opc == O.OP_LD:
            p(o0, self.access(self.mem_addr(o1, o2, o3), o3, O.ACCESS_LOAD))
        elif opc == O.OP_ST:
            self.access(self.mem_addr(o1, o2, o3), o3, O.ACCESS_STORE, u64(g(o0)))
        elif opc == O.OP_CALL:
            fn = HELPERS.functions[o1]
            res = fn(self.cpu, g(o2) if o2 >= 0 else 0, g(o3) if o3 >= 0 else 0, o4)
            if o0 >= 0:
                p(o0, res)
        elif opc == O.OP_FOP:
            self.fop(o0, o1, o2, o3, o4)
        elif opc in (O.OP_GOTO_TB, O.OP_LOOKUP_AND_GOTO_PTR, O.OP_EXIT_TB):
            raise Stop()
        else:
            raise NotImplementedError(O.NAMES[opc])
        return None

    def fop(self, d, a, b, c, word):
        rm = (word >> 8) & 15
        if rm == O.FOP_RM_DYN:
            rm = self.get((word >> 32) & 0xFFFF)
            if rm > 4:
                self.cpu.raise_illegal_instruction(self.insn_pc)
        res, flags = fop_exec(word & 0xFF, self.get(a), self.get(b),
                              self.get(c) if c >= 0 else 0, rm, (word >> 12) & 15)
        self.put(d, int(res))
        fs = (word >> 16) & 0xFFFF
        self.put(fs, self.get(fs) | int(flags))


def translate(cpu, pc=None, max_insns=512):
    """Translate one TB at pc; returns (ctx, ops)."""
    pc = int(cpu.env.pc) & M64 if pc is None else pc
    ir = IRBuilder(cpu.regtable.n_slots)
    ctx = cpu.make_disas_context(pc, int(cpu.env.tb_flags), max_insns, ir)
    translate_block(ctx)
    return ctx, ir.ops


def run(cpu, max_insns=1000, stop_pc=None, single_step=False):
    """Run TBs until ``max_insns`` instructions ran, pc == stop_pc, or the
    CPU halts (wfi).  Returns the number of instructions executed."""
    done = 0
    while done < max_insns:
        pc = u64(int(cpu.env.pc))
        if stop_pc is not None and pc == stop_pc:
            break
        if cpu.halted:
            break
        if cpu.cpu_exec_interrupt():
            continue
        limit = 1 if single_step else min(512, max_insns - done)
        try:
            ctx, ops = translate(cpu, pc, limit)
        except GuestException as exc:           # fetch fault on the first insn
            cpu.do_interrupt(exc.excp, exc.tval)
            done += 1
            continue
        interp = Interp(cpu)
        try:
            interp.run(ops)
            done += ctx.num_insns
        except Stop:
            done += ctx.num_insns
        except GuestException as exc:
            cpu.set("pc", interp.insn_pc)
            cpu.do_interrupt(exc.excp, exc.tval)
            done += 1
    return done
