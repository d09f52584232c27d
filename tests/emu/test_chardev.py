"""Chardevs driven by a real EventLoop: null, file, unix/tcp sockets,
the mux's Ctrl-A escapes, flow control, and the loop itself."""
import os
import socket
import threading
import time

import pytest

from emu.chardev import (ChardevError, ChardevEvent, ChardevRegistry,
                         MuxChardev, create_chardev, mux_help_text)
from emu.chardev.backends import FdChardev, StdioChardev
from emu.event_loop import EventLoop, bql


@pytest.fixture
def loop():
    ev = EventLoop()
    yield ev
    ev.close()


def pump(loop, until, timeout=2.0):
    end = time.monotonic() + timeout
    while not until():
        assert time.monotonic() < end, "timed out"
        loop.run_once(0.01)


class Frontend:
    """A device model stand-in with a receive FIFO of limited room."""

    def __init__(self, room=1 << 20):
        self.room = room
        self.got = bytearray()
        self.events = []

    def attach(self, chardev):
        chardev.set_frontend(lambda: self.room - len(self.got), self.got.extend)
        chardev.set_event_handler(self.events.append)
        return self


# -- event loop --------------------------------------------------------------

def test_loop_reader_timer_and_call_soon_from_thread(loop):
    r, w = os.pipe()
    seen = []
    loop.add_reader(r, lambda: seen.append(os.read(r, 10)))
    os.write(w, b"hi")
    loop.run_once(1)
    assert seen == [b"hi"]
    loop.remove_reader(r)
    handle = loop.call_later(0.01, lambda: seen.append("late"))
    cancelled = loop.call_later(0.01, lambda: seen.append("never"))
    cancelled.cancel()
    pump(loop, lambda: "late" in seen)
    threading.Thread(target=lambda: loop.call_soon(loop.stop)).start()
    loop.run_forever()
    assert "never" not in seen and handle.cancelled is False
    os.close(r), os.close(w)


def test_callbacks_hold_bql_and_errors_do_not_kill_the_loop(loop, capsys):
    held = []

    def boom():
        raise RuntimeError("bad device")
    loop.call_soon(boom)
    loop.call_soon(lambda: held.append(bql._is_owned()))
    loop.run_once(0)
    assert held == [True]
    assert "pyemu: error in callback" in capsys.readouterr().err


# -- simple backends ---------------------------------------------------------

def test_null_backend(loop):
    chardev = create_chardev("null", loop)
    assert chardev.write(b"abc") == 3


def test_file_backend(loop, tmp_path):
    path = tmp_path / "out.txt"
    chardev = create_chardev(f"file,id=f,path={path}", loop)
    chardev.write(b"hello ")
    chardev.close()
    chardev = create_chardev(f"file:{path}", loop)
    chardev.write(b"world")
    chardev.close()
    assert path.read_bytes() == b"world"
    chardev = create_chardev({"backend": "file", "path": str(path), "append": "on"}, loop)
    chardev.write(b"!")
    chardev.close()
    assert path.read_bytes() == b"world!"


def test_file_open_error(loop, tmp_path):
    with pytest.raises(ChardevError, match="Could not open '.*': No such file or directory"):
        create_chardev(f"file:{tmp_path}/no/such/dir/x", loop)


def test_stdio_on_pipes_with_flow_control(loop):
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    chardev = StdioChardev("serial0", loop, in_fd=in_r, out_fd=out_w)
    fe = Frontend(room=3).attach(chardev)
    os.write(in_w, b"abcdef")
    pump(loop, lambda: len(fe.got) == 3)
    assert bytes(fe.got) == b"abc" and chardev.pending_input == 3
    fe.room = 10
    pump(loop, lambda: len(fe.got) == 6)
    assert bytes(fe.got) == b"abcdef"
    chardev.write(b"out")
    assert os.read(out_r, 10) == b"out"
    chardev.close()
    for fd in (in_r, in_w, out_r, out_w):
        os.close(fd)


# -- sockets -------------------------------------------------------------------

def test_unix_server_and_client(loop, tmp_path):
    path = str(tmp_path / "s.sock")
    server = create_chardev(f"socket,id=srv,path={path},server=on,wait=off", loop)
    fe_server = Frontend().attach(server)
    server.write(b"dropped")            # no peer yet
    client = create_chardev(f"unix:{path}", loop)
    fe_client = Frontend().attach(client)
    pump(loop, lambda: ChardevEvent.OPENED in fe_server.events)
    pump(loop, lambda: ChardevEvent.OPENED in fe_client.events)
    client.write(b"ping")
    pump(loop, lambda: bytes(fe_server.got) == b"ping")
    server.write(b"pong")
    pump(loop, lambda: bytes(fe_client.got) == b"pong")
    client.close()
    pump(loop, lambda: ChardevEvent.CLOSED in fe_server.events)
    assert not server.connected
    # the server listens again
    again = socket.socket(socket.AF_UNIX)
    again.connect(path)
    pump(loop, lambda: server.connected)
    again.close()
    server.close()
    assert not os.path.exists(path)


def test_tcp_server_client_on_localhost(loop):
    server = create_chardev("tcp:127.0.0.1:0,server=on,wait=off", loop, label="serial0")
    host, port = server.address
    fe = Frontend().attach(server)
    client = create_chardev(f"socket,id=c,host=127.0.0.1,port={port}", loop)
    client.write(b"x" * 10000)
    pump(loop, lambda: len(fe.got) == 10000)
    client.close()
    server.close()


