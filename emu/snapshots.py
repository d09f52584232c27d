"""VM snapshots: savevm / loadvm / delvm / info snapshots, -loadvm, and the
QMP snapshot jobs (snapshot-save / snapshot-load / snapshot-delete).

pyemu has no disk images, so a snapshot is only the VM state: the migration
stream QEMU's savevm writes (migration/savevm.py), kept in a snapshot
directory (migration/snapshot.py: atomic writes, sha256-checked loads).
The directory is ``-snapshot-dir DIR``, or by default
``$XDG_DATA_HOME/pyemu/snapshots/<name>`` (``~/.local/share`` when
XDG_DATA_HOME is unset), where <name> is the ``-name`` of the guest or else
the machine type (``virt``).  See docs/snapshots.md.

Saving and loading happen with the VM stopped and the vCPU thread parked
(Runtime.call_when_parked), so CPU state is at an instruction boundary.
A loadvm that fails (damaged or hostile file) puts the VM back as it was
before: the state is captured in memory first and reloaded on error.

Deterministic snapshot points: ``x-stop-at-icount`` (QMP) /
``x_stop_at_icount`` (HMP) pause the VM once the CPUs have executed exactly
N instructions; with ``-S`` and ``-icount`` this stops a run at the same
guest instruction every time.
"""

import io
import os
import re
import threading
import time

from emu import event_loop as ev
from emu import runstate as rs
from emu.monitor import Arg, CommandError, after_reply, hmp_command, hmp_info, qmp_command
from emu.tcg import exec as X
from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.savevm import load_state, save_state
from migration.snapshot import SnapshotStore, auto_tag, format_info_snapshots

PAGE_SIZE = 4096
PARK_TIMEOUT_S = 60.0


class SnapshotError(Exception):
    """A snapshot operation failed (one line, for the user)."""


# --------------------------------------------------------------------------
# Where snapshots live
# --------------------------------------------------------------------------

