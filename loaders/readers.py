"""Reading inputs: turn files and folders into article records (no database, no NLP).

`read_paths(paths)` walks files and folders (recursively, sorted, skipping hidden names and
a folder's README/LICENSE files; unknown extensions are a ReadError, not skipped) and
yields one `ArticleInput` per article, or a `ReadError` naming the input and the problem.
Bad input never raises: reading goes on with the next file or record.

Formats, by extension:

- `.txt`: plain text, the headline on the first line.
- `.md` / `.markdown`: Markdown syntax stripped; the first line (usually the `#` heading)
  is the headline. Optional front matter (`title:`, `date:`/`published:`, `url:`,
  `publisher:`) between `---` lines is read as metadata.
- `.html` / `.htm`: the main text via trafilatura (navigation, footers and ads dropped) plus
  the page's title, date (from its markup only, never guessed from the text), site name and
  canonical URL.
- `.json`: one record or a list of records; `.jsonl` / `.ndjson`: one record per line.
  A record is `{"text" or "html", "title", "url", "published", "publisher"}`.
- `.xml` / `.rss` / `.atom`: an RSS or Atom feed; every entry is an article, the feed's
  title its publisher.

`ArticleInput.text` is final: the headline on the first line, a blank line, the body, all
normalised (NFC, `\\n` newlines, no trailing spaces, no runs of blank lines). Later stages
compute evidence offsets against it.

Publication date: the record's, page's or feed entry's own date; else the `published`
argument (`parley ingest --published`); else, for files holding one article, a
`YYYY-MM-DD-` prefix of the file name; else None. Dates are never guessed from the text.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from loaders.readers_lang import detect_language
from loaders.readers_text import (
    DecodeError,
    compose,
    control_char_ratio,
    date_from_filename,
    decode_bytes,
    first_line,
    html_page_fallback,
    html_to_text,
    markdown_to_text,
    normalize_text,
    one_line,
    parse_date,
    parse_front_matter,
    sniff_binary,
    text_key,
)

MB = 1024 * 1024
DEFAULT_MAX_FILE_MB = 10
DEFAULT_MAX_BYTES = DEFAULT_MAX_FILE_MB * MB
ID_HEX_CHARS = 16  # 64 bits of sha256: plenty for a news corpus
MIN_HTML_WORDS = 10  # less main text than this from a page means trafilatura found no article

TEXT_EXTENSIONS = (".txt",)
MARKDOWN_EXTENSIONS = (".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS + FEED_EXTENSIONS
)

# Field names accepted in JSON records; the first of each is the documented one.
TEXT_FIELDS = ("text", "body", "content")
HTML_FIELDS = ("html",)
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("published", "date", "published_at", "publishedAt", "pubDate")
PUBLISHER_FIELDS = ("publisher", "site", "sitename", "source_name")
# A JSON object holding the list of records under one of these keys is read as that list.
LIST_KEYS = ("articles", "records", "items", "entries", "data")

# Files that document a folder rather than hold an article: skipped when a folder is walked
# (README.md, LICENSE.txt...), read when named explicitly.
FOLDER_DOC_NAMES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING"})

# Query parameters that track clicks and never change the article.
TRACKING_PARAMS = frozenset(
    "fbclid gclid dclid msclkid yclid mc_cid mc_eid ocid cmpid icid ncid ref ref_src smid "
    "taid guccounter sr_share mbid".split()
)


@dataclass
class ArticleInput:
    """One article, ready for extraction."""

    id: str  # "url:<hex>" from the normalised canonical URL, else "sha256:<hex>" of the text
    title: str  # the headline: always the first line of `text`
    text: str  # final text the extractor reads: headline, blank line, body
    url: str | None
    publisher: str | None
    published: date | None
    source: str  # the path, plus "#N" for the N-th record of a JSON list/JSONL line/feed entry
    language: str  # ISO 639-1 code of the detected language ("en")


@dataclass
class ReadError:
    """An input (path or path#record) that gave no article, and why, for a human."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class _Skip(Exception):
    """Internal: this input gives no article; the message is the ReadError reason."""


# --------------------------------------------------------------------------- public API


def max_bytes_from_mb(mb: float | str | None) -> int:
    """Bytes for a limit in MB (as `PARLEY_MAX_FILE_MB` gives it); default when unset/invalid."""
    try:
        value = float(mb) if mb not in (None, "") else DEFAULT_MAX_FILE_MB
    except (TypeError, ValueError):
        value = DEFAULT_MAX_FILE_MB
    return int(value * MB) if value > 0 else DEFAULT_MAX_BYTES


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    require_english: bool = True,
) -> Iterator[ArticleInput | ReadError]:
    """Yield an `ArticleInput` for every article in `paths`, a `ReadError` for every bad input.

    Folders are read recursively in sorted order, skipping hidden files and folders (names
    starting with ".") and the folder's own documentation (README.md, LICENSE...); such a
    file named explicitly is read. Each file is read once even if
    named twice. `published` is the date for articles that carry none of their own.
    `max_bytes` caps each file's size. With `require_english` (the default) non-English
    articles are ReadErrors; otherwise they are yielded with their detected language code.
    """
    seen: set[str] = set()
    for raw in paths:
        for path, error in _walk(Path(raw)):
            if error is not None:
                yield ReadError(str(path), error)
                continue
            key = _identity(path)
            if key in seen:
                continue
            seen.add(key)
            yield from read_file(path, published=published, max_bytes=max_bytes, require_english=require_english)


