"""The SiFive PLIC (platform-level interrupt controller) as QEMU's virt maps it.

Register map (offsets from the base, all 32-bit):

    0x000000 + 4*n            priority of source n (source 0 reads 0)
    0x001000 + 4*w            pending bits, word w (read-only)
    0x002000 + 0x80*c + 4*w   enable bits of context c, word w
    0x200000 + 0x1000*c       priority threshold of context c
    0x200004 + 0x1000*c       claim (read) / complete (write) of context c

A context is one hart in one privilege mode; ``hart-config`` names them
("MS,MS" = hart 0 M and S, hart 1 M and S).  Sources are level-triggered:
an input going high sets its pending bit, going low clears it.  A context's
output is high while some source is pending, enabled for it, not claimed,
and of priority above the context's threshold.  Claim returns the best such
source (highest priority, lowest number on ties), clears its pending bit and
marks it claimed until the matching complete.  Priorities keep
``num-priorities`` (7 on virt) values: with num-priorities + 1 a power of
two, writes keep the value modulo num-priorities + 1; otherwise larger
values are ignored.

Spec: RISC-V PLIC 1.0.0 and the SiFive FU540 manual's PLIC chapter.
"""

from emu.irq import allocate_irqs
from emu.memory import MemoryRegion, MemoryRegionOps
from emu.qom import Property, QOMError, register_type
from emu.qom.device import SysBusDevice
from migration.vmstate import UINT32, VMStateDescription, vmstate_varray

MODE_U, MODE_S, MODE_M = 0, 1, 3
_MODE_LETTERS = {"U": MODE_U, "S": MODE_S, "M": MODE_M}


def parse_hart_config(text, hartid_base=0):
    """"MS,MS" -> [(hartid, mode), ...] in context order, and the hart count."""
    contexts = []
    hart = hartid_base
    harts = 0
    for group in text.split(","):
        if not group:
            continue
        seen = set()
        for letter in group:
            if letter not in _MODE_LETTERS:
                raise QOMError("plic: invalid mode '%s'" % letter)
            if letter in seen:
                raise QOMError("plic: duplicate mode '%s' in config: %s" % (letter, text))
            seen.add(letter)
            contexts.append((hart, _MODE_LETTERS[letter]))
        hart += 1
        harts += 1
    return contexts, harts


