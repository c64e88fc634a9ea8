#!/usr/bin/env bash
# The full hostile-input corpus: the suite's HostileInputIntegrationTest with many more requests
# (default 12,000) against a real server on 127.0.0.1. The report (size, request kinds, status
# counts, every unclear answer) is written to app/target/hostile-corpus.txt.
#
#   bench/hostile-corpus.sh [SIZE] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
size="${1:-12000}"
seed="${2:-20261130}"
./mvnw -B -q -pl app -am verify -Djacoco.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=HostileInputIntegrationTest -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dquickcheck.corpus.size="$size" -Dquickcheck.corpus.seed="$seed" || status=$?
cat app/target/hostile-corpus.txt
exit "${status:-0}"
