# advisor: a residency-application advisor for a low or failed USMLE Step score.
#
#   make run     start the advisor (installs what is missing, builds)
#   make test    lint, build and run the whole test suite
#   make bench   release benchmarks (knowledge search vs SQLite FTS5, turns, start-up, memory)
#   make lint    swift format lint;  make format  rewrites the sources in place

SWIFT ?= swift
BUILD_FLAGS ?=
SOURCES := Package.swift Sources Tests Plugins
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test lint format bench clean

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

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

run: build
	@"$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/advisor"

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SOURCES)

format:
	$(SWIFT) format --in-place --recursive --parallel $(SOURCES)

test: deps lint
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

bench: deps
	$(SWIFT) build -c release --product advisor-bench
	$(SWIFT) build -c release --product advisor
	"$$($(SWIFT) build -c release --show-bin-path)/advisor-bench" $(BENCH_ARGS)

clean:
	rm -rf .build
