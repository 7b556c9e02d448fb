"""Ingest: decoding order, detection limited to an allowlist, cleaning, HTML pages, limits."""

from __future__ import annotations

import base64
import gzip
import logging
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from brief.errors import InputError, NoInputError, UsageError
from brief.ingest import (
    ALLOWED_ENCODINGS,
    Input,
    clean_text,
    decode,
    expand,
    expand_inputs,
    ingest,
    make_source,
    parse_text,
    read_bytes,
    reading,
    without_long_runs,
)
from brief.ingest.clean import BLOB, BLOB_RUN, JUNK, JUNK_TOKEN, has_run
from brief.ingest.furniture import furniture_kind
from brief.ingest.layout import is_letterhead
from brief.models import Source
from brief.options import Options
from brief.segment import segment
from tests.conftest import FIXED_NOW

ADVERSARIAL = Path(__file__).parent / "adversarial"
OPTS = Options()
QUOTES = "The minister’s remarks were “unacceptable” — he said so twice in Genève."
CYRILLIC = "Министр обороны России заявил, что учения НАТО являются провокацией."
UKRAINIAN = "Президент України Володимир Зеленський заявив, що Київ готовий до переговорів."


def src() -> Source:
    return Source(1, "x.txt", "x.txt", "0" * 64, 0)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf" + QUOTES.encode(), QUOTES),
        (b"\xff\xfe" + QUOTES.encode("utf-16-le"), QUOTES),
        (b"\xfe\xff" + CYRILLIC.encode("utf-16-be"), CYRILLIC),
        (b"\xff\xfe\x00\x00" + UKRAINIAN.encode("utf-32-le"), UKRAINIAN),
        # UTF-16 of the Latin script without its mark: told by where the NULs stand
        (QUOTES.encode("utf-16-le"), QUOTES),
        (QUOTES.encode("utf-16-be"), QUOTES),
        (QUOTES.encode("cp1252"), QUOTES),
        (CYRILLIC.encode("cp1251"), CYRILLIC),
        (CYRILLIC.encode("koi8_r"), CYRILLIC),
        (UKRAINIAN.encode("cp1251"), UKRAINIAN),
        ("Ο υπουργός Άμυνας δήλωσε ότι οι ασκήσεις είναι πρόκληση.".encode("cp1253"), None),
        (
            "قال وزير الدفاع إن المناورات العسكرية في بحر البلطيق تمثل استفزازا.".encode("cp1256"),
            None,
        ),
        ("北约军舰周四聚集在波罗的海，进行该地区规模最大的演习。".encode("gb18030"), None),
        ("北大西洋条約機構の艦船が木曜日にバルト海に集結した。".encode("shift_jis"), None),
        ("한국 외교부는 협상을 환영한다고 밝혔다.".encode("euc_kr"), None),
    ],
)
def test_boms_utf8_and_allowlisted_legacy_encodings(data: bytes, expected: str | None) -> None:
    text = decode(data, "x.txt", OPTS)
    if expected is None:  # the sample is the source of the bytes: it must round-trip
        assert "\ufffd" not in text and text.isprintable()
    else:
        assert text == expected


def test_utf7_is_never_guessed_nor_accepted() -> None:
    payload = b"Officials said +ADw-img src=file:///etc/passwd+AD4- was found."
    assert decode(payload, "x.txt", OPTS) == payload.decode("ascii")
    assert "utf_7" not in ALLOWED_ENCODINGS
    for name in ("utf-7", "UTF7", "unicode_escape", "base64", "no-such-codec"):
        with pytest.raises(UsageError):
            decode(payload, "x.txt", Options(encoding=name))


def test_encoding_option_overrides_detection() -> None:
    data = "Ministr obrany řekl, že cvičení je provokace.".encode("cp1250")
    assert "ř" in decode(data, "x.txt", Options(encoding="cp1250"))
    with pytest.raises(InputError, match="not valid utf_8"):
        decode(b"caf\xe9 au lait", "x.txt", Options(encoding="utf-8"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x00\x00junk%PDF-1.4 after junk", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (gzip.compress(b"Troops moved into the region.", mtime=0), "gzip"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"{\\rtf1\\ansi Troops moved.}", "RTF"),
        (b"Troops moved\x00 into the region.", "NUL"),
        (bytes(range(1, 9)) * 20 + b"Troops moved into the region.", "control"),
        (bytes(range(128, 256)) * 8, "recognises"),
        (b"Troops moved \xff\xfe\xfa\xfb\xfc\xfd into the region " * 3, "recognises"),
        (b" \n\t\r\n ", "empty"),
        (b"\xef\xbb\xbf\xe2\x80\x8b\xe2\x80\xae", "empty"),
    ],
)
def test_what_is_not_text_is_a_data_error(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        decode(data, "bad.txt", OPTS)
    assert info.value.exit_code == 65 and info.value.path == "bad.txt"


def test_clean_text_repairs_utf8_read_as_windows_1252() -> None:
    """A page saved in UTF-8 and read as Windows-1252 ("FranÃ§ois", "â€œ...â€\x9d") is
    decoded right; text whose "Ã" is a letter of its own ("SÃO PAULO") is left alone."""
    broken = "Fran\u00c3\u00a7ois said: \u00e2\u20ac\u0153Go.\u00e2\u20ac\u009d"
    assert clean_text(broken) == "François said: “Go.”"
    decomposed = "Fran" + "A\u0303\u00a7" + "ois Hollande"  # "Ã" as "A" and a tilde
    assert clean_text(decomposed) == "François Hollande"
    assert clean_text("He visited S\u00c3O PAULO.") == "He visited S\u00c3O PAULO."


def test_clean_text_strips_controls_bidi_overrides_and_zero_width() -> None:
    dirty = "Pu\u200btin\u00ad said\u202e evil\u202c\x07 \u2066ok\u2069\r\nnext\u2028line\x0c\ufeff"
    assert clean_text(dirty) == "Putin said evil ok\nnext\nline\n"
    assert clean_text("Ze\u200clensky and \U000e0069\U000e0067tags") == "Zelensky and tags"
    # Joiners are spelling in Persian and emoji, so they stay there.
    assert clean_text("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"
    assert clean_text("tab\there") == "tab here"
    assert clean_text("Cafe\u0301") == "Café"  # NFC


def test_marks_that_decorate_or_sit_on_nothing_go_and_real_diacritics_stay() -> None:
    """r57 #1: a strike-through overlay or a variation selector after a surname cut the
    name in two, and a quote went to another speaker. Overlays, selectors after letters,
    a diacritic on no letter and the invisible fillers go; the marks NFC cannot compose
    (Yoruba's, Vietnamese's) and the selectors an emoji or a keycap needs stay."""
    assert clean_text("said Odile Marchet\u0336 of the union") == "said Odile Marchet of the union"
    assert clean_text("said Odile Marchet\ufe0f of") == "said Odile Marchet of"
    assert clean_text("said O\u0338dile \u0301Marchet\u3164") == "said Odile Marchet"
    yoruba = unicodedata.normalize("NFC", "Adébáyọ̀ Ọláńrewájú")
    assert "\u0300" in yoruba and clean_text(yoruba) == yoruba
    assert clean_text("Nguye\u0302\u0303n Thi\u0323") == "Nguyễn Thị"
    assert (
        clean_text("We \u2764\ufe0f it, 1\ufe0f\u20e3 vote")
        == "We \u2764\ufe0f it, 1\ufe0f\u20e3 vote"
    )
    assert clean_text("葛\U000e0100城") == "葛\U000e0100城"  # a Han name's glyph variant


def test_a_terminals_escape_sequences_go_whole() -> None:
    """r57 #16: only the ESC went, and "[31m" stayed glued to a name."""
    coloured = "Lena Vos\x1b[1;31m said\x1b[0m it. \x1b]0;title\x07Done\x1b[2K."
    assert clean_text(coloured) == "Lena Vos said it. Done."


def test_every_format_character_but_the_joiners_is_stripped() -> None:
    kept = [
        ch
        for cp in range(0x110000)
        if unicodedata.category(ch := chr(cp)) == "Cf" and clean_text("a" + ch + "a") != "aa"
    ]
    assert kept == []


def test_a_run_too_long_for_a_sentence_is_left_out_whole() -> None:
    """r57 #2: a pasted list of 30,000 characters without a full stop had been cut into
    pieces that opened and ended mid-phrase, and became bullets. It is no sentence: it is
    left out, with its stop, and the sentences before and after it stay whole."""
    run = "The file named " + ", ".join(f"handle number {n}" for n in range(400))
    kept, runs = without_long_runs("Start here. " + run + ". End here.")
    assert kept == ["Start here.", "End here."]
    assert runs == [run + "."]
    wall = "[" * 5000
    assert without_long_runs(wall) == ([], [wall])
    assert without_long_runs("Short. Text.") == (["Short. Text."], [])
    # a chronology's clauses, each whole, are kept as such
    items = [f"{1900 + n} -- the council met in hall number {n} of the old town" for n in range(40)]
    chronology = "Key dates: " + "; ".join(items) + "."
    kept, runs = without_long_runs(chronology)
    assert runs == [] and len(kept) == 40 and kept[0].endswith(";")
    assert " ".join(kept) == chronology
    # a stop of another script ends a sentence too: no Hindi paragraph is one run
    hindi = "यह एक वाक्य है। " * 200
    assert without_long_runs(hindi) == ([hindi.strip()], [])


def test_an_article_with_a_pasted_list_keeps_its_sentences_and_says_what_was_left_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    listed = ", ".join(f"the page called Relief Fund {n}" for n in range(300))
    text = (
        "Regulator lists fake charity pages\n\n"
        "The regulator said on Monday it had found 300 fake charity pages.\n"
        f"Its report named {listed}.\n"
        '"They preyed on donors," said the regulator\'s head, Mara Quist.\n'
    )
    with caplog.at_level(logging.WARNING):
        doc = parse_text(text, make_source("list.txt", 1, text.encode()))
    sentences = [s.text for s in segment([doc]).sentences]
    assert sentences == [
        "The regulator said on Monday it had found 300 fake charity pages.",
        '"They preyed on donors," said the regulator\'s head, Mara Quist.',
    ]
    assert "left out 1 run of" in caplog.text and "without a full stop" in caplog.text


def test_markdown_markers_are_not_part_of_sentences() -> None:
    doc = parse_text(
        "# Talks stall\n\n- First point is here.\n* Second point.\n> Quoted line.\n"
        "1. Numbered line.\n---\n* * *\n",
        src(),
    )
    assert doc.title == "Talks stall"
    assert [b.text for b in doc.blocks] == [
        "First point is here.",
        "Second point.",
        "Quoted line.",
        "Numbered line.",
    ]


def test_a_bylines_day_and_date_are_no_authors() -> None:
    """ "API | Tuesday, March 10, 2026" had given the author "API; Tuesday; March" (a
    reviewer's page)."""
    from brief.ingest.webpage import _author

    assert _author("API; Tuesday; March") == "API"
    assert _author("Jane Roe; 10 March 2026") == "Jane Roe"
    assert _author("Tuesday") is None
    assert _author("April Ryan; May Smith") == "April Ryan; May Smith"
    # an outlet's header is no writer, nor its place or desk beside it (r47 L2)
    assert _author("Nordic Times; Helsinki") is None
    assert _author("Nordic Times; Business") is None
    assert _author("Olga Brandt; Baltic Wire") == "Olga Brandt"


def test_a_pages_own_address_is_no_author() -> None:
    """r52: the meta author "Rappler.com" had been the writer "Rappler com"."""
    from brief.ingest.webpage import _the_sites_address

    assert _the_sites_address("Rappler com", "Rappler")
    assert _the_sites_address("rappler.com", "Rappler")
    assert _the_sites_address("www.elseypost.co.uk", "elseypost")
    assert not _the_sites_address("Ann Lee", "Rappler")
    assert not _the_sites_address("Rappler Staff", "Rappler")


def test_html_page_gives_text_title_date_and_author_only() -> None:
    doc = ingest(str(ADVERSARIAL / "hostile-page.html"), 1, OPTS)
    assert doc.title == "Baltic drills widen as NATO ships gather"
    assert doc.date == "2025-11-20" and doc.author == "Jane Roe"
    text = "\n".join(b.text for b in doc.blocks)
    assert "NATO warships gathered in the Baltic Sea" in text
    assert "Allies divided" in [b.text for b in doc.blocks if b.kind == "heading"]
    for markup in ("<", "fetch(", "@import", "javascript", "Privacy", "Home"):
        assert markup not in text


TOMORROW = (FIXED_NOW + timedelta(days=1)).date().isoformat()


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("", None),
        ('<meta property="article:published_time" content="2024-03-05">', "2024-03-05"),
        # a day after the clock (a time zone ahead, an embargo): still its date, not the
        # first of its month
        (
            f'<meta property="article:published_time" content="{TOMORROW}T14:30:00Z">'
            f'<link rel="canonical" href="https://news.example/{TOMORROW}/kidal">',
            TOMORROW,
        ),
        # years after it, in its body only: a summit's to come, no publication date
        ('<time datetime="2096-06-15">15 June 2096</time>', None),
        # ... but in its metadata, its own date, however late: as a .txt's byline (r65 F16)
        ('<meta property="article:published_time" content="2096-06-15T08:00:00Z">', "2096-06-15"),
    ],
)
def test_a_page_is_dated_only_where_it_states_its_date(
    tmp_path: Path, meta: str, date: str | None
) -> None:
    """A footer's "Copyright 2026" is no publication date (it had made one of 1 January);
    the page's own metadata is."""
    body = "<p>Rebels seized the northern town of Kidal on Tuesday after two days of fighting.</p>"
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head>{meta}<title>Rebels seize Kidal</title></head><body><article>{body * 3}"
        "</article><footer>Copyright 2026 Example News</footer></body></html>",
        encoding="utf-8",
    )
    assert ingest(str(page), 1, Options(now=FIXED_NOW)).date == date


@pytest.mark.parametrize(
    ("address", "url"),
    [
        (
            "https://news.example/2026/12/7/rebels-seize-kidal",
            "https://news.example/2026/12/7/rebels-seize-kidal",
        ),
        ("javascript:alert(1)", None),
    ],
)
def test_a_page_gives_its_own_web_address_to_its_source(
    tmp_path: Path, address: str, url: str | None
) -> None:
    """Sources had listed saved pages with no URL though their canonical link gave one
    (r35); only a web address is taken."""
    body = "<p>Rebels seized the northern town of Kidal on Tuesday after two days of fighting.</p>"
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><link rel="canonical" href="{address}"><title>Rebels seize Kidal</title>'
        f"</head><body><article>{body * 3}</article></body></html>",
        encoding="utf-8",
    )
    assert ingest(str(page), 1, OPTS).source.url == url


def test_what_a_page_never_shows_is_no_text_and_a_short_pages_lines_stay_apart(
    tmp_path: Path,
) -> None:
    """A hidden paragraph had become a bullet and the first key figure; a page under 250
    characters had come out in one line, its headline glued to the lead."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Rebels shell port city</title></head><body><article>"
        "<h1>Rebels shell port city</h1><p>Rebels shelled Marib on Sunday, killing 12.</p>"
        '<p style="display: none">Hidden text says 5,000 soldiers were killed.</p>'
        "<p hidden>Secret line: 7,000 troops were captured.</p>"
        "<template><p>A template's 9,000.</p></template>"
        "<p>The city has been under siege since 2025.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(page), 1, OPTS)
    assert doc.title == "Rebels shell port city"
    assert [b.text for b in doc.blocks] == [
        "Rebels shelled Marib on Sunday, killing 12.",
        "The city has been under siege since 2025.",
    ]


def test_what_a_pages_stylesheet_hides_is_no_text(tmp_path: Path) -> None:
    """A class-hidden "BREAKING: ... 40 soldiers killed" had become a bullet and an
    organisation the page never names (r37 G1, r36 C5). What a rule shows again stays: a
    mobile-first hide an @media rule undoes, an active tab, a clearfix's :after, a print
    sheet; so does text a layout fades (opacity), and text inside a box of no font size
    that sets its own (the inline-gap idiom). A font size of nought alone hides (r57 #8)."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Rebels shell port city</title><style>"
        ".promo-hide{display:none} #seo{visibility:hidden} .tab{display:none}"
        " .tab.active{display:block} .wide{display:none}"
        " @media (min-width: 600px) { .wide{display:block} }"
        " .clearfix:after{content:'';display:block;visibility:hidden}"
        " .tiny{font-size:0} .tiny span{font-size:1rem} .fz{font-size:0}"
        " [hidden]{display:none}</style>"
        '<style media="print">.lede{display:none}</style></head><body>'
        '<article class="clearfix">'
        "<h1>Rebels shell port city</h1>"
        '<p class="lede">Rebels shelled Marib on Sunday, killing 12.</p>'
        '<p class="promo-hide">BREAKING: 40 soldiers killed, says ISPR.</p>'
        '<p id="seo">The army chief was arrested.</p>'
        '<div hidden><p class="promo-hide">Twice hidden: 9,000 captured.</p></div>'
        '<p class="tab active">Aid convoys reached the port on Monday.</p>'
        '<p class="tab">A tab never opened: 7,000 troops.</p>'
        '<p class="wide">The city has been under siege since 2025.</p>'
        '<p class="fz">Nobody sees this: the mayor fled.</p>'
        '<p class="tiny"><span>Residents fled to the hills.</span></p></article></body></html>',
        encoding="utf-8",
    )
    assert [b.text for b in ingest(str(page), 1, OPTS).blocks] == [
        "Rebels shelled Marib on Sunday, killing 12.",
        "Aid convoys reached the port on Monday.",
        "The city has been under siege since 2025.",
        "Residents fled to the hills.",
    ]


