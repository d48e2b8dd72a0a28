# micropy: build the two binaries with RPython and run the tests.
#
#   make run            build ./micropy and run examples/demo.py
#   make test           untranslated tests, translate both flavours, corpus on both binaries
#   make help           list every target
#
# Everything the build needs besides CPython 2.7, gcc, make and python3 is installed
# into build/venv from PyPI, with pinned versions.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# --- tools --------------------------------------------------------------------

# CPython 2.7 runs RPython: `python2.7` if it works (a pyenv shim may not), else pyenv's
# 2.7.18, else any pyenv 2.7.x. Override with `make PY27=/path/to/python2.7`.
PYENV_ROOT ?= $(HOME)/.pyenv
ifeq ($(origin PY27),undefined)
PY27 := $(shell \
  if python2.7 -c pass >/dev/null 2>&1; then echo python2.7; \
  elif [ -x "$(PYENV_ROOT)/versions/2.7.18/bin/python" ]; then echo "$(PYENV_ROOT)/versions/2.7.18/bin/python"; \
  else ls -d $(HOME)/.pyenv/versions/2.7*/bin/python 2>/dev/null | tail -n 1; fi)
endif

VENV       := build/venv
VENV_PY    := $(CURDIR)/$(VENV)/bin/python
VENV_STAMP := $(VENV)/.stamp

# Pinned versions of what the venv holds (cffi 1.15.1 is the last for Python 2.7).
VIRTUALENV_PIN := virtualenv==16.7.12
RPYTHON_PIN    := rpython==0.2.1
VENV_PINS      := '$(RPYTHON_PIN)' 'pytest>=4.6,<4.7' 'cffi==1.15.1'

# Interpreter sources: a binary is rebuilt only when one of these changes.
SRC_DIRS := $(wildcard interp objspace hal lib)
SOURCES  := targetmicropy.py $(if $(SRC_DIRS),$(shell find $(SRC_DIRS) -name '*.py'))

# Extra arguments to pytest, e.g. `make test-untranslated PYTEST_ARGS='-k arith -x'`.
PYTEST_ARGS ?=

# Untranslated runs import rpython, which makes a "usession" directory (in /tmp by default,
# after a Mercurial look-up that warns): keep it in build/.
UNTRANSLATED_ENV := PYPY_USESSION_DIR=$(CURDIR)/build/usession-untranslated PYPY_USESSION_BASENAME=untranslated

# UTF-8 so that failure diffs of non-ASCII output print as text, not escapes (Python 2).
PYTEST_ENV := PYTHONIOENCODING=utf-8 $(UNTRANSLATED_ENV)

# Both binaries, as the corpus tests expect them (comma-separated, relative to the repo root).
BINARIES := micropy,micropy-jit

.PHONY: help venv run untranslated test test-untranslated test-binaries bench clean

# help: list the targets.
help:
	@echo "make run                      build ./micropy (-O2) and run examples/demo.py"
	@echo "make test                     untranslated tests, translate both flavours, corpus on both binaries"
	@echo "make micropy                  translate with -O2 into ./micropy"
	@echo "make micropy-jit              translate with -Ojit into ./micropy-jit"
	@echo "make untranslated FILE=x.py [ARGS=...]   run a program on the untranslated interpreter"
	@echo "make test-untranslated        pytest on CPython 2.7: unit tests and the corpus, untranslated"
	@echo "make test-binaries            the corpus on ./micropy and ./micropy-jit (builds them if needed)"
	@echo "make bench [BENCH_ARGS=...]   benchmarks on micropy, micropy-jit, python3, pypy3, MicroPython -> bench/RESULTS.md"
	@echo "make venv                     create build/venv (RPython, pytest) if missing"
	@echo "make clean                    remove build/, the binaries and caches"

# --- the build environment ----------------------------------------------------

# venv: build/venv with rpython and pytest on CPython 2.7; created only when missing.
venv: $(VENV_STAMP)

$(VENV_STAMP):
	@if [ -z "$(PY27)" ]; then echo "error: CPython 2.7 not found (tried python2.7, $(PYENV_ROOT)/versions/2.7*); install it or pass PY27=/path/to/python2.7" >&2; exit 1; fi
	@echo "creating $(VENV) with $(PY27)"
	@rm -rf build/bootstrap $(VENV)
	@mkdir -p build
	@# pip's chatter (and its harmless complaint that rpython wants pytest<3) goes to the log.
	@( set -ex; \
	  $(PY27) -m pip install -q --disable-pip-version-check --target build/bootstrap '$(VIRTUALENV_PIN)'; \
	  PYTHONPATH=build/bootstrap $(PY27) -m virtualenv -q $(VENV); \
	  $(VENV)/bin/pip install -q --disable-pip-version-check $(VENV_PINS); \
	  $(VENV)/bin/python -c 'import rpython, pytest' \
	) >build/venv.log 2>&1 || { echo "error: creating $(VENV) failed; last 30 lines of build/venv.log:" >&2; \
	  tail -n 30 build/venv.log >&2; exit 1; }
	@touch $@
	@echo "$(VENV) ready ($$($(VENV)/bin/python -c 'import pytest; print("pytest " + pytest.__version__)'), $(RPYTHON_PIN))"