def read_file(
    path: str | os.PathLike[str],
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    require_english: bool = True,
) -> Iterator[ArticleInput | ReadError]:
    """Articles (or errors) of one file, dispatched on its extension. Never raises."""
    path = Path(path)
    source = str(path)
    try:
        ext = path.suffix.lower()
        if ext not in SUPPORTED_EXTENSIONS:
            what = f"unsupported file type {ext}" if ext else "unsupported file type (no extension)"
            raise _Skip(f"{what}; expected one of {', '.join(SUPPORTED_EXTENSIONS)}")
        data = _read_bytes(path, max_bytes)
        file_date = date_from_filename(path.name)
        ctx = _Context(source, published, file_date, require_english)
        if ext in FEED_EXTENSIONS:
            yield from _read_feed(data, ctx)
            return
        text = _decode(data)
        if ext in TEXT_EXTENSIONS:
            yield ctx.article(text, title=None, single=True)
        elif ext in MARKDOWN_EXTENSIONS:
            yield _read_markdown(text, ctx)
        elif ext in HTML_EXTENSIONS:
            yield _read_html_page(text, ctx, single=True)
        elif ext in JSON_EXTENSIONS:
            yield from _read_json(text, ctx)
        else:
            yield from _read_jsonl(text, ctx)
    except _Skip as skip:
        yield ReadError(source, str(skip))
    except Exception as err:  # noqa: BLE001 - a bad file must never stop the run
        yield ReadError(source, f"cannot read: {type(err).__name__}: {err}")


def read_text(
    text: str,
    source: str = "<text>",
    *,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    require_english: bool = True,
) -> ArticleInput | ReadError:
    """One article from text already in memory (stdin, an API call): same rules as a .txt file,
    or title + body when `title` is given."""
    ctx = _Context(source, published, None, require_english)
    try:
        if not text or not text.strip():
            raise _Skip("empty text")
        return ctx.article(text, title=title, url=url, publisher=publisher)
    except _Skip as skip:
        return ReadError(source, str(skip))


def read_record(
    record: Any, source: str = "<record>", published: date | None = None, *, require_english: bool = True
) -> ArticleInput | ReadError:
    """One article from a JSON-like record `{"text" or "html", "title", "url", "published",
    "publisher"}`. Never raises."""
    ctx = _Context(source, published, None, require_english)
    try:
        return _record_article(record, ctx)
    except _Skip as skip:
        return ReadError(source, str(skip))


# --------------------------------------------------------------------------- ids and URLs