@pytest.mark.parametrize(
    ("sheet", "kept"),
    [
        # the cascade: a more specific or later rule wins, either way (a review's)
        ("div{display:block} .flash{display:none}", False),
        (".flash{display:none} div.flash{display:block}", True),
        (".flash{display:none} .flash:not(.gone){display:block}", True),
        ('.flash{display:none}</style><style media="screen and (max-width: 600px)">', True),
        (".flash{display:none !important} div.flash{display:block}", False),
    ],
)
def test_a_stylesheet_hides_by_the_cascade(tmp_path: Path, sheet: str, kept: bool) -> None:
    page = tmp_path / "page.html"
    media_sheet = '<style media="screen and (max-width: 600px)">.flash{display:none}</style>'
    styles = media_sheet if "max-width" in sheet else f"<style>{sheet}</style>"
    page.write_text(
        f"<html><head><title>Rebels shell port city</title>{styles}</head><body><article>"
        '<h1>Rebels shell port city</h1><div class="flash"><p>BREAKING: 40 soldiers killed.</p>'
        "</div>"
        + "<p>Rebels shelled Marib on Sunday, killing 12 people in the port.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in ingest(str(page), 1, OPTS).blocks]
    assert ("BREAKING: 40 soldiers killed." in texts) is kept


@pytest.mark.parametrize(
    ("sheet", "kept"),
    [
        # moved off the page: a positioned box a thousand pixels or more up or left
        (".flash{position:absolute;left:-9999px}", False),
        (".flash{position:fixed;top:-100em}", False),
        (".flash{left:-9999px} div.flash{position:absolute}", False),
        (".flash{position:absolute;inset:-5000px auto auto -5000px}", False),
        # clipped to nothing: the screen-reader-only box, a clip path, a shut box
        (
            ".flash{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
            False,
        ),
        (".flash{position:absolute;clip:rect(1px,1px,1px,1px)}", False),
        (".flash{clip-path:inset(50%)}", False),
        (".flash{height:0;overflow:hidden}", False),
        (".flash{max-height:0;overflow:auto hidden}", False),
        # a first line indented off the page, with all its text
        (".flash{text-indent:-9999px}", False),
        # no hiding place: offsets on a box in the flow, a nudge, a percentage (a
        # slide-in), a clip on a box in the flow, an aspect-ratio box's padding, a
        # collapsed box whose text overflows it, an inline run, a fade or a shrink
        (".flash{left:-9999px}", True),
        (".flash{position:relative;left:-20px;top:-3em}", True),
        (".flash{position:absolute;left:-100%}", True),
        (".flash{clip:rect(0 0 0 0)}", True),
        (".flash{height:0;overflow:hidden;padding-bottom:56.25%}", True),
        (".flash{height:0}", True),
        (".flash{display:inline;height:0;overflow:hidden}", True),
        (".flash{opacity:0;transform:translateX(-9999px)}", True),
        (".flash{font-size:0} .flash p{font-size:1.1em}", True),
        # text drawn at no size at all (r57 #8)
        (".flash{font-size:0}", False),
        (".flash{font-size:0%}", False),
        # a rule for some screens shows it there
        (
            ".flash{position:absolute;left:-9999px}"
            " @media (min-width:600px){.flash{position:static}}",
            True,
        ),
        (".flash{position:absolute;left:-9999px} @media print{.flash{left:0}}", True),
        (".flash{position:absolute;left:-9999px} .flash{position:static}", True),
        (".flash{position:absolute !important;left:-9999px} .flash{position:static}", False),
    ],
)
def test_what_a_stylesheet_moves_off_the_page_or_clips_away_is_no_text(
    tmp_path: Path, sheet: str, kept: bool
) -> None:
    """An off-screen "40% returns guaranteed" had become a key figure, and a "Click here
    to win a free phone" a sentence (r45 H5): the page's own rules put them where no
    reader sees them. A layout's own offsets, clips and fades stay."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Rebels shell port city</title><style>{sheet}</style></head>"
        '<body><article><h1>Rebels shell port city</h1><div class="flash">'
        "<p>BREAKING: 40 soldiers killed.</p></div>"
        + "<p>Rebels shelled Marib on Sunday, killing 12 people in the port.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in ingest(str(page), 1, OPTS).blocks]
    assert ("BREAKING: 40 soldiers killed." in texts) is kept
    assert "Rebels shelled Marib on Sunday, killing 12 people in the port." in texts


def test_a_base_element_is_not_the_pages_address_or_outlet(tmp_path: Path) -> None:
    """r57 #8: a <base href>'s host had been the outlet in Sources and its address the
    article's. It says where relative links lead; the canonical link says where the page
    is."""
    body = "<p>Ferry services to the islands resumed on Tuesday after the storm passed.</p>"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferries resume</title><base href='http://10.0.0.9:8080/'>"
        f"</head><body><article><h1>Ferries resume</h1>{body * 3}</article></body></html>",
        encoding="utf-8",
    )
    source = ingest(str(page), 1, OPTS).source
    assert source.url is None and source.outlet is None
    canonical = "<link rel='canonical' href='https://isles.example/ferries'>"
    page.write_text(page.read_text().replace("<title>", canonical + "<title>"))
    assert ingest(str(page), 1, OPTS).source.url == "https://isles.example/ferries"


def test_an_elements_own_style_that_moves_it_off_the_page_hides_it(tmp_path: Path) -> None:
    """A paragraph styled `position:absolute; left:-10000px` in its own tag is no text;
    an indent moves off only a text that fits in it (a long paragraph's other lines show)."""
    long = "Aid convoys reached the port on Monday after a week of talks. " * 6
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Rebels shell port city</title></head><body><article>"
        "<h1>Rebels shell port city</h1>"
        "<p>Rebels shelled Marib on Sunday, killing 12 people in the port.</p>"
        '<p style="position: absolute; LEFT: -10000px">Advert: invest now, 40% returns.</p>'
        '<p style="text-indent:-999px">Win a free phone.</p>'
        f'<p style="text-indent:-999px">{long.strip()}</p>'
        "<p>The city has been under siege since 2025.</p></article></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in ingest(str(page), 1, OPTS).blocks]
    assert not any("40%" in text or "free phone" in text for text in texts)
    assert texts[0] == "Rebels shelled Marib on Sunday, killing 12 people in the port."
    assert any(text.startswith("Aid convoys reached the port") for text in texts)


def test_hidden_metadata_that_names_another_headline_is_not_this_pages(tmp_path: Path) -> None:
    """A page's JSON-LD headline, date and author had outranked what it shows ("Pakistan
    declares war on Afghanistan", 2019, "Osama bin Laden"), and every weekday was dated
    to 2019 (r37 G2): metadata naming another headline describes another article."""
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pakistan declares'
        ' war on Afghanistan","datePublished":"2019-01-01T00:00:00Z","author":{"@type":'
        '"Person","name":"Osama bin Laden"}}'
    )
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><title>Talks held at Torkham - Dawn</title><script type="application/'
        f'ld+json">{ld}</script><meta property="article:published_time" content="2026-03-10">'
        "</head><body><article><h1>Talks held at Torkham</h1>"
        '<p class="byline">Ali Akbar | Published March 10, 2026</p>'
        + "<p>Officials from Pakistan and Afghanistan met at the Torkham crossing on Tuesday.</p>"
        * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(page), 1, OPTS)
    assert (doc.title, doc.date) == ("Talks held at Torkham", "2026-03-10")
    assert doc.source.author == "Ali Akbar"


@pytest.mark.parametrize("only_title", [False, True])
def test_a_script_or_style_is_never_words_of_a_title_or_a_paragraph(
    tmp_path: Path, only_title: bool
) -> None:
    """r63 F6: an <h1> holding a script gave the headline "Gerida camp: water points
    alert('x') reopen", and the script left in a paragraph "pumps , the committee said".
    A page with no <h1> takes its <title>, whose markup is text to the parser."""
    head = "Gerida camp: water points <script>alert('x')</script> reopen<style>p{}</style>"
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{head} | Kessara Tribune</title></head><body><article>"
        + ("" if only_title else f"<h1>{head}</h1>")
        + "<p>Four of the seven water points reopened on Friday after engineers repaired "
        "the pumps <script>document.location='http://evil.example/'</script>, the camp's "
        "committee said.</p>"
        + "<p>Camp leaders said queues at the remaining points were still hours long.</p>" * 2
        + "</article></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(page), 1, OPTS)
    assert doc.title == "Gerida camp: water points reopen"
    text = "\n".join(b.text for b in doc.blocks)
    assert "repaired the pumps, the camp's committee said." in text
    assert "alert" not in text and "evil" not in text and "p{}" not in text


def _page_with(head: str, headline: str = "Bridge over the Lida reopens after repairs") -> str:
    body = "<p>Engineers reopened the bridge over the Lida on Tuesday after four months.</p>" * 3
    return (
        f"<html><head>{head}</head><body><article><h1>{headline}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize("context", ['"@context":"https://schema.org",', ""])
def test_a_pages_own_json_ld_gives_its_outlet_writer_and_date(tmp_path: Path, context: str) -> None:
    """r57 #8: a record with no "@context", or a page showing no byline, had given no
    writer, date nor outlet; a <base> gives none (it says where links lead)."""
    ld = (
        f'{{{context}"@type":"NewsArticle","headline":"Bridge over the Lida reopens after '
        'repairs","author":[{"name":"Maren Tollefsen"}],"datePublished":"2026-03-10",'
        '"publisher":{"@type":"Organization","name":"Lida Valley Courier"}}'
    )
    page = tmp_path / "page.html"
    page.write_text(
        _page_with(
            '<base href="http://10.0.0.7:8080/"><title>Bridge reopens</title>'
            f'<script type="application/ld+json">{ld}</script>'
        ),
        encoding="utf-8",
    )
    source = ingest(str(page), 1, OPTS).source
    assert (source.outlet, source.author, source.date) == (
        "Lida Valley Courier",
        "Maren Tollefsen",
        "2026-03-10",
    )
    assert source.url is None


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Bridge over the Lida reopens after repairs | Lida Valley Courier", "Lida Valley Courier"),
        ("Bridge over the Lida reopens after repairs - Lida Valley Courier", "Lida Valley Courier"),
        # the part before the dash is no headline the page shows: a headline's own words
        ("Bridge reopens - engineers", None),
        ("Bridge over the Lida reopens after repairs", None),
    ],
)
def test_a_titles_suffix_after_the_headline_names_the_outlet(
    tmp_path: Path, title: str, outlet: str | None
) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page_with(f"<title>{title}</title>"), encoding="utf-8")
    assert ingest(str(page), 1, OPTS).source.outlet == outlet


def test_a_byline_element_that_only_stamps_the_page_names_no_writer(tmp_path: Path) -> None:
    """A page's byline element holding its stamp ("Issued on: 04/06/2025 - 07:45") had
    given the writer "Issued" (r40 M5): a stamp's words are no name."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry sinks off the cape</title></head><body><article>"
        "<h1>Ferry sinks off the cape</h1>"
        '<p class="byline">Issued on: 04/06/2025 - 07:45</p>'
        + "<p>A ferry sank off the cape on Monday and all of its passengers were saved.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert ingest(str(page), 1, OPTS).source.author is None


FERRY_RULES = [
    "LINDPORT, 3 March 2026 - The maritime authority tightened its safety rules for island "
    "ferries on Monday, a month after a fire on a night crossing.",
    "Under the new rules, each ferry will carry two extra crew members on night crossings "
    "and a second rescue boat.",
    "The island council welcomed the change, according to its chairman.",
    "“Nobody should fear a night crossing again,” said Captain Oren Dahl, the authority's "
    "chief inspector.",
    "The ferry company has run the island route since March 1998.",
]


def ferry_rules_page(before: str = "", after: str = "") -> str:
    """A hostile page: scripts in its head and body, a tracking image and frame, and its
    second paragraph wrapped in a link with script handlers."""
    paras = [f"<p>{p}</p>" for p in FERRY_RULES]
    paras[1] = f'<p><a href="#" onclick="steal()" onmouseover="alert(1)">{FERRY_RULES[1]}</a></p>'
    paras.insert(
        1, '<p><img src="/t.gif" onerror="alert(2)" alt="A ferry"> <script>alert(3)</script></p>'
    )
    paras.insert(3, '<p><iframe src="/t.gif?frame=1" width="600" height="300"></iframe></p>')
    paras.append(
        '<p><svg onload="alert(4)"><circle r="4"/></svg><object data="/t.gif"></object></p>'
    )
    paras.append('<p><a href="javascript:alert(5)">Click here to read the full rules</a></p>')
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry rules '
        "tightened</title><script>document.write('<p>Injected</p>');fetch('/t.gif')</script>"
        '<link rel="stylesheet" href="/t.css"><style>body{background:url(/t.gif)}</style>'
        f"</head><body>{before}<article><h1>Ferry rules tightened</h1>"
        '<p class="byline">Bay Wire | By Tomas Vell | 3 March 2026</p>'
        + "\n".join(paras)
        + f"</article>{after}</body></html>"
    )


def test_a_paragraph_that_is_all_link_is_text_when_it_is_a_sentence(tmp_path: Path) -> None:
    """A paragraph of the article wrapped in a link (script handlers on it) had been
    dropped as navigation, and the story's key fact with it (r55 M2): a sentence is the
    article's, and its markup goes; a label, or a sentence in a menu or a list of other
    articles, stays a link and goes."""
    page = tmp_path / "page.html"
    menu = "Ferry operators were told to check every life raft on board."
    menu = f'<nav><p><a href="/a">{menu}</a></p></nav>'
    others = "A second fire broke out on a cargo ship in the bay on Sunday."
    others = f'<aside><p><a href="/b">{others}</a></p></aside>'
    page.write_text(ferry_rules_page(menu, others), encoding="utf-8")
    text = "\n".join(block.text for block in ingest(str(page), 1, OPTS).blocks)
    assert FERRY_RULES[1] in text
    assert "Click here" not in text and "second fire" not in text and "life raft" not in text
    assert "steal" not in text and "alert" not in text and "Injected" not in text


@pytest.mark.parametrize(
    "teaser",
    [
        # another article of the site, by its dated path or its slug; a related story's label
        '<a href="/news/2026/03/02/harbour-strike">Dock workers in Vessby walked out on '
        "Sunday over a pay offer, their union said.</a>",
        '<a href="https://bay.example/dock-workers-walk-out">Dock workers in Vessby walked '
        "out on Sunday over a pay offer, their union said.</a>",
        '<a href="#">Read more: Dock workers in Vessby walked out on Sunday over a pay '
        "offer, their union said.</a>",
    ],
)
def test_a_paragraph_linked_to_another_article_is_not_this_ones(
    tmp_path: Path, teaser: str
) -> None:
    """A teaser for another article set as a paragraph that is all link is that article's
    sentence: it had become a bullet of this story, and its key figure."""
    page = tmp_path / "page.html"
    html = ferry_rules_page().replace("</article>", f"<p>{teaser}</p></article>")
    page.write_text(html, encoding="utf-8")
    text = "\n".join(block.text for block in ingest(str(page), 1, OPTS).blocks)
    assert FERRY_RULES[1] in text
    assert "Dock workers" not in text


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Harbour Courier | Business | 3 March 2026", None),
        ("Bay of Islands Wire | 3 March 2026", None),  # trafilatura reads "Bay"
        ("Bay of Islands Wire", None),
        ("Agence Lindienne de Presse | English service | Lindport, 3 March 2026", None),
        ("Coastal Relief Forum | 3 March 2026", None),
        ("Bay of Islands Wire | By Tomas Vell | 3 March 2026", "Tomas Vell"),
        ("Harbour Courier | Mira Santos Quist | 3 March 2026", "Mira Santos Quist"),
    ],
)
def test_a_masthead_in_the_byline_element_names_no_writer(
    tmp_path: Path, byline: str, author: str | None
) -> None:
    """A page's byline element holding its masthead (outlet, desk, date) had given the
    writers "Gulf" and "Gulf; Business" (r55 M1): only a person's name is a writer."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise</title></head><body><article>"
        f'<h1>Ferry fares to rise</h1><p class="byline">{byline}</p>'
        + "<p>The island ferry company will raise its fares by a tenth from April, its chief"
        " executive said on Tuesday, blaming the price of fuel.</p>"
        * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert ingest(str(page), 1, OPTS).source.author == author


@pytest.mark.parametrize(
    ("sender", "outlet"),
    [
        ("Elsey Courier Europe <newsletters@elseycourier.example>", None),  # a part: unsure
        ("Elsey Courier Europe <newsletters@elsey.example>", "Elsey Courier Europe"),
        ("The Elsey Courier <news@theelseycourier.example>", "The Elsey Courier"),
        ("Ann Lee <ann.lee@example.org>", None),  # a person forwarding it
        ("Elsey Lee <elee@elsey.example>", None),  # her mailbox at a firm that spells her name
        ("desk@elsey.example", None),
    ],
)
def test_a_newsletters_sender_is_its_outlet(
    tmp_path: Path, sender: str, outlet: str | None
) -> None:
    """A newsletter saved as a message had no outlet (r40 M5, "From: Politico Europe
    <newsletters@politico.eu>"): its sender's name is the publisher's where the address is
    at the publisher's own domain, the one the name spells."""
    letter = tmp_path / "letter.eml"
    letter.write_text(
        f"From: {sender}\nSubject: Ferry sinks\nDate: Tue, 16 Mar 2027 08:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\nA ferry sank on Monday. All were saved.\n",
        encoding="utf-8",
    )
    assert ingest(str(letter), 1, OPTS).source.outlet == outlet


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Fwd: Dockers end strike", "Dockers end strike"),
        ("RE: Fw: AW: WG[2]: Dockers end strike", "Dockers end strike"),
        ("Report: Dockers end strike", "Report: Dockers end strike"),
        ("Re:", "Re:"),
    ],
)
def test_a_forwarded_messages_subject_is_its_headline_without_the_clients_marks(
    tmp_path: Path, subject: str, title: str
) -> None:
    """r57 #17: "Fwd: ..." had been the brief's title."""
    letter = tmp_path / "fwd.eml"
    letter.write_text(
        f"From: desk@wire.example\nSubject: {subject}\nDate: Tue, 16 Mar 2027 08:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\nDock workers ended their strike on Monday.\n",
        encoding="utf-8",
    )
    assert ingest(str(letter), 1, OPTS).title == title


