"""Live migration: the state machine, the migration thread, the incoming side.

Source (MigrationState.start_outgoing): a thread connects to the URI, writes
the header and the RAM block list (setup), then sends dirty pages while the
guest keeps running (active): a first pass over all of RAM, then pass after
pass over the pages the guest dirtied meanwhile.  It measures the bandwidth
every WINDOW_S and stops when what is left fits in `downtime-limit` at that
bandwidth: the VM stops (finish-migrate, status `device`), the last dirty
pages and every device's state go out, then EOF and the vmdesc.  The source
ends paused in `postmigrate`; on any failure or cancel it is running again
as if nothing had been tried.

Dirty tracking (see docs/migration.md for the reasoning): the executor
marks a page in the *dirty log* (RAMArena.dirty, one byte per page) on
every store, without locks.  Migration keeps its own *bitmap* per block.
A sync ORs the log into the bitmap and clears the log; it runs on the vCPU
thread between two executor slices (Runtime.run_between_slices), so no
store can fall between the read and the clear, while the migration thread
waits for it and so never touches the bitmap at the same time.

Destination (MigrationState.start_incoming): listens at once; the stream is
loaded in a thread holding the big lock except while it waits for bytes.
When it is complete a pyemu destination answers the source with one line
(migration.channels.REPLY_OK / REPLY_ERR) and runs the guest, or stays
paused when the source was paused or -S was given.

This module knows the VM only through a small interface (`vm`), which
emu/migration_commands.py provides:

    vm.lock                       the big lock (an RLock)
    vm.registry                   the SaveVMRegistry
    vm.machine_type, vm.page_size
    vm.ram_blocks()               RAM blocks: idstr, used_length, host, dirty (the log)
    vm.runstate()                 'running', 'paused', ...
    vm.stop(state), vm.start()    with the lock held (emit STOP / RESUME)
    vm.set_runstate(state)        without events (postmigrate, paused)
    vm.run_between_slices(fn)     -> threading.Event, fn runs on the vCPU thread
    vm.emit(event, data)          a QMP event (with the lock held)
    vm.after_load()               drop translated code and TLBs
    vm.autostart                  False with -S
    vm.watch_listener(listener, fn)  call fn() in the event loop while the
                                  listener is readable, until it returns True
    vm.incoming_failed(message, exit_process)  report (and end the process)
"""
import threading
import time

import numpy as np

from migration.channels import Listener, connect, parse_uri
from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.ram import RamMigration
from migration.savevm import SaveStateEntry, SaveVMLoader, SaveVMWriter

# MigrationStatus values pyemu uses
NONE, SETUP, ACTIVE, DEVICE, COMPLETED, FAILED, CANCELLING, CANCELLED = (
    "none", "setup", "active", "device", "completed", "failed", "cancelling",
    "cancelled")
RUNNING_STATES = (SETUP, ACTIVE, DEVICE, CANCELLING)

CAPABILITIES = (
    "xbzrle", "rdma-pin-all", "auto-converge", "zero-blocks", "compress",
    "events", "postcopy-ram", "x-colo", "release-ram", "block",
    "return-path", "pause-before-switchover", "multifd", "dirty-bitmaps",
    "postcopy-blocktime", "late-block-activate", "x-ignore-shared",
    "validate-uuid", "background-snapshot", "zero-copy-send",
    "postcopy-preempt",
)
SUPPORTED_CAPABILITIES = ("events",)

DEFAULT_DOWNTIME_LIMIT_MS = 300
MAX_DOWNTIME_LIMIT_MS = 2000000
DEFAULT_MAX_BANDWIDTH = 128 << 20          # bytes per second
WINDOW_S = 0.1                              # bandwidth measuring period
CHUNK_BYTES = 4 << 20                       # most bytes sent between checks
REPLY_TIMEOUT_S = 30.0                      # destination's verdict after EOF
VCPU_SYNC_TIMEOUT_S = 10.0
# Each sync takes the vCPU out of the executor: back to back they would
# starve the guest (which then "converges" by making no progress at all).
MIN_SYNC_INTERVAL_S = 0.02
# QEMU 7.2 machine types never send MIG_CMD_SWITCHOVER_START
# (hw_compat_9_2 turns it off), and 7.2's analyze-migration.py rejects it.
SEND_SWITCHOVER_START = False


