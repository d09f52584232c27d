"""The IR op set: opcodes, conditions, memops and exit reasons.

Every op is one row of six int64 values: ``(opc, o0, o1, o2, o3, o4)``.
Operands are *slots* (indices into the vCPU's flat int64 register file:
guest registers first, TB temporaries after) or immediates, as the table
below says.  docs/tcg-ops.md explains each op; this module is the single
source of the numbering that the builder, the executor and the dumper share.

All arithmetic is 64-bit two's complement.  Front ends build narrower
semantics from ``ext*`` ops.
"""

# --- operand kinds, for the dumper and the validator -------------------
S = "slot"      # a register-file slot read or written
I = "imm"       # an immediate int64
L = "label"     # a label number (resolved to an op index when packed)
C = "cond"      # a condition code
M = "memop"     # a memop bit set
X = "extra"     # op specific immediate
_ = None        # unused

# name, operand kinds (o0..o4)
OPS = [
    ("nop",        (_, _, _, _, _)),
    # moves and constants
    ("mov",        (S, S, _, _, _)),          # d = a
    ("movi",       (S, I, _, _, _)),          # d = imm
    # integer arithmetic
    ("add",        (S, S, S, _, _)),
    ("addi",       (S, S, I, _, _)),
    ("sub",        (S, S, S, _, _)),
    ("mul",        (S, S, S, _, _)),
    ("mulu2",      (S, S, S, S, _)),          # (lo=o0, hi=o1) = a(o2) * b(o3), unsigned 128-bit
    ("muls2",      (S, S, S, S, _)),          # signed 128-bit
    ("mulsu2",     (S, S, S, S, _)),          # a signed * b unsigned, 128-bit
    ("div",        (S, S, S, _, _)),          # signed, truncating; see docs for /0
    ("divu",       (S, S, S, _, _)),
    ("rem",        (S, S, S, _, _)),
    ("remu",       (S, S, S, _, _)),
    ("neg",        (S, S, _, _, _)),
    # logic
    ("and",        (S, S, S, _, _)),
    ("andi",       (S, S, I, _, _)),
    ("or",         (S, S, S, _, _)),
    ("ori",        (S, S, I, _, _)),
    ("xor",        (S, S, S, _, _)),
    ("xori",       (S, S, I, _, _)),
    ("andc",       (S, S, S, _, _)),          # a & ~b
    ("orc",        (S, S, S, _, _)),          # a | ~b
    ("not",        (S, S, _, _, _)),
    # shifts and rotates (count taken modulo 64)
    ("shl",        (S, S, S, _, _)),
    ("shli",       (S, S, I, _, _)),
    ("shr",        (S, S, S, _, _)),
    ("shri",       (S, S, I, _, _)),
    ("sar",        (S, S, S, _, _)),
    ("sari",       (S, S, I, _, _)),
    ("rotl",       (S, S, S, _, _)),
    ("rotr",       (S, S, S, _, _)),
    # extensions
    ("ext8s",      (S, S, _, _, _)),
    ("ext8u",      (S, S, _, _, _)),
    ("ext16s",     (S, S, _, _, _)),
    ("ext16u",     (S, S, _, _, _)),
    ("ext32s",     (S, S, _, _, _)),
    ("ext32u",     (S, S, _, _, _)),
    # bit fields: deposit d = a with bits [pos, pos+len) replaced by b's low bits
    ("deposit",    (S, S, S, I, I)),          # d, a, b, pos, len
    ("extract",    (S, S, I, I, _)),          # d = (a >> pos) & mask(len)
    ("sextract",   (S, S, I, I, _)),          # signed extract
    # comparisons
    ("setcond",    (S, S, S, C, _)),          # d = cond(a, b) ? 1 : 0
    ("setcondi",   (S, S, I, C, _)),
    ("movcond",    (S, S, S, C, X)),          # d = cond(a, b) ? v1 : v2; o4 = v1 slot | v2 slot << 32
    ("brcond",     (S, S, C, L, _)),          # if cond(a, b) goto label
    ("brcondi",    (S, I, C, L, _)),
    ("br",         (L, _, _, _, _)),
    ("set_label",  (L, _, _, _, _)),          # removed when packed
    # bit counting
    ("clz",        (S, S, I, _, _)),          # d = a ? clz64(a) : imm
    ("ctz",        (S, S, I, _, _)),
    ("ctpop",      (S, S, _, _, _)),
    ("bswap16",    (S, S, _, _, _)),          # zero-extends the result
    ("bswap32",    (S, S, _, _, _)),
    ("bswap64",    (S, S, _, _, _)),
    # guest memory (softmmu)
    ("ld",         (S, S, I, M, _)),          # d = mem[a + imm]
    ("st",         (S, S, I, M, _)),          # mem[a + imm] = value(o0)
    # env (register file) access with a dynamic index: d = regs[base + a]
    ("ld_env",     (S, S, I, _, _)),
    ("st_env",     (S, S, I, _, _)),          # regs[base(o2) + a(o1)] = value(o0)
    # calls
    ("call",       (S, X, S, S, I)),          # d = helper#o1(value a, value b, imm); d may be -1
    ("fop",        (S, S, S, S, X)),          # softfloat: d = op(a, b, c); o4 = packed fop word
    # control
    ("insn_start", (I, I, _, _, _)),          # pc, insn index; removed when packed
    ("goto_tb",    (I, I, _, _, _)),          # chain slot n (0/1), destination pc
    ("lookup_and_goto_ptr", (_, _, _, _, _)),  # jump to the TB for the pc slot
    ("exit_tb",    (I, _, _, _, _)),          # leave the executor with EXIT_TB, value o0
    # --- packed forms: made by the packer (emu.tcg.tbcache), never emitted by
    # front ends.  `op d, ..; ext32s d, d` fuses into op32s (ext32u: op32u); ld/st whose memop
    # is plain (little-endian, current MMU index, no alignment check, 64-bit
    # address) become one op per size.  Operands as the IR op they replace.
    ("add32s",     (S, S, S, _, _)),          # d = sext32(a + b)
    ("addi32s",    (S, S, I, _, _)),
    ("sub32s",     (S, S, S, _, _)),
    ("shli32s",    (S, S, I, _, _)),
    ("mul32s",     (S, S, S, _, _)),
    ("add32u",     (S, S, S, _, _)),          # d = (a + b) & 0xffffffff
    ("addi32u",    (S, S, I, _, _)),
    ("sub32u",     (S, S, S, _, _)),
    ("shli32u",    (S, S, I, _, _)),
    ("mul32u",     (S, S, S, _, _)),
    ("ld8u",       (S, S, I, M, _)),
    ("ld8s",       (S, S, I, M, _)),
    ("ld16u",      (S, S, I, M, _)),
    ("ld16s",      (S, S, I, M, _)),
    ("ld32u",      (S, S, I, M, _)),
    ("ld32s",      (S, S, I, M, _)),
    ("ld64",       (S, S, I, M, _)),
    ("st8",        (S, S, I, M, _)),
    ("st16",       (S, S, I, M, _)),
    ("st32",       (S, S, I, M, _)),
    ("st64",       (S, S, I, M, _)),
]

