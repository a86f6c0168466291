# advisor: a residency-application advisor for a low or failed USMLE Step score.
#
#   make run     start the advisor (installs what is missing, builds)
#   make test    lint, build and run the whole test suite
#   make bench   release benchmarks (knowledge search vs SQLite FTS5, turns, start-up, memory)
#   make lint    swift format lint;  make format  rewrites the sources in place
#   make install    the release binary, its man page and bash/zsh/fish completions under PREFIX
#                   (default ~/.local; DESTDIR is honoured);  make uninstall  removes them

# Make's own variables (and `_`, the last command's path, which differs between make and a shell)
# are kept out of swift's environment: SwiftPM relinks the build plugin's tool when its
# environment changes, so `make run` after `swift build` (or the reverse) would rebuild.
SWIFT ?= env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS -u MAKEOVERRIDES -u _ swift
BUILD_FLAGS ?=
SOURCES := Package.swift Sources Tests Plugins
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= $(HOME)/.local
DESTDIR ?=
# What `make install` builds; the installed-layout check in `make test` reuses the debug build.
INSTALL_CONFIGURATION ?= release
BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALLED := $(BINDIR)/advisor $(MANDIR)/advisor.1 $(BASH_COMPLETIONS)/advisor \
  $(ZSH_COMPLETIONS)/_advisor $(FISH_COMPLETIONS)/advisor.fish

.PHONY: all deps test-deps build run test lint format bench clean install uninstall check-install

all: build

# System packages the build and tests need; each is installed only when missing.
deps:
	@missing=""; \
	pkg-config --exists libedit 2>/dev/null || missing="$$missing libedit-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# What only the tests need: the shells whose completion scripts the install check runs.
test-deps:
	@missing=""; \
	command -v zsh >/dev/null 2>&1 || missing="$$missing zsh"; \
	command -v fish >/dev/null 2>&1 || missing="$$missing fish"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

run: build
	@"$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/advisor"

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SOURCES)

format:
	$(SWIFT) format --in-place --recursive --parallel $(SOURCES)

test: deps test-deps lint
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)
	@$(MAKE) --no-print-directory check-install
	@# SwiftPM re-plans (relinking the knowledge-pack tool) when a build switches between
	@# --build-tests and a plain build; ending on the plain one keeps the next `make run` at a
	@# fraction of a second.
	@$(SWIFT) build $(BUILD_FLAGS) >/dev/null

# The man page comes from swift-argument-parser's generate-manual plugin (its blank lines, which
# mdoc warns about, become paragraph breaks), the completion scripts from the binary itself; both
# describe the commands exactly as they parse.
install: deps
	$(SWIFT) build -c $(INSTALL_CONFIGURATION) --product advisor $(BUILD_FLAGS)
	$(SWIFT) package generate-manual --configuration $(INSTALL_CONFIGURATION) >/dev/null
	@bin="$$($(SWIFT) build -c $(INSTALL_CONFIGURATION) --show-bin-path)/advisor"; \
	set -e; \
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASH_COMPLETIONS)" "$(ZSH_COMPLETIONS)" "$(FISH_COMPLETIONS)"; \
	install -m 755 "$$bin" "$(BINDIR)/advisor"; \
	sed 's/^$$/.Pp/' .build/plugins/GenerateManual/outputs/advisor/advisor.1 > "$(MANDIR)/advisor.1"; \
	chmod 644 "$(MANDIR)/advisor.1"; \
	"$$bin" --generate-completion-script bash > "$(BASH_COMPLETIONS)/advisor"; \
	"$$bin" --generate-completion-script zsh > "$(ZSH_COMPLETIONS)/_advisor"; \
	"$$bin" --generate-completion-script fish > "$(FISH_COMPLETIONS)/advisor.fish"; \
	for file in $(INSTALLED); do echo "installed $$file"; done; \
	case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; \
	  *) echo "note: $(PREFIX)/bin is not on your PATH; add it to run 'advisor' from anywhere";; \
	esac

uninstall:
	rm -f $(INSTALLED)

# Installs the debug build into a temporary prefix and checks what a user would use there.
check-install:
	@Tests/InstallLayout/check-install.sh

bench: deps
	$(SWIFT) build -c release --product advisor-bench
	$(SWIFT) build -c release --product advisor
	"$$($(SWIFT) build -c release --show-bin-path)/advisor-bench" $(BENCH_ARGS)

clean:
	rm -rf .build
