"""The IR builder: what front ends call to emit ops for one translation block.

A front end's ``trans_*`` functions call methods of :class:`IRBuilder`
(``ir.add(d, a, b)``, ``ir.ld(d, base, offset, memop)``, ...).  Operands are
slot numbers in the vCPU register file: the target's env slots (from its
register table) or temporaries from :meth:`IRBuilder.temp`.  The argument
order follows TCG: destination first, a condition code first where there is
one.  The finished op list is packed into the engine's code arrays by
:mod:`emu.tcg.tbcache`.
"""

from emu.tcg import ops as O

_MASK64 = (1 << 64) - 1


def to_s64(value):
    """Wrap a Python int to a signed 64-bit value (the register-file form)."""
    value &= _MASK64
    return value - (1 << 64) if value >> 63 else value


class HelperRegistry:
    """Process-wide table of Python helpers reachable from ``call`` ops.

    A helper is ``fn(cpu, a, b, imm) -> int | None``; ``a`` and ``b`` are the
    values of the argument slots (0 when the slot is -1).  It may raise
    :class:`emu.tcg.helpers.GuestException` to take a guest exception at the
    calling instruction.
    """

    def __init__(self):
        self.functions = []
        self._ids = {}

    def id_of(self, fn):
        hid = self._ids.get(fn)
        if hid is None:
            hid = len(self.functions)
            self.functions.append(fn)
            self._ids[fn] = hid
        return hid


HELPERS = HelperRegistry()


