"""The QEMU-compatible command line: every option, and QEMU's error wording."""
import pytest

from emu.cli.options import (OPTIONS, HelpRequested, UsageError, find_option,
                             help_text, parse_command_line, version_text)

PROG = "pyemu-system-riscv64"


def parse(line):
    return parse_command_line(line.split(), PROG)


# option word, argument (None: flag), check on the parsed Options
EVERY_OPTION = [
    ("-M", "virt,dumpdtb=v.dtb", lambda o: o.machine == {"type": "virt", "dumpdtb": "v.dtb"}),
    ("-machine", "spike", lambda o: o.machine_type == "spike"),
    ("-cpu", "rv64", lambda o: o.cpu == "rv64"),
    ("-m", "256M", lambda o: o.ram_size == 256 << 20),
    ("-smp", "4", lambda o: o.smp["cpus"] == 4 and o.smp["cores"] == 4),
    ("-kernel", "x.elf", lambda o: o.kernel == "x.elf"),
    ("-bios", "none", lambda o: o.bios == "none"),
    ("-append", "console=ttyS0", lambda o: o.append == "console=ttyS0"),
    ("-initrd", "rd.img", lambda o: o.initrd == "rd.img"),
    ("-dtb", "b.dtb", lambda o: o.dtb == "b.dtb"),
    ("-nographic", None, lambda o: o.nographic and o.display == {"type": "none"}),
    ("-display", "none", lambda o: o.display == {"type": "none"}),
    ("-vga", "none", lambda o: o.vga == "none"),
    ("-nic", "none", lambda o: o.nics == [{"type": "none"}]),
    ("-net", "none", lambda o: o.net == ["none"]),
    ("-serial", "stdio", lambda o: o.serial == ["stdio"]),
    ("-parallel", "null", lambda o: o.parallel == ["null"]),
    ("-monitor", "null", lambda o: o.mon == [{"chardev": "compat_monitor0",
                                              "mode": "readline", "pretty": False}]),
    ("-qmp", "unix:/tmp/q.sock,server=on,wait=off",
     lambda o: o.mon[0]["mode"] == "control"
     and o.chardevs[0]["path"] == "/tmp/q.sock"),
    ("-qmp-pretty", "null", lambda o: o.mon[0]["pretty"]),
    ("-chardev", "null,id=c0", lambda o: o.chardevs == [{"backend": "null", "id": "c0"}]),
    ("-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
     lambda o: o.devices == [{"driver": "isa-debug-exit", "iobase": "0xf4", "iosize": "0x04"}]),
    ("-global", "virtio-mmio.force-legacy=false",
     lambda o: o.globals == [{"driver": "virtio-mmio", "property": "force-legacy",
                              "value": "false"}]),
    ("-name", "guest1,process=p", lambda o: o.name == "guest1"),
    ("-S", None, lambda o: o.start_paused),
    ("-s", None, lambda o: o.gdb == ["tcp::1234"]),
    ("-gdb", "tcp::4321", lambda o: o.gdb == ["tcp::4321"]),
    ("-d", "in_asm,int", lambda o: o.log_items == {"in_asm", "int"}),
    ("-D", "pyemu.log", lambda o: o.log_file == "pyemu.log"),
    ("-icount", "shift=3,align=off,sleep=off",
     lambda o: o.icount == {"shift": 3, "align": False, "sleep": False}),
    ("-incoming", "defer", lambda o: o.incoming == "defer"),
    ("-loadvm", "snap1", lambda o: o.loadvm == "snap1"),
    ("-no-reboot", None, lambda o: o.no_reboot),
    ("-no-shutdown", None, lambda o: o.no_shutdown),
    ("-semihosting", None, lambda o: o.semihosting),
    ("-semihosting-config", "enable=on,target=native,arg=a,arg=b",
     lambda o: o.semihosting and o.semihosting_config["args"] == ["a", "b"]),
    ("-rtc", "base=2006-06-17T16:01:21,clock=vm", lambda o: o.rtc["clock"] == "vm"),
    ("-accel", "tcg,thread=single", lambda o: o.accel == [{"accel": "tcg", "thread": "single"}]),
    ("-L", "/usr/share/qemu", lambda o: o.bios_dirs == ["/usr/share/qemu"]),
    ("-snapshot-dir", "/tmp/snaps", lambda o: o.snapshot_dir == "/tmp/snaps"),
    ("-mon", "chardev=c0,mode=control", None),
    ("-nodefaults", None, lambda o: o.serial == [] and o.mon == []),
    ("-exit-on-halt", None, lambda o: o.exit_on_halt),
]