# runstates a destination never enters from a stream's globalstate
_TRANSIENT_RUNSTATES = ("inmigrate", "finish-migrate", "save-vm", "restore-vm",
                        "colo", "debug")


class MigrationCancelled(Exception):
    """migrate_cancel was asked for."""


# --------------------------------------------------------------------------
# Parameters and capabilities
# --------------------------------------------------------------------------

class MigrationParameters:
    """migrate-set-parameters: the ones pyemu acts on."""

    def __init__(self):
        self.downtime_limit = DEFAULT_DOWNTIME_LIMIT_MS
        self.max_bandwidth = DEFAULT_MAX_BANDWIDTH

    def set(self, downtime_limit=None, max_bandwidth=None):
        """Validate everything first, then apply (all or nothing)."""
        if downtime_limit is not None and not 0 <= downtime_limit <= MAX_DOWNTIME_LIMIT_MS:
            raise MigrationError("Parameter 'downtime_limit' expects an integer "
                                 "in the range of 0 to %d milliseconds"
                                 % MAX_DOWNTIME_LIMIT_MS)
        if max_bandwidth is not None and not 0 <= max_bandwidth < (1 << 63):
            raise MigrationError("Parameter 'max_bandwidth' expects an integer "
                                 "in the range of 0 to %d bytes/second"
                                 % ((1 << 63) - 1))
        if downtime_limit is not None:
            self.downtime_limit = downtime_limit
        if max_bandwidth is not None:
            self.max_bandwidth = max_bandwidth

    def as_dict(self):
        return {"downtime-limit": self.downtime_limit,
                "max-bandwidth": self.max_bandwidth}


# --------------------------------------------------------------------------
# RAM with a migration bitmap
# --------------------------------------------------------------------------

