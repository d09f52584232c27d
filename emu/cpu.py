"""CPUs: the CPUState base class every target's CPU derives from, CPU type
registration, and realize-time migration registration (type 1 / type 2).

A target CPU class sets ``regtable`` (its register file), ``target_name``
(the QEMU target directory name: riscv, arm, alpha ...), and either
``vmsd`` (type 1: the ``cpu`` description whose first field embeds
``cpu_common`` as ``parent_obj``) or ``legacy_vmsd`` (type 2: separate
``cpu_common`` and ``cpu`` sections).  It implements the hooks the vCPU loop
calls (see docs/new-target.md): make_disas_context, tlb_fill, do_interrupt,
cpu_exec_interrupt, has_work, do_unaligned_access, raise_illegal_instruction,
dump_state.
"""

import numpy as np

from emu.qom import register_type
from emu.qom.device import DeviceState
from emu.qom.object import QOMError, object_class_by_name, object_new, type_names
from emu.tcg import exec as X
from emu.tcg import ops as O

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4

# QEMU keeps the legacy (type 2) registration for these targets only.
TYPE2_TARGETS = frozenset({"arm", "i386", "mips", "riscv", "sparc"})


class CPURegistrationError(QOMError):
    """A CPU class declares its migration state in a way that is not allowed."""


def check_cpu_class(cls):
    """Enforce the type-1 / type-2 rules on a CPU class."""
    vmsd = cls.__dict__.get("vmsd", getattr(cls, "vmsd", None))
    legacy = getattr(cls, "legacy_vmsd", None)
    if vmsd is not None and legacy is not None:
        raise CPURegistrationError(
            "CPU type '%s' sets both DeviceClass.vmsd and CPUClass.legacy_vmsd; "
            "a CPU uses one migration style" % cls.type_name)
    if legacy is not None and cls.target_name not in TYPE2_TARGETS:
        raise CPURegistrationError(
            "CPU type '%s' (target '%s') uses the legacy type-2 migration registration, "
            "which is reserved for %s; set DeviceClass.vmsd (type 1) instead"
            % (cls.type_name, cls.target_name, ", ".join(sorted(TYPE2_TARGETS))))


