# pyemu — developer commands.  `make demo` and `make test` work on a fresh
# Debian 12 machine: they create .venv and install what they need.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
# Debian packages the tests use (QEMU for reference outputs and device trees,
# dtc, OpenSBI/U-Boot firmware, gdb-multiarch for the gdb stub tests).
TEST_DEBS := qemu-system-misc qemu-system-data device-tree-compiler opensbi u-boot-qemu gdb-multiarch
TOOLCHAIN_DEBS := gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf gcc-arm-none-eabi \
                  gcc-alpha-linux-gnu qemu-system-arm
GUEST_DIRS := tests/guests tests/guests/arm tests/guests/alpha

.PHONY: demo test warm bench guests fixtures toolchains decode debs venv clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/pyemu-system-riscv64 -M virt -bios none -nographic \
	    -kernel hw/riscv/demo/demo-riscv64-virt.elf

debs:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    echo "installing Debian packages:$$missing"; \
	    SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# The first run of the engine compiles it with numba (about a minute on a
# fresh machine, cached afterwards): do it once up front so that tests with
# timeouts don't pay for it.
warm: $(STAMP)
	@echo "warming numba's cache (compiles the engine on a fresh machine)"
	$(VENV)/bin/pyemu-system-riscv64 -M virt -bios none -display none -serial null \
	    -monitor none -kernel hw/riscv/demo/demo-riscv64-virt.elf

test: $(STAMP) debs warm
	sh tests/migration/fetch_analyze.sh
	$(PY) -m pytest -q tests

bench: $(STAMP)
	$(PY) benchmarks/run.py

toolchains:
	SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(TOOLCHAIN_DEBS) $(TEST_DEBS)

guests:
	for d in $(GUEST_DIRS); do $(MAKE) -C $$d all || exit 1; done

fixtures:
	for d in $(GUEST_DIRS); do $(MAKE) -C $$d fixtures || exit 1; done

decode: $(STAMP)
	$(PY) -m emu.decodetree --regenerate targets/*/decode_*.py

clean:
	rm -rf $(VENV) build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
