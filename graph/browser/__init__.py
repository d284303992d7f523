"""Neo4j Browser assets for analysts: a GRASS style sheet, saved queries and an HTML guide.

Files (all in this folder):

- `parley.grass`    colours and captions per label / relationship type (`:style` format)
- `queries.cypher`  the analysts' saved queries, each under a `// name:` header, `$param`s only
- `guide.html`      a Browser guide (`<slide>`s with `pre.runnable` blocks) generated from
                    `queries.cypher` by `python -m graph.browser` (a test keeps it in sync)

How they reach the analyst (see README.md here):

1. The style needs no web server: `conf_lines()` puts it *inline* into
   `browser.post_connect_cmd` (`style {json}`), so Neo4j Browser applies it on every connect.
2. The guide must come over HTTP with CORS (Browser fetches it with `fetch()` from its own
   origin, sending `pragma`/`cache-control` headers, which triggers a CORS preflight). The
   Parley GraphQL app serves these files under `ROUTE_PREFIX` with `asgi_app` below (plain
   ASGI, no Starlette needed), and `post_connect_cmd` ends with `play <guide url>`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BROWSER_DIR = Path(__file__).resolve().parent

# What the GraphQL app should serve: GET {ROUTE_PREFIX}/{name} -> file, with MEDIA_TYPES[name].
BROWSER_ASSETS: dict[str, Path] = {
    "parley.grass": BROWSER_DIR / "parley.grass",
    "guide.html": BROWSER_DIR / "guide.html",
    "queries.cypher": BROWSER_DIR / "queries.cypher",
}
MEDIA_TYPES: dict[str, str] = {
    "parley.grass": "text/plain; charset=utf-8",
    "guide.html": "text/html; charset=utf-8",
    "queries.cypher": "text/plain; charset=utf-8",
}
ROUTE_PREFIX = "/browser"

# The files are public, static and fetched without credentials, so any origin may read them
# (Neo4j Browser runs on the Neo4j HTTP port, Desktop or a docker port: origins vary).
# `:play <url>` sends `pragma` and `cache-control` request headers, and Browser's error
# reporting (Sentry) adds `sentry-trace` and `baggage` to every fetch: a preflight (OPTIONS)
# that must allow them all. `asgi_app` echoes the requested header names (what Starlette's
# CORSMiddleware does with allow_headers=["*"]); CORS_HEADERS lists the ones seen from 5.24.
CORS_HEADERS: dict[str, str] = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "pragma, cache-control, content-type, sentry-trace, baggage",
    "Access-Control-Max-Age": "600",
}
_HEADER_LIST = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$")

# Hosts Browser may fetch `:play`/`:style` URLs from (its default is "guides.neo4j.com,localhost").
REMOTE_CONTENT_HOSTS = ("localhost", "127.0.0.1", "guides.neo4j.com")


def guide_url(graphql_port: int, host: str = "localhost") -> str:
    return f"http://{host}:{graphql_port}{ROUTE_PREFIX}/guide.html"


def style_url(graphql_port: int, host: str = "localhost") -> str:
    return f"http://{host}:{graphql_port}{ROUTE_PREFIX}/parley.grass"


# -- GRASS ---------------------------------------------------------------------------------
def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """GRASS text -> {selector: {property: value}}, the object Browser keeps (quotes dropped).

    Mirrors Browser 5.24's own parser: selectors outside braces, `prop: value;` inside,
    quote characters removed, a value must not contain ':'.
    """
    blocks: dict[str, str] = {}
    in_quote = in_block = nested = False
    selector = body = ""
    for ch in text:
        if ch in "'\"":
            in_quote = not in_quote
            continue  # quote characters are dropped, as Browser does
        if ch == "{" and not in_quote:
            if in_block:
                nested = True
            else:
                in_block = True
            continue
        if ch == "}" and not in_quote:
            if nested:
                nested = False
            else:
                in_block = False
                blocks[selector] = body
                selector = body = ""
            continue
        if in_block:
            body += ch
        elif not ch.isspace():
            selector += ch
    rules: dict[str, dict[str, str]] = {}
    for sel, decls in blocks.items():
        props: dict[str, str] = {}
        for decl in decls.split(";"):
            parts = decl.split(":")
            if len(parts) == 2:
                props[parts[0].strip()] = parts[1].strip()
        rules[sel] = props
    return rules


def style_json(grass_path: Path | None = None) -> str:
    """The style as one line of JSON: what `:style <json>` accepts (Browser tries JSON first)."""
    text = (grass_path or BROWSER_ASSETS["parley.grass"]).read_text(encoding="utf-8")
    encoded = json.dumps(parse_grass(text), separators=(",", ":"), ensure_ascii=False)
    # neo4j.conf reads backslashes as escapes and post_connect_cmd splits on ';'.
    if "\\" in encoded or ";" in encoded or "\n" in encoded:
        raise ValueError("the style cannot go into neo4j.conf: it contains \\, ; or a newline")
    return encoded


def post_connect_cmd(graphql_port: int | None) -> str:
    """Commands Browser runs after connecting (it prefixes each with ':' itself, so none here).

    Browser splits the value on ';' outside quotes; the JSON style has no ';'.
    """
    commands = [f"style {style_json()}"]
    if graphql_port:
        commands.append(f"play {guide_url(graphql_port)}")
    return "; ".join(commands)


def conf_lines(graphql_port: int | None) -> list[str]:
    """`browser.*` lines for neo4j.conf (used by `graph.local_server.LocalNeo4j._write_conf`)."""
    return [
        "browser.remote_content_hostname_whitelist=" + ",".join(REMOTE_CONTENT_HOSTS),
        "browser.post_connect_cmd=" + post_connect_cmd(graphql_port),
    ]


# -- saved queries -------------------------------------------------------------------------
@dataclass
class SavedQuery:
    name: str
    title: str
    params: list[str]
    description: list[str]
    examples: list[str]  # `:param ...` lines shown in the guide (placeholders, not data)
    cypher: str
    checks: list[str] = field(default_factory=list)  # `// expect-index:` operator names


_HEADER = re.compile(r"^// name:\s*(?P<name>[\w-]+)\s*$", re.M)


def load_queries(path: Path | None = None) -> list[SavedQuery]:
    """Parse queries.cypher: blocks start at `// name: x`, then `// title:`, `// params:`,
    `// :param ...` examples and free `//` description lines, then the Cypher (to `;`)."""
    text = (path or BROWSER_ASSETS["queries.cypher"]).read_text(encoding="utf-8")
    starts = [m.start() for m in _HEADER.finditer(text)] + [len(text)]
    queries = []
    for begin, end in zip(starts, starts[1:]):
        block = text[begin:end].strip().splitlines()
        name = _HEADER.match(block[0]).group("name")  # type: ignore[union-attr]
        title, params, description, examples, checks, body = "", [], [], [], [], []
        for line in block[1:]:
            stripped = line.strip()
            if body or not stripped.startswith("//"):
                body.append(line)
                continue
            content = stripped[2:].strip()
            if content.startswith("title:"):
                title = content[len("title:"):].strip()
            elif content.startswith("params:"):
                params = [p.strip() for p in content[len("params:"):].split(",") if p.strip()]
            elif content.startswith("expect-index:"):
                checks = content[len("expect-index:"):].split()
            elif content.startswith(":param"):
                examples.append(content)
            elif content:
                description.append(content)
        cypher = "\n".join(body).strip().rstrip(";").strip()
        queries.append(SavedQuery(name, title or name, params, description, examples, cypher,
                                  checks))
    return queries


# -- the guide -----------------------------------------------------------------------------
_GUIDE_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Parley: negotiations in the news</title>
</head>
<body>
<!-- Generated from queries.cypher by `python -m graph.browser`; edit queries.cypher. -->
<article class="guide">
<carousel class="deck container-fluid">
"""

