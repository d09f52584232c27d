"""The translator loop: QEMU's shape, shared by every front end.

A target's front end subclasses :class:`DisasContextBase` and implements
``tb_start``, ``insn_start``, ``translate_insn`` and ``tb_stop``.  The loop
calls them in order, one guest instruction at a time, until the front end
says stop (``is_jmp != DISAS_NEXT``), the TB would leave its page, or the
instruction limit is reached.  Engine plumbing (counting, page limits, the
``-d in_asm`` log, insn_start bookkeeping) lives here, not in trans_*.
"""

from emu.tcg.ir import IRBuilder

DISAS_NEXT = 0        # keep translating
DISAS_TOO_MANY = 1    # stopped by the loop: tb_stop must chain to pc_next
DISAS_NORETURN = 2    # the last insn already ended the TB (exit emitted)
DISAS_TARGET_0 = 3    # first value free for a front end's own reasons

TB_MAX_INSNS = 512
EXIT_TB_DEBUG = 0xDEB6      # exit_tb value of a TB that stops at a breakpoint


class CodeFetchFault(Exception):
    """Raised by fetch_code when the next instruction cannot be fetched.

    The loop ends the TB before that instruction (or, for the first one,
    lets the fault become a guest exception).
    """


class DisasContextBase:
    """Per-TB translation state shared by all front ends."""

    def __init__(self, cpu, pc, flags, max_insns, ir):
        self.cpu = cpu
        self.pc_first = pc
        self.pc_next = pc
        self.flags = flags
        self.max_insns = max_insns
        self.num_insns = 0
        self.is_jmp = DISAS_NEXT
        self.ir = ir
        self.page_mask = ~((1 << cpu.page_bits) - 1)
        self.insn_lengths = []
        self._temps = []          # temporaries, reused by every instruction
        self._n_temps = 0
        self._page_bits = cpu.page_bits
        self._page_size = 1 << cpu.page_bits
        self._code_pages = {}     # virtual page -> arena offset of its RAM, or -1
        self._byteorder = "big" if cpu.big_endian else "little"
        arena = getattr(cpu.machine, "arena", None)      # None: test doubles
        self._arena = arena.view if arena is not None else None

    # -- services for the front end -------------------------------------
    def fetch_code(self, addr, size):
        """Read ``size`` bytes of guest code at virtual ``addr`` as an int
        in the target's instruction byte order.

        A page is translated (and checked) once per TB; later fetches from
        it read the RAM arena directly.  Code that is not in RAM or crosses
        a page goes through the CPU's own fetch_code."""
        off = addr & (self._page_size - 1)
        if off + size <= self._page_size and self._arena is not None:
            base = self.code_backing(addr)
            if base >= 0:
                base += off
                return int.from_bytes(self._arena[base:base + size], self._byteorder)
        return self.cpu.fetch_code(addr, size)

    def code_backing(self, addr):
        """Arena offset of the page holding virtual ``addr`` (its fetch
        translation, as cpu.code_page does it: guest faults propagate), or
        -1 when that page is not plain RAM/ROM."""
        vpage = addr >> self._page_bits
        base = self._code_pages.get(vpage)
        if base is None:
            paddr = self.cpu.code_page(addr)
            backing = self.cpu.address_space.page_backing(paddr, self._page_size)
            base = backing[0] if backing is not None else -1
            self._code_pages[vpage] = base
        return base

    def temp(self):
        """A temporary slot, reused from one instruction to the next (the
        translator loop hands the pool back before each instruction)."""
        if self._n_temps == len(self._temps):
            self._temps.append(self.ir.temp())
        slot = self._temps[self._n_temps]
        self._n_temps += 1
        return slot

    def same_page(self, addr):
        return (addr & self.page_mask) == (self.pc_first & self.page_mask)

    def use_goto_tb(self, dest):
        """Direct chaining is allowed only within the TB's own page."""
        return self.same_page(dest) and not self.cpu.nochain

    # -- hooks a front end implements ----------------------------------
    def tb_start(self):
        pass

    def insn_start(self):
        self.ir.insn_start(self.pc_next)

    def translate_insn(self):
        raise NotImplementedError

    def tb_stop(self):
        raise NotImplementedError


def translate_block(ctx):
    """Run the translator loop on ``ctx``; returns the context."""
    ctx.tb_start()
    breakpoints = getattr(ctx.cpu, "breakpoints", None)
    while True:
        pc = ctx.pc_next
        if breakpoints and (pc & _MASK64) in breakpoints and _stops_at_breakpoint(ctx, pc):
            if ctx.num_insns == 0:
                # the TB is just "stop here": nothing executes, icount unchanged
                ctx.ir.exit_tb(EXIT_TB_DEBUG)
                ctx.is_jmp = DISAS_NORETURN
                return ctx
            ctx.is_jmp = DISAS_TOO_MANY     # end the TB before the breakpoint
            break
        ctx.insn_start()
        ctx.num_insns += 1
        ctx._n_temps = 0
        ctx.translate_insn()
        ctx.insn_lengths.append(ctx.pc_next - pc)
        if ctx.is_jmp != DISAS_NEXT:
            break
        if ctx.num_insns >= ctx.max_insns:
            ctx.is_jmp = DISAS_TOO_MANY
            break
        if not ctx.same_page(ctx.pc_next):
            ctx.is_jmp = DISAS_TOO_MANY
            break
    ctx.tb_stop()
    return ctx


def _stops_at_breakpoint(ctx, pc):
    """A breakpoint at pc stops execution, except for the first instruction
    of the TB that resumes from it (the vCPU loop sets debug_skip_pc)."""
    return not (ctx.num_insns == 0 and
                (pc & _MASK64) == getattr(ctx.cpu, "debug_skip_pc", None))


_MASK64 = (1 << 64) - 1


def new_ir(cpu):
    return IRBuilder(cpu.regtable.n_slots)
