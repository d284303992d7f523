"""Tests for loaders.readers: real files in tmp_path, every format, dates, ids, bad input.

The article texts below were written for these tests; they describe plausible negotiations
but are not taken from any publication.
"""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest

from loaders.readers import (
    DEFAULT_MAX_BYTES,
    MB,
    ArticleInput,
    ReadError,
    article_id,
    max_bytes_from_mb,
    normalize_url,
    read_paths,
    read_record,
    read_text,
)
from loaders.readers_lang import detect_language
from loaders.readers_text import html_to_text, markdown_to_text, normalize_text

REPO = Path(__file__).resolve().parent.parent

FISH_TITLE = "Norway and Iceland end first round of mackerel talks in Oslo"
FISH_BODY = (
    "Norwegian Fisheries Minister Ingrid Holm met her Icelandic counterpart Gunnar Sveinsson "
    "in Oslo on Tuesday for three hours of talks on the shared mackerel stock.\n\n"
    "Holm urged Iceland to cut its catch by a fifth, while Sveinsson offered to share new "
    "survey data with Norwegian scientists. The two ministers said they would meet again in "
    "Reykjavik next month for a second round."
)
FISH = f"{FISH_TITLE}\n\n{FISH_BODY}"

PORT_TITLE = "Dockworkers and port operators agree to resume wage talks"
PORT_BODY = (
    "Union leader Maria Costa and the chief executive of the port authority, Daniel Reyes, "
    "met for about ninety minutes on Monday in Lisbon. The union demanded a seven percent "
    "raise, and the operators proposed a smaller increase spread over two years. Both sides "
    "agreed to meet again on Thursday with a mediator from the labour ministry."
)

GRID_TITLE = "Baltic states and Poland discuss power grid link"
GRID_BODY = (
    "Energy ministers from Estonia, Latvia, Lithuania and Poland held a video call on "
    "Wednesday that lasted two hours. Lithuania called for faster work on the undersea cable, "
    "and Poland agreed to share the cost of a new converter station. The ministers plan to "
    "meet in Vilnius in the autumn to sign the final agreement."
)

RUSSIAN = (
    "Переговоры между делегациями прошли в пятницу в Стамбуле и продолжались около двух часов. "
    "Стороны договорились об обмене пленными и о новой встрече в следующем месяце, "
    "однако не смогли согласовать условия прекращения огня."
)
UKRAINIAN = (
    "Переговори між делегаціями відбулися в п'ятницю в Стамбулі й тривали майже дві години. "
    "Сторони погодилися на обмін полоненими та нову зустріч наступного місяця."
)
FRENCH = (
    "Les ministres des deux pays se sont réunis vendredi à Genève pendant trois heures. "
    "Selon le communiqué, la délégation a demandé une baisse des droits de douane et "
    "les deux parties ont accepté de poursuivre les discussions le mois prochain."
)
CHINESE = "两国代表团周六在日内瓦举行了长达十个小时的会谈，双方同意降低关税并建立磋商机制。"
JAPANESE = "赤沢経済再生担当相は金曜日にワシントンで米商務長官と約八十分間会談し、関税の見直しを求めた。"
ARABIC = "عقد وزيرا خارجية البلدين اجتماعا في الدوحة يوم الجمعة استمر ثلاث ساعات واتفقا على مواصلة المحادثات."


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def read_all(*paths, **kwargs) -> list[ArticleInput | ReadError]:
    return list(read_paths(list(paths), **kwargs))


def only_article(*paths, **kwargs) -> ArticleInput:
    results = read_all(*paths, **kwargs)
    assert len(results) == 1, results
    assert isinstance(results[0], ArticleInput), results[0]
    return results[0]


def only_error(*paths, **kwargs) -> ReadError:
    results = read_all(*paths, **kwargs)
    assert len(results) == 1, results
    assert isinstance(results[0], ReadError), results[0]
    return results[0]


# --------------------------------------------------------------------------- plain text


def test_txt_headline_first_line_and_fields(tmp_path):
    p = write(tmp_path / "fish.txt", FISH + "\n")
    a = only_article(p)
    assert a.title == FISH_TITLE
    assert a.text == FISH
    assert a.text.split("\n")[0] == a.title
    assert a.url is None and a.publisher is None and a.published is None
    assert a.source == str(p)
    assert a.language == "en"
    assert a.id.startswith("sha256:") and len(a.id) == len("sha256:") + 16


