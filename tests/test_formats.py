"""Word, PDF, HTML and GBK inputs give the same records as their plain-text twins."""
import io
import subprocess
import sys
from pathlib import Path

import pytest
from docgen import make_docx, make_pdf

from extractor.errors import ExtractorError
from extractor.reading.formats import html_text, join_lines
from extractor.rulepack import load_rules
from extractor.pipeline import extract_document
from extractor.reading import expand_paths, read_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

PARAGRAPHS = [
    "2025年政府工作报告",
    "一、2024年工作回顾",
    "全市地区生产总值达到1800亿元、增长5.2%，新认定国家级高新技术企业138家。",
    "二、2025年工作安排",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业12万人以上。",
]
TABLE = [["指标", "目标"], ["粮食产量", "力争达到1000万吨"]]
AFTER = ["力争2025年全市工业增加值达到1800亿元。"]


def _key(records):
    """What must agree between a document and its twin: offsets are into each one's own text."""
    return [(r.kind, r.indicator, r.value, r.value_max, r.unit, r.comparator, r.year, r.text) for r in records]


def _records(path):
    return extract_document(read_document(path), None, None).records


def test_docx_matches_its_text_twin(tmp_path):
    (tmp_path / "report.docx").write_bytes(make_docx(PARAGRAPHS, TABLE, AFTER))
    twin = "".join(line + "\n" for line in PARAGRAPHS + ["指标\t目标", "粮食产量\t力争达到1000万吨"] + AFTER)
    (tmp_path / "twin").mkdir()
    (tmp_path / "twin" / "report.txt").write_text(twin, encoding="utf-8")
    doc = read_document(tmp_path / "report.docx")
    assert doc.text == twin and doc.id == "report"
    records = _records(tmp_path / "report.docx")
    assert len(records) >= 5 and any(r.value == 1000 and r.unit == "万吨" for r in records)
    assert _key(records) == _key(_records(tmp_path / "twin" / "report.txt"))


@pytest.mark.parametrize("name", ["guangdong-gwr-2025", "jiangsu-gwr-2025", "sichuan-gwr-2025"])
def test_corpus_word_reports_match_their_text_twins(name):
    docx = _records(CORPUS / "docx" / f"{name}.docx")
    assert len(docx) > 50
    assert _key(docx) == _key(_records(CORPUS / f"{name}.txt"))


def test_gbk_file_matches_its_utf8_twin():
    gbk = read_document(CORPUS / "encodings" / "hailar-gwr-2017.gbk.txt")
    assert gbk.encoding == "gb18030"
    records = _records(gbk.path)
    assert len(records) > 20
    twin = _records(CORPUS / "hailar-gwr-2017.txt")
    assert _key(records) == _key(twin)
    assert [(r.start, r.end) for r in records] == [(r.start, r.end) for r in twin]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_text_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes("\n".join(PARAGRAPHS).encode(encoding))
    assert read_document(path).text == "\n".join(PARAGRAPHS)


