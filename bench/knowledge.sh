#!/usr/bin/env bash
# Knowledge-base search benchmark: 100,000 generated items in a fresh SQLite database, the node's Lucene
# index built from it, then 2,000 searches through KnowledgeSearch (snippets included) and through the
# index alone. The spec asks for p95 under 50 ms over 100,000 items.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build bench/Otklik.Knowledge.Bench -c Release -nologo -clp:ErrorsOnly
dotnet run --project bench/Otklik.Knowledge.Bench -c Release --no-build -- "${1:-100000}" "${2:-2000}" 2>&1 |
  grep -v '^warn\|XML encryptor\|RegulationFacts'
