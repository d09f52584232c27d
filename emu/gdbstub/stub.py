"""The gdb stub: QEMU's gdbstub for system emulation, on a chardev.

All-stop mode, one gdb thread per vCPU (thread id = cpu_index + 1).
Execution control goes through the Runtime: ``c``/``s``/``vCont`` resume
the VM (a step sets ``cpu.debug_step``), and the vCPU loop stops it again
in the ``debug`` run state on a breakpoint, watchpoint or finished step;
the stop reply is sent once the vCPU thread is parked.  Breakpoints (Z0
and Z1 alike) are guest pcs the translator loop stops before, so guest
state and icount are the same as without gdb; watchpoints (Z2 write, Z3
read, Z4 access) keep their pages out of the TLB (see emu.cpu_exec).
"""

import sys
from dataclasses import dataclass

from emu import runstate as rs
from emu.chardev.base import ChardevEvent
from emu.gdbstub import protocol as P
from emu.gdbstub.memaccess import read_memory, write_memory
from emu.gdbstub.registers import gdb_target

PACKET_SIZE = 4096
SIGTRAP = 5
SIGINT = 2
_WATCH_KINDS = {2: "write", 3: "read", 4: "access"}
_WATCH_REPLY = {"write": "watch", "read": "rwatch", "access": "awatch"}
MASK64 = (1 << 64) - 1


@dataclass(frozen=True)
class Watchpoint:
    addr: int
    len: int
    kind: str           # write | read | access