@register_type
class CPUState(DeviceState):
    """State common to every vCPU, and the engine's per-vCPU arrays."""

    type_name = "cpu"
    abstract = True
    regtable = None
    target_name = None
    legacy_vmsd = None
    page_bits = 12
    big_endian = False
    nb_mmu_modes = X.NB_MMU_MODES
    # Debugging (emu.gdbstub sets these per CPU).  Breakpoints are guest pcs
    # the translator loop stops before; watchpoints (emu.gdbstub.Watchpoint)
    # keep their pages out of the TLB so the slow path checks them.
    breakpoints = frozenset()
    watchpoints = ()
    debug_step = False          # run one instruction, then stop (RUN_DEBUG)
    debug_skip_pc = None        # resume from this breakpoint without stopping
    debug_event = None          # why the last RUN_DEBUG happened
    debug_watch_replay = False  # re-running an access that hit a watchpoint

    @classmethod
    def class_init(cls):
        pass

    def instance_init(self):
        self.machine = None
        self.cpu_index = 0
        self.halted = 0
        self.exception_index = -1
        self.interrupt_request = 0
        self.nochain = False
        self.reset_pc = 0
        self.singlestep = False
        self.stopped = False

    # -- creation -----------------------------------------------------------
    def attach(self, machine, index):
        self.machine = machine
        self.cpu_index = index
        table = self.regtable
        self.regs = table.new_state()
        self.env = table.env(self.regs)
        self.state = np.zeros(X.ST_SIZE, dtype=np.int64)
        self.state[X.ST_PC_SLOT] = table.slot("pc")
        self.state[X.ST_FLAGS_SLOT] = table.slot("tb_flags")
        self.state[X.ST_MMU_SLOT] = table.slot("mmu_idx")
        self.state[X.ST_RESUME_TB] = -1
        self.tlb_r = np.full((self.nb_mmu_modes, X.TLB_SIZE), -1 << 62, dtype=np.int64)
        self.tlb_w = np.full((self.nb_mmu_modes, X.TLB_SIZE), -1 << 62, dtype=np.int64)
        self.tlb_add = np.zeros((self.nb_mmu_modes, X.TLB_SIZE), dtype=np.int64)
        self.code_tlb = {}
        self.address_space = machine.address_space

    def reset(self):
        self.regtable.reset(self.regs)
        self.halted = 0
        self.exception_index = -1
        self.interrupt_request = 0
        self.tlb_flush()

    # -- services for targets ---------------------------------------------
    @property
    def pc(self):
        return self.env.pc

    def get(self, name, index=None):
        """Register ``name`` (element ``index`` of an array) as an unsigned int."""
        if index is None:
            return getattr(self.env, name) & 0xFFFFFFFFFFFFFFFF
        return int(getattr(self.env, name)[index]) & 0xFFFFFFFFFFFFFFFF

    def set(self, name, value, index=None):
        """Write register ``name`` (or one element) from any Python int."""
        if index is None:
            setattr(self.env, name, value)
        else:
            value &= 0xFFFFFFFFFFFFFFFF
            getattr(self.env, name)[index] = value - (1 << 64) if value >> 63 else value

    @property
    def icount(self):
        return int(self.state[X.ST_ICOUNT])

    def exit_request(self):
        """Make the executor return at the next TB boundary (any thread)."""
        self.state[X.ST_EXIT_REQUEST] = 1
        runtime = getattr(self.machine, "runtime", None)
        if runtime is not None:
            runtime.kick(self)

    def clock_ns(self):
        return self.machine.clock.now()

    def tlb_flush(self):
        self.tlb_r[:] = -1 << 62
        self.tlb_w[:] = -1 << 62
        self.code_tlb.clear()
        tbc = getattr(self.machine, "tbcache", None)
        if tbc is not None:
            tbc.clear_jump_cache()

    def tlb_flush_page(self, vaddr):
        vpn = vaddr >> self.page_bits
        idx = vpn & (X.TLB_SIZE - 1)
        for mmu in range(self.nb_mmu_modes):
            if self.tlb_r[mmu, idx] == vpn:
                self.tlb_r[mmu, idx] = -1 << 62
            if self.tlb_w[mmu, idx] == vpn:
                self.tlb_w[mmu, idx] = -1 << 62
        self.code_tlb.clear()
        tbc = getattr(self.machine, "tbcache", None)
        if tbc is not None:
            tbc.clear_jump_cache()

    def tb_flush(self):
        """Drop all translated code (done at the next TB boundary)."""
        self.machine.tbcache.request_flush()
        self.state[X.ST_EXIT_REQUEST] = 1

    def max_insns_per_tb(self):
        return 1 if self.singlestep else 512

    def symbol_at(self, pc):
        """Name of the ELF symbol covering pc, or ''."""
        for name, (value, size) in getattr(self.machine, "symbols", {}).items():
            if value <= pc < value + max(size, 1):
                return name
        return ""

    def code_page(self, vaddr):
        """Physical page address of the code at vaddr (may raise GuestException)."""
        mmu = self.env.mmu_idx
        vpage = vaddr >> self.page_bits
        key = (mmu, vpage)
        paddr = self.code_tlb.get(key)
        if paddr is None:
            paddr, _prot = self.tlb_fill(vaddr, O.ACCESS_FETCH, mmu)
            paddr &= ~((1 << self.page_bits) - 1)
            if not self.address_space.is_ram(paddr, 1):
                self.code_fetch_failed(paddr, vaddr)
            self.code_tlb[key] = paddr
        return paddr

    def fetch_code(self, vaddr, size):
        """Guest code bytes at vaddr as an int in the target's byte order."""
        mask = (1 << self.page_bits) - 1
        first = vaddr & mask
        if first + size <= mask + 1:
            data = self.address_space.read_bytes(self.code_page(vaddr) + first, size)
        else:
            n = mask + 1 - first
            data = self.address_space.read_bytes(self.code_page(vaddr) + first, n)
            data += self.address_space.read_bytes(self.code_page(vaddr + n), size - n)
        return int.from_bytes(data, "big" if self.big_endian else "little")

    # -- hooks a target may override -------------------------------------
    def code_fetch_failed(self, paddr, vaddr):
        """Code is not in RAM/ROM: targets raise their instruction access fault."""
        raise QOMError("Trying to execute code outside RAM or ROM at 0x%x" % vaddr)

    def do_transaction_failed(self, paddr, vaddr, access):
        """An access hit nothing (unassigned); targets may raise a bus error."""

    def tlb_fill(self, vaddr, access, mmu_idx):
        """Default: no MMU, physical = virtual, everything allowed."""
        return vaddr & ~((1 << self.page_bits) - 1), PROT_READ | PROT_WRITE | PROT_EXEC

    def cpu_exec_interrupt(self):
        return False

    def has_work(self):
        return False

    def disas(self, data, pc):
        """[(pc, size, text)] for -d in_asm and x/i; targets override."""
        return [(pc, len(data), ".byte " + ", ".join("0x%02x" % b for b in data))]

    def in_asm_line(self, pc, raw, text):
        """One `-d in_asm` line for the instruction bytes ``raw`` at pc, in
        the layout of QEMU's own disassemblers; capstone-based targets
        override it with QEMU's capstone layout."""
        word = int.from_bytes(raw, "big" if self.big_endian else "little")
        return "0x%08x:  %-8s          %s" % (pc, "%0*x" % (2 * len(raw), word), text)


def cpu_type_names(target_name=None):
    """Concrete CPU QOM type names (optionally of one target)."""
    names = []
    for name in type_names("cpu"):
        cls = object_class_by_name(name)
        if target_name is None or cls.target_name == target_name:
            names.append(name)
    return names


def create_cpu(type_name, machine, index):
    """Create, attach, realize and register one CPU (QEMU's cpu_exec_realize)."""
    cls = object_class_by_name(type_name)
    if cls is None or not issubclass(cls, CPUState):
        raise QOMError("unable to find CPU model '%s'" % type_name)
    check_cpu_class(cls)
    cpu = object_new(type_name)
    cpu.attach(machine, index)
    cpu.do_realize()
    registry = getattr(machine, "vmstate", None)
    if registry is not None:
        cpu_exec_realize_vmstate(cpu, registry)
    cpu.reset()
    return cpu


def cpu_exec_realize_vmstate(cpu, registry):
    """Register a CPU's migration sections in the style its class declares."""
    from emu.cpu_vmstate import VMSTATE_CPU_COMMON
    cls = type(cpu)
    if cls.legacy_vmsd is not None:
        registry.register_vmstate("cpu_common", cpu.cpu_index, VMSTATE_CPU_COMMON, cpu)
        registry.register_vmstate(cls.legacy_vmsd.name, cpu.cpu_index, cls.legacy_vmsd, cpu)
    elif cls.vmsd is not None:
        registry.register_vmstate(cls.vmsd.name, -1, cls.vmsd, cpu)