def normalize_url(url: str | None) -> str | None:
    """The canonical form used for ids, or None if `url` is not an http(s) URL.

    Scheme and `www.` are dropped (http/https and www/non-www copies are the same article),
    the host lower-cased, default ports, fragments, tracking parameters (`utm_*`, `fbclid`...)
    and a trailing slash removed, the remaining query parameters sorted.
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or " " in host:
        return None
    if host.startswith("www."):
        host = host[4:]
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    )
    return urlunsplit(("", host, path, urlencode(query), "")).lstrip("/")


def clean_url(url: Any) -> str | None:
    """`url` stripped if it is an http(s) URL with a host, else None."""
    if not isinstance(url, str) or normalize_url(url) is None:
        return None
    return url.strip()


def article_id(url: str | None, text: str) -> str:
    """Stable id: from the normalised URL when there is one, else from the normalised text."""
    canonical = normalize_url(url)
    if canonical:
        return "url:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]
    return "sha256:" + hashlib.sha256(text_key(text).encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


# --------------------------------------------------------------------------- walking and bytes


def _walk(path: Path) -> Iterator[tuple[Path, str | None]]:
    """Files under `path` (itself if a file), sorted, hidden names skipped; or an error."""
    try:
        st = path.stat()
    except FileNotFoundError:
        yield path, "no such file or folder"
        return
    except PermissionError:
        yield path, "permission denied"
        return
    except OSError as err:
        yield path, f"cannot open: {err.strerror or err}"
        return
    if not stat.S_ISDIR(st.st_mode):
        yield path, None
        return
    visited: set[tuple[int, int]] = set()

    def walk_dir(folder: Path) -> Iterator[tuple[Path, str | None]]:
        try:
            fst = folder.stat()
            if (fst.st_dev, fst.st_ino) in visited:  # a symlink loop
                return
            visited.add((fst.st_dev, fst.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except PermissionError:
            yield folder, "permission denied"
            return
        except OSError as err:
            yield folder, f"cannot list folder: {err.strerror or err}"
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.name.split(".", 1)[0].upper() in FOLDER_DOC_NAMES and not entry.is_dir():
                continue  # README.md of an input folder describes the folder, it is no article
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk_dir(child)
            else:
                yield child, None

    yield from walk_dir(path)


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _size_text(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / 1024:.1f} KB"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise _Skip("not a regular file")
        limit_mb = f"{round(max_bytes / MB, 2):g}"
        if st.st_size > max_bytes:
            raise _Skip(f"file is {_size_text(st.st_size)}, over the {limit_mb} MB limit (PARLEY_MAX_FILE_MB)")
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise _Skip("permission denied") from None
    except FileNotFoundError:
        raise _Skip("no such file or folder") from None
    except IsADirectoryError:
        raise _Skip("is a folder") from None
    except OSError as err:
        raise _Skip(f"cannot read: {err.strerror or err}") from None
    if len(data) > max_bytes:  # grew while we looked
        raise _Skip(f"file is over the {limit_mb} MB limit (PARLEY_MAX_FILE_MB)")
    if not data:
        raise _Skip("empty file")
    binary = sniff_binary(data)
    if binary:
        raise _Skip(f"binary file ({binary})")
    return data


def _decode(data: bytes) -> str:
    try:
        text, _encoding = decode_bytes(data)
    except DecodeError as err:
        raise _Skip(str(err)) from None
    if control_char_ratio(text) > 0.01:
        raise _Skip("binary file (control characters)")
    if not text.strip() or not text.replace("\ufeff", "").strip():
        raise _Skip("empty file (only whitespace)")
    return text


# --------------------------------------------------------------------------- building articles


@dataclass
class _Context:
    source: str
    published: date | None  # the --published argument
    file_date: date | None  # YYYY-MM-DD- prefix of the file name
    require_english: bool

    def sub(self, n: int) -> _Context:
        return _Context(f"{self.source}#{n}", self.published, None, self.require_english)

    def article(
        self,
        body: str,
        *,
        title: str | None,
        url: str | None = None,
        publisher: str | None = None,
        own_date: date | None = None,
        single: bool = False,
    ) -> ArticleInput:
        """Build the final article; raise _Skip if there is no text or it is not English."""
        text = compose(title, body)
        if not text:
            raise _Skip("no text")
        if not any(ch.isalpha() for ch in text):
            raise _Skip("no readable text (no letters)")
        guess = detect_language(text)
        if self.require_english and not guess.is_english:
            raise _Skip(f"not English (looks like {guess.language})")
        when = own_date or self.published or (self.file_date if single else None)
        return ArticleInput(
            id=article_id(url, text),
            title=first_line(text),
            text=text,
            url=clean_url(url),
            publisher=one_line(publisher) or None,
            published=when,
            source=self.source,
            language=guess.code,
        )


def _read_markdown(md: str, ctx: _Context) -> ArticleInput:
    meta, body = parse_front_matter(normalize_text(md))
    text = markdown_to_text(body)
    if not text:
        raise _Skip("empty file (no text after the front matter)" if meta else "empty file")
    own = _date_or_skip(meta.get("published") or meta.get("date"), "front matter date")
    return ctx.article(
        text,
        title=meta.get("title"),
        url=meta.get("url") or meta.get("canonical_url") or meta.get("link"),
        publisher=meta.get("publisher") or meta.get("site"),
        own_date=own,
        single=True,
    )


def _date_or_skip(value: Any, what: str) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        raise _Skip(f"invalid {what} {value!r} (expected an ISO date like 2025-06-14)") from None


def _extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of a whole HTML page via trafilatura; fallback: plain text."""
    try:
        import trafilatura
    except ImportError:  # a broken install (lxml without lxml-html-clean): cruder, still useful
        body, meta = html_page_fallback(html)
        return body, meta
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        # metadata only: a date found in the text (a footer's copyright year) is a guess
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return "", {}
    body = (doc.text or "").strip()
    meta = {
        "title": doc.title,
        "date": doc.date,
        "url": doc.url,
        "publisher": doc.sitename,
    }
    # trafilatura gives one paragraph per line; articles keep a blank line between them
    return "\n\n".join(line for line in body.split("\n") if line.strip()), meta


