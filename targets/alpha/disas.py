"""A small Alpha disassembler for ``-d in_asm`` (capstone has no Alpha).

It reuses the decoder generated from insn.decode: a recording namespace
stands in for the trans_ functions, so every pattern the translator knows
gets its mnemonic (the pattern name) and the fields decodetree extracted;
operands are laid out per format in binutils' style (software register
names, ``disp(rb)``, literals in hex, branch targets as addresses, FP
qualifiers as a /suffix).  A few binutils aliases keep common idioms
readable: nop, unop, clr, mov, ret, halt.
"""

from targets.alpha.cpu import GPR_NAMES
from targets.alpha.decode_insn import decode_insn

M64 = (1 << 64) - 1
IREG = GPR_NAMES + ("zero",)
_FP_MEM = {"ldf", "ldg", "lds", "ldt", "stf", "stg", "sts", "stt"}
_INT_TO_FP = {"itofs", "itoff", "itoft"}
_FP_TO_INT = {"ftoit", "ftois"}
_JUMPS = ("jmp", "jsr", "ret", "jsr_coroutine")
# HW_LD/HW_ST kind<3:1> -> suffix (kind<0>: quadword); "%s" = _l or _c
_HW_KIND = {0: "/p", 1: "%s/p", 2: "/v", 4: "", 5: "/w", 6: "/a", 7: "/wa"}
_NO_OPERANDS = {"trapb", "excb", "mb", "wmb"}


class _Recorder:
    def __getattr__(self, name):
        def trans(ctx, a):
            self.seen = (name[len("trans_"):], a)
            return True
        return trans


def _freg(r):
    return "f%d" % r


def _fp_suffix(name, opcode, fn11):
    if opcode not in (0x14, 0x15, 0x16) or name.startswith(("itof", "cvtst")):
        return ""
    trap = ""
    if fn11 & 0x400:
        trap += "s"
    if fn11 & 0x100:
        trap += "v" if name in ("cvttq", "cvtql", "cvtgq") else "u"
    if fn11 & 0x200:
        trap += "i"
    rm = {0x000: "c", 0x040: "m", 0x080: "", 0x0C0: "d"}[fn11 & 0x0C0]
    if name.startswith("cmp") or opcode == 0x15:
        rm = ""
    suffix = trap + rm
    return "/" + suffix if suffix else ""


def disas_one(word, pc):
    """Text of the instruction word at pc."""
    rec = _Recorder()
    if not decode_insn(rec, None, word):
        return ".long 0x%08x" % word
    name, a = rec.seen
    opcode = word >> 26
    f = {n for n in ("number", "index", "kind", "disp", "rb", "fn11", "islit")
         if hasattr(a, n)}
    if "number" in f:
        return "halt" if a.number == 0 else "call_pal 0x%x" % a.number
    if "index" in f:
        reg = a.ra if name == "hw_mfpr" else a.rb
        return "%s %s,0x%x" % (name, IREG[reg], a.index)
    if "kind" in f:
        size = "q" if a.kind & 1 else "l"
        suffix = _HW_KIND.get(a.kind >> 1, "/%x" % a.kind)
        if "%s" in suffix:
            suffix = suffix % ("_l" if name == "hw_ld" else "_c")
        return "%s%s%s %s,%d(%s)" % (name, size, suffix, IREG[a.ra], a.disp, IREG[a.rb])
    if "disp" in f and "rb" not in f:
        target = (pc + 4 + 4 * a.disp) & M64
        reg = _freg(a.ra) if opcode in (0x31, 0x32, 0x33, 0x35, 0x36, 0x37) else IREG[a.ra]
        if name == "br" and a.ra == 31:
            return "br 0x%x" % target
        return "%s %s,0x%x" % (name, reg, target)
    if "disp" in f:
        if name == "ldq_u" and a.ra == 31:
            return "unop"
        reg = _freg(a.ra) if name in _FP_MEM else IREG[a.ra]
        return "%s %s,%d(%s)" % (name, reg, a.disp, IREG[a.rb])
    if "fn11" in f:
        suffix = _fp_suffix(name, opcode, a.fn11)
        ra = IREG[a.ra] if name in _INT_TO_FP else _freg(a.ra)
        if name in ("mt_fpcr", "mf_fpcr"):
            return "%s %s" % (name, _freg(a.ra))
        if a.ra == 31 and name not in _INT_TO_FP and not name.startswith(("cpys", "fcmov")):
            return "%s%s %s,%s" % (name, suffix, _freg(a.rb), _freg(a.rc))
        if name in _INT_TO_FP:
            return "%s %s,%s" % (name, ra, _freg(a.rc))
        return "%s%s %s,%s,%s" % (name, suffix, ra, _freg(a.rb), _freg(a.rc))
    if "islit" in f:
        b = "0x%x" % a.lit if a.islit else IREG[a.rb]
        if name in _FP_TO_INT:
            return "%s %s,%s" % (name, _freg(a.ra), IREG[a.rc])
        if name == "bis" and a.ra == 31:
            if a.rc == 31 and not a.islit and a.rb == 31:
                return "nop"
            if not a.islit and a.rb == 31:
                return "clr %s" % IREG[a.rc]
            return "mov %s,%s" % (b, IREG[a.rc])
        return "%s %s,%s,%s" % (name, IREG[a.ra], b, IREG[a.rc])
    # misc / jumps
    if name == "jmp":
        kind = _JUMPS[(word >> 14) & 3]
        if kind == "ret" and a.ra == 31 and a.rb == 26:
            return "ret"
        return "%s %s,(%s)" % (kind, IREG[a.ra], IREG[a.rb])
    if name in _NO_OPERANDS:
        return name
    if name in ("rpcc", "rc", "rs"):
        return "%s %s" % (name, IREG[a.ra])
    if name == "hw_ret":
        return "hw_ret (%s)" % IREG[a.rb]
    return "%s %s" % (name, IREG[a.rb])


def disas(data, pc):
    """[(pc, 4, text)] for the 32-bit words of data."""
    out = []
    for i in range(0, len(data) - 3, 4):
        word = int.from_bytes(data[i:i + 4], "little")
        addr = (pc + i) & M64
        out.append((addr, 4, disas_one(word, addr)))
    return out
