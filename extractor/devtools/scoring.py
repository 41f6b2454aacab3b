"""Score predicted records against a gold file, exactly as ANNOTATION.md says."""
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExtractorError
from ..models import Record
from ..core.numerals import APPROX_MARKS, MAGNITUDES

SCALES = tuple(sorted(MAGNITUDES.items(), key=lambda kv: -len(kv[0])))  # 万亿 before 万


@dataclass
class Gold:
    id: str
    kind: str
    indicator: str
    value: float
    value_max: float | None
    unit: str
    comparator: str
    year: int | None
    optional: bool
    start: int
    end: int
    change: str | None = None
    basis: str | None = None


@dataclass
class Score:
    doc: str
    predicted: int
    gold_required: int
    matched: list[tuple[Record, Gold]] = field(default_factory=list)
    spurious: list[Record] = field(default_factory=list)
    missed: list[Gold] = field(default_factory=list)
    strict_ok: int = 0

    def _ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def required_pairs(self) -> list[tuple[Record, Gold]]:
        return [(p, g) for p, g in self.matched if not g.optional]

    @property
    def precision(self) -> float:
        return self._ratio(len(self.required_pairs), len(self.required_pairs) + len(self.spurious))

    @property
    def recall(self) -> float:
        return self._ratio(len(self.required_pairs), self.gold_required)

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, field_name: str) -> float:
        pairs = self.required_pairs
        if field_name == "year":
            pairs = [(p, g) for p, g in pairs if g.year is not None]
        return self._ratio(sum(field_ok(field_name, p, g) for p, g in pairs), len(pairs))

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict_ok, len(self.required_pairs) + len(self.spurious))

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict_ok, self.gold_required)


def _unit_scale(unit: str) -> tuple[float, str]:
    unit = unicodedata.normalize("NFKC", unit).replace(" ", "").translate({ord(c): None for c in APPROX_MARKS})
    for prefix, scale in SCALES:
        if unit.startswith(prefix) and len(unit) >= len(prefix):
            return scale, unit[len(prefix):]
    return 1.0, unit


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def value_agrees(p: Record, g: Gold) -> bool:
    ps, pu = _unit_scale(p.unit)
    gs, gu = _unit_scale(g.unit)
    if pu != gu and pu and gu:
        return False
    if pu != gu and ps == 1.0 and gs == 1.0:
        return False
    vmax = lambda v, s: None if v is None else v * s  # noqa: E731
    return _same(p.value * ps, g.value * gs) and _same(vmax(p.value_max, ps), vmax(g.value_max, gs))


def lcs_ratio(a: str, b: str) -> float:
    """2 × longest common substring / (sum of lengths), spaces removed."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b:
        return 0.0
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return 2 * best / (len(a) + len(b))


def field_ok(name: str, p: Record, g: Gold) -> bool:
    if name == "indicator":
        return lcs_ratio(p.indicator, g.indicator) >= 0.6
    return getattr(p, name) == getattr(g, name)


STRICT = ("kind", "indicator", "comparator", "change", "basis")


def all_right(p: Record, g: Gold) -> bool:
    """Every field right: kind, indicator, comparator, change and basis, and year where gold has one."""
    return all(field_ok(f, p, g) for f in STRICT) and (g.year is None or p.year == g.year)


def load_gold(path: Path, text: str) -> list[Gold]:
    """Gold records with their value_text spans located in `text`."""
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read gold file: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            q, vt = r["quote"], r["value_text"]
            qs = text.find(q)
            if qs < 0 or vt not in q:
                raise ExtractorError(f"{path}:{n}: quote or value_text not found in the document")
            start = qs + q.index(vt)
            out.append(Gold(r["id"], r["kind"], r["indicator"], float(r["value"]),
                            None if r["value_max"] is None else float(r["value_max"]),
                            r["unit"], r["comparator"], r["year"], bool(r.get("optional")),
                            start, start + len(vt), r.get("change"), r.get("basis")))
        except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
            raise ExtractorError(f"{path}:{n}: not a gold record: {exc}") from exc
    return out


def score(doc: str, predicted: list[Record], gold: list[Gold]) -> Score:
    """Match predictions to gold (overlapping span, same value and unit after scaling)."""
    result = Score(doc, len(predicted), sum(not g.optional for g in gold))
    used: set[int] = set()
    for p in predicted:
        best = None
        for i, g in enumerate(gold):
            if i in used or p.end <= g.start or g.end <= p.start or not value_agrees(p, g):
                continue
            if best is None or (g.start == p.start) > (gold[best].start == p.start):
                best = i
        if best is None:
            result.spurious.append(p)
            continue
        used.add(best)
        g = gold[best]
        result.matched.append((p, g))
        if not g.optional and all_right(p, g):
            result.strict_ok += 1
    result.missed = [g for i, g in enumerate(gold) if i not in used and not g.optional]
    return result


def report(s: Score, text: str) -> str:
    """The score table, then every miss and spurious record with its context."""
    f1 = Score.f1(s.precision, s.recall)
    strict = Score.f1(s.strict_precision, s.strict_recall)
    lines = [
        f"document: {s.doc}",
        f"predicted {s.predicted}, gold required {s.gold_required}, matched {len(s.required_pairs)}",
        f"precision {s.precision:.3f}",
        f"recall {s.recall:.3f}",
        f"f1 {f1:.3f}",
        f"kind accuracy {s.accuracy('kind'):.3f}",
        f"indicator accuracy {s.accuracy('indicator'):.3f}",
        f"year accuracy {s.accuracy('year'):.3f}",
        f"comparator accuracy {s.accuracy('comparator'):.3f}",
        f"change accuracy {s.accuracy('change'):.3f}",
        f"basis accuracy {s.accuracy('basis'):.3f}",
        f"strict f1 {strict:.3f}",
    ]
    ctx = lambda a, b: text[max(0, a - 20):b + 20].replace("\n", "⏎")  # noqa: E731
    if s.missed:
        lines.append("\nmissed:")
        lines += [f"  {g.start}-{g.end} {text[g.start:g.end]!r} [{g.indicator}] … {ctx(g.start, g.end)}"
                  for g in s.missed]
    if s.spurious:
        lines.append("\nspurious:")
        lines += [f"  {p.start}-{p.end} {p.text!r} [{p.indicator}] ({p.rule}) … {ctx(p.start, p.end)}"
                  for p in s.spurious]
    wrong = [(p, g) for p, g in s.required_pairs if not all_right(p, g)]
    if wrong:
        lines.append("\nwrong fields:")
        for p, g in wrong:
            diffs = [f"{f}: {getattr(p, f)!r} ≠ {getattr(g, f)!r}" for f in ("year",) + STRICT
                     if not (field_ok(f, p, g) if f != "year" else (g.year is None or p.year == g.year))]
            lines.append(f"  {p.text!r}: " + "; ".join(diffs))
    return "\n".join(lines)
