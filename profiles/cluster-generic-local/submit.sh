#!/usr/bin/env bash
# Stand-in for a batch system's submit command (snakemake-executor-plugin-cluster-generic):
# runs the job script given as the last argument in the background on this machine, records its
# exit status in .snakemake/cluster-generic-local/<jobid>.exit, and prints the job id (the pid).
# Used by tests/test_executor.py to exercise the non-local executor code path without a cluster.
set -euo pipefail
jobscript="${!#}"
state=".snakemake/cluster-generic-local"
mkdir -p "$state"
setsid nohup bash -c '
  bash "$1" > "$2/$$.out" 2>&1
  rc=$?
  echo "$rc" > "$2/$$.exit.tmp" && mv "$2/$$.exit.tmp" "$2/$$.exit"
' _ "$jobscript" "$state" < /dev/null > /dev/null 2>&1 &
echo "$!"
