#!/usr/bin/env bash
# Stop the daemons started by .ci/slurm_up.sh: exactly the PIDs in its pid file (never by name).
# Safe to run when nothing was started (no pid file) or twice.
set -uo pipefail

STATE_DIR="${QTHERMO_SLURM_STATE:-/var/tmp/qthermo-slurm}"
PIDFILE="$STATE_DIR/pids"

if [ ! -s "$PIDFILE" ]; then
  echo "slurm_down: nothing to stop (no $PIDFILE)"
  exit 0
fi

# reverse start order: slurmd, slurmctld, munged
mapfile -t entries < <(tac "$PIDFILE")
for entry in "${entries[@]}"; do
  read -r name pid <<<"$entry"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "slurm_down: $name ($pid) already gone"
    continue
  fi
  kill -TERM "$pid"
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "slurm_down: $name ($pid) ignored SIGTERM for 10 s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  echo "slurm_down: stopped $name ($pid)"
done
rm -f "$PIDFILE"
