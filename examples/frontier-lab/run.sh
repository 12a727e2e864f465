#!/usr/bin/env bash
# `npm run example [-- ARGS]`: builds the example lab repository, then runs `rsp-gate check` on its pull request
# (branch `head` against branch `base`), as the Action would, as of the head commit's time so the example does not age
# with the calendar. Extra ARGS go to `rsp-gate check` (a later `--at` wins).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/make-repo.sh" "$here/.repo" >/dev/null || exit 2
at="$(git -C "$here/.repo" log -1 --format=%cI head)"
node "$here/../../src/cli/index.ts" check --repo "$here/.repo" --base base --head head --at "$at" "$@"
code=$?
case $code in
  0) echo "(exit 0: the gate passes)" >&2 ;;
  1) echo "(exit 1: the gate does not pass yet — here, safeguards await their owners' attestation)" >&2 ;;
  *) exit "$code" ;;
esac
