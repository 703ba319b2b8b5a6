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
# One writer at a time: a live lock of another workstation keeps --generate-demo out.
[ ! -e "$tmp/demo.db.lock" ] || fail "--generate-demo left its lock file behind"
lock() {
  printf '[Koers Lock]\nWho=Anna de Vries\nHost=WS-2.invalid\nPid=4242\nSince=%s\nHeartbeat=%s\n' \
    "$1" "$1" >"$tmp/demo.db.lock"
}
lock "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
before=$(cksum <"$tmp/demo.db")
if "$koers" --database "$tmp/demo.db" --generate-demo 5 >"$tmp/out" 2>"$tmp/err"; then
  fail "--generate-demo wrote while another Koers holds the lock"
fi
grep -q 'in use by Anna de Vries on WS-2.invalid' "$tmp/err" || fail "unclear lock message: $(cat "$tmp/err")"
[ "$(cksum <"$tmp/demo.db")" = "$before" ] || fail "the locked database was changed"
grep -q 'Who=Anna de Vries' "$tmp/demo.db.lock" || fail "the other lock was removed"

# A lock without a heartbeat for hours is taken over, said so, and released afterwards.
lock "2020-01-01T08:00:00Z"
"$koers" --database "$tmp/demo.db" --generate-demo 5 >"$tmp/out" 2>"$tmp/err" \
  || fail "a stale lock was not taken over: $(cat "$tmp/err")"
grep -q 'takes the lock over' "$tmp/err" || fail "taking over was not said: $(cat "$tmp/err")"
[ ! -e "$tmp/demo.db.lock" ] || fail "the lock was not released"
# The quarterly summary for scripts: a workbook, exit codes, messages, Dutch labels.
"$koers" --database "$tmp/demo.db" --export-quarter 2026-Q3 --output "$tmp/q3.xlsx" \
  >"$tmp/out" 2>"$tmp/err" || fail "--export-quarter failed: $(cat "$tmp/err")"
grep -q 'Wrote the summary of 2026-Q3' "$tmp/out" || fail "no confirmation: $(cat "$tmp/out")"
unzip -p "$tmp/q3.xlsx" xl/workbook.xml | grep -q '<sheet name="Summary"' \
  || fail "the workbook has no Summary sheet"
unzip -p "$tmp/q3.xlsx" xl/workbook.xml | grep -q 'name="Participants"' \
  && fail "participants were written without being asked for"
if "$koers" --database "$tmp/demo.db" --export-quarter 2026-Q5 --output "$tmp/bad.xlsx" \
     >"$tmp/out" 2>"$tmp/err"; then
  fail "a quarter that does not exist was accepted"
fi
grep -q 'is not a period' "$tmp/err" || fail "unclear period message: $(cat "$tmp/err")"
if "$koers" --database "$tmp/demo.db" --export-quarter 2026-Q3 >"$tmp/out" 2>"$tmp/err"; then
  fail "--export-quarter without --output was accepted"
fi
grep -q -- '--output' "$tmp/err" || fail "no word about --output: $(cat "$tmp/err")"
if "$koers" --database "$tmp/demo.db" --export-quarter 2026-Q3 --output "$tmp/none/q.xlsx" \
     >"$tmp/out" 2>"$tmp/err"; then
  fail "a workbook in a missing folder was reported written"
fi
grep -q 'could not write' "$tmp/err" || fail "unclear write error: $(cat "$tmp/err")"
if "$koers" --database "$tmp/missing.db" --export-quarter 2026-Q3 --output "$tmp/m.xlsx" \
     >"$tmp/out" 2>"$tmp/err"; then
  fail "a missing database was exported"
fi
[ ! -e "$tmp/m.xlsx" ] || fail "a workbook was written for a missing database"
[ ! -e "$tmp/missing.db" ] || fail "exporting created a database"
"$koers" --database "$tmp/demo.db" --export-quarter 2026-07-01..2026-08-15 --with-names \
  --output "$tmp/names.xlsx" >"$tmp/out" 2>"$tmp/err" || fail "a period form failed: $(cat "$tmp/err")"
grep -q 'personal data' "$tmp/err" || fail "no warning about names: $(cat "$tmp/err")"
unzip -p "$tmp/names.xlsx" xl/workbook.xml | grep -q 'name="Participants"' \
  || fail "--with-names wrote no participants sheet"
LANGUAGE=nl LC_ALL=C.UTF-8 "$koers" --database "$tmp/demo.db" --export-quarter 2026-Q3 \
  --output "$tmp/nl.xlsx" >"$tmp/out" 2>"$tmp/err" || fail "Dutch export failed: $(cat "$tmp/err")"
unzip -p "$tmp/nl.xlsx" xl/workbook.xml | grep -q '<sheet name="Samenvatting"' \
  || fail "LANGUAGE=nl gave no Dutch sheet names"
echo "command line: ok"
