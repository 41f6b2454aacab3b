"""Word, PDF, HTML and GBK inputs give the same records as their plain-text twins."""
import subprocess
import sys
from pathlib import Path

import pytest
from docgen import make_docx, make_pdf

from extractor.errors import ExtractorError
from extractor.reading.formats import html_text, join_lines
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


def test_join_lines_keeps_headings_and_dehyphenates():
    lines = ["A heading", "the extraction of quantified targets from re-", "ports works on lines that run to the",
             "margin.", "Next paragraph."]
    assert join_lines(lines) == ("A heading\nthe extraction of quantified targets from reports works on lines that"
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
