"""Migration transports (migration/channels.py): URIs, sockets, exec:, file:,
the destination's one-line reply, and aborting a blocked transfer."""
import os
import socket
import threading
import time

import pytest

from migration.channels import (CLOSED, REPLY_ERR, REPLY_OK, Listener, SocketChannel,
                                connect, parse_reply, parse_uri)
from migration.errors import MigrationError


@pytest.mark.parametrize("uri, kind, fields", [
    ("tcp:127.0.0.1:4446", "tcp", {"host": "127.0.0.1", "port": 4446}),
    ("tcp::4446", "tcp", {"host": "", "port": 4446}),
    ("tcp:[::1]:4446", "tcp", {"host": "::1", "port": 4446}),
    ("unix:/tmp/x.sock", "unix", {"path": "/tmp/x.sock"}),
    ("exec:cat > /tmp/f", "exec", {"command": "cat > /tmp/f"}),
    ("file:/tmp/f", "file", {"path": "/tmp/f", "offset": 0}),
    ("file:/tmp/f,offset=0x1000", "file", {"path": "/tmp/f", "offset": 4096}),
])
def test_uris_parse(uri, kind, fields):
    parsed = parse_uri(uri)
    assert parsed.kind == kind
    for name, value in fields.items():
        assert getattr(parsed, name) == value


@pytest.mark.parametrize("uri, message", [
    ("ftp://x", "Parameter 'uri' expects a valid migration protocol"),
    ("nonsense", "Parameter 'uri' expects a valid migration protocol"),
    ("tcp:127.0.0.1", "error parsing"),
    ("tcp:host:99999", "error parsing port"),
    ("unix:", "error parsing address"),
    ("exec:  ", "needs a command"),
    ("file:/tmp/f,offset=-3", "invalid offset"),
    ("file:/tmp/f,offset=abc", "invalid offset"),
])
def test_bad_uris_are_refused(uri, message):
    with pytest.raises(MigrationError, match=message):
        parse_uri(uri)


def _serve(listener):
    deadline = time.monotonic() + 10
    while True:
        channel = listener.accept()
        if channel is not None:
            return channel
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_tcp_stream_and_ok_reply():
    listener = Listener("tcp:127.0.0.1:0")
    port = listener.address[1]
    source = connect("tcp:127.0.0.1:%d" % port)
    dest = _serve(listener)
    dest.send_hello()
    payload = os.urandom(300_000)
    sender = threading.Thread(target=lambda: (source.write(payload), source.finish_writing()))
    sender.start()
    got = b""
    while len(got) < len(payload):
        got += dest.read(65536)
    sender.join(5)
    assert got == payload and dest.read(10) == b""
    dest.send_reply(True)
    dest.close()
    assert source.read_reply(5) == ("ok", "")
    source.close()
    listener.close()


def test_unix_error_reply_reaches_a_source_still_sending(tmp_path):
    path = str(tmp_path / "m.sock")
    listener = Listener("unix:" + path)
    source = connect("unix:" + path)
    dest = _serve(listener)
    assert source.peer_said() is None                    # quiet so far
    dest.send_hello()
    source.write(b"QEVM")
    assert dest.read(4) == b"QEVM"
    time.sleep(0.05)
    assert source.peer_said() is None and source.peer_is_pyemu   # hello is no verdict
    threading.Thread(target=lambda: (dest.send_reply(False, "Unknown savevm section 99"),
                                     dest.drain_and_close(0.5)), daemon=True).start()
    deadline = time.monotonic() + 5
    said = None
    while said is None and time.monotonic() < deadline:
        source.write(b"x" * 4096)
        try:
            said = source.peer_said()
        except MigrationError:
            said = source.peer_said()
    assert said == ("err", "Unknown savevm section 99")
    source.close()
    listener.close()
    assert not os.path.exists(path)                      # the listener cleans up


def test_silent_close_means_a_qemu_destination():
    a, b = socket.socketpair()
    source = SocketChannel(a, "test")
    b.close()
    assert source.read_reply(2) is None
    assert source.peer_said() == CLOSED
    source.close()


def test_a_pyemu_destination_that_hangs_up_without_a_verdict_failed():
    a, b = socket.socketpair()
    source = SocketChannel(a, "test")
    SocketChannel(b, "dest").send_hello()
    b.close()
    assert source.read_reply(2) == ("err", "the destination closed the connection "
                                           "without confirming the migration")
    source.close()


def test_a_silent_destination_times_out():
    a, b = socket.socketpair()
    source = SocketChannel(a, "test")
    with pytest.raises(MigrationError, match="did not confirm"):
        source.read_reply(0.2)
    source.close()
    b.close()


def test_reply_lines_are_bounded_and_never_evaluated():
    assert parse_reply(REPLY_OK + b"\n") == ("ok", "")
    assert parse_reply(REPLY_ERR + b"bad\x1b[31m\n")[0] == "err"
    assert "\x1b" not in parse_reply(REPLY_ERR + b"bad\x1b[31m\n")[1]
    assert parse_reply(b"__import__('os')\n") == ("err", "unexpected reply from the destination")
    assert parse_reply(b"") is None


def test_abort_unblocks_a_blocked_read_and_write():
    a, b = socket.socketpair()
    reader = SocketChannel(a, "r")
    errors = []

    def blocked():
        try:
            reader.read(10)
            reader.read(10)
        except MigrationError as exc:
            errors.append(str(exc))
    thread = threading.Thread(target=blocked)
    thread.start()
    time.sleep(0.1)
    t0 = time.monotonic()
    reader.abort()
    thread.join(2)
    assert not thread.is_alive() and time.monotonic() - t0 < 1
    assert errors == [] or "cancelled" in errors[0]
    with pytest.raises(MigrationError, match="cancelled"):
        reader.write(b"x")
    reader.close()
    b.close()


def test_connection_refused_is_reported():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(MigrationError, match="Failed to connect to '127.0.0.1:%d'" % port):
        connect("tcp:127.0.0.1:%d" % port)


def test_exec_and_file_channels_round_trip(tmp_path):
    target = tmp_path / "via-exec"
    payload = os.urandom(200_000)
    out = connect("exec:cat > %s" % target)
    out.write(payload)
    out.finish_writing()
    assert out.read_reply(10) is None                     # exit status 0
    out.close()
    inc = Listener("exec:cat %s" % target).accept()
    got = b""
    while True:
        chunk = inc.read(65536)
        if not chunk:
            break
        got += chunk
    inc.close()
    assert got == payload

    out = connect("file:%s,offset=4096" % (tmp_path / "f"))
    out.write(payload)
    out.finish_writing()
    out.close()
    assert (tmp_path / "f").read_bytes() == bytes(4096) + payload
    inc = Listener("file:%s,offset=4096" % (tmp_path / "f")).accept()
    assert inc.read(len(payload) + 10) == payload
    inc.close()


def test_failing_exec_command_is_a_failed_reply(tmp_path):
    out = connect("exec:cat > /nonexistent-dir/x 2>/dev/null")
    try:
        out.write(b"x" * 100)
        out.finish_writing()
    except MigrationError:
        pass
    reply = out.read_reply(10)
    out.close()
    assert reply[0] == "err" and "status" in reply[1]


def test_listening_twice_on_one_port_is_refused():
    first = Listener("tcp:127.0.0.1:0")
    port = first.address[1]
    with pytest.raises(MigrationError, match="Failed to bind socket"):
        Listener("tcp:127.0.0.1:%d" % port)
    first.close()
