"""Make appendix.pdf and plan.pdf: the tables of tests/tablespec.py printed by Chromium.

Run once, by hand: python tests/assets/tables/make_pdfs.py FONT.ttf (a CJK TrueType font,
e.g. SimHei.ttf; Chromium embeds the glyphs used, so the PDFs read anywhere). The PDFs are
committed; the tests only read them.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402
from tablespec import (APPENDIX_HEADER, APPENDIX_ROWS, APPENDIX_TITLE, PLAN_HEADER, PLAN_ROWS,  # noqa: E402
                       PLAN_TITLE, html)


def page(font: str, title: str, header, rows) -> str:
    table = html(header, rows).replace("<table>", '<table border="1" cellpadding="4" style="border-collapse:collapse">')
    table = table.replace("<th>", "<td>").replace("</th>", "</td>")  # bold headers print letter-spaced
    paras = "".join(f"<p>{line}</p>" for line in title.split("\n"))
    return (f'<html><head><meta charset="utf-8"><style>@font-face {{ font-family: C; src: url("{font}"); }}'
            f"body {{ font-family: C; font-size: 12px; }}</style></head><body>{paras}{table}"
            "<p>以上数据为统计快报数。</p></body></html>")


def main(font: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for name, title, header, rows in (("appendix", APPENDIX_TITLE, APPENDIX_HEADER, APPENDIX_ROWS),
                                          ("plan", PLAN_TITLE, PLAN_HEADER, PLAN_ROWS)):
            source = HERE / f"{name}.html"
            source.write_text(page(Path(font).resolve().as_uri(), title, header, rows), encoding="utf-8")
            tab = browser.new_page()
            tab.goto(source.as_uri())
            tab.wait_for_timeout(300)
            tab.pdf(path=str(HERE / f"{name}.pdf"), format="A4")
            source.unlink()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1])