@pytest.mark.parametrize("word,arg,check", EVERY_OPTION, ids=[e[0] for e in EVERY_OPTION])
def test_every_option_parses(word, arg, check):
    argv = [word] if arg is None else [word, arg]
    if word == "-mon":
        options = parse_command_line(["-chardev", "null,id=c0"] + argv, PROG)
        assert options.mon == [{"chardev": "c0", "mode": "control", "pretty": False}]
        return
    assert check(parse_command_line(argv, PROG))
    # the double-dash spelling is the same option
    assert check(parse_command_line(["-" + word] + argv[1:], PROG))


def test_table_covers_the_brief():
    wanted = ("M machine cpu m smp kernel bios append initrd dtb nographic display "
              "vga nic net serial parallel monitor qmp mon chardev device global "
              "name S s gdb d D icount incoming loadvm no-reboot no-shutdown "
              "semihosting semihosting-config rtc accel h help version L snapshot-dir")
    for name in wanted.split():
        assert find_option(name) is not None, name
    assert all(opt.group and opt.help for opt in OPTIONS)


@pytest.mark.parametrize("line", [
    "-M virt -bios none -nographic -kernel x.elf",
    "-M spike -nographic -bios none -kernel x.elf",
    "-M virt -cpu cortex-a15 -nographic -semihosting -kernel x.elf",
    "-M pc -display none -serial stdio -nic none -device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel x.elf",
    "-M malta -nographic -semihosting -kernel x.elf",
    "-M leon3_generic -nographic -kernel x.elf",
    "-M arduino-uno -nographic -bios x.elf",
    "-M clipper -nographic -bios x.elf",
])
def test_boards_md_command_lines(line):
    options = parse(line)
    assert options.machine_type == line.split()[1]
    assert options.serial in (["mon:stdio"], ["stdio"])


def test_nographic_defaults():
    options = parse("-nographic")
    assert options.serial == ["mon:stdio"] and options.mon == []
    options = parse("-nographic -serial null")
    assert options.serial == ["null"]
    assert options.chardev_by_id("compat_monitor0")["backend"] == "stdio"
    options = parse("-nographic -monitor none")
    assert options.serial == ["stdio"] and options.mon == []
    assert parse("-display none").serial == ["vc:80Cx24C"]


def test_memory_forms():
    assert parse("-m 128").ram_size == 128 << 20
    assert parse("-m 1G").ram_size == 1 << 30
    assert parse("-m size=64M").ram_size == 64 << 20
    assert parse("-m 0").ram_size is None
    assert parse("-m 1000k").ram_size == 1024000


def test_smp_topology():
    assert parse("-smp 2").smp == {"cpus": 2, "maxcpus": 2, "sockets": 1, "dies": 1,
                                   "clusters": 1, "cores": 2, "threads": 1}
    smp = parse("-smp cpus=2,maxcpus=4,sockets=2").smp
    assert (smp["cpus"], smp["maxcpus"], smp["sockets"], smp["cores"]) == (2, 4, 2, 2)


def test_icount_auto_and_shift_zero():
    assert parse("-icount shift=auto").icount["shift"] == "auto"
    assert parse("-icount 0").icount["shift"] == 0


def test_positional_argument_is_a_drive():
    assert parse("disk.img").drives == ["disk.img"]