class IRBuilder:
    """Collects the ops of one TB."""

    def __init__(self, first_temp):
        self.ops = []
        self.first_temp = first_temp
        self.next_temp = first_temp
        self.n_labels = 0
        self.n_insns = 0

    # -- slots and labels --------------------------------------------
    def temp(self):
        """A fresh TB-local temporary slot (its value dies with the TB)."""
        slot = self.next_temp
        self.next_temp += 1
        return slot

    def const(self, value):
        """A temporary holding ``value``."""
        t = self.temp()
        self.movi(t, value)
        return t

    def new_label(self):
        self.n_labels += 1
        return self.n_labels - 1

    def set_label(self, label):
        self.emit(O.OP_SET_LABEL, label)

    def emit(self, opc, o0=0, o1=0, o2=0, o3=0, o4=0):
        self.ops.append((opc, o0, o1, o2, o3, o4))

    # -- moves ---------------------------------------------------------
    def mov(self, d, a):
        if d != a:
            self.emit(O.OP_MOV, d, a)

    def movi(self, d, imm):
        self.emit(O.OP_MOVI, d, to_s64(imm))

    # -- arithmetic and logic -------------------------------------------
    def add(self, d, a, b): self.emit(O.OP_ADD, d, a, b)
    def sub(self, d, a, b): self.emit(O.OP_SUB, d, a, b)
    def mul(self, d, a, b): self.emit(O.OP_MUL, d, a, b)
    def div(self, d, a, b): self.emit(O.OP_DIV, d, a, b)
    def divu(self, d, a, b): self.emit(O.OP_DIVU, d, a, b)
    def rem(self, d, a, b): self.emit(O.OP_REM, d, a, b)
    def remu(self, d, a, b): self.emit(O.OP_REMU, d, a, b)
    def neg(self, d, a): self.emit(O.OP_NEG, d, a)
    def and_(self, d, a, b): self.emit(O.OP_AND, d, a, b)
    def or_(self, d, a, b): self.emit(O.OP_OR, d, a, b)
    def xor(self, d, a, b): self.emit(O.OP_XOR, d, a, b)
    def andc(self, d, a, b): self.emit(O.OP_ANDC, d, a, b)
    def orc(self, d, a, b): self.emit(O.OP_ORC, d, a, b)
    def not_(self, d, a): self.emit(O.OP_NOT, d, a)
    def shl(self, d, a, b): self.emit(O.OP_SHL, d, a, b)
    def shr(self, d, a, b): self.emit(O.OP_SHR, d, a, b)
    def sar(self, d, a, b): self.emit(O.OP_SAR, d, a, b)
    def rotl(self, d, a, b): self.emit(O.OP_ROTL, d, a, b)
    def rotr(self, d, a, b): self.emit(O.OP_ROTR, d, a, b)

    def addi(self, d, a, imm):
        if imm == 0:
            self.mov(d, a)
        else:
            self.emit(O.OP_ADDI, d, a, to_s64(imm))

    def andi(self, d, a, imm): self.emit(O.OP_ANDI, d, a, to_s64(imm))
    def ori(self, d, a, imm): self.emit(O.OP_ORI, d, a, to_s64(imm))
    def xori(self, d, a, imm): self.emit(O.OP_XORI, d, a, to_s64(imm))
    def shli(self, d, a, n): self.emit(O.OP_SHLI, d, a, n & 63)
    def shri(self, d, a, n): self.emit(O.OP_SHRI, d, a, n & 63)
    def sari(self, d, a, n): self.emit(O.OP_SARI, d, a, n & 63)

    def mulu2(self, lo, hi, a, b): self.emit(O.OP_MULU2, lo, hi, a, b)
    def muls2(self, lo, hi, a, b): self.emit(O.OP_MULS2, lo, hi, a, b)
    def mulsu2(self, lo, hi, a, b): self.emit(O.OP_MULSU2, lo, hi, a, b)

    # -- extensions and bit fields -----------------------------------------
    def ext8s(self, d, a): self.emit(O.OP_EXT8S, d, a)
    def ext8u(self, d, a): self.emit(O.OP_EXT8U, d, a)
    def ext16s(self, d, a): self.emit(O.OP_EXT16S, d, a)
    def ext16u(self, d, a): self.emit(O.OP_EXT16U, d, a)
    def ext32s(self, d, a): self.emit(O.OP_EXT32S, d, a)
    def ext32u(self, d, a): self.emit(O.OP_EXT32U, d, a)

    def deposit(self, d, a, b, pos, length):
        self.emit(O.OP_DEPOSIT, d, a, b, pos, length)

    def extract(self, d, a, pos, length):
        self.emit(O.OP_EXTRACT, d, a, pos, length)

    def sextract(self, d, a, pos, length):
        self.emit(O.OP_SEXTRACT, d, a, pos, length)

    def clz(self, d, a, if_zero=64): self.emit(O.OP_CLZ, d, a, if_zero)
    def ctz(self, d, a, if_zero=64): self.emit(O.OP_CTZ, d, a, if_zero)
    def ctpop(self, d, a): self.emit(O.OP_CTPOP, d, a)
    def bswap16(self, d, a): self.emit(O.OP_BSWAP16, d, a)
    def bswap32(self, d, a): self.emit(O.OP_BSWAP32, d, a)
    def bswap64(self, d, a): self.emit(O.OP_BSWAP64, d, a)

    # -- comparisons and branches -------------------------------------
    def setcond(self, cond, d, a, b): self.emit(O.OP_SETCOND, d, a, b, cond)
    def setcondi(self, cond, d, a, imm): self.emit(O.OP_SETCONDI, d, a, to_s64(imm), cond)

    def movcond(self, cond, d, a, b, v1, v2):
        """d = v1 if cond(a, b) else v2."""
        self.emit(O.OP_MOVCOND, d, a, b, cond, v1 | (v2 << 32))

    def brcond(self, cond, a, b, label): self.emit(O.OP_BRCOND, a, b, cond, label)
    def brcondi(self, cond, a, imm, label): self.emit(O.OP_BRCONDI, a, to_s64(imm), cond, label)
    def br(self, label): self.emit(O.OP_BR, label)

    # -- memory ------------------------------------------------------------
    def ld(self, d, base, offset, memop):
        """d = guest memory at regs[base] + offset (memop: size, sign, endianness)."""
        self.emit(O.OP_LD, d, base, to_s64(offset), memop)

    def st(self, value, base, offset, memop):
        self.emit(O.OP_ST, value, base, to_s64(offset), memop)

    def ld_env(self, d, index, base):
        """d = regs[base + regs[index]] (index must be in range: front end's job)."""
        self.emit(O.OP_LD_ENV, d, index, base)

    def st_env(self, value, index, base):
        self.emit(O.OP_ST_ENV, value, index, base)

    # -- calls -------------------------------------------------------------
    def call(self, fn, d=-1, a=-1, b=-1, imm=0):
        """d = fn(cpu, regs[a], regs[b], imm) in Python (exits the executor)."""
        self.emit(O.OP_CALL, d, HELPERS.id_of(fn), a, b, to_s64(imm))

    def fop(self, d, a, b, c, op, rm, mode, fflags_slot, frm_slot=0):
        """Softfloat op (see emu.tcg.fops); rm 0..4 or ops.FOP_RM_DYN."""
        word = op | (rm << 8) | (mode << 12) | (fflags_slot << 16) | (frm_slot << 32)
        self.emit(O.OP_FOP, d, a, b, c, word)

    # -- control -----------------------------------------------------------
    def insn_start(self, pc):
        if not 0 <= pc < 1 << 63:
            pc = to_s64(pc)
        self.ops.append((O.OP_INSN_START, pc, self.n_insns, 0, 0, 0))
        self.n_insns += 1

    def goto_tb(self, n, dest_pc):
        """Jump to the TB at dest_pc (chained through slot n: 0 or 1)."""
        self.emit(O.OP_GOTO_TB, n, to_s64(dest_pc))

    def lookup_and_goto_ptr(self):
        """Jump to the TB for the pc now in the pc slot."""
        self.emit(O.OP_LOOKUP_AND_GOTO_PTR)

    def exit_tb(self, value=0):
        """Return to the vCPU loop (pc slot must already hold the next pc)."""
        self.emit(O.OP_EXIT_TB, value)


def format_op(op):
    """One op as text, for `-d op`."""
    opc, *args = op
    name = O.NAMES[opc]
    parts = []
    for kind, value in zip(O.KINDS[opc], args):
        if kind is None:
            continue
        if kind == O.S:
            parts.append("r%d" % value if value >= 0 else "-")
        elif kind == O.C:
            parts.append(O.COND_NAMES[value])
        elif kind == O.L:
            parts.append("$L%d" % value)
        elif kind == O.M:
            parts.append("mo=0x%x" % value)
        else:
            parts.append("0x%x" % (value & _MASK64) if abs(value) > 9 else str(value))
    return "%-10s %s" % (name, ",".join(parts))