def test_txt_text_is_normalised(tmp_path):
    messy = (
        "\n\n  \r\n" + FISH_TITLE + "   \r\n\r\n\r\n\r\n"
        "Talks resumed in the Cafe\u0301 Nordic on Tuesday.\t \r"  # decomposed é, CR line end
        "The minister\u00a0said\u200b the round went well.\r\n\n\n\n\nNext round: May.  "
    )
    a = only_article(write(tmp_path / "messy.txt", messy))
    assert a.text == (
        FISH_TITLE + "\n\n"
        "Talks resumed in the Caf\u00e9 Nordic on Tuesday.\n"
        "The minister said the round went well.\n\n"
        "Next round: May."
    )
    assert "\r" not in a.text and "\n\n\n" not in a.text
    assert a.title == FISH_TITLE


def test_normalize_text_rules():
    assert normalize_text("A  \r\nB\rC\u2028D") == "A\nB\nC\nD"
    assert normalize_text("A\n\n\n\nB") == "A\n\nB"
    assert normalize_text("e\u0301") == "\u00e9"
    assert normalize_text("\n \n Headline\nbody  ") == "Headline\nbody"


# --------------------------------------------------------------------------- dates


def test_filename_date_is_last_fallback(tmp_path):
    p = write(tmp_path / "2025-03-04-oslo-fish-talks.txt", FISH)
    assert only_article(p).published == date(2025, 3, 4)
    # the --published argument beats the file name
    assert only_article(p, published=date(2025, 3, 9)).published == date(2025, 3, 9)
    # not a date prefix, or an impossible date: nothing
    assert only_article(write(tmp_path / "20250304-fish.txt", FISH)).published is None
    assert only_article(write(tmp_path / "2025-13-40-fish.txt", FISH)).published is None


def test_published_argument_when_no_own_date(tmp_path):
    p = write(tmp_path / "fish.txt", FISH)
    assert only_article(p, published=date(2025, 6, 1)).published == date(2025, 6, 1)


def test_record_date_beats_argument_and_filename(tmp_path):
    rec = {"title": FISH_TITLE, "text": FISH_BODY, "published": "2025-03-04T22:45:00-05:00"}
    p = write(tmp_path / "2024-01-01-fish.json", json.dumps(rec))
    a = only_article(p, published=date(2025, 6, 1))
    assert a.published == date(2025, 3, 4)  # the local day as written, not shifted to UTC


def test_record_date_formats():
    for value, expected in [
        ("2025-05-12", date(2025, 5, 12)),
        ("2025-05-12T09:30:00Z", date(2025, 5, 12)),
        ("2025-05-12 23:30:00+02:00", date(2025, 5, 12)),
        ("Mon, 12 May 2025 09:30:00 GMT", date(2025, 5, 12)),
    ]:
        a = read_record({"text": PORT_TITLE + "\n" + PORT_BODY, "published": value})
        assert isinstance(a, ArticleInput), (value, a)
        assert a.published == expected, value


# --------------------------------------------------------------------------- Markdown


def test_markdown_syntax_stripped(tmp_path):
    md = (
        "# Norway and *Iceland* end first round of mackerel talks\n\n"
        "Norwegian Fisheries Minister **Ingrid Holm** met her Icelandic counterpart "
        "[Gunnar Sveinsson](https://example.org/people/sveinsson) in Oslo on _Tuesday_ "
        "for three hours.\n\n"
        "![photo of the ministers](img/ministers.jpg)\n\n"
        "## What was asked\n\n"
        "> Holm urged Iceland to cut its catch by a fifth.\n\n"
        "- Sveinsson offered to share survey data.\n"
        "- The ministers will meet again in `Reykjavik` next month.\n\n"
        "---\n\n"
        "Reporting by the desk\\*.\n"
    )
    a = only_article(write(tmp_path / "fish.md", md))
    assert a.title == "Norway and Iceland end first round of mackerel talks"
    assert a.text == (
        "Norway and Iceland end first round of mackerel talks\n\n"
        "Norwegian Fisheries Minister Ingrid Holm met her Icelandic counterpart Gunnar Sveinsson "
        "in Oslo on Tuesday for three hours.\n\n"
        "What was asked\n\n"
        "Holm urged Iceland to cut its catch by a fifth.\n\n"
        "Sveinsson offered to share survey data.\n"
        "The ministers will meet again in Reykjavik next month.\n\n"
        "Reporting by the desk*."
    )
    for syntax in ("#", "**", "](", "![", "`", "---", "> "):
        assert syntax not in a.text


