#!/bin/sh
# Installs the advisor into a temporary prefix (the debug build `make test` made) and checks what
# a user gets there: the binary runs from another folder by its name, `man` finds the page, the
# shell completions load and complete, and `make uninstall` leaves nothing behind.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/advisor-install.XXXXXX")
elsewhere=$(mktemp -d "${TMPDIR:-/tmp}/advisor-elsewhere.XXXXXX")
trap 'rm -rf "$prefix" "$elsewhere"' EXIT

failures=0
fail() {
  echo "check-install: $*" >&2
  failures=$((failures + 1))
}

log="$prefix/install.log"
if ! make -C "$root" --no-print-directory install PREFIX="$prefix" INSTALL_CONFIGURATION=debug \
  >"$log" 2>&1; then
  cat "$log" >&2
  echo "check-install: make install failed" >&2
  exit 1
fi
rm -f "$log"

for file in bin/advisor share/man/man1/advisor.1 share/bash-completion/completions/advisor \
  share/zsh/site-functions/_advisor share/fish/vendor_completions.d/advisor.fish; do
  [ -s "$prefix/$file" ] || fail "$file is missing or empty"
done
[ -x "$prefix/bin/advisor" ] || fail "bin/advisor is not executable"

# By name, from a folder that is not the checkout, with a private state folder.
cd "$elsewhere"
path="$prefix/bin:/usr/local/bin:/usr/bin:/bin"
run() { env PATH="$path" XDG_STATE_HOME="$elsewhere/state" NO_COLOR=1 "$@"; }
run advisor --help | grep -q "USAGE: advisor" || fail "'advisor --help' does not show the usage"
run advisor ask how many programs should I email | grep -q "Source:" ||
  fail "'advisor ask' does not answer with its source"

# man-db finds pages in PREFIX/share/man for a PREFIX/bin on the PATH.
if command -v man >/dev/null 2>&1; then
  page=$(run man -w advisor 2>/dev/null || true)
  [ "$page" = "$prefix/share/man/man1/advisor.1" ] || fail "'man -w advisor' found '$page'"
  warnings=$(MANWIDTH=80 man -l "$prefix/share/man/man1/advisor.1" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "the man page renders with warnings: $warnings"
fi
grep -q "^\.Dt ADVISOR 1" "$prefix/share/man/man1/advisor.1" || fail "the man page has no title"

completed=$(bash -c '
  . "$1/share/bash-completion/completions/advisor"
  COMP_WORDS=(advisor ad); COMP_CWORD=1; COMP_LINE="advisor ad"; COMP_POINT=10
  _advisor advisor ad advisor
  echo "${COMPREPLY[*]}"' bash "$prefix")
[ "$completed" = "advise" ] || fail "bash completes 'advisor ad' to '$completed', not 'advise'"
head -n 1 "$prefix/share/zsh/site-functions/_advisor" | grep -q "^#compdef advisor" ||
  fail "the zsh completion does not start with #compdef advisor"
grep -q "complete -c 'advisor'\|complete -c advisor" \
  "$prefix/share/fish/vendor_completions.d/advisor.fish" || fail "the fish completion names no advisor"
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$prefix/share/zsh/site-functions/_advisor" || fail "the zsh completion does not parse"
fi
if command -v zsh >/dev/null 2>&1; then
  found=$(zsh -c "fpath=($prefix/share/zsh/site-functions \$fpath); autoload -U compinit; \
    compinit -u -D; whence -w _advisor" 2>/dev/null)
  [ "$found" = "_advisor: function" ] || fail "zsh does not load the _advisor completion"
fi
if command -v fish >/dev/null 2>&1; then
  fish -n "$prefix/share/fish/vendor_completions.d/advisor.fish" ||
    fail "the fish completion does not parse"
  completed=$(PATH="$prefix/bin:$PATH" fish -c \
    "source $prefix/share/fish/vendor_completions.d/advisor.fish; complete -C 'advisor ad'" |
    cut -f1)
  [ "$completed" = "advise" ] || fail "fish completes 'advisor ad' to '$completed', not 'advise'"
fi

make -C "$root" --no-print-directory uninstall PREFIX="$prefix" >/dev/null
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"

if [ "$failures" -gt 0 ]; then
  echo "check-install: the installed layout has $failures problem(s)" >&2
  exit 1
fi
echo "installed layout: binary, man page and completions in a temporary prefix, then removed"
