"""A real Neo4j 5.26 Community server on this machine, without Docker.

The server and Neo4j Browser come from Maven Central as jars (`neo4j/pom.xml`), resolved once
into a cache folder shared by every clone on the machine. We start
`org.neo4j.server.CommunityEntryPoint` directly with the JVM flags Java 17 needs, a generated
`neo4j.conf`, and data/logs in the project-local, git-ignored `.neo4j/` folder. The pid file
lets `stop` end exactly the process `start` launched, and nothing else.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graph.browser import conf_lines as browser_conf_lines
from parley.settings import PROJECT_ROOT, Settings

POM = PROJECT_ROOT / "neo4j" / "pom.xml"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"

# Java 17 refuses Neo4j's reflective access to NIO buffers without these.
JVM_FLAGS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
]


class LocalServerError(RuntimeError):
    """The local server could not be installed, started or stopped; the message says why."""


@dataclass
class Status:
    running: bool
    pid: int | None
    bolt_uri: str
    browser_url: str
    managed: bool  # True when this project started the process

    def describe(self) -> str:
        state = f"running (pid {self.pid})" if self.running and self.pid else (
            "running (not started by parley)" if self.running else "not running")
        return f"Neo4j {state}\n  Bolt:    {self.bolt_uri}\n  Browser: {self.browser_url}"


class LocalNeo4j:
    """The Maven-resolved Neo4j that `parley neo4j start|stop|status` manages."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.home = settings.neo4j_home
        self.lib = settings.neo4j_lib_cache / _pom_version() / "lib"
        self.pid_file = self.home / "run" / "parley-neo4j.pid"
        self.console_log = self.home / "logs" / "console.log"

    # -- install ---------------------------------------------------------------------------
    def install(self) -> None:
        """Resolve the jars with Maven (first run downloads them; later runs reuse the cache)."""
        marker = self.lib / ".complete"
        if marker.exists():
            return
        if shutil.which("mvn") is None or shutil.which("java") is None:
            raise LocalServerError("Java 17 and Maven are needed to run the local Neo4j "
                                   "(install them, or point NEO4J_URI at your own server).")
        self.lib.mkdir(parents=True, exist_ok=True)
        cmd = ["mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
               f"-DoutputDirectory={self.lib}", "-DincludeScope=runtime"]
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            raise LocalServerError("Maven could not resolve the Neo4j jars:\n"
                                   + (result.stdout + result.stderr)[-2000:])
        marker.write_text("ok\n")

    def _write_conf(self) -> Path:
        conf_dir = self.home / "conf"
        for sub in ("conf", "data", "logs", "run", "plugins", "import"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        s = self.settings
        lines = [
            "# Written by `parley neo4j start`; edit the settings, not this file.",
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=localhost",
            f"server.bolt.listen_address=:{s.neo4j_bolt_port}",
            # Browser and routing drivers connect to the advertised port, not the listened one.
            f"server.bolt.advertised_address=:{s.neo4j_bolt_port}",
            f"server.http.advertised_address=:{s.neo4j_http_port}",
            f"server.http.listen_address=:{s.neo4j_http_port}",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            f"server.directories.data={self.home / 'data'}",
            f"server.directories.logs={self.home / 'logs'}",
            f"server.directories.run={self.home / 'run'}",
            f"server.directories.plugins={self.home / 'plugins'}",
            f"server.directories.import={self.home / 'import'}",
            f"server.memory.pagecache.size={s.neo4j_pagecache}",
            "dbms.memory.transaction.total.max=1g",
            "dbms.usage_report.enabled=false",
            # Neo4j Browser: apply graph/browser/parley.grass on connect and open the guide
            # that the GraphQL app serves (graph/browser/README.md).
            *browser_conf_lines(s.graphql_port),
        ]
        conf = conf_dir / "neo4j.conf"
        conf.write_text("\n".join(lines) + "\n")
        return conf_dir

    # -- password --------------------------------------------------------------------------
    def ensure_password(self) -> str:
        """Use NEO4J_PASSWORD, or generate one into the git-ignored `.env` on first start.

        No password is ever committed: a fresh clone makes its own.
        """
        if self.settings.neo4j_password:
            return self.settings.neo4j_password
        password = secrets.token_urlsafe(18)
        env_file = PROJECT_ROOT / ".env"
        with env_file.open("a") as fh:
            fh.write(f"NEO4J_PASSWORD={password}\n")
        os.environ["NEO4J_PASSWORD"] = password
        return password

    def _set_initial_password(self, password: str, conf_dir: Path) -> None:
        if (self.home / "data" / "databases" / "system").exists():
            return  # only effective before the very first start
        env = dict(os.environ, NEO4J_HOME=str(self.home), NEO4J_CONF=str(conf_dir))
        result = subprocess.run(
            ["java", "-cp", f"{self.lib}/*", "org.neo4j.server.startup.Neo4jAdminCommand",
             "dbms", "set-initial-password", password],
            capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise LocalServerError("could not set the initial Neo4j password:\n"
                                   + (result.stdout + result.stderr)[-2000:])

    # -- lifecycle -------------------------------------------------------------------------
    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _is_our_java(pid) else None

    def status(self) -> Status:
        s = self.settings
        pid = self.pid()
        running = pid is not None or _port_open("127.0.0.1", s.neo4j_bolt_port)
        return Status(running, pid, s.neo4j_uri, s.browser_url, pid is not None)

    def start(self, timeout: float = 120.0) -> Status:
        """Start in the background and wait until Bolt answers; a no-op when already up."""
        current = self.status()
        if current.running:
            return current
        self.install()
        password = self.ensure_password()
        conf_dir = self._write_conf()
        self._set_initial_password(password, conf_dir)
        cmd = ["java", f"-Xms{self.settings.neo4j_heap}", f"-Xmx{self.settings.neo4j_heap}",
               *JVM_FLAGS, "-cp", f"{self.lib}/*", MAIN_CLASS,
               f"--home-dir={self.home}", f"--config-dir={conf_dir}", "--console-mode"]
        log = self.console_log.open("ab")
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, cwd=self.home)
        self.pid_file.write_text(f"{proc.pid}\n")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise LocalServerError(f"Neo4j exited with code {proc.returncode} while starting; "
                                       f"see {self.console_log}:\n{_tail(self.console_log)}")
            if _bolt_ready(self.settings, password):
                return self.status()
            time.sleep(0.25)
        self.stop()
        raise LocalServerError(f"Neo4j did not answer on Bolt within {timeout:.0f}s; see {self.console_log}")

    def stop(self, timeout: float = 60.0) -> bool:
        """End the process we started (SIGTERM, then SIGKILL); False when there was none."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        return True


def free_port() -> int:
    """A TCP port nobody listens on right now (for throwaway servers in tests and benches)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def throwaway_settings(settings: Settings, home: Path, heap: str = "512m",
                       pagecache: str = "64m") -> Settings:
    """Settings for a second local server with its own data folder and free ports."""
    bolt = free_port()
    return dataclasses.replace(
        settings, neo4j_home=home, neo4j_bolt_port=bolt, neo4j_http_port=free_port(),
        neo4j_uri=f"bolt://localhost:{bolt}", neo4j_heap=heap, neo4j_pagecache=pagecache,
        neo4j_password=settings.neo4j_password or secrets.token_urlsafe(12))


def _pom_version() -> str:
    text = POM.read_text()
    start = text.index("<neo4j.version>") + len("<neo4j.version>")
    return "neo4j-" + text[start:text.index("<", start)]


def _alive(pid: int) -> bool:
    try:
        # A zombie child of ours still "exists"; reap it if it is ours.
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


def _is_our_java(pid: int) -> bool:
    """A stale pid file must not make us signal an unrelated process that reused the pid."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False
    return MAIN_CLASS in cmdline and _alive(pid)


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _bolt_ready(settings: Settings, password: str) -> bool:
    if not _port_open("127.0.0.1", settings.neo4j_bolt_port):
        return False
    from neo4j import GraphDatabase
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    try:
        with GraphDatabase.driver(settings.neo4j_uri, auth=(settings.neo4j_user, password)) as drv:
            drv.verify_connectivity()
        return True
    except (ServiceUnavailable, OSError, Neo4jError):
        return False


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