def test_a_saved_email_is_read_as_its_article(tmp_path: Path) -> None:
    """Its headers had been briefed: "From: desk@wire.example To: ..." was the title."""
    plain = tmp_path / "wire.eml"
    plain.write_text(
        "From: desk@wire.example\nTo: inbox@example.org\n"
        "Subject: Armenia and Azerbaijan\n sign border protocol\n"
        "Date: Tue, 16 Mar 2027 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "Armenia and Azerbaijan signed a protocol on Tuesday, the ministries said.\n\n"
        'Foreign Minister Karen Sargsyan said the deal was "a first step".\n',
        encoding="utf-8",
    )
    doc = ingest(str(plain), 1, OPTS)
    assert (doc.title, doc.date) == ("Armenia and Azerbaijan sign border protocol", "2027-03-16")
    assert doc.blocks[0].text.startswith("Armenia and Azerbaijan signed")
    assert expand_inputs([str(tmp_path)]) == [str(plain)]  # a folder's messages are articles

    html = tmp_path / "letter.txt"  # headers make a message, whatever the file's name
    page = (
        "<html><body><article><p>Rebels shelled Marib on Sunday, killing 12 people.</p>"
        "<p hidden>Hidden 5,000.</p><p>The city has been under siege since 2025.</p>"
        "</article></body></html>"
    )
    html.write_text(
        "From: Newsletter <news@example.org>\nSubject: Morning digest\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{base64.b64encode(page.encode()).decode()}\n--b--\n",
        encoding="utf-8",
    )
    doc = ingest(str(html), 2, OPTS)
    assert doc.title == "Morning digest" and doc.date is None
    assert [b.text for b in doc.blocks] == [
        "Rebels shelled Marib on Sunday, killing 12 people.",
        "The city has been under siege since 2025.",
    ]

    empty = tmp_path / "empty.eml"
    empty.write_text(
        "From: a@example.org\nSubject: Photo\nMIME-Version: 1.0\n"
        "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="an email message with no text in it"):
        ingest(str(empty), 3, OPTS)


def test_a_saved_emails_8bit_and_base64_text_is_its_words(tmp_path: Path) -> None:
    """A reviewer's mails: an 8-bit UTF-8 body had shown "\\u2014" for its dash, one with a
    UTF-8 subject was refused as "not valid utf_8", a base64 text part as "no prose", and
    a newsletter's footer had been a bullet."""
    body = (
        "ANKARA — Türkiye and Kazakhstan brokered a ceasefire on Monday, the ministry said.\n\n"
        "Special envoy Selin Aydın held talks in both capitals over the weekend.\n\n"
        "You are receiving this because you subscribed to breaking news alerts.\n"
    )
    headers = "From: desk@aa.example\nSubject: Türkiye mediates\nMIME-Version: 1.0\n"
    eight = tmp_path / "eight.eml"
    eight.write_bytes(
        (
            headers + "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body
        ).encode("utf-8")
    )
    coded = tmp_path / "coded.eml"
    coded.write_bytes(
        (
            headers + "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(body.encode("utf-8")).decode()
        ).encode("utf-8")
    )
    for path in (eight, coded):
        doc = ingest(str(path), 1, OPTS)
        assert doc.title == "Türkiye mediates"
        text = " ".join(b.text for b in doc.blocks)
        assert "Türkiye and Kazakhstan" in text and "\\u" not in text and "Aydın" in text


def test_a_mail_header_pythons_email_cannot_parse_is_none_or_one_clean_line(
    tmp_path: Path,
) -> None:
    """Python's `email` raises on a header it cannot parse, read when it is asked for: a
    part's charset with a NUL, From comments nested past the recursion limit, parts
    nested 3,000 deep had each ended the run with an internal error (s72 fuzz). Such a
    header is none; a message whose parts cannot be reached is one clean error."""
    text = "Officials said on Tuesday that 12,000 troops had moved towards the border.\n"
    head = "From: desk@wire.example\nSubject: Troops gather\n"
    for odd in (
        'Content-Type: text/plain; charset="a\x00b"\n',
        "Content-Type: text/plain; charset*=utf-8''%00\n",
        "From: a@b.example (" + "(" * 1000 + "\n",
    ):
        path = tmp_path / "odd.eml"
        path.write_bytes((head + odd + "\n" + text).encode())
        assert ingest(str(path), 1, OPTS).blocks[0].text == text.strip()
    nested = "Content-Type: text/plain\n\n" + text
    for n in range(3000):
        nested = f"Content-Type: multipart/mixed; boundary=b{n}\n\n--b{n}\n{nested}\n--b{n}--\n"
    for odd in (
        head + "MIME-Version: 1.0\n" + nested,
        head + "Content-Type: text/plain; charset*=x\x00y''a\n\n" + text,
    ):
        path = tmp_path / "deep.eml"
        path.write_bytes(odd.encode())
        with pytest.raises(InputError, match="an email message whose MIME parts cannot be read"):
            ingest(str(path), 1, OPTS)


def test_html_is_sniffed_in_bytes_read_already_and_honours_meta_charset() -> None:
    """Bytes with no file name to tell their kind (standard input, which the command line
    reads): a web page is known by its text."""
    body = " ".join([CYRILLIC] * 3)
    page = (
        '<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Учения</title></head>'
        f"<body><article><h1>Учения</h1><p>{body}</p><p>{UKRAINIAN}</p></article></body></html>"
    ).encode("cp1251")
    doc = ingest(Input("-", data=page, name="stdin"), 1, OPTS)
    assert doc.title == "Учения"
    assert CYRILLIC in doc.blocks[0].text
    assert (doc.source.path, doc.source.name, doc.source.size) == ("-", "stdin", len(page))


def test_bytes_read_already_meet_a_files_limit_and_checks() -> None:
    """The library reads no stream: what its caller read is refused as a file would be,
    under the path the caller gave it."""
    with pytest.raises(InputError, match="1,024-byte input limit") as err:
        ingest(Input("-", data=b"x" * 1025, name="stdin"), 1, Options(max_bytes=1024))
    assert err.value.path == "-"
    with pytest.raises(InputError, match="looks like a PDF file") as err:
        ingest(Input("-", data=b"%PDF-1.4\n", name="stdin"), 1, OPTS)
    assert err.value.path == "-"


def test_a_file_named_dash_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` means standard input on the command line only: to the library it is a path."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoInputError, match="no such file"):
        ingest("-", 1, OPTS)
    sample = Path(__file__).parent.parent / "samples" / "baltic-drills.txt"
    (tmp_path / "-").write_bytes(sample.read_bytes())
    assert ingest("-", 1, OPTS).source.name == "-"


def test_page_without_an_article_is_a_data_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        ingest(str(ADVERSARIAL / "empty-page.html"), 1, OPTS)


def test_deeply_nested_html_ends_cleanly(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    words = "Officials said the talks in Geneva stalled again on Tuesday. " * 5
    page.write_text("<html><body>" + "<div>" * 20000 + f"<p>{words}</p>" + "</div>" * 20000)
    try:
        ingest(str(page), 1, OPTS)
    except InputError as exc:
        assert exc.exit_code == 65


def test_size_cap_is_checked_before_decoding(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"\x00" * 2048)  # binary, but the cap speaks first
    with pytest.raises(InputError, match="1,024-byte input limit"):
        read_bytes(str(big), Options(max_bytes=1024))


def test_folders_include_web_pages(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html></html>")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert [Path(p).name for p in expand_inputs([str(tmp_path)])] == ["a.html", "b.txt"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoInputError):
        expand_inputs([str(tmp_path / "empty")])


MARKDOWN_ARTICLE = """Troops move
===========

Russian troops moved into [Belarus](https://example.com/by "map") on **Monday**, *officials* said.

![A column of tanks](https://example.com/tanks.jpg)

The foreign ministers will meet in `Geneva` on Friday, the [State Department][sd] said.

```
not = "prose"
```

---

[sd]: https://state.gov
"""


def test_markdown_articles_are_read_as_their_text(tmp_path: Path) -> None:
    """Links keep their words, emphasis and code marks go, images, code blocks, rules and
    link definitions are not prose; the same bytes in a .txt file stay as written, but
    for a link to an address and strong emphasis (see plain_text)."""
    path = tmp_path / "troops.md"
    path.write_text(MARKDOWN_ARTICLE)
    doc = ingest(str(path), 1, OPTS)
    assert doc.title == "Troops move"
    text = "\n".join(block.text for block in doc.blocks)
    assert "Russian troops moved into Belarus on Monday, officials said." in text
    assert "The foreign ministers will meet in Geneva on Friday, the State Department said." in text
    for syntax in ("http", "**", "tanks", "prose", "[", "`", "---"):
        assert syntax not in text
    plain = tmp_path / "troops.txt"
    plain.write_text(MARKDOWN_ARTICLE)
    text = "\n".join(block.text for block in ingest(str(plain), 1, OPTS).blocks)
    assert "Russian troops moved into Belarus on Monday, *officials* said." in text
    assert "in `Geneva` on Friday, the [State Department][sd] said." in text


def test_front_matter_and_footnote_marks_are_markup_not_text(tmp_path: Path) -> None:
    """A static site's front matter is metadata, not the headline; a footnote's mark
    ("said.[^1]") had made its sentence unreadable, and it was lost."""
    page = tmp_path / "talks.md"
    page.write_text(
        "---\ntitle: Front matter title\n---\n# Talks resume in Algiers\n\n"
        "Envoys met in Algiers on Monday to discuss a ceasefire in the north.\n\n"
        "Talks are due to resume in Algiers next week, diplomats said.[^1]\n\n"
        "[^1]: Reported by our correspondent.\n",
        encoding="utf-8",
    )
    doc = ingest(str(page), 1, OPTS)
    assert doc.title == "Talks resume in Algiers"
    text = "\n".join(block.text for block in doc.blocks)
    assert "Talks are due to resume in Algiers next week, diplomats said." in text
    assert "[^1]" not in text and "Front matter" not in text


def test_a_rule_above_the_prose_is_no_front_matter_and_code_keeps_its_brackets(
    tmp_path: Path,
) -> None:
    """Front matter is YAML between fences; prose between two rules is the article. A
    footnote's mark is a word in brackets after a caret, not code's "[^0-9]"."""
    page = tmp_path / "rule.md"
    page.write_text(
        "---\nRebels seized the town of Kidal on Tuesday. About 5,000 people fled.\n\n---\n\n"
        "Diplomats said the filter `[^0-9]` removed every digit from the cables.\n",
        encoding="utf-8",
    )
    text = "\n".join(block.text for block in ingest(str(page), 1, OPTS).blocks)
    assert "Rebels seized the town of Kidal on Tuesday." in text
    assert "the filter [^0-9] removed" in text


def test_markdown_decoding_is_linear_on_hostile_lines() -> None:
    from brief.ingest.unmarkdown import plain_markdown, plain_text

    hostile = "[" * 50_000 + "*" * 50_000 + "_a" * 50_000 + "`" * 50_000 + "\n"
    assert len(plain_markdown(hostile)) > 100_000
    tags = "<a " * 30_000 + "<a" + ' b="<a c=' * 20_000 + "<span hidden>" * 20_000
    scripts = "<script>" * 20_000 + "<style " * 20_000 + "</script" * 20_000
    assert len(plain_markdown(f"{tags}\n{scripts}\nEnd.\n")) > 100_000
    assert len(plain_text("![a](http://x" * 50_000 + "[a](www." * 50_000)) > 100_000


def test_an_escaped_tag_in_markdown_is_a_mention_not_markup(tmp_path: Path) -> None:
    """Two mentions of a script tag paragraphs apart had been read as one script: what
    stood between was lost and the ends made a sentence no source wrote ("could inject a
    sequence, the vendor said")."""
    article = tmp_path / "flaw.md"
    article.write_text(
        "Researchers warn of flaw\n\nAttackers could inject a &lt;script&gt; element.\n\n"
        "The flaw affects version 2.\n\nThe patch escapes any &lt;/script&gt; sequence.\n",
        encoding="utf-8",
    )
    blocks = [b.text for b in ingest(str(article), 1, Options()).blocks]
    assert blocks == [
        "Attackers could inject a <script> element.",
        "The flaw affects version 2.",
        "The patch escapes any </script> sequence.",
    ]


def test_an_escaped_tag_in_a_web_page_is_words_it_shows(tmp_path: Path) -> None:
    """r51 L2: the page's references had been decoded before its parser read it, so the
    words "<script>alert(1)</script>" it shows became a script and left the sentence."""
    page = tmp_path / "port.html"
    page.write_text(
        "<html><head><title>Port strike</title></head><body><article>"
        "<h1>Port strike</h1><p>Dock workers walked out on Wednesday at the port of Vell, "
        "demanding shelters after the drone strike, the dockers' union said.</p>"
        "<p>Protesters carried banners reading &lt;script&gt;alert(1)&lt;/script&gt; in "
        "a joke aimed at the port's IT department, the union said.</p>"
        "<p>The port operator said it would meet the union on Thursday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    blocks = [b.text for b in ingest(str(page), 1, Options()).blocks]
    assert any("reading <script>alert(1)</script> in a joke" in text for text in blocks)


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # what the page shows of a tag is its text; a block's tag or <br> ends a line
        ("<b>Oil prices</b> rose.", "Oil prices rose."),
        ("Said so. <a href='/x' title=\"a > b\">More</a> came.", "Said so. More came."),
        ("<p>One here.</p><p>Two here.</p>", "\nOne here.\n\nTwo here.\n"),
        ("Line one<br>Line two", "Line one\nLine two"),
        # what it never shows is no text: hidden, display:none, visibility:hidden
        ('<span style="display:none">Secret.</span> Seen.', " Seen."),
        ("A <SPAN STYLE='Display: None !important'>gone</SPAN>b.", "A b."),
        ('A <i style="visibility:hidden">gone</i> b.', "A b."),
        ('A <span style="position:absolute;left:-9999px">gone</span> b.', "A b."),
        ('A <span style="position:relative;left:-2px">x</span> b.', "A x b."),
        ("A <span hidden>x <span>y</span> z</span> b.", "A b."),
        ("A <div hidden>\nx\n<div>y</div>\nz\n</div>\nb.", "A \n\n\n\n\nb."),
        ("A <template>t</template> b.", "A b."),
        ("A <script>\nx = 1;\n\ny = 2;\n</script> b.", "A b."),
        ("A <style>p { color: red }</style> b.", "A b."),
        # left open, a hidden element ends with its paragraph, as its <p> would
        ("A <span hidden>gone\ngone\n\nSeen.", "A \n\n\nSeen."),
        # a void element has nothing inside to hide; a script opener with no closing
        # tag after it is a mention ("&lt;script&gt;" is decoded before), its tag dropped
        ('<img hidden src="x.png"> Seen.', " Seen."),
        # a tag before punctuation takes its space with it ("are met” ." had been left)
        (
            'held "until our demands are met" <img src=x onerror=alert(1)>.',
            'held "until our demands are met".',
        ),
        ("Use <script> tags, he said.\n\nSeen.", "Use tags, he said.\n\nSeen."),
        # prose, not tags: a comparison, a code span, an escaped bracket
        ("If a < b and x<y then.", "If a < b and x<y then."),
        ("Use `<b>` and \\<i> here.", "Use <b> and <i> here."),
        ("```html\n<script src=x.js>\n```\nSeen after the code.", "Seen after the code."),
    ],
)
def test_a_markdown_articles_html_is_markup_and_what_it_hides_no_text(
    markdown: str, text: str
) -> None:
    from brief.ingest.unmarkdown import plain_markdown

    assert plain_markdown(markdown) == text


def test_a_txt_article_keeps_its_text_but_not_markdown_images_or_link_targets() -> None:
    """Plain text is read as written, but `![alt](url)`, `[text](url)` and `**text**` are
    never prose: markup a copy out of a Markdown page brought along."""
    from brief.ingest.unmarkdown import plain_text

    assert plain_text("The UN said. ![pixel](http://evil.example/t.png) More fled.") == (
        "The UN said.  More fled."
    )
    assert plain_text("The [Red Cross](https://icrc.org) said [sic].") == (
        "The Red Cross said [sic]."
    )
    kept = "Rates [in brackets](as written), *stress*, F**k, 5**2, ** x ** and <b>tags</b> stay."
    assert plain_text(kept) == kept
    assert plain_text("Dockers **will not** return, [read on](javascript:void(0)) he said.") == (
        "Dockers will not return, read on he said."
    )