class _BitmapBlock:
    """A RAM block as RamMigration sees it, with migration's own bitmap."""

    __slots__ = ("idstr", "used_length", "host", "dirty", "log")

    def __init__(self, block, page_size):
        self.idstr = block.idstr
        self.used_length = block.used_length
        self.host = block.host
        self.log = block.dirty                       # written by the executor
        self.dirty = np.zeros(block.used_length // page_size, dtype=np.uint8)


class LiveRam:
    """The `ram` live handler of one outgoing migration.

    RamMigration does the wire format over the bitmap blocks; this adds the
    log -> bitmap sync and never reports itself done (the migration thread
    decides when to stop, from pending()).
    """

    idstr = "ram"

    def __init__(self, blocks, page_size):
        self.blocks = [_BitmapBlock(b, page_size) for b in blocks]
        self.inner = RamMigration(self.blocks, page_size)
        self.stats = self.inner.stats
        self.page_size = page_size
        self.synced_pages = 0            # log pages the last sync found dirty

    # -- run on the vCPU thread (Runtime.run_between_slices) ---------------
    def clear_log(self):
        for block in self.blocks:
            block.log[:] = 0

    def sync_from_log(self):
        found = 0
        for block in self.blocks:
            found += int(np.count_nonzero(block.log))
            np.bitwise_or(block.dirty, block.log, out=block.dirty)
            block.log[:] = 0
        self.synced_pages = found

    # -- the live handler interface (SaveVMWriter) --------------------------
    def save_setup(self, f):
        self.inner.save_setup(f)

    def save_iterate(self, f, max_bytes=None):
        self.inner.save_iterate(f, max_bytes)
        return False

    def save_complete(self, f):
        self.inner.save_complete(f)

    def pending(self):
        return self.inner.pending()

    def total_bytes(self):
        return sum(b.used_length for b in self.blocks)

    def load_state(self, f, version_id):
        raise MigrationError("an outgoing migration's RAM cannot load")


class _RegistryView:
    """The machine's registry with the `ram` handler swapped (LiveRam on
    the source, RamMigration on the destination)."""

    def __init__(self, registry, ram):
        self._registry = registry
        self._ram = ram
        self.global_state = registry.global_state

    def find(self, idstr, instance_id):
        entry = self._registry.find(idstr, instance_id)
        if entry is not None and entry.is_live and idstr == "ram" and instance_id == 0:
            return self._swapped(entry)
        return entry

    def _swapped(self, e):
        if getattr(self, "_swap", None) is None:
            self._swap = SaveStateEntry(e.idstr, e.instance_id, e.section_id,
                                        e.version_id, e.priority, handler=self._ram)
        return self._swap

    def blockers(self):
        return self._registry.blockers()

    def live_entries(self):
        entries = []
        for e in self._registry.live_entries():
            if e.idstr == "ram" and e.instance_id == 0:
                e = self._swapped(e)
            entries.append(e)
        return entries

    def device_entries(self):
        return self._registry.device_entries()


# --------------------------------------------------------------------------
# The state machine
# --------------------------------------------------------------------------

def _ms(seconds):
    return int(round(seconds * 1000))


class MigrationState:
    """Migration of one VM: parameters, capabilities, the current job."""

    def __init__(self, vm):
        self.vm = vm
        self.params = MigrationParameters()
        self.capabilities = {name: False for name in CAPABILITIES}
        self.status = NONE
        self.error_desc = None
        self.incoming = None              # an IncomingMigration while one exists
        self.incoming_deferred = False    # -incoming defer: migrate-incoming allowed
        self._job = None                  # the OutgoingMigration of the last run

    # -- shared ------------------------------------------------------------
    @property
    def active(self):
        return self.status in RUNNING_STATES

    def set_status(self, status, error=None):
        """Change status (takes the lock), emit MIGRATION with `events` on."""
        with self.vm.lock:
            if error is not None:
                self.error_desc = error
            if status == self.status:
                return
            self.status = status
            if self.capabilities["events"]:
                self.vm.emit("MIGRATION", {"status": status})

    def emit_pass(self, count):
        if self.capabilities["events"]:
            with self.vm.lock:
                self.vm.emit("MIGRATION_PASS", {"pass": count})

    def set_capabilities(self, caps):
        """caps: [(name, bool)]; all checked before any is applied."""
        if self.active:
            raise MigrationError("There's a migration process in progress")
        for name, state in caps:
            if name not in self.capabilities:
                raise MigrationError("Parameter 'capability' does not accept "
                                     "value '%s'" % name)
            if state and name not in SUPPORTED_CAPABILITIES:
                raise MigrationError("Migration capability '%s' is not "
                                     "supported by pyemu" % name)
        for name, state in caps:
            self.capabilities[name] = bool(state)

    def query_capabilities(self):
        return [{"capability": n, "state": s} for n, s in self.capabilities.items()]

    # -- source ------------------------------------------------------------
    def start_outgoing(self, uri):
        """qmp migrate: checks, then the migration thread (returns at once)."""
        if self.active:
            raise MigrationError("There's a migration process in progress")
        state = self.vm.runstate()
        if state == "inmigrate":
            raise MigrationError("Guest is waiting for an incoming migration")
        parsed = parse_uri(uri)
        blockers = self.vm.registry.blockers()
        if blockers:
            raise MigrationError("State blocked by non-migratable device '%s'"
                                 % blockers[0])
        self.error_desc = None
        job = OutgoingMigration(self, parsed)
        self._job = job
        self.status = NONE
        self.set_status(SETUP)
        job.start()
        return job

    def cancel(self):
        """migrate_cancel: the source goes back to running."""
        job = self._job
        if job is None or not self.active:
            return
        self.set_status(CANCELLING)
        job.cancel()

    def info(self):
        """query-migrate."""
        if self.incoming is not None and self._job is None:
            return self.incoming.info()
        job = self._job
        if job is None or self.status == NONE:
            return {}
        return job.info()

    # -- destination -----------------------------------------------------------
    def start_incoming(self, uri, deferred):
        """-incoming URI / migrate-incoming: listen (or open) at once."""
        inc = IncomingMigration(self, parse_uri(uri), deferred)
        self.incoming = inc
        inc.start()
        return inc


class OutgoingMigration:
    """One run of the migration thread."""

    def __init__(self, state, uri):
        self.state = state
        self.vm = state.vm
        self.uri = uri
        self.thread = None
        self.channel = None
        self.ram = None
        self.f = None
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self.start_time = time.monotonic()
        self.end_time = None
        self.setup_time = None
        self.downtime = None
        self.expected_downtime = None
        self.bandwidth = 0.0               # bytes per second, last estimate
        self.pages_per_second = 0
        self.dirty_pages_rate = 0
        self._last_sync = None
        self.threshold = 0
        self.stopped_vm = False
        self.resume_state = None

    def start(self):
        self.thread = threading.Thread(target=self._run, name="live_migration",
                                       daemon=True)
        self.thread.start()

    def cancel(self):
        self._cancel.set()
        with self._lock:
            channel = self.channel
        if channel is not None:
            channel.abort()

    def _check(self):
        if self._cancel.is_set():
            raise MigrationCancelled()
        said = self.channel.peer_said()
        if said is not None:
            kind, reason = said
            if kind == "err":
                raise MigrationError("the destination refused the stream: %s" % reason)
            if kind == "ok":
                raise MigrationError("the destination confirmed a stream not yet sent")
            raise MigrationError("the destination closed the connection")

    # -- the thread --------------------------------------------------------------
    def _run(self):
        state = self.state
        try:
            channel = connect(self.uri)
            with self._lock:
                self.channel = channel
            if self._cancel.is_set():
                raise MigrationCancelled()
            self._setup()
            state.set_status(ACTIVE)
            self._iterate()
            self._complete()
        except MigrationCancelled:
            self._fail(CANCELLED, None)
        except (MigrationError, OSError, ValueError) as exc:
            if self._cancel.is_set():
                self._fail(CANCELLED, None)
            else:
                self._fail(FAILED, str(exc))
        except Exception as exc:              # a pyemu bug: fail, keep the VM
            self._fail(FAILED, "internal error: %s: %s" % (type(exc).__name__, exc))
        finally:
            if self.end_time is None:
                self.end_time = time.monotonic()
            if self.channel is not None:
                try:
                    self.channel.close()
                except OSError:
                    pass

    def _on_vcpu(self, fn):
        done = self.vm.run_between_slices(fn)
        if not done.wait(VCPU_SYNC_TIMEOUT_S):
            raise MigrationError("the vCPU thread did not answer a dirty-page sync")

    def _setup(self):
        vm = self.vm
        self.f = QEMUFileWriter(self.channel)
        with vm.lock:
            self.ram = LiveRam(vm.ram_blocks(), vm.page_size)
            view = _RegistryView(vm.registry, self.ram)
            self.writer = SaveVMWriter(self.f, view, vm.machine_type, vm.page_size)
            self.writer.header()
        self._on_vcpu(self.ram.clear_log)
        with vm.lock:                          # early_setup devices, if any
            self.writer.setup()                # every page marked dirty
        self.f.flush()
        self.state.emit_pass(self.ram.stats.dirty_sync_count)
        self.setup_time = time.monotonic() - self.start_time

    def _sync(self):
        if self._last_sync is not None:
            wait = self._last_sync + MIN_SYNC_INTERVAL_S - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._on_vcpu(self.ram.sync_from_log)
        now = time.monotonic()
        if self._last_sync is not None and now > self._last_sync:
            self.dirty_pages_rate = int(self.ram.synced_pages / (now - self._last_sync))
        self._last_sync = now
        self.ram.stats.dirty_sync_count += 1
        self.state.emit_pass(self.ram.stats.dirty_sync_count)

    def _iterate(self):
        f, ram, params = self.f, self.ram, self.state.params
        stats = ram.stats
        self._last_sync = window_start = time.monotonic()
        window_tell = f.tell()
        window_pages = stats.normal + stats.duplicate
        while True:
            self._check()
            now = time.monotonic()
            elapsed = now - window_start
            if elapsed >= WINDOW_S:
                sent = f.tell() - window_tell
                if sent > 0:
                    self.bandwidth = sent / elapsed
                pages = stats.normal + stats.duplicate
                self.pages_per_second = int((pages - window_pages) / elapsed)
                window_start, window_tell, window_pages = now, f.tell(), pages
            pending = ram.pending()
            if pending == 0 and not self.bandwidth and elapsed > 0:
                # a whole round before the first window ended (an idle
                # guest: untouched RAM costs 9 bytes a page): measure it
                # rather than sync in circles until the window ends
                self.bandwidth = (f.tell() - window_tell) / elapsed
                if params.max_bandwidth:
                    self.bandwidth = min(self.bandwidth, params.max_bandwidth)
            self.threshold = self.bandwidth * params.downtime_limit / 1000.0
            if self.bandwidth:
                self.expected_downtime = pending / self.bandwidth
            if pending == 0 or pending <= self.threshold:
                self._sync()
                pending = ram.pending()
                if pending == 0 or pending <= self.threshold:
                    return
                continue
            budget = CHUNK_BYTES
            if params.max_bandwidth:
                allowed = params.max_bandwidth * WINDOW_S - (f.tell() - window_tell)
                if allowed <= 0:
                    time.sleep(min(0.02, max(0.001, window_start + WINDOW_S
                                             - time.monotonic())))
                    continue
                budget = int(min(budget, max(allowed, ram.page_size + 16)))
            self.writer.iterate(budget)
            f.flush()

    def _complete(self):
        vm, f = self.vm, self.f
        self._check()
        with vm.lock:
            previous = vm.runstate()
            self.stop_time = time.monotonic()
            vm.stop("finish-migrate")
            self.stopped_vm = True
            self.resume_state = previous
        self.state.set_status(DEVICE)
        self._on_vcpu(self.ram.sync_from_log)     # the vCPU is out: last log
        if self.ram.pending():
            # the guest is stopped, so its RAM needs no lock: stream the
            # last dirty pages straight to the socket (a PART section),
            # then sync again for what devices wrote meanwhile
            self.writer.iterate(None)
            f.flush()
            self._check()
            self._on_vcpu(self.ram.sync_from_log)
        if SEND_SWITCHOVER_START:
            self.writer.switchover_start()
        f.flush()
        tail = QEMUFileWriter(None)              # serialise under the lock,
        self.writer.f = tail                     # send without it
        with vm.lock:
            self.writer.complete(runstate=previous)
        self.writer.f = f
        self.state.emit_pass(self.ram.stats.dirty_sync_count)
        self._check()
        f.put_buffer(tail.getvalue())
        f.flush()
        self.channel.finish_writing()
        reply = self.channel.read_reply(REPLY_TIMEOUT_S)
        if reply is not None and reply[0] == "err":
            raise MigrationError("the destination refused the migration: %s"
                                 % reply[1])
        now = time.monotonic()
        self.downtime = now - self.stop_time
        self.end_time = now
        with vm.lock:
            vm.set_runstate("postmigrate")
            self.stopped_vm = False
            self.state.set_status(COMPLETED)

    def _fail(self, status, message):
        vm = self.vm
        if self.channel is not None:
            self.channel.abort()
        self.end_time = time.monotonic()
        with vm.lock:
            if self.stopped_vm:
                self.stopped_vm = False
                if self.resume_state == "running":
                    vm.start()
                else:
                    vm.set_runstate(self.resume_state)
            self.state.set_status(status, error=message)

    # -- query-migrate -----------------------------------------------------------
    def info(self):
        status = self.state.status
        out = {"status": status}
        if status == FAILED:
            if self.state.error_desc:
                out["error-desc"] = self.state.error_desc
            return out
        if status in (CANCELLED, NONE):
            return out
        now = self.end_time or time.monotonic()
        total = now - self.start_time
        out["total-time"] = _ms(total)
        if status == COMPLETED:
            out["downtime"] = _ms(self.downtime or 0)
        elif self.expected_downtime is not None:
            out["expected-downtime"] = _ms(self.expected_downtime)
        else:
            out["expected-downtime"] = self.state.params.downtime_limit
        if self.setup_time is not None:
            out["setup-time"] = _ms(self.setup_time)
        ram = self.ram
        if ram is not None:
            stats = ram.stats
            if status == COMPLETED and total > 0:
                mbps = stats.transferred * 8 / total / 1e6
            else:
                mbps = self.bandwidth * 8 / 1e6
            out["ram"] = {
                "transferred": stats.transferred,
                "remaining": ram.pending() if status != COMPLETED else 0,
                "total": ram.total_bytes(),
                "duplicate": stats.duplicate,
                "skipped": 0,
                "normal": stats.normal,
                "normal-bytes": stats.normal * ram.page_size,
                "dirty-pages-rate": self.dirty_pages_rate,
                "mbps": round(mbps, 6),
                "dirty-sync-count": stats.dirty_sync_count,
                "postcopy-requests": 0,
                "multifd-bytes": 0,
                "pages-per-second": self.pages_per_second,
                "page-size": ram.page_size,
                "precopy-bytes": stats.transferred,
                "downtime-bytes": 0,
                "postcopy-bytes": 0,
            }
        return out


class IncomingMigration:
    """The destination side of one URI."""

    def __init__(self, state, uri, deferred):
        self.state = state
        self.vm = state.vm
        self.uri = uri
        self.deferred = deferred
        self.listener = None
        self.thread = None
        self.status = NONE
        self.error_desc = None
        self.start_time = time.monotonic()
        self.end_time = None

    def start(self):
        self.listener = Listener(self.uri)       # raises: nothing changed
        self._set_status(SETUP)
        if self.listener.fileno() is None:
            self._begin(self.listener.accept())
        else:
            self.vm.watch_listener(self.listener, self._on_connection)

    def _on_connection(self):
        """Event loop: the listener is readable.  True once accepted."""
        try:
            channel = self.listener.accept()
        except MigrationError as exc:
            self._failed(str(exc))
            return True
        if channel is None:
            return False
        self.listener.close()
        self._begin(channel)
        return True

    def _begin(self, channel):
        self.thread = threading.Thread(target=self._load, args=(channel,),
                                       name="incoming_migration", daemon=True)
        self.thread.start()

    def _set_status(self, status):
        self.status = status
        if self.state.capabilities["events"]:
            with self.vm.lock:
                self.vm.emit("MIGRATION", {"status": status})

    def _load(self, channel):
        vm = self.vm
        channel.send_hello()
        with vm.lock:
            self._set_status(ACTIVE)
            channel.wait_lock = vm.lock
            try:
                ram = RamMigration(vm.ram_blocks, vm.page_size)
                loader = SaveVMLoader(QEMUFileReader(channel),
                                      _RegistryView(vm.registry, ram),
                                      vm.machine_type, vm.page_size)
                runstate = loader.load()
                vm.after_load()
            except Exception as exc:        # stream errors, and pyemu bugs too
                if not isinstance(exc, (MigrationError, OSError, ValueError,
                                        OverflowError)):
                    exc = "internal error: %s: %s" % (type(exc).__name__, exc)
                channel.wait_lock = None
                if hasattr(channel, "send_reply"):
                    channel.send_reply(False, str(exc))
                if hasattr(channel, "drain_and_close"):
                    channel.drain_and_close()
                else:
                    channel.close()
                self._failed(str(exc))
                return
            channel.wait_lock = None
            channel.send_reply(True)
            channel.close()
            self.end_time = time.monotonic()
            self._set_status(COMPLETED)
            if runstate in (None, "running"):
                if vm.autostart:
                    vm.start()
                else:
                    vm.set_runstate("paused")
            elif runstate in _TRANSIENT_RUNSTATES:
                vm.set_runstate("paused")
            else:
                vm.set_runstate(runstate)      # as QEMU: paused, postmigrate...

    def _failed(self, message):
        self.error_desc = message
        self.end_time = time.monotonic()
        if self.listener is not None:
            self.listener.close()
        with self.vm.lock:
            self._set_status(FAILED)
            if self.deferred:
                self.vm.set_runstate("inmigrate")
            self.vm.incoming_failed(message, exit_process=not self.deferred)

    def info(self):
        out = {"status": self.status}
        if self.status == FAILED and self.error_desc:
            out["error-desc"] = self.error_desc
        if self.status == COMPLETED and self.end_time is not None:
            out["total-time"] = _ms(self.end_time - self.start_time)
        if self.listener is not None and self.listener.address and self.status == SETUP:
            host, port = self.listener.address[:2]
            out["socket-address"] = [{"type": "inet", "host": host,
                                      "port": str(port)}]
        return out
