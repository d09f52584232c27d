"""QMP: the command table, and a real riscv virt VM driven through the
qemu.qmp library (negotiation, queries, stop/cont with events, HMP
passthrough, reset, quit) and through a raw socket with malformed input."""

import asyncio
import json
import os
import pathlib
import socket
import subprocess
import sys
import time

import pytest
from qemu.qmp import ExecuteError, QMPClient

from emu.monitor import Arg, CommandError, CommandTable
from emu.monitor.qmp import JSONStreamer
from tests.launch import launcher

ROOT = pathlib.Path(__file__).resolve().parents[2]
ELF = ROOT / "tests/guests/riscv/elf/rv64"
LAUNCH = launcher("riscv64")


def launch(tmp, *args, guest="counter-virt.elf"):
    """A pyemu-system-riscv64 process on the virt board (serial to a file)."""
    cmd = [sys.executable, "-c", LAUNCH, "-M", "virt", "-bios", "none", "-nographic",
           "-serial", "file:%s" % (tmp / "serial.txt"), *args, "-kernel", str(ELF / guest)]
    return subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def wait_for_socket(path, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while not os.path.exists(path):
        if proc.poll() is not None:
            raise AssertionError("pyemu exited: %s" % proc.stderr.read().decode())
        if time.monotonic() > deadline:
            raise AssertionError("no socket at %s" % path)
        time.sleep(0.05)


def run(coro, timeout=30):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def connected(path):
    client = QMPClient("test")
    await client.connect(str(path))
    return client


async def next_event(client, name, timeout=10):
    async def wait():
        async for event in client.events:
            if event["event"] == name:
                return event
    return await asyncio.wait_for(wait(), timeout)


async def quiet_disconnect(client):
    """After quit the server hangs up; qemu.qmp reports that as EOFError
    (as with QEMU: see QEMUMachine._close_qmp_connection)."""
    try:
        await client.disconnect()
    except EOFError:
        pass


@pytest.fixture(scope="module")
def vm(tmp_path_factory):
    """A VM running the (long) counter guest with QMP on a unix socket."""
    tmp = tmp_path_factory.mktemp("qmp")
    sock = tmp / "qmp.sock"
    proc = launch(tmp, "-qmp", "unix:%s,server=on,wait=off" % sock, "-name", "guest0")
    wait_for_socket(sock, proc)
    yield sock, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


# -- the command table ---------------------------------------------------------
def test_table_checks_arguments_like_qapi():
    table = CommandTable()
    table.register("echo", lambda system, text, times=1: text * times,
                   args=[Arg("text", "str"), Arg("times", "int", optional=True)])
    assert table.call(None, "echo", {"text": "ab", "times": 2}) == "abab"
    cases = [({}, "Parameter 'text' is missing"),
             ({"text": 1}, "Invalid parameter type for 'text', expected: string"),
             ({"text": "a", "times": True}, "Invalid parameter type for 'times', expected: integer"),
             ({"text": "a", "more": 1}, "Parameter 'more' is unexpected")]
    for arguments, desc in cases:
        with pytest.raises(CommandError) as info:
            table.call(None, "echo", arguments)
        assert info.value.desc == desc and info.value.error_class == "GenericError"
    with pytest.raises(CommandError) as info:
        table.call(None, "nope", {})
    assert info.value.error_class == "CommandNotFound"


def test_table_refuses_duplicates_but_allows_replacing_placeholders():
    table = CommandTable()
    table.register("query-migrate", lambda system: {})
    with pytest.raises(ValueError):
        table.register("query-migrate", lambda system: {})
    table.register("query-migrate", lambda system: {"status": "active"}, replace=True)
    assert table.call(None, "query-migrate") == {"status": "active"}


def test_streamer_splits_by_depth_not_lines():
    s = JSONStreamer()
    out = s.feed(b'{"execute": "a"}{"execute":\n "b"}  [1,')
    assert out == [("message", b'{"execute": "a"}'), ("message", b'{"execute":\n "b"}')]
    assert s.feed(b' "]"]\n') == [("message", b'[1, "]"]')]
    assert s.feed(b"{'a': 'it\\'s \"q\"'}") == [("message", b'{"a": "it\'s \\"q\\""}')]


# -- a real VM through qemu.qmp ----------------------------------------------------
def test_greeting_and_negotiation(vm):
    sock, _ = vm

    async def body():
        client = await connected(sock)       # qemu.qmp validated and negotiated
        capabilities = list(client.greeting.QMP.capabilities)
        await client.disconnect()
        return capabilities
    assert run(body()) == ["oob"]
    raw = RawQMP(sock)
    greeting = raw.greeting
    raw.close()
    version = greeting["QMP"]["version"]
    assert set(version["qemu"]) == {"major", "minor", "micro"}
    assert version["package"].startswith("pyemu")
    assert greeting["QMP"]["capabilities"] == ["oob"]


def test_queries(vm):
    sock, _ = vm

    async def body():
        client = await connected(sock)
        out = {}
        for name in ("query-status", "query-version", "query-name", "query-target",
                     "query-machines", "query-cpus-fast", "query-commands", "query-jobs"):
            out[name] = await client.execute(name)
        await client.disconnect()
        return out
    out = run(body())
    assert out["query-status"] == {"status": "running", "singlestep": False, "running": True}
    assert out["query-name"] == {"name": "guest0"}
    assert out["query-target"] == {"arch": "riscv64"}
    assert any("virt" in (m["name"], m.get("alias")) for m in out["query-machines"])
    cpus = out["query-cpus-fast"]
    assert [c["cpu-index"] for c in cpus] == [0] and cpus[0]["target"] == "riscv64"
    names = {c["name"] for c in out["query-commands"]}
    assert {"stop", "cont", "quit", "human-monitor-command", "qmp_capabilities"} <= names
    assert out["query-jobs"] == []


def test_stop_and_cont_emit_events(vm):
    sock, _ = vm

    async def body():
        client = await connected(sock)
        assert await client.execute("stop") == {}
        stop = await next_event(client, "STOP")
        status = await client.execute("query-status")
        assert await client.execute("cont") == {}
        resume = await next_event(client, "RESUME")
        after = await client.execute("query-status")
        await client.disconnect()
        return stop, status, resume, after
    stop, status, resume, after = run(body())
    assert "data" not in stop and set(stop["timestamp"]) == {"seconds", "microseconds"}
    assert status["status"] == "paused" and status["running"] is False
    assert resume["event"] == "RESUME" and after["running"] is True


def test_human_monitor_command(vm):
    sock, _ = vm

    async def body():
        client = await connected(sock)
        status = await client.execute("human-monitor-command", {"command-line": "info status"})
        regs = await client.execute("human-monitor-command",
                                    {"command-line": "info registers", "cpu-index": 0})
        bad = await client.execute("human-monitor-command", {"command-line": "frobnicate"})
        await client.disconnect()
        return status, regs, bad
    status, regs, bad = run(body())
    assert status == "VM status: running\n"
    assert " pc " in regs and "x10/a0" in regs
    assert bad == "unknown command: 'frobnicate'\n"


def test_system_reset_and_powerdown(vm):
    sock, _ = vm

    async def body():
        client = await connected(sock)
        assert await client.execute("system_reset") == {}
        reset = await next_event(client, "RESET")
        with pytest.raises(ExecuteError) as info:
            await client.execute("system_powerdown")
        await client.disconnect()
        return reset, info.value
    reset, error = run(body())
    assert reset["data"] == {"guest": False, "reason": "host-qmp-system-reset"}
    assert error.error_class == "GenericError"


def test_qmp_shell_works_unchanged(vm):
    sock, _ = vm
    shell = subprocess.run([sys.executable, "-m", "qemu.qmp.qmp_shell", str(sock)],
                           input=b"query-status\n", capture_output=True, timeout=30)
    assert b'"running": true' in shell.stdout, shell.stdout + shell.stderr


# -- malformed input on a raw socket ---------------------------------------------
class RawQMP:
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(20)
        self.sock.connect(str(path))
        self.buf = b""
        self.greeting = self.reply()

    def reply(self):
        while True:
            while b"\r\n" not in self.buf:
                chunk = self.sock.recv(65536)
                assert chunk, "connection closed"
                self.buf += chunk
            line, self.buf = self.buf.split(b"\r\n", 1)
            msg = json.loads(line)
            if "event" not in msg:
                return msg

    def send(self, data):
        self.sock.sendall(data if isinstance(data, bytes) else data.encode())

    def close(self):
        self.sock.close()


NOT_FOUND = "CommandNotFound"
GENERIC = "GenericError"
BEFORE_NEGOTIATION = [
    ('{"execute": "query-status"}', NOT_FOUND,
     "Expecting capabilities negotiation with 'qmp_capabilities'"),
    ('{"execute": "no-such-command", "id": 1}', NOT_FOUND,
     "Expecting capabilities negotiation with 'qmp_capabilities'"),
    ('{"execute": "qmp_capabilities", "arguments": {"enable": ["foo"]}}', GENERIC,
     "Parameter 'enable[0]' does not accept value 'foo'"),
    ('{"execute": "qmp_capabilities", "arguments": {"bogus": 1}}', GENERIC,
     "Parameter 'bogus' is unexpected"),
    ('{"execute": "qmp_capabilities", "arguments": {"enable": "oob"}}', GENERIC,
     "Invalid parameter type for 'enable', expected: array"),
]
HMP_LINE = '{"execute": "human-monitor-command", "arguments": %s}'
AFTER_NEGOTIATION = [
    ('{"execute": "qmp_capabilities"}', NOT_FOUND,
     "Capabilities negotiation is already complete, command ignored"),
    ('{"execute": }', GENERIC, "JSON parse error, expecting value"),
    ('{"execute": "query-status",}', GENERIC, None),
    ("nul", GENERIC, "JSON parse error, invalid keyword 'nul'"),
    ("[1, 2]", GENERIC, "QMP input must be a JSON object"),
    ("42", GENERIC, "QMP input must be a JSON object"),
    ('"query-status"', GENERIC, "QMP input must be a JSON object"),
    ("null", GENERIC, "QMP input must be a JSON object"),
    ('{"arguments": {}}', GENERIC, "QMP input lacks member 'execute'"),
    ('{"id": 3}', GENERIC, "QMP input lacks member 'execute'"),
    ('{"execute": 1}', GENERIC, "QMP input member 'execute' must be a string"),
    ('{"execute": ["stop"]}', GENERIC, "QMP input member 'execute' must be a string"),
    ('{"execute": "stop", "arguments": []}', GENERIC,
     "QMP input member 'arguments' must be an object"),
    ('{"execute": "stop", "arguments": null}', GENERIC,
     "QMP input member 'arguments' must be an object"),
    ('{"execute": "stop", "foo": 1}', GENERIC, "QMP input member 'foo' is unexpected"),
    ('{"exec-oob": "query-status"}', GENERIC, "QMP input member 'exec-oob' is unexpected"),
    ('{"execute": "no-such-command", "id": 7}', NOT_FOUND,
     "The command no-such-command has not been found"),
    ('{"execute": ""}', NOT_FOUND, "The command  has not been found"),
    ("{'execute': 'no-such-command'}", NOT_FOUND,
     "The command no-such-command has not been found"),
    ('{"execute": "human-monitor-command"}', GENERIC, "Parameter 'command-line' is missing"),
    (HMP_LINE % '{"command-line": 5}', GENERIC,
     "Invalid parameter type for 'command-line', expected: string"),
    (HMP_LINE % '{"command-line": true}', GENERIC,
     "Invalid parameter type for 'command-line', expected: string"),
    (HMP_LINE % '{"command-line": "info status", "cpu-index": "0"}', GENERIC,
     "Invalid parameter type for 'cpu-index', expected: integer"),
    (HMP_LINE % '{"command-line": "info status", "cpu-index": 99}', GENERIC,
     "Parameter 'cpu-index' expects a CPU number"),
    (HMP_LINE % '{"command-line": "info status", "extra": 1}', GENERIC,
     "Parameter 'extra' is unexpected"),
    ('{"execute": "query-status", "arguments": {"x": 1}}', GENERIC,
     "Parameter 'x' is unexpected"),
    ('{"execute": "cont", "arguments": {"x": true}, "id": "abc"}', GENERIC,
     "Parameter 'x' is unexpected"),
    ('{"execute": "system_powerdown", "id": [1]}', GENERIC, None),
    ("\x01", GENERIC, "JSON parse error, stray '\x01'"),
    (b'{"execute": "\xff\xfe"}', GENERIC, "JSON parse error, invalid UTF-8 sequence in string"),
    ("}", GENERIC, "JSON parse error, expecting value"),
    ("[" * 2000 + "\n", GENERIC, "JSON nesting depth limit exceeded"),
    (b'{"execute": "' + b"a" * (10 << 20) + b'"}\n', GENERIC,
     "JSON message size limit exceeded"),
]


def _check(client, text, error_class, desc):
    client.send(text if isinstance(text, bytes) else text + "\n")
    reply = client.reply()
    assert "error" in reply, (text[:80], reply)
    assert reply["error"]["class"] == error_class, (text[:80], reply)
    if desc is not None:
        assert reply["error"]["desc"] == desc, (text[:80], reply)
    else:
        assert reply["error"]["desc"]
    request = None
    try:
        request = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        pass
    if isinstance(request, dict) and "id" in request:
        assert reply["id"] == request["id"]
    else:
        assert "id" not in reply


def test_malformed_input_gets_qemu_errors_and_vm_keeps_running(vm):
    sock, proc = vm
    client = RawQMP(sock)
    for text, error_class, desc in BEFORE_NEGOTIATION:
        _check(client, text, error_class, desc)
    client.send('{"execute": "qmp_capabilities", "id": "neg"}\n')
    assert client.reply() == {"return": {}, "id": "neg"}
    for text, error_class, desc in AFTER_NEGOTIATION:
        _check(client, text, error_class, desc)
    # two messages in one write, no newline between them; a nested id
    client.send('{"execute": "query-status", "id": {"n": [1]}}{"execute": "query-name"}')
    assert client.reply()["id"] == {"n": [1]}
    assert client.reply() == {"return": {"name": "guest0"}}
    client.send('{"execute": "query-status"}\n')
    assert client.reply()["return"]["status"] == "running"
    client.close()
    assert len(BEFORE_NEGOTIATION) + len(AFTER_NEGOTIATION) >= 30
    assert proc.poll() is None


def test_closing_mid_message_leaves_the_next_client_a_clean_parser(vm):
    sock, _ = vm
    first = RawQMP(sock)
    first.send('{"execute": "qmp_capa')
    first.close()
    second = RawQMP(sock)
    second.send('{"execute": "qmp_capabilities"}\n')
    assert second.reply() == {"return": {}}
    second.close()


def test_oob_negotiation_and_exec_oob(vm):
    sock, _ = vm
    client = RawQMP(sock)
    client.send('{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}\n')
    assert client.reply() == {"return": {}}
    client.send('{"exec-oob": "query-status", "id": 1}\n')
    assert client.reply() == {"error": {"class": "GenericError",
                                        "desc": "The command query-status does not support OOB"},
                              "id": 1}
    client.close()


def test_quit_sends_shutdown_and_exits(tmp_path):
    sock = tmp_path / "q.sock"
    proc = launch(tmp_path, "-S", "-qmp", "unix:%s,server=on,wait=off" % sock,
                  guest="hello-virt.elf")
    try:
        wait_for_socket(sock, proc)

        async def body():
            client = await connected(sock)
            status = await client.execute("query-status")
            assert await client.execute("quit") == {}
            event = await next_event(client, "SHUTDOWN")
            await quiet_disconnect(client)
            return status, event
        status, event = run(body())
        assert status["status"] == "prelaunch"
        assert event["data"] == {"guest": False, "reason": "host-qmp-quit"}
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_mon_chardev_control_mode_and_guest_finishing(tmp_path):
    sock = tmp_path / "m.sock"
    proc = launch(tmp_path, "-S", "-no-shutdown",
                  "-chardev", "socket,id=qmp0,path=%s,server=on,wait=off" % sock,
                  "-mon", "chardev=qmp0,mode=control", guest="hello-virt.elf")
    try:
        wait_for_socket(sock, proc)

        async def body():
            client = await connected(sock)
            await client.execute("cont")
            shutdown = await next_event(client, "SHUTDOWN")
            status = await client.execute("query-status")
            with pytest.raises(ExecuteError) as info:
                await client.execute("cont")
            await client.execute("system_reset")
            await next_event(client, "RESET")
            after = await client.execute("query-status")
            await client.execute("quit")
            await quiet_disconnect(client)
            return shutdown, status, info.value, after
        shutdown, status, error, after = run(body())
        assert shutdown["data"] == {"guest": True, "reason": "guest-shutdown"}
        assert status["status"] == "shutdown"
        assert error.error_class == "GenericError"
        assert str(error).endswith("Resetting the Virtual Machine is required")
        assert after["status"] == "paused"
        assert proc.wait(20) == 0
        assert (tmp_path / "serial.txt").read_text().startswith("Hello from a RISC-V guest")
    finally:
        if proc.poll() is None:
            proc.kill()
