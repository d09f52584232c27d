"""What Python helpers and page walkers raise to take a guest exception."""


class GuestException(Exception):
    """A guest exception at the current instruction.

    ``excp`` is the target's exception number, ``tval`` its extra value
    (faulting address, instruction bits...).  The vCPU loop restores the pc
    of the instruction that raised it and calls the CPU's ``do_interrupt``.
    """

    def __init__(self, excp, tval=0):
        super().__init__(excp, tval)
        self.excp = excp
        self.tval = tval
