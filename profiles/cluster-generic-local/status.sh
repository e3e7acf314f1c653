#!/usr/bin/env bash
# Status command for submit.sh: prints exactly one of running, success, failed for a job id.
set -euo pipefail
exitfile=".snakemake/cluster-generic-local/$1.exit"
if [[ ! -f "$exitfile" ]]; then
  if kill -0 "$1" 2> /dev/null; then
    echo running
    exit 0  # the job may finish right now: never print a second state
  else
    # process gone without an exit record: give the rename a moment, then call it failed
    sleep 1
    [[ -f "$exitfile" ]] || { echo failed; exit 0; }
  fi
fi
if [[ -f "$exitfile" ]]; then
  [[ "$(cat "$exitfile")" == "0" ]] && echo success || echo failed
fi