def test_a_pages_markdown_printed_as_written_leaves_its_words(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """r65 F15: a site that printed its Markdown unrendered had put a link's script address
    and a quote's asterisks into a brief: a page's text is plain text, read as a .txt's."""
    said = (
        "“The ferries stay in port. [Read our statement](javascript:alert(document.cookie))"
        " and **tell your neighbours**,” the union's secretary, Ilse Marrow, told reporters."
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry crews strike</title></head><body><article>"
        "<h1>Ferry crews strike</h1>"
        "<p>Ferry crews on the northern islands walked out on Monday over unpaid overtime.</p>"
        f"<p>{said}</p><p>[pay dispute] The operator said talks would resume on Friday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    text = "\n".join(block.text for block in ingest(str(page), 1, OPTS).blocks)
    assert "Read our statement and tell your neighbours,”" in text
    assert "javascript" not in text and "*" not in text and "[pay dispute]" in text


def test_a_pages_byline_paragraph_names_its_writer_as_a_txts_does(tmp_path: Path) -> None:
    """r65 F16: a page with no author in its markup, whose first paragraph is its byline,
    had no writer, where the same text saved as .txt had one."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Night curfew widened in the capital</title></head><body><article>"
        "<h1>Night curfew widened in the capital</h1>"
        "<p>By Oumou Kéïta | Lindport | 4 March 2026</p>"
        + "<p>The council widened the night curfew on Tuesday after a second attack.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(page), 1, Options(now=FIXED_NOW))
    assert (doc.source.author, doc.source.date) == ("Oumou Kéïta", "2026-03-04")


def test_a_fetched_items_byline_names_its_writer_where_its_feed_names_none(
    tmp_path: Path,
) -> None:
    """A feed's item saved with brief's header, its text opening with its byline: the
    writer, as of a page or a .txt (r65 F16); the feed's own writer, where it names one."""
    item = tmp_path / "item.txt"
    header = '{"title": "Curfew widened", "outlet": "Lindport Post", "date": "2026-03-04"%s}'
    text = (
        "\n+++\nBy Oumou Keita | Lindport | 4 March 2026\n\n"
        "The council widened the night curfew on Tuesday after a second attack.\n"
    )
    item.write_text("+++ brief-article\n" + header % "" + text, encoding="utf-8")
    assert ingest(str(item), 1, OPTS).source.author == "Oumou Keita"
    item.write_text("+++ brief-article\n" + header % ', "author": "Ama Boateng"' + text)
    assert ingest(str(item), 1, OPTS).source.author == "Ama Boateng"


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_an_article_dated_after_the_clock_is_kept_with_one_rule_and_a_warning(
    tmp_path: Path, suffix: str, caplog: pytest.LogCaptureFixture
) -> None:
    """r65 F16: a page dated months after the run's clock had lost its date silently,
    where a .txt dated so was kept with a warning. The date a source states is its own;
    the clock may be what is wrong, so both keep it, and say so."""
    lede = "The council widened the night curfew on Tuesday after a second attack."
    article = tmp_path / f"curfew{suffix}"
    if suffix == ".html":
        article.write_text(
            '<html><head><meta property="article:published_time" content="2027-05-04T09:00:00Z">'
            "<title>Curfew widened</title></head><body><article><h1>Curfew widened</h1>"
            + f"<p>{lede}</p>" * 3
            + "</article></body></html>",
            encoding="utf-8",
        )
    else:
        article.write_text(f"Curfew widened\n\nBy Oumou Keita | 4 May 2027\n\n{lede}\n")
    with caplog.at_level(logging.WARNING):
        doc = ingest(str(article), 1, Options(now=FIXED_NOW))
    assert doc.source.date == "2027-05-04"
    assert "dated 2027-05-04, after the run's day (2026-11-25): kept as dated" in caplog.text


def test_a_pages_only_date_too_late_in_its_body_is_said_and_not_taken(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A <time> in a page's body years ahead is some event's (a summit to come), no
    publication date: the page is undated, and the warning says why."""
    page = tmp_path / "summit.html"
    page.write_text(
        "<html><head><title>Summit set</title></head><body><article><h1>Summit set</h1>"
        + "<p>Leaders agreed on Monday to meet again at a summit in the capital.</p>" * 3
        + '<p>It opens on <time datetime="2096-06-15">15 June 2096</time>.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        assert ingest(str(page), 1, Options(now=FIXED_NOW)).source.date is None
    assert "the page shows 2096-06-15, after the run's day (2026-11-25)" in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        "plain prose, every word short",
        "a" * 59 + " " + "b" * 59,
        "x" * 60,
        "é" + "x" * 199 + "é",
        "data:" + "A" * 195 + "\u2019" + "A" * 300,
        "\u2028" + "!" * 61 + "\x00",
    ],
)
def test_the_cheap_run_check_agrees_with_the_scans(text: str) -> None:
    """has_run only lets the BLOB and JUNK scans be skipped: never a different answer."""
    assert has_run(text, BLOB_RUN) == bool(BLOB.search(text))
    assert has_run(text, JUNK_TOKEN) == bool(JUNK.search(text))


@pytest.mark.parametrize(
    "stamp",
    [
        "2 years ago",
        "7.57 pm",
        "Updated 10:32 GMT",
        "PHILADELPHIA |",
        "December 19.",
        "INDONESIA, July 2, 2013",
        "05 / 02 / 2013",
        "11 November 2011 Last updated at 12: 41 GMT",
    ],
)
def test_a_scraped_pages_stamp_is_no_title(stamp: str) -> None:
    """It says when or where, not what: the lede gives the brief its title instead."""
    from brief.ingest.layout import parse_text as layout_text

    text = f"{stamp}\n\nHarbour pilots walked out on Tuesday over a pension reform.\n"
    doc = layout_text(text, Source(1, "x.txt", "x.txt", "0" * 64, len(text)))
    assert doc.title is None


def test_the_headline_under_a_pages_stamp_is_the_title() -> None:
    """A BBC page's stamp stands above its headline: the headline is still the title."""
    from brief.ingest.layout import parse_text as layout_text

    text = (
        "11 November 2011 Last updated at 12:41 GMT\n"
        "Sudan 'bombs refugees' in Unity state\n"
        "South Sudanese officials have condemned Sudan after an aerial bombardment.\n"
    )
    doc = layout_text(text, Source(1, "x.txt", "x.txt", "0" * 64, len(text)))
    assert doc.title == "Sudan 'bombs refugees' in Unity state"


def test_a_time_stamp_opening_a_paragraph_is_no_sentence() -> None:
    from brief.ingest.layout import parse_text as layout_text
    from brief.segment import segment

    text = "Port strike\n\n7.57 pm. This was also a speech aimed at the party.\n"
    doc = layout_text(text, Source(1, "x.txt", "x.txt", "0" * 64, len(text)))
    sentences = segment([doc]).sentences
    assert [(s.index, s.text) for s in sentences] == [
        (1, "This was also a speech aimed at the party.")
    ]


def test_a_large_folder_read_in_two_processes_is_read_as_in_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big folder is read in parts in two processes (a child from the front, this one
    from the back): the same documents, numbered the same, the same warnings in the same
    order, and the language each looks like."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    count = reading.READ_BESIDE_FROM + 20
    for k in range(count):
        text = f"Story {k}. The council met on day {k} and voted {k} to {k + 1}.\n"
        (folder / f"a{k:03}.txt").write_text(text)
    (folder / "a005.txt").write_text("  \n")  # skipped: read here
    (folder / f"a{count - 9:03}.txt").write_text("")  # skipped: read in the child
    (folder / f"a{count - 5:03}.txt").write_text(f"{CYRILLIC}\n\nThe vote {'Q' * 5000} was late.\n")
    items = expand([str(folder)])

    def read() -> tuple[list[object], list[str]]:
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            documents = reading.ingest_all(items, OPTS)
        said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert not any("failed in a child" in r.getMessage() for r in caplog.records)
        return [(d, d.looks_like) for d in documents], said

    beside, said_beside = read()
    monkeypatch.setattr(reading, "READ_BESIDE_FROM", count + 1)
    alone, said_alone = read()
    assert beside == alone
    assert said_beside == said_alone
    assert [s.split(":")[0] for s in said_alone if "skipped" in s] == [
        str(folder / "a005.txt"),
        str(folder / f"a{count - 9:03}.txt"),
    ]
    assert any("unbroken string" in s for s in said_alone)
    assert [d.source.number for d, _ in alone] == list(range(1, count - 1))
    assert "russian" in [language for _, language in alone]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("T \n \n he most likely person to replace him is here. More.\n\nNext.", "The most"),
        ("A\n\nlmost everyone came to the hearing. It was full.\n\nNext.", "Almost everyone"),
        ("A\n\ndog barked at the hearing. It was loud.\n\nNext.", "A dog barked"),
        ("Plan\n\nB\n\nwas adopted on Monday. It worked.\n\nNext.", "B was adopted"),
    ],
)
def test_a_drop_capital_on_a_line_of_its_own_goes_back_into_its_word(
    text: str, opening: str
) -> None:
    """A scraped drop capital titled a Multi-News article "T" (and its story with it)
    and opened its lede with "he most likely"."""
    doc = parse_text(text, src())
    assert doc.title in (None, "Plan")
    assert doc.blocks[0].text.startswith(opening)


def test_a_byline_gives_the_writer_and_the_date_under_it_the_pages() -> None:
    """ "By Liis Kaarma" under a headline names the writer (Sources showed none for text
    files), and a bare date right under a byline, or under a writer's name alone, is the
    page's stamp ("Chinedu Okafor / March 18, 2026"; a reviewer's brief had no date)."""
    doc = parse_text("Jets cross\n\nBy Liis Kaarma\n\nTALLINN - Jets crossed. It ended.", src())
    assert doc.author == "Liis Kaarma"
    doc = parse_text(
        "CBN raises rate\nChinedu Okafor\nMarch 18, 2026\nThe bank raised its rate.", src()
    )
    assert doc.date == "2026-03-18"
    assert doc.author is None  # a name alone is no byline to show
    # a headline in title case is no writer's name, and "By Election Day, ..." a sentence
    assert parse_text("Ten Years On\nMarch 11, 2011\nOn March 11 the town met.", src()).date is None
    doc = parse_text("Vote count\n\nBy Election Day, turnout had collapsed.\n\nIt fell.", src())
    assert doc.author is None


def test_a_header_of_outlet_byline_and_a_place_and_date_is_no_headline() -> None:
    """ "Caracas, March 17, 2026" under a byline is the page's stamp, as "CARACAS, March 17,
    2026" was: r36's headline, outlet line, byline and date had been glued into one title,
    which became the bottom line, a bullet and a timeline row."""
    doc = parse_text(
        "Venezuela arrests 6 Colombians over plot\nEfecto Cocuyo (English)\n"
        "By Génesis Carolina Herrera Blanco\nCaracas, March 17, 2026\n\n"
        "The minister said on Tuesday that six Colombians had been arrested.\n",
        src(),
    )
    assert doc.title == "Venezuela arrests 6 Colombians over plot"
    assert (doc.date, doc.author) == ("2026-03-17", "Génesis Carolina Herrera Blanco")
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == [
        "The minister said on Tuesday that six Colombians had been arrested."
    ]


@pytest.mark.parametrize(
    ("header", "date", "outlet"),
    [
        ("EFE\nGuayaquil, Ecuador, 16 Mar 2026 (EFE).-", "2026-03-16", "EFE"),
        ("Sudan Tribune\nMarch 16, 2026 (EL FASHER) –", "2026-03-16", None),
        # (r43: a name with an outlet's word before the date is the outlet, past a dash too)
        ("Premium Times · By Chiamaka Okonkwo-Eze · 16 March 2026", "2026-03-16", "Premium Times"),
        # r37: a time and the page's sections after the date, a bullet as a separator, a
        # byline with its day, an agency's initials in brackets
        ("KYODO NEWS - Mar 9, 2026 - 10:52 | World, Japan", "2026-03-09", "KYODO NEWS"),
        ("The Jakarta Post\nJakarta ● Mon, March 9, 2026", "2026-03-09", None),
        ("By The Irrawaddy 9 March 2026", "2026-03-09", None),
        ("Iraqi News Agency (INA) | March 9, 2026", "2026-03-09", "Iraqi News Agency (INA)"),
        # r40: a byline of the paper's staff, then the dateline's place and day
        ("By Kelmarsh Post staff — Kelmarsh, 16 March 2026", "2026-03-16", None),
        ("By Our Correspondent — Kelmarsh, 16 March 2026", "2026-03-16", None),
    ],
)
def test_a_dateline_on_its_own_line_dates_the_page(
    header: str, date: str, outlet: str | None
) -> None:
    """r36: these headers gave no date, so the day's weekdays dated nothing."""
    body = "At least 14 inmates were killed.\n\nThe riot began at dawn.\n\nTroops took over.\n"
    doc = parse_text(f"Prison clash leaves 14 dead\n{header}\n\n{body}", src())
    assert (doc.title, doc.date, doc.source.outlet) == ("Prison clash leaves 14 dead", date, outlet)
    assert [b.text for b in doc.blocks if b.kind == "paragraph"][0] == (
        "At least 14 inmates were killed."
    )


def test_bylines_of_two_writers_and_of_a_writer_and_an_agency() -> None:
    """ "By Karim Haddad and Eleni Papadaki" had given no writer, and "By SAMIR OTHMAN
    Associated Press" one with the agency glued on (r35)."""
    two = parse_text("Tanker hit\n\nBy Lina Sabbagh and Tom Brown\n\nA missile hit it.", src())
    assert two.author == "Lina Sabbagh and Tom Brown"
    wire = parse_text("Tanker hit\n\nBy SAMIR OTHMAN Associated Press\n\nA missile hit it.", src())
    assert wire.author == "SAMIR OTHMAN"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ann Lee, Elsey Times", "Elsey Times"),
        ("By Ann Lee, Kelmarsh Inquirer Coast", "Kelmarsh Inquirer Coast"),
        ("By Ann Lee, Elsey News, Kelmarsh", "Elsey News"),
        ("By Ann Lee, Reuters", "Reuters"),  # a news agency
        ("By Ann Lee, Kelmarsh", None),  # where she filed from, or whose? Not said
        ("By Ann Lee, Staff Writer", None),
        ("By Ann Lee, Elsey Times Staff Writer", None),  # her job at the paper
        ("By Ann Lee, Special to The Elsey Times", None),
    ],
)
def test_a_bylines_credit_after_the_writer_names_the_outlet(
    byline: str, outlet: str | None
) -> None:
    """ "By Shehu Umar, Premium Times" had named no outlet (r40 M5): a credit after the
    writer's comma is the outlet where it says it is one, a news medium's word or an
    agency's name; a job or a place is none."""
    doc = parse_text(f"Tanker hit\n{byline}\nJune 4, 2025\nA missile hit it.", src())
    assert (doc.author, doc.source.outlet) == ("Ann Lee", outlet)


def test_a_wire_datelines_credit_is_the_outlet_of_a_text_file() -> None:
    """ "TALLINN, May 12 (Reuters) -": Sources had named no outlet for text files (two
    reviewers); an outlet a page or a feed gave stays."""
    doc = parse_text("Jets cross\n\nTALLINN, May 12 (Reuters) - Estonia said jets crossed.", src())
    assert doc.source.outlet == "Reuters"
    assert parse_text("Jets cross\n\nEstonia said jets crossed.", src()).source.outlet is None
    # a place's name in title case before an agency's credit: AFP's style (r35)
    doc = parse_text("Strike kills two\n\nBeirut (AFP) – A drone strike killed two.", src())
    assert doc.source.outlet == "AFP"
    assert doc.blocks[0].text == "A drone strike killed two."
    # ... but not before any bracket: a politician's party is no agency
    doc = parse_text("Vote\n\nJane Lee (D-Ohio) – She voted against it.", src())
    assert doc.source.outlet is None


@pytest.mark.parametrize(
    ("dateline", "date", "outlet"),
    [
        ("MARUVA, June 4, 2025 (Wirefeed) - ", "2025-06-04", "Wirefeed"),
        ("OSTRAVEL, Republic of Upper Tarn, 4 June 2025 (AFP) - ", "2025-06-04", "AFP"),
        ("KELMARSH, June 4th 2025 -- ", "2025-06-04", None),
        ("Port Elsey, 04.06.2025 (Coast Desk) — ", "2025-06-04", "Coast Desk"),
        ("ELSEY, 04/06/2025 (Wirefeed) - ", "2025", "Wirefeed"),  # May or June: the year
        ("June 4, 2025 (PORT ELSEY) - ", "2025-06-04", None),
        ("SAINT-ÉLOI, June 4 (Wirefeed) - ", None, "Wirefeed"),  # no year: no date
        # a longer credit in the brackets: whose report it is, after "by" (r54)
        ("MARUVA, June 4, 2025 (Tass-style report by Elsey Wire) - ", "2025-06-04", "Elsey Wire"),
        ("MARUVA, June 4, 2025 (Reporting by Ann Lee) - ", "2025-06-04", None),
        # the agency between slashes (TASS's, Khovar's form)
        ("MARUVA, June 4, 2025. /Elsey-Inform/. ", "2025-06-04", "Elsey-Inform"),
        ("MARUVA, 04.06.2025 /Elsey-Inform/. — ", "2025-06-04", "Elsey-Inform"),
        # ... after a day and a month in words, no stop before the slash (r74)
        ("MARUVA, 4 June 2025 /Elsey-Inform/. — ", "2025-06-04", "Elsey-Inform"),
        ("MARUVA, 4 June /Elsey-Inform/. — ", None, "Elsey-Inform"),
    ],
)
def test_a_wire_dateline_with_a_date_dates_and_credits_the_source(
    dateline: str, date: str | None, outlet: str | None
) -> None:
    """A dateline that carries the day ("NIAMEY, March 10, 2026 (Reuters) -") had been
    left glued to the first sentence, with no date and no outlet (a user's review): its
    date is the source's, its agency the outlet, and the lede starts after its dash."""
    text = f"Ferry sinks off the cape\n\n{dateline}A ferry sank on Monday. All were saved.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.date, doc.source.outlet) == (date, outlet)
    assert segment([doc]).sentences[0].text == "A ferry sank on Monday."


@pytest.mark.parametrize(
    ("line", "date", "outlet"),
    [
        ("Port Elsey - June 4, 2025 - The Elsey Courier", "2025-06-04", "The Elsey Courier"),
        ("Wednesday, June 4th 2025 - Coastwatch", "2025-06-04", "Coastwatch"),
        ("Elsey Evening Post | June 4, 2025", "2025-06-04", "Elsey Evening Post"),
        ("PORT ELSEY, June 4, 2025 - The Elsey Courier", "2025-06-04", "The Elsey Courier"),
        ("Port Elsey - June 4, 2025", "2025-06-04", None),  # a place before a dash
        ("World | June 4, 2025", "2025-06-04", None),  # a section's label, no outlet
        # r40: the place right before the date is the dateline's, the site's name opens
        ("Elsey Courier | Port Elsey | 4 June 2025, 14:20", "2025-06-04", "Elsey Courier"),
        ("Coastwatch Online | Oslo | 4 June 2025", "2025-06-04", "Coastwatch Online"),
        ("By Ann Lee | Elsey Courier | June 4, 2025", "2025-06-04", "Elsey Courier"),
        ("Oslo | June 4, 2025", "2025-06-04", None),  # a capital alone: where, not whose
    ],
)
def test_a_dateline_on_its_own_line_dates_and_credits_the_page(
    line: str, date: str, outlet: str | None
) -> None:
    """A dateline on a line of its own under the headline ("Mexico City - March 10, 2026 -
    El País English", "Buenos Aires Times | March 9, 2026") says when and whose: a place
    or an outlet beside a date dates no recalled day, as a bare date might."""
    text = f"Ferry sinks off the cape\n\n{line}\n\nA ferry sank on Monday. All were saved.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.date, doc.source.outlet) == (date, outlet)
    assert [s.text for s in segment([doc]).sentences] == [
        "A ferry sank on Monday.",
        "All were saved.",
    ]


@pytest.mark.parametrize(
    ("line", "date", "outlet"),
    [
        # a job or a label of the copy in lower case beside the outlet's name and the date
        (
            "Kelmarsh Horizon | Port Elsey correspondent | 4 June 2025",
            "2025-06-04",
            "Kelmarsh Horizon",
        ),
        (
            "Agence Tarn Presse | English service | Ostravel, 4 June 2025",
            "2025-06-04",
            "Agence Tarn Presse",
        ),
        (
            "Elsey Courier Online | Wednesday, 4 June 2025 | Wire report",
            "2025-06-04",
            "Elsey Courier Online",
        ),
        ("Port Elsey correspondent | 4 June 2025", "2025-06-04", None),  # a job, no outlet
        ("Elsey Post | June 4, 2025 | Staff Reporter", "2025-06-04", "Elsey Post"),
        # the outlet's edition in brackets is no part of its name
        ("Elsey Herald (Port Elsey) | 4 June 2025", "2025-06-04", "Elsey Herald"),
        # a name with an outlet's word behind a dash, where a place's name would be
        (
            "Live blog — The Elsey Chronicle — Wednesday 4 June 2025",
            "2025-06-04",
            "The Elsey Chronicle",
        ),
        ("Live blog — Port Elsey — Wednesday 4 June 2025", "2025-06-04", None),
        ("Live blog — Elsey Today — Wednesday 4 June 2025", "2025-06-04", "Elsey Today"),
        ("Analysis · Kelmarsh Review · 4 June 2025 · By Ann Lee", "2025-06-04", "Kelmarsh Review"),
        # a bare date right under the headline
        ("4 June 2025", "2025-06-04", None),
        ("June 4, 2025", "2025-06-04", None),
        ("Wednesday, June 4, 2025", "2025-06-04", None),
        # r52: a byline in lower case, an Asian time zone, and a writer after the date
        (
            "The Elsey Star | Wednesday, 4 Jun 2025 5:52 PM MYT | by ANN LEE",
            "2025-06-04",
            "The Elsey Star",
        ),
        (
            "Elsey Morning Post | 4 Jun 2025 | Ann Lee in Port Vell",
            "2025-06-04",
            "Elsey Morning Post",
        ),
        ("Elsey Post | 4 Jun 2025 at 15:30 | Reuters", "2025-06-04", "Reuters"),
    ],
)
def test_a_header_of_fields_and_a_date_under_the_headline_dates_and_credits_the_page(
    line: str, date: str, outlet: str | None
) -> None:
    """r43 M4: "Sudan Horizon | Port Sudan correspondent | 4 December 2026", "Global Herald
    (Beijing) | 4 December 2026", "Manila Courier Online | Thursday, 3 December 2026 |
    Wire report", a live blog's "Live blog — The Gulf Chronicle — Friday 4 December 2026"
    and a bare "4 December 2026" had given neither date nor outlet, so every "on Friday"
    of those reports dated nothing."""
    text = f"Ferry sinks off the cape\n{line}\n\nA ferry sank on Wednesday. All were saved.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.title, doc.date, doc.source.outlet) == ("Ferry sinks off the cape", date, outlet)
    assert [s.text for s in segment([doc]).sentences] == [
        "A ferry sank on Wednesday.",
        "All were saved.",
    ]


