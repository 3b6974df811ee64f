#!/usr/bin/env bash
# Records real Linux TCP handshakes under chosen faults, as pcap fixtures for the `linux`
# profile's tests (docs/linux-fixtures.md says what each case shows and how to re-record).
#
#   sudo scripts/linux-capture/record.sh [OUT_DIR] [CASE ...]
#
# Needs root and Debian's iproute2, nftables, tcpdump (installed with apt-get when missing)
# and python3. Everything happens inside two network namespaces created here, hl-client
# (10.200.0.1) and hl-server (10.200.0.2), joined by a delay line of 50 ms each way; no
# packet leaves them. They are deleted on exit, whatever happens.
#
# Where things happen, and why:
# - Capture: tcpdump in hl-client (snaplen 128), so the client's segments carry their send
#   time and the server's their arrival time (send + 50 ms).
# - Faults: nftables rules in the RECEIVER's prerouting hook. A packet tap sees a packet
#   before netfilter does, so the capture still shows the segment that was "lost on the
#   way"; manifest.json says which rule dropped what (with its packet counter).
# - Delay: a user-space TUN delay line (delay_line.py), because `tc qdisc netem` needs
#   CONFIG_NET_SCH_NETEM, which not every kernel has (this script's first target did not).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="${1:-$REPO/test/fixtures/linux}"
shift || true
ALL_CASES=(plain-connect-close lost-syn two-lost-syns syn-blackhole lost-syn-ack lost-final-ack
  closed-port simultaneous-open old-duplicate-syn old-duplicate-syn-during-connect half-open-after-crash)
CASES=("${@:-${ALL_CASES[@]}}")

NS_C=hl-client NS_S=hl-server
C_IP=10.200.0.1 S_IP=10.200.0.2 C_PORT=40000 S_PORT=80
DELAY_MS=50
BUDGET_SECONDS=570 # the whole run stays under 10 minutes
WORK="$(mktemp -d /tmp/hl-record.XXXXXX)"
RELAY_PID="" CAPTURE_PID=""

die() { echo "record.sh: $*" >&2; exit 1; }

[[ $EUID -eq 0 ]] || die "needs root (network namespaces, nftables, tcpdump)"

