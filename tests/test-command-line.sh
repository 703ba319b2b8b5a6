#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line: demo generation, and a clear message with a non-zero exit on a bad file.
set -u
koers=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$koers" --version | grep -q '^koers ' || fail "--version prints no version"

"$koers" --database "$tmp/demo.db" --generate-demo 25 --seed 3 >"$tmp/out" 2>"$tmp/err" \
  || fail "--generate-demo failed: $(cat "$tmp/err")"
grep -q 'Added 25 fictional participants' "$tmp/out" || fail "no confirmation: $(cat "$tmp/out")"
[ -s "$tmp/demo.db" ] || fail "no database written"

printf 'Name;Country\nAmina;ER\n' >"$tmp/list.csv"
if "$koers" --database "$tmp/list.csv" --generate-demo 1 >"$tmp/out" 2>"$tmp/err"; then
  fail "a file that is not a database was accepted"
fi
grep -q 'is not a database' "$tmp/err" || fail "unclear message: $(cat "$tmp/err")"
grep -q 'Check that you chose the right file' "$tmp/err" || fail "no advice: $(cat "$tmp/err")"
[ "$(cat "$tmp/list.csv")" = "$(printf 'Name;Country\nAmina;ER')" ] || fail "the file was changed"

if "$koers" --database "$tmp/demo.db" --generate-demo -3 >"$tmp/out" 2>"$tmp/err"; then
  fail "a negative count was accepted"
fi
echo "command line: ok"
