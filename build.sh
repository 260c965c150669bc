#!/usr/bin/env bash
# ./build.sh test   restore, build, install what the tests need, run every test, print "N passed, N failed, N skipped"
# ./build.sh run    run the CRM on SQLite (same as: dotnet run --project src/Host/Crm.Host)
set -euo pipefail
cd "$(dirname "$0")"

ensure_test_services() {
  local missing=()
  [[ -x /usr/lib/postgresql/15/bin/initdb || -n "${CRM_TEST_POSTGRES:-}" ]] || missing+=(postgresql-15)
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
  [[ -x /usr/sbin/slapd ]] || missing+=(slapd)
  [[ -x /usr/bin/ldapmodify ]] || missing+=(ldap-utils)
  # System.DirectoryServices.Protocols loads OpenLDAP's client library.
  compgen -G "/usr/lib/*/libldap-2.5.so.0" >/dev/null || missing+=(libldap-2.5-0)
  # The web app's end-to-end tests drive Debian's Chromium (Playwright's own browser download is not reachable).
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  # The web app builds with Vite 8, which needs Node.js 20.19+ (Debian 12's own nodejs is 18: not enough).
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null; then
    echo "The web app needs Node.js 20.19 or later with npm on the PATH (found: $(node --version 2>/dev/null || echo none))." >&2
    exit 1
  fi
  if [[ ${#missing[@]} -eq 0 ]]; then
    return
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "Missing Debian packages for the tests: ${missing[*]} (install them, or set CRM_TEST_POSTGRES for PostgreSQL)." >&2
    exit 1
  fi
  # The tests start their own throwaway PostgreSQL cluster, RabbitMQ node and OpenLDAP server; the packages only
  # bring the binaries (slapd is told not to set up a system directory of its own).
  echo "Installing ${missing[*]}..."
  echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

summarise() {
  local results="$1" passed=0 failed=0 skipped=0 files=0
  for trx in "$results"/*.trx; do
    [[ -f "$trx" ]] || continue
    files=$((files + 1))
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
    for counter in error timeout aborted; do
      failed=$((failed + $(sed -E "s/.* $counter=\"([0-9]+)\".*/\1/" <<<"$counters")))
    done
    skipped=$((skipped + $(sed -E 's/.* notExecuted="([0-9]+)".*/\1/' <<<"$counters")))
  done
  # Vitest and Playwright write JUnit: <testsuites tests= failures= errors= skipped=>.
  for junit in "$results"/*.junit.xml; do
    [[ -f "$junit" ]] || continue
    files=$((files + 1))
    local suites
    suites=$(grep -o '<testsuites [^>]*>' "$junit" | head -1)
    local tests junit_failed junit_errors junit_skipped
    tests=$(sed -E 's/.* tests="([0-9]+)".*/\1/' <<<"$suites")
    junit_failed=$(sed -E 's/.* failures="([0-9]+)".*/\1/' <<<"$suites")
    junit_errors=$(grep -q ' errors="' <<<"$suites" && sed -E 's/.* errors="([0-9]+)".*/\1/' <<<"$suites" || echo 0)
    # Per test case: Vitest's <testsuites> has no skipped count (and counts skipped tests in tests=).
    junit_skipped=$(grep -c '<skipped' "$junit" || true)
    passed=$((passed + tests - junit_failed - junit_errors - junit_skipped))
    failed=$((failed + junit_failed + junit_errors))
    skipped=$((skipped + junit_skipped))
  done
  echo "$files test result files in $results"
  echo "$passed passed, $failed failed, $skipped skipped"
  [[ "$failed" -eq 0 && "$files" -gt 0 ]]
}

run_tests() {
  ensure_test_services
  dotnet tool restore >/dev/null
  dotnet restore Crm.sln
  dotnet build Crm.sln --no-restore -c Release
  local results
  results="$(pwd)/TestResults/$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$results"
  local status=0
  dotnet test Crm.sln --no-build -c Release --results-directory "$results" --logger trx --logger "console;verbosity=minimal" || status=$?
  # The web app: unit tests, then the end-to-end suite in Chromium against the Release host built above.
  (cd src/Web && npx vitest run --reporter=default --reporter=junit --outputFile.junit="$results/web-unit.junit.xml") || status=$?
  (cd src/Web && CRM_HOST_DLL="$(pwd)/../Host/Crm.Host/bin/Release/net10.0/Crm.Host.dll" E2E_JUNIT="$results/web-e2e.junit.xml" \
    npx playwright test) || status=$?
  local summary=0
  summarise "$results" || summary=$?
  if [[ "$status" -ne 0 || "$summary" -ne 0 ]]; then
    exit 1
  fi
}

case "${1:-}" in
  test) run_tests ;;
  run) exec dotnet run --project src/Host/Crm.Host ;;
  *)
    echo "usage: ./build.sh test | run" >&2
    exit 2
    ;;
esac