ensure_tools() {
  local missing=()
  command -v ip >/dev/null || missing+=(iproute2)
  command -v nft >/dev/null || missing+=(nftables)
  command -v tcpdump >/dev/null || missing+=(tcpdump)
  command -v python3 >/dev/null || die "needs python3"
  if ((${#missing[@]})); then
    [[ -f /etc/debian_version ]] || die "missing ${missing[*]}; install them (Debian package names)"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
  [[ -c /dev/net/tun ]] || die "/dev/net/tun is missing (CONFIG_TUN)"
}

kill_pid() { # kill one process we started, by its id, and reap it
  local pid="$1" sig="${2:-TERM}"
  [[ -n "$pid" ]] && kill -"$sig" "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
}

teardown_case() {
  kill_pid "$CAPTURE_PID"; CAPTURE_PID=""
  kill_pid "$RELAY_PID"; RELAY_PID=""
  ip netns del "$NS_C" 2>/dev/null || true
  ip netns del "$NS_S" 2>/dev/null || true
}

cleanup() {
  teardown_case
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

in_c() { ip netns exec "$NS_C" "$@"; }
in_s() { ip netns exec "$NS_S" "$@"; }

setup_case() {
  teardown_case
  ip netns add "$NS_C"
  ip netns add "$NS_S"
  rm -f "$WORK/ready"
  python3 "$HERE/delay_line.py" "$NS_C" "$NS_S" hl0 "$DELAY_MS" "$WORK/ready" &
  RELAY_PID=$!
  for _ in $(seq 50); do [[ -f "$WORK/ready" ]] && break; sleep 0.1; done
  [[ -f "$WORK/ready" ]] || die "the delay line did not start"
  ip -n "$NS_C" addr add "$C_IP/24" dev hl0
  ip -n "$NS_S" addr add "$S_IP/24" dev hl0
  for ns in "$NS_C" "$NS_S"; do
    # IPv4 only: no IPv6 router solicitations in the captures.
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n "$ns" link set lo up
    ip -n "$ns" link set hl0 up
  done
}

# nft_rules NS PREROUTING_RULES [OUTPUT_RULES]: install this case's fault rules in NS.
nft_rules() {
  local ns="$1" pre="$2" out="${3:-}"
  ip netns exec "$ns" nft -f - <<NFT
table inet hl {
  chain pre { type filter hook prerouting priority raw; policy accept; $pre
  }
  chain out { type filter hook output priority raw; policy accept; $out
  }
}
NFT
}

start_capture() {
  local case="$1"
  # `ip netns exec` execs tcpdump, so $! is tcpdump itself (SIGTERM makes it flush and stop).
  ip netns exec "$NS_C" tcpdump -i hl0 -s 128 --immediate-mode -U -n -w "$OUT/$case.pcap" ip 2>"$WORK/$case.tcpdump" &
  CAPTURE_PID=$!
  for _ in $(seq 50); do grep -q "listening on" "$WORK/$case.tcpdump" 2>/dev/null && break; sleep 0.1; done
  grep -q "listening on" "$WORK/$case.tcpdump" || die "tcpdump did not start: $(cat "$WORK/$case.tcpdump")"
}

stop_capture() {
  sleep 0.3 # let the last in-flight segment (50 ms away) arrive
  kill_pid "$CAPTURE_PID"; CAPTURE_PID=""
}

# Saves what manifest.json needs about the case just run: its description, faults,
# the sysctls in force on both sides, nft counters, and the applications' own log.
save_case() {
  local case="$1" description="$2" faults="$3"
  local dir="$WORK/cases/$case"
  mkdir -p "$dir"
  printf '%s' "$description" >"$dir/description"
  printf '%s' "$faults" >"$dir/faults.json"
  for side in client server; do
    local ns="$NS_C"; [[ $side == server ]] && ns="$NS_S"
    ip netns exec "$ns" sysctl net.ipv4.tcp_syn_retries net.ipv4.tcp_synack_retries \
      net.ipv4.tcp_syn_linear_timeouts net.ipv4.tcp_timestamps net.ipv4.tcp_sack net.ipv4.tcp_window_scaling \
      net.ipv4.tcp_ecn net.ipv4.tcp_rfc1337 net.ipv4.tcp_invalid_ratelimit net.ipv4.tcp_challenge_ack_limit \
      net.ipv4.tcp_syncookies net.ipv4.tcp_fin_timeout >"$dir/sysctl.$side" 2>/dev/null || true
    ip netns exec "$ns" nft list ruleset >"$dir/nft.$side" 2>/dev/null || true
  done
}

# run NAME SECONDS NS PEER_ARGS...: one bounded peer.py program in namespace NS, at
# real-time priority (planned instants hold on a busy machine); its JSON lines go to the
# case's application log. Background it with `&` and remember $! in APPS.
run() {
  local name="$1" seconds="$2" ns="$3"; shift 3
  local status=0
  timeout --signal=KILL "$seconds" ip netns exec "$ns" chrt -f 40 python3 "$HERE/peer.py" "$@" >>"$WORK/app.log" 2>>"$WORK/app.err" || status=$?
  if ((status)); then echo "{\"role\":\"$name\",\"event\":\"exit\",\"status\":$status}" >>"$WORK/app.log"; fi
}
# Waits (at most 5 s) until something listens on PORT in NS: starting Python can take a
# while on a busy machine, and a SYN that comes too early would meet a closed port.
wait_listening() {
  local ns="$1" port="$2"
  for _ in $(seq 100); do
    ip netns exec "$ns" ss -Hltn "sport = :$port" | grep -q . && return 0
    sleep 0.05
  done
  die "nothing listens on port $port in $ns"
}
# A wall-clock instant SECONDS from now, for programs that must act at a planned moment.
instant() { python3 -c "import time,sys; print(time.time() + float(sys.argv[1]))" "$1"; }
APPS=()
wait_apps() { local pid; for pid in "${APPS[@]}"; do wait "$pid" || true; done; APPS=(); }

begin() { # begin CASE: fresh namespaces, empty app log, capture running
  : >"$WORK/app.log"
  setup_case
  if [[ -n "${2:-}" ]]; then eval "$2"; fi # sysctls and rules must precede the capture
  start_capture "$1"
}

finish() { # finish CASE DESCRIPTION FAULTS_JSON
  stop_capture
  # tcpdump drops to its own user before writing; give the file the folder's owner.
  chown --reference="$OUT" "$OUT/$1.pcap"
  save_case "$1" "$2" "$3"
  cp "$WORK/app.log" "$WORK/cases/$1/app.log"
  teardown_case
  echo "recorded $1"
}

# The usual shape of a case: a server that accepts one connection and closes on EOF, and
# a client that connects, holds the connection HOLD seconds, and closes.
serve_one_client() {
  local hold="$1"
  run server 10 "$NS_S" server "$S_IP:$S_PORT" --accept-timeout 6 &
  APPS+=($!)
  wait_listening "$NS_S" "$S_PORT"
  run client 10 "$NS_C" client "$C_IP:$C_PORT" "$S_IP:$S_PORT" --hold "$hold"
  wait_apps
}

SYN_FROM_CLIENT="ip saddr $C_IP tcp flags & (syn | ack) == syn"
SYNACK_FROM_SERVER="ip saddr $S_IP tcp flags & (syn | ack) == syn | ack"
first() { echo "numgen inc mod 1000000 < $1 counter drop"; } # drops the first $1 matches only

case_plain-connect-close() {
  begin plain-connect-close
  run server 10 "$NS_S" server "$S_IP:$S_PORT" --accept-timeout 5 &
  APPS+=($!)
  wait_listening "$NS_S" "$S_PORT"
  run client 10 "$NS_C" client "$C_IP:$C_PORT" "$S_IP:$S_PORT" --hold 0.5
  wait_apps
  sleep 0.3
  # TIME-WAIT is not visible on the wire: measure it with ss while the capture is stopped.
  in_c ss -tanoH state time-wait >"$WORK/timewait.first" || true
  local started=$SECONDS
  while in_c ss -tanH state time-wait | grep -q .; do
    ((SECONDS - started < 75)) || break
    sleep 0.5
  done
  echo "{\"role\":\"observer\",\"event\":\"time-wait-gone\",\"seconds_after_close_approx\":$((SECONDS - started)),\"ss_at_start\":$(python3 -c 'import json,sys;print(json.dumps(sys.stdin.read().strip()))' <"$WORK/timewait.first")}" >>"$WORK/app.log"
  finish plain-connect-close "Plain connect and close: the client connects, waits 0.5 s, closes; the server closes on EOF. Afterwards the client's TIME-WAIT socket is watched with ss until it disappears (the capture has stopped by then)." '[]'
}

case_lost-syn() {
  begin lost-syn "nft_rules $NS_S \"$SYN_FROM_CLIENT $(first 1)\""
  serve_one_client 0.5
  finish lost-syn "The client's first SYN is lost; its retransmission opens the connection, then a normal close." \
    '[{"direction":"client->server","drops":"the first SYN","where":"hl-server prerouting","drop":{"from":"client","flags":"SYN","first":1}}]'
}

case_two-lost-syns() {
  begin two-lost-syns "nft_rules $NS_S \"$SYN_FROM_CLIENT $(first 2)\""
  serve_one_client 0.5
  finish two-lost-syns "The client's first two SYNs are lost (shows the linear first SYN retries of Linux >= 6.5)." \
    '[{"direction":"client->server","drops":"the first 2 SYNs","where":"hl-server prerouting","drop":{"from":"client","flags":"SYN","first":2}}]'
}

case_syn-blackhole() {
  begin syn-blackhole "in_c sysctl -qw net.ipv4.tcp_syn_retries=2; nft_rules $NS_S \"$SYN_FROM_CLIENT counter drop\""
  # A listener, so that only the network (not a missing server) explains the failure.
  run server 20 "$NS_S" listen "$S_IP:$S_PORT" --for 13 &
  APPS+=($!)
  wait_listening "$NS_S" "$S_PORT"
  run client 40 "$NS_C" client "$C_IP:$C_PORT" "$S_IP:$S_PORT" --connect-timeout 35
  wait_apps
  finish syn-blackhole "Every SYN is lost and the client has net.ipv4.tcp_syn_retries=2: connect() fails with ETIMEDOUT (see the client's connect-result)." \
    '[{"direction":"client->server","drops":"every SYN","where":"hl-server prerouting","drop":{"from":"client","flags":"SYN"}}]'
}

case_lost-syn-ack() {
  begin lost-syn-ack "nft_rules $NS_C \"$SYNACK_FROM_SERVER $(first 1)\""
  serve_one_client 0.5
  finish lost-syn-ack "The server's first SYN-ACK is lost: the client's SYN retransmission meets the server in SYN-RECEIVED, and the server's SYN-ACK timer runs too." \
    '[{"direction":"server->client","drops":"the first SYN-ACK","where":"hl-client prerouting","drop":{"from":"server","flags":"SYN,ACK","first":1}}]'
}

case_lost-final-ack() {
  begin lost-final-ack "nft_rules $NS_S \"ip saddr $C_IP tcp flags == ack $(first 1)\""
  serve_one_client 2.5
  finish lost-final-ack "The client's handshake-completing ACK (its first segment with only ACK set) is lost; the client is ESTABLISHED and idle, the server in SYN-RECEIVED retransmits its SYN-ACK." \
    '[{"direction":"client->server","drops":"the first pure ACK (the third segment of the handshake)","where":"hl-server prerouting","drop":{"from":"client","flags":"ACK","first":1}}]'
}

case_closed-port() {
  begin closed-port
  run client 10 "$NS_C" client "$C_IP:$C_PORT" "$S_IP:$S_PORT" --connect-timeout 5
  finish closed-port "Nothing listens on the server's port: the SYN draws a RST and connect() fails with ECONNREFUSED." '[]'
}

case_simultaneous-open() {
  begin simultaneous-open
  # 10 ms apart so the first SYN (hence "client") is always 10.200.0.1; both SYNs are in
  # flight at once because the one-way delay is 50 ms. Both programs start, bind, say
  # "ready", and wait for a common instant (see peer.py wait_for_go); they run with
  # real-time priority so a busy machine does not stretch the 10 ms.
  rm -f "$WORK/ready-a" "$WORK/ready-b" "$WORK/go"
  run client 15 "$NS_C" client "$C_IP:$C_PORT" "$S_IP:$S_PORT" --hold 1.0 \
    --ready-file "$WORK/ready-a" --go-file "$WORK/go" --go-offset 0 &
  APPS+=($!)
  run peer 15 "$NS_S" client "$S_IP:$S_PORT" "$C_IP:$C_PORT" --hold 0 --wait-eof \
    --ready-file "$WORK/ready-b" --go-file "$WORK/go" --go-offset 0.010 &
  APPS+=($!)
  for _ in $(seq 200); do [[ -f "$WORK/ready-a" && -f "$WORK/ready-b" ]] && break; sleep 0.05; done
  instant 0.3 >"$WORK/go.tmp" && mv "$WORK/go.tmp" "$WORK/go"
  wait_apps
  finish simultaneous-open "Both sides connect() to each other from bound ports, 10 ms apart (10.200.0.1:40000 first), so the SYNs cross; 10.200.0.1 closes after 1 s, the other side closes on EOF." '[]'
}

case_old-duplicate-syn() {
  begin old-duplicate-syn
  run server 10 "$NS_S" listen "$S_IP:$S_PORT" --for 3 &
  APPS+=($!)
  wait_listening "$NS_S" "$S_PORT"
  run injector 10 "$NS_C" inject-syn "$C_IP:$C_PORT" "$S_IP:$S_PORT" --seq 1000
  wait_apps
  finish old-duplicate-syn "A hand-made SYN (seq 1000, MSS option only) from 10.200.0.1:40000 reaches a listening server while no connection exists on the client: the server answers it, and the client's kernel answers the SYN-ACK for a connection it does not have." \
    '[{"direction":"client->server","injects":"one SYN, seq 1000, from a raw socket in hl-client","where":"hl-client raw socket"}]'
}

case_old-duplicate-syn-during-connect() {
  begin old-duplicate-syn-during-connect "nft_rules $NS_S \"$SYN_FROM_CLIENT tcp sequence != 1000 $(first 1)\""
  run server 10 "$NS_S" server "$S_IP:$S_PORT" --accept-timeout 6 &
  APPS+=($!)
  wait_listening "$NS_S" "$S_PORT"
  local at
  at=$(instant 4)
  run injector 10 "$NS_C" inject-syn "$C_IP:$C_PORT" "$S_IP:$S_PORT" --seq 1000 --start-at "$(python3 -c "print($at + 0.2)")" &
  APPS+=($!)
  run client 10 "$NS_C" client "$C_IP:$C_PORT" "$S_IP:$S_PORT" --hold 0.5 --start-at "$at"
  wait_apps
  finish old-duplicate-syn-during-connect "RFC 9293 Figure 8: the client's own first SYN is delayed (dropped), and an old SYN (seq 1000) from the same port arrives at the server 0.2 s later; the client in SYN-SENT gets a SYN-ACK for the old SYN; then the client's retransmitted SYN opens the connection." \
    '[{"direction":"client->server","drops":"the client'"'"'s first own SYN (seq != 1000)","where":"hl-server prerouting","drop":{"from":"client","flags":"SYN","first":1,"seqNot":1000}},{"direction":"client->server","injects":"one SYN, seq 1000, 0.2 s after connect()","where":"hl-client raw socket"}]'
}

case_half-open-after-crash() {
  # The client "crashes": its socket is aborted (SO_LINGER 0) and the RST that abort sends
  # is dropped in the client's own output hook, before the capture point, so nothing
  # reaches the wire, just as if the host had lost its memory. Then it connects again
  # from the same port.
  begin half-open-after-crash "nft_rules $NS_C '' \"tcp flags & rst == rst $(first 1)\""
  run server 15 "$NS_S" server "$S_IP:$S_PORT" --accept-timeout 8 --connections 2 &
  APPS+=($!)
  wait_listening "$NS_S" "$S_PORT"
  run client 15 "$NS_C" crash-reconnect "$C_IP:$C_PORT" "$S_IP:$S_PORT" --hold 1.0 --pause 1.0
  wait_apps
  finish half-open-after-crash "The client loses its connection state silently (abort with its RST suppressed before the wire) 1 s after connecting, waits 1 s, and connects again from the same port to the server, which still holds the old connection (half-open)." \
    '[{"direction":"client (host)","drops":"the first RST the client sends (the one its abort produces), before the capture point","where":"hl-client output"}]'
}

write_manifest() {
  python3 - "$WORK/cases" "$OUT/manifest.json" "$DELAY_MS" <<'PY'
import json, os, platform, subprocess, sys, datetime
cases_dir, out, delay = sys.argv[1], sys.argv[2], int(sys.argv[3])
def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0] if cmd[0] != "tcpdump" else \
            subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0:2]
    except Exception as e:  # the manifest says what could not be read
        return f"unknown ({e})"
def sysctls(path):
    values = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.split("=", 1)
                values[k.strip()] = int(v.strip()) if v.strip().lstrip("-").isdigit() else v.strip()
    return values
previous = {}
if os.path.exists(out):
    previous = {c["name"]: c for c in json.load(open(out)).get("cases", [])}
cases = dict(previous)
for name in sorted(os.listdir(cases_dir)):
    d = os.path.join(cases_dir, name)
    cases[name] = {
        "name": name,
        "file": f"{name}.pcap",
        "description": open(os.path.join(d, "description")).read(),
        "faults": json.load(open(os.path.join(d, "faults.json"))),
        "sysctl": {"client": sysctls(os.path.join(d, "sysctl.client")), "server": sysctls(os.path.join(d, "sysctl.server"))},
        "nftables": {side: open(os.path.join(d, f"nft.{side}")).read() for side in ("client", "server")},
        "applications": [json.loads(l) for l in open(os.path.join(d, "app.log")) if l.strip()],
        "recorded": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
manifest = {
    "about": "Real Linux handshakes recorded by scripts/linux-capture/record.sh; see docs/linux-fixtures.md.",
    "kernel": platform.release(),
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "tools": {
        "tcpdump": version(["tcpdump", "--version"]),
        "nft": version(["nft", "--version"]),
        "ip": version(["ip", "-V"]),
        "python3": platform.python_version(),
    },
    "topology": {
        "client": {"netns": "hl-client", "address": "10.200.0.1", "port": 40000},
        "server": {"netns": "hl-server", "address": "10.200.0.2", "port": 80},
        "oneWayDelayMs": delay,
        "delay": "user-space TUN delay line (scripts/linux-capture/delay_line.py), each way",
        "capture": "tcpdump -i hl0 -s 128 --immediate-mode in hl-client: client segments at send time, server segments at arrival time",
        "faults": "nftables drop rules in the receiver's prerouting hook (after the capture tap), unless stated",
    },
    "cases": [cases[k] for k in sorted(cases)],
}
json.dump(manifest, open(out, "w"), indent=2)
open(out, "a").write("\n")
PY
}

main() {
  ensure_tools
  mkdir -p "$OUT" "$WORK/cases"
  for c in "${CASES[@]}"; do
    # Every step inside a case has its own timeout; this keeps the sum bounded too.
    ((SECONDS < BUDGET_SECONDS)) || die "over the ${BUDGET_SECONDS}s budget before case $c"
    [[ " ${ALL_CASES[*]} " == *" $c "* ]] || die "unknown case '$c' (known: ${ALL_CASES[*]})"
    "case_$c"
  done
  write_manifest
  echo "wrote $OUT/manifest.json"
}

main