def test_markdown_front_matter_metadata(tmp_path):
    md = (
        "---\n"
        f"title: {PORT_TITLE}\n"
        "date: 2025-02-03\n"
        "url: https://harbour-news.example/2025/02/port-talks\n"
        "publisher: Harbour News\n"
        "---\n\n" + PORT_BODY + "\n"
    )
    a = only_article(write(tmp_path / "port.markdown", md), published=date(2025, 6, 1))
    assert a.title == PORT_TITLE
    assert a.text == f"{PORT_TITLE}\n\n{PORT_BODY}"
    assert a.published == date(2025, 2, 3)
    assert a.url == "https://harbour-news.example/2025/02/port-talks"
    assert a.publisher == "Harbour News"
    assert a.id.startswith("url:")


def test_markdown_setext_heading():
    assert markdown_to_text("Title here\n==========\n\nBody text.") == "Title here\n\nBody text."


# --------------------------------------------------------------------------- HTML

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{FISH_TITLE} | Northern Ledger</title>
<link rel="canonical" href="https://www.northernledger.example/world/2025/03/04/mackerel-talks/">
<meta property="og:site_name" content="Northern Ledger">
<meta property="article:published_time" content="2025-03-04T18:20:00+01:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/subscribe">Subscribe today for one euro</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience on our website.</div>
<main><article>
<h1>{FISH_TITLE}</h1>
<p>Norwegian Fisheries Minister Ingrid Holm met her Icelandic counterpart Gunnar Sveinsson in Oslo
on Tuesday for three hours of talks on the shared mackerel stock.</p>
<p>Holm urged Iceland to cut its catch by a fifth, while Sveinsson offered to share new survey data
with Norwegian scientists.</p>
<p>The two ministers said they would meet again in Reykjavik next month for a second round.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten recipes for winter evenings</a></li></ul></aside>
<footer><p>Copyright 2019 Northern Ledger. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    a = only_article(write(tmp_path / "page.html", HTML_PAGE), published=date(2025, 6, 1))
    assert a.title == FISH_TITLE
    lines = a.text.split("\n")
    assert lines[0] == FISH_TITLE and lines[1] == ""
    assert lines.count(FISH_TITLE) == 1  # the <h1> is not repeated under the headline
    assert "Holm urged Iceland to cut its catch by a fifth" in a.text
    assert "Gunnar Sveinsson in Oslo on Tuesday for three hours" in a.text  # no source line breaks
    assert "second round." in a.text
    for boilerplate in ("Subscribe", "cookies", "recipes", "Copyright", "Privacy", "World news"):
        assert boilerplate not in a.text
    assert a.published == date(2025, 3, 4)
    assert a.publisher == "Northern Ledger"
    assert a.url == "https://www.northernledger.example/world/2025/03/04/mackerel-talks/"
    assert a.id == article_id("http://northernledger.example/world/2025/03/04/mackerel-talks", "")


def test_html_without_trafilatura_falls_back(tmp_path, monkeypatch):
    # as when lxml is installed without lxml-html-clean and trafilatura cannot be imported
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    a = only_article(write(tmp_path / "page.html", HTML_PAGE))
    assert a.text.split("\n")[0] == FISH_TITLE and a.text.count(FISH_TITLE) == 1
    assert "Holm urged Iceland to cut its catch by a fifth" in a.text
    assert "Gunnar Sveinsson in Oslo on Tuesday for three hours" in a.text  # no source line breaks
    for boilerplate in ("Subscribe", "cookies", "recipes", "Copyright", "Privacy"):
        assert boilerplate not in a.text
    assert a.published == date(2025, 3, 4)
    assert a.publisher == "Northern Ledger"
    assert a.url == "https://www.northernledger.example/world/2025/03/04/mackerel-talks/"


def test_html_date_never_guessed_from_text(tmp_path):
    page = (
        HTML_PAGE.replace('<meta property="article:published_time" content="2025-03-04T18:20:00+01:00">', "")
        .replace("/2025/03/04", "")
        .replace("on Tuesday", "on Tuesday, 4 March 2025,")
    )
    p = write(tmp_path / "page.htm", page)
    assert only_article(p).published is None
    assert only_article(p, published=date(2025, 3, 5)).published == date(2025, 3, 5)


def test_html_without_article_text(tmp_path):
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    e = only_error(write(tmp_path / "menu.html", page))
    assert e.reason == "no article text found in the HTML"


