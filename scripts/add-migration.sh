#!/usr/bin/env bash
# Adds one migration to a module for every database provider (Sqlite, Postgres, SqlServer).
# Usage: scripts/add-migration.sh <Module> <MigrationName>     e.g. scripts/add-migration.sh Contacts AddCompanies
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <Module> <MigrationName>" >&2
  exit 2
fi

module="$1"
name="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
project=$(find "$root/src/Modules/$module" -maxdepth 2 -name "Crm.Modules.$module.csproj" | head -n 1)
if [[ -z "$project" ]]; then
  echo "No project src/Modules/$module/Crm.Modules.$module/Crm.Modules.$module.csproj" >&2
  exit 2
fi

project_dir="$(dirname "$project")"
# The module's context: the one Persistence/*DbContext.cs that is not a design-time factory.
context=$(find "$project_dir/Persistence" -maxdepth 1 -name '*DbContext.cs' ! -name '*DesignTime*' -exec basename {} .cs \; | head -n 1)
migrations="$project_dir/Persistence/Migrations"
hidden="$(mktemp -d)"
trap 'for p in Sqlite Postgres SqlServer; do [[ -f "$hidden/$p.cs" ]] && mv "$hidden/$p.cs" "$migrations/$p/${context}ModelSnapshot.cs"; done; rm -rf "$hidden"' EXIT

cd "$root"
dotnet tool restore >/dev/null
if ! build_output=$(dotnet build "$project" -nologo 2>&1); then
  echo "$build_output" >&2
  exit 1
fi
for provider in Sqlite Postgres SqlServer; do
  echo "== $module: $name ($provider)"
  # dotnet ef finds a model snapshot by file name anywhere in the project: hide the other providers' snapshots.
  for other in Sqlite Postgres SqlServer; do
    snapshot="$migrations/$other/${context}ModelSnapshot.cs"
    if [[ "$other" != "$provider" && -f "$snapshot" ]]; then mv "$snapshot" "$hidden/$other.cs"; fi
  done
  CRM_EF_PROVIDER="$provider" dotnet ef migrations add "$name" \
    --no-build \
    --project "$project" \
    --startup-project "$project" \
    --context "$context" \
    --output-dir "Persistence/Migrations/$provider"
  for other in Sqlite Postgres SqlServer; do
    if [[ -f "$hidden/$other.cs" ]]; then mv "$hidden/$other.cs" "$migrations/$other/${context}ModelSnapshot.cs"; fi
  done
done
