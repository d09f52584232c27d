"""IRQ lines: what devices raise and lower, and what interrupt controllers
and CPUs receive (QEMU's qemu_irq and GPIOs).
"""


class IRQ:
    """An input pin: calling set(level) runs handler(n, level)."""

    __slots__ = ("handler", "n", "level")

    def __init__(self, handler, n=0):
        self.handler = handler
        self.n = n
        self.level = 0

    def set(self, level):
        level = 1 if level else 0
        self.level = level
        self.handler(self.n, level)


class IRQLine:
    """An output pin of a device; connected to zero or more inputs."""

    __slots__ = ("targets", "level")

    def __init__(self):
        self.targets = []
        self.level = 0

    def connect(self, irq):
        self.targets.append(irq)
        if self.level:
            irq.set(self.level)

    def set(self, level):
        level = 1 if level else 0
        self.level = level
        for irq in self.targets:
            irq.set(level)


def allocate_irqs(handler, count):
    """count input pins feeding handler(n, level)."""
    return [IRQ(handler, n) for n in range(count)]
