#!/usr/bin/env python3
"""Crash test: are acknowledged changes still there after kill -9 of the server?

Starts the packaged application (app/target/quickcheck.jar) on a loopback port, lets several
clients create, change and delete assessments over the REST API for a few seconds, kills the JVM
with SIGKILL while they are still writing, starts it again on the same database and checks every
change that had been acknowledged (2xx):

  * every acknowledged create is still there (lost creates),
  * every acknowledged delete is still gone (undone deletes),
  * every acknowledged change is there, or a later one that was in flight (lost updates),
  * every surviving assessment is whole: its answers are exactly those sent together with its
    company name (half-written assessments).

Databases: "h2" runs the application with its default embedded database in a fresh working
directory (so ./data/quickcheck is the product's default file); "postgres" starts a throwaway
cluster with scripts/postgres (PostgreSQL's durable defaults) and runs with the postgres profile;
there the database server is crashed too (immediate stop, then WAL recovery) right after the kill.

    python3 bench/crash.py                       # 3 rounds per database, 5 s of load each
    python3 bench/crash.py --db h2 --rounds 1 --seconds 1 --min-acknowledged 40 --strict   # about scripts/test's

Only 127.0.0.1 is contacted. Exit status 1 when anything acknowledged was lost (with --strict,
or always when a round could not run at all).
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUESTIONS = [
    "synchrone-kommunikation", "verfuegbarkeit-24-7", "reichweite", "kosten-zeitersparnis",
    "visualisierung", "kundenbeziehung", "kundeninformationen", "absatzkanaele", "glaubwuerdigkeit",
    "automatisierung-service", "kundenakquise", "automatisierung-vertrieb", "einstiegskosten",
    "laufende-kosten",
]
LEVELS = ["unwichtig", "weniger-wichtig", "wichtig", "sehr-wichtig"]


def say(*parts):
    print("crash:", *parts, file=sys.stderr, flush=True)


def answers_for(client, revision):
    """The answers sent together with company name "c<client>-r<revision>": derived from both,
    so that a survivor whose answers do not fit its name was half written."""
    rnd = random.Random(client * 100003 + revision)
    return {q: rnd.choice(LEVELS) for q in QUESTIONS}


def name_for(client, serial, revision):
    return "c%d-s%d-r%d" % (client, serial, revision)


RUNNING = []  # servers started and not yet ended: a SIGTERM to this script kills them too


def on_sigterm(signum, frame):
    for server in list(RUNNING):
        if server.process and server.process.poll() is None:
            server.process.kill()
    sys.exit(128 + signum)


# Spring Boot's line once the web server listens; the port it names is the one the server bound.
LISTENING = re.compile(rb"Tomcat started on port (\d+)")


class Server:
    """The application, on a port of the loopback interface that its own socket picked (port 0):
    a port chosen here and handed over would be free only until another program took it, and
    random-port test servers start beside this check in scripts/test."""

    def __init__(self, jar, workdir, env, extra_args, log_path, jvm_args=()):
        self.jar, self.workdir, self.port = jar, workdir, None
        self.env, self.extra_args, self.log_path = env, extra_args, log_path
        self.jvm_args = list(jvm_args)
        self.process = None

    def start(self, timeout=600):
        log = open(self.log_path, "ab")
        log_start = log.tell()
        self.process = subprocess.Popen(
            ["java", "-Xmx512m"] + self.jvm_args + ["-jar", self.jar, "--server.address=127.0.0.1",
             "--server.port=0", "--quickcheck.rate-limit.enabled=false"] + self.extra_args,
            cwd=self.workdir, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        RUNNING.append(self)
        self.port = None
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError("server exited with %s; see %s" % (self.process.returncode, self.log_path))
            if self.port is None:
                self.port = self.listening_port(log_start)
            if self.port is not None:
                try:
                    status, _ = request(self.port, "GET", "/api/v1/catalogs", timeout=2)
                    if status == 200:
                        return time.monotonic() - started
                except OSError:
                    pass
            time.sleep(0.2)
        self.kill9()
        raise RuntimeError("server did not answer within %d s; see %s" % (timeout, self.log_path))

    def listening_port(self, log_start):
        """The port of this start's "Tomcat started on port N" line in the log, or None before it."""
        with open(self.log_path, "rb") as log:
            log.seek(log_start)
            found = LISTENING.search(log.read())
        return int(found.group(1)) if found else None

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill9()