def default_snapshot_dir(name):
    """$XDG_DATA_HOME/pyemu/snapshots/<name> (~/.local/share by default)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share")
    safe = re.sub(r"[^A-Za-z0-9._+-]", "_", name) or "default"
    if safe in (".", ".."):
        safe = "_" + safe
    return os.path.join(base, "pyemu", "snapshots", safe)


def snapshot_dir_for(system):
    opts = system.opts
    explicit = getattr(opts, "snapshot_dir", None)
    if explicit:
        return explicit
    name = getattr(opts, "name", None) or system.machine.type_name
    return default_snapshot_dir(name)


# --------------------------------------------------------------------------
# Running work with the VM stopped
# --------------------------------------------------------------------------

def _call_parked(runtime, fn):
    """Run fn() where CPU state is stable: in the parked vCPU thread, or
    here when there is no vCPU thread.  The caller holds the big lock; it
    is released while waiting so the vCPU thread can park."""
    thread = runtime.thread
    if thread is None or not thread.is_alive() or thread is threading.current_thread():
        return fn()
    cond = threading.Condition(ev.bql)
    box = {}

    def parked():
        try:
            box["result"] = fn()
        except BaseException as exc:      # handed back to the caller
            box["error"] = exc
        finally:
            with cond:
                box["done"] = True
                cond.notify_all()

    with cond:
        runtime.call_when_parked(parked)
        deadline = time.monotonic() + PARK_TIMEOUT_S
        while "done" not in box:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise SnapshotError("the vCPU thread did not stop")
            cond.wait(0.05)
    if "error" in box:
        raise box["error"]
    return box.get("result")


def _with_vm_stopped(runtime, fn, state, resume_to=None):
    """QEMU's vm_stop(state) ... vm_start() if it was running.

    resume_to: the run state to leave a stopped VM in afterwards (default:
    the one it had)."""
    previous = runtime.state
    was_running = previous == rs.RUNNING
    runtime.stop(state)
    try:
        return _call_parked(runtime, fn)
    finally:
        if runtime.state == state:
            if was_running:
                runtime.start()
            else:
                runtime.state = resume_to or previous


# --------------------------------------------------------------------------
# The snapshot manager of one System
# --------------------------------------------------------------------------

class Snapshots:
    """savevm/loadvm/delvm for one machine, over one SnapshotStore."""

    def __init__(self, system, directory=None):
        self.system = system
        self.directory = directory or snapshot_dir_for(system)
        self._store = None

    @property
    def machine(self):
        return self.system.machine

    @property
    def store(self):
        """The store; the directory is created on first use."""
        if self._store is None:
            try:
                self._store = SnapshotStore(self.directory)
            except OSError as exc:
                raise SnapshotError("Could not open snapshot directory '%s': %s"
                                    % (self.directory, exc.strerror or exc)) from exc
        return self._store

    # -- checks ----------------------------------------------------------
    def _check_can_snapshot(self):
        migration = getattr(self.system, "migration", None)
        if migration is not None and getattr(migration, "active", False):
            raise SnapshotError("There's a migration process in progress")
        blockers = self.machine.vmstate.blockers()
        if blockers:
            raise SnapshotError("State blocked by non-migratable device '%s'"
                                % blockers[0])

    # -- the stream --------------------------------------------------------
    def write_stream(self, fh, runstate="running"):
        """Write this machine's state to the binary file fh (VM stopped)."""
        ms = self.machine
        save_state(QEMUFileWriter(fh), ms.vmstate, ms.type_name,
                   page_size=PAGE_SIZE, runstate=runstate)

    def read_stream(self, fh):
        """Load this machine's state from fh (VM stopped); returns the runstate."""
        ms = self.machine
        runstate = load_state(QEMUFileReader(fh), ms.vmstate, ms.type_name,
                              page_size=PAGE_SIZE)
        self._after_load()
        return runstate

    def _after_load(self):
        """Translated code, TLBs and executor state belong to the old RAM."""
        ms = self.machine
        ms.tbcache.flush()
        for cpu in ms.cpus:
            cpu.tlb_flush()
            cpu.state[X.ST_RESUME_TB] = -1
            cpu.state[X.ST_EXIT_REQUEST] = 1       # check interrupts first
            cpu.debug_skip_pc = None
        ms.timers.deadline()

    def metadata(self):
        ms = self.machine
        clock = ms.clock
        icount = sum(int(cpu.state[X.ST_ICOUNT]) for cpu in ms.cpus)
        return {"vm_clock_nsec": clock.now(),
                "icount": icount if clock.use_icount else -1,
                "machine_type": ms.type_name}

    # -- operations (VM stopped, vCPU parked) ------------------------------
    def _save_stopped(self, tag, overwrite, runstate):
        if not overwrite:
            try:
                exists = self.store.find(tag) is not None
            except MigrationError:
                exists = True
            if exists:
                raise SnapshotError("Snapshot '%s' already exists" % tag)
        try:
            return self.store.save(tag, lambda fh: self.write_stream(fh, runstate),
                                   self.metadata())
        except (MigrationError, OSError) as exc:
            raise SnapshotError("Error while writing VM state: %s" % _one_line(exc)) from exc

    def _load_stopped(self, tag):
        try:
            info = self.store.find(tag)
        except MigrationError as exc:
            raise SnapshotError("Snapshot '%s': %s" % (tag, _one_line(exc))) from exc
        if info is None:
            raise SnapshotError("Snapshot '%s' does not exist" % tag)
        if info.vm_state_size == 0:
            raise SnapshotError("Snapshot '%s' is a disk-only snapshot. Revert to it "
                                "offline using qemu-img" % tag)
        try:
            fh = self.store.load(tag)
        except (MigrationError, OSError) as exc:
            raise SnapshotError(_one_line(exc)) from exc
        with fh:
            rollback = io.BytesIO()
            self.write_stream(rollback, "paused")
            try:
                self.read_stream(fh)
            except Exception as exc:   # any malformed input: undo, one line
                rollback.seek(0)
                self.read_stream(rollback)
                raise SnapshotError("Error while loading VM state: %s"
                                    % _one_line(exc)) from exc
        return info

    def _delete(self, tag):
        try:
            self.store.delete(tag)
        except MigrationError as exc:
            raise SnapshotError(_one_line(exc)) from exc

    # -- the public operations -------------------------------------------
    def save(self, tag=None, overwrite=True):
        """savevm: stop, write, resume if it ran.  Returns the SnapshotInfo."""
        self._check_can_snapshot()
        tag = tag or auto_tag()
        runtime = self.system.runtime
        runstate = "running" if runtime.state == rs.RUNNING else "paused"
        return _with_vm_stopped(runtime, lambda: self._save_stopped(tag, overwrite, runstate),
                                rs.SAVE_VM)

    def load(self, tag):
        """loadvm: stop, load, resume if it ran (else stay paused)."""
        self._check_can_snapshot()
        runtime = self.system.runtime
        previous = runtime.state
        done = {}

        def work():
            done["info"] = self._load_stopped(tag)
            return done["info"]
        try:
            return _with_vm_stopped(runtime, work, rs.RESTORE_VM,
                                    resume_to=rs.PAUSED if previous != rs.PRELAUNCH else None)
        finally:
            if "info" not in done and runtime.state == rs.PAUSED and previous != rs.PAUSED:
                runtime.state = previous          # failed: as it was

    def delete(self, tag):
        self._delete(tag)

    def list(self):
        try:
            return self.store.list()
        except OSError:
            return []

    def load_at_startup(self, tag):
        """-loadvm tag: before the VM first runs (no vCPU thread yet)."""
        self._load_stopped(tag)


