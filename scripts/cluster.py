"""The worked example of a production deployment, on this machine.

    python scripts/cluster.py start [--fresh] [--set KEY=VALUE ...]   (make cluster)
    python scripts/cluster.py stop                                    (make cluster-stop)
    python scripts/cluster.py manage <command> [args ...]

`start` runs two gunicorn app servers (127.0.0.1:8001 and :8002) with the
production settings behind nginx (127.0.0.1:8081) behind Varnish, the public
address (http://127.0.0.1:8080), with one PostgreSQL database, the shared Redis
and an S3 server (moto_server, :9000), configured by the files in deploy/. It
returns once every part answers. `stop` ends what `start` started, found
through the pid files in .cluster/run/; it is safe to run twice. `manage` runs
manage.py with the cluster's environment (to create an admin, say). All
run-time state lives under .cluster/ (git-ignored).
"""

import argparse
import contextlib
import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import boto3
import psycopg
import redis
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
STATE = ROOT / ".cluster"
RUN = STATE / "run"
LOGS = STATE / "logs"
NGINX_PREFIX = STATE / "nginx"
VARNISH_DIR = STATE / "varnish"  # varnishd -n: its shared memory and compiled VCL
ENV_FILE = DEPLOY / "cluster.env"
EFFECTIVE_ENV = STATE / "env"
SECRET_KEY_FILE = STATE / "secret_key"

BIN = Path(sys.executable).parent
PUBLIC_URL = "http://127.0.0.1:8080"  # Varnish
NGINX_PORT = 8081
NGINX_URL = f"http://127.0.0.1:{NGINX_PORT}"
S3_PORT = 9000
APP_SERVERS = {"app-a": 8001, "app-b": 8002}
STARTUP_SECONDS = 60

# Inherited from the caller; everything else comes from deploy/cluster.env, so
# a DATABASE_URL or DEBUG in the caller's shell never leaks into the cluster.
PASSED_THROUGH = ["PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR"]

# What each pid file's process must look like before `stop` signals it, so a
# stale pid file never kills a stranger that reused the number.
PROCESS_MARKERS = {
    "moto": "moto_server",
    "app-a": "gunicorn",
    "app-b": "gunicorn",
    "mail-worker": "db_worker",
    "nginx": "nginx",
    "varnish": "varnishd",
}
START_ORDER = ["moto", "app-a", "app-b", "mail-worker", "nginx", "varnish"]
# Parts that stop their own children: only the first process gets the signal
# (varnishd's manager would take a signalled cache process for a crash).
SIGNAL_LEADER_ONLY = {"varnish"}


class ClusterError(Exception):
    """A part that did not come up, and the log that says why."""

    def __init__(self, part, message, log=None):
        super().__init__(f"{part}: {message}")
        self.part = part
        self.log = log


def say(text=""):
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


# Environment


def read_env_file(path):
    """KEY=value lines; blank lines and # comments are skipped, nothing expanded."""
    values = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise SystemExit(f"{path}:{number}: expected KEY=value, got {line!r}")
        values[key.strip()] = value.strip()
    return values


def write_env_file(path, values):
    path.write_text("".join(f"{key}={value}\n" for key, value in values.items()))
    path.chmod(0o600)


def secret_key():
    if not SECRET_KEY_FILE.exists():
        SECRET_KEY_FILE.write_text(secrets.token_urlsafe(50))
        SECRET_KEY_FILE.chmod(0o600)
    return SECRET_KEY_FILE.read_text().strip()


def cluster_settings(overrides=()):
    """deploy/cluster.env, the secret key and any --set overrides, in that order."""
    values = read_env_file(ENV_FILE)
    values["SECRET_KEY"] = secret_key()
    values.setdefault("PYTHONUNBUFFERED", "1")
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--set needs KEY=VALUE, got {item!r}")
        values[key] = value
    return values


def process_env(values):
    env = {key: os.environ[key] for key in PASSED_THROUGH if key in os.environ}
    env.update(values)
    return env


def running_settings():
    """The settings of the running (or last) cluster, else a fresh set."""
    if EFFECTIVE_ENV.exists():
        return read_env_file(EFFECTIVE_ENV)
    return cluster_settings()


# Processes


def pid_file(name):
    return RUN / f"{name}.pid"


def log_file(name):
    return LOGS / f"{name}.log"


