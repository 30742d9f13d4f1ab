#!/usr/bin/env bash
# Runs every test file with node:test (+ tsx for TypeScript). Node 20's test runner does not expand globs
# itself, so the file list is built here; any extra arguments are passed to node (e.g. --test-only).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find test -name '*.test.ts' -not -path '*/fixtures/*' | sort)
exec node --import tsx --test --test-concurrency=2 "$@" "${files[@]}"
