#!/usr/bin/env bash
# Turns this folder into a small lab repository with a pull-request-like history:
#   branch `base`: the lab's main branch (base/)          — where the policy is read from
#   branch `head`: base plus the PR's changes (head/)      — a new checkpoint, frontier-8, and a re-run for atlas-2
# Commit dates are fixed; `npm run example` judges as of the head commit's time, so its verdict is reproducible.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="${1:-$here/.repo}"

rm -rf "$repo"
mkdir -p "$repo"
cd "$repo"
git init -q -b main
git config user.name "Acme Frontier Lab"
git config user.email "evals@acme.example"
git config commit.gpgsign false

commit() { # commit <date> <message>
  git add -A
  GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" git commit -q -m "$2"
}

cp -R "$here/base/." .
commit "2026-11-02T10:00:00Z" "Lab state: policy, frontier-7, atlas-2, scout-1s and their evals"
git branch -f base

git checkout -q -b pr/frontier-8
cp -R "$here/head/." .
commit "2026-11-20T16:30:00Z" "Add frontier-8 (rc2) with its capability evals; re-run WMDP on atlas-2"
git branch -f head

echo "example repository ready: $repo (branches: base, head)"