OPC = {name: i for i, (name, _k) in enumerate(OPS)}
NAMES = [name for name, _k in OPS]
KINDS = [kinds for _n, kinds in OPS]

# Opcode constants for the executor (plain ints so numba sees constants).
OP_NOP = OPC["nop"]
OP_MOV = OPC["mov"]
OP_MOVI = OPC["movi"]
OP_ADD = OPC["add"]
OP_ADDI = OPC["addi"]
OP_SUB = OPC["sub"]
OP_MUL = OPC["mul"]
OP_MULU2 = OPC["mulu2"]
OP_MULS2 = OPC["muls2"]
OP_MULSU2 = OPC["mulsu2"]
OP_DIV = OPC["div"]
OP_DIVU = OPC["divu"]
OP_REM = OPC["rem"]
OP_REMU = OPC["remu"]
OP_NEG = OPC["neg"]
OP_AND = OPC["and"]
OP_ANDI = OPC["andi"]
OP_OR = OPC["or"]
OP_ORI = OPC["ori"]
OP_XOR = OPC["xor"]
OP_XORI = OPC["xori"]
OP_ANDC = OPC["andc"]
OP_ORC = OPC["orc"]
OP_NOT = OPC["not"]
OP_SHL = OPC["shl"]
OP_SHLI = OPC["shli"]
OP_SHR = OPC["shr"]
OP_SHRI = OPC["shri"]
OP_SAR = OPC["sar"]
OP_SARI = OPC["sari"]
OP_ROTL = OPC["rotl"]
OP_ROTR = OPC["rotr"]
OP_EXT8S = OPC["ext8s"]
OP_EXT8U = OPC["ext8u"]
OP_EXT16S = OPC["ext16s"]
OP_EXT16U = OPC["ext16u"]
OP_EXT32S = OPC["ext32s"]
OP_EXT32U = OPC["ext32u"]
OP_DEPOSIT = OPC["deposit"]
OP_EXTRACT = OPC["extract"]
OP_SEXTRACT = OPC["sextract"]
OP_SETCOND = OPC["setcond"]
OP_SETCONDI = OPC["setcondi"]
OP_MOVCOND = OPC["movcond"]
OP_BRCOND = OPC["brcond"]
OP_BRCONDI = OPC["brcondi"]
OP_BR = OPC["br"]
OP_SET_LABEL = OPC["set_label"]
OP_CLZ = OPC["clz"]
OP_CTZ = OPC["ctz"]
OP_CTPOP = OPC["ctpop"]
OP_BSWAP16 = OPC["bswap16"]
OP_BSWAP32 = OPC["bswap32"]
OP_BSWAP64 = OPC["bswap64"]
OP_LD = OPC["ld"]
OP_ST = OPC["st"]
OP_LD_ENV = OPC["ld_env"]
OP_ST_ENV = OPC["st_env"]
OP_CALL = OPC["call"]
OP_FOP = OPC["fop"]
OP_INSN_START = OPC["insn_start"]
OP_GOTO_TB = OPC["goto_tb"]
OP_LOOKUP_AND_GOTO_PTR = OPC["lookup_and_goto_ptr"]
OP_EXIT_TB = OPC["exit_tb"]
OP_ADD32S = OPC["add32s"]
OP_ADDI32S = OPC["addi32s"]
OP_SUB32S = OPC["sub32s"]
OP_SHLI32S = OPC["shli32s"]
OP_MUL32S = OPC["mul32s"]
OP_ADD32U = OPC["add32u"]
OP_ADDI32U = OPC["addi32u"]
OP_SUB32U = OPC["sub32u"]
OP_SHLI32U = OPC["shli32u"]
OP_MUL32U = OPC["mul32u"]
OP_LD8U = OPC["ld8u"]
OP_LD8S = OPC["ld8s"]
OP_LD16U = OPC["ld16u"]
OP_LD16S = OPC["ld16s"]
OP_LD32U = OPC["ld32u"]
OP_LD32S = OPC["ld32s"]
OP_LD64 = OPC["ld64"]
OP_ST8 = OPC["st8"]
OP_ST16 = OPC["st16"]
OP_ST32 = OPC["st32"]
OP_ST64 = OPC["st64"]

