#!/usr/bin/env bash
# Run several Streamlit replicas of the app on loopback ports and nginx in front (sticky sessions).
#
#   bash deploy/run_replicas.sh                       # 2 replicas on 8501, 8502; nginx on 127.0.0.1:8080
#   REPLICAS=4 LISTEN=127.0.0.1:9000 bash deploy/run_replicas.sh
#   REPLICA_PORTS="9101 9102" bash deploy/run_replicas.sh
#
# Environment (all optional):
#   REPLICAS       number of replicas (default 2), on ports BASE_PORT, BASE_PORT+1, ...
#   BASE_PORT      first replica port (default 8501)
#   REPLICA_PORTS  explicit replica ports, space-separated (overrides REPLICAS and BASE_PORT)
#   LISTEN         nginx listen address (default 127.0.0.1:8080)
#   RUN_DIR        directory for nginx.conf, pid, logs, temp files and replica logs (default: a new temp dir)
#   PYTHON         the Python that has the app's requirements (default .venv/bin/python, else python3)
#   NGINX_BIN      the nginx binary (default /usr/sbin/nginx; Debian package "nginx")
#   MAX_CONNS      connections nginx opens to one replica at most (default 300: its session cap)
#   MEMORY_MAX     memory limit of one replica in MB (default 1500; 0: none). A replica whose
#                  resident memory (RSS) passes it is stopped (SIGTERM, SIGKILL 10 s later) and
#                  started again by its supervisor; its sessions fail over to the others.
#   MEMORY_CHECK_S how often the limit is checked, in seconds (default 2)
#
# Runs in the foreground until Ctrl-C / SIGTERM, then stops nginx and every replica it started.
# A replica that exits is started again a second later (its supervisor loop); nginx meanwhile
# sends its sessions to the others. RUN_DIR/replica-PORT.pid holds each replica's current
# process id, RUN_DIR/nginx.pid nginx's.
# Needs no root: nginx writes only under RUN_DIR. Replicas listen on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

replicas="${REPLICAS:-2}"
base_port="${BASE_PORT:-8501}"
listen="${LISTEN:-127.0.0.1:8080}"
nginx="${NGINX_BIN:-/usr/sbin/nginx}"
max_conns="${MAX_CONNS:-300}"
memory_max="${MEMORY_MAX:-1500}"
memory_check_s="${MEMORY_CHECK_S:-2}"
if ! [[ $memory_max =~ ^[0-9]+$ ]]; then
  echo "run_replicas: MEMORY_MAX = '$memory_max' must be a whole number of MB (0: no limit)" >&2
  exit 2
fi
python="${PYTHON:-}"
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
if [ -n "${REPLICA_PORTS:-}" ]; then
  read -r -a ports <<<"$REPLICA_PORTS"
else
  ports=()
  for ((i = 0; i < replicas; i++)); do ports+=($((base_port + i))); done
fi
if [ ! -x "$nginx" ]; then
  echo "run_replicas: nginx not found at $nginx; install it with: apt-get install -y nginx" >&2
  exit 1
fi
run_dir="${RUN_DIR:-$(mktemp -d -t flywheel-replicas.XXXXXX)}"
mkdir -p "$run_dir"
run_dir="$(cd "$run_dir" && pwd)"

pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 0' INT TERM

# The memory limit: every MEMORY_CHECK_S seconds, the replica's resident memory (from /proc) against
# MEMORY_MAX; over it, the replica is stopped, and its supervisor starts it again. (In a container,
# `docker run --memory=...` is the kernel's hard limit above this one.)
watch_memory() {
  local port=$1 pid=$2 rss_kb
  while kill -0 "$pid" 2>/dev/null; do
    rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    if [ -n "$rss_kb" ] && ((rss_kb > memory_max * 1024)); then
      echo "run_replicas: the replica on port $port uses $((rss_kb / 1024)) MB, over its limit of $memory_max MB (MEMORY_MAX); restarting it" >&2
      kill -TERM "$pid" 2>/dev/null || true
      for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
      return 0
    fi
    sleep "$memory_check_s"
  done
}