def _one_line(exc):
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


def snapshots_of(system):
    manager = getattr(system, "snapshots", None)
    if manager is None:
        if getattr(system, "machine", None) is None:
            raise CommandError("The machine is not running yet")
        manager = Snapshots(system)
        system.snapshots = manager
    return manager


def setup_snapshots(system):
    """System hook after the machine is built: the manager, then -loadvm.

    Raises SnapshotError (the caller exits 1) when -loadvm fails."""
    manager = Snapshots(system)
    system.snapshots = manager
    system.jobs = getattr(system, "jobs", None) or []
    tag = getattr(system.opts, "loadvm", None)
    if tag:
        manager.load_at_startup(tag)
    return manager


# --------------------------------------------------------------------------
# Deterministic stop points
# --------------------------------------------------------------------------

@qmp_command("x-stop-at-icount", args=[Arg("icount", "int")],
             help="pause the VM when the CPUs have executed icount instructions "
                  "(pyemu; -1 cancels)")
def qmp_x_stop_at_icount(system, icount):
    runtime = system.runtime
    if runtime is None:
        raise CommandError("The machine is not running yet")
    if icount < 0:
        runtime.stop_at_icount = None
        return {}
    done = runtime.total_icount()
    if icount < done:
        raise CommandError("icount %d has passed already (now %d)" % (icount, done))
    runtime.stop_at_icount = icount
    return {}


@qmp_command("x-query-icount", help="instructions executed by all CPUs, virtual "
             "time and the next timer deadline (pyemu)")
def qmp_x_query_icount(system):
    runtime = system.runtime
    if runtime is None:
        raise CommandError("The machine is not running yet")
    machine = system.machine
    result = {"icount": runtime.total_icount(), "vm-clock-ns": machine.clock.now()}
    deadline = machine.timers.deadline()
    if deadline is not None:
        result["next-deadline-ns"] = deadline       # the earliest armed timer
    return result


@hmp_command("x_stop_at_icount", args_type="icount:l", params="icount",
             help="pause the VM after exactly icount instructions (pyemu)")
def hmp_x_stop_at_icount(mon, icount):
    mon.call("x-stop-at-icount", icount=icount)


# --------------------------------------------------------------------------
# HMP: savevm, loadvm, delvm, info snapshots
# --------------------------------------------------------------------------

def _hmp(fn):
    try:
        return fn()
    except SnapshotError as exc:
        raise CommandError(str(exc)) from exc


@hmp_command("savevm", args_type="name:s?", params="[tag]",
             help="save a VM snapshot. If no tag is provided, a new snapshot is created")
def hmp_savevm(mon, name=None):
    _hmp(lambda: snapshots_of(mon.system).save(name, overwrite=True))


@hmp_command("loadvm", args_type="name:s", params="tag",
             help="restore a VM snapshot from its tag")
def hmp_loadvm(mon, name):
    _hmp(lambda: snapshots_of(mon.system).load(name))


@hmp_command("delvm", args_type="name:s", params="tag",
             help="delete a VM snapshot from its tag")
def hmp_delvm(mon, name):
    _hmp(lambda: snapshots_of(mon.system).delete(name))


@hmp_info("snapshots", help="show the currently saved VM snapshots", replace=True)
def hmp_info_snapshots(mon):
    infos = _hmp(lambda: snapshots_of(mon.system).list())
    mon.write(format_info_snapshots(infos))


# --------------------------------------------------------------------------
# QMP snapshot jobs
# --------------------------------------------------------------------------