def test_html_fragment_to_text():
    frag = "<p>First <b>bold</b> para.</p><p>Second<br>line &amp; more.</p><script>x()</script><ul><li>one</li><li>two</li></ul>"
    assert html_to_text(frag) == "First bold para.\n\nSecond\nline & more.\n\none\n\ntwo"
    # source line breaks inside a paragraph are just spaces
    assert html_to_text("<p>Talks resumed\n   on Friday\nin Oslo.</p>") == "Talks resumed on Friday in Oslo."
    assert html_to_text("<p>Use &amp;lt;b&amp;gt; tags</p>") == "Use &lt;b&gt; tags"


# --------------------------------------------------------------------------- JSON and JSON Lines


def test_json_single_record(tmp_path):
    rec = {
        "title": PORT_TITLE,
        "text": PORT_BODY,
        "url": "https://harbour-news.example/port-talks?utm_source=feed",
        "published": "2025-02-03",
        "publisher": "Harbour News",
    }
    p = write(tmp_path / "port.json", json.dumps(rec))
    a = only_article(p)
    assert a.source == str(p)
    assert a.text == f"{PORT_TITLE}\n\n{PORT_BODY}"
    assert a.title == PORT_TITLE
    assert a.url == rec["url"]
    assert a.publisher == "Harbour News"
    assert a.published == date(2025, 2, 3)
    assert a.id == article_id("https://harbour-news.example/port-talks", "")


def test_json_list_with_html_record_and_bad_records(tmp_path):
    records = [
        {"title": PORT_TITLE, "text": PORT_BODY},
        {"html": HTML_PAGE, "publisher": "Ledger Wire"},
        {"title": "Only a headline"},
        "not an object",
        {"text": ["not", "a", "string"]},
    ]
    p = write(tmp_path / "batch.json", json.dumps(records))
    results = read_all(p)
    assert [r.source for r in results] == [f"{p}#{n}" for n in range(1, 6)]
    assert isinstance(results[0], ArticleInput) and results[0].title == PORT_TITLE
    html_article = results[1]
    assert isinstance(html_article, ArticleInput)
    assert html_article.title == FISH_TITLE
    assert html_article.publisher == "Ledger Wire"  # the record beats the page's site name
    assert html_article.published == date(2025, 3, 4)  # from the page, the record has none
    assert "Subscribe" not in html_article.text
    assert results[2] == ReadError(f"{p}#3", "record has no text or html")
    assert results[3] == ReadError(f"{p}#4", "record is not a JSON object (got string)")
    assert results[4] == ReadError(f"{p}#5", "field 'text' must be a string, not list")


def test_json_title_not_repeated_when_text_starts_with_it(tmp_path):
    p = write(tmp_path / "r.json", json.dumps({"title": PORT_TITLE, "text": f"{PORT_TITLE}\n{PORT_BODY}"}))
    assert only_article(p).text == f"{PORT_TITLE}\n\n{PORT_BODY}"


def test_json_object_with_articles_list(tmp_path):
    p = write(tmp_path / "export.json", json.dumps({"articles": [{"text": f"{GRID_TITLE}\n{GRID_BODY}"}]}))
    a = only_article(p)
    assert a.title == GRID_TITLE and a.source == f"{p}#1"


def test_jsonl_broken_line_others_still_load(tmp_path):
    lines = [
        json.dumps({"title": PORT_TITLE, "text": PORT_BODY, "published": "2025-02-03"}),
        "",
        '{"title": "Broken record", "text": "no closing quote}',
        json.dumps({"title": GRID_TITLE, "text": GRID_BODY, "url": "https://grid.example/baltic-link"}),
    ]
    p = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    results = read_all(p, published=date(2025, 6, 1))
    assert len(results) == 3
    first, broken, last = results
    assert isinstance(first, ArticleInput) and first.source == f"{p}#1"
    assert first.published == date(2025, 2, 3)
    assert broken == ReadError(f"{p}#3", "invalid JSON at line 3 column 36: Unterminated string starting at")
    assert isinstance(last, ArticleInput) and last.source == f"{p}#4"
    assert last.published == date(2025, 6, 1)  # no own date: the --published argument
    assert last.url == "https://grid.example/baltic-link"


def test_jsonl_records_do_not_take_the_file_name_date(tmp_path):
    p = write(tmp_path / "2025-01-01-dump.ndjson", json.dumps({"text": f"{GRID_TITLE}\n{GRID_BODY}"}))
    assert only_article(p).published is None


