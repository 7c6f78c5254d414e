#!/usr/bin/env bash
# Cold start of the built app to its first 200 on "/" (fresh database each run).
# Usage: bash e2e/scripts/measure-startup.sh [runs]   (build first: dotnet build -c Release src/InfraDesigner.Web)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
app=src/InfraDesigner.Web/bin/Release/net10.0
[ -f "$app/InfraDesigner.Web.dll" ] || { echo "build first: dotnet build -c Release src/InfraDesigner.Web"; exit 1; }
port=5391
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$app" && ConnectionStrings__InfraDesigner="Data Source=$data/app.db" exec dotnet InfraDesigner.Web.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = 200 ]; do sleep 0.02; done
  end=$(date +%s%N)
  echo "run $i: first 200 on / after $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
