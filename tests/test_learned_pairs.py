"""bench/learned_pairs.py: the learned pair classifier measured beside the rules, on tiny sets of
self-written sentences (the real run needs the dev sets' texts, which are not in git)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "bench" / "learned_pairs.py"
HEADER = "file\tsubject\trelation\tobject\tpolarity\tevidence\n"


def _module():
    spec = importlib.util.spec_from_file_location("learned_pairs", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["learned_pairs"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_the_model_learns_which_features_mark_a_relation() -> None:
    lp = _module()
    pairs = [lp.Pair("s", "d", "A", "B", ["lca:endorse", "ka:name"], {"endorsed"}) for _ in range(20)]
    pairs += [lp.Pair("s", "d", "A", "C", ["lca:meet", "ka:name"]) for _ in range(20)]
    pairs += [lp.Pair("s", "d", "C", "A", ["lca:sue", "ka:name"], {"sued", "opposed"}) for _ in range(20)]
    model = lp.Model(pairs)
    endorse, meet, sue = (
        model.predict(lp.Pair("s", "d", "X", "Y", [f"lca:{w}", "ka:name"]))
        for w in ("endorse", "meet", "sue")
    )
    e, s, o = lp.RELS.index("endorsed"), lp.RELS.index("sued"), lp.RELS.index("opposed")
    assert endorse[e] > 0.9 and meet[e] < 0.1 and sue[e] < 0.1
    assert sue[s] > 0.9 and sue[o] > 0.9 and endorse[o] < 0.1
    # a feature never seen in training adds nothing: only the bias speaks, and it says no
    assert model.predict(lp.Pair("s", "d", "X", "Y", ["lca:unseen"])).max() < 0.5


def _set(root: Path, name: str, texts: dict[str, str], gold: list[tuple[str, ...]]) -> None:
    folder = root / name / "texts"
    folder.mkdir(parents=True)
    for fn, text in texts.items():
        (folder / fn).write_text(text, encoding="utf-8")
    (root / name / "gold.tsv").write_text(
        HEADER + "".join("\t".join(g) + "\n" for g in gold), encoding="utf-8"
    )


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


@pytest.fixture
def sets(tmp_path: Path) -> Path:
    train = {
        "t1.txt": "The Fraternal Order of Police endorsed Mary Major for district attorney.",
        "t2.txt": "Mayor John Doe criticized Sheriff Ann Lee on Monday.",
        "t3.txt": "The Police Benevolent Association sued District Attorney Ray Poe.",
    }
    _set(
        tmp_path,
        "news-a",
        train,
        [
            (
                "t1.txt",
                "Fraternal Order of Police",
                "endorsed",
                "Mary Major",
                "+",
                "Police endorsed Mary Major",
            ),
            ("t2.txt", "John Doe", "opposed", "Ann Lee", "+", "Mayor John Doe criticized Sheriff Ann Lee"),
            ("t3.txt", "Police Benevolent Association", "sued", "Ray Poe", "+", "Association sued"),
        ],
    )
    _set(
        tmp_path,
        "news-b",
        {"u1.txt": "The Deputy Sheriffs Association endorsed Tom Tell for sheriff."},
        [
            (
                "u1.txt",
                "Deputy Sheriffs Association",
                "endorsed",
                "Tom Tell",
                "+",
                "Association endorsed Tom Tell",
            ),
        ],
    )
    return tmp_path


def test_scores_rules_classifier_and_union_on_the_test_sets(sets: Path) -> None:
    r = _run("--annotations", str(sets), "--test", "news-b")
    assert r.returncode == 0, r.stderr
    assert "Training sets: 1;" in r.stdout and "3 with a gold relation" in r.stdout
    assert "Scored on news-b (1 positive facts), pooled." in r.stdout
    rows = {
        line.split(" | ")[0].lstrip("| "): line for line in r.stdout.splitlines() if line.startswith("| ")
    }
    # the rules find the one endorsement of the unseen set, and nothing else
    assert rows["rules (kg extract, confidence >= 0.5)"].endswith("| 1.00 | 1.00 | 1.00 | 1 |")
    for thr in ("0.3", "0.4", "0.5", "0.6"):
        assert f"classifier >= {thr}" in rows and f"rules + classifier >= {thr}" in rows


def test_a_test_set_without_texts_is_one_line_and_exit_1(sets: Path) -> None:
    r = _run("--annotations", str(sets), "--test", "news-z")
    assert r.returncode == 1
    assert r.stderr.strip() == "learned_pairs: no texts for news-z"
    assert r.stdout == ""