def test_pdf_lines_broken_inside_a_sentence_are_joined(tmp_path):
    pages = [["一、2024年工作回顾",
              "全市地区生产总值达到1800亿元、增长5.2%，新认定国家级高新技术",
              "企业138家，城乡居民人均可支配收入增长6%。",
              "- 1 -"],
             ["二、2025年工作安排",
              "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇",
              "新增就业12万人以上。"]]
    (tmp_path / "report.pdf").write_bytes(make_pdf(pages))
    text = read_document(tmp_path / "report.pdf").text
    assert text == ("一、2024年工作回顾\n"
                    "全市地区生产总值达到1800亿元、增长5.2%，新认定国家级高新技术企业138家，城乡居民人均可支配收入增长6%。\n"
                    "二、2025年工作安排\n"
                    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业12万人以上。\n")
    (tmp_path / "twin.txt").write_text(text, encoding="utf-8")
    records = _records(tmp_path / "report.pdf")
    assert any(r.text == "138家" for r in records) and any(r.text == "12万人" for r in records)
    assert _key(records) == _key(_records(tmp_path / "twin.txt"))


def test_a_pdfs_running_title_and_page_footer_are_no_part_of_the_text(tmp_path):
    """A title repeated at the head of every page and a footer of page figures (第2页 共4页) go; the
    sentence a page break cuts joins as if they were not there; the first page keeps its title."""
    sentences = ["全市地区生产总值达到1800亿元、增长5.2%，新认定国家级高新技术企业138家，",
                 "城乡居民人均可支配收入增长6%，粮食总产量达到600亿斤，新增城镇就业12万",
                 "人，建成5G基站3000个，改造老旧小区120个，新建学校15所，新增学位8000",
                 "个，完成造林绿化20万亩。"]
    pages = [["2025年甲市政府工作报告"] * (n == 0) + ["2025年甲市政府工作报告"] * (n > 0)
             + [line, f"第{n + 1}页 共4页"] for n, line in enumerate(sentences)]
    (tmp_path / "report.pdf").write_bytes(make_pdf(pages))
    assert read_document(tmp_path / "report.pdf").text == "2025年甲市政府工作报告\n" + "".join(sentences) + "\n"


def test_a_line_ending_in_a_closing_quote_inside_a_sentence_joins_the_next(tmp_path):
    """A quote closed at the margin ends no sentence (各级财政“三农”|支出达到…), in a PDF and in a text
    dumped from one; after a sentence's end it does (…增长5%。”), and so does a line all in brackets."""
    lines = ["一、2024年工作回顾", "全省经济运行平稳，金融机构贷款余额增加5029亿元，各级财政“三农”",
             "支出达到1885.6亿元，增长31.1%，新认定国家级高新技术企业一百三十八家，粮食",
             "总产量达到六百亿斤，城乡居民人均可支配收入增长6%，他说：“要增长5%。”",
             "（二〇二五年一月二十日在省第十四届人民代表大会第三次会议上）"]
    (tmp_path / "report.pdf").write_bytes(make_pdf([lines]))
    (tmp_path / "dump.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = lines[0] + "\n" + "".join(lines[1:4]) + "\n" + lines[4] + "\n"
    (tmp_path / "whole.txt").write_text(whole, encoding="utf-8")
    assert read_document(tmp_path / "report.pdf").text == whole
    records = _records(tmp_path / "dump.txt")
    assert ("1885.6亿元", "各级财政“三农”支出") in [(r.text, r.indicator) for r in records]
    assert _key(records) == _key(_records(tmp_path / "whole.txt"))


def test_text_wrapped_at_a_margin_reads_as_its_paragraphs(tmp_path):
    """A report dumped from a PDF with a line break every 30 characters: a paragraph that opens
    with a heading's mark ((二)…) and goes on past a sentence's end is no heading, so the records
    keep the kind and year of the section they are in."""
    paragraphs = ["2025年甲省政府工作报告", "一、2024年工作回顾",
                  "（二）加强和改善宏观调控，经济运行质量继续提高。全省地区生产总值增长5.2%，新认定国家级高新技术企业138家，"
                  "城乡居民人均可支配收入增长6%，粮食总产量达到600亿斤。",
                  "二、2025年工作安排",
                  "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业12万人以上。"]
    whole = "\n".join(paragraphs) + "\n"
    wrapped = "".join(p[i:i + 30] + "\n" for p in paragraphs for i in range(0, len(p), 30))
    (tmp_path / "whole.txt").write_text(whole, encoding="utf-8")
    (tmp_path / "wrapped.txt").write_text(wrapped, encoding="utf-8")
    records = _records(tmp_path / "wrapped.txt")
    assert [(r.text, r.kind, r.year) for r in records][:2] == [("5.2%", "achievement", 2024), ("138家", "achievement", 2024)]
    assert _key(records) == _key(_records(tmp_path / "whole.txt"))


def test_text_with_a_space_after_every_character_reads_its_headings(tmp_path):
    """Some PDF dumps space every character: a line is a heading, or short, as the view reads it."""
    whole = ("2025年甲省政府工作报告\n\n一、2024年工作回顾\n全省地区生产总值增长5.2%。\n"
             "二、2025年工作安排\n建设高标准农田30万亩以上。\n")
    spaced = "".join(c + " " if "\u4e00" <= c <= "\u9fff" else c for c in whole)
    (tmp_path / "whole.txt").write_text(whole, encoding="utf-8")
    (tmp_path / "spaced.txt").write_text(spaced, encoding="utf-8")
    records = _records(tmp_path / "spaced.txt")
    assert [(r.kind, r.year, r.section) for r in records] == [
        ("achievement", 2024, "一、2024年工作回顾"), ("target", 2025, "二、2025年工作安排")]
    assert [k[:-1] for k in _key(records)] == [k[:-1] for k in _key(_records(tmp_path / "whole.txt"))]


@pytest.mark.parametrize("page", ["- 1 -\n\f", "— 12 —\n\f", "第3页\n\f", "3/45\n\f", "\n- 3 -\n\n", "\n\n— 12 —\n\n\f", "\f"])
def test_a_page_break_between_the_lines_of_a_dumped_pdf_is_no_part_of_the_text(tmp_path, page):
    """A text dumped from a PDF breaks a sentence at a page: its number on a line of its own, a form feed,
    empty lines around them, or a form feed alone. The lines join as if it were not there; a heading
    after the break starts anew."""
    head = "2025年甲省政府工作报告\n一、2024年工作回顾\n"
    (tmp_path / "whole.txt").write_text(head + "全省地区生产总值增长5.2%，新认定国家级高新技术企业138家。\n", encoding="utf-8")
    (tmp_path / "paged.txt").write_text(head + f"全省地区生产总值增长5.2%，新认定国家级高新\n{page}技术企业138家。\n",
                                        encoding="utf-8")
    records = _records(tmp_path / "paged.txt")
    assert [(r.text, r.indicator) for r in records] == [("5.2%", "地区生产总值"), ("138家", "国家级高新技术企业")]
    assert _key(records) == _key(_records(tmp_path / "whole.txt"))
    (tmp_path / "headed.txt").write_text(head + f"全省地区生产总值增长5.2%，新认定国家级高新技术企业138家\n{page}"
                                         "二、2025年工作安排\n地区生产总值增长6%左右。\n", encoding="utf-8")
    assert [(r.text, r.kind) for r in _records(tmp_path / "headed.txt")] == [
        ("5.2%", "achievement"), ("138家", "achievement"), ("6%", "target")]


TITLE = "2025年甲市政府工作报告"
CUT = ["一、2024年工作回顾\n全市地区生产总值增长5.2%，新认定国家级高新", "技术企业138家，新增城镇",
       "就业12万人，建成5G基站3000个，新建学", "校15所。"]


def _read_as_whole(tmp_path, paged: str) -> None:
    """The text cut into pages (CUT) gives the records of the text whole."""
    (tmp_path / "paged.txt").write_text(TITLE + "\n" + paged, encoding="utf-8")
    (tmp_path / "whole.txt").write_text(TITLE + "\n" + "".join(CUT) + "\n", encoding="utf-8")
    records = _records(tmp_path / "paged.txt")
    assert [(r.text, r.indicator) for r in records] == [
        ("5.2%", "地区生产总值"), ("138家", "国家级高新技术企业"), ("12万人", "新增城镇就业"), ("3000个", "5G基站"),
        ("15所", "新建学校")]
    assert _key(records) == _key(_records(tmp_path / "whole.txt"))


@pytest.mark.parametrize("footer", ["- {n} -", "第{n}页 共4页", ""])
def test_a_running_title_between_the_pages_of_a_dumped_pdf_is_no_part_of_the_text(tmp_path, footer):
    """Pages split by form feeds, each after the first headed by the report's title again: the title
    goes where it cuts a sentence, as a page's number does, and stays as the first page's head."""
    _read_as_whole(tmp_path, "\f".join((TITLE + "\n") * (n > 0) + part + "\n" + (footer.format(n=n + 1) + "\n") * bool(footer)
                                       for n, part in enumerate(CUT)))


def test_a_running_title_between_numbered_pages_with_no_form_feeds_is_no_part_of_the_text(tmp_path):
    """A text dumped from a PDF with no form feeds: each page ends at its number alone on a line, and
    the title heading each page after the first goes as it does between form feeds."""
    _read_as_whole(tmp_path, "".join((TITLE + "\n") * (n > 0) + part + f"\n- {n + 1} -\n" for n, part in enumerate(CUT)))


def test_blank_lines_around_a_pages_number_and_running_title_are_no_paragraph_end(tmp_path):
    """pdftotext leaves a blank line before a page's foot and after its running title: with the page's
    furniture they go, and a name cut by the page's end is whole again."""
    _read_as_whole(tmp_path, "".join(("    " + TITLE + "\n\n") * (n > 0) + part + f"\n\n                — {n + 1} —\n"
                                     for n, part in enumerate(CUT)))


def test_join_lines_keeps_headings_and_dehyphenates():
    lines = ["A heading", "the extraction of quantified targets from re-", "ports works on lines that run to the",
             "margin.", "Next paragraph."]
    assert join_lines(lines, load_rules().pattern("LINE_END_MARK")) == ("A heading\nthe extraction of quantified targets from reports works on lines that"
                                 " run to the margin.\nNext paragraph.")


HTML = """<!doctype html><html><head><meta charset="gbk"><title>站点标题</title>
<style>p { color: red }</style><script>document.write("增长99%")</script></head><body>
<header><a href="/">首页</a> | 新闻 增长88%</header>
<nav><ul><li>导航 100家</li></ul></nav>
<div role="navigation">更多 200家</div>
<article><header><h1>2025年政府工作报告</h1></header>
<p>一、2024年工作回顾</p>
<p>全市地区生产总值达到1800亿元、增长5.2%，新认定国家级高新技术企业
138家。</p>
<p hidden>隐藏 300家</p>
<p>二、2025年工作安排<p>今年地区生产总值增长6%左右，城镇新增就业12万人以上。
</article>
<footer>版权所有 增长77%</footer></body></html>"""


def test_html_visible_text_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("gbk"))
    doc = read_document(path)
    assert doc.encoding == "gb18030"
    assert doc.text == ("2025年政府工作报告\n一、2024年工作回顾\n"
                        "全市地区生产总值达到1800亿元、增长5.2%，新认定国家级高新技术企业 138家。\n"
                        "二、2025年工作安排\n今年地区生产总值增长6%左右，城镇新增就业12万人以上。")
    values = [r.value for r in _records(path)]
    assert 1800 in values and 12 in values and not {99, 88, 100, 200, 300, 77} & set(values)


def test_html_line_break_between_chinese_characters_is_no_space():
    text, enc = html_text("<p>高新技术企\n  业138家，城镇 新增\n就业</p>".encode(), "x")
    assert text == "高新技术企业138家，城镇 新增就业" and enc == "utf-8"


def test_directories_and_globs_find_every_known_format(tmp_path):
    for name in ("a.txt", "b.docx", "sub/c.pdf", "sub/d.html", "sub/e.htm", "f.xlsx", "g.png"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = {p.name for p in expand_paths([str(tmp_path)])}
    assert found == {"a.txt", "b.docx", "c.pdf", "d.html", "e.htm"}
    assert {p.name for p in expand_paths([str(tmp_path / "**" / "*")])} == found


def test_the_base_install_reads_every_format():
    """Word, PDF (AES-encrypted too) and web pages are read by `pip install -e .` alone."""
    import re
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
    base = {re.match(r"[\w.-]+", d).group().lower() for d in project["dependencies"]}
    assert {"python-docx", "pypdf", "cryptography", "lxml"} <= base
    assert "formats" not in project["optional-dependencies"]


@pytest.mark.parametrize("name, data, reason", [
    ("bad.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
    ("bad.pdf", b"%PDF-1.4\n1 0 obj <<", "not a readable PDF"),
    ("blank.pdf", make_pdf([[]]), "no text layer"),
    ("empty.txt", b"", "empty file"),
    ("space.txt", b"  \n\n ", "empty document"),
    ("junk.bin", bytes(range(256)) * 20, "binary data"),
])
def test_unreadable_files_give_one_line_reasons(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ExtractorError) as err:
        read_document(tmp_path / name)
    assert reason in str(err.value) and name in str(err.value) and "\n" not in str(err.value)


def test_dump_text_holds_what_offsets_index(tmp_path):
    import json

    (tmp_path / "report.docx").write_bytes(make_docx(PARAGRAPHS, TABLE, AFTER))
    out = tmp_path / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path / "report.docx"),
                          "--dump-text", str(tmp_path / "text"), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    text = (tmp_path / "text" / "report.txt").read_bytes().decode("utf-8")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(text[r["start"]:r["end"]] == r["text"] for r in records)


PAGES = Path(__file__).resolve().parent / "assets" / "pages"


@pytest.mark.parametrize("page", ["city-gov.shtml", "province-portal.aspx", "county-news.htm"])
def test_saved_government_pages_give_their_document_only(page):
    """Pages made by hand in the shape of real government sites (a GBK table layout with a menu,
    breadcrumb, font switch, print and close links and an ICP footer; an ASP.NET portal with a
    top bar, search box, nav, share bar, related links and a hidden paragraph; a county page
    whose menu is bare <div>s): only the report's own lines are left."""
    doc = read_document(PAGES / page)
    assert doc.text + "\n" == (PAGES / page).with_suffix(".expected.txt").read_text(encoding="utf-8")
    records = _records(PAGES / page)
    assert records and all("工作安排" != r.section for r in records)
    assert not {99.0, 300.0, 100.0} & {r.value for r in records}


@pytest.mark.parametrize("name", ["page.shtml", "page.aspx", "page.php", "page", "page.txt", "page.dat"])
def test_a_web_page_is_read_as_one_whatever_its_name(tmp_path, name):
    """A style sheet's grayscale(100%) read as plain text became records; a page is told by its bytes."""
    (tmp_path / name).write_bytes((PAGES / "city-gov.shtml").read_bytes())
    doc = read_document(tmp_path / name)
    assert doc.encoding == "gb18030" and "<" not in doc.text and "grayscale" not in doc.text
    assert [r.value for r in _records(tmp_path / name)] == [r.value for r in _records(PAGES / "city-gov.shtml")]


def test_input_format_forces_one(tmp_path):
    import json

    (tmp_path / "page.html").write_bytes(b"<p>\xe6\x96\xb0\xe5\xa2\x9e\xe5\xb0\xb1\xe4\xb8\x9a12\xe4\xb8\x87\xe4\xba\xba</p>")
    assert "<p>" in read_document(tmp_path / "page.html", input_format="text").text
    run = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path / "page.html"),
                          "--input-format", "text"], capture_output=True, text=True)
    assert run.returncode == 0 and json.loads(run.stdout)["sentence"] == "<p>新增就业12万人</p>"
    bad = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path / "page.html"),
                          "--input-format", "rtf"], capture_output=True, text=True)
    assert bad.returncode == 2