def test_a_byline_among_a_headers_fields_names_the_writer() -> None:
    """ "By Daniel Okafor and Sara Haddad | Global Wire | Thursday, 3 December 2026, 07:12
    GMT" had dated and credited its page but named no writer (r43's wire copies)."""
    for line in (
        "By Ann Lee and Tom Roe | Wirefeed | Wednesday, 4 June 2025, 07:12 GMT",
        "Elsey Courier | By Ann Lee and Tom Roe | Port Elsey | 4 June 2025",
    ):
        text = f"Ferry sinks\n{line}\n\nA ferry sank on Wednesday. All were saved.\n"
        doc = parse_text(text, src())
        assert (doc.date, doc.author) == ("2025-06-04", "Ann Lee and Tom Roe")
    text = "Ferry sinks\nBy the time it sank | 4 June 2025\n\nA ferry sank. All were saved.\n"
    assert parse_text(text, src()).author is None


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the story with a date in it, with or without its stop
        "Officials said the ferry sank on 4 June 2025",
        "The ferry sank on 4 June 2025 | All were saved",
        "Elsey Post | 4 June 2025 | Crews search the bay for survivors",
        "Port Elsey - June 4, 2025 - Divers found the wreck",
    ],
)
def test_a_line_of_the_story_with_a_date_is_no_header(line: str) -> None:
    """A field of a header is a name, a job or a label of the copy ("Wire report"): words
    in lower case of any other kind make a sentence, which dates no page."""
    text = f"Ferry sinks off the cape\n{line}\n\nA ferry sank on Wednesday. All were saved.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.date, doc.source.outlet) == (None, None)


def test_a_bare_date_the_story_names_again_is_the_day_it_recalls() -> None:
    """A bare date under the headline dates the page unless the story tells of that day
    ("On 4 June ..."): an anniversary piece's date line is the day it recalls."""
    text = "Ten years on\n4 June 2015\n\nOn 4 June that year the ferry sank. Few forget it.\n"
    assert parse_text(text, src()).date is None
    text = "Ten years on\nJune 4, 2015\n\nThe ferry sank on June 4th. Few forget it.\n"
    assert parse_text(text, src()).date is None
    text = "Ferry sinks\n4 June 2025\n\nA ferry sank on Wednesday, 3 June. All were saved.\n"
    assert parse_text(text, src()).date == "2025-06-04"


def test_a_live_blogs_emphasised_header_in_markdown_dates_and_credits_it(tmp_path: Path) -> None:
    """r43 M4: a Markdown live blog's "*Live blog — The Gulf Chronicle — Friday 4 December
    2026*" under its heading."""
    path = tmp_path / "blog.md"
    path.write_text(
        "# Ferry sinks: live updates\n\n*Live blog — The Elsey Chronicle — Wednesday 4 June"
        " 2025*\n\n**Summary**\n\n- All 40 passengers saved\n\n"
        "A ferry sank off the cape on Wednesday. All were saved.\n",
        encoding="utf-8",
    )
    doc = ingest(str(path), 1, Options())
    assert (doc.title, doc.date) == ("Ferry sinks: live updates", "2025-06-04")
    assert (doc.source.outlet, doc.source.date) == ("The Elsey Chronicle", "2025-06-04")


def test_a_page_carrying_wire_copy_is_credited_to_its_own_header() -> None:
    """r43 M4: a wire story republished under "Manila Courier Online | Thursday, 3 December
    2026 | Wire report" had been credited to the wire its dateline names: the header says
    whose page it is."""
    text = (
        "Ferry sinks off the cape\nElsey Courier Online | Wednesday, 4 June 2025 | Wire report"
        "\n\nPORT ELSEY, June 4 (Wirefeed) - A ferry sank on Wednesday. All were saved.\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.date, doc.source.outlet) == ("2025-06-04", "Elsey Courier Online")
    assert doc.blocks[-1].text == "A ferry sank on Wednesday. All were saved."


@pytest.mark.parametrize(
    ("today", "dated"),
    [
        (date(2025, 6, 10), "2025-06-10"),  # 10 June, or 6 October: months away
        (date(2025, 6, 8), "2025-06-10"),  # a page may be a day or two ahead
        (date(2025, 10, 6), "2025"),  # both past: either
        (date(2025, 6, 1), "2025"),  # both to come: neither
        (None, "2025"),
    ],
)
def test_a_date_in_numbers_is_read_in_the_order_that_is_not_yet_to_come(
    today: date | None, dated: str
) -> None:
    """ "By Jorge Liboreiro — Euronews — 10/06/2026", read on 10 June 2026, had dated its
    page 2026 alone (r40 M5): 6 October was months away, and no page is dated ahead."""
    text = "Ferry sinks\n\nBy Ann Lee — Elsey Courier — 10/06/2025\n\nA ferry sank on Monday.\n"
    assert parse_text(text, src(), today=today).date == dated


def test_a_sentence_with_a_date_and_a_dash_is_no_dateline() -> None:
    """What follows a dash must open a sentence, and a line of names beside a date is a
    stamp only when every other part is a name: prose stays as it is."""
    for text in (
        "Ferry sinks\n\nOfficials said on June 4, 2025 - a Wednesday - that it sank.\n",
        "Ferry sinks\n\nThe ferry sank on June 4, 2025 - all were saved\n\nIt was old.\n",
        "Ferry sinks\n\nSen. Ann Lee (R) - The senator spoke. She left.\n",
    ):
        doc = parse_text(text, make_source("a.txt", 1, text.encode()))
        assert (doc.date, doc.source.outlet) == (None, None), text
        assert doc.blocks[0].text == text.split("\n\n")[1].strip()


def test_a_pages_menu_above_the_headline_is_neither_title_nor_story() -> None:
    """A scraped page's "Skip to main content | Subscribe | Sign in | Menu" had titled
    three stories of a held-out pile; a headline beside its outlet is no menu."""
    doc = parse_text(
        "Skip to main content | Subscribe | Sign in | Menu\n\n"
        "How did thieves take a painting in opening hours?\n\nThe theft raised questions.",
        src(),
    )
    assert doc.title == "How did thieves take a painting in opening hours?"
    assert [b.text for b in doc.blocks] == ["The theft raised questions."]
    doc = parse_text("Floods kill 40 in Mombasa | Daily Nation\n\nRain fell for days.", src())
    assert doc.title == "Floods kill 40 in Mombasa | Daily Nation"
    doc = parse_text("Floods kill 40 | Africa | Daily Nation\n\nRain fell for days.", src())
    assert doc.title == "Floods kill 40 | Africa | Daily Nation"  # a page title's shape


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "18 September 2013 Last updated at 12:41 GMT\n\nIE flaw patched\n\nA fix came.",
            "2013-09-18",
        ),
        (
            "IE flaw patched\nPublished May 03, 2013\nMicrosoft released a fix on Friday.",
            "2013-05-03",
        ),
        ("IE flaw patched\n\n05 / 02 / 2013 12:41\n\nMicrosoft released a fix. It works.", "2013"),
        # dots put the day first (ERR's, Yle's); a slash date only where one number is over 12
        (
            "Jets cross border\n\nERR News\n12.05.2026 11:48\n\nTwo jets crossed. It ended.",
            "2026-05-12",
        ),
        ("Jets cross border\n\n12.5.2026 22:10\n\nTwo jets crossed. It ended.", "2026-05-12"),
        ("IE flaw patched\n\n5/24/2013 12:41\n\nMicrosoft released a fix. It works.", "2013-05-24"),
        ("Ten years on\n\nMarch 11, 2011\n\nOn March 11 this year the town remembered.", None),
        ("IE flaw patched\n\nMicrosoft released a fix in 2013. It works.", None),
    ],
)
def test_a_pages_time_stamp_dates_it(text: str, date: str | None) -> None:
    """The stamp a page shows above or below its headline is when it was published: the
    source's date (for the timeline's undated days and the Sources list)."""
    doc = parse_text(text, src())
    assert doc.date == date


def test_a_pages_one_word_label_above_its_headline_is_no_title() -> None:
    """ "Columnist" headed a digest's story: a label says what kind of page it is."""
    doc = parse_text("Columnist\n\nWhy the law backfired\n\nThe law was passed. It failed.", src())
    assert doc.title == "Why the law backfired"
    doc = parse_text("Opinion:\n\nThe law was passed overnight. It failed.\n\nNext.", src())
    assert doc.title is None
    assert doc.blocks[0].text.startswith("The law was passed")


def test_in_text_of_a_line_per_paragraph_a_line_without_a_stop_stands_alone() -> None:
    """A tabloid's long headline and its summary points, a line each without a full stop,
    had run into the story's first sentence: one "sentence" of a hundred words."""
    text = (
        "Jury shown horrific moment innocent mother is shot dead shielding her child when"
        " she's caught up in gang attack as she picks up daughter from school today\n"
        "Zurana Horton, 34, a mother of 12, was fatally shot in 2011 outside a school\n"
        "UPDATED: 19: 14 GMT, 12 April 2013\n"
        "Jurors on Thursday watched video of the moment a mother was gunned down.\n"
        "Prosecutors say Andrew Lopez, 20, fired the shots meant for rival gang members.\n"
        "“ I thought she was shot in the head. ”\n"
        "The trial continues on Monday, the court said.\n"
    )
    doc = parse_text(text, src())
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("Jury shown horrific moment") and texts[0].endswith("today")
    assert "Zurana Horton, 34, a mother of 12, was fatally shot in 2011 outside a school" in texts
    assert "“ I thought she was shot in the head. ”" in texts


def test_a_caption_of_two_sentences_is_no_title() -> None:
    """A headline ends no sentence inside it; a first line that does is a caption or a
    paragraph ("... the stock market's climb. Will he own ..."). An abbreviation's stop
    is none ("Sen. Kirsten Gillibrand", "vs. Steelers")."""
    body = "\n\nThe market rose for a third day on Friday. Traders were calm.\n"
    caption = "Trump has often taken credit for the stock market's climb. Will he own the fall"
    assert parse_text(caption + body, src()).title is None
    for title in (
        "Sen. Kirsten Gillibrand: I Will Help",
        "Chargers WR Jackson will play vs. Steelers",
    ):
        assert parse_text(title + body, src()).title == title


def test_a_headline_may_end_in_a_word_that_leaves_a_line_open() -> None:
    """ "... warns inflation fight not over", "Bangkok film festival battles on": a blank
    line after it, so it was cut mid-sentence no more than any headline (it had been the
    brief's bottom line); a comma still leaves it open."""
    body = "\n\nThe bank left its rate on hold on Tuesday.\n"
    title = "Reserve Bank holds cash rate, warns inflation fight not over"
    assert parse_text(title + body, src()).title == title
    assert parse_text("The bank held its rate, and" + body, src()).title is None


def test_a_line_ending_on_a_title_goes_on_with_the_name_and_abbreviations_end_nothing() -> None:
    """ "said Senator / Elizabeth Warren": a name the next line gives; and "U.S. Sen." in a
    headline holds no sentence's end."""
    text = (
        "U.S. Sen. Warren unveils plan to cap drug prices\n\n"
        '"This is a historic day for every family, and we will not stop here," said Senator\n'
        "Elizabeth Warren of Massachusetts at a news conference.\n"
        "The bill passed on Monday after a long debate.\n"
        "It goes to the House next week, aides said.\n"
    )
    doc = parse_text(text, src())
    assert doc.title == "U.S. Sen. Warren unveils plan to cap drug prices"
    assert any(
        b.text.endswith("said Senator Elizabeth Warren of Massachusetts at a news conference.")
        for b in doc.blocks
    )


def test_a_line_ending_on_a_whole_noun_phrase_with_a_title_stands_alone() -> None:
    text = (
        "Belarus says Russian soldiers have arrived.\n"
        "Protesters marched to call for the resignation of the President\n"
        "Belarus says that Russian soldiers will stay for drills.\n"
        "The talks begin on Monday.\n"
    )
    texts = [b.text for b in parse_text(text, src()).blocks]
    assert "Protesters marched to call for the resignation of the President" in texts


def test_a_speaker_s_title_after_the_goes_on_with_the_name() -> None:
    text = (
        "Johnson speaks\n\n"
        '"We need to get on with it, and there should be a new leader," said the Prime Minister\n'
        "Boris Johnson, speaking outside Downing Street on Monday.\n"
        "The vote is on Tuesday.\nThe party meets on Wednesday.\n"
    )
    texts = [b.text for b in parse_text(text, src()).blocks]
    assert texts[0].endswith(
        "said the Prime Minister Boris Johnson, speaking outside Downing Street on Monday."
    )


def test_a_title_before_a_line_that_opens_a_sentence_stands_alone() -> None:
    text = (
        "Farm bill\n\nGrowers who lost crops to the drought this summer and the floods this"
        " spring urge the Agriculture Secretary\nThe farm bill has stalled in the Senate.\n"
        "The vote is on Tuesday.\nThe party meets on Wednesday.\n"
    )
    texts = [b.text for b in parse_text(text, src()).blocks]
    assert "The farm bill has stalled in the Senate." in texts


def test_a_headline_in_a_script_without_spaces_is_no_label() -> None:
    """A Chinese headline is one "word" to a split on spaces: it is the title, not a label
    to drop (and the first paragraph is no title)."""
    text = (
        "中国与美国外长举行电话会谈\n\n"
        "王毅周二与美国国务卿举行电话会谈。双方讨论了关系。\n\n会谈持续了一个小时。"
    )
    doc = parse_text(text, src())
    assert doc.title == "中国与美国外长举行电话会谈"
    assert [b.text for b in doc.blocks][0].startswith("王毅周二")


@pytest.mark.parametrize("stamp", ["May 03, 2013", "05 / 02 / 2013"])
def test_a_headline_its_date_and_its_story_a_line_each_are_not_one_folded_paragraph(
    stamp: str,
) -> None:
    """ECB+'s pages come a line each, no blank line between: a headline, its date, then
    the story. The headline and the date run into nothing, so the text is not folded at
    a fixed width, and the headline stays the title instead of opening the lede."""
    text = (
        f"Singer checks into clinic\n{stamp}\n"
        "After skipping a hearing, the singer has checked into a clinic for 90 days.\n"
        "She was previously treated there in 2010.\n"
        "Her lawyer said she would comply with the order.\n"
    )
    doc = parse_text(text, src())
    assert doc.title == "Singer checks into clinic"
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("After skipping")


@pytest.mark.parametrize(
    ("line", "stamp"), [("3.5.2013", True), ("3-2-1", False), ("24/7/365", False)]
)
def test_a_numeric_date_is_a_stamp_and_a_countdown_is_not(line: str, stamp: bool) -> None:
    from brief.ingest.layout import is_stamp

    assert is_stamp(line) is stamp


def test_a_spaced_decimal_opening_a_line_is_no_list_number() -> None:
    """A tokenised copy's "6. 1 - magnitude quake" is a magnitude 6.1 headline, not item 6
    of a list titled "1 - magnitude quake"; a list further down keeps its numbers out."""
    doc = parse_text("6. 1 - magnitude quake strikes Aceh\n\nThe quake struck at dawn.\n", src())
    assert doc.title == "6. 1 - magnitude quake strikes Aceh"
    listed = parse_text("Cuts\n\nThe plan:\n1. 20 schools will close.\n2. 300 staff go.\n", src())
    assert [b.text for b in listed.blocks][-2:] == ["20 schools will close.", "300 staff go."]


def test_a_folder_one_may_not_list_is_no_input(tmp_path: Path, monkeypatch) -> None:
    """Mode 000 (tests run as root, who may list anything, so the refusal is staged): the
    folder, and a path through it, were an internal error (exit 70)."""
    from brief.ingest.files import expand

    folder = tmp_path / "noread"
    folder.mkdir()

    def refused(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refused)
    monkeypatch.setattr(Path, "is_dir", lambda self: "noread/" not in str(self) or refused(self))
    for given in (str(folder), str(folder / "ok.txt")):
        with pytest.raises(NoInputError, match="permission denied"):
            expand([given])


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: Wednesday 11 March 2026, 18:40 GMT | Lusophone Africa Report",
        "By Thandeka Nkosi, Africa Markets Wire, Johannesburg | Published 11 March 2026",
        "Mombasa Observer | 11 March 2026, 09:15 EAT",
    ],
)
def test_a_stamp_beside_an_outlet_or_a_byline_dates_the_page(stamp: str) -> None:
    """Three outlets' stamp lines had given no date (a reviewer's), so a "26 Mar" in the
    timeline had no year."""
    text = f"Treasury appeals ruling on gas VAT\n\n{stamp}\n\nThe Treasury appealed on Tuesday.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert doc.date == "2026-03-11"
    assert [s.text for s in segment([doc]).sentences] == ["The Treasury appealed on Tuesday."]