def process_state(pid):
    """The /proc state letter of a process, or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def group_members(pgid):
    """Live (non-zombie) processes of a process group."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def command_line(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def recorded_pid(name):
    """The pid in a pid file if that process still runs and is ours."""
    try:
        pid = int(pid_file(name).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    if process_state(pid) in (None, "Z") or PROCESS_MARKERS[name] not in command_line(pid):
        return None
    return pid


def spawn(name, args, env, stdout=None, stderr=None):
    """Start a long-running part in a session (and process group) of its own,
    detached from the terminal and from our stdout, so it outlives this script."""
    stdout = stdout or log_file(name)
    stderr = stderr or stdout
    with open(stdout, "ab") as out, open(stderr, "ab") as err:
        process = subprocess.Popen(  # noqa: S603
            [str(arg) for arg in args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
    pid_file(name).write_text(f"{process.pid}\n")
    return process


def reap(pid):
    """Collect a part that this very process started (a failed start)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def stop_all():
    """Signal every recorded part (its whole process group), then wait."""
    RUN.mkdir(parents=True, exist_ok=True)
    stopping = {}
    for name in reversed(START_ORDER):
        pid = recorded_pid(name)
        if pid is None:
            pid_file(name).unlink(missing_ok=True)
            continue
        # gunicorn: TERM is a graceful stop; nginx, varnishd and moto: a fast stop.
        if name in SIGNAL_LEADER_ONLY:
            os.kill(pid, signal.SIGTERM)
        else:
            os.killpg(pid, signal.SIGTERM)
        stopping[name] = pid
    deadline = time.monotonic() + 25
    while stopping and time.monotonic() < deadline:
        for name, pid in list(stopping.items()):
            reap(pid)
            if not group_members(pid):
                say(f"  stopped {name} (pid {pid})")
                pid_file(name).unlink(missing_ok=True)
                del stopping[name]
        time.sleep(0.1)
    for name, pid in stopping.items():
        for member in group_members(pid):
            os.kill(member, signal.SIGKILL)
        reap(pid)
        say(f"  killed {name} (pid {pid}): it did not stop within 25 seconds")
        pid_file(name).unlink(missing_ok=True)
    return bool(stopping)


# Checks and waits


def port_in_use(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def http_status(url, timeout=2):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http:// only)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return None, b""


def error_log(name):
    return log_file("nginx-error" if name == "nginx" else name)


def wait_until(name, check, processes, seconds=STARTUP_SECONDS):
    """Poll check() until it holds; fail early if any started part has exited."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        for other, process in processes.items():
            if process.poll() is not None:
                raise ClusterError(
                    other, f"exited with status {process.returncode}", error_log(other)
                )
        time.sleep(0.2)
    raise ClusterError(name, f"did not answer within {seconds} seconds", error_log(name))


def find_nginx():
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(path, os.X_OK)),
        None,
    )


def find_varnishd():
    return shutil.which("varnishd") or next(
        (
            path
            for path in ("/usr/sbin/varnishd", "/usr/local/sbin/varnishd")
            if os.access(path, os.X_OK)
        ),
        None,
    )


def check_prerequisites(values):
    if find_nginx() is None:
        raise ClusterError("nginx", "not installed (apt-get install -y nginx)")
    if find_varnishd() is None:
        raise ClusterError("Varnish", "not installed (apt-get install -y varnish)")
    running = [name for name in START_ORDER if recorded_pid(name)]
    if running:
        raise ClusterError(
            "cluster", f"already running ({', '.join(running)}); run `make cluster-stop` first"
        )
    ports = {"Varnish": 8080, "nginx": NGINX_PORT, "moto_server": S3_PORT} | APP_SERVERS
    for part, port in ports.items():
        if port_in_use(port):
            raise ClusterError(part, f"port {port} is already in use by another program")
    with_database(values["DATABASE_URL"], lambda cursor: cursor.execute("SELECT 1"))
    redis_client(values)


# Services


def with_database(url, action):
    """Run action(cursor) in the server's maintenance database, autocommit."""
    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    try:
        with (
            psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as connection,
            connection.cursor() as cursor,
        ):
            return action(cursor)
    except psycopg.OperationalError as error:
        raise ClusterError(
            "PostgreSQL", f"cannot connect to {parts.hostname}:{parts.port}: {error}"
        ) from error


def ensure_database(url, fresh):
    name = urlsplit(url).path.lstrip("/")

    def create(cursor):
        if fresh:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone():
            return False
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True

    return with_database(url, create)


def redis_client(values):
    client = redis.Redis.from_url(values["REDIS_URL"], socket_timeout=5)
    try:
        client.ping()
    except redis.RedisError as error:
        raise ClusterError("Redis", f"cannot reach {values['REDIS_URL']}: {error}") from error
    return client


def clear_cache(values):
    """Delete this cluster's cache keys (and only those): cached renditions and
    rate-limit counters of an earlier run would outlive its in-memory bucket."""
    client = redis_client(values)
    keys = list(client.scan_iter(match=f"{values['CACHE_KEY_PREFIX']}:*", count=500))
    if keys:
        client.delete(*keys)
    return len(keys)


def create_bucket(values):
    """The media bucket, with anonymous reads of the image files that nginx
    serves at /media/images/ and /media/original_images/."""
    bucket = values["AWS_STORAGE_BUCKET_NAME"]
    s3 = boto3.client(
        "s3",
        endpoint_url=values["AWS_S3_ENDPOINT_URL"],
        region_name=values["AWS_S3_REGION_NAME"],
        aws_access_key_id=values["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=values["AWS_SECRET_ACCESS_KEY"],
    )
    s3.create_bucket(Bucket=bucket)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImageFiles",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/images/*",
                    f"arn:aws:s3:::{bucket}/original_images/*",
                ],
            }
        ],
    }
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))


