# Shared helpers of the bench scripts (sourced, not run). Everything runs on 127.0.0.1 only.
# shellcheck shell=bash

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
jar="$root/app/target/quickcheck.jar"

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 2; }

# Installs the Debian packages given as arguments when their commands are missing; the package's
# service is not started (a policy-rc.d refuses it while we install, as Debian's containers do).
ensure_packages() {
  local missing=()
  local pair command package
  for pair in "$@"; do
    command="${pair%%:*}"; package="${pair#*:}"
    command -v "$command" >/dev/null 2>&1 || [ -x "/usr/sbin/$command" ] || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "please install: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  say "bench: installing ${missing[*]} ..."
  local policy=/usr/sbin/policy-rc.d made_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null && "${sudo[@]}" chmod 755 "$policy" && made_policy=1
  fi
  "${sudo[@]}" apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { [ -n "$made_policy" ] && "${sudo[@]}" rm -f "$policy"; die "could not install ${missing[*]}"; }
  [ -n "$made_policy" ] && "${sudo[@]}" rm -f "$policy"
  return 0
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

# A free TCP port on 127.0.0.1 (asks the kernel's ephemeral range, skips ports in use).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  die "no free port found"
}

# Builds the application jar when it is missing or older than the sources (the launcher decides;
# BENCH_BUILD=1 forces a build), so that no timed start includes a build.
ensure_jar() {
  if [ "${BENCH_BUILD:-0}" = 1 ]; then
    rm -f "$root/app/target/.quickcheck-built"
  fi
  "$root/quickcheck" help >/dev/null || die "the launcher could not build or run the application"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the application through the launcher (so that its JVM defaults are what is measured;
# BENCH_APP_ARGS adds application arguments, e.g. to compare a setting) on
# a free port with its own database in $work; sets app_pid, app_port, app_start_ms (launch to
# first successful response of /) and app_start_cpu_ms (CPU time the server used until then, which a
# busy machine distorts much less than the wall clock).
#   start_app WORK [CHECKOUT]   CHECKOUT: another checkout whose launcher to use (a baseline)
start_app() {
  local work="$1" checkout="${2:-$root}"
  app_port=$(free_port)
  local t0; t0=$(now_ms)
  "$checkout/quickcheck" serve --port "$app_port" \
      --spring.datasource.url="jdbc:h2:file:$work/db/quickcheck" --logging.level.root=WARN \
      --quickcheck.rate-limit.enabled=false ${BENCH_APP_ARGS:-} \
      >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$app_port/" 2>/dev/null; then
      app_start_ms=$(( $(now_ms) - t0 ))
      app_start_cpu_ms=$(cpu_ms "$app_pid")
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; die "the application did not start"; }
    sleep 0.02
  done
  die "the application did not answer within a minute"
}

stop_app() {
  [ -n "${app_pid:-}" ] || return 0
  kill "$app_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$app_pid" 2>/dev/null || true
  app_pid=""
}

# Resident memory of a process in MB (current, and peak).
rss_mb() { awk '/^VmRSS:/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null; }
hwm_mb() { awk '/^VmHWM:/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null; }

# Starts nginx with one worker on a free port, serving $work/www; sets nginx_port.
start_nginx() {
  local work="$1"
  nginx_port=$(free_port)
  mkdir -p "$work/nginx"
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon on;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  types { text/html html; application/json json; application/pdf pdf; }
  default_type application/octet-stream;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    # the API row POSTs: serve the same static bytes to a POST as to a GET
    location / { error_page 405 =200 \$uri; }
  }
}
CONF
  "$(nginx_bin)" -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/error.log" \
    || die "nginx did not start"
}

stop_nginx() {
  local work="$1"
  [ -f "$work/nginx/nginx.pid" ] || return 0
  "$(nginx_bin)" -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/error.log" -s stop 2>/dev/null || true
}

# Runs wrk and prints its RESULT line's fields: rps p99_ms non2xx_or_errors
#   run_wrk URL SECONDS [POST BODYFILE]
run_wrk() {
  local url="$1" seconds="$2" method="${3:-GET}" body="${4:-}"
  BENCH_METHOD="$method" BENCH_BODY_FILE="$body" \
  BENCH_CONTENT_TYPE="$([ "$method" = POST ] && echo application/json)" \
    wrk -t1 -c"${BENCH_CONNECTIONS:-32}" -d"${seconds}s" --timeout 30s -s "$bench_dir/report.lua" "$url" \
    | awk '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); r[kv[1]] = kv[2] }
                       print r["rps"], r["p99_ms"], r["errors"] }'
}

# CPU time a process (all its threads) has used so far, in milliseconds.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}

# The pid of nginx's one worker (the master only accepts configuration signals).
nginx_worker() {
  pgrep -P "$(cat "$1/nginx/nginx.pid")" | head -1
}

machine() {
  local cpu; cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
  printf '%s cores (%s), %s GB memory, load %s, %s, commit %s\n' "$(nproc)" "$cpu" \
    "$(awk '/MemTotal/ {printf "%d", $2/1048576}' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "$(java -version 2>&1 | head -1)" "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
}
