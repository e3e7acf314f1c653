#!/usr/bin/env bash
# Start a single-node SLURM cluster on this machine (CI, or a root shell on a scratch machine).
#
#   bash .ci/slurm_up.sh     # install (if needed), configure, start, wait until the node is idle
#   bash .ci/slurm_down.sh   # stop exactly the daemons this script started
#
# Idempotent: when the daemons recorded in the pid file still run and the node answers, it
# does nothing. It installs Debian's slurm-wlm and munge if missing, creates a munge key if
# absent, and writes /etc/slurm/slurm.conf - but never overwrites a slurm.conf it did not write
# (a real site's configuration), it stops with an error instead.
#
# Choices for containers (no systemd, no cgroup delegation, possibly gVisor): every daemon runs
# in the foreground (-D / --foreground) started from here, so its PID is $! and nothing depends
# on an init system; ProctrackType=proctrack/linuxproc, TaskPlugin=task/none and
# JobAcctGatherType=jobacct_gather/none need no cgroups; SlurmUser=root needs no spool
# ownership changes; no accounting database (AccountingStorageType=accounting_storage/none), so
# sacct does not work and job status comes from squeue (MinJobAge keeps finished jobs visible).
set -euo pipefail

STATE_DIR="${QTHERMO_SLURM_STATE:-/var/tmp/qthermo-slurm}"
PIDFILE="$STATE_DIR/pids"
CONF_DIR=/etc/slurm
CONF="$CONF_DIR/slurm.conf"
MARKER="# written by qthermo .ci/slurm_up.sh"
LOG_DIR=/var/log/slurm
TIMEOUT="${QTHERMO_SLURM_TIMEOUT:-60}"

log() { echo "slurm_up: $*"; }
STARTED=0
die() {
  echo "slurm_up: ERROR: $*" >&2
  for f in "$LOG_DIR/slurmctld.log" "$LOG_DIR/slurmd.log" "$STATE_DIR/munged.out"; do
    [ -s "$f" ] && { echo "--- last lines of $f" >&2; tail -n 15 "$f" >&2; }
  done
  # leave nothing running that this invocation started
  if [ "$STARTED" = 1 ]; then
    [ -s "$PIDFILE.tmp" ] && cp "$PIDFILE.tmp" "$PIDFILE"
    bash "$(dirname "$0")/slurm_down.sh" >&2 || true
  fi
  exit 1
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

node_idle() { sinfo --noheader --nodes=localhost --format=%t 2>/dev/null | grep -qx 'idle'; }

pids_alive() {
  [ -s "$PIDFILE" ] || return 1
  local name pid
  while read -r name pid; do
    kill -0 "$pid" 2>/dev/null || return 1
  done <"$PIDFILE"
}

if [ "$(id -u)" -ne 0 ]; then
  die "needs root (installs packages, writes $CONF, starts daemons)"
fi

if pids_alive && node_idle; then
  log "already running ($(tr '\n' ' ' <"$PIDFILE"))"
  exit 0
fi
if [ -s "$PIDFILE" ]; then
  die "stale or partly running daemons in $PIDFILE; run .ci/slurm_down.sh first"
fi
# daemons not started by this pid file (another state directory, or the system's): leave them
for f in /run/munge/munged.pid /run/slurmctld.pid /run/slurmd.pid; do
  if [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then
    die "$(basename "$f" .pid) already runs (pid $(cat "$f")) but is not in $PIDFILE"
  fi
done

# 1. packages
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null \
  || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  t0=$(now)
  log "installing slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq slurm-wlm munge >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq slurm-wlm munge >/dev/null; } \
    || die "apt-get install slurm-wlm munge failed"
  log "apt install took $(elapsed "$t0") s"
fi

# 2. munge key and runtime directories (the packages' init scripts would create them)
t0=$(now)
mkdir -p "$STATE_DIR" /etc/munge /run/munge /var/log/munge /var/lib/munge
if [ ! -s /etc/munge/munge.key ]; then
  log "creating /etc/munge/munge.key"
  if command -v mungekey >/dev/null; then
    mungekey --create --keyfile=/etc/munge/munge.key
  else
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
  fi
fi
chown -R munge:munge /etc/munge /run/munge /var/log/munge /var/lib/munge
chmod 0700 /etc/munge /var/log/munge /var/lib/munge
chmod 0755 /run/munge
chmod 0400 /etc/munge/munge.key

# 3. slurm.conf for this one node (real CPUs and memory from `slurmd -C`)
if [ -e "$CONF" ] && ! grep -qxF "$MARKER" "$CONF"; then
  die "$CONF exists and was not written by this script; not touching a site configuration"
fi
hw=$(slurmd -C | head -n 1)
field() { printf '%s\n' "$hw" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
cpus=$(field CPUs)
boards=$(field Boards)
sockets=$(field SocketsPerBoard)
cores=$(field CoresPerSocket)
threads=$(field ThreadsPerCore)
mem=$(field RealMemory)
if [ -z "$cpus" ] || [ -z "$mem" ]; then die "could not parse 'slurmd -C': $hw"; fi
mkdir -p "$CONF_DIR" "$LOG_DIR" /var/spool/slurmctld /var/spool/slurmd
cat >"$CONF.tmp" <<EOF
$MARKER
# Single-node CI cluster; see the comments in .ci/slurm_up.sh.
ClusterName=qthermo-ci
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# no cgroups: plain /proc process tracking, no task binding, no accounting
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
# fast turnaround: schedule on every submission and job end, no batching delay
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0,bf_interval=1,default_queue_depth=1000
MessageTimeout=10
SlurmdTimeout=60
InactiveLimit=0
KillWait=5
Waittime=0
# finished jobs stay visible to squeue for 900 s (the Snakemake plugin's squeue status
# command needs MinJobAge >= 3 x its init-seconds-before-status-checks)
MinJobAge=900
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus Boards=$boards SocketsPerBoard=$sockets CoresPerSocket=$cores ThreadsPerCore=$threads RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
mv "$CONF.tmp" "$CONF"
log "wrote $CONF (CPUs=$cpus RealMemory=$mem)"

# 4. daemons, each in the foreground of its own session; record name and PID
: >"$PIDFILE.tmp"
STARTED=1
start() { # name log command...
  local name=$1 out=$2
  shift 2
  setsid "$@" >"$out" 2>&1 </dev/null &
  echo "$name $!" >>"$PIDFILE.tmp"
  cp "$PIDFILE.tmp" "$PIDFILE"
}
start munged "$STATE_DIR/munged.out" setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged --foreground
for _ in $(seq 50); do
  munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1 && break
  sleep 0.1
done
munge -n </dev/null | unmunge >/dev/null 2>&1 || die "munged does not answer"
# -c: start from a clean state (no jobs or node states left over from an earlier run)
start slurmctld "$STATE_DIR/slurmctld.out" slurmctld -D -i -c
start slurmd "$STATE_DIR/slurmd.out" slurmd -D -N localhost
rm -f "$PIDFILE.tmp"

# 5. wait for the node
deadline=$(($(date +%s) + TIMEOUT))
until node_idle; do
  pids_alive || die "a daemon exited ($(tr '\n' ' ' <"$PIDFILE")); see the logs below"
  if [ "$(date +%s)" -ge "$deadline" ]; then
    sinfo -N -l >&2 || true
    die "node 'localhost' not idle after ${TIMEOUT} s"
  fi
  sleep 0.2
done
log "node idle after $(elapsed "$t0") s; daemons: $(tr '\n' ' ' <"$PIDFILE")"
