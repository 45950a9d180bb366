#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every test project.
# CI (.ci/run) calls exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-prereqs.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test IntegrationBot.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies (the per-assembly summaries stay above it).
awk '/^(Passed!|Failed!) +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
       gsub(",", ""); failed += $4; passed += $6; skipped += $8 }
     END { printf "Total: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit "$status"