def test_invalid_json_reports_line_and_column(tmp_path):
    p = write(tmp_path / "bad.json", '{\n  "title": "Talks",\n  "text": "x"\n  "url": "y"\n}')
    e = only_error(p)
    assert e.source == str(p)
    assert e.reason == "invalid JSON at line 4 column 3: Expecting ',' delimiter"


def test_bad_record_values(tmp_path):
    cases = [
        ({"text": "Talks\nbody", "published": "next Friday"}, "invalid 'published' date 'next Friday' (expected an ISO date like 2025-06-14)"),
        ({"text": "Talks\nbody", "title": 42}, "field 'title' must be a string, not number"),
        ({"text": "   ", "html": ""}, "record has no text or html"),
    ]
    for n, (rec, reason) in enumerate(cases):
        e = only_error(write(tmp_path / f"r{n}.json", json.dumps(rec)))
        assert e.reason == reason
    assert only_error(write(tmp_path / "n.json", "42")).reason == "expected a JSON object or a list of objects, got number"
    assert only_error(write(tmp_path / "l.json", "[]")).reason == "no records (empty list)"


# --------------------------------------------------------------------------- feeds

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour News</title>
  <link>https://harbour-news.example/</link>
  <description>Ports and shipping</description>
  <item>
    <title>{PORT_TITLE}</title>
    <link>https://harbour-news.example/2025/02/port-talks</link>
    <pubDate>Mon, 03 Feb 2025 23:10:00 -0500</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>{PORT_BODY}</p><p>The mediator is expected to table a <b>written</b> proposal.</p>]]></content:encoded>
  </item>
  <item>
    <title>{GRID_TITLE}</title>
    <link>https://harbour-news.example/2025/02/grid-link</link>
    <description>&lt;p&gt;{GRID_BODY}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photo gallery</title>
    <link>https://harbour-news.example/gallery</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Fisheries Weekly</title>
  <id>urn:uuid:3f1c9a52-7b7e-4c55-9d35-1f0e0d7a8c11</id>
  <updated>2025-03-05T08:00:00Z</updated>
  <entry>
    <title>{FISH_TITLE}</title>
    <link href="https://fisheries-weekly.example/mackerel-round-one"/>
    <id>urn:uuid:0b6f3c1e-2f4d-4f7a-8d61-5d1c2e3a4b51</id>
    <published>2025-03-04T19:00:00+01:00</published>
    <updated>2025-03-05T07:00:00+01:00</updated>
    <content type="html">&lt;p&gt;{FISH_BODY.replace(chr(10) + chr(10), "&lt;/p&gt;&lt;p&gt;")}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">Quota talks: second round set for Reykjavik</title>
    <link href="https://fisheries-weekly.example/round-two-date"/>
    <id>urn:uuid:6a2d9e44-1c3b-4e8f-a7d2-9b0c4f5e6d72</id>
    <updated>2025-03-06T10:00:00Z</updated>
    <summary type="text">Iceland's minister Gunnar Sveinsson said on Thursday that the second round of the quota talks with Norway will take place in Reykjavik in April and will last two days.</summary>
  </entry>
