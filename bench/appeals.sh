#!/usr/bin/env bash
# Appeals benchmarks: registrations through the API on SQLite and on a throwaway PostgreSQL cluster
# (fsync on, so commits are durable), the five-year history of one client among a million appeals, and
# e-mail notices sent from the outbox to a local SMTP server.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source "$root/scripts/postgres.sh"
trap stop_postgres EXIT

dotnet build bench/Otklik.Appeals.Bench -c Release -nologo -clp:ErrorsOnly
bench() { dotnet run --project bench/Otklik.Appeals.Bench -c Release --no-build -- "$@" 2>&1 | grep -v '^warn\|XML encryptor'; }

bench baseline 20000 64
bench writer 6400
bench intake 6000 64
bench registrations sqlite 6000 64
start_postgres
OTKLIK_BENCH_POSTGRES=$OTKLIK_TEST_POSTGRES bench registrations postgres 6000 64
stop_postgres
bench history 1000000 2000
# Needs Debian's python3-aiosmtpd (the test command installs it).
bench notices 5000
