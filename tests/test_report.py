"""The review page's Python side: text cut at span boundaries, safe JSON, escaped markup, the CLI.

What the page does in a browser is tested in test_report_browser.py.
"""
import json
import re

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor.cli import app
from extractor.models import Record
from extractor.outputs.report import ReportDoc, render, script_json, segments

HOSTILE = ("力争2025年全市工业增加值达到1800亿元<script>window.__pwned = 1</script>。\n"
           '<img src=x onerror="window.__pwned = 2"></textarea></script><!-- & "quotes" \'single\'')


def record(doc: str, text: str, start: int, end: int, n: int = 1, kind: str = "target",
           indicator: str = "工业增加值") -> Record:
    return Record(id=f"{doc}:{n}", doc=doc, kind=kind, indicator=indicator, value=1, unit="个", magnitude=1,
                  comparator="=", year=2025, start=start, end=end, text=text[start:end], sentence=text, rule="test")


def test_segments_split_overlapping_nested_and_adjacent_spans():
    text = "abcdefghij"
    spans = [(1, 4), (3, 6), (6, 8), (0, 10), (6, 8)]
    assert segments(text, spans) == [
        (0, 1, (3,)), (1, 3, (0, 3)), (3, 4, (0, 1, 3)), (4, 6, (1, 3)), (6, 8, (2, 3, 4)), (8, 10, (3,))]


def test_segments_of_a_text_without_spans_is_the_whole_text():
    assert segments("abc", []) == [(0, 3, ())]


@given(st.data())
def test_segments_cover_the_text_and_each_span_exactly(data):
    text = data.draw(st.text(min_size=1, max_size=30))
    n = len(text)
    spans = []
    for _ in range(data.draw(st.integers(0, 6))):
        start = data.draw(st.integers(0, n - 1))
        spans.append((start, data.draw(st.integers(start + 1, n))))
    pieces = segments(text, spans)
    assert "".join(text[a:b] for a, b, _ in pieces) == text
    for i, (s, e) in enumerate(spans):
        assert "".join(text[a:b] for a, b, cover in pieces if i in cover) == text[s:e]
        assert all((s <= a and b <= e) == (i in cover) for a, b, cover in pieces)


def test_script_json_cannot_close_the_script_element():
    data = {"x": "</script><!-- <script> & \u2028"}
    out = script_json(data)
    assert not set("<>&") & set(out)
    assert json.loads(out) == data


def test_document_text_is_escaped_and_only_the_pages_own_scripts_exist():
    doc = "<b>hostile"
    page = render([ReportDoc(doc, "x.txt", HOSTILE, [record(doc, HOSTILE, HOSTILE.index("1800"), HOSTILE.index("<script>"))])])
    assert len(re.findall(r"<script\b", page)) == 2  # the JSON data and the page's own code
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page and "<img" not in page and "<b>" not in page
    assert "&lt;/textarea&gt;&lt;/script&gt;&lt;!--" in page


def test_content_security_policy_allows_only_the_pages_script_by_hash():
    import base64
    import hashlib

    page = render([ReportDoc("d", "d.txt", "abc", [])])
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    code = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy


def test_report_command_writes_a_page_with_a_diff_tab_for_two_documents(tmp_path):
    (tmp_path / "a.txt").write_text("2024年工作回顾\n新认定国家级高新技术企业138家。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2025年工作安排\n力争2025年全市工业增加值达到1800亿元。\n", encoding="utf-8")
    runner = CliRunner()
    two = runner.invoke(app, ["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(tmp_path / "two.html")])
    one = runner.invoke(app, ["report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "one.html")])
    assert two.exit_code == 0 and one.exit_code == 0, two.output + one.output
    assert 'id="diff"' in (tmp_path / "two.html").read_text(encoding="utf-8")
    assert 'id="diff"' not in (tmp_path / "one.html").read_text(encoding="utf-8")


def test_report_command_reports_a_missing_input_and_exits_1(tmp_path):
    (tmp_path / "a.txt").write_text("新认定国家级高新技术企业138家。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"),
                                      "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert (tmp_path / "r.html").exists()


def test_a_table_is_shown_as_a_table_with_its_cell_records_highlighted():
    from extractor.pipeline import extract_text

    text = ("2021年政府工作报告\n\n| 指标 | 单位 | 2020年 | 2025年 |\n| --- | --- | --- | --- |\n"
            "| 森林覆盖率 | % | 23 | 25左右 |\n\n森林覆盖率达到25%。\n")
    records = extract_text(text, "plan")
    html = render([ReportDoc("plan", "plan.md", text, records)])
    table = re.search(r'<table class="src">(.*?)</table>', html, re.S).group(1)
    assert "".join(re.findall(r'<span class="sep">(.*?)</span>', table, re.S)).count("|") == text.count("|")
    cells = [re.sub(r'<span class="sep">.*?</span>', "", c, flags=re.S) for c in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)]
    assert cells[:4] == ["指标", "单位", "2020年", "2025年"] and not any("---" in c for c in cells)
    assert re.fullmatch(r'<mark class="a s" data-r="0" tabindex="0">23</mark>', cells[6])
    assert re.fullmatch(r'<mark class="t s" data-r="1" tabindex="0">25</mark>左右', cells[7])
    after = html[html.index("</table>"):]
    assert re.search(r'<mark class="t s" data-r="2" tabindex="0">25%</mark>', after)  # the prose after the table


def test_a_document_whose_records_do_not_index_its_text_is_left_out_not_the_page(tmp_path):
    """`build` with one input changed while it ran: the page still shows every other document."""
    from pathlib import Path

    from extractor.outputs.report import write_report
    from extractor.pipeline import DocResult, extract_document
    from extractor.reading import read_document

    data = Path(__file__).resolve().parents[1] / "data"
    good, changed = (extract_document(read_document(p)) for p in sorted(data.glob("*.txt")))
    changed = DocResult(changed.doc, changed.path, changed.chars, changed.year, changed.year_source,
                        changed.encoding, changed.records, "rewritten while the run went on")
    problems = write_report([good, changed], tmp_path / "page.html")
    assert len(problems) == 1 and changed.path in problems[0]
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert 'id="doc-0"' in page and 'id="doc-1"' not in page and good.doc in page