# --- translation --------------------------------------------------------------

# C compiler settings of the -O2 flavour (the JIT flavour keeps RPython's defaults): a small
# binary that starts fast (the measurements: bench/RESULTS-size.md).
#  -fno-pie/-no-pie    a fixed-address executable: no run-time relocation of the ~90,000
#                      pointers in the prebuilt data (2 MB of .rela.dyn, start-up time, RSS)
#  -f*-sections + --gc-sections   drop unreferenced functions and data
#  -z noseparate-code  no page-aligned padding around the code segment (7.5 KB of the file)
#  -fno-*unwind-tables no .eh_frame (C code with no C++ exceptions; ~250 KB)
#  -Os -flto           all code compiled for size, optimised across files at link time:
#                      0.29 MB smaller than -O2 (where support/coldcode.py already made
#                      the cold two thirds of the code -Os) for ~10% of speed (bench/
#                      RESULTS-size.md, round 3); `make micropy O2_OPT=-O2` for the faster
#                      build, O2_LTO= without link-time optimisation; the whole program
#                      is optimised as one LTO partition (17 KB smaller than gcc's default
#                      partitions, bench/RESULTS-size.md round 4)
# When musl-gcc is there (Debian: musl-tools; .ci/run installs it when it can) the binary
# is linked statically against musl: no dynamic loader, no libc/libm mappings at start-up
# (0.3 ms instead of 1.1 ms, 1.7 MB peak RSS instead of 3.5 MB), as on the musl-based
# router distributions (OpenWrt). `make micropy MICROPY_MUSL=0` forces glibc. musl's libm
# may differ from glibc's (and CPython's) in the last bit of transcendental results; the
# corpus rounds those (tests/programs/modules/cmath_basic.py).
O2_OPT     ?= -Os
O2_LTO     ?= -flto
O2_CFLAGS  := $(O2_OPT) $(O2_LTO) -fno-pie -ffunction-sections -fdata-sections \
              -fno-asynchronous-unwind-tables -fno-unwind-tables
O2_LDFLAGS := $(O2_OPT) $(if $(O2_LTO),$(O2_LTO)=2 -flto-partition=one) -no-pie -Wl,--gc-sections \
              -Wl,-z,noseparate-code
MICROPY_MUSL ?= $(if $(shell command -v musl-gcc 2>/dev/null),1,0)
ifeq ($(MICROPY_MUSL),1)
# musl-gcc sees only musl's headers: give it the kernel's (linux/, asm/, asm-generic/).
MUSL_KERNEL_HEADERS := $(CURDIR)/build/musl-kernel-headers
# On x86-64, a faster memcpy/memmove than musl's (support/memcpy_x86_64.c).
MUSL_MEMCPY := $(if $(filter x86_64,$(shell uname -m)),$(CURDIR)/build/memcpy_x86_64.o)
O2_ENV := CC=musl-gcc CFLAGS="$(O2_CFLAGS) -isystem $(MUSL_KERNEL_HEADERS)" \
          LDFLAGS="$(O2_LDFLAGS) -static $(MUSL_MEMCPY)"
O2_PREP := mkdir -p $(MUSL_KERNEL_HEADERS) && \
  ln -sfn /usr/include/linux $(MUSL_KERNEL_HEADERS)/linux && \
  ln -sfn /usr/include/asm-generic $(MUSL_KERNEL_HEADERS)/asm-generic && \
  ln -sfn $$(ls -d /usr/include/$$(gcc -print-multiarch 2>/dev/null)/asm /usr/include/asm 2>/dev/null | head -n 1) \
          $(MUSL_KERNEL_HEADERS)/asm \
  $(if $(MUSL_MEMCPY),&& musl-gcc -O2 -fno-builtin -c support/memcpy_x86_64.c -o $(MUSL_MEMCPY))
else
O2_ENV := CFLAGS="$(O2_CFLAGS)" LDFLAGS="$(O2_LDFLAGS)"
O2_PREP := true
endif

