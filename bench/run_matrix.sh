#!/bin/sh
# The runs recorded in bench/RESULTS.md, all with 2 uvicorn workers: bursts of 64 buyers at once
# (3 runs of each mode: the machine's speed varies from one minute to the next), 512 buyers at
# once, and sustained runs of 512 buyers with 64 in flight. Each run waits (up to 1 min) for the
# machine to be 70 % idle, warms the server up with 64 other buyers, then measures; the RESULT
# lines are appended to $OUT. Usage: sh bench/run_matrix.sh [OUT] [extra flash_sale.py options]
set -u
cd "$(dirname "$0")/.."
OUT=${1:-bench/results.jsonl}
[ $# -gt 0 ] && shift
run() {
  echo "== $*"
  .venv/bin/python bench/flash_sale.py --start-server --workers 2 --warmup 64 --wait-quiet 60 \
    --json-out "$OUT" "$@" | sed -n '/^flash sale/,/^oversell/p'
}
for _ in 1 2 3; do
  run --buyers 64 --units 64 "$@"
  run --buyers 64 --units 32 --mode deduct "$@"
done
run --buyers 512 --units 512 "$@"
run --buyers 512 --units 256 --mode deduct "$@"
for _ in 1 2; do
  run --buyers 512 --units 512 --concurrency 64 --label sustained "$@"
done
run --buyers 512 --units 256 --mode deduct --concurrency 64 --label sustained "$@"
