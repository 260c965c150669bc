#!/usr/bin/env bash
# Lighthouse (performance, accessibility, best practices) on the signed-in home page and a contact page, in Debian's
# Chromium, against the Release host on a fresh SQLite folder. Run by hand after `./build.sh test` (or a Release
# build): `scripts/lighthouse.sh [desktop|mobile]`. Lighthouse 12 is the last line that runs on Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-desktop}"
port=5390
base="http://127.0.0.1:$port"
work="$(mktemp -d)"
email=lighthouse@crm.example
password='Measured pages load quickly 1'
CRM_ADMIN_EMAIL=$email CRM_ADMIN_PASSWORD=$password Database__SqliteDirectory="$work/data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/Host/Crm.Host/bin/Release/net10.0/Crm.Host.dll --urls "$base" >"$work/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "$base/health/ready" >/dev/null && break; sleep 1; done

jar="$work/jar"
curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/sign-in" >/dev/null
xsrf=$(awk '/XSRF-TOKEN/ {print $7}' "$jar")
session=$(awk '/crm.session/ {print $7}' "$jar")
contact=$(curl -sf -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
  -d '{"firstName":"Ada","lastName":"Lovelace","email":"ada@analytical.example"}' "$base/api/v1/contacts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
headers="{\"Cookie\":\"crm.session=$session; XSRF-TOKEN=$xsrf\"}"

flags=(--only-categories=performance,accessibility,best-practices --output=json --quiet
  "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
  "--extra-headers=$headers")
[[ "$preset" == desktop ]] && flags+=(--preset=desktop)
for page in / "/contacts/$contact"; do
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12.8.2 "$base$page" "${flags[@]}" --output-path="$work/report.json"
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    console.log(`${process.argv[2]} ${process.argv[3]}: performance ${s("performance")}, accessibility ${s("accessibility")}, best practices ${s("best-practices")}`);
  ' "$work/report.json" "$preset" "$page"
done
