import pytest

from summit.ticker.sanitize import clean_entry_html, html_to_text, safe_link, strip_controls

HOSTILE = [
    ("<p>Hallo<script>alert(1)</script></p>", "<p>Hallo</p>"),
    ('<p onclick="alert(1)" onmouseover="x()">Text</p>', "<p>Text</p>"),
    ('<a href="javascript:alert(1)">Klick</a>', '<a rel="noopener nofollow">Klick</a>'),
    (
        '<a href="data:text/html;base64,PHNjcmlwdD4=">Klick</a>',
        '<a rel="noopener nofollow">Klick</a>',
    ),
    ('<p style="position:fixed;top:0">Text</p>', "<p>Text</p>"),
    ('<iframe src="https://evil.example/"></iframe><p>danach</p>', "<p>danach</p>"),
    ('<form action="/x"><input name="a"><button>Senden</button></form>', "Senden"),
    ("<svg onload=alert(1)><circle/></svg>ok", "ok"),
    ("<img src=x onerror=alert(1)>Bild", "Bild"),
    ("<style>body{display:none}</style>Text", "Text"),
]


@pytest.mark.parametrize(("raw", "expected"), HOSTILE)
def test_hostile_markup_is_removed(raw, expected):
    assert clean_entry_html(raw) == expected


def test_allowed_markup_survives():
    raw = (
        "<h3>Frage</h3><p><strong>fett</strong> und <em>kursiv</em><br>neu</p>"
        "<ul><li>eins</li></ul><ol><li>zwei</li></ol>"
        '<blockquote cite="https://example.org/">Zitat <cite>Quelle</cite></blockquote>'
    )
    assert clean_entry_html(raw) == raw


def test_links_get_noopener_nofollow_whatever_rel_they_had():
    cleaned = clean_entry_html(
        '<a href="https://example.org/?a=1&b=2" rel="opener" target="_self">x</a>'
    )
    assert cleaned == '<a href="https://example.org/?a=1&amp;b=2" rel="noopener nofollow">x</a>'


def test_cleaning_is_idempotent():
    once = clean_entry_html('<p>a <a href="https://x.de">b</a><script>c</script></p>')
    assert clean_entry_html(once) == once


def test_plain_text_keeps_paragraphs_and_unescapes():
    assert html_to_text("<p>A &amp; B</p><ul><li>x</li><li>y</li></ul>") == "A & B\n\nx\n\ny"


def test_markup_nested_past_the_limit_is_kept_as_text():
    deep = "<b>" * 100_000 + "tief &amp; fest" + "</b>" * 100_000
    assert clean_entry_html(deep) == "<p>tief &amp; fest</p>"
    shallow = "<ul><li><p><strong><em>x</em></strong></p></li></ul>"
    assert clean_entry_html(shallow) == shallow


@pytest.mark.parametrize(
    "raw",
    ["<script>" * 100_000, "<a" * 100_000, "<p>" * 20_000, "<b>" * 50 + "</x>" * 100_000],
)
def test_hostile_shapes_are_cleaned_without_error(raw):
    cleaned = clean_entry_html(raw)
    assert "<script" not in cleaned and "<x" not in cleaned


def test_an_unclosed_script_takes_the_rest_with_it():
    assert clean_entry_html("<p>vorher</p><script>alert(1)<p>nachher</p>") == "<p>vorher</p>"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=c", True),
        ("http://example.org/", True),
        ("mailto:redaktion@example.org", True),
        ("javascript:alert(12)//", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("//example.org/", False),
        ("https:example.org", False),
        ("ftp://example.org/", False),
    ],
)
def test_only_web_and_mail_links_are_kept(url, kept):
    assert (safe_link(url) != "") is kept


def test_control_characters_are_removed_but_line_breaks_stay():
    assert strip_controls("a\x00b\x07c\x1b\x7fd\x9f\te\nf\r\n") == "abcd\te\nf\r\n"
    assert clean_entry_html("<p>a\x00b</p>") == "<p>ab</p>"


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Berlin &amp; Moskau: „Ein Text“ mit &lt;Zeichen&gt; – 25 % &amp; mehr.</p>",
        '<h3>Zwischentitel</h3><blockquote><p>"Ein Zitat."</p></blockquote>'
        "<ul><li>Erstens</li><li>Zweitens</li></ul>",
        "<p>&amp;nbsp; und &amp;amp; sind in Texten selten</p>",
        "<p>A\x00B</p><p>zwei</p>",
        '<p class="x">mit Attribut</p>',
        "<p>offen<p>zu</p>",
    ],
)
def test_importer_markup_is_stored_as_the_html_parser_would_clean_it(markup):
    """The importers' plain markup skips the HTML parser; what is stored stays the same."""
    from summit.ticker.sanitize import _cleaner, _drop_active

    parsed = _cleaner().clean(_drop_active(strip_controls(markup))).strip()
    assert clean_entry_html(markup) == parsed