MALFORMED = [
    ("-foo", "-foo: invalid option"),
    ("--foo", "--foo: invalid option"),
    ("-nographic=on", "-nographic=on: invalid option"),
    ("-m", "-m: requires an argument"),
    ("-device", "-device: requires an argument"),
    ("-M virt -kernel", "-kernel: requires an argument"),
    ("-m 12X", "-m 12X: Parameter 'size' expects a non-negative number below 2^64"),
    ("-m -5", "-m -5: Parameter 'size' expects a non-negative number below 2^64"),
    ("-m 128,foo=1", "-m 128,foo=1: Invalid parameter 'foo'"),
    ("-m 128,slots=2", "slots specified but no max-size"),
    ("-m 128,maxmem=64M,slots=1", "invalid value of maxmem: maximum memory size "
     "(0x4000000) must be at least the initial memory size (0x8000000)"),
    ("-smp foo", "Parameter 'smp.cpus' expects integer"),
    ("-smp 2,bogus=1", "Parameter 'smp.bogus' is unexpected"),
    ("-smp cpus=2,sockets=1,cores=x", "Parameter 'smp.cores' expects integer"),
    ("-smp cpus=2,maxcpus=1", "Invalid CPU topology: maxcpus must be equal to or greater "
     "than smp: sockets (1) * cores (1) * threads (1) == maxcpus (1) < smp_cpus (2)"),
    ("-smp 4,sockets=3", "Invalid CPU topology: product of the hierarchy must match "
     "maxcpus: sockets (3) * cores (1) * threads (1) != maxcpus (4)"),
    ("-icount foo", "-icount foo: icount: Invalid shift value"),
    ("-icount shift=20", "-icount shift=20: icount: Invalid shift value"),
    ("-icount align=on", "-icount align=on: Please specify shift option when using align"),
    ("-icount shift=3,sleep=off,align=on",
     "-icount shift=3,sleep=off,align=on: align=on and sleep=off are incompatible"),
    ("-icount shift=3,sleep=maybe", "-icount shift=3,sleep=maybe: Parameter 'sleep' expects 'on' or 'off'"),
    ("-icount 3,foo=1", "-icount 3,foo=1: Invalid parameter 'foo'"),
    ("-d foo", "-d foo: unknown log item 'foo'"),
    ("-d in_asm,bar", "-d in_asm,bar: unknown log item 'bar'"),
    ("-serial foo", "-serial foo: 'foo' is not a valid char driver"),
    ("-serial tcp:", "-serial tcp:: could not connect serial device to character backend 'tcp:'"),
    ("-serial file:", "-serial file:: Could not open '': No such file or directory"),
    ("-serial chardev:zz", "-serial chardev:zz: could not connect serial device to "
     "character backend 'chardev:zz'"),
    ("-monitor foo", "-monitor foo: 'foo' is not a valid char driver"),
    ("-qmp tcp:x", "-qmp tcp:x: parse error: tcp:x"),
    ("-chardev null", "-chardev null: chardev: no id specified"),
    ("-chardev bogus,id=a", "-chardev bogus,id=a: 'bogus' is not a valid char driver name"),
    ("-chardev null,id=a -chardev null,id=a", "-chardev null,id=a: Duplicate ID 'a' for chardev"),
    ("-chardev null,id=a,foo=bar", "-chardev null,id=a,foo=bar: Invalid parameter 'foo'"),
    ("-chardev file,id=a", "-chardev file,id=a: chardev: file: no filename given"),
    ("-chardev socket,id=a,host=x", "-chardev socket,id=a,host=x: chardev: socket: no port given"),
    ("-chardev socket,id=a,path=/tmp/x,server=maybe",
     "-chardev socket,id=a,path=/tmp/x,server=maybe: Parameter 'server' expects 'on' or 'off'"),
    ("-chardev socket,id=a,path=/tmp/x,wait=off", "-chardev socket,id=a,path=/tmp/x,wait=off: "
     "'wait' option is incompatible with socket in client connect mode"),
    ("-chardev stdio,id=a,signal=maybe", "-chardev stdio,id=a,signal=maybe: Parameter 'signal' expects 'on' or 'off'"),
    ("-mon mode=readline", "-mon mode=readline: Parameter 'chardev' is missing"),
    ("-mon chardev=zz", "-mon chardev=zz: chardev \"zz\" not found"),
    ("-mon chardev=a,mode=foo -chardev null,id=a", "-mon chardev=a,mode=foo: Parameter 'mode' does not accept value 'foo'"),
    ("-mon chardev=a,pretty=maybe -chardev null,id=a", "-mon chardev=a,pretty=maybe: Parameter 'pretty' expects 'on' or 'off'"),
    ("-M virt,dumpdtb", "-M virt,dumpdtb: Expected '=' after parameter 'dumpdtb'"),
    ("-display foo", "-display foo: Parameter 'type' does not accept value 'foo'"),
    ("-display none,foo=1", "-display none,foo=1: Parameter 'foo' is unexpected"),
    ("-vga foo", "unknown vga type: foo"),
    ("-nic foo", "-nic foo: Parameter 'type' does not accept value 'foo'"),
    ("-nic user,foo=1", "-nic user,foo=1: Invalid parameter 'foo'"),
    ("-accel foo", "-accel foo: invalid accelerator foo"),
    ("-global foo", "-global foo: Invalid parameter 'foo'"),
    ("-name guest=x,debug-threads=maybe", "-name guest=x,debug-threads=maybe: Parameter 'debug-threads' expects 'on' or 'off'"),
    ("-name foo,bar=1", "-name foo,bar=1: Invalid parameter 'bar'"),
    ("-semihosting-config enable=maybe", "-semihosting-config enable=maybe: Parameter 'enable' expects 'on' or 'off'"),
    ("-semihosting-config target=foo", "-semihosting-config target=foo: unsupported semihosting-config target=foo"),
    ("-semihosting-config foo=bar", "-semihosting-config foo=bar: Invalid parameter 'foo'"),
    ("-rtc base=foo", "invalid datetime format"),
    ("-rtc clock=foo", "invalid option value 'foo'"),
    ("-rtc foo=1", "-rtc foo=1: Invalid parameter 'foo'"),
    ("-qmp stdio -monitor stdio", "-monitor stdio: cannot use stdio by multiple character devices"),
    ("-monitor stdio -serial stdio", "-serial stdio: cannot use stdio by multiple character devices"),
]