class Job:
    """One QMP job (qapi/job.json JobInfo), manually dismissed as QEMU's
    snapshot jobs are."""

    def __init__(self, system, job_id, kind):
        self.system = system
        self.id = job_id
        self.type = kind
        self.status = None
        self.error = None
        self.progress = 0

    def set_status(self, status):
        self.status = status
        self.system.runtime.emit("JOB_STATUS_CHANGE", {"status": status, "id": self.id})

    def info(self):
        data = {"id": self.id, "type": self.type, "status": self.status,
                "current-progress": self.progress, "total-progress": 1}
        if self.error is not None:
            data["error"] = self.error
        return data

    def finish(self, error=None):
        """running -> waiting -> pending -> concluded (aborting on error)."""
        self.progress = 1
        if error is None:
            self.set_status("waiting")
            self.set_status("pending")
        else:
            self.error = error
            self.set_status("aborting")
        self.set_status("concluded")


def _jobs(system):
    jobs = getattr(system, "jobs", None)
    if jobs is None:
        jobs = system.jobs = []
    return jobs


def _new_job(system, job_id, kind):
    if not job_id:
        raise CommandError("Invalid job ID ''")
    if any(job.id == job_id for job in _jobs(system)):
        raise CommandError("Job ID '%s' already in use" % job_id)
    job = Job(system, job_id, kind)
    _jobs(system).append(job)
    job.set_status("created")
    return job


def _check_devices(devices, vmstate=None):
    """pyemu has no block devices: `devices` must be empty; `vmstate` names
    where the VM state goes and is only checked for being a name."""
    for i, device in enumerate(devices):
        if not isinstance(device, str):
            raise CommandError("Invalid parameter type for 'devices[%d]', expected: string" % i)
        raise CommandError("Cannot find device='' nor node-name='%s': pyemu has no "
                           "block devices, pass \"devices\": []" % device)
    if vmstate is not None and not vmstate:
        raise CommandError("Parameter 'vmstate' must name a node")


def _start_job(system, job, work):
    """After the reply: running, then work() with the VM stopped, then the
    job concludes (QEMU's order: running, STOP, RESUME, waiting, pending,
    concluded)."""
    def run():
        job.set_status("running")
        error = None
        try:
            work()
        except (SnapshotError, CommandError) as exc:
            error = str(exc)
        job.finish(error)
    after_reply(lambda: system.loop.call_soon(run) if getattr(system, "loop", None)
                else run())


_JOB_ARGS = [Arg("job-id", "str"), Arg("tag", "str")]


@qmp_command("snapshot-save",
             args=_JOB_ARGS + [Arg("vmstate", "str"), Arg("devices", "array")],
             help="save a VM snapshot as a job")
def qmp_snapshot_save(system, job_id, tag, vmstate, devices):
    _check_devices(devices, vmstate)
    manager = snapshots_of(system)
    job = _new_job(system, job_id, "snapshot-save")
    _start_job(system, job, lambda: manager.save(tag, overwrite=False))
    return {}


@qmp_command("snapshot-load",
             args=_JOB_ARGS + [Arg("vmstate", "str"), Arg("devices", "array")],
             help="load a VM snapshot as a job")
def qmp_snapshot_load(system, job_id, tag, vmstate, devices):
    _check_devices(devices, vmstate)
    manager = snapshots_of(system)
    job = _new_job(system, job_id, "snapshot-load")
    _start_job(system, job, lambda: manager.load(tag))
    return {}


@qmp_command("snapshot-delete", args=_JOB_ARGS + [Arg("devices", "array")],
             help="delete a VM snapshot as a job")
def qmp_snapshot_delete(system, job_id, tag, devices):
    _check_devices(devices)
    manager = snapshots_of(system)
    job = _new_job(system, job_id, "snapshot-delete")
    _start_job(system, job, lambda: manager.delete(tag))
    return {}


@qmp_command("query-jobs", replace=True, help="the jobs (snapshot-save ...)")
def qmp_query_jobs(system):
    return [job.info() if isinstance(job, Job) else job for job in _jobs(system)]


@qmp_command("job-dismiss", args=[Arg("id", "str")], help="remove a concluded job")
def qmp_job_dismiss(system, id):
    for job in _jobs(system):
        if isinstance(job, Job) and job.id == id:
            if job.status != "concluded":
                raise CommandError("Job '%s' in state '%s' cannot accept command verb "
                                   "'dismiss'" % (id, job.status))
            _jobs(system).remove(job)
            job.set_status("null")
            return {}
    raise CommandError("Job not found")
