#!/usr/bin/env bash
# Parley's two entry points on a fresh machine (Python >= 3.11, Java 17 and Maven installed):
#   ./dev.sh up     install everything, start the local Neo4j, ingest the bundled sample,
#                   serve GraphQL and print the GraphQL and Neo4j Browser URLs
#   ./dev.sh test   install everything, start a throwaway Neo4j, run the test suite, stop it
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv

install() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "Parley needs Python >= 3.11 ($PYTHON is older)" >&2; exit 1; }
  command -v java >/dev/null && command -v mvn >/dev/null \
    || { echo "Parley's local Neo4j needs Java 17 and Maven on PATH" >&2; exit 1; }
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local stamp="$VENV/.installed-$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    "$VENV/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
    "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -e .
    touch "$stamp"
  fi
  "$VENV/bin/parley" neo4j install
}

case "${1:-}" in
  up)
    install
    exec "$VENV/bin/parley" up
    ;;
  test)
    install
    # A throwaway server with its own data, ports and password: tests wipe its graph freely
    # and never touch the one `./dev.sh up` serves.
    export PARLEY_NEO4J_HOME="$PWD/.neo4j-test" NEO4J_BOLT_PORT=${TEST_BOLT_PORT:-7688} \
           NEO4J_HTTP_PORT=${TEST_HTTP_PORT:-7475} NEO4J_USER=neo4j PARLEY_TEST_NEO4J=1
    export NEO4J_URI="bolt://localhost:$NEO4J_BOLT_PORT"
    export NEO4J_PASSWORD="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    "$VENV/bin/parley" neo4j stop >/dev/null 2>&1 || true
    rm -rf "$PARLEY_NEO4J_HOME"
    trap '"$VENV/bin/parley" neo4j stop' EXIT
    "$VENV/bin/parley" neo4j start
    shift
    "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: ./dev.sh up | ./dev.sh test [pytest args]" >&2
    exit 2
    ;;
esac