# $(call translate,OPTLEVEL,FLAVOUR,BINARY[,ENV]): translate targetmicropy.py into ./BINARY,
# with the environment settings ENV (compiler and flags) for RPython.
# The log goes to build/translate-FLAVOUR.log; each flavour has its own usession
# directory (the last 2 kept), so both can translate at once (make -j2). On failure the
# log's tail is shown; the binary is replaced only on success.
define translate
	@rm -rf build/out-$(2) && mkdir -p build/usession-$(2) build/out-$(2)
	@echo "translating ./$(3) ($(1)), log: build/translate-$(2).log"
	@t0=$$(date +%s); \
	if ! (cd build && $(4) PYPY_USESSION_DIR=$(CURDIR)/build/usession-$(2) PYPY_USESSION_BASENAME=$(2) PYPY_USESSION_KEEP=2 \
	        $(VENV_PY) $(CURDIR)/support/translate.py --batch $(1) --output=$(CURDIR)/build/out-$(2)/$(3) $(CURDIR)/targetmicropy.py) \
	     >build/translate-$(2).log 2>&1; then \
	  echo "error: translating ./$(3) failed; last 40 lines of build/translate-$(2).log:" >&2; \
	  tail -n 40 build/translate-$(2).log >&2; \
	  exit 1; \
	fi; \
	mv -f build/out-$(2)/$(3) $(3); \
	cp $(3) build/$(3).stripped && strip build/$(3).stripped; \
	echo "./$(3): $$(stat -c %s $(3)) bytes, $$(stat -c %s build/$(3).stripped) stripped; translated in $$(( $$(date +%s) - t0 )) s"
endef

# micropy: the -O2 flavour (no JIT: small, fast start).
micropy: $(VENV_STAMP) $(SOURCES) $(wildcard support/*.c support/*.py)
	@$(O2_PREP)
	$(call translate,-O2,O2,micropy,$(O2_ENV))

# micropy-jit: the -Ojit flavour (same source plus the JIT).
micropy-jit: $(VENV_STAMP) $(SOURCES)
	$(call translate,-Ojit,jit,micropy-jit)

# --- running ------------------------------------------------------------------

# run: build ./micropy if needed and run the demo.
run: micropy
	@./micropy examples/demo.py

# untranslated: run FILE (with ARGS) on the interpreter hosted by CPython 2.7.
untranslated: $(VENV_STAMP)
	@if [ -z "$(FILE)" ]; then echo "usage: make untranslated FILE=prog.py [ARGS='...']" >&2; exit 2; fi
	@mkdir -p build/usession-untranslated
	@$(UNTRANSLATED_ENV) $(VENV_PY) -m interp.main $(FILE) $(ARGS)

# --- tests --------------------------------------------------------------------

# test: the three steps in order, each timed; a failing step 1 does not stop steps 2 and 3,
# but make test fails if any step failed. The two translations run in parallel: most of a
# translation is single-threaded Python, and -Ojit takes many times longer than -O2, so on
# 2 cores the -O2 build comes almost free (stub: -O2 28 s + -Ojit 505 s in sequence, both
# in 560 s in parallel; the gain grows with the -O2 time of the real interpreter).
test: $(VENV_STAMP)
	@status=0; t0=$$(date +%s); \
	echo "== step 1/3: untranslated tests"; \
	$(MAKE) --no-print-directory test-untranslated || status=1; \
	t1=$$(date +%s); echo "== step 1/3: untranslated tests: $$((t1 - t0)) s"; \
	echo "== step 2/3: translating ./micropy and ./micropy-jit in parallel"; \
	if $(MAKE) --no-print-directory -j2 --output-sync=line micropy micropy-jit; then \
	  t2=$$(date +%s); echo "== step 2/3: translation: $$((t2 - t1)) s"; \
	  echo "== step 3/3: the corpus on both binaries"; \
	  $(MAKE) --no-print-directory test-binaries || status=1; \
	  t3=$$(date +%s); echo "== step 3/3: binary tests: $$((t3 - t2)) s"; \
	else \
	  status=1; t2=$$(date +%s); echo "== step 2/3: translation FAILED after $$((t2 - t1)) s; binary tests not run"; \
	fi; \
	echo "== total: $$(( $$(date +%s) - t0 )) s"; \
	if [ $$status -ne 0 ]; then echo "== make test: FAILED"; else echo "== make test: ok"; fi; \
	exit $$status

# test-untranslated: unit tests and the corpus on the untranslated interpreter (no binary tests).
test-untranslated: $(VENV_STAMP)
	$(PYTEST_ENV) $(VENV_PY) -m pytest -m 'not binary' tests $(PYTEST_ARGS)

# test-binaries: the corpus on both binaries, which must exist (built here if stale).
test-binaries: $(VENV_STAMP) micropy micropy-jit
	$(PYTEST_ENV) MICROPY_BINARIES=$(BINARIES) MICROPY_REQUIRE_BINARIES=1 $(VENV_PY) -m pytest -m binary tests $(PYTEST_ARGS)

# bench: the benchmark suite on every interpreter (bench/run.py, see bench/README.md), after
# building the binaries when missing or stale; never part of `make test`. To time other
# builds: python3 bench/run.py --micropy PATH --micropy-jit PATH [--size small --rounds 1].
bench: micropy micropy-jit
	python3 bench/run.py $(BENCH_ARGS)

# clean: remove everything the build made (the venv included).
clean:
	rm -rf build micropy micropy-jit .pytest_cache
	find . -name '*.pyc' -delete -o -name __pycache__ -prune -exec rm -rf {} +
