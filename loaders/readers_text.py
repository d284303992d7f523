"""Text helpers for `loaders.readers`: decoding bytes, normalising text, Markdown and HTML to text.

Everything here is pure (no files, no network) so each step can be tested on its own.
"""

from __future__ import annotations

import codecs
import html as html_lib
import re
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# --------------------------------------------------------------------------- decoding


class DecodeError(ValueError):
    """The bytes are not text we can read; `str(err)` is the human reason."""


# Magic numbers of binary formats people drop into an input folder by mistake.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (also .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"SQLite format 3\x00", "SQLite database"),
]

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: list[tuple[bytes, str, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
]

# Bytes cp1252 leaves undefined: text holding them is not cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

# charset-normalizer's "chaos" (0 = clean, 1 = noise) above which we refuse a guess.
MAX_CHAOS = 0.2


def sniff_binary(data: bytes) -> str | None:
    """Why `data` is binary ("PDF document", "NUL bytes"), or None if it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        return None  # UTF-16/32 text is full of NUL bytes
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        return "NUL bytes"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes; return (text, encoding name). Raise DecodeError with a reason.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, cp1252 for mostly-ASCII
    text (English with a few curly quotes or accents from Windows tools), then
    charset-normalizer's best guess if its chaos score is low enough.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as err:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}: {err.reason}") from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data if b >= 0x80)
    if high <= max(8, len(data) // 20) and not _CP1252_UNDEFINED.intersection(data):
        return data.decode("cp1252"), "cp1252"
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - it ships with requests/trafilatura
        charset_normalizer = None
    if charset_normalizer is not None:
        best = charset_normalizer.from_bytes(data).best()
        if best is not None and best.chaos <= MAX_CHAOS:
            return str(best), best.encoding
    raise DecodeError("cannot decode as UTF-8 or any known encoding")


def control_char_ratio(text: str) -> float:
    """Share of characters that are control characters other than tab, newline, CR, FF."""
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return bad / len(sample)


# --------------------------------------------------------------------------- normalising

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " "})
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, no trailing spaces, at most one blank line in a row.

    Also: non-breaking and tab spaces become plain spaces, zero-width characters, soft
    hyphens and stray control characters go, and leading/trailing blank lines are dropped.
    Leading spaces of a line are kept (they are rare in articles and harmless).
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = text.translate(_SPACES)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def one_line(text: str | None) -> str:
    """A title as a single line: NFC, whitespace runs (including newlines) to one space."""
    if not text:
        return ""
    return " ".join(normalize_text(text).split())


def compose(title: str | None, body: str) -> str:
    """Article text: the headline on the first line, a blank line, then the body.

    If the body already starts with the headline (as pages and feeds often do), it is not
    repeated. Without a title the body is returned as is (its first line is the headline).
    """
    body = normalize_text(body)
    title = one_line(title)
    if not title:
        return body
    first, _, rest = body.partition("\n")
    if _same_words(first, title):
        body = rest.lstrip("\n")
    return normalize_text(f"{title}\n\n{body}") if body else title


def _same_words(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())

    return bool(key(a)) and key(a) == key(b)


def first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip()


def text_key(text: str) -> str:
    """What the text id hashes: the normalised text with all whitespace runs as one space."""
    return " ".join(normalize_text(text).split())


# --------------------------------------------------------------------------- dates

_FILE_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[^\d])")


def date_from_filename(name: str) -> date | None:
    """`2025-06-14-japan-us.txt` -> 2025-06-14; None when the name does not start with a date."""
    m = _FILE_DATE.match(name)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """An ISO date or datetime (`2025-06-14`, `2025-06-14T09:30:00Z`, `2025-06-14 09:30+02:00`)
    or an RFC 2822 date (`Sat, 14 Jun 2025 09:30:00 GMT`) -> the calendar date as written
    (no time-zone conversion, so a late-evening local time keeps its local day).
    Raise ValueError on anything else. None/"" -> None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    s = value.strip()
    if not s:
        return None
    iso = s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s
    try:
        return datetime.fromisoformat(iso).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(s[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", s) else _rfc2822(s)
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not an ISO date: {value!r}") from None


def _rfc2822(s: str) -> date:
    dt = parsedate_to_datetime(s)
    if dt is None:  # pragma: no cover - older Pythons
        raise ValueError(s)
    return dt.date()


# --------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_BULLET = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->", re.S)
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split simple YAML front matter (`key: value` lines between `---`) from Markdown."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


def markdown_to_text(md: str) -> str:
    """Plain text from Markdown: headings, emphasis, links, lists, quotes -> their words.

    Not a full CommonMark parser; it handles what articles written in Markdown use.
    Code fences are dropped but their content kept; images, link targets, reference
    definitions, horizontal rules and table rules are removed; HTML tags are stripped.
    """
    out: list[str] = []
    in_fence = False
    skip = False
    lines = md.split("\n")
    for i, line in enumerate(lines):
        if skip:  # the underline of a setext heading
            skip = False
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _HR.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line) and "|" in line:
            out.append("")
            continue
        m = _ATX.match(line)
        if m:
            line = m.group(1)
            out.extend(["", _inline(line), ""])  # a heading is its own paragraph
            continue
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(r"\1", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = "  ".join(c.strip() for c in line.strip().strip("|").split("|"))
        line = _inline(line)
        if _SETEXT.match(nxt) and line.strip():
            out.extend(["", line, ""])
            skip = True
            continue
        out.append(line)
    return normalize_text("\n".join(out))


def _inline(s: str) -> str:
    s = _IMAGE.sub("", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    s = _REF_LINK.sub(r"\1", s)
    s = _HTML_TAG.sub("", s)
    s = _CODE.sub(lambda m: m.group(2).strip(), s)
    for _ in range(2):  # nested: ***bold italic***
        s = _STRONG.sub(r"\2", s)
        s = _EM_STAR.sub(r"\1", s)
        s = _EM_UNDER.sub(r"\1", s)
    s = _STRIKE.sub(r"\1", s)
    s = _ESCAPE.sub(r"\1", s)
    return html_lib.unescape(s)


# --------------------------------------------------------------------------- HTML fragments

_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "svg", "head")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): block elements become
    paragraphs, `<br>` a line break, scripts and styles are dropped. No boilerplate removal:
    use trafilatura for whole pages."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return normalize_text(html_lib.unescape(fragment))
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return normalize_text(_HTML_TAG.sub(" ", html_lib.unescape(fragment)))
    for el in root.iter(*_DROP_TAGS):
        el.drop_tree()
    parts: list[str] = []

    def walk(el) -> None:  # noqa: ANN001 - lxml element
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if tag == "br":
            parts.append("\n")
        elif block:
            parts.append("\n\n")
        if el.text and isinstance(el.tag, str):
            parts.append(_ws(el.text))
        for child in el:
            walk(child)
            if child.tail:
                parts.append(_ws(child.tail))
        if block:
            parts.append("\n\n")

    walk(root)
    text = "".join(parts)
    # spaces around the line breaks that blocks and <br> made
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    return normalize_text(text)


def _ws(s: str) -> str:
    """HTML text: any whitespace run (source line breaks too) is one space."""
    return re.sub(r"[ \t\n\r\f]+", " ", s)


# --------------------------------------------------------------------------- whole pages without trafilatura

_BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form", "button", "menu", "dialog")


def html_page_fallback(page: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of a whole page when trafilatura cannot be imported.

    Cruder than trafilatura: drops nav/header/footer/aside/form, reads the first `<article>`
    (else `<main>`, else `<body>`), and takes the title, canonical URL, site name and
    publication date from the usual meta tags only.
    """
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return "", {}

    def meta(*names: str) -> str | None:
        for name in names:
            for attr in ("property", "name", "itemprop"):
                found = root.xpath(f'//meta[@{attr}="{name}"]/@content')
                if found and found[0].strip():
                    return found[0].strip()
        return None

    canonical = root.xpath('//link[@rel="canonical"]/@href')
    h1 = root.xpath("//h1")
    title = meta("og:title", "twitter:title") or (h1[0].text_content().strip() if h1 else None)
    if not title:
        t = root.xpath("//title")
        title = t[0].text_content().strip() if t else None
    info: dict[str, str | None] = {
        "title": title,
        "url": canonical[0].strip() if canonical else meta("og:url"),
        "publisher": meta("og:site_name", "application-name"),
        "date": meta("article:published_time", "datePublished", "pubdate", "date", "dc.date"),
    }
    if not info["date"]:
        times = root.xpath("//time[@datetime]/@datetime")
        info["date"] = times[0] if times else None
    for el in list(root.iter(*_DROP_TAGS, *_BOILERPLATE_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    main = root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root]
    return html_to_text(lxml.html.tostring(main[0], encoding="unicode")), info