def test_client_connect_error(loop, tmp_path):
    with pytest.raises(ChardevError, match="Failed to connect to '.*nothing.sock': "):
        create_chardev(f"socket,id=c,path={tmp_path}/nothing.sock", loop)


# -- the mux -------------------------------------------------------------------

@pytest.fixture
def mux_setup(loop):
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    os.set_blocking(out_r, False)
    quits = []
    backend = FdChardev("stdio", loop, in_r, out_w)
    backend.opened = True
    mux = MuxChardev("serial0", loop, backend, on_quit=lambda: quits.append(1))
    monitor = Frontend().attach(mux.add_frontend())
    serial = Frontend().attach(mux.add_frontend())
    yield loop, mux, monitor, serial, in_w, out_r, quits
    mux.close()
    for fd in (in_r, in_w, out_r, out_w):
        os.close(fd)


def read_all(fd):
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return b""


def test_mux_input_goes_to_focused_frontend(mux_setup):
    loop, mux, monitor, serial, in_w, out_r, quits = mux_setup
    assert mux.frontends[1].has_focus                  # last added: the serial port
    os.write(in_w, b"ls\r")
    pump(loop, lambda: bytes(serial.got) == b"ls\r")
    os.write(in_w, b"a\x01cinfo\x01cb")               # C-a c switches, twice
    pump(loop, lambda: bytes(monitor.got) == b"info" and serial.got.endswith(b"b"))
    assert bytes(serial.got) == b"ls\rab"
    assert ChardevEvent.MUX_IN in monitor.events and ChardevEvent.MUX_OUT in monitor.events


def test_mux_ctrl_a_ctrl_a_sends_one(mux_setup):
    loop, mux, monitor, serial, in_w, out_r, quits = mux_setup
    os.write(in_w, b"\x01\x01z")
    pump(loop, lambda: bytes(serial.got) == b"\x01z")


def test_mux_help_and_quit(mux_setup):
    loop, mux, monitor, serial, in_w, out_r, quits = mux_setup
    os.write(in_w, b"\x01h")
    out = bytearray()
    pump(loop, lambda: out.extend(read_all(out_r)) or len(out) >= len(mux_help_text()))
    assert bytes(out) == (b"\n\rC-a h    print this help\n\rC-a x    exit emulator\n\r"
                               b"C-a s    save disk data back to file (if -snapshot)\n\r"
                               b"C-a t    toggle console timestamps\n\r"
                               b"C-a b    send break (magic sysrq)\n\r"
                               b"C-a c    switch between console and monitor\n\r"
                               b"C-a C-a  sends C-a\n\r")
    os.write(in_w, b"\x01x")
    pump(loop, lambda: quits == [1])
    assert read_all(out_r) == b"QEMU: Terminated\n\r"
    assert serial.got == b""


def test_mux_break_and_output_from_all_frontends(mux_setup):
    loop, mux, monitor, serial, in_w, out_r, quits = mux_setup
    os.write(in_w, b"\x01b")
    pump(loop, lambda: ChardevEvent.BREAK in serial.events)
    mux.frontends[0].write(b"(qemu) ")
    mux.frontends[1].write(b"guest\n")
    assert read_all(out_r) == b"(qemu) guest\n"


def test_mux_timestamps_toggle(mux_setup):
    loop, mux, monitor, serial, in_w, out_r, quits = mux_setup
    os.write(in_w, b"\x01t")
    pump(loop, lambda: mux.timestamps)
    mux.frontends[1].write(b"a\nb")
    assert read_all(out_r) == b"a\n[00:00:00.000] b"


def test_mon_stdio_spec_makes_a_mux(loop, monkeypatch):
    monkeypatch.setattr(StdioChardev, "__init__", _fake_stdio_init)
    chardev = create_chardev("mon:stdio", loop)
    assert isinstance(chardev, MuxChardev)
    chardev.close()


def _fake_stdio_init(self, label, loop, signal=True):
    """A stdio chardev on /dev/null, so tests never touch the real terminal."""
    self._term = None
    FdChardev.__init__(self, label, loop, None, os.open(os.devnull, os.O_WRONLY))


# -- the registry --------------------------------------------------------------

def test_registry_ids_and_stdio_once(loop, monkeypatch):
    monkeypatch.setattr(StdioChardev, "__init__", _fake_stdio_init)
    registry = ChardevRegistry(loop)
    null = registry.create("null,id=n0")
    assert registry.create("chardev:n0") is null
    with pytest.raises(ChardevError, match="Duplicate ID 'n0' for chardev"):
        registry.create("null,id=n0")
    with pytest.raises(ChardevError, match='chardev "zz" not found'):
        registry.get("zz")
    registry.create("stdio", label="serial0")
    with pytest.raises(ChardevError, match="cannot use stdio by multiple character devices"):
        registry.create("stdio,id=s1")
    registry.close_all()


def test_pty_announces_itself(loop, capsys):
    chardev = create_chardev("pty", loop, label="serial0")
    out = capsys.readouterr().out
    assert out == f"char device redirected to {chardev.pty_name} (label serial0)\n"
    slave = os.open(chardev.pty_name, os.O_RDWR | os.O_NOCTTY)
    fe = Frontend().attach(chardev)
    os.write(slave, b"k")
    pump(loop, lambda: bytes(fe.got) == b"k")
    chardev.write(b"out")
    assert os.read(slave, 3) == b"out"
    os.close(slave)
    chardev.close()