def test_a_page_that_is_only_a_notice_to_the_browser_is_no_article(tmp_path: Path) -> None:
    """A script-only page had been briefed from its <noscript> "Please enable JavaScript to
    read this article." (a user's review): a page whose only text is a notice about the
    reader's browser, a cookie banner as well, is as empty as a blank one. Beside a
    story, the notice is furniture, and not the headline."""
    page = tmp_path / "app.html"
    page.write_text(
        "<html><head><title>Ferry news</title></head><body><nav><a href='/'>Home</a></nav>"
        "<noscript>Please turn on JavaScript in your browser to see this page.</noscript>"
        "</body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no article text .*JavaScript"):
        ingest(str(page), 1, Options())
    banner = tmp_path / "banner.txt"
    banner.write_text(
        "We use cookies to remember your choices. Accept all cookies to continue.\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="only a notice to the reader's browser"):
        ingest(str(banner), 1, Options())
    story = tmp_path / "story.txt"
    story.write_text(
        "Please enable JavaScript to watch this video\n\nFerry sinks off the cape\n\n"
        "A ferry sank off the cape on Monday. All of its passengers were saved.\n",
        encoding="utf-8",
    )
    doc = ingest(str(story), 1, Options())
    assert doc.title != "Please enable JavaScript to watch this video"
    assert "A ferry sank off the cape on Monday." in [s.text for s in segment([doc]).sentences]


def test_a_file_with_no_sentence_beyond_its_headline_is_no_article(tmp_path: Path) -> None:
    """ "Only a headline", or a headline left alone once a 1,000,000-character token was
    dropped, had been briefed with the headline cited as its sentence (a user's review):
    no sentence beyond the title is no article. The token's warning goes into the error,
    which stays one line."""
    alone = tmp_path / "alone.txt"
    alone.write_text("Ferry sinks off the cape\n", encoding="utf-8")
    with pytest.raises(InputError, match='only a headline, "Ferry sinks off the cape"'):
        ingest(str(alone), 1, Options())
    token = tmp_path / "token.txt"
    token.write_text("Ferry sinks off the cape\n\n" + "QUFB" * 500 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="once 1 unbroken string of 2,000 characters was"):
        ingest(str(token), 1, Options())
    headings = tmp_path / "headings.txt"
    headings.write_text("Ferry sinks\n\nWhat we know\n\nRescue at sea\n", encoding="utf-8")
    with pytest.raises(InputError, match="only a headline and headings"):
        ingest(str(headings), 1, Options())


@pytest.mark.parametrize(
    "text",
    [
        "A ferry sank off the cape on Monday.\n",  # one sentence, with its stop
        "Ferry sinks\n\nA ferry sank off the cape on Monday\n\nAll were saved.\n",
        "Did the ferry sink?\n",
        "फेरी डूबी\n\nसोमवार को केप के पास एक फेरी डूब गई।\n",  # a stop of its own script
        "渡轮沉没\n\n周一一艘渡轮在海角附近沉没。\n",
    ],
)
def test_a_sentence_with_a_stop_of_any_script_is_an_article(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest(str(path), 1, Options()).blocks


def test_a_saved_pages_site_name_is_its_outlet(tmp_path: Path) -> None:
    """Its og:site_name names who published a page (a reviewer's Sources had no outlet for
    an FT page that said so)."""
    page = tmp_path / "ft.html"
    body = " ".join(["Castellan offered 142 kroner a share for the Norwegian line."] * 6)
    page.write_text(
        '<html><head><meta property="og:site_name" content="Financial Times">'
        "<title>Castellan tops Meridian</title></head><body><article><h1>Castellan tops"
        f" Meridian</h1><p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert ingest(str(page), 1, Options()).source.outlet == "Financial Times"


def test_a_pages_advertisement_boxes_are_no_text(tmp_path: Path) -> None:
    """A page of ads around a one-line story (r38) had briefed "Earn $5,000 a week from
    home!" and made a casino advert's "Minister" a person: a box the page names an ad is
    dropped, by the words of its class or id, never a part of one ("header", "shadow"),
    and never the box that holds the article."""
    page = tmp_path / "ads.html"
    page.write_text(
        "<html><head><title>Town falls to rebels</title></head><body>"
        "<div class='ad'>SPONSORED: Earn $5,000 a week from home! Click here now.</div>"
        "<div id='ad-slot-2'>Minister Jean Kabeya recommends this casino app.</div>"
        "<div class='promo_box'>Loans of up to 5,000,000 francs approved in 5 minutes.</div>"
        "<div class='header shadow'>Rebels captured the town on Sunday, officials said.</div>"
        "<div class='sponsored'><article><h1>Town falls to rebels</h1>"
        "<p>Thousands fled towards the lake on Monday.</p></article></div>"
        "</body></html>",
        encoding="utf-8",
    )
    text = " ".join(s.text for s in segment([ingest(str(page), 1, Options())]).sentences)
    assert "Rebels captured the town on Sunday" in text
    assert "Thousands fled towards the lake" in text
    assert not any(ad in text for ad in ("Earn $5,000", "casino", "Loans of up to"))


def test_an_amp_pages_ad_element_is_no_text(tmp_path: Path) -> None:
    """r57 #6: an <amp-ad>'s placeholder text had become a bullet: a custom element's tag
    names its box as a class does."""
    page = tmp_path / "amp.html"
    page.write_text(
        "<html amp><head><title>Port strike ends</title></head><body><article>"
        "<h1>Port strike ends</h1><p>Dock workers returned to work on Monday after a deal.</p>"
        "<amp-ad width='300' height='250' type='x'><div placeholder>PROMO: Cheap loans"
        " approved today.</div><div fallback>No ad for you.</div></amp-ad>"
        "<p>The union said the deal raised pay by four percent.</p></article></body></html>",
        encoding="utf-8",
    )
    text = " ".join(s.text for s in segment([ingest(str(page), 1, Options())]).sentences)
    assert "Dock workers returned" in text and "raised pay by four percent" in text
    assert "Cheap loans" not in text and "No ad for you" not in text


def test_a_paragraph_that_shows_a_tag_as_text_is_kept(tmp_path: Path) -> None:
    """r57 #3: a paragraph whose text ends on a tag the page shows as text ("&lt;i&gt;")
    ended on no stop and was taken for a heading: its quote was lost."""
    page = tmp_path / "shown.html"
    page.write_text(
        "<html><head><title>Dam repairs start</title></head><body><article>"
        "<h1>Dam repairs start</h1><p>Engineers began repairs on the Osk dam on Monday.</p>"
        '<p>"The wall will hold this winter," the chief engineer, Pia Lund, said. '
        "&lt;i&gt;note&lt;/i&gt;</p>"
        "<p>Repairs are expected to take three months.</p></article></body></html>",
        encoding="utf-8",
    )
    text = " ".join(s.text for s in segment([ingest(str(page), 1, Options())]).sentences)
    assert '"The wall will hold this winter," the chief engineer, Pia Lund, said.' in text


def test_a_pages_furniture_boxes_are_no_text(tmp_path: Path) -> None:
    """r50 H2, M3: a page's boxes of links to other stories, its share bar, an embedded
    post, a paywall's pitch, a writer's bio and a disclaimer, named so by their class
    ("most-read" as one word too), had given bullets and actors; the story's own
    paragraphs, and a paragraph whose class only shares a word ("read"), stay."""
    page = tmp_path / "boxes.html"
    page.write_text(
        "<html><head><title>Floods close the Tarn bridge</title></head><body><article>"
        "<h1>Floods close the Tarn bridge</h1>"
        "<p>The Tarn bridge was closed on Monday after the river rose two metres.</p>"
        "<blockquote class='twitter-tweet'><p>Terrible scenes at the bridge tonight.</p>"
        "&mdash; Ann Lee (@annlee) <a href='https://x.example/1'>March 2, 2026</a></blockquote>"
        "<p class='read'>Engineers said the bridge would stay shut for a week.</p>"
        "<div class='most-read'><h3>Most read</h3><ol><li>Star quits soap opera</li></ol></div>"
        "<div class='paywall'><p>Already a subscriber? Log in.</p></div>"
        "<p class='disclaimer'>The views here are the writer's own, not the Review's.</p>"
        "<div class='author-bio'><p>Tom Roe covers the valley for the Review.</p></div>"
        "<div class='key-points'><h2>In short:</h2><ul><li>Rain shut a bridge.</li></ul></div>"
        "</article></body></html>",
        encoding="utf-8",
    )
    text = " ".join(s.text for s in segment([ingest(str(page), 1, Options())]).sentences)
    assert "The Tarn bridge was closed on Monday" in text
    assert "Engineers said the bridge would stay shut" in text
    for furniture in (
        "Terrible scenes",
        "Star quits",
        "subscriber",
        "views here",
        "Tom Roe",
        "Rain",
    ):
        assert furniture not in text


def test_a_pages_teasers_and_promotions_run_into_no_sentence(tmp_path: Path) -> None:
    """r50 H1, M4: a tabloid's teaser list, its date line and a "READ MORE:" link, a line
    each in the page, had been glued to the lede and the next paragraph (so many lines
    ending on no stop had read as text folded at a width), and a standfirst under the
    headline had been a sentence. Each element of a page is a line of its own."""
    page = tmp_path / "tabloid.html"
    page.write_text(
        "<html><head><title>FLOOD HORROR: Tarn bridge shut</title></head><body><article>"
        "<h1>FLOOD HORROR: Tarn bridge shut</h1>"
        "<p class='standfirst'>The river rose two metres overnight; the bridge is shut and"
        " the questions about the flood defences begin</p>"
        "<ul class='bullets'><li>Cars stranded on the bank</li><li>Town cut in two</li></ul>"
        "<p class='date'>Monday 2 March 2026, 07:45</p>"
        "<p>THE Tarn bridge was closed on Monday after the river rose two metres.</p>"
        "<p><strong>READ MORE: Mayor in astonishing row over bin collections</strong></p>"
        "<p>Engineers said the bridge would stay shut for a week.</p>"
        "<p>Drivers face a 40-mile detour.</p></article></body></html>",
        encoding="utf-8",
    )
    sentences = [s.text for s in segment([ingest(str(page), 1, Options())]).sentences]
    assert sentences[:3] == [
        "THE Tarn bridge was closed on Monday after the river rose two metres.",
        "Engineers said the bridge would stay shut for a week.",
        "Drivers face a 40-mile detour.",
    ]


def test_a_page_folded_by_line_breaks_keeps_its_sentences_whole(tmp_path: Path) -> None:
    """A page whose paragraphs a <br> or a <pre> folds at a width is still read as folded
    text: a line that opens with a capital continues the sentence before it."""
    page = tmp_path / "folded.html"
    page.write_text(
        "<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
        "<pre>The Tarn ferry resumed on Monday after ice had kept it in port\n"
        "for a week, the operator said in a statement issued from its office\n"
        "Near the pier. Crossings will run every hour until the spring, when\n"
        "The summer timetable starts, and tickets are valid for a month.</pre>"
        "</article></body></html>",
        encoding="utf-8",
    )
    sentences = [s.text for s in segment([ingest(str(page), 1, Options())]).sentences]
    assert sentences == [
        "The Tarn ferry resumed on Monday after ice had kept it in port for a week, the operator"
        " said in a statement issued from its office Near the pier.",
        "Crossings will run every hour until the spring, when The summer timetable starts, and"
        " tickets are valid for a month.",
    ]


def test_a_box_named_for_having_no_ads_or_for_business_is_the_pages_own(tmp_path: Path) -> None:
    """A review's probes (rv37): "no-ads" and "section-commercial-property" had emptied
    real pages, a script's copy of the text counting against the article's box."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Port reopens</title>"
        '<script type="application/json">{"body": "' + "x" * 3000 + '"}</script></head><body>'
        "<div class='story no-ads'><p>The port reopened on Monday after a week of strikes.</p>"
        "<p>Shipping lines said the backlog would take ten days to clear.</p></div>"
        "<div class='section-commercial-property'><p>Rents rose in the dock area.</p></div>"
        "<div class='ad-slot'>Win a trip to Dubai!</div></body></html>",
        encoding="utf-8",
    )
    text = " ".join(s.text for s in segment([ingest(str(page), 1, Options())]).sentences)
    assert "The port reopened on Monday" in text and "Rents rose" in text
    assert "Win a trip" not in text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # an address holding brackets of its own (CommonMark allows them balanced): the
        # link had been left as written, brackets, "javascript:" and all (r44 L6)
        (
            "See the **[full text of the accord](javascript:alert('pwn'))** and our notes.",
            "See the full text of the accord and our notes.",
        ),
        ("The [Elsey River](https://wiki.example/Elsey_(river)) rose.", "The Elsey River rose."),
        ('The [port](<https://ex.example/a port> "Map") shut.', "The port shut."),
        ("A [b] (c) and [d](e f) stay.", "A [b] (c) and [d](e f) stay."),
    ],
)
def test_a_markdown_link_leaves_its_words_whatever_its_address_holds(
    markdown: str, text: str
) -> None:
    from brief.ingest.unmarkdown import plain_markdown, plain_text

    assert plain_markdown(markdown) == text
    assert "javascript" not in plain_text("Read [the accord](javascript:alert('pwn')) now.")


def test_a_header_line_of_an_organisations_long_name_dates_and_credits_its_report(
    tmp_path: Path,
) -> None:
    """r44 H4: "*UN Office for the Coordination of Humanitarian Affairs (OCHA) | Situation
    report | 30 November 2026*" under a report's heading had been briefed (its bottom line
    and a timeline row) and dated nothing, while "*OCHA | Situation report | ...*" was
    read: a name's words in lower case ("for the", "of") and its initials in brackets
    make it no sentence."""
    for name in (
        "Kelmarsh Office for the Coordination of Flood Relief (KOCFR)",
        "International Federation of Elsey Lifeboat and Coastguard Societies",
        "Instituto Nacional de Gestão de Cheias do Elsey",
    ):
        path = tmp_path / "flash.md"
        path.write_text(
            f"# Elsey: River Floods - Flash Update No. 2\n\n*{name} | Situation report | 4 June"
            " 2025*\n\n## Highlights\n\n- Officials report 31 people dead and 64 injured.\n"
            "- Relief flights resumed on Thursday.\n",
            encoding="utf-8",
        )
        doc = ingest(str(path), 1, Options())
        assert (doc.date, doc.source.outlet) == ("2025-06-04", name)
        assert [s.text for s in segment([doc]).sentences] == [
            "Officials report 31 people dead and 64 injured.",
            "Relief flights resumed on Thursday.",
        ]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the story, its words in lower case no name's particles
        "Troops advance on the capital of Elsey | 4 June 2025",
        "Crews of the Elsey Lifeboat search for the missing | 4 June 2025",
    ],
)
def test_a_line_of_title_case_words_and_verbs_is_no_long_name(line: str) -> None:
    text = f"Ferry sinks off the cape\n{line}\n\nA ferry sank on Wednesday. All were saved.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert doc.source.outlet is None


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        # r44 L1: nine words had been too many for a byline, so the writer was lost too
        ("By Ann Lee, Kelmarsh Business Daily, 4 June 2025", "Ann Lee", "Kelmarsh Business Daily"),
        ("By Ann Lee, Elsey Times, Wednesday, 4 June 2025", "Ann Lee", "Elsey Times"),
        (
            "By Ann Lee and Tom Roe, Kelmarsh Business Daily, June 4, 2025",
            "Ann Lee and Tom Roe",
            "Kelmarsh Business Daily",
        ),
        (
            "By Ann Lee, Kelmarsh Evening Coast Wire, Port Elsey, 4 June 2025",
            "Ann Lee",
            "Kelmarsh Evening Coast Wire",
        ),
        ("By Ann Lee, Port Elsey, 4 June 2025", "Ann Lee", None),  # a place, no outlet
    ],
)
def test_a_bylines_shape_names_writer_outlet_and_date_however_long(
    byline: str, author: str, outlet: str | None
) -> None:
    text = (
        f"Kelmarsh bank cuts rates\n{byline}\nThe bank cut its rate on Wednesday. Prices eased.\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.date, doc.author, doc.source.outlet) == ("2025-06-04", author, outlet)
    assert [s.text for s in segment([doc]).sentences] == [
        "The bank cut its rate on Wednesday.",
        "Prices eased.",
    ]


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    for line in (
        "By Election Day, turnout in Kelmarsh had collapsed to a third of voters",
        "By Friday, 4 June 2025",
    ):
        text = f"Kelmarsh votes\n{line}\nThe count went on. Results came late.\n"
        assert parse_text(text, make_source("a.txt", 1, text.encode())).author is None


def test_a_live_pages_time_elements_stay_as_its_entries_stamps(tmp_path: Path) -> None:
    """r50 H3: the <time> of each entry had been dropped, so no entry was later than
    another and a first count stayed beside the recount."""
    entries = "".join(
        f'<div class="entry"><time>{stamp}</time><p>{text}</p></div>'
        for stamp, text in (
            ("09:40", "Rescuers said eleven people had been killed in the strike on the port."),
            ("08:10", "Nine people have been killed in the strike on the port, officials said."),
        )
    )
    page = tmp_path / "live.html"
    page.write_text(
        "<html><head><title>Port strike: live</title></head><body><main>"
        f"<h1>Port strike: live</h1>{entries}</main></body></html>",
        encoding="utf-8",
    )
    text = "\n".join(b.text for b in ingest(str(page), 1, OPTS).blocks)
    assert "09:40 — Rescuers said eleven people" in text
    assert "08:10 — Nine people have been killed" in text


def test_a_live_entrys_stamped_heading_stands_apart_from_its_first_sentence(
    tmp_path: Path,
) -> None:
    """r52 M3: an entry's <h3> "4:00 pm — Toll rises to 9", ending on no stop, had been
    read into its entry's first sentence, and the two made one bullet. The heading is
    the sentence's subheading, which gives it its stamp (furniture.entry_stamps)."""
    entries = "".join(
        f"<h3>{heading}</h3><p>{text}</p>"
        for heading, text in (
            ("4:00 pm — Toll rises to 9", "Officials said nine people had died in the floods."),
            ("9:30 am — Rivers burst banks", "Officials said four people had died overnight."),
        )
    )
    page = tmp_path / "live.html"
    page.write_text(
        "<html><head><title>Floods: live</title></head><body><article><h1>Floods: live</h1>"
        "<p>Heavy rain has flooded the valley since Sunday. Follow our updates below.</p>"
        f"{entries}</article></body></html>",
        encoding="utf-8",
    )
    sentences = segment([ingest(str(page), 1, OPTS)]).sentences
    first = next(s for s in sentences if s.text.startswith("Officials said nine"))
    assert first.text == "Officials said nine people had died in the floods."
    assert first.heading == "4:00 pm — Toll rises to 9"


def test_a_lone_time_element_is_no_entry_stamp(tmp_path: Path) -> None:
    body = "<p>Rebels seized the northern town of Kidal on Tuesday after two days of fighting.</p>"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Rebels seize Kidal</title></head><body><article>"
        f"<time>10:32</time>{body * 3}</article></body></html>",
        encoding="utf-8",
    )
    assert not any("10:32" in b.text for b in ingest(str(page), 1, OPTS).blocks)


@pytest.mark.parametrize(
    "note",
    [
        "UPDATED 4 Jun 2025, 17:45 — adds new toll, coastguard figures; previous ELSEY 07:30",
        "Updated 4 June 2025, 19:30 BST (Maruva 00:30) — updates toll, adds police case",
    ],
)
def test_a_wire_update_note_under_the_headline_dates_the_page_and_is_no_sentence(
    note: str,
) -> None:
    """A wire's note of what its update changed ("UPDATED ... — adds new toll ...; previous
    ...") had been a story's bullet (pile10): it is the desk's, read for its date only."""
    text = f"Ferry toll rises to nine\n\nBy Ann Lee\n{note}\n\nA ferry sank on Monday. Nine died.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert (doc.title, doc.date) == ("Ferry toll rises to nine", "2025-06-04")
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == [
        "A ferry sank on Monday. Nine died."
    ]


def test_a_sentence_of_an_update_note_s_shape_down_the_page_is_the_story_s() -> None:
    """An update note is the desk's at the top of a page; further down, "Changes with the
    new rules take effect ..." is news: it had been dropped as furniture wherever it
    stood."""
    body = (
        "Harbour board passes ferry rules\n\nBy Ann Lee\n\n"
        "The harbour board passed new ferry rules on Monday.\n\n"
        "Changes with the new rules take effect on March 3, when 40 ferries a day will dock"
        " later.\n\n(Adds more ferries from April.)\n"
    )
    doc = parse_text(body, make_source("a.txt", 1, body.encode()))
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "The harbour board passed new ferry rules on Monday.",
        "Changes with the new rules take effect on March 3, when 40 ferries a day will dock later.",
        "(Adds more ferries from April.)",
    ]
    assert all(furniture_kind(text) is None for text in paragraphs)