class GDBServer:
    """One gdb connection point (a socket chardev)."""

    def __init__(self, system, chardev):
        self.system = system
        self.chardev = chardev
        self.reader = P.PacketReader()
        self.noack = False
        self.connected = False
        self.breakpoints = set()
        self.watchpoints = []
        self.g_cpu = 0          # cpu index for g/G/p/P/m/M (Hg)
        self.c_cpu = 0          # cpu index for c/s (Hc)
        self.waiting = False    # a stop reply is owed to gdb
        self.closed = False
        chardev.set_frontend(lambda: 65536, self.receive)
        chardev.set_event_handler(self.event)
        system.runtime.listeners.append(self.on_runtime_event)

    # -- plumbing ---------------------------------------------------------
    @property
    def runtime(self):
        return self.system.runtime

    @property
    def cpus(self):
        return self.system.machine.cpus

    def cpu(self, index):
        for cpu in self.cpus:
            if cpu.cpu_index == index:
                return cpu
        return self.cpus[0]

    def send(self, text):
        data = text.encode("latin-1") if isinstance(text, str) else text
        self.chardev.write(P.frame(data))

    def close(self):
        """Stop serving (gdbserver none): forget debug state, let go."""
        self.closed = True
        self._clear_debug_state()
        if self.on_runtime_event in self.runtime.listeners:
            self.runtime.listeners.remove(self.on_runtime_event)
        self.chardev.close()

    def event(self, event):
        if event is ChardevEvent.OPENED:
            self.connected = True
            self.noack = False
            self.reader = P.PacketReader()
            self.waiting = False
            self.g_cpu = self.c_cpu = self.cpus[0].cpu_index
            if self.runtime.state == rs.RUNNING:
                self.runtime.stop(rs.PAUSED)     # as QEMU: gdb attaching stops the VM
        elif event is ChardevEvent.CLOSED:
            self.connected = False
            self.waiting = False
            self._clear_debug_state()

    def receive(self, data):
        for kind, payload in self.reader.feed(data):
            if kind == "interrupt":
                if self.runtime.state == rs.RUNNING:
                    self.runtime.stop(rs.PAUSED)
            elif kind == "bad":
                self.chardev.write(b"-")
            elif kind == "packet":
                if not self.noack:
                    self.chardev.write(b"+")
                reply = self.handle(payload.decode("latin-1"), payload)
                if reply is not None:
                    self.send(reply)

    # -- stop reporting ------------------------------------------------------
    def on_runtime_event(self, name, data):
        if not self.connected:
            return
        if name == "STOP" and self.waiting:
            self.runtime.call_when_parked(self._report_stop)
        elif name == "SHUTDOWN" and self.waiting:
            self.waiting = False
            status = self.runtime.exit_status or 0
            self.send("W%02x" % (status & 0xFF))

    def _report_stop(self):
        if not self.waiting or self.runtime.state == rs.RUNNING:
            return
        self.waiting = False
        for cpu in self.cpus:
            cpu.debug_step = False
        self.send(self.stop_reply())

    def stop_reply(self):
        runtime = self.runtime
        cpu = runtime.debug_cpu if runtime.state == rs.DEBUG else None
        if cpu is None or cpu.debug_event is None:
            if runtime.state == rs.PAUSED:
                return "T%02xthread:%02x;" % (SIGINT, self.c_cpu + 1)
            return "T%02xthread:%02x;" % (SIGTRAP, self.g_cpu + 1)
        self.g_cpu = self.c_cpu = cpu.cpu_index
        event = cpu.debug_event
        if event[0] == "watch":
            wp, addr = event[1], event[2]
            return "T%02xthread:%02x;%s:%x;" % (SIGTRAP, cpu.cpu_index + 1,
                                                _WATCH_REPLY[wp.kind], addr)
        return "T%02xthread:%02x;" % (SIGTRAP, cpu.cpu_index + 1)

    # -- resuming ------------------------------------------------------------
    def resume(self, step_cpu=None, addr=None):
        runtime = self.runtime
        if runtime.state in ("shutdown", "internal-error", "guest-panicked"):
            return "E22"
        for cpu in self.cpus:
            cpu.debug_event = None
            cpu.debug_step = cpu is step_cpu
        if addr is not None:
            target = step_cpu or self.cpu(self.c_cpu)
            target.env.pc = addr
        for cpu in self.cpus:
            pc = int(cpu.env.pc) & MASK64
            cpu.debug_skip_pc = pc if pc in self.breakpoints else None
        runtime.debug_cpu = None
        self.waiting = True
        runtime.start()
        return None

    def _clear_debug_state(self):
        self.breakpoints.clear()
        self.watchpoints.clear()
        self._apply_breakpoints()
        self._apply_watchpoints()
        for cpu in self.cpus:
            cpu.debug_step = False
            cpu.debug_skip_pc = None

    def _apply_breakpoints(self):
        bps = frozenset(self.breakpoints)
        for cpu in self.cpus:
            cpu.breakpoints = bps
        if self.cpus:
            self.cpus[0].tb_flush()

    def _apply_watchpoints(self):
        wps = tuple(self.watchpoints)
        for cpu in self.cpus:
            cpu.watchpoints = wps
            cpu.tlb_flush()

    # -- packets ------------------------------------------------------------
    def handle(self, text, raw):
        """One packet -> reply text (None: no reply now)."""
        if not text:
            return ""
        c = text[0]
        try:
            if c == "?":
                return self.stop_reply()
            if c == "g":
                return self.read_registers()
            if c == "G":
                return self.write_registers(text[1:])
            if c == "p":
                return self.read_register(int(text[1:], 16))
            if c == "P":
                num, _, value = text[1:].partition("=")
                return self.write_register(int(num, 16), value)
            if c == "m":
                addr, length = (int(x, 16) for x in text[1:].split(","))
                return self.read_mem(addr, length)
            if c == "M":
                where, _, hexdata = text[1:].partition(":")
                addr, length = (int(x, 16) for x in where.split(","))
                data = bytes.fromhex(hexdata)
                return self.write_mem(addr, data[:length])
            if c == "X":
                colon = raw.index(b":")
                addr, length = (int(x, 16) for x in raw[1:colon].decode().split(","))
                data = P.unescape_binary(raw[colon + 1:])
                return self.write_mem(addr, data[:length]) if length else "OK"
            if c == "c":
                return self.resume(None, int(text[1:], 16) if len(text) > 1 else None)
            if c == "s":
                return self.resume(self.cpu(self.c_cpu),
                                   int(text[1:], 16) if len(text) > 1 else None)
            if c == "C":
                return self.resume(None)
            if c == "S":
                return self.resume(self.cpu(self.c_cpu))
            if c == "H":
                return self.set_thread(text[1], text[2:])
            if c == "T":
                return "OK" if self._thread_cpu(text[1:]) is not None else "E22"
            if c in "Zz":
                return self.breakpoint_packet(c == "Z", text[1:])
            if c == "D":
                return self.detach()
            if c == "k":
                self.kill()
                return None
            if c == "q":
                return self.query(text)
            if c == "Q":
                if text == "QStartNoAckMode":
                    self.send("OK")
                    self.noack = True
                    return None
                return ""
            if c == "v":
                return self.v_packet(text)
        except (ValueError, IndexError):
            return "E22"
        return ""

    # registers
    def read_registers(self):
        cpu = self.cpu(self.g_cpu)
        target = gdb_target(cpu)
        return "".join(target.encode(r, r.get(cpu)) for r in target.core_registers())

    def write_registers(self, hexdata):
        cpu = self.cpu(self.g_cpu)
        target = gdb_target(cpu)
        pos = 0
        for reg in target.core_registers():
            n = reg.bitsize // 4
            if pos + n > len(hexdata):
                break
            target.write(cpu, reg.regnum, hexdata[pos:pos + n])
            pos += n
        return "OK"

    def read_register(self, num):
        cpu = self.cpu(self.g_cpu)
        value = gdb_target(cpu).read(cpu, num)
        return "E14" if value is None else value

    def write_register(self, num, hexdata):
        cpu = self.cpu(self.g_cpu)
        return "OK" if gdb_target(cpu).write(cpu, num, hexdata) else "E14"

    # memory
    def read_mem(self, addr, length):
        length = min(length, PACKET_SIZE // 2)
        data = read_memory(self.cpu(self.g_cpu), addr, length)
        return "E14" if data is None else data.hex()

    def write_mem(self, addr, data):
        return "OK" if write_memory(self.cpu(self.g_cpu), addr, data) else "E14"

    # threads
    def _thread_cpu(self, tid_text):
        tid = int(tid_text, 16) if tid_text not in ("-1", "") else -1
        if tid in (-1, 0):
            return self.cpus[0]
        for cpu in self.cpus:
            if cpu.cpu_index + 1 == tid:
                return cpu
        return None

    def set_thread(self, op, tid_text):
        cpu = self._thread_cpu(tid_text)
        if cpu is None:
            return "E22"
        if op == "g":
            self.g_cpu = cpu.cpu_index
        elif op == "c":
            self.c_cpu = cpu.cpu_index
        else:
            return "E22"
        return "OK"

    # breakpoints and watchpoints
    def breakpoint_packet(self, insert, args):
        kind_text, addr_text, length_text = args.split(",")[:3]
        kind = int(kind_text)
        addr = int(addr_text, 16) & MASK64
        length = int(length_text.split(";")[0], 16)
        if kind in (0, 1):
            if insert:
                self.breakpoints.add(addr)
            else:
                self.breakpoints.discard(addr)
            self._apply_breakpoints()
            return "OK"
        if kind in _WATCH_KINDS:
            wp = Watchpoint(addr, max(1, length), _WATCH_KINDS[kind])
            if insert:
                if wp not in self.watchpoints:
                    self.watchpoints.append(wp)
            elif wp in self.watchpoints:
                self.watchpoints.remove(wp)
            else:
                return "E22"
            self._apply_watchpoints()
            return "OK"
        return ""

    def detach(self):
        self._clear_debug_state()
        self.waiting = False
        if self.runtime.state in (rs.PAUSED, rs.DEBUG):
            self.runtime.start()
        return "OK"

    def kill(self):
        sys.stderr.write("%s: Terminated via GDBstub\n" % getattr(self.system, "prog", "pyemu"))
        from emu.monitor.qmp_commands import quit_now
        self.waiting = False
        quit_now(self.system, "host-signal")

    # queries
    def query(self, text):
        if text.startswith("qSupported"):
            return ("PacketSize=%x;qXfer:features:read+;vContSupported+;"
                    "QStartNoAckMode+" % PACKET_SIZE)
        if text.startswith("qXfer:features:read:"):
            return self.xfer_features(text[len("qXfer:features:read:"):])
        if text == "qAttached" or text.startswith("qAttached:"):
            return "1"
        if text == "qfThreadInfo":
            return "m" + ",".join("%02x" % (cpu.cpu_index + 1) for cpu in self.cpus)
        if text == "qsThreadInfo":
            return "l"
        if text == "qC":
            return "QC%02x" % (self.g_cpu + 1)
        if text.startswith("qThreadExtraInfo,"):
            cpu = self._thread_cpu(text.split(",", 1)[1])
            if cpu is None:
                return "E22"
            state = "halted " if cpu.halted else ""
            return ("CPU#%d [%srunning]" % (cpu.cpu_index, state)).encode().hex()
        if text.startswith("qRcmd,"):
            return self.monitor_command(bytes.fromhex(text[6:]).decode("utf-8", "replace"))
        return ""

    def xfer_features(self, args):
        annex, _, span = args.rpartition(":")
        offset, length = (int(x, 16) for x in span.split(","))
        cpu = self.cpu(self.g_cpu)
        target = gdb_target(cpu)
        files = target.xml_files() if target is not None else {}
        if annex not in files:
            return "E00"
        data = files[annex].encode()
        chunk = data[offset:offset + length]
        prefix = b"l" if offset + length >= len(data) else b"m"
        return prefix + P.escape_binary(chunk)

    def monitor_command(self, line):
        from emu.monitor.hmp import Monitor
        mon = Monitor(self.system, self.g_cpu)
        output = mon.execute(line)
        if output:
            self.send("O" + output.encode().hex())
        mon.run_after_reply()
        return "OK"

    def v_packet(self, text):
        if text == "vCont?":
            return "vCont;c;C;s;S"
        if text.startswith("vCont;"):
            return self.vcont(text[6:])
        if text == "vMustReplyEmpty":
            return ""
        if text.startswith("vKill"):
            self.send("OK")
            self.kill()
            return None
        return ""

    def vcont(self, actions):
        step_cpu = None
        for action in actions.split(";"):
            verb, _, tid = action.partition(":")
            if not verb:
                continue
            if verb[0] in "sS":
                cpu = self._thread_cpu(tid) if tid else self.cpu(self.c_cpu)
                if cpu is None:
                    return "E22"
                if step_cpu is None:
                    step_cpu = cpu
            elif verb[0] not in "cC":
                return "E22"
        return self.resume(step_cpu)