def _read_html_page(
    html: str,
    ctx: _Context,
    *,
    single: bool,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    own_date: date | None = None,
) -> ArticleInput:
    """An article from a whole HTML page; explicit values (from a record) beat page metadata."""
    body, meta = _extract_html(html)
    if len(body.split()) < MIN_HTML_WORDS:  # a menu or a cookie banner is not an article
        raise _Skip("no article text found in the HTML")
    page_date = None
    if meta.get("date"):
        try:
            page_date = parse_date(meta["date"])
        except ValueError:
            page_date = None
    return ctx.article(
        body,
        title=title or meta.get("title"),
        url=url or clean_url(meta.get("url")),
        publisher=publisher or meta.get("publisher"),
        own_date=own_date or page_date,
        single=single,
    )


def _first(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return name, value
    return None, None


def _record_article(record: Any, ctx: _Context, *, single: bool = False) -> ArticleInput:
    if not isinstance(record, dict):
        raise _Skip(f"record is not a JSON object (got {_json_type(record)})")
    out: dict[str, Any] = {}
    for key, names in (("title", TITLE_FIELDS), ("url", URL_FIELDS), ("publisher", PUBLISHER_FIELDS)):
        name, value = _first(record, names)
        if value is not None and not isinstance(value, str):
            raise _Skip(f"field '{name}' must be a string, not {_json_type(value)}")
        out[key] = value
    date_name, date_value = _first(record, DATE_FIELDS)
    own_date = _date_or_skip(date_value, f"'{date_name}' date") if date_name else None
    text_name, text = _first(record, TEXT_FIELDS)
    html_name, html = _first(record, HTML_FIELDS)
    for name, value in ((text_name, text), (html_name, html)):
        if value is not None and not isinstance(value, str):
            raise _Skip(f"field '{name}' must be a string, not {_json_type(value)}")
    if text is not None and text.strip():
        return ctx.article(
            text, title=out["title"], url=out["url"], publisher=out["publisher"], own_date=own_date, single=single
        )
    if html is not None and html.strip():
        return _read_html_page(
            html, ctx, single=single, title=out["title"], url=out["url"], publisher=out["publisher"], own_date=own_date
        )
    raise _Skip("record has no text or html")


def _json_type(value: Any) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number" if isinstance(value, (int, float)) else type(value).__name__
    )


