"""html_to_text reads the sanitiser's own markup by regex; the text must be the HTML parser's.

Compared on every corpus document run through the sanitiser, and on hostile markup that
the regex must hand to the parser (stray "<", comments, unknown or uppercase tags,
quotes holding ">", entities cut by a tag).
"""

import re
from pathlib import Path

import pytest

from summit.ticker.sanitize import _TextExtractor, clean_entry_html, html_to_text

CORPUS = Path(__file__).resolve().parent / "ingest" / "corpus"

HOSTILE = [
    "",
    "plain & simple",
    "<p>A &amp; B</p><ul><li>x</li><li>y</li></ul>",
    "<p>a<br>b<br/>c<br />d</p>",
    "<p/>x<p />y",
    '<a href="https://example.org/?a=1&amp;b=2" title="x &gt; y">link</a>',
    '<a title="a>b">quoted bracket</a>',
    "<a title='single'>single quotes</a>",
    "<P>Upper</P>",
    "<pre>unknown tag</pre>",
    "1 < 2 and 3 > 2",
    "x <!-- comment --> y",
    "&am<b>p;</b> cut entity",
    "&amp &lt &#x41; &#65; &nbsp;&hellip;",
    "<script>alert(1)</script>after",
    "<p>unclosed <strong>bold",
    "</p/> odd close",
    '<blockquote cite="https://x.org"><p>“Zitat”</p></blockquote>',
    "<h3>Titel</h3>\n\n  <p>  viel   Raum \t hier </p>",
    "<li>1</li><li>2</li></ol>",
    "a</br>b",
    "<p\n>line break in tag</p>",
    "<q>kurz</q><sub>1</sub><sup>2</sup><s>weg</s><cite>Q</cite><em>e</em><i>i</i><b>b</b>",
]


def parser_text(markup: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = "".join(extractor.parts)
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


@pytest.mark.parametrize("markup", HOSTILE)
def test_hostile_markup_reads_as_the_parser_reads_it(markup):
    assert html_to_text(markup) == parser_text(markup)
    cleaned = clean_entry_html(markup)
    assert html_to_text(cleaned) == parser_text(cleaned)


def test_every_corpus_document_reads_as_the_parser_reads_it():
    texts = sorted(CORPUS.glob("*.txt"))
    assert texts
    for path in texts:
        raw = path.read_text("utf-8")
        for chunk in [raw, *raw.split("\n\n")]:
            cleaned = clean_entry_html(chunk.replace("\n", "<br>"))
            assert html_to_text(cleaned) == parser_text(cleaned), path.name