def manage(args, env, log):
    """manage.py with the cluster's environment; its output goes to the log."""
    with open(log, "a") as out:
        out.write(f"\n$ manage.py {' '.join(args)}\n")
        out.flush()
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        ).returncode


def prepare_site(env):
    """Static files, schema, starter content and the site record, before any
    app server starts. Returns the names of optional steps that were skipped."""
    log = log_file("setup")
    for args in (
        ["collectstatic", "--noinput", "-v0"],
        ["migrate", "--noinput"],
        ["load_network_content", "--if-empty"],
    ):
        began = time.monotonic()
        if manage(args, env, log) != 0:
            raise ClusterError(f"manage.py {args[0]}", "failed", log)
        say(f"  {args[0]} ({time.monotonic() - began:.0f} s)")
    if manage(["sync_site"], env, log) != 0:
        if "Unknown command: 'sync_site'" in log.read_text():
            return ["sync_site (no such command yet)"]
        raise ClusterError("manage.py sync_site", "failed", log)
    return []


def nginx_user():
    """Who nginx's workers run as, when it is started as root: nobody, if it can
    reach the temporary files under .cluster/nginx/; else root (a repository
    under /root, say). nginx serves no files from disk, only proxies."""
    if os.geteuid() != 0:
        return None
    for directory in [NGINX_PREFIX, *NGINX_PREFIX.parents]:
        if not directory.stat().st_mode & 0o001:
            return "root root"
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return "root root"
    return f"nobody {grp.getgrgid(nobody.pw_gid).gr_name}"


def nginx_command():
    directives = f"daemon off; pid {NGINX_PREFIX / 'nginx.pid'};"
    user = nginx_user()
    if user:
        directives += f" user {user};"
    return [
        find_nginx(),
        "-p",
        f"{NGINX_PREFIX}/",
        "-c",
        DEPLOY / "nginx.conf",
        "-e",
        "stderr",
        "-g",
        directives,
    ]


def varnish_command():
    """varnishd in the foreground, with a working directory of its own. Started
    as root, it compiles the VCL and serves as the varnish/vcache users, which
    need to read .cluster/varnish/ (varnishd sets that up itself)."""
    return [
        find_varnishd(),
        "-F",
        "-n",
        VARNISH_DIR,
        "-a",
        urlsplit(PUBLIC_URL).netloc,
        "-f",
        DEPLOY / "varnish.vcl",
        "-s",
        "malloc,128m",
    ]


# Commands