def _json_error(err: json.JSONDecodeError, line: int | None = None) -> str:
    return f"invalid JSON at line {line or err.lineno} column {err.colno}: {err.msg}"


def _read_json(text: str, ctx: _Context) -> Iterator[ArticleInput | ReadError]:
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as err:
        raise _Skip(_json_error(err)) from None
    if isinstance(data, dict) and not any(k in data for k in TEXT_FIELDS + HTML_FIELDS):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, dict):
        yield _record_article(data, ctx, single=True)
        return
    if not isinstance(data, list):
        raise _Skip(f"expected a JSON object or a list of objects, got {_json_type(data)}")
    if not data:
        raise _Skip("no records (empty list)")
    for n, record in enumerate(data, start=1):
        sub = ctx.sub(n)
        try:
            yield _record_article(record, sub)
        except _Skip as skip:
            yield ReadError(sub.source, str(skip))


def _read_jsonl(text: str, ctx: _Context) -> Iterator[ArticleInput | ReadError]:
    """One record per line; `#N` is the line number, so errors point at the line to fix."""
    any_line = False
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        any_line = True
        sub = ctx.sub(n)
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise _Skip(_json_error(err, n)) from None
            yield _record_article(record, sub)
        except _Skip as skip:
            yield ReadError(sub.source, str(skip))
        except Exception as err:  # noqa: BLE001 - one odd line must not stop the file
            yield ReadError(sub.source, f"cannot read: {type(err).__name__}: {err}")
    if not any_line:
        raise _Skip("empty file (only whitespace)")


# --------------------------------------------------------------------------- feeds


def _entry_date(entry: Any) -> date | None:
    """The entry's own date as written (local day), from published, updated or created."""
    for key in ("published", "updated", "created", "dc_date"):
        raw = entry.get(key)
        if raw:
            try:
                return parse_date(raw)
            except (ValueError, TypeError):
                pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_body(entry: Any) -> str:
    """Full content if the feed has it (Atom content, content:encoded), else the summary."""
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if not candidates and entry.get("summary"):
        candidates = [entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}]
    for c in candidates:
        value = c.get("value") or ""
        kind = (c.get("type") or "text/html").lower()
        text = html_to_text(value) if "html" in kind else normalize_text(value)
        if text:
            return text
    return ""


def _read_feed(data: bytes, ctx: _Context) -> Iterator[ArticleInput | ReadError]:
    import feedparser

    feed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = feed.get("entries") or []
    if not entries:
        if not feed.get("version"):
            problem = feed.get("bozo_exception")
            if problem is not None and feed.get("bozo"):
                raise _Skip(f"not a valid RSS or Atom feed: {problem}")
            raise _Skip("not an RSS or Atom feed")
        raise _Skip("feed has no entries")
    publisher = one_line((feed.get("feed") or {}).get("title")) or None
    for n, entry in enumerate(entries, start=1):
        sub = ctx.sub(n)
        try:
            body = _entry_body(entry)
            if not body:
                raise _Skip("feed entry has no text (no content or summary)")
            title = one_line(entry.get("title"))
            if title and not entry.get("title_detail", {}).get("type", "text/plain").endswith("plain"):
                title = one_line(html_to_text(entry.get("title")))
            yield sub.article(
                body,
                title=title or None,
                url=entry.get("link"),
                publisher=publisher,
                own_date=_entry_date(entry),
            )
        except _Skip as skip:
            yield ReadError(sub.source, str(skip))
        except Exception as err:  # noqa: BLE001
            yield ReadError(sub.source, f"cannot read: {type(err).__name__}: {err}")