def request(port, method, path, body=None, timeout=10, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        all_headers = {"Accept": "application/json"}
        if body is not None:
            body = json.dumps(body).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, data
    finally:
        connection.close()


class Ledger:
    """What each client sent and what the server acknowledged; one client owns its assessments."""

    def __init__(self):
        self.lock = threading.Lock()
        self.created = {}      # view token -> dict(client, serial, delete, acked_rev, sent_rev)
        self.deleted = set()   # view tokens whose delete got 204
        self.deleting = set()  # view tokens with a delete in flight when the server died
        self.counts = {"create": 0, "update": 0, "delete": 0, "errors": 0}


def client_loop(client, port, ledger, stop, rnd):
    own = []  # view tokens of this client's live assessments
    serial = 0
    while not stop.is_set():
        op = rnd.random()
        try:
            if op < 0.5 or not own:
                serial += 1
                name = name_for(client, serial, 0)
                body = {"answers": answers_for(client * 1000 + serial, 0), "profile": {"companyName": name}}
                status, data = request(port, "POST", "/api/v1/assessments", body)
                if status == 201:
                    reply = json.loads(data)
                    with ledger.lock:
                        ledger.created[reply["token"]] = {
                            "client": client, "serial": serial, "delete": reply["deleteToken"],
                            "acked_rev": 0, "sent_rev": 0}
                        ledger.counts["create"] += 1
                    own.append(reply["token"])
            elif op < 0.85:
                token = rnd.choice(own)
                entry = ledger.created[token]
                revision = entry["sent_rev"] + 1
                entry["sent_rev"] = revision
                body = {"answers": answers_for(client * 1000 + entry["serial"], revision),
                        "profile": {"companyName": name_for(client, entry["serial"], revision)}}
                status, _ = request(port, "PATCH", "/api/v1/assessments/" + token, body)
                if status == 200:
                    with ledger.lock:
                        entry["acked_rev"] = revision
                        ledger.counts["update"] += 1
            else:
                token = own.pop(rnd.randrange(len(own)))
                with ledger.lock:
                    ledger.deleting.add(token)
                status, _ = request(port, "DELETE", "/api/v1/assessments/" + ledger.created[token]["delete"])
                if status == 204:
                    with ledger.lock:
                        ledger.deleting.discard(token)
                        ledger.deleted.add(token)
                        ledger.counts["delete"] += 1
        except (OSError, http.client.HTTPException, ValueError):
            with ledger.lock:
                ledger.counts["errors"] += 1
            if stop.is_set():
                return
            time.sleep(0.01)


def verify(port, ledger):
    lost_creates = undone_deletes = lost_updates = half_written = checked = 0
    problems = []
    for token, entry in ledger.created.items():
        status, data = request(port, "GET", "/api/v1/assessments/" + token)
        checked += 1
        if token in ledger.deleted:
            if status != 404:
                undone_deletes += 1
                problems.append("delete undone: %s answered %d" % (entry["delete"][:6], status))
            continue
        if status == 404:
            if token not in ledger.deleting:
                lost_creates += 1
                problems.append("create lost: c%d-s%d" % (entry["client"], entry["serial"]))
            continue
        if status != 200:
            problems.append("unexpected %d for c%d-s%d" % (status, entry["client"], entry["serial"]))
            half_written += 1
            continue
        reply = json.loads(data)
        name = (reply.get("profile") or {}).get("companyName") or ""
        try:
            revision = int(name.rsplit("-r", 1)[1])
        except (IndexError, ValueError):
            half_written += 1
            problems.append("unreadable name %r" % name)
            continue
        if revision < entry["acked_rev"] or revision > entry["sent_rev"]:
            lost_updates += 1
            problems.append("update lost: c%d-s%d has r%d, acknowledged r%d" % (
                entry["client"], entry["serial"], revision, entry["acked_rev"]))
        expected = answers_for(entry["client"] * 1000 + entry["serial"], revision)
        if reply.get("answers") != expected or name != name_for(entry["client"], entry["serial"], revision):
            half_written += 1
            problems.append("half written: c%d-s%d r%d" % (entry["client"], entry["serial"], revision))
    return {"checked": checked, "lost_creates": lost_creates, "undone_deletes": undone_deletes,
            "lost_updates": lost_updates, "half_written": half_written, "problems": problems[:10]}


def run_round(args, database, number, env, extra_args, workdir):
    log_path = os.path.join(workdir, "server.log")
    server = Server(args.jar, workdir, env, extra_args, log_path, args.jvm_arg)
    startup = server.start()
    port = server.port
    ledger = Ledger()
    stop = threading.Event()
    threads = [threading.Thread(target=client_loop, args=(c, port, ledger, stop, random.Random(number * 97 + c)),
                                daemon=True) for c in range(args.clients)]
    for t in threads:
        t.start()
    load_for(args, ledger)
    server.kill9()  # while the clients are still writing
    if database == "postgres" and args.crash_database:
        subprocess.run([os.path.join(ROOT, "scripts", "postgres"), "crash"], check=True, cwd=ROOT,
                       capture_output=True)
    stop.set()
    for t in threads:
        t.join(15)
    restart = server.start()
    try:
        result = verify(server.port, ledger)
    finally:
        server.stop()
    result.update({"database": database, "round": number, "acknowledged_creates": ledger.counts["create"],
                   "acknowledged_updates": ledger.counts["update"], "acknowledged_deletes": ledger.counts["delete"],
                   "surviving_creates": ledger.counts["create"] - result["lost_creates"],
                   "client_errors_after_kill": ledger.counts["errors"],
                   "startup_s": round(startup, 1), "restart_s": round(restart, 1)})
    return result


def load_for(args, ledger):
    """Lets the clients write for --seconds, and on until --min-acknowledged changes were acknowledged
    (at most --max-seconds): on a busy machine the first requests of a fresh JVM are slow, and a kill
    before anything was acknowledged would check nothing."""
    started = time.monotonic()
    time.sleep(args.seconds)
    while time.monotonic() - started < args.max_seconds:
        with ledger.lock:
            acknowledged = ledger.counts["create"] + ledger.counts["update"] + ledger.counts["delete"]
        if acknowledged >= args.min_acknowledged:
            return
        time.sleep(0.05)


def postgres_env(durable):
    """The settings of the running test cluster, or of one started now; True if started here."""
    script = os.path.join(ROOT, "scripts", "postgres")
    running = subprocess.run([script, "env"], capture_output=True, text=True, cwd=ROOT)
    started = running.returncode != 0
    if started:
        env = dict(os.environ, QUICKCHECK_POSTGRES_DURABLE="true" if durable else "false")
        output = subprocess.run([script, "start"], check=True, capture_output=True, text=True, cwd=ROOT,
                                env=env).stdout
    else:
        output = running.stdout
        if durable:
            say("using the PostgreSQL cluster that is already running, with its settings (may be fsync=off)")
    values = {}
    for line in output.splitlines():
        if line.startswith("export "):
            key, value = line[len("export "):].split("=", 1)
            values[key] = value.strip("'")
    return values, started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="h2,postgres", help="comma-separated: h2, postgres")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0, help="load before the kill")
    parser.add_argument("--min-acknowledged", type=int, default=0,
                        help="after --seconds, load on until this many changes were acknowledged (at most --max-seconds)")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="longest load before the kill")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--jvm-arg", action="append", default=[],
                        help="an option for the server's JVM (repeatable), such as -XX:TieredStopAtLevel=1")
    parser.add_argument("--jar", default=os.path.join(ROOT, "app", "target", "quickcheck.jar"))
    parser.add_argument("--json", help="write the results to this file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when anything acknowledged was lost")
    parser.add_argument("--keep", action="store_true", help="keep the working directories")
    parser.add_argument("--crash-database", action=argparse.BooleanOptionalAction, default=True,
                        help="with postgres: also crash the database server (immediate stop) at the kill; the"
                             " cluster then runs with PostgreSQL's durable defaults (fsync, synchronous_commit on)")
    args = parser.parse_args()
    if not os.path.exists(args.jar):
        say("no %s: build it first (mvn -B -pl app -am package -DskipTests)" % args.jar)
        return 2
    results = []
    started_postgres = False
    try:
        for database in [d.strip() for d in args.db.split(",") if d.strip()]:
            env = dict(os.environ)
            extra = []
            if database == "postgres":
                pg, started_postgres = postgres_env(durable=args.crash_database)
                env.update({"SPRING_DATASOURCE_URL": pg["QUICKCHECK_TEST_POSTGRES_URL"],
                            "SPRING_DATASOURCE_USERNAME": pg["QUICKCHECK_TEST_POSTGRES_USER"],
                            "SPRING_DATASOURCE_PASSWORD": pg["QUICKCHECK_TEST_POSTGRES_PASSWORD"]})
                extra = ["--spring.profiles.active=postgres"]
            elif database != "h2":
                say("unknown database %r" % database)
                return 2
            for number in range(1, args.rounds + 1):
                workdir = tempfile.mkdtemp(prefix="quickcheck-crash-")
                try:
                    result = run_round(args, database, number, env, extra, workdir)
                finally:
                    if not args.keep:
                        shutil.rmtree(workdir, ignore_errors=True)
                results.append(result)
                say("%-8s round %d: creates %d acknowledged / %d surviving, updates %d acknowledged / %d lost, "
                    "deletes %d acknowledged / %d undone, half-written %d (start %.1f s, restart %.1f s)" % (
                        database, number, result["acknowledged_creates"], result["surviving_creates"],
                        result["acknowledged_updates"], result["lost_updates"], result["acknowledged_deletes"],
                        result["undone_deletes"], result["half_written"], result["startup_s"], result["restart_s"]))
                for problem in result["problems"]:
                    say("   ", problem)
    finally:
        if started_postgres:
            subprocess.run([os.path.join(ROOT, "scripts", "postgres"), "stop"], cwd=ROOT, capture_output=True)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)
    bad = sum(r["lost_creates"] + r["undone_deletes"] + r["lost_updates"] + r["half_written"] for r in results)
    say("total: %d rounds, %d acknowledged creates, %d problems" % (
        len(results), sum(r["acknowledged_creates"] for r in results), bad))
    acknowledged = sum(r["acknowledged_creates"] for r in results)
    if args.strict and args.min_acknowledged and acknowledged == 0:
        say("nothing was acknowledged before the kill: the check checked nothing")
        return 1
    return 1 if (bad and args.strict) else 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_sigterm)
    sys.exit(main())