# packer tables: the fused form of `op d, ..; ext32s d, d` (and ext32u), and
# the plain load/store form of each memop (size | sign)
FUSE_EXT32S = {OP_ADD: OP_ADD32S, OP_ADDI: OP_ADDI32S, OP_SUB: OP_SUB32S,
               OP_SHLI: OP_SHLI32S, OP_MUL: OP_MUL32S}
FUSE_EXT32U = {OP_ADD: OP_ADD32U, OP_ADDI: OP_ADDI32U, OP_SUB: OP_SUB32U,
               OP_SHLI: OP_SHLI32U, OP_MUL: OP_MUL32U}
PLAIN_LD = {0: OP_LD8U, 4: OP_LD8S, 1: OP_LD16U, 5: OP_LD16S, 2: OP_LD32U,
            6: OP_LD32S, 3: OP_LD64, 7: OP_LD64}
PLAIN_ST = {0: OP_ST8, 1: OP_ST16, 2: OP_ST32, 3: OP_ST64}
STORE_OPS = frozenset([OP_ST, OP_ST8, OP_ST16, OP_ST32, OP_ST64])

# --- conditions -------------------------------------------------------
COND_NEVER, COND_ALWAYS = 0, 1
COND_EQ, COND_NE = 2, 3
COND_LT, COND_GE, COND_LE, COND_GT = 4, 5, 6, 7          # signed
COND_LTU, COND_GEU, COND_LEU, COND_GTU = 8, 9, 10, 11    # unsigned
COND_TSTEQ, COND_TSTNE = 12, 13                          # (a & b) == 0 / != 0
COND_NAMES = ["never", "always", "eq", "ne", "lt", "ge", "le", "gt",
              "ltu", "geu", "leu", "gtu", "tsteq", "tstne"]
