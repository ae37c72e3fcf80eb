# Rolling Journal. `make run` opens the app, `make test` runs the tests; both set up
# .venv (and the few Debian packages Qt needs) on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Qt's xcb window needs icccm/keysyms beyond a fresh Debian (its error blames
# libxcb-cursor0 instead); without fonts every glyph renders as an empty box.
QT_PACKAGES := libxcb-icccm4 libxcb-keysyms1 fonts-dejavu-core
HAVE_DISPLAY := $(or $(DISPLAY),$(WAYLAND_DISPLAY))
# The tests also run the freedesktop validators on the menu entry and metainfo, and
# read the physiotherapist report back with pdftotext/pdftoppm (poppler-utils). The
# journal tests also run on a throwaway PostgreSQL server started from the Debian
# `postgresql` package's binaries (initdb, pg_ctl; tools/postgres.py), and so
# do the server benchmarks.
TEST_PACKAGES := desktop-file-utils appstream poppler-utils postgresql

.PHONY: run test lint screenshots translations check-translations bench system-packages test-packages package test-package \
	validate-desktop install-desktop uninstall-desktop icons

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

system-packages:
	@packaging/system-packages.sh $(QT_PACKAGES) $(if $(HAVE_DISPLAY),,xvfb)

run: $(STAMP) system-packages
ifeq ($(HAVE_DISPLAY),)
	@echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running on a virtual X display (Xvfb)."
	xvfb-run -a -s "-screen 0 1440x900x24" $(BIN)/python -m desktop_app $(ARGS)
else
	$(BIN)/python -m desktop_app $(ARGS)
endif

test-packages:
	@packaging/system-packages.sh $(QT_PACKAGES) $(TEST_PACKAGES)

# One worker per core (at most 4: each starts its own PostgreSQL server and Qt). A single
# test or file runs as usual with `.venv/bin/pytest tests/...` (no -n).
test: $(STAMP) test-packages
	$(BIN)/python -m pytest -q -m "not slow" -n auto --maxprocesses=4

# ruff (style, bugs), import-linter (the layers, pyproject.toml) and mypy (types).
lint: $(STAMP)
	$(BIN)/ruff check desktop_app tests tools benchmarks docs packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

screenshots: $(STAMP) test-packages  # pdftoppm (poppler-utils) draws the report pages
	@for script in docs/make_*.py; do echo "$$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

# pyside6-lupdate refreshes resources/translations/*.ts from every tr()/translate() in
# desktop_app/, pyside6-lrelease compiles the .qm files the app loads (commit both).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

# Changes nothing: lists texts missing from a .ts, untranslated, or a stale .qm.
check-translations: $(STAMP)
	$(BIN)/python packaging/translations.py --check

bench: $(STAMP) system-packages test-packages
	$(BIN)/python benchmarks/run.py

# A one-folder PyInstaller bundle in dist/rolling-journal/.
package: $(STAMP)
	packaging/build.sh

# Builds the bundle, then runs it with --smoke (tests marked slow).
test-package: package test-packages
	$(BIN)/python -m pytest -q -m slow

validate-desktop:
	packaging/validate.sh

# The menu entry, metainfo and icons into ~/.local/share (ARGS="--bundle" for the bundle).
install-desktop: $(STAMP)
	packaging/install-desktop.sh $(ARGS)

uninstall-desktop:
	packaging/install-desktop.sh --uninstall

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py
