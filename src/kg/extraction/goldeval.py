"""`kg eval --texts DIR --gold FILE`: extraction scored on any folder of texts against a gold file.

The gold file is tab-separated, UTF-8, with a header line naming at least the columns
    file  subject  relation  object  polarity
(and usually url, evidence, note): one fact per row, `file` a text file of DIR, `relation` one of
sued, funded, endorsed, opposed, `polarity` + (stated as happening) or - (negated or retracted).
Subjects and objects are the fullest name the text gives. This is the format of the project's own
real-news dev set (annotations/news-dev/gold.tsv, texts kept out of git).

Matching: a proposal matches a gold row of the same file when
  1. their relations agree: gold `sued` takes a proposal of the sued family; gold `opposed` any
     relation under opposed (sued included); gold `funded` / `endorsed` their own family or the
     general `supported`;
  2. subject and object names agree (`names_match`: equal after folding case, accents, punctuation,
     a plural's "s" ("Sheriff's" ~ "Sheriffs'"), initials ("J.B." ~ "JB") and a leading "the", or
     the shorter name's words all in the longer one with the same last word: "DeSantis" ~ "Ron
     DeSantis", "the Florida Sheriffs Association" ~ "Florida Sheriffs Association");
  3. the polarity agrees (a negated proposal for a - row).
Precision and recall count positive facts: a proposal output as current that matches a - row is a
false positive, and is counted again on its own ("negated or retracted output as current"), unless
it also matches a + row of the same file (a pair the text states both ways: endorsed in 1996,
withdrawn in 2000).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.base.errors import KGError
from kg.base.ontology import Ontology
from kg.extraction.evaluate import EVAL_RELATIONS, Row
from kg.extraction.extract import Extractor, Proposal
from kg.extraction.fullnames import GENERATIONS, first_name_of

REQUIRED = ("file", "subject", "relation", "object", "polarity")


@dataclass
class GoldRow:
    file: str
    subject: str
    relation: str
    object: str
    polarity: str
    line: int
    url: str = ""
    evidence: str = ""
    note: str = ""

    @property
    def positive(self) -> bool:
        return self.polarity == "+"


def load_gold(path: Path) -> list[GoldRow]:
    """The rows of a gold TSV; a bad row is a KGError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KGError("gold file not found", path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(f"cannot read gold file: {e}", path) from None
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise KGError(f"gold file lacks the column(s) {', '.join(missing)} in its header", path, 1)
    rows = []
    for i, rec in enumerate(reader, start=2):
        vals = {k: (v or "").strip() for k, v in rec.items() if k is not None}
        if not any(vals.values()):
            continue
        if vals["relation"] not in EVAL_RELATIONS:
            raise KGError(f"relation {vals['relation']!r} is not one of {', '.join(EVAL_RELATIONS)}", path, i)
        if vals["polarity"] not in ("+", "-"):
            raise KGError(f"polarity {vals['polarity']!r} is not + or -", path, i)
        if not (vals["file"] and vals["subject"] and vals["object"]):
            raise KGError("file, subject and object must not be empty", path, i)
        rows.append(
            GoldRow(
                file=vals["file"],
                subject=vals["subject"],
                relation=vals["relation"],
                object=vals["object"],
                polarity=vals["polarity"],
                line=i,
                url=vals.get("url", ""),
                evidence=vals.get("evidence", ""),
                note=vals.get("note", ""),
            )
        )
    return rows


def _words(name: str) -> list[str]:
    s = name.replace("’", "'").replace("‘", "'")  # one apostrophe: "O’Neill" is "O'Neill"
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()
    s = s.replace("&", " and ").replace("'s ", " ").replace("'", "")
    words: list[str] = []
    prev_initial = False
    for w in re.findall(r"[a-z0-9]+", s):
        if len(w) == 1 and words and len(words[-1]) < 4 and words[-1].isalpha() and prev_initial:
            words[-1] += w  # "J.B." is "JB"
        else:
            words.append(w)
        prev_initial = len(w) == 1
    words = [x for w in words for x in (["political", "action", "committee"] if w == "pac" else [w])]
    # a plural's "s" does not count: "Sheriff's Association" and "Sheriffs' Association" are spelled
    # both ways in one article
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    return words[1:] if words[:1] == ["the"] else words


def names_match(a: str, b: str) -> bool:
    """A and B name one actor: the same words, or the shorter's words among the longer's with
    the same last word ("Krasner", "Larry Krasner"). A generational suffix does not count ("R.E.
    Chalkley III" is "R.E. Chalkley"), and a first name may be written short ("Mike Gmoser" is
    "Michael Gmoser")."""
    wa, wb = _bare(_words(a)), _bare(_words(b))
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = sorted((wa, wb), key=len)
    if short[-1] == long_[-1] and set(short) <= set(long_):
        return True
    return (
        len(short) == len(long_) >= 2
        and short[1:] == long_[1:]
        and (first_name_of(short[0], long_[0]) or first_name_of(long_[0], short[0]))
    )


def _bare(words: list[str]) -> list[str]:
    """WORDS without a generational suffix at the end."""
    return words[:-1] if len(words) > 2 and words[-1] in GENERATIONS else words


def relations_agree(proposed: str, gold: str, onto: Ontology) -> bool:
    if gold in ("opposed", "sued"):
        return proposed in onto.relation_descendants(gold)
    return proposed in onto.relation_descendants(gold) or proposed == "supported"


@dataclass
class GoldReport:
    rows: list[Row]
    overall: Row
    negated_as_current: list[tuple[Proposal, GoldRow]] = field(default_factory=list)
    negations_found: int = 0
    misses: list[GoldRow] = field(default_factory=list)
    false_positives: list[Proposal] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    threshold: float = 0.5

    def as_json(self) -> dict[str, object]:
        def row(r: Row) -> dict[str, object]:
            return {
                **asdict(r),
                "precision": round(r.precision, 4),
                "recall": round(r.recall, 4),
                "f1": round(r.f1, 4),
            }

        def prop(p: Proposal) -> dict[str, object]:
            return {
                "file": p.document,
                "subject": p.subject.name,
                "relation": p.relation,
                "object": p.object.name,
                "negated": p.negated,
                "confidence": p.confidence,
                "rule": p.rule,
                "quote": p.evidence[0][0] if p.evidence else p.quote,
            }

        return {
            "files": self.files,
            "threshold": self.threshold,
            "rows": [row(r) for r in self.rows],
            "overall": row(self.overall),
            "negated_or_retracted_output_as_current": [
                {**prop(p), "gold_line": g.line} for p, g in self.negated_as_current
            ],
            "negations_found": self.negations_found,
            "misses": [asdict(g) for g in self.misses],
            "false_positives": [prop(p) for p in self.false_positives],
        }


def _row_of(relation: str, onto: Ontology) -> str:
    """The evaluation row of a proposal's relation that matched no gold row."""
    if relation in onto.relation_descendants("sued"):
        return "sued"
    if relation in onto.relation_descendants("opposed"):
        return "opposed"
    if relation in onto.relation_descendants("funded"):
        return "funded"
    return "endorsed"  # endorsed and the general `supported`


def evaluate_gold(
    extractor: Extractor,
    onto: Ontology,
    texts: dict[str, str],
    gold: list[GoldRow],
    threshold: float = 0.5,
) -> GoldReport:
    """Score EXTRACTOR on TEXTS (file name -> text) against GOLD."""
    evaluated = set(onto.relation_descendants("opposed")) | set(onto.relation_descendants("supported"))
    props: list[Proposal] = []
    negated: list[Proposal] = []
    for _name, found in extractor.extract((t, n) for n, t in texts.items()):
        for p in found:
            if p.relation not in evaluated or p.confidence < threshold:
                continue
            (negated if p.negated else props).append(p)
    by_file: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_file.setdefault(g.file, []).append(i)

    def agrees(p: Proposal, g: GoldRow) -> bool:
        return (
            p.document == g.file
            and relations_agree(p.relation, g.relation, onto)
            and names_match(p.subject.name, g.subject)
            and names_match(p.object.name, g.object)
        )

    hit_gold: set[int] = set()
    prop_row: dict[int, str] = {}
    matched: set[int] = set()
    negated_as_current: list[tuple[Proposal, GoldRow]] = []
    for pi, p in enumerate(props):
        denied: GoldRow | None = None
        for gi in by_file.get(p.document, []):
            g = gold[gi]
            if not agrees(p, g):
                continue
            if g.positive:
                hit_gold.add(gi)
                matched.add(pi)
                prop_row.setdefault(pi, g.relation)
            elif denied is None:
                denied = g
        # a pair the text states both ways (endorsed in 1996, withdrawn in 2000): a current
        # proposal states the positive fact, not the denied one
        if denied is not None and pi not in matched:
            negated_as_current.append((p, denied))
    negations_found = {
        gi
        for p in negated
        for gi in by_file.get(p.document, [])
        if not gold[gi].positive and agrees(p, gold[gi])
    }
    rows = []
    for rel in EVAL_RELATIONS:
        gs = [i for i, g in enumerate(gold) if g.positive and g.relation == rel]
        ps = [i for i in range(len(props)) if prop_row.get(i, _row_of(props[i].relation, onto)) == rel]
        rows.append(
            Row(
                rel,
                gold=len(gs),
                predicted=len(ps),
                correct=sum(i in matched for i in ps),
                found=sum(i in hit_gold for i in gs),
            )
        )
    positives = [i for i, g in enumerate(gold) if g.positive]
    overall = Row(
        "overall",
        gold=len(positives),
        predicted=len(props),
        correct=len(matched),
        found=len(hit_gold & set(positives)),
    )
    return GoldReport(
        rows=rows,
        overall=overall,
        negated_as_current=negated_as_current,
        negations_found=len(negations_found),
        misses=[g for i, g in enumerate(gold) if g.positive and i not in hit_gold],
        false_positives=[p for i, p in enumerate(props) if i not in matched],
        files=sorted(texts),
        threshold=threshold,
    )


def read_texts(folder: Path, gold: list[GoldRow]) -> dict[str, str]:
    """The texts of FOLDER that the gold names, plus every other .txt file in it (a text with no gold
    row is scored for false positives). A gold row naming a missing file is an error."""
    from kg.curate.reading import read_document

    if not folder.is_dir():
        raise KGError("not a folder of texts", folder)
    names = sorted({g.file for g in gold} | {p.name for p in folder.glob("*.txt")})
    out = {}
    for name in names:
        path = folder / name
        if not path.is_file():
            line = next(g.line for g in gold if g.file == name)
            raise KGError(f"the gold file names {name!r} (line {line}), which is not in {folder}")
        out[name] = read_document(path)
    return out


def format_gold_details(report: GoldReport) -> list[str]:
    lines = [f"Misses ({len(report.misses)}): gold facts that no proposal matched"]
    for g in report.misses:
        lines.append(f"  {g.file}:{g.line}: {g.subject} {g.relation} {g.object}")
        if g.evidence:
            lines.append(f"      “{g.evidence}”")
    lines.append(f"False positives ({len(report.false_positives)}): proposals that match no gold fact")
    for p in report.false_positives:
        lines.append(
            f"  {p.document}: {p.subject.name} {p.relation} {p.object.name} [{p.rule}, {p.confidence:.2f}]"
        )
        q = " ".join((p.evidence[0][0] if p.evidence else p.quote).split())
        lines.append(f"      “{q if len(q) <= 220 else q[:219] + '…'}”")
    return lines
