"""`kg eval --texts DIR --gold FILE`: scoring on any folder of texts against a gold TSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_kg
from kg.base.errors import KGError
from kg.extraction.goldeval import load_gold, names_match

HEADER = "file\turl\tsubject\trelation\tobject\tpolarity\tevidence\tnote\n"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("DeSantis", "Ron DeSantis", True),
        ("the Florida Sheriffs Association", "Florida Sheriffs Association", True),
        ("Texas Justice & Public Safety PAC", "Texas Justice and Public Safety PAC", True),
        ("George Gascón", "George Gascon", True),
        ("Eileen O’Neill Burke", "Eileen O'Neill Burke", True),
        ("Daniel O’Keefe", "Daniel OKeefe", True),
        ("Boston Police Patrolmen’s Association", "Boston Police Patrolmen's Association", True),
        ("Riverside Sheriff's Association", "Riverside Sheriffs' Association", True),
        ("Police Officers Association", "Police Officers' Association", True),
        ("J.B. Pritzker", "JB Pritzker", True),
        ("J. B. Pritzker", "JB Pritzker", True),
        ("Mike Gmoser", "Michael Gmoser", True),
        ("Bill Smith", "William Smith", True),
        ("R.E. “Trip” Chalkley III", "R.E. “Trip” Chalkley", True),
        ("Willie Rideout Jr.", "Willie Rideout", True),
        ("Tom Jones", "Tim Jones", False),
        ("Mike Gmoser", "Michael Smith", False),
        ("Ron DeSantis", "Rick Scott", False),
        ("Monique Worrell", "Worrell campaign", False),
        ("Fraternal Order of Police", "Fraternal Order of Police Lodge 5", False),
        ("", "Ron DeSantis", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same
    assert names_match(b, a) is same


def _project(tmp_path: Path, text: str, gold_rows: list[str]) -> tuple[Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "t-01.txt").write_text(text, encoding="utf-8")
    (texts / "t-02.txt").write_text("The weather was fine on Monday.\n", encoding="utf-8")
    gold = tmp_path / "gold.tsv"
    gold.write_text(HEADER + "".join(r + "\n" for r in gold_rows), encoding="utf-8")
    return texts, gold


def test_scores_a_folder_against_its_gold(tmp_path: Path) -> None:
    texts, gold = _project(
        tmp_path,
        "The Springfield Police Union sued District Attorney Jane Roe on Monday.\n",
        [
            "t-01.txt\t\tSpringfield Police Union\tsued\tJane Roe\t+\tsued District Attorney Jane Roe\t",
            "t-01.txt\t\tJane Roe\tsued\tSpringfield Police Union\t+\t(a fact the text lacks)\tmiss",
        ],
    )
    res = run_kg(REPO, "eval", "--texts", str(texts), "--gold", str(gold), "--json")
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    sued = next(r for r in report["rows"] if r["relation"] == "sued")
    assert (sued["gold"], sued["found"], sued["correct"]) == (2, 1, 1)
    assert report["files"] == ["t-01.txt", "t-02.txt"]
    assert [m["line"] for m in report["misses"]] == [3]


def test_a_retracted_endorsement_output_as_current_is_counted(tmp_path: Path) -> None:
    texts, gold = _project(
        tmp_path,
        "The Springfield Police Union endorsed District Attorney Jane Roe in May.\n",
        ["t-01.txt\t\tSpringfield Police Union\tendorsed\tJane Roe\t-\tendorsed\tsaid to be retracted"],
    )
    res = run_kg(REPO, "eval", "--texts", str(texts), "--gold", str(gold), "--json")
    report = json.loads(res.output)
    assert len(report["negated_or_retracted_output_as_current"]) == 1
    assert report["overall"]["correct"] == 0


def test_a_pair_stated_both_ways_is_no_retraction_output_as_current(tmp_path: Path) -> None:
    # endorsed once, withdrawn later: a current proposal states the + row, not the - one
    texts, gold = _project(
        tmp_path,
        "The Springfield Police Union endorsed District Attorney Jane Roe in May.\n",
        [
            "t-01.txt\t\tSpringfield Police Union\tendorsed\tJane Roe\t-\twithdrew\tlater",
            "t-01.txt\t\tSpringfield Police Union\tendorsed\tJane Roe\t+\tendorsed\tin May",
        ],
    )
    res = run_kg(REPO, "eval", "--texts", str(texts), "--gold", str(gold), "--json")
    report = json.loads(res.output)
    assert report["negated_or_retracted_output_as_current"] == []
    assert report["overall"]["correct"] == 1


def test_text_report_has_the_table(tmp_path: Path) -> None:
    texts, gold = _project(tmp_path, "Nothing happened.\n", [])
    res = run_kg(REPO, "eval", "--texts", str(texts), "--gold", str(gold))
    assert res.exit_code == 0
    assert "2 texts, 0 gold rows" in res.output and "overall" in res.output


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("t-01.txt\t\tA\tpraised\tB\t+\t\t", "relation 'praised' is not one of"),
        ("t-01.txt\t\tA\tsued\tB\t?\t\t", "polarity '?' is not + or -"),
        ("t-01.txt\t\t\tsued\tB\t+\t\t", "must not be empty"),
    ],
)
def test_bad_gold_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    _, gold = _project(tmp_path, "x\n", [row])
    with pytest.raises(KGError) as e:
        load_gold(gold)
    assert message in str(e.value) and ":2" in str(e.value)


def test_usage_errors(tmp_path: Path) -> None:
    texts, gold = _project(tmp_path, "x\n", ["t-09.txt\t\tA\tsued\tB\t+\t\t"])
    assert run_kg(REPO, "eval", "--texts", str(texts)).exit_code == 2
    assert run_kg(REPO, "eval", "--json").exit_code == 2
    res = run_kg(REPO, "eval", "--texts", str(texts), "--gold", str(gold))
    assert res.exit_code == 1 and "t-09.txt" in res.output and "line 2" in res.output


def test_the_dev_set_gold_file_loads() -> None:
    rows = load_gold(REPO / "annotations" / "news-dev" / "gold.tsv")
    assert len(rows) > 100
    assert {r.relation for r in rows} == {"sued", "funded", "endorsed", "opposed"}
    assert all(r.url.startswith("http") for r in rows)
