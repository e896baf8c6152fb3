#!/bin/sh
# The runs recorded in bench/RESULTS.md: 64 and 512 buyers, 1 and 2 uvicorn workers, both
# inventory modes with half as many units as buyers, and units >= buyers (pure throughput).
# Each run first waits (up to 3 min) for the machine to be 70 % idle, warms the server up with 64
# other buyers, then measures; the RESULT lines are appended to $OUT. Usage: sh bench/run_matrix.sh [OUT] [extra flash_sale.py options]
set -u
cd "$(dirname "$0")/.."
OUT=${1:-bench/results.jsonl}
[ $# -gt 0 ] && shift
PY=.venv/bin/python
for buyers in 64 512; do
  half=$((buyers / 2))
  for workers in 1 2; do
    for spec in "reserve $half" "deduct $half" "reserve $buyers"; do
      set -- $spec "$@"
      mode=$1; units=$2; shift 2
      echo "== buyers $buyers units $units mode $mode workers $workers"
      $PY bench/flash_sale.py --start-server --workers "$workers" --buyers "$buyers" \
        --units "$units" --mode "$mode" --warmup 64 --wait-quiet 180 --json-out "$OUT" "$@" \
        | sed -n '/^flash sale/,/^oversell/p'
    done
  done
done