def test_a_folder_of_saved_pages_is_searched_and_an_empty_one_lists_what_was_looked_for(tmp_path):
    for name in ("a.shtml", "b.aspx", "c.php", "d.jsp", "e.asp", "f.xhtml"):
        (tmp_path / "pages" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "pages" / name).write_bytes(b"x")
    assert len(expand_paths([str(tmp_path / "pages")])) == 6
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "table.xlsx").write_bytes(b"x")
    run = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path / "other")],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "no input documents found" in run.stderr
    for suffix in (".txt", ".md", ".docx", ".pdf", ".html", ".shtml", ".aspx"):
        assert suffix in run.stderr


def test_an_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    """As root a folder's permissions do not stop a read, so the refusal is simulated."""
    import os

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("新增就业12万人。", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("新增就业12万人。", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    problems = []
    assert [p.name for p in expand_paths([str(tmp_path)], problems)] == ["a.txt"]
    assert len(problems) == 1 and "locked: cannot read folder: Permission denied" in problems[0]


def test_big5_is_read_as_big5_not_gb18030_mojibake(tmp_path):
    text = "\n".join(["2025年政府工作報告", "全市地區生產總值達到1800億元、增長5.2%，新認定國家級高新技術企業138家。"] * 20)
    data = text.encode("big5")
    data.decode("gb18030")  # the trap: Big5 bytes are valid GB18030
    (tmp_path / "tw.txt").write_bytes(data)
    doc = read_document(tmp_path / "tw.txt")
    assert doc.text == text and doc.encoding == "big5hkscs"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_detected(tmp_path, codec):
    text = "\n".join(PARAGRAPHS)
    (tmp_path / "doc.txt").write_bytes(text.encode(codec))
    doc = read_document(tmp_path / "doc.txt")
    assert doc.text == text and doc.encoding == codec


def test_utf16_without_a_byte_order_mark_that_is_not_text_says_so(tmp_path):
    (tmp_path / "doc.txt").write_bytes("新增就业12万人。\n".encode("utf-16-le") * 50 + b"\x01\x00" * 400)
    with pytest.raises(ExtractorError, match="UTF-16 without a byte-order mark"):
        read_document(tmp_path / "doc.txt")


def test_a_web_page_of_unclosed_tags_reads_in_linear_time(tmp_path):
    """html.parser took 24 s for 100 KB of `<p a="`, and grows with the square of the size; a
    megabyte would take hours. The timeout is a guard against a hang, not a measure."""
    code = ("from extractor.reading.formats import html_text\n"
            "for unit in ('<a', '<p a=\"'):\n"
            "    html_text((unit * 200_000).encode(), 'page')\n"
            "print('done')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout == "done\n", done.stderr


def test_files_past_their_size_limit_are_refused_unread(tmp_path, monkeypatch):
    import zipfile

    from extractor import reading
    from extractor.reading import formats

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * 20_000_000)
    (tmp_path / "bomb.docx").write_bytes(bomb.getvalue())
    monkeypatch.setattr(formats, "DOCX_XML_LIMIT", 10_000_000)
    monkeypatch.setattr("docx.Document", lambda *a: pytest.fail("the zip bomb was opened"))
    with pytest.raises(ExtractorError, match="bomb.docx: expands to 20 MB"):
        read_document(tmp_path / "bomb.docx")
    monkeypatch.setattr(reading, "SIZE_LIMIT", dict(reading.SIZE_LIMIT, html=1000, pdf=1000))
    (tmp_path / "big.html").write_bytes(b"<html><body>" + b"<p>x</p>" * 500)
    (tmp_path / "big.pdf").write_bytes(make_pdf([["x" * 100]] * 20))
    for name, fmt in (("big.html", "html"), ("big.pdf", "pdf")):
        with pytest.raises(ExtractorError, match=f"over the 0 MB limit for {fmt} files"):
            read_document(tmp_path / name)


def test_encrypted_pdfs_aes_and_with_a_password(tmp_path):
    import pypdf

    for name, password in (("open.pdf", ""), ("locked.pdf", "secret")):
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf([["新增就业12万人。"]]))))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
        buf = io.BytesIO()
        writer.write(buf)
        (tmp_path / name).write_bytes(buf.getvalue())
    assert read_document(tmp_path / "open.pdf").text == "新增就业12万人。\n"
    with pytest.raises(ExtractorError, match="locked.pdf: encrypted PDF, needs a password"):
        read_document(tmp_path / "locked.pdf")


def test_chapters_numbered_in_brackets_are_siblings_and_the_title_heads_none(tmp_path):
    """A report whose chapters are （一）（二）（三） under its title: the plan's chapter is due at the period's
    end and the year's at its year, not at the year of the title or of the chapter before."""
    text = ("2021年甲市人民政府工作报告\n\n（一）“十三五”发展成就和2020年工作回顾\n\n全市地区生产总值年均增长6.5%。\n\n"
            "（二）“十四五”时期主要目标\n\n高新技术企业达到5000家以上。\n\n（三）2021年重点工作\n\n新增规模以上工业企业300家。\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    got = {r.text: (r.kind, r.year) for r in _records(path)}
    assert got == {"6.5%": ("achievement", 2020), "5000家": ("target", 2025), "300家": ("target", 2021)}