# The replicas: independent processes, production flags (see .streamlit/config.toml), each under a
# supervisor loop that starts it again when it exits (a crash, the memory limit, the kernel's OOM
# killer, a kill).
supervise() {
  local port=$1 child="" watcher=""
  trap '[ -n "$watcher" ] && kill "$watcher" 2>/dev/null; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    "$python" -m streamlit run streamlit_app.py \
      --server.address 127.0.0.1 --server.port "$port" \
      --server.headless true --server.fileWatcherType none --browser.gatherUsageStats false \
      >>"$run_dir/replica-$port.log" 2>&1 &
    child=$!
    echo "$child" >"$run_dir/replica-$port.pid"
    watcher=""
    if ((memory_max > 0)); then
      watch_memory "$port" "$child" &
      watcher=$!
    fi
    wait "$child" || true
    [ -n "$watcher" ] && { kill "$watcher" 2>/dev/null || true; wait "$watcher" 2>/dev/null || true; }
    echo "run_replicas: the replica on port $port exited; starting it again" >&2
    sleep 1
  done
}
for port in "${ports[@]}"; do
  supervise "$port" &
  pids+=($!)
done

# Wait until every replica answers its health check.
for port in "${ports[@]}"; do
  for ((t = 0; ; t++)); do
    if "$python" -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:$port/_stcore/health', timeout=2).status != 200)" 2>/dev/null; then
      break
    fi
    if ((t > 300)); then
      echo "run_replicas: replica on port $port did not become healthy; see $run_dir/replica-$port.log" >&2
      exit 1
    fi
    sleep 0.3
  done
done

# nginx.conf from the template: the shared group (new sessions), one group per replica (its sessions,
# the others as backups) and the map from the route cookie to a replica's group.
servers=""
for port in "${ports[@]}"; do servers+="        server 127.0.0.1:$port max_conns=$max_conns;"$'\n'; done
groups=""
routes=""
for port in "${ports[@]}"; do
  groups+="    upstream replica_$port {"$'\n'"        zone replica_$port 64k;"$'\n'
  groups+="        server 127.0.0.1:$port max_conns=$max_conns;"$'\n'
  for other in "${ports[@]}"; do
    [ "$other" = "$port" ] || groups+="        server 127.0.0.1:$other max_conns=$max_conns backup;"$'\n'
  done
  groups+="    }"$'\n'
  routes+="        127.0.0.1:$port replica_$port;"$'\n'
done
while IFS= read -r line; do
  if [[ $line =~ ^[[:space:]]*@SERVERS@[[:space:]]*$ ]]; then
    printf '%s' "$servers"
  elif [[ $line =~ ^[[:space:]]*@GROUPS@[[:space:]]*$ ]]; then
    printf '%s' "$groups"
  elif [[ $line =~ ^[[:space:]]*@ROUTES@[[:space:]]*$ ]]; then
    printf '%s' "$routes"
  else
    line="${line//@PREFIX@/$run_dir}"
    printf '%s\n' "${line//@LISTEN@/$listen}"
  fi
done <deploy/nginx.conf.template >"$run_dir/nginx.conf"

"$nginx" -t -q -p "$run_dir" -e "$run_dir/error.log" -c "$run_dir/nginx.conf"
"$nginx" -p "$run_dir" -e "$run_dir/error.log" -c "$run_dir/nginx.conf" &
nginx_pid=$!
pids+=("$nginx_pid")
echo "run_replicas: ${#ports[@]} replicas (${ports[*]}) behind http://$listen/ ; files in $run_dir" >&2
# Until nginx stops (or Ctrl-C / SIGTERM); the trap then stops the supervisors and their replicas.
wait "$nginx_pid"
