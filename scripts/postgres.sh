#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: start_postgres [extra server options] sets
# OTKLIK_TEST_POSTGRES to a connection string without a database name; stop_postgres removes it all.
# Under root the server runs as the "postgres" system user, which initdb requires.
pg_dir=""
pg_bin=""
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/otklik-pg.XXXXXX)
  local owner=""
  if [ "$(id -u)" = 0 ]; then
    owner=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$pg_dir"
  fi
  run_pg() { if [ -n "$owner" ]; then runuser -u "$owner" -- "$@"; else "$@"; fi; }
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_port=$(( 20000 + RANDOM % 20000 ))
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 ${1:-}" start >/dev/null
  export OTKLIK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then
      runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    else
      "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
  fi
  [ -n "$pg_dir" ] && rm -rf "$pg_dir"
  pg_dir=""
}