_GUIDE_INTRO = """<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>Parley: negotiations in the news</h3>
    <p>The graph holds who met whom, when, about what, and who demanded or conceded what,
    each fact linked to the articles and sentences that report it.</p>
    <p>Colours: <b style="color:#4C8EDA">Person</b>, <b style="color:#C0392B">Party</b>,
    <b style="color:#F39C12">Meeting</b>, <b style="color:#8E44AD">Demand</b>,
    <b style="color:#27AE60">Concession</b>, <b style="color:#B7950B">Topic</b>,
    <b style="color:#17A589">Article</b>, <b style="color:#99A3A4">Sentence</b>.</p>
    <p>Every query takes parameters. Click a grey block to put it into the editor, change the
    value between the quotes, and run it (Ctrl+Enter). Set a parameter first with
    <code>:param</code>, then run the query. <code>:params</code> lists the current values.</p>
    <p>Use the arrows to page through the queries. Start with <b>search by name</b>: the other
    queries need exact names, which search gives you.</p>
  </div>
</slide>
"""

_GUIDE_STYLE = """<slide class="row-fluid">
  <div class="col-sm-12">
    <h3>The Parley style</h3>
    <p>Parley's server applies its style each time you connect. If you changed colours and want
    them back, click this block and run it. You can also run <code>:style</code> and drop the
    file <code>parley.grass</code> on the frame that opens.</p>
    <pre class="code runnable">:style {style}</pre>
    <p><code>:style reset</code> restores the Browser default.</p>
  </div>
</slide>
"""