def start(values, fresh=False):
    began = time.monotonic()
    write_env_file(EFFECTIVE_ENV, values)
    env = process_env(values)
    for name in [
        "moto",
        *APP_SERVERS,
        "mail-worker",
        "nginx-access",
        "nginx-error",
        "varnish",
        "setup",
    ]:
        log_file(name).write_text("")

    say(f"S3 (moto_server) on 127.0.0.1:{S3_PORT} ...")
    processes = {
        "moto": spawn("moto", [BIN / "moto_server", "-H", "127.0.0.1", "-p", S3_PORT], env)
    }
    wait_until("moto", lambda: port_in_use(S3_PORT), processes)
    create_bucket(values)

    database = urlsplit(values["DATABASE_URL"]).path.lstrip("/")
    created = ensure_database(values["DATABASE_URL"], fresh)
    say(f"PostgreSQL database {database}: {'created' if created else 'kept'}")
    cleared = clear_cache(values)
    say(f"Redis {values['REDIS_URL']}: {cleared} keys of {values['CACHE_KEY_PREFIX']}:* cleared")

    say(f"manage.py, logged to {log_file('setup').relative_to(ROOT)}:")
    skipped = prepare_site(env)

    for name, port in APP_SERVERS.items():
        say(f"gunicorn {name} on 127.0.0.1:{port} ...")
        processes[name] = spawn(
            name,
            [BIN / "gunicorn", "-c", DEPLOY / "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
            env,
        )
    say("mail worker (manage.py db_worker --backend mail) ...")
    processes["mail-worker"] = spawn(
        "mail-worker",
        [BIN / "python", "manage.py", "db_worker", "--backend=mail", "--queue-name=mail"],
        env,
    )
    say(f"nginx on {NGINX_URL} ...")
    processes["nginx"] = spawn(
        "nginx",
        nginx_command(),
        env,
        stdout=log_file("nginx-access"),
        stderr=log_file("nginx-error"),
    )

    for name, port in APP_SERVERS.items():
        url = f"http://127.0.0.1:{port}/healthz"
        wait_until(name, lambda url=url: http_status(url)[0] == 200, processes)
    wait_until("nginx", lambda: http_status(f"{NGINX_URL}/healthz")[0] == 200, processes)

    say(f"Varnish on {PUBLIC_URL} ...")
    processes["varnish"] = spawn("varnish", varnish_command(), env)
    wait_until("varnish", lambda: http_status(f"{PUBLIC_URL}/healthz")[0] == 200, processes)
    status, body = http_status(f"{PUBLIC_URL}/readyz", timeout=10)
    if status != 200:
        raise ClusterError(
            "readiness",
            f"{PUBLIC_URL}/readyz answered {status}: {body.decode()[:300]}",
            log_file("app-a"),
        )

    say()
    say(f"The cluster is up ({time.monotonic() - began:.0f} s):")
    say(f"  site (Varnish)  {PUBLIC_URL}/  (admin: {PUBLIC_URL}/admin/)")
    say(f"  load balancer   {NGINX_URL}/  (nginx)")
    for name, port in APP_SERVERS.items():
        say(f"  app server      http://127.0.0.1:{port}/  ({name})")
    say(
        f"  S3 (moto)       {values['AWS_S3_ENDPOINT_URL']}/  bucket {values['AWS_STORAGE_BUCKET_NAME']}"
    )
    say(f"  database        {values['DATABASE_URL']}")
    say(f"  cache           {values['REDIS_URL']}  prefix {values['CACHE_KEY_PREFIX']}")
    say(f"  logs            {LOGS.relative_to(ROOT)}/  (Varnish: varnishlog -n {VARNISH_DIR})")
    say("  an admin user:  .venv/bin/python scripts/cluster.py manage createsuperuser")
    say("  stop:           make cluster-stop")
    for step in skipped:
        say(f"  skipped:        {step}")


def tail(path, lines=20):
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    start_parser = commands.add_parser("start", help="start the cluster (make cluster)")
    start_parser.add_argument(
        "--fresh", action="store_true", help="drop and recreate the cluster's database first"
    )
    start_parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a value of deploy/cluster.env",
    )
    commands.add_parser("stop", help="stop the cluster (make cluster-stop)")
    manage_parser = commands.add_parser(
        "manage", help="run manage.py with the cluster's environment"
    )
    manage_parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)

    if options.command == "manage":
        env = process_env(running_settings())
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *options.args], cwd=ROOT, env=env
        ).returncode
    if options.command == "stop":
        if not any(pid_file(name).exists() for name in START_ORDER):
            say("The cluster is not running.")
            return 0
        stop_all()
        say("The cluster is stopped.")
        return 0
    for directory in (RUN, LOGS, NGINX_PREFIX / "tmp"):
        directory.mkdir(parents=True, exist_ok=True)
    values = cluster_settings(options.set)
    try:
        check_prerequisites(values)
    except ClusterError as error:
        say(f"The cluster cannot start. {error}")
        return 1
    try:
        start(values, fresh=options.fresh)
    except ClusterError as error:
        say(f"\nThe cluster did not start. {error}")
        if error.log:
            say(f"Log: {error.log}\n{tail(error.log)}")
        say("Stopping what did start ...")
        stop_all()
        return 1
    except BaseException:
        stop_all()
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