def test_a_headline_of_two_sentences_over_its_byline_is_the_title() -> None:
    """A headline may hold a full stop ("Analysis: The strait was settled on paper. The
    ferries show what paper can't do"); over a byline it is the headline, not a paragraph
    whose first sentence Sources had shown instead (pile10)."""
    headline = "Analysis: The strait was settled on paper. The ferries show otherwise"
    for credit in ("By Ann Lee | Elsey Desk | 4 June 2025", "By Ann Lee"):
        text = f"{headline}\n\n{credit}\n\nThe treaty was signed in 2020. It held for years.\n"
        doc = parse_text(text, make_source("a.txt", 1, text.encode()))
        assert doc.title == headline
    # over the next paragraph it stays a paragraph
    text = f"{headline}\n\nThe treaty was signed in 2020. It held for years.\n"
    assert parse_text(text, make_source("a.txt", 1, text.encode())).title is None


def test_a_letterhead_of_a_directorate_general_is_no_title() -> None:
    """ "DIRECTORATE GENERAL OF ..." under a ministry's letterhead had headed its release's
    story, Top stories and Sources (r54): "general" after an office's head, as in
    "Attorney General", is part of the body's name."""
    text = (
        "REPUBLIC OF ELSEY - MINISTRY OF TRANSPORT\nDIRECTORATE GENERAL OF COASTAL SAFETY\n\n"
        "PRESS RELEASE\n\nStrait closed after tanker engine failure\n\n"
        "Traffic in the strait was suspended on Thursday. Tugs were sent.\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert doc.title == "Strait closed after tanker engine failure"
    assert is_letterhead("Directorate-General for Trade")
    assert not is_letterhead("MINISTRY GENERAL STRIKE ENDS")


@pytest.mark.parametrize(
    "letterhead", ["MARROWAY FERRIES N.V.", "ORMEL & SONS, LTD.", "TAVISH MILLS GMBH"]
)
def test_a_companys_letterhead_is_no_title_and_no_sentence(letterhead: str) -> None:
    """r77 F8: a company's name in capitals closing on its legal form, alone at the head
    of its notice, had been briefed as the notice's sentence (the legal form's stop read
    as a sentence's), and was its story's only bullet in the short PDF. It names the
    issuer, as a state's letterhead does: no title, no paragraph, the issuer where nothing
    else names the outlet; under a feed's headline, a heading."""
    text = (
        f"{letterhead}\n\nCustomer notice | 3 March 2031\n\n"
        "The company suspended sailings from its Dunmore yard on Monday."
        " Repairs will take a week.\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert doc.title is None
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == [
        "The company suspended sailings from its Dunmore yard on Monday. Repairs will take a week."
    ]
    assert doc.source.outlet == letterhead
    given = parse_text(text, make_source("a.txt", 1, text.encode()), find_title=False)
    assert letterhead not in [b.text for b in given.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "HARWICK PLC WAS FINED",  # a verb of its own
        "FINE FOR HARWICK PLC",  # a phrase about the name
        "Marroway Ferries N.V.",  # not in capitals: a filer's name under a form is its title
        "3 DEAD AT ORMEL LTD",
    ],
)
def test_a_line_that_says_something_of_a_company_is_no_letterhead(line: str) -> None:
    assert not is_letterhead(line)


@pytest.mark.parametrize(
    "letterhead",
    [
        "REPUBLIC OF ELSEY\nNATIONAL ELECTORAL AND BOUNDARIES COMMISSION",
        "PAN-ELSEYAN HARBOUR SAFETY COMMISSION",
        "NATIONAL ELECTORAL AND BOUNDARIES COMMISSION",
    ],
)
@pytest.mark.parametrize("label", ["PRESS RELEASE", "PRESS RELEASE No. 15/2027"])
def test_a_release_s_headline_stands_under_its_label_not_its_letterhead(
    letterhead: str, label: str
) -> None:
    """r61 F14: a body's name of several words before its head ("NATIONAL ELECTORAL AND
    BOUNDARIES COMMISSION") had headed its releases, two of them one story under it; the
    headline stands under the release's label (numbered or not), the letterhead's body is
    the issuer (not the state above it), and the date under the headline dates it."""
    text = (
        f"{letterhead}\n\n{label}\n\nTurnout at midday\n\n3 March 2027\n\n"
        "The commission said turnout stood at 38 percent at noon. Queues were long.\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert doc.title == "Turnout at midday"
    assert doc.source.outlet == letterhead.split("\n")[-1]
    assert doc.date == "2027-03-03"


def test_a_mission_s_letterhead_and_its_document_s_label_are_no_title() -> None:
    """r67 F5: an observer mission's releases were titled by their letterhead. A body of
    states' name opening a letterhead is one word of it, its "UNION" no head; a line that
    names the document ("Statement on the count") stands above the headline; and a
    Markdown article's first-level heading is its title, whatever stands above it."""
    text = (
        "AFRICAN UNION ELECTION OBSERVATION MISSION\nStatement on the count\n\n"
        "Kelvar, 9 April 2027\n\nObservers ask for results by polling station\n\n"
        "The mission asked the commission to publish results by polling station. It said"
        " so on Friday.\n"
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert doc.title == "Observers ask for results by polling station"
    assert doc.source.outlet == "AFRICAN UNION ELECTION OBSERVATION MISSION"
    assert doc.date == "2027-04-09"
    assert is_letterhead("AFRICAN UNION COMMISSION")
    assert not is_letterhead("AFRICAN UNION SENDS OBSERVERS")
    markdown = (
        "**AFRICAN UNION ELECTION OBSERVATION MISSION - ELSEY 2027**\n\n"
        "*Press release | 9 April 2027*\n\n# Observers: calm vote, slow count\n\n"
        "The mission said the vote was calm. The count was slow.\n"
    )
    doc = parse_text(markdown, make_source("a.md", 1, markdown.encode()))
    assert doc.title == "Observers: calm vote, slow count"
    assert doc.date == "2027-04-09"
    report = "Report by observers finds a calm vote"
    text = f"AFRICAN UNION COMMISSION\n\n{report}\n\nThe vote was calm. The count was slow.\n"
    assert parse_text(text, make_source("b.txt", 1, text.encode())).title == report


@pytest.mark.parametrize(
    "signer",
    [
        "— Datuk Nor Azlina binti Ahmad, Minister of Health",
        # words.toml's particles, not a list of the layout's own: the Malaysian Indian
        # link and the Catalan "i" had left the signature a line of its own
        "— Ravindran a/l Subramaniam, Minister of Transport",
        "— Jordi Pujol i Soley, Minister of Ports",
    ],
)
def test_a_signer_s_name_holds_a_name_s_particles(signer: str) -> None:
    text = (
        "Ministry funds island ferries\n\nThe ministry funded four ferries on Monday.\n\n"
        f'"Every island deserves a ferry."\n\n{signer}\n\nThe ferries sail in May.\n'
    )
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert f'"Every island deserves a ferry." {signer}' in [b.text for b in doc.blocks]


# -- a printed document's layout, turned into text --------------------------------------


def test_a_running_page_header_is_no_title_nor_a_line_of_the_story() -> None:
    text = (
        "Harbour Grain Research                              Page 1 of 2\n"
        "\n"
        "Wheat outlook: a smaller crop in the south\n"
        "\n"
        "Dry weather cut yields in the southern provinces by a fifth, and we now expect\n"
        "\n"
        "Harbour Grain Research                              Page 2 of 2\n"
        "\n"
        "exports to fall short of last year's.\n"
    )
    doc = parse_text(text, src())
    assert doc.title == "Wheat outlook: a smaller crop in the south"
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Dry weather cut yields in the southern provinces by a fifth, and we now expect"
        " exports to fall short of last year's."
    ]


@pytest.mark.parametrize(
    ("line", "running"),
    [
        ("Harbour Grain Research   |   Page 3 of 9", True),
        ("Page 2", True),
        ("Quarterly outlook  -  p. 4/12  -  March 2026", True),
        ("The minister read from page 2 of the report to the committee.", False),
        ("See page 4 of 10 for the full table of yields and prices.", False),
    ],
)
def test_running_headers_number_the_page_beside_short_fields(line: str, running: bool) -> None:
    from brief.ingest.layout import is_running_header

    assert is_running_header(line) is running


def test_a_lists_items_are_blocks_of_their_own() -> None:
    """Each item its own block: a sentence, but one in a headline's form (a digest's
    point, a link's label), which is a heading as such a line is anywhere."""
    text = (
        "Grain stocks draw down\n"
        "\n"
        "Highlights\n"
        "- Stocks fell 8% in the quarter\n"
        "- Exports rose to 2.1 million tonnes, the most since the drought year, as buyers\n"
        "  in Asia bought early.\n"
        "2) We cut our price forecast for the second half to 190 a tonne.\n"
        "\n"
        "Stocks held in ports fell for a third quarter running, the data showed, as buyers\n"
        "in Asia took more grain than a year ago and the harvest in the south was late.\n"
    )
    doc = parse_text(text, src())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Highlights"),
        ("heading", "Stocks fell 8% in the quarter"),
        (
            "paragraph",
            "Exports rose to 2.1 million tonnes, the most since the drought year, as buyers"
            " in Asia bought early.",
        ),
        ("paragraph", "We cut our price forecast for the second half to 190 a tonne."),
        (
            "paragraph",
            "Stocks held in ports fell for a third quarter running, the data showed, as"
            " buyers in Asia took more grain than a year ago and the harvest in the south"
            " was late.",
        ),
    ]


def test_a_quoted_reply_runs_on_over_its_lines() -> None:
    text = (
        "Port reopens\n\n> The port reopened on Monday after\n> the storm passed, officials said.\n"
    )
    doc = parse_text(text, src())
    assert [b.text for b in doc.blocks] == [
        "The port reopened on Monday after the storm passed, officials said."
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["the largest single ac-", "tion since May"], "the largest single action since May"),
        (["about two-", "thirds of it"], "about two-thirds of it"),
        (["a long-", "term contract"], "a long-term contract"),
        (["pre-", "and post-war levels"], "pre- and post-war levels"),
        (["rose 3-", "4% on the day"], "rose 3- 4% on the day"),
    ],
)
def test_a_word_hyphenated_at_a_lines_end_is_made_whole(lines: list[str], joined: str) -> None:
    from brief.ingest.layout.folding import joined_lines

    assert joined_lines(lines) == joined


def test_a_markdown_tables_rows_are_no_sentences_and_are_counted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A row is no sentence of its source, and a row with its column names is a line the
    source never wrote: the rows are left out, and a warning says so (r56 M7)."""
    text = (
        "Grain close: wheat firms\n"
        "\n"
        "Wheat futures rose on Tuesday as dry weather threatened the southern crop.\n"
        "\n"
        "| Market | Settle | Change |\n"
        "|:---|---:|---:|\n"
        "| Wheat (Mar) | 212.50 | +3.25 |\n"
        "| Maize (Mar) | 188.00 |  |\n"
        "\n"
        "Traders said rain was forecast for next week.\n"
    )
    with caplog.at_level(logging.WARNING):
        doc = parse_text(text, src())
    assert [b.text for b in doc.blocks] == [
        "Wheat futures rose on Tuesday as dry weather threatened the southern crop.",
        "Traders said rain was forecast for next week.",
    ]
    assert "2 table row(s) left out" in caplog.text


def test_a_numbered_line_alone_is_a_section_heading_not_a_list() -> None:
    text = (
        "Grain report\n\n"
        "Stocks fell in the quarter, the board said.\n\n"
        "1. Exports\n\n"
        "Exports rose to 2.1 million tonnes.\n"
    )
    doc = parse_text(text, src())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Stocks fell in the quarter, the board said."),
        ("heading", "Exports"),
        ("paragraph", "Exports rose to 2.1 million tonnes."),
    ]


def test_a_word_mixing_latin_with_cyrillic_or_greek_letters_is_named_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """r57 #10: "\u0410lyona Brusk" (a Cyrillic capital A) and "Alyona Brusk" had been two
    actors who look the same, with no word said; the text stays as written."""
    article = tmp_path / "lookalike.txt"
    article.write_text(
        "Clinic row in Vessel Bay\n\n"
        "The clinic's director, \u0410lyona Brusk, said the ward would close on Friday.\n"
        "\u0410lyona Brusk added that the nurses of Mar\u03bfvia would move to the port.\n"
        "Her deputy, Алёна Петрова, and the Greek doctor Νίκος Παππάς agreed.\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        doc = ingest(str(article), 1, OPTS)
    said = [r.getMessage() for r in caplog.records if "Cyrillic or Greek" in r.getMessage()]
    assert len(said) == 1
    assert "\u0410lyona (Cyrillic \u0410)" in said[0] and "Mar\u03bfvia (Greek \u03bf)" in said[0]
    assert "Алёна" not in said[0] and "Νίκος" not in said[0]
    assert any("\u0410lyona Brusk, said" in block.text for block in doc.blocks)


def test_a_long_unbroken_run_beside_a_stray_byte_is_decoded() -> None:
    """A stray legacy byte in UTF-8, or a legacy file, with a long run of letters and no
    space had taken minutes: the word patterns rescanned the run from each letter. The
    time is make bench's to measure, not a test's (a slow host must not fail it); a
    rescan's return would show here as a suite minutes slower."""
    import contextlib

    run = "q" * 40_000
    utf8 = f"The dock workers met on Monday. Caf\u00e9 owners said {run} nothing.\n"
    legacy = f"The dock workers met on Monday, the caf\u00e9 said. {run} end.\n"
    for data in (utf8.encode("utf-8") + b" na\xefve\n", legacy.encode("cp1252")):
        with contextlib.suppress(InputError):  # refused as a blob is an answer too
            decode(data, "run.txt", OPTS)


def _record_page(record: str, title: str = "Harbour cranes restart after strike") -> str:
    return (
        f"<html><head><title>{title}</title>"
        f'<script type="application/ld+json">{record}</script></head><body>'
        "<h1>Harbour cranes restart after strike</h1>"
        "<p>Cranes at the northern harbour restarted on Tuesday after a strike of nine days, "
        "the port authority said.</p><p>Shipping lines said the backlog of containers would "
        "take a week to clear, and some vessels were sent to other ports.</p></body></html>"
    )


def test_a_json_ld_record_nested_past_pythons_depth_is_ignored_and_the_page_read() -> None:
    from brief.ingest.linked_data import article_record
    from brief.ingest.webpage import extract

    deep = "[" * 60_000 + "]" * 60_000
    assert article_record(_record_page(deep)) is None
    page = extract(_record_page(deep))
    assert page is not None and "Cranes at the northern harbour" in page.text


def test_a_json_ld_record_with_a_template_placeholder_or_no_date_gives_neither() -> None:
    from brief.ingest.linked_data import article_record

    record = article_record(
        _record_page(
            '{"@type": "NewsArticle", "headline": "Harbour cranes restart after strike",'
            ' "author": {"name": "{{ post.author }}"}, "datePublished": "sometime 31-31-2026",'
            ' "publisher": {"name": "${site.name}"}}'
        )
    )
    assert record is not None
    assert record.authors == () and record.published is None and record.publisher is None
    dated = article_record(
        _record_page(
            '{"@type": "NewsArticle", "datePublished": "2026-11-30T08:15:00Z",'
            ' "author": [{"@type": ["Person"], "name": "Mira Olsen"},'
            ' {"@type": ["Organization"], "name": "Northern Courier"}]}'
        )
    )
    assert dated is not None
    assert dated.published == "2026-11-30T08:15:00Z" and dated.authors == ("Mira Olsen",)


@pytest.mark.parametrize(
    ("suffix", "outlet"),
    [
        ("Live Updates", None),
        ("Opinion", None),
        ("Page 3", None),
        ("World News", None),
        ("Business & Economy", None),
        ("Local News", None),
        ("Politics", None),
        ("Northern Courier", "Northern Courier"),
        ("Kestrel 9", "Kestrel 9"),
        ("The Regional", "The Regional"),
        ("The Local", "The Local"),
        ("Metro", "Metro"),
        ("Finance Standard", "Finance Standard"),
        ("Regional Post", "Regional Post"),
        ("World Herald", "World Herald"),
    ],
)
def test_a_title_suffix_that_is_a_section_or_a_page_names_no_outlet(
    suffix: str, outlet: str | None
) -> None:
    from brief.ingest.webpage import extract

    page = extract(_record_page("{}", f"Harbour cranes restart after strike | {suffix}"))
    assert page is not None and page.outlet == outlet


def test_units_symbols_and_scientific_names_are_no_look_alike_spellings() -> None:
    from brief.ingest.homoglyphs import mixed_script_words

    said = mixed_script_words(
        [
            "Each vial held 25\u03bcg, the 4k\u03a9 sensor read a \u0394T of two degrees, and",
            "\u03b1Syn clumps grew. The mayor, D\u0430niel Rusk, visited P\u0391ULSTAD.",
        ]
    )
    assert said == ["D\u0430niel (Cyrillic \u0430)", "P\u0391ULSTAD (Greek \u0391)"]