@register_type
class SiFivePLIC(SysBusDevice):
    """The PLIC.  Inputs: ``gpio_in[n]`` for source n.  Outputs: lines
    0..num_harts-1 are the harts' S-mode external interrupt (SEIP),
    num_harts..2*num_harts-1 the M-mode one (MEIP), QEMU's order."""

    type_name = "riscv.sifive.plic"
    desc = "SiFive platform-level interrupt controller"
    properties = (
        Property("hart-config", "string", "M"),
        Property("hartid-base", "uint", 0),
        Property("num-sources", "uint", 1, doc="interrupt sources including source 0"),
        Property("num-priorities", "uint", 0),
        Property("priority-base", "uint", 0x0),
        Property("pending-base", "uint", 0x1000),
        Property("enable-base", "uint", 0x2000),
        Property("enable-stride", "uint", 0x80),
        Property("context-base", "uint", 0x200000),
        Property("context-stride", "uint", 0x1000),
        Property("aperture-size", "uint", 0x4000000),
    )

    def instance_init(self):
        self.contexts = []
        self.gpio_in = []

    # -- life cycle --------------------------------------------------------
    def realize(self):
        if not self.num_sources:
            raise QOMError("plic: invalid number of interrupt sources")
        self.contexts, self.num_harts = parse_hart_config(self.hart_config, self.hartid_base)
        self.num_addrs = len(self.contexts)
        self.bitfield_words = (self.num_sources + 31) >> 5
        self.num_enables = self.bitfield_words * self.num_addrs
        self._clear_state()
        self.gpio_in = allocate_irqs(self._irq_request, self.num_sources)
        for _ in range(2 * self.num_harts):
            self.init_irq()
        ops = MemoryRegionOps(self._read, self._write, valid_min=4, valid_max=4)
        self.mmio = MemoryRegion.io("riscv.sifive.plic", self.aperture_size, ops, owner=self)
        self.init_mmio(self.mmio)

    def _clear_state(self):
        self.source_priority = [0] * self.num_sources
        self.target_priority = [0] * self.num_addrs
        self.pending = [0] * self.bitfield_words
        self.claimed = [0] * self.bitfield_words
        self.enable = [0] * self.num_enables

    def reset(self):
        self._clear_state()
        for n in range(2 * self.num_harts):
            self.set_irq(n, 0)

    # -- what the board wires ------------------------------------------------
    def s_external_line(self, hart_index):
        """Output index of hart hart_index's SEIP line."""
        return hart_index

    def m_external_line(self, hart_index):
        """Output index of hart hart_index's MEIP line."""
        return self.num_harts + hart_index

    # -- core logic ------------------------------------------------------------
    def _set_bit(self, words, irq, level):
        mask = 1 << (irq & 31)
        if level:
            words[irq >> 5] |= mask
        else:
            words[irq >> 5] &= ~mask

    def _irq_request(self, irq, level):
        self._set_bit(self.pending, irq, level > 0)
        self.update()

    def best_irq(self, addrid):
        """The source a claim by context addrid would return (0 = none)."""
        best, best_prio = 0, self.target_priority[addrid]
        base = addrid * self.bitfield_words
        for word in range(self.bitfield_words):
            bits = self.pending[word] & ~self.claimed[word] & self.enable[base + word]
            while bits:
                low = bits & -bits
                irq = (word << 5) + low.bit_length() - 1
                bits ^= low
                if irq < self.num_sources and self.source_priority[irq] > best_prio:
                    best, best_prio = irq, self.source_priority[irq]
        return best

    def update(self):
        """Recompute every context's output line."""
        for addrid, (hartid, mode) in enumerate(self.contexts):
            level = 1 if self.best_irq(addrid) else 0
            hart = hartid - self.hartid_base
            if mode == MODE_M:
                self.set_irq(self.m_external_line(hart), level)
            elif mode == MODE_S:
                self.set_irq(self.s_external_line(hart), level)

    def claim(self, addrid):
        irq = self.best_irq(addrid)
        if irq:
            self._set_bit(self.pending, irq, 0)
            self._set_bit(self.claimed, irq, 1)
        self.update()
        return irq

    def complete(self, irq):
        if irq < self.num_sources:
            self._set_bit(self.claimed, irq, 0)
            self.update()

    def _legal_priority(self, value):
        """The stored value for a priority write, or None to ignore it."""
        levels = self.num_priorities + 1
        if levels & self.num_priorities == 0:
            return value % levels
        return value if value <= self.num_priorities else None

    # -- registers -------------------------------------------------------------
    @staticmethod
    def _within(offset, base, length):
        return base <= offset < base + length

    def _read(self, offset, size):
        if self._within(offset, self.priority_base, self.num_sources << 2):
            return self.source_priority[(offset - self.priority_base) >> 2]
        if self._within(offset, self.pending_base, (self.num_sources + 31) >> 3):
            return self.pending[(offset - self.pending_base) >> 2]
        if self._within(offset, self.enable_base, self.num_addrs * self.enable_stride):
            addrid, word = self._enable_word(offset)
            if word < self.bitfield_words:
                return self.enable[addrid * self.bitfield_words + word]
            return 0
        if self._within(offset, self.context_base, self.num_addrs * self.context_stride):
            addrid = (offset - self.context_base) // self.context_stride
            reg = offset & (self.context_stride - 1)
            if reg == 0:
                return self.target_priority[addrid]
            if reg == 4:
                return self.claim(addrid)
        return 0

    def _enable_word(self, offset):
        rel = offset - self.enable_base
        return rel // self.enable_stride, (rel & (self.enable_stride - 1)) >> 2

    def _write(self, offset, value, size):
        if self._within(offset, self.priority_base, self.num_sources << 2):
            irq = (offset - self.priority_base) >> 2
            value = self._legal_priority(value)
            if value is not None and irq != 0:
                self.source_priority[irq] = value
                self.update()
        elif self._within(offset, self.pending_base, (self.num_sources + 31) >> 3):
            pass                                   # read-only
        elif self._within(offset, self.enable_base, self.num_addrs * self.enable_stride):
            addrid, word = self._enable_word(offset)
            if word < self.bitfield_words:
                # QEMU 7.2 does not re-evaluate the outputs on an enable
                # write: a pending source shows up at the next update.
                self.enable[addrid * self.bitfield_words + word] = value & 0xFFFFFFFF
        elif self._within(offset, self.context_base, self.num_addrs * self.context_stride):
            self._write_context(offset, value)

    def _write_context(self, offset, value):
        addrid = (offset - self.context_base) // self.context_stride
        reg = offset & (self.context_stride - 1)
        if reg == 0:
            value = self._legal_priority(value)
            if value is not None:
                self.target_priority[addrid] = value
                self.update()
        elif reg == 4:
            self.complete(value)


SiFivePLIC.vmsd = VMStateDescription(
    "riscv_sifive_plic", version_id=1, minimum_version_id=1,
    fields=(
        vmstate_varray("source_priority", "num_sources", UINT32),
        vmstate_varray("target_priority", "num_addrs", UINT32),
        vmstate_varray("pending", "bitfield_words", UINT32),
        vmstate_varray("claimed", "bitfield_words", UINT32),
        vmstate_varray("enable", "num_enables", UINT32),
    ),
)


def virt_plic_hart_config(num_harts, with_s_mode=True):
    """QEMU virt's hart-config string: "MS" per hart, comma separated."""
    return ",".join(["MS" if with_s_mode else "M"] * num_harts)
