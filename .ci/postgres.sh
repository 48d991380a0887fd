#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's packages: `start` prints its URL on stdout, `stop` ends it.
#   .ci/postgres.sh start [--install]   --install: apt-get install postgresql first when it is missing (CI, as root)
#   .ci/postgres.sh stop
# Data lives in a temporary folder, fsync off (test data only), on 127.0.0.1:${PG_TEST_PORT:-54329}. initdb refuses to
# run as root, so as root the server runs as the `postgres` user the package creates.
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
DIR="${PG_TEST_DIR:-/tmp/article-bot-pg-$PORT}"
DB=article_bot_test
log() { echo "postgres.sh: $*" >&2; }

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -z "$(pgbin)" ] && [ "${2:-}" = --install ]; then
      log "installing postgresql (apt-get)"
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    BIN="$(pgbin)"
    [ -n "$BIN" ] || { log "no PostgreSQL binaries (apt-get install postgresql)"; exit 2; }
    if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
      rm -rf "$DIR"
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_owner "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1 ||
        { cat "$DIR/initdb.log" >&2; exit 1; }
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
    fi
    "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres |
      grep -q 1 || "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
    echo "postgres://postgres@127.0.0.1:$PORT/$DB"
    ;;
  stop)
    BIN="$(pgbin)"
    if [ -n "$BIN" ] && [ -d "$DIR/data" ]; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
      rm -rf "$DIR"
    fi
    ;;
  *)
    echo "usage: $0 start [--install] | stop" >&2
    exit 64
    ;;
esac
