"""Exception entry and return, interrupt selection (ARM ARM B1.8, B1.9).

``do_interrupt(cpu, excp, tval)`` takes exception ``excp`` (cpu_bits.EXCP_*)
at the instruction whose address is in the pc slot: for synchronous
exceptions that is the faulting instruction, for interrupts the next one to
execute.  ``tval`` carries what the exception needs: the instruction length for
UNDEFINED, SVC and semihosting traps (LR is the next instruction); for
aborts the fault information was already written to DFSR/DFAR or
IFSR/IFAR by whoever raised it.
"""

from emu import log

from targets.arm import cpu_bits as B

# excp -> (mode, vector offset, CPSR mask bits set, lr offset ARM, lr offset Thumb)
# lr offsets are added to the address of the instruction the pc slot holds.
_ENTRY = {
    B.EXCP_UDEF: (B.MODE_UND, 0x04, B.CPSR_I, 4, 2),
    B.EXCP_SWI: (B.MODE_SVC, 0x08, B.CPSR_I, 4, 2),
    B.EXCP_BKPT: (B.MODE_ABT, 0x0C, B.CPSR_A | B.CPSR_I, 4, 4),
    B.EXCP_PREFETCH_ABORT: (B.MODE_ABT, 0x0C, B.CPSR_A | B.CPSR_I, 4, 4),
    B.EXCP_DATA_ABORT: (B.MODE_ABT, 0x10, B.CPSR_A | B.CPSR_I, 8, 8),
    B.EXCP_IRQ: (B.MODE_IRQ, 0x18, B.CPSR_A | B.CPSR_I, 4, 4),
    B.EXCP_FIQ: (B.MODE_FIQ, 0x1C, B.CPSR_A | B.CPSR_I | B.CPSR_F, 4, 4),
}


def vector_base(cpu):
    if cpu.get("sctlr") & B.SCTLR_V:
        return 0xFFFF0000
    return cpu.get("vbar") & ~0x1F


def do_interrupt(cpu, excp, tval=0):
    """Enter the handler of exception ``excp``."""
    env = cpu.env
    if excp == B.EXCP_SEMIHOST:
        _semihosting(cpu, tval)
        return
    if excp in (B.EXCP_HVC, B.EXCP_SMC):
        excp = B.EXCP_UDEF
    if excp == B.EXCP_BKPT:
        # a BKPT is a prefetch abort with the debug event status
        cpu.set("ifsr", B.FS_DEBUG)
    mode, offset, mask, lr_arm, lr_thumb = _ENTRY[excp]
    pc = cpu.get("pc") & 0xFFFFFFFF
    if log.log_enabled("int"):
        log.qemu_log("int", "Taking exception %d [%s] on CPU %d\n...at PC 0x%x\n"
                     % (excp, B.EXCP_NAMES.get(excp, "?"), cpu.cpu_index, pc))
    old_cpsr = cpu.cpsr_read()
    if excp in (B.EXCP_UDEF, B.EXCP_SWI) and tval in (2, 4):
        lr = pc + tval                   # the instruction's own length
    else:
        lr = pc + (lr_thumb if env.thumb else lr_arm)
    cpu.switch_mode(mode)
    env.spsr = old_cpsr
    cpsr = cpu.cpsr_read()
    cpsr &= ~(B.CPSR_IT | B.CPSR_J | B.CPSR_T | B.CPSR_E)
    cpsr |= mask
    if cpu.get("sctlr") & B.SCTLR_TE:
        cpsr |= B.CPSR_T
    cpu.cpsr_write(cpsr, 0xFFFFFFFF)
    cpu.set_reg(14, lr)
    env.pc = (vector_base(cpu) + offset) & 0xFFFFFFFF
    env.exclusive_addr = -1
    cpu.halted = 0
    cpu.update_tb_flags()


def _semihosting(cpu, insn_size):
    """A semihosting trap: run the call, r0 = result, continue after it."""
    env = cpu.env
    pc = cpu.get("pc")
    sh = cpu.semihosting
    if sh is not None:
        result = sh.call(ArmSemihostingAccess(cpu), cpu.reg(0), cpu.reg(1))
        if result is not None:
            cpu.set_reg(0, result)
    env.pc = (pc + insn_size) & 0xFFFFFFFF


class ArmSemihostingAccess:
    """What emu.semihosting needs from the CPU: word size, memory, and a
    way to read the guest's view of memory (virtual addresses)."""

    word_size = 4

    def __init__(self, cpu):
        self.cpu = cpu

    def _paddr(self, vaddr, access):
        from targets.arm import mmu
        page, _prot = mmu.tlb_fill(self.cpu, vaddr, access, self.cpu.env.mmu_idx)
        return page | (vaddr & 0xFFF)

    def read_bytes(self, vaddr, length):
        out = bytearray()
        while length > 0:
            n = min(length, 0x1000 - (vaddr & 0xFFF))
            out += self.cpu.address_space.read_bytes(self._paddr(vaddr, 0), n)
            vaddr += n
            length -= n
        return bytes(out)

    def write_bytes(self, vaddr, data):
        pos = 0
        while pos < len(data):
            n = min(len(data) - pos, 0x1000 - (vaddr & 0xFFF))
            self.cpu.address_space.write_bytes(self._paddr(vaddr, 1), data[pos:pos + n])
            vaddr += n
            pos += n

    def read_word(self, vaddr):
        return int.from_bytes(self.read_bytes(vaddr, 4), "little")

    def write_word(self, vaddr, value):
        self.write_bytes(vaddr, (value & 0xFFFFFFFF).to_bytes(4, "little"))


def exception_return(cpu, new_pc, spsr=None):
    """CPSR = SPSR (or ``spsr``), then branch to new_pc as the restored
    instruction set says (ARM ARM B1.8.10 / QEMU gen_exception_return)."""
    if spsr is None:
        spsr = cpu.get("spsr") & 0xFFFFFFFF
    mode = spsr & B.CPSR_M
    if mode not in B.VALID_MODES or (cpu.mode == B.MODE_USR):
        spsr = (spsr & ~B.CPSR_M) | cpu.mode
    cpu.cpsr_write(spsr, 0xFFFFFFFF)
    env = cpu.env
    env.pc = new_pc & (0xFFFFFFFE if env.thumb else 0xFFFFFFFC)
    env.exclusive_addr = -1
    cpu.update_tb_flags()


def pending_interrupt(cpu):
    """EXCP_FIQ / EXCP_IRQ to take now, or None."""
    cpsr = cpu.env.uncached_cpsr
    if cpu.fiq_level and not cpsr & B.CPSR_F:
        return B.EXCP_FIQ
    if cpu.irq_level and not cpsr & B.CPSR_I:
        return B.EXCP_IRQ
    return None


def cpu_exec_interrupt(cpu):
    excp = pending_interrupt(cpu)
    if excp is None:
        return False
    do_interrupt(cpu, excp)
    return True