_INVERT = {COND_NEVER: COND_ALWAYS, COND_EQ: COND_NE, COND_LT: COND_GE,
           COND_LE: COND_GT, COND_LTU: COND_GEU, COND_LEU: COND_GTU,
           COND_TSTEQ: COND_TSTNE}
INVERT_COND = {**_INVERT, **{v: k for k, v in _INVERT.items()}}

# --- memops -------------------------------------------------------------
MO_8, MO_16, MO_32, MO_64 = 0, 1, 2, 3     # log2 of the access size
MO_SIZE = 3
MO_SIGN = 4                                # sign-extend a load
MO_BE = 8                                  # big-endian access
MO_ADDR32 = 16                             # zero-extend the address to 32 bits first
MO_ALIGN = 32                              # unaligned access -> EXIT_UNALIGNED
MO_MMU_SHIFT = 8                           # bits 8..11: mmu index + 1 (0 = current)
MO_UB, MO_UW, MO_UL, MO_UQ = MO_8, MO_16, MO_32, MO_64
MO_SB, MO_SW, MO_SL = MO_8 | MO_SIGN, MO_16 | MO_SIGN, MO_32 | MO_SIGN
MO_NOT_PLAIN = MO_BE | MO_ADDR32 | MO_ALIGN | (15 << MO_MMU_SHIFT)

# --- fop word ---------------------------------------------------------
# bits 0..7 softfloat operation, 8..11 rounding mode (0..4, FOP_RM_DYN = read
# the mode from slot frm), 12..15 softfloat mode bits, 16..31 fflags slot,
# 32..47 frm slot.
FOP_RM_DYN = 15

# --- executor exit reasons ---------------------------------------------
EXIT_REQUEST = 1      # someone asked the vCPU to stop (irq, timer, monitor)
EXIT_BUDGET = 2       # the instruction budget of the slice is used up
EXIT_TB_MISS = 3      # no TB for (pc, flags) in the jump cache
EXIT_HELPER = 4       # a call op needs Python; resume at (tb, ip+1)
EXIT_MMIO = 5         # a load/store hit an I/O page (or crosses a page)
EXIT_TLB_MISS = 6     # a load/store missed the TLB
EXIT_SMC = 7          # a store hits a page holding translated code
EXIT_UNALIGNED = 8    # MO_ALIGN access not aligned
EXIT_TB = 9           # exit_tb op
EXIT_BAD_RM = 10      # a dynamic rounding mode is invalid
EXIT_DEBUG = 11       # breakpoint reached

EXIT_NAMES = {EXIT_REQUEST: "request", EXIT_BUDGET: "budget", EXIT_TB_MISS: "tb-miss",
              EXIT_HELPER: "helper", EXIT_MMIO: "mmio", EXIT_TLB_MISS: "tlb-miss",
              EXIT_SMC: "smc", EXIT_UNALIGNED: "unaligned", EXIT_TB: "exit-tb",
              EXIT_BAD_RM: "bad-rm", EXIT_DEBUG: "debug"}

# memory access types (for tlb fill and faults)
ACCESS_LOAD, ACCESS_STORE, ACCESS_FETCH = 0, 1, 2
