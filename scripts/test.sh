#!/usr/bin/env bash
# The whole test suite: installs what it needs, checks formatting, builds, and runs the unit and
# integration tests on SQLite, the integration tests again on a throwaway PostgreSQL cluster, and
# the browser tests in Debian's Chromium. Ends with "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_system_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  [ -e /usr/share/zoneinfo/Europe/Moscow ] || missing+=(tzdata)
  # The SMTP server the mail delivery tests send to.
  /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    as_root apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# shellcheck source=scripts/postgres.sh
source "$root/scripts/postgres.sh"

# A run that stops before the summary (format, build or setup failure) still ends with the closing line.
summary_printed=0
on_exit() {
  local code=$?
  stop_postgres
  if [ "$summary_printed" = 0 ]; then
    echo "The test run stopped before the tests finished (exit code $code)."
    echo "Tests: 0 passed, 1 failed"
  fi
}
trap on_exit EXIT

run_suite() {
  local name=$1 project=$2
  shift 2
  echo "== $name"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results" "$@" || true
}

install_system_packages

echo "== restore, format check, build"
dotnet tool restore >/dev/null
dotnet restore Otklik.slnx >/dev/null
dotnet format Otklik.slnx --verify-no-changes --no-restore
dotnet build Otklik.slnx -c Release --no-restore -nologo -clp:ErrorsOnly

run_suite calendar tests/Otklik.Calendar.Tests/Otklik.Calendar.Tests.csproj
run_suite text tests/Otklik.Text.Tests/Otklik.Text.Tests.csproj
run_suite sqlite tests/Otklik.Web.Tests/Otklik.Web.Tests.csproj
# Durability is not under test here; fsync=off keeps the run short.
start_postgres "-c fsync=off"
run_suite postgres tests/Otklik.Web.Tests/Otklik.Web.Tests.csproj --filter "Category=Integration"
stop_postgres
run_suite browser tests/Otklik.Browser.Tests/Otklik.Browser.Tests.csproj

passed=0; failed=0; skipped=0; runs=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  runs=$((runs + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  total=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  ok=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  bad=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  errs=$(sed -E 's/.* error="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + ok)); failed=$((failed + bad + errs)); skipped=$((skipped + total - ok - bad - errs))
done
# A suite that crashed before writing its results counts as a failure.
[ "$runs" -eq 5 ] || failed=$((failed + 5 - runs))

summary_printed=1
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