def test_small_greek_and_cyrillic_letters_drawn_as_latin_ones_are_look_alikes() -> None:
    from brief.ingest.homoglyphs import mixed_script_words

    said = mixed_script_words(
        [
            "Pay with \u03c1aypal, said the note signed M\u03b9\u03barosoft, and log in at",
            "Gl\u03bfbex or \u0432ank T\u043ewn; the NF\u03baB and TNF\u03b1 assays ran.",
        ]
    )
    assert said == [
        "\u03c1aypal (Greek \u03c1)",
        "M\u03b9\u03barosoft (Greek \u03b9 \u03ba)",
        "Gl\u03bfbex (Greek \u03bf)",
        "\u0432ank (Cyrillic \u0432)",
        "T\u043ewn (Cyrillic \u043e)",
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Security alert update for residents of Kelmarsh, 16 March 2027.",
        "Kelmarsh travel advice - updated 15 March 2027.",
        "Statement by the Ministry of the Interior, 16 March 2027.",
    ],
)
def test_a_pages_dated_label_at_its_top_is_no_sentence_and_dates_the_page(label: str) -> None:
    """r60 F13: an embassy's or a ministry's label line had been the bottom line."""
    text = f"Kelmarsh curfew eased\n\n{label}\nThe authorities shortened the curfew on Monday.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    said = [block.text for block in doc.blocks]
    assert said == ["The authorities shortened the curfew on Monday."]
    assert doc.date is not None and doc.date.startswith("2027-03-")


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks resumed in Elsey on 16 March 2027.",
        "Talks were held in Elsey, 16 March 2027.",
        "He said he would return to Elsey, March 3, 2027.",
        # a present tense is no verb the label's reading tells: no page's noun, no label
        "The president arrives in Elsey on Monday, 17 March 2027.",
        "Schools reopen on Monday, 17 March 2027.",
    ],
)
def test_a_sentence_closing_on_a_date_is_no_label(sentence: str) -> None:
    text = f"Kelmarsh talks\n\n{sentence}\nBoth sides agreed.\n"
    doc = parse_text(text, make_source("a.txt", 1, text.encode()))
    assert sentence in [block.text for block in doc.blocks][0]


@pytest.mark.parametrize(
    ("meta", "site", "author"),
    [
        # the whole value less a staff credit's words, none where that is the outlet
        ("Bureau of Consular Affairs staff", "Bureau of Consular Affairs", None),
        ("Embassy in Lorant staff", "Embassy in Lorant", None),
        ("Office of Harbour Safety staff", "Lorant Gazette", "Office of Harbour Safety"),
        ("Ministry of Ports and Harbours", "Lorant Gazette", "Ministry of Ports and Harbours"),
        ("Jane Roe, Staff Writer", "Lorant Gazette", "Jane Roe"),
        ("Ann Lee and Tom Roe", "Lorant Gazette", "Ann Lee and Tom Roe"),
    ],
)
def test_a_meta_authors_whole_value_or_none_never_its_first_word(
    meta: str, site: str, author: str | None
) -> None:
    """r60 F15: `<meta name="author" content="Office of ... staff">` had given the author
    "Office": trafilatura cuts a name at "of" or "in"."""
    from brief.ingest.webpage import extract

    paras = "".join(
        f"<p>The harbour office said on Monday that ferry crossing number {n} would reopen "
        "after repairs to the quay, and that passengers should check the timetable.</p>"
        for n in range(8)
    )
    html = (
        f'<html><head><title>Ferries resume</title><meta name="author" content="{meta}">'
        f'<meta property="og:site_name" content="{site}">'
        f"</head><body><article><h1>Ferries resume</h1>"
        f'<p class="byline">By {meta} | 2 March 2026</p>{paras}</article></body></html>'
    )
    page = extract(html)
    assert page is not None and page.author == author


@pytest.mark.parametrize(
    ("meta", "author"),
    [("Tomas Berg in Lorant", "Tomas Berg"), ("Lena Okafor of Harbour Wire", "Lena Okafor")],
)
def test_a_meta_author_cut_from_a_place_or_an_outlet_is_the_person(meta: str, author: str) -> None:
    """A person's name trafilatura cut at "in"/"of" is the author: the rest is where they
    filed from or whom they write for, not part of the name (only a body's name, "Office
    of ...", is taken whole)."""
    from brief.ingest.webpage import extract

    paras = "".join(
        f"<p>The harbour office said on Monday that ferry crossing number {n} would reopen "
        "after repairs to the quay, and that passengers should check the timetable.</p>"
        for n in range(8)
    )
    html = (
        f'<html><head><title>Ferries resume</title><meta name="author" content="{meta}">'
        '<meta property="og:site_name" content="Lorant Gazette">'
        f"</head><body><article><h1>Ferries resume</h1>{paras}</article></body></html>"
    )
    page = extract(html)
    assert page is not None and page.author == author


def test_a_notices_labelled_fields_are_its_text(tmp_path: Path) -> None:
    """A notice's fields on lines of their own, ending on no stop ("VESSEL: ...",
    "DATE/TIME: ...", "POSITION: ...") had been read as headings and left out of every
    output, the JSON's sentences too (r62 F10): they are lines of the text, kept as
    written, each a sentence of its own. A host's label heads its turn as before."""
    path = tmp_path / "notice.txt"
    path.write_text(
        "HARBOUR NOTICE 7/2026 | Elsey Port Authority | 4 June 2026\n\n"
        "Grounding of a ferry in the outer channel\n\n"
        "VESSEL: GULL ISLAND (ro-ro ferry, 40 crew)\n"
        "DATE/TIME: 04 JUN 2026, 0615 UTC\n"
        "POSITION: 51°02'N 001°12'E, near buoy E4\n\n"
        "The ferry Gull Island ran aground in the outer channel early on Thursday.\n"
        "Tugs refloated her on the rising tide and no one was hurt.\n",
        encoding="utf-8",
    )
    doc = ingest(str(path), 1, OPTS)
    texts = [s.text for s in segment([doc]).sentences]
    assert texts[:3] == [
        "VESSEL: GULL ISLAND (ro-ro ferry, 40 crew)",
        "DATE/TIME: 04 JUN 2026, 0615 UTC",
        "POSITION: 51°02'N 001°12'E, near buoy E4",
    ]
    assert texts[3].startswith("The ferry Gull Island ran aground")
    assert doc.title == "Grounding of a ferry in the outer channel"
    # its header line names the issuer: a label and the notice's number, then the name
    assert doc.source.outlet == "Elsey Port Authority"
    assert doc.date == "2026-06-04"
    text = "Transcript of the port call\n\nMODERATOR: Jane Roe\n\nWelcome, everyone."
    hosted = parse_text(text, make_source("call.txt", 1, text.encode()))
    assert [b.kind for b in hosted.blocks] == ["heading", "paragraph"]


def test_a_box_of_fields_in_sentence_case_runs_into_nothing(tmp_path: Path) -> None:
    """An agency's update opens with its figures a field a line, labels in sentence case
    ("River level: 5.2 m", "Homes flooded: 140"), then its prose. The short lines had made
    the text read as folded at a width: they ran into one another and into the lede, and
    each number was read with the next line's label ("95 Structures destroyed", r70 F4,
    F5). Each field is a line of its own; the lede is the prose's first sentence, and the
    first field is no headline. A single "Label: text" line stays a heading, and so do a
    page's credits and links, whose values open with words."""
    path = tmp_path / "flood.txt"
    path.write_text(
        "Severn Valley Flood Bulletin No. 4 | 12 March 2027, 6:00 a.m.\n"
        "River level at Carlow: 5.2 m\n"
        "Homes flooded: 140\n"
        "Rescues: 23 people (no injuries)\n"
        "The river crested overnight at Carlow, and water is now falling slowly.\n"
        "Crews rescued 23 people from cars and houses along Mill Lane.\n",
        encoding="utf-8",
    )
    doc = ingest(str(path), 1, OPTS)
    texts = [s.text for s in segment([doc]).sentences]
    assert texts == [
        "River level at Carlow: 5.2 m",
        "Homes flooded: 140",
        "Rescues: 23 people (no injuries)",
        "The river crested overnight at Carlow, and water is now falling slowly.",
        "Crews rescued 23 people from cars and houses along Mill Lane.",
    ]
    assert doc.title is None
    strike = "Strike update\n\nPickets: 12 sites\nStaff out: 4,100\n\nTalks resume on Monday."
    parsed = parse_text(strike, make_source("strike.txt", 1, strike.encode()))
    assert parsed.title == "Strike update"
    assert [b.text for b in parsed.blocks] == [
        "Pickets: 12 sites",
        "Staff out: 4,100",
        "Talks resume on Monday.",
    ]
    # a page's credits and links in sentence case are no notice's fields: they head
    # nothing, and are none of its text (their names, no actors; a link's rate, no figure)
    credits = (
        "Dockers vote to strike\n\nSource: Harbour Wire\nEditor: Ann Lee\n\n"
        "Dockers voted to strike from Monday.\n\n"
        "Related: Rival port raises fees by 4.5%\nTags: ports, strikes\n"
    )
    credited = parse_text(credits, make_source("credits.txt", 1, credits.encode()))
    assert [b.kind for b in credited.blocks] == [
        "heading",
        "heading",
        "paragraph",
        "heading",
        "heading",
    ]
    single = "Talks go on\n\nAnalysis: Why the talks failed\n\nThe union walked out on Friday."
    alone = parse_text(single, make_source("one.txt", 1, single.encode()))
    assert [b.kind for b in alone.blocks] == ["heading", "paragraph"]


def test_a_page_that_only_redirects_is_no_article(tmp_path: Path) -> None:
    """A page whose only content is a <meta> refresh sending the browser elsewhere had been
    briefed from "If you are not redirected, click here" (r62 F11). A saved article that
    also carries one is still its article, and a refresh of the page itself, or a slow
    one, sends no reader away."""
    moved = tmp_path / "moved.html"
    moved.write_text(
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; '
        'url=https://elsewhere.example/x"><title>Redirecting</title></head><body><p>If you '
        'are not redirected, <a href="https://elsewhere.example/x">click here</a>.</p>'
        "</body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="only sends the browser elsewhere") as raised:
        ingest(str(moved), 1, OPTS)
    assert "elsewhere.example" in str(raised.value)
    story = "".join(
        f"<p>The ferry Gull Island ran aground in the outer channel on day {n}, the port said.</p>"
        for n in range(4)
    )
    kept = tmp_path / "kept.html"
    kept.write_text(
        '<html><head><meta http-equiv="refresh" content="0;url=https://x.example/">'
        f"<title>Ferry aground</title></head><body><article>{story}</article></body></html>",
        encoding="utf-8",
    )
    assert ingest(str(kept), 1, OPTS).blocks
    import lxml.html

    from brief.ingest.webpage import redirected

    for content, sent in (("300; url=https://x.example/", None), ("600", None)):
        tree = lxml.html.fromstring(
            f'<html><head><meta http-equiv="refresh" content="{content}"></head></html>'
        )
        assert redirected(tree) is sent


def test_links_closing_a_paragraph_are_no_words_of_its_last_sentence() -> None:
    """ "... the navy said. [see](javascript:...)" had given the bullet "... the navy said.
    see" (r62 F20): links after a paragraph's last stop point elsewhere, and go."""
    from brief.ingest.unmarkdown import plain_markdown, plain_text

    assert plain_markdown("The ferry was refloated, the port said. [see](javascript:x(1))") == (
        "The ferry was refloated, the port said."
    )
    assert plain_text("Tugs freed her. [more](https://a.example) [video](https://b.example)") == (
        "Tugs freed her."
    )
    # a link inside the sentence, or one that is the sentence's end, keeps its words
    assert plain_markdown("She was freed by [two tugs](https://a.example)") == (
        "She was freed by two tugs"
    )
    assert plain_markdown("The [port](https://a.example) said so.") == "The port said so."


@pytest.mark.parametrize("name", ["feed.xml", "data.csv", "notes.json"])
def test_a_file_named_as_no_article_is_refused_as_a_folder_skips_it(
    tmp_path: Path, name: str
) -> None:
    """A .xml file of plain text had been briefed when named, and skipped in a folder (r62
    F18); a name with no suffix, or digits after its stop, is read."""
    path = tmp_path / name
    path.write_text("The ferry ran aground in the outer channel on Thursday.\n")
    with pytest.raises(InputError, match="not an article file"):
        expand([str(path)])
    for fine in ("notes", "report.2027"):
        (tmp_path / fine).write_text("The ferry ran aground on Thursday.\n")
        assert expand([str(tmp_path / fine)])[0].path == str(tmp_path / fine)


@pytest.mark.parametrize(
    ("style", "kept"),
    [
        # text in its background's colour, however the colour is written (r67 F13)
        ("color:#fff;background:#fff", False),
        ("color:white;background-color:#ffffff", False),
        ("color:rgb(255,255,255);background:white", False),
        ("color:#FFF ; background:#FFFFFF !important", False),
        ("color:#111;background:#111", False),
        ("color:#fafafa;background:#fff", False),  # no reader tells them apart
        ("color:rgba(255,255,255,.1);background:#fff", False),
        ("color:transparent", False),
        ("color:#ffffff00", False),
        # a coloured box with contrasting text, a dark theme, faint small print
        ("color:#fff;background:#c00", True),
        ("color:#eee;background:#111", True),
        ("color:#eee;background:#fff", True),
        ("color:#fff", True),  # its background is not known here
        # drawn by something else than its colour
        ("color:#fff;background:#fff url(hero.jpg)", True),
        ("color:#fff;background:#fff;text-shadow:0 0 2px #000", True),
        ("color:transparent;background:linear-gradient(red,blue);background-clip:text", True),
        ("color:#fff;background:rgba(255,255,255,.5)", True),  # what shows through?
        ("opacity:0", True),  # a fade-in's first state
    ],
)
def test_text_in_its_backgrounds_colour_is_no_text(tmp_path: Path, style: str, kept: bool) -> None:
    """A hostile page's white-on-white "the EU observers have left the country" had
    become a bullet (r67 F13): text no reader can see is no text."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Rebels shell port city</title></head>"
        "<body><article><h1>Rebels shell port city</h1>"
        f'<p style="{style}">BREAKING: 40 soldiers killed.</p>'
        + "<p>Rebels shelled Marib on Sunday, killing 12 people in the port.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in ingest(str(page), 1, OPTS).blocks]
    assert ("BREAKING: 40 soldiers killed." in texts) is kept
    assert "Rebels shelled Marib on Sunday, killing 12 people in the port." in texts


def test_a_markdown_articles_white_on_white_html_is_no_text() -> None:
    """HTML inside a Markdown article hides the same way (r67 F13)."""
    from brief.ingest.unmarkdown import plain_markdown

    text = plain_markdown(
        "Rebels shelled Marib on Sunday.\n\n"
        '<p style="color:#fff;background:#fff">The observers have left.</p>\n\n'
        '<p style="color:#fff;background:#c00">Aid reached the port.</p>\n'
    )
    assert "observers" not in text
    assert "Aid reached the port." in text


@pytest.mark.parametrize(
    ("sheet", "body", "kept"),
    [
        # a class of the page's sheet, on the body's background (r67 F13)
        ("body{background:#fff} .ghost{color:#ffffff}", "", False),
        (".ghost{color:white}", "", False),  # the browser's white page
        (".ghost{color:transparent}", "", False),
        ("body{background-color:rgb(17,17,17)} .ghost{color:#111}", "", False),
        (".box{background:#fff} .ghost{color:#fff}", "box", False),
        # a dark theme, a coloured box, an image behind, a link, a colour inside
        ("body{background:#111;color:#eee} .ghost{color:#eee}", "", True),
        (".box{background:#036} .ghost{color:#fff}", "box", True),
        (".box{background:#fff url(hero.jpg)} .ghost{color:#fff}", "box", True),
        (".ghost{color:#fff} @media (min-width:600px){.ghost{color:#000}}", "", True),
        (".ghost{color:#fff;text-shadow:0 0 3px #000}", "", True),
        (
            ".ghost{color:transparent;background:linear-gradient(red,blue);background-clip:text}",
            "",
            True,
        ),
        (".ghost{color:#fff} .ghost p{color:#000}", "", True),
    ],
)
def test_text_a_sheet_draws_in_its_backgrounds_colour_is_no_text(
    tmp_path: Path, sheet: str, body: str, kept: bool
) -> None:
    """The page's own rules may draw a paragraph white on the page's white (r67 F13)."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Rebels shell port city</title><style>{sheet}</style></head>"
        f'<body><article class="{body}"><h1>Rebels shell port city</h1>'
        '<div class="ghost"><p>BREAKING: 40 soldiers killed.</p></div>'
        + "<p>Rebels shelled Marib on Sunday, killing 12 people in the port.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in ingest(str(page), 1, OPTS).blocks]
    assert ("BREAKING: 40 soldiers killed." in texts) is kept
    assert "Rebels shelled Marib on Sunday, killing 12 people in the port." in texts


def test_a_linked_sheet_leaves_the_pages_background_unknown(tmp_path: Path) -> None:
    """White text on a page whose background an external sheet may set is kept: a dark
    theme's."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Rebels shell port city</title><link rel="stylesheet" href="x.css">'
        "<style>.ghost{color:#fff}</style></head><body><article>"
        '<h1>Rebels shell port city</h1><p class="ghost">Aid reached the port on Monday.</p>'
        + "<p>Rebels shelled Marib on Sunday, killing 12 people in the port.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    texts = [b.text for b in ingest(str(page), 1, OPTS).blocks]
    assert "Aid reached the port on Monday." in texts


def test_a_document_s_label_may_name_its_topic_with_any_topic_preposition() -> None:
    """The label under a letterhead that names the document says what it is about with
    any of words.toml's topic_prepositions ("about", "into"), as a header field does, or
    whose it is ("by"): one list of those words, not a near-copy of it."""
    for label in ("Briefing about the count", "Report into the count", "Statement by the mission"):
        text = (
            f"AFRICAN UNION ELECTION OBSERVATION MISSION\n{label}\n\n"
            "Kelvar, 9 April 2027\n\nObservers ask for results by polling station\n\n"
            "The mission asked the commission to publish results by polling station. It said"
            " so on Friday.\n"
        )
        doc = parse_text(text, make_source("a.txt", 1, text.encode()))
        assert doc.title == "Observers ask for results by polling station", label
