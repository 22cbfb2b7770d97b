#!/usr/bin/env bash
# Export a commit's tree to /tmp/tree_<sha> (for run_set.sh / snapshot.sh on an older revision).
# Usage: bash scripts/quality/tree.sh REV   -> prints the folder
set -euo pipefail
cd "$(dirname "$0")/../.."
sha="$(git rev-parse --short "${1:-HEAD}")"
dir="/tmp/tree_$sha"
if [ ! -d "$dir/src" ]; then
    mkdir -p "$dir" && git archive "$sha" | tar -x -C "$dir"
fi
echo "$dir"
