"""Stand-ins for the front ends when a board runs in-process in tests: a
console that collects what the UART transmits, and a run-state controller
that records the guest's exit status (shared by the per-target guest
runners)."""


class Console:
    """A chardev stand-in: what the UART transmits lands in ``out``."""

    def __init__(self):
        self.out = bytearray()

    def write(self, data):
        self.out += bytes(data)
        return len(data)

    def set_frontend(self, can_receive, receive):
        pass


class Runtime:
    """The run-state controller the board and devices talk to."""

    def __init__(self):
        self.status = None
        self.reset_pending = False

    def request_shutdown(self, status=0, reason="guest-shutdown"):
        self.status = status

    def request_reset(self, reason="guest-reset"):
        self.reset_pending = True

    def kick(self, cpu=None):
        pass

    def cpu_should_stop(self, cpu):
        return self.status is not None or self.reset_pending

    def release_lock(self):
        pass

    def take_lock(self):
        pass