_GUIDE_TAIL = """</carousel>
</article>
</body>
</html>
"""


def _slide(query: SavedQuery) -> str:
    esc = html.escape
    parts = ['<slide class="row-fluid">', '  <div class="col-sm-12">',
             f"    <h3>{esc(query.title)}</h3>"]
    if query.description:
        parts.append(f"    <p>{esc(' '.join(query.description))}</p>")
    if query.examples:
        parts.append("    <p>1. Set the parameters (replace the placeholder text):</p>")
        for example in query.examples:
            parts.append(f'    <pre class="code runnable">{esc(example)}</pre>')
        parts.append("    <p>2. Run the query:</p>")
    parts.append(f'    <pre class="code runnable">{esc(query.cypher)}</pre>')
    parts += ["  </div>", "</slide>"]
    return "\n".join(parts) + "\n"


def render_guide(queries: list[SavedQuery] | None = None) -> str:
    queries = load_queries() if queries is None else queries
    style = html.escape(style_json())
    return (_GUIDE_HEAD + _GUIDE_INTRO + "".join(_slide(q) for q in queries)
            + _GUIDE_STYLE.replace("{style}", style) + _GUIDE_TAIL)


# -- serving the assets (plain ASGI; mount it at ROUTE_PREFIX) ----------------------------
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


async def asgi_app(scope: Scope, receive: Receive, send: Send) -> None:
    """Serve BROWSER_ASSETS with CORS: GET/HEAD `/<name>` (below the mount), OPTIONS preflight.

    Mounted at `/browser` by Starlette's `Mount`, `scope["path"]` is the full path and
    `scope["root_path"]` the mount prefix; standalone, the path is just `/<name>`.
    """
    if scope["type"] != "http":
        return
    path = scope.get("path", "")
    root = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root):]
    name = path.lstrip("/")
    if name.startswith(ROUTE_PREFIX.lstrip("/") + "/"):
        name = name[len(ROUTE_PREFIX):]
    method = scope.get("method", "GET")
    cors = dict(CORS_HEADERS)
    requested = dict(scope.get("headers") or []).get(b"access-control-request-headers", b"")
    requested_text = requested.decode("latin-1").strip()
    if method == "OPTIONS" and requested_text and _HEADER_LIST.match(requested_text):
        cors["Access-Control-Allow-Headers"] = requested_text
    headers = [(k.lower().encode(), v.encode()) for k, v in cors.items()]
    if name not in BROWSER_ASSETS:
        status, body = 404, b"not found\n"
        headers.append((b"content-type", b"text/plain; charset=utf-8"))
    elif method == "OPTIONS":
        status, body = 204, b""
    elif method in ("GET", "HEAD"):
        status, body = 200, BROWSER_ASSETS[name].read_bytes()
        headers += [(b"content-type", MEDIA_TYPES[name].encode()),
                    (b"cache-control", b"no-cache")]
    else:
        status, body = 405, b"method not allowed\n"
        headers += [(b"allow", b"GET, HEAD, OPTIONS"),
                    (b"content-type", b"text/plain; charset=utf-8")]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})


def main() -> None:
    """`python -m graph.browser`: regenerate guide.html from queries.cypher and parley.grass."""
    BROWSER_ASSETS["guide.html"].write_text(render_guide(), encoding="utf-8")
    print(f"wrote {BROWSER_ASSETS['guide.html']}")


if __name__ == "__main__":
    main()