@pytest.mark.parametrize("line,message", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_command_lines(line, message):
    with pytest.raises(UsageError) as info:
        parse(line)
    assert str(info.value) == message


def test_usage_error_full_text_has_hint():
    with pytest.raises(UsageError) as info:
        parse("-m 12X")
    assert info.value.full_text(PROG) == (
        f"{PROG}: -m 12X: Parameter 'size' expects a non-negative number below 2^64\n"
        "Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\n"
        "and exabytes, respectively.\n")


def test_help_and_version_stop_parsing():
    with pytest.raises(HelpRequested) as info:
        parse("-h -foo")
    assert info.value.status == 0
    assert info.value.text == help_text(PROG)
    with pytest.raises(HelpRequested) as info:
        parse("-version")
    assert info.value.text.startswith(f"{PROG} version 0.1.0 (pyemu), QEMU 7.2 compatible\n")
    assert version_text(PROG) == info.value.text


def test_help_lists_options_in_qemu_layout():
    text = help_text(PROG)
    assert "\nStandard options:\n-h or -help     display this help and exit\n" in text
    assert "\n-nographic      disable graphical output" in text
    assert "\n-snapshot-dir dir\n                store savevm snapshots" in text
    assert "-exit-on-halt" in text


@pytest.mark.parametrize("line,start", [
    ("-d help", "Log items (comma separated):"),
    ("-chardev help", "Available chardev backend types: \n  null"),
    ("-accel help", "Accelerators supported in QEMU binary:\ntcg"),
])
def test_help_lists(line, start):
    with pytest.raises(HelpRequested) as info:
        parse(line)
    assert info.value.text.startswith(start)


def test_registry_help_is_recorded():
    options = parse("-M help -cpu help -device help -device virtio-net-device,help")
    assert options.help_requests == [("machine", None), ("cpu", None),
                                     ("device", None), ("device", "virtio-net-device")]


def test_smp_zero_warns():
    assert parse("-smp 0").warnings == [
        "Deprecated CPU topology (considered invalid): CPU topology parameters "
        "must be greater than zero"]