</feed>
"""


def test_rss_feed(tmp_path):
    p = write(tmp_path / "harbour.rss", RSS)
    results = read_all(p, published=date(2025, 6, 1))
    assert [r.source for r in results] == [f"{p}#1", f"{p}#2", f"{p}#3"]
    port, grid, gallery = results
    assert isinstance(port, ArticleInput)
    assert port.title == PORT_TITLE
    assert port.text == f"{PORT_TITLE}\n\n{PORT_BODY}\n\nThe mediator is expected to table a written proposal."
    assert "teaser" not in port.text  # full content beats the description
    assert port.url == "https://harbour-news.example/2025/02/port-talks"
    assert port.publisher == "Harbour News"
    assert port.published == date(2025, 2, 3)  # the day as written, not shifted to UTC
    assert isinstance(grid, ArticleInput)
    assert grid.text == f"{GRID_TITLE}\n\n{GRID_BODY}"  # HTML description to text
    assert grid.published == date(2025, 6, 1)  # no pubDate: the argument
    assert gallery == ReadError(f"{p}#3", "feed entry has no text (no content or summary)")
    assert port.id != grid.id and port.id.startswith("url:")


def test_atom_feed(tmp_path):
    p = write(tmp_path / "fisheries.atom", ATOM)
    fish, round_two = read_all(p)
    assert isinstance(fish, ArticleInput) and isinstance(round_two, ArticleInput)
    assert fish.text == FISH
    assert fish.published == date(2025, 3, 4)  # published beats updated
    assert fish.publisher == "Fisheries Weekly"
    assert fish.url == "https://fisheries-weekly.example/mackerel-round-one"
    assert fish.source == f"{p}#1"
    assert round_two.title == "Quota talks: second round set for Reykjavik"
    assert round_two.text.startswith("Quota talks: second round set for Reykjavik\n\nIceland's minister")
    assert round_two.published == date(2025, 3, 6)  # only updated


def test_xml_that_is_not_a_feed(tmp_path):
    p = write(tmp_path / "config.xml", '<?xml version="1.0"?><settings><colour>blue</colour></settings>')
    assert only_error(p).reason == "not an RSS or Atom feed"


def test_feed_without_entries(tmp_path):
    p = write(tmp_path / "empty.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>')
    assert only_error(p).reason == "feed has no entries"


# --------------------------------------------------------------------------- ids


def test_same_url_same_id():
    base = "https://www.harbour-news.example/2025/02/port-talks/"
    variants = [
        "http://harbour-news.example/2025/02/port-talks",
        "https://HARBOUR-NEWS.example:443/2025/02/port-talks/?utm_source=rss&utm_medium=feed",
        "https://harbour-news.example/2025/02/port-talks#comments",
        "https://harbour-news.example/2025/02/port-talks?fbclid=abc123",
    ]
    for v in variants:
        assert article_id(v, "any text") == article_id(base, "other text"), v
    assert article_id(base, "") != article_id("https://harbour-news.example/2025/02/grid-link", "")
    # meaningful query parameters are kept (order does not matter)
    assert normalize_url("https://x.example/a?id=2&page=1") == normalize_url("https://x.example/a?page=1&id=2")
    assert normalize_url("https://x.example/a?id=2") != normalize_url("https://x.example/a?id=3")
    assert normalize_url("ftp://x.example/a") is None and normalize_url("not a url") is None


def test_same_url_across_formats_same_id(tmp_path):
    url = "https://harbour-news.example/2025/02/port-talks"
    j = only_article(write(tmp_path / "a.json", json.dumps({"text": PORT_TITLE + "\n" + PORT_BODY, "url": url + "?utm_campaign=x"})))
    rss_entry = read_all(write(tmp_path / "f.rss", RSS))[0]
    assert j.id == rss_entry.id == article_id(url, "")


def test_same_text_same_id(tmp_path):
    a = only_article(write(tmp_path / "a.txt", FISH))
    b = only_article(write(tmp_path / "b.txt", FISH.replace("\n", "\r\n") + "\n\n\n"))
    c = only_article(write(tmp_path / "c.jsonl", json.dumps({"title": FISH_TITLE, "text": FISH_BODY}) + "\n"))
    d = only_article(write(tmp_path / "d.txt", FISH.replace("three hours", "four hours")))
    assert a.id == b.id == c.id
    assert a.id != d.id
    assert a.id.startswith("sha256:")
    # deterministic across runs
    assert a.id == only_article(tmp_path / "a.txt").id


def test_bad_url_falls_back_to_text_id():
    a = read_record({"text": FISH, "url": "see page 4"})
    assert isinstance(a, ArticleInput)
    assert a.url is None and a.id.startswith("sha256:")


# --------------------------------------------------------------------------- folders


def test_folder_recursive_sorted_hidden_skipped(tmp_path):
    root = tmp_path / "in"
    write(root / "b.txt", GRID_TITLE + "\n" + GRID_BODY)
    write(root / "a" / "z.txt", PORT_TITLE + "\n" + PORT_BODY)
    write(root / "a" / "m.md", "# " + FISH)
    write(root / ".hidden.txt", FISH)
    write(root / ".git" / "x.txt", FISH)
    write(root / "notes.docx.tmp", "whatever")
    write(root / "README.md", "# Inputs\n\nThese are the articles we collected for the fishing quota review.")
    results = read_all(root)
    assert [r.source for r in results] == [
        str(root / "a" / "m.md"),
        str(root / "a" / "z.txt"),
        str(root / "b.txt"),
        str(root / "notes.docx.tmp"),
    ]
    assert isinstance(results[-1], ReadError)
    assert results[-1].reason.startswith("unsupported file type .tmp; expected one of .txt, .md")
    # the same file named twice, directly and through its folder, is read once
    assert len(read_all(root / "b.txt", root)) == 4
    # a hidden file or a README named explicitly is read
    assert isinstance(only_article(root / ".hidden.txt"), ArticleInput)
    assert isinstance(only_article(root / "README.md"), ArticleInput)


def test_errors_do_not_stop_reading(tmp_path):
    good = write(tmp_path / "good.txt", FISH)
    results = read_all(tmp_path / "missing.txt", write(tmp_path / "empty.txt", ""), good)
    assert [type(r) for r in results] == [ReadError, ReadError, ArticleInput]
    assert results[0] == ReadError(str(tmp_path / "missing.txt"), "no such file or folder")


# --------------------------------------------------------------------------- bad input


def test_empty_and_whitespace_files(tmp_path):
    assert only_error(write(tmp_path / "e.txt", "")).reason == "empty file"
    assert only_error(write(tmp_path / "w.txt", " \n\t\r\n  \n")).reason == "empty file (only whitespace)"
    assert only_error(write(tmp_path / "w.jsonl", "\n\n   \n")).reason == "empty file (only whitespace)"
    assert only_error(write(tmp_path / "e.md", "---\ntitle: x\n---\n\n")).reason == "empty file (no text after the front matter)"


def test_binary_files(tmp_path):
    e = only_error(write(tmp_path / "photo.txt", b"\x10\x00\x01\x02abc\x00\x00\xff"))
    assert e.reason == "binary file (NUL bytes)"
    pdf = only_error(write(tmp_path / "report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
    assert pdf.reason == "binary file (PDF document)"
    ctl = only_error(write(tmp_path / "ctl.txt", "Talks\n" + "\x01\x02\x03\x04\x05" * 20))
    assert ctl.reason == "binary file (control characters)"


def test_file_over_size_limit(tmp_path):
    p = write(tmp_path / "big.txt", FISH + "\n" + ("More words about the talks. " * 4000))
    size = p.stat().st_size
    assert only_error(p, max_bytes=MB // 100).reason == (
        f"file is {size / 1024:.1f} KB, over the 0.01 MB limit (PARLEY_MAX_FILE_MB)"
    )
    assert isinstance(only_article(p), ArticleInput)  # the default 10 MB is fine


def test_file_over_limit_reports_megabytes(tmp_path):
    p = tmp_path / "huge.jsonl"
    with p.open("wb") as f:
        f.truncate(int(12.34 * MB))  # sparse: quick to make, never read
    assert only_error(p).reason == "file is 12.3 MB, over the 10 MB limit (PARLEY_MAX_FILE_MB)"


def test_max_bytes_from_mb():
    assert max_bytes_from_mb("2.5") == int(2.5 * MB)
    assert max_bytes_from_mb(None) == DEFAULT_MAX_BYTES == 10 * MB
    assert max_bytes_from_mb("lots") == DEFAULT_MAX_BYTES
    assert max_bytes_from_mb("0") == DEFAULT_MAX_BYTES


def test_encodings(tmp_path):
    text = FISH.replace("three hours", "three hours \u2014 \u201cfrank\u201d talks at the Caf\u00e9 Nord \u2014")
    for name, data in [
        ("utf8bom.txt", codecs.BOM_UTF8 + text.encode("utf-8")),
        ("utf16.txt", text.encode("utf-16")),  # with BOM, full of NUL bytes
        ("utf16be.txt", codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        ("cp1252.txt", text.encode("cp1252")),
        ("utf8.txt", text.encode("utf-8")),
    ]:
        a = only_article(write(tmp_path / name, data))
        assert a.text == text, name
        assert not a.text.startswith("\ufeff")
    latin1 = "Se\u00f1or L\u00f3pez and the d\u00e9l\u00e9gation met in Z\u00fcrich on Friday for two hours of talks on the deal."
    assert only_article(write(tmp_path / "latin1.txt", latin1.encode("latin-1"))).text == latin1
    utf16_json = json.dumps({"text": FISH}, ensure_ascii=False).encode("utf-16")
    assert only_article(write(tmp_path / "r.json", utf16_json)).text == FISH


def test_undecodable_bytes(tmp_path):
    import random

    rng = random.Random(7)
    junk = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    e = only_error(write(tmp_path / "junk.txt", junk))
    assert e.reason == "cannot decode as UTF-8 or any known encoding"


def test_bad_bom(tmp_path):
    e = only_error(write(tmp_path / "odd.txt", codecs.BOM_UTF16_LE + b"\x00\xd8"))
    assert e.reason.startswith("starts with a UTF-16 byte-order mark but is not valid UTF-16")


def test_missing_path_and_unsupported_types(tmp_path):
    assert only_error(tmp_path / "nope").reason == "no such file or folder"
    assert only_error(write(tmp_path / "sheet.xyz", "a,b")).reason.startswith("unsupported file type .xyz;")
    assert only_error(write(tmp_path / "README", "hello")).reason.startswith("unsupported file type (no extension);")


@pytest.mark.parametrize(
    "text, language",
    [
        (RUSSIAN, "Russian"),
        (UKRAINIAN, "Ukrainian"),
        (FRENCH, "French"),
        (CHINESE, "Chinese"),
        (JAPANESE, "Japanese"),
        (ARABIC, "Arabic"),
    ],
)
def test_non_english_rejected(tmp_path, text, language):
    p = write(tmp_path / "foreign.txt", "Headline\n\n" + text)
    assert only_error(p).reason == f"not English (looks like {language})"


def test_non_english_in_records_and_feeds(tmp_path):
    p = write(tmp_path / "mixed.jsonl", json.dumps({"text": FRENCH}) + "\n" + json.dumps({"text": FISH}) + "\n")
    fr, en = read_all(p)
    assert fr == ReadError(f"{p}#1", "not English (looks like French)")
    assert isinstance(en, ArticleInput)


def test_non_english_allowed_when_asked(tmp_path):
    a = only_article(write(tmp_path / "ru.txt", RUSSIAN), require_english=False)
    assert a.language == "ru"


def test_english_with_foreign_names_and_quotes_is_english():
    text = (
        "Zelensky and Erdoğan meet in Ankara\n\n"
        "Ukraine's President Volodymyr Zelensky met Turkish President Recep Tayyip Erdoğan in Ankara "
        "on Thursday. A banner outside read «Мир» — peace — and the two leaders spoke for an hour "
        "about the talks in İstanbul and the exchange of prisoners."
    )
    assert detect_language(text).is_english
    assert detect_language(PORT_TITLE + "\n" + PORT_BODY).code == "en"
    assert detect_language("Tokyo 2025").code == "en"  # too short to judge: not rejected
    # headline-style English with hardly any function words is still English
    assert detect_language("Tariffs: US, China cut duties 115 points; markets rally; Bessent hails progress").is_english


def test_unknown_latin_script_language_rejected():
    # Finnish: none of the languages we name, but long and with almost no English words
    finnish = (
        "Suomen ja Ruotsin ulkoministerit tapasivat perjantaina Helsingissä kolmen tunnin ajan. "
        "Ministerit keskustelivat rajavalvonnasta, energiayhteistyöstä ja Itämeren turvallisuudesta. "
        "Suomi vaati nopeampaa päätöstä uudesta sähkökaapelista, ja Ruotsi lupasi jakaa kustannukset. "
        "Seuraava kokous pidetään Tukholmassa syyskuussa, jolloin osapuolet aikovat allekirjoittaa sopimuksen. "
        "Ministerien mukaan neuvottelut sujuivat hyvässä hengessä, mutta monet kysymykset ovat yhä auki."
    )
    guess = detect_language(finnish)
    assert not guess.is_english
    assert guess.language == "a Latin-script language other than English"


def test_read_text_helper():
    a = read_text(PORT_BODY, title=PORT_TITLE, url="https://harbour-news.example/p", published=date(2025, 2, 3))
    assert isinstance(a, ArticleInput)
    assert a.text == f"{PORT_TITLE}\n\n{PORT_BODY}" and a.published == date(2025, 2, 3)
    assert read_text("   \n") == ReadError("<text>", "empty text")
    assert read_text("1234 5678") == ReadError("<text>", "no readable text (no letters)")


# --------------------------------------------------------------------------- the bundled samples


def test_bundled_samples_load_cleanly():
    results = read_all(REPO / "samples")
    errors = [r for r in results if isinstance(r, ReadError)]
    assert not errors, errors
    by_name = {Path(r.source.split("#")[0]).name + ("#" + r.source.split("#")[1] if "#" in r.source else ""): r for r in results}
    japan = by_name["2025-06-14-japan-us-sixth-round.txt"]
    assert japan.published == date(2025, 6, 14)
    txts = [r for r in results if r.source.endswith(".txt")]
    assert len(txts) == 3
    for a in txts:
        assert a.published == date.fromisoformat(Path(a.source).name[:10])
        assert 150 <= len(a.text.split()) <= 300, (a.source, len(a.text.split()))
    assert any(r.source.endswith("records.jsonl#1") for r in results)
    assert any(".rss#" in r.source or ".xml#" in r.source for r in results)
    assert all(r.published is not None for r in results)
    assert len({r.id for r in results}) == len(results)
