#!/usr/bin/env bash
# Regenerates the web app's API client after an endpoint changed: writes the host's OpenAPI document to
# src/Web/openapi.json, then the TypeScript types from it. A test and `npm run build` fail while either is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Host/Crm.Host -p:SkipWebBuild=true -v quiet -nologo
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
Database__SqliteDirectory="$data" dotnet src/Host/Crm.Host/bin/Debug/net10.0/Crm.Host.dll openapi --output src/Web/openapi.json
(cd src/Web && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run api:generate)
