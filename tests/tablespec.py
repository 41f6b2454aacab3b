"""Two indicator tables written for the tests, and the records each cell must give.

APPENDIX is a report's appendix of five-year figures (数据汇总表: 指标 · 单位 · 2011年 · 2016年 ·
五年累计 · 五年平均增长), PLAN a five-year plan's 专栏 of targets (指标 · 单位 · 2020年 · 2025年 ·
年均/累计 · 属性) with a parent row and its sub-rows. Each is rendered as Markdown, Word, HTML
and (committed, tests/assets) PDF; the expected records are written from the tables' meaning,
not from the extractor's output.
"""

APPENDIX_HEADER = ["序号", "指标", "单位", "2011年", "2016年", "五年累计", "五年平均增长（%）"]
APPENDIX_ROWS = [
    ["1", "地区生产总值", "亿元", "5120.36", "7436.80", "31688.15", "7.9（可比价）"],
    ["2", "人均地区生产总值", "元", "26410", "37460", "-", "7.2"],
    ["3", "一般公共预算收入", "亿元", "451.2", "786.5", "3180.4", "11.8"],
    ["4", "全社会固定资产投资", "亿元", "4107.5", "8230.1", "32715.6", "14.9"],
    ["5", "社会消费品零售总额", "亿元", "1687.3", "2958.2", "11962.7", "11.9"],
    ["6", "进出口总额", "亿美元", "102.4", "147.8", "621.3", "7.6"],
    ["7", "城镇常住居民人均可支配收入", "元", "18954", "28602", "-", "8.6"],
    ["8", "农村常住居民人均可支配收入", "元", "6823", "10917", "-", "9.9"],
]
APPENDIX_DOC_YEAR = 2017

PLAN_HEADER = ["指标", "单位", "2020年", "2025年", "年均增长（%）", "属性"]
PLAN_ROWS = [
    ["地区生产总值增长", "%", "3.9", "", "6左右", "预期性"],
    ["全员劳动生产率", "万元/人", "12.6", "16.5", "5.5", "预期性"],
    ["常住人口城镇化率", "%", "58.2", "63", "", "预期性"],
    ["主要污染物排放量削减率", "", "", "", "", ""],
    ["其中：化学需氧量", "%", "", "8", "", "约束性"],
    ["其中：氨氮", "%", "", "8", "", "约束性"],
    ["森林覆盖率", "%", "36.1", "37.5", "", "约束性"],
]
PLAN_DOC_YEAR = 2021


def expected_appendix() -> list[dict]:
    """What each numeric cell of APPENDIX means: the record fields an analyst wants."""
    out = []
    for _, label, unit, v11, v16, total, growth in APPENDIX_ROWS:
        out.append(dict(text=v11, indicator=label, value=float(v11), unit=unit, year=2011, kind="achievement",
                        change=None, basis=None))
        out.append(dict(text=v16, indicator=label, value=float(v16), unit=unit, year=2016, kind="achievement",
                        change=None, basis=None))
        if total != "-":
            out.append(dict(text=total, indicator=label, value=float(total), unit=unit, year=2016,
                            kind="achievement", change=None, basis="cumulative"))
        g = growth.split("（")[0]
        out.append(dict(text=g, indicator=label, value=float(g), unit="%", year=2016, kind="achievement",
                        change="increase", basis="per_year"))
    return out


def expected_plan() -> list[dict]:
    out = []
    parent = ""
    for label, unit, v20, v25, growth, attr in PLAN_ROWS:
        if not any((v20, v25, growth)):
            parent = label
            continue
        name = label.removeprefix("其中：")
        if label.startswith("其中："):
            name += parent[parent.index("排放量"):]
        change = "increase" if name.endswith("增长") else None
        name = name.removesuffix("增长")
        binding = {"预期性": "anticipatory", "约束性": "binding"}[attr]
        if v20:
            out.append(dict(text=v20, indicator=name, value=float(v20), unit=unit, year=2020, kind="achievement",
                            change=change, basis=None, binding=binding))
        if v25:
            out.append(dict(text=v25, indicator=name, value=float(v25), unit=unit, year=2025, kind="target",
                            change=change, basis=None, binding=binding))
        if growth:
            g = growth.removesuffix("左右")
            out.append(dict(text=g, indicator=name, value=float(g), unit="%", year=2025, kind="target",
                            change="increase", basis="per_year", binding=binding,
                            comparator="~" if growth.endswith("左右") else "="))
    return out


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def html(header: list[str], rows: list[list[str]]) -> str:
    cells = lambda r, tag: "".join(f"<{tag}>{c}</{tag}>" for c in r)  # noqa: E731
    body = "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows)
    return f"<table><tr>{cells(header, 'th')}</tr>{body}</table>"


def docx(path, title: str, header: list[str], rows: list[list[str]]) -> None:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for i, row in enumerate([header] + rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    document.add_paragraph("以上数据为统计快报数。")
    document.save(path)


APPENDIX_TITLE = "2017年政府工作报告\n附件\n“十二五”时期主要经济指标完成情况"
PLAN_TITLE = "2021年政府工作报告\n专栏1 “十四五”时期经济社会发展主要指标"
