"""A text index for `search`: which subjects have a search key that contains a text.

Why: `search` (queries/search.rq) is a substring test, CONTAINS, on the folded keys the build
writes (pk:labelKey, pk:aliasKey, pk:quoteKey). No engine can answer CONTAINS from an index, so it
reads every key: 110 of its 200 ms at a million triples in memory, over a second on RocksDB.

What: an SQLite FTS5 table with the `trigram` tokenizer over those keys. A trigram phrase query
finds exactly the keys that contain a text of three characters or more, as a substring, the
semantics of CONTAINS (and each hit is checked again in Python with `in`, the same test); a shorter
text (no trigram) is looked for in every key, a scan, but of 74,000 short strings instead of the
engine's joins over the graph: in SQLite with instr() (15-24 ms at 1M triples) until the index
has answered SCAN_IN_MEMORY short texts, then with str.find in the keys read once into memory
(all in one string: 5 MB at 1M triples, read in ~0.1 s; then 5-6 ms a text). The named
query says where its subjects can be bound from the index, in a comment line, which other engines
(and remote stores, which run the file unchanged) ignore:

    # text index: ?item pk:labelKey contains ?text

For a local Oxigraph store, `apply_index` writes that line as `VALUES ?item { <iri> ... }`, the
subjects the index found for the bound value of ?text, so the engine joins from the few matches
instead of reading every key. The rows cannot change: the query keeps its own FILTER, the VALUES
only leaves out subjects with no key containing the text. Only IRIs the graph supplied and that
pass kg.querying.inline's strict check are written; the text a user typed reaches SQLite as a
bound parameter, quoted as one FTS5 phrase (so `"`, `*`, `NEAR`, `OR`, `^` are characters to look
for, never query syntax), and the SPARQL engine as a bound literal, as before. A value that is not
a plain literal, an IRI that fails the check, or more than MAX_SUBJECTS subjects in one VALUES block
(a text in most keys, where reading the VALUES would cost the engine more than the keys): the query
runs as written.

A marker may end `, in place of the next line`: the VALUES then stands for that line, which must be
the subject's key and its CONTAINS test, `?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text))`
(checked strictly; any other line and the query runs as written), so that the engine does not read
again the thousands of keys the index found (each already checked with `in`). Only where the key
variable is used nowhere else: search's quotes, whose keys were half the time of a page of a word
found in thousands of quotes.

A marker may also end `, up to the page by IRI`: the VALUES then holds only the first LIMIT + OFFSET
subjects in IRI order, LIMIT and OFFSET those of the query's `# page` line (kg.querying.queries;
no such line: the query runs as written). For a marker in the subquery that picks a page, whose
ORDER BY orders this marker's rows among themselves by the subject: the subject at place j of that
order is at place j or later in the page's order, whatever other rows come between, so a subject
after the first LIMIT + OFFSET cannot be on the page, and leaving it out changes no row. Python
sorts IRIs by code point, as SPARQL's ORDER BY does (Oxigraph compares their UTF-8 bytes: the same
order). search's quotes: a page of a word in 4,000 quotes had the engine read and sort 4,000 IRIs
(a third to two thirds of the page's time at a million triples) to keep 100.

A marker may also end `, less the hits of P unless equal`, P another key predicate with a marker of
its own in the same query: its VALUES then leaves out the subjects the index found for P, except
those with a key of the marker's own predicate equal to the text (no marker for P: the query runs
as written). For two branches of one ranking whose rows are grouped by subject and its MIN rank
taken, or counted DISTINCT: search's alias branch (rank 2 for an alias equal to
the text, 4 for one containing it) beside its name branch (1 and 3), where an actor both find gets
nothing from its alias but a 2 that beats a 3; at a million triples "(2)" names 1,745 actors that
both branches found, and each one's name was read and ranked twice.

A marker on pk:labelKey or pk:aliasKey may also end `, up to the page by search rank` (after any
`less the hits of`): its VALUES then holds only the actors of the first LIMIT + OFFSET rows of
search's actor hits in the order of its page (no `# page` line: the query runs as written). Those
rows are one per actor and name, ranked as search ranks them (the MIN of 1 for a name key equal to
the text, 3 for one containing it, 2 and 4 for an alias key) and ordered by rank, LCASE of the name
and the actor's IRI, which the index can tell without the engine: it keeps each name's LCASE as the
engine wrote it (`orders`, built with the keys). An actor whose rows all come after the first LIMIT
+ OFFSET cannot be on the page, and leaving it out changes no row (quotes, rank 5, come after every
actor; an actor kept keeps all its rows). A name that is not a plain string, or an actor the index
knows no name of: no cut. At a million triples "(2)" finds 1,745 actors, whose names the engine read,
ranked and sorted for a page of 100 (bench/RESULTS.md, issue 17, tenth pass).

A marker `, up to the page by IRI` may go on `, after search's actors`: its subjects' rows come
after every actor row of search's page (quotes rank 5, actors 1 to 4), so only the first LIMIT +
OFFSET - A can be on the page, A the number of search's actor rows: one per actor found by a name
or alias key and per distinct name of it, which the index's orders tell. "(2)" at 1M names 1,745
actors, more than a page holds: its page's quotes were 100 joined up to their assertions, none shown.

A whole query may be marked `# text index: search's total for ?text, in place of this query`
(on a line of its own): search's total, the count of its actor hits (one per actor found by a name
or alias key containing the text, and per distinct name of it) and of its quote hits (one per quote
key containing it). The index tells it without the engine: the keys found (the page looked them up
a moment before: see RECENT_TEXTS), and how many names each actor has (`labels`, built with the
keys). Only for that query, checked token by token against SEARCH_TOTAL (any other text under the
marker, or an actor found whose names the index does not know: the query runs, with its own
markers). At a million triples the total's VALUES listed every hit: "(2)", 1,745 actors and 3,699
quotes, 500 kB of query for the engine to parse and join, ~14 ms of a 33 ms search on average in
kg serve's mix (bench/RESULTS.md, issue 17, eleventh pass).

Where the index lives: beside an on-disk store, in its cache folder for the loaded graph
(`search-<version>.sqlite`, built atomically, then opened read-only, like the name index of
kg.querying.names); for a store in memory, in SQLite's memory, built on the first query that asks.
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.querying.inline import _SAFE_IRI, _TOKENS, Term

PK = "https://w3id.org/prosecutor-kg/ontology#"
KEY_PREDICATES = (f"{PK}labelKey", f"{PK}aliasKey", f"{PK}quoteKey")
# Bumped when what the index holds changes, so that a file kept by older code is not read.
# 4: each actor's number of names (search's total)
INDEX_VERSION = 4  # 2: the keys in a table of their own, the FTS5 index over it; 3: the names' order;
MIN_CHARS = 3  # a trigram index finds texts of three characters or more; shorter ones are a scan
# After this many short texts the keys are read into memory and scanned there (see the module's doc):
# a process that looks up one short text (a command) does not pay for reading them all.
SCAN_IN_MEMORY = 2
# More subjects than this in one VALUES block and it costs the engine more to read than the keys it
# saves reading (a text found in most quotes): the query runs as written. Counted per block, after
# a page's cut (`up to the page by IRI`). Measured on RocksDB at a million triples (74,000 keys):
# search's total for "porter" (10,619 quotes) 62 ms with the index, 582 ms without; "the" (28,979)
# 325 against 978 ms; "e" (35,565 quotes and 17,000 actor keys) 1,408 against 814 ms.
MAX_SUBJECTS = 30_000
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RECENT_TEXTS = 4  # texts whose matches a TextIndex keeps (a page and its total look up the same)

KEYS_QUERY = (
    "SELECT DISTINCT ?s ?p ?key WHERE { VALUES ?p { "
    + " ".join(f"<{p}>" for p in KEY_PREDICATES)
    + " } ?s ?p ?key . FILTER(isIRI(?s) && isLiteral(?key)) }"
)
LABEL_KEY, ALIAS_KEY = KEY_PREDICATES[0], KEY_PREDICATES[1]
# Each name of a subject with a name or alias key, as search's page orders it: LCASE(?name) written by
# the engine itself (so that no other lower-casing rule can differ from it), and whether it is a
# plain string (a name with a language or another datatype is ordered by other rules).
ORDERS_QUERY = (
    "SELECT DISTINCT ?s ?name (LCASE(STR(?name)) AS ?order) (DATATYPE(?name) = <" + "http://www.w3.org/2001/"
    "XMLSchema#string> && LANG(?name) = '' AS ?plain) WHERE { VALUES ?p { "
    f"<{LABEL_KEY}> <{ALIAS_KEY}> }} ?s ?p ?key . FILTER(isIRI(?s)) "
    "?s <http://www.w3.org/2000/01/rdf-schema#label> ?name . FILTER(isLiteral(?name)) }"
)
# How many names (rdfs:label values, whatever their kind) each subject with a name or alias key has:
# search's total counts one actor hit per actor and name.
LABELS_QUERY = (
    "SELECT ?s (COUNT(DISTINCT ?name) AS ?n) WHERE { VALUES ?p { "
    f"<{LABEL_KEY}> <{ALIAS_KEY}> }} ?s ?p ?key . FILTER(isIRI(?s)) "
    "OPTIONAL { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name } } GROUP BY ?s"
)
TOTAL_MARKER = re.compile(
    r"#[ \t]*text index:[ \t]*search's total for[ \t]+\?(\w+),[ \t]*in place of this query[ \t]*$", re.I
)
# The one query TOTAL_MARKER may stand for (queries/search.rq's `# total:`), compared token by token,
# comments and blanks left out, the prefixes pk: and rdfs: as below.
SEARCH_TOTAL = """
SELECT ?text (COUNT(*) AS ?total) WHERE { { SELECT DISTINCT ?text ?item ?label WHERE {
  { ?item pk:labelKey ?key . FILTER(CONTAINS(?key, ?text)) ?item rdfs:label ?label . }
  UNION { ?item pk:aliasKey ?key . FILTER(CONTAINS(?key, ?text)) ?item rdfs:label ?label . } } }
  UNION { ?qs pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text)) } } GROUP BY ?text
"""
TOTAL_PREFIXES = {"pk": PK, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
MARKER = re.compile(
    r"#[ \t]*text index:[ \t]*\?(\w+)[ \t]+(\S+)[ \t]+contains[ \t]+\?(\w+)"
    r"(,[ \t]*in place of the next line)?(,[ \t]*up to the page by IRI)?"
    r"(?:,[ \t]*less the hits of[ \t]+(\S+)[ \t]+unless equal)?"
    r"(,[ \t]*up to the page by search rank)?(,[ \t]*after search's actors)?[ \t]*$",
    re.I,
)
# A paged query's `LIMIT n OFFSET m  # page` lines: (indent, n, m, the comment). kg.querying.queries
# checks and rewrites them with this pattern; page_reach reads their numbers.
PAGE_LINE = re.compile(r"^(\s*)LIMIT\s+(\d+)\s+OFFSET\s+(\d+)(\s*#\s*page\s*)$", re.MULTILINE | re.IGNORECASE)
_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.I)


class TextIndex:
    """The keys of one graph, (key, predicate, subject) per key triple, in a table (`entries`) and
    an FTS5 trigram index of it (`keys`)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self._orders: dict[str, list[str]] | None = None  # subject -> its names' orders (None: not plain)
        self._unplain: set[str] = set()
        self._labels: dict[str, int] | None = None  # subject -> how many names it has
        self._short = 0  # short texts looked up (SCAN_IN_MEMORY)
        # Every key, one after the other with a NUL between, where each starts, and its row.
        self._scan: tuple[str, list[int], list[tuple[str, str, str]]] | None = None
        # The last texts looked up and what was found: a paged query's page and its total look up
        # the same text one after the other (search: ~40 ms each for a text in 5,000 keys at 1M
        # triples). The index's own answers, for a graph that cannot change under them.
        # Each as (predicate -> subjects with a key containing it, predicate -> subjects with a key
        # equal to it, predicate -> how many keys contain it).
        self._recent: dict[str, tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]] = {}
        self._lock = threading.Lock()

    @classmethod
    def build(
        cls,
        rows: Iterable[tuple[str, str, str]],
        path: str = ":memory:",
        orders: Iterable[tuple[str, str, bool]] = (),
        labels: Iterable[tuple[str, int]] = (),
    ) -> TextIndex:
        """An index of ROWS (subject IRI, predicate IRI, key) in a new database at PATH, with ORDERS
        (subject, LCASE of one of its names as the engine writes it, whether that name is a plain
        string): one per name of each subject with a name or alias key (ORDERS_QUERY), and LABELS
        (subject, how many names it has): one per subject with a name or alias key (LABELS_QUERY)."""
        db = sqlite3.connect(path, check_same_thread=False)
        with db:
            db.execute("CREATE TABLE orders (s TEXT, ord TEXT, plain INTEGER)")
            db.executemany("INSERT INTO orders (s, ord, plain) VALUES (?, ?, ?)", orders)
            db.execute("CREATE TABLE labels (s TEXT PRIMARY KEY, n INTEGER)")
            db.executemany("INSERT INTO labels (s, n) VALUES (?, ?)", labels)
            # case_sensitive 1: the keys and the text are folded already (kg.base.folding); SQLite's
            # own case folding could differ from Python's, and then miss or add matches.
            # The keys in a plain table, which a text too short for trigrams scans (a scan of the
            # FTS5 table itself is several times slower), and the FTS5 index over it.
            db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, key TEXT, p TEXT, s TEXT)")
            db.executemany("INSERT INTO entries (s, p, key) VALUES (?, ?, ?)", rows)
            db.execute(
                "CREATE VIRTUAL TABLE keys USING fts5(key, content='entries', content_rowid='id', "
                "tokenize='trigram case_sensitive 1')"
            )
            db.execute("INSERT INTO keys (keys) VALUES ('rebuild')")
            db.execute("CREATE TABLE done (version)")  # written last: the file is complete
            db.execute("INSERT INTO done VALUES (?)", (INDEX_VERSION,))
        return cls(db)

    @classmethod
    def kept(
        cls,
        path: Path,
        rows: Callable[[], Iterable[tuple[str, str, str]]],
        orders: Callable[[], Iterable[tuple[str, str, bool]]] = tuple,
        labels: Callable[[], Iterable[tuple[str, int]]] = tuple,
    ) -> TextIndex:
        """The index kept in PATH (beside an on-disk store, for the graph it holds), opened
        read-only; else built from ROWS() into a file of this process's own, moved into place
        whole (so that a reader never sees half an index, and two builders do not collide), then
        opened read-only. Where PATH cannot be written, the index is built in memory instead."""
        got = cls._open_kept(path)
        if got is not None:
            return got
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            cls.build(rows(), str(tmp), orders(), labels()).db.close()
            os.replace(tmp, path)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            return cls.build(rows(), orders=orders(), labels=labels())
        return cls._open_kept(path) or cls.build(rows(), orders=orders(), labels=labels())

    @classmethod
    def _open_kept(cls, path: Path) -> TextIndex | None:
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            row = db.execute("SELECT version FROM done").fetchone()
            if row is not None and row[0] == INDEX_VERSION:
                return cls(db)
        except sqlite3.Error:  # not a database, or not complete
            pass
        db.close()
        return None

    def matches(self, text: str) -> dict[str, set[str]]:
        """Predicate -> the subjects with a key of it that contains TEXT (do not change the sets)."""
        return self._found(text)[0]

    def equal(self, text: str) -> dict[str, set[str]]:
        """Predicate -> the subjects with a key of it that is TEXT itself (do not change the sets)."""
        return self._found(text)[1]

    def orders(self) -> tuple[dict[str, list[str]], set[str]]:
        """Subject -> the LCASE of each of its names (one per name), and the subjects with a name
        that is not a plain string; read once (10,000 actors at 1M triples: ~10 ms)."""
        if self._orders is None:
            got: dict[str, list[str]] = {}
            for s, order, plain in self.db.execute("SELECT s, ord, plain FROM orders"):
                got.setdefault(s, []).append(order)
                if not plain:
                    self._unplain.add(s)
            self._orders = got
        return self._orders, self._unplain

    def key_count(self, text: str) -> dict[str, int]:
        """Predicate -> how many keys of it contain TEXT (a subject with two such keys counts twice)."""
        return self._found(text)[2]

    def labels(self) -> dict[str, int]:
        """Subject -> how many names (rdfs:label values) it has, for each subject with a name or
        alias key; read once (empty for an index built without them)."""
        if self._labels is None:
            self._labels = dict(self.db.execute("SELECT s, n FROM labels"))
        return self._labels

    def _found(self, text: str) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]:
        got = self._recent.get(text)
        if got is None:
            got = self._matches(text)
            with self._lock:  # queries run in threads of their own: insert and evict as one step
                self._recent[text] = got
                while len(self._recent) > RECENT_TEXTS:
                    del self._recent[next(iter(self._recent))]  # the oldest first
        return got

    def _matches(self, text: str) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]:
        if len(text) >= MIN_CHARS:
            phrase = '"' + text.replace('"', '""') + '"'  # one FTS5 phrase: nothing in it is syntax
            found = self.db.execute(
                "SELECT e.key, e.p, e.s FROM keys JOIN entries e ON e.id = keys.rowid WHERE keys MATCH ?",
                (phrase,),
            )
        elif "\0" not in text and self._keys_in_memory():  # too short for trigrams: every key is read
            found = self._scan_in_memory(text)
        else:  # still far faster here than in the engine
            found = self.db.execute("SELECT key, p, s FROM entries WHERE instr(key, ?) > 0", (text,))
        out: dict[str, set[str]] = {}
        same: dict[str, set[str]] = {}
        count: dict[str, int] = {}
        for key, p, s in found:
            if text in key:  # CONTAINS itself (the phrase query is the same test; this makes it so)
                out.setdefault(p, set()).add(s)
                count[p] = count.get(p, 0) + 1  # the rows are distinct (s, p, key): KEYS_QUERY
                if key == text:
                    same.setdefault(p, set()).add(s)
        return out, same, count

    def _keys_in_memory(self) -> bool:
        """Whether short texts are scanned in memory now (the keys are read at the SCAN_IN_MEMORY-th)."""
        self._short += 1
        if self._scan is None and self._short >= SCAN_IN_MEMORY:
            rows = self.db.execute("SELECT key, p, s FROM entries ORDER BY id").fetchall()
            starts, at = [], 0
            for key, _, _ in rows:
                starts.append(at)
                at += len(key) + 1
            self._scan = ("\0".join(key for key, _, _ in rows), starts, rows)
        return self._scan is not None

    def _scan_in_memory(self, text: str) -> list[tuple[str, str, str]]:
        """The rows (key, predicate, subject) of the keys that contain TEXT (no NUL in it, so no match
        spans two keys), each once."""
        assert self._scan is not None
        keys, starts, rows = self._scan
        found = []
        at = keys.find(text)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            found.append(rows[k])
            at = keys.find(text, starts[k] + len(rows[k][0]) + 1)  # from the next key on
        return found


def markers(text: str) -> list[tuple[str, str, str]]:
    """The (subject variable, predicate, parameter) of each `# text index:` comment of a query."""
    return [
        (m.group(1), m.group(2), m.group(3))
        for tok in _TOKENS.finditer(text)
        if tok.lastgroup == "comment" and (m := MARKER.match(tok.group()))
    ]


def _expand(name: str, prefixes: dict[str, str]) -> str | None:
    if name.startswith("<") and name.endswith(">"):
        return name[1:-1]
    pre, sep, local = name.partition(":")
    if not sep or pre not in prefixes:
        return None
    return prefixes[pre] + local


def _plain(term: Term | None) -> str | None:
    """The string of a plain literal (what CONTAINS compares with a key), else None."""
    if term is None or term.get("type") != "literal" or "xml:lang" in term:
        return None
    if term.get("datatype", XSD_STRING) != XSD_STRING:
        return None
    return term["value"]


def apply_index(text: str, bindings: dict[str, Term] | None, index: Callable[[], TextIndex]) -> str | None:
    """TEXT with each `# text index:` comment written as the VALUES block of the subjects the
    index finds; None when the query has no such comment or cannot use the index (see the module's
    doc), and is to run as written. INDEX is called only when the index is needed."""
    if "text index:" not in text.lower() or not bindings:
        return None
    prefixes = {(m.group(1) or ""): m.group(2) for m in _PREFIX.finditer(text)}
    found: dict[str, tuple[dict[str, set[str]], dict[str, set[str]]]] = {}
    out: list[str] = []
    used = False
    replacing: re.Pattern[str] | None = None  # the line an "in place of the next line" marker stands for
    line: list[str] = []
    newlines = 0
    for tok in _TOKENS.finditer(text):
        piece = tok.group()
        if replacing is not None:  # the marker's line ends, then the line it replaces is left out
            if piece == "\n":
                newlines += 1
                if newlines == 2:
                    if not replacing.fullmatch("".join(line)):
                        return None  # not the one pattern the marker may stand for: run as written
                    replacing, line = None, []
                    out.append(piece)
                continue
            if newlines == 0:
                out.append(piece)
            else:
                line.append(piece)
            continue
        m = MARKER.match(piece) if tok.lastgroup == "comment" else None
        if m is not None:
            var, pred, param = m.group(1), _expand(m.group(2), prefixes), m.group(3)
            value = _plain(bindings.get(param))
            if pred not in KEY_PREDICATES or value is None:
                return None
            if value not in found:
                idx = index()
                found[value] = (idx.matches(value), idx.equal(value))
            subjects = sorted(found[value][0].get(pred, ()))
            if m.group(6):  # not the other key's hits, but for a key equal to the text (module's doc)
                other = _expand(m.group(6), prefixes)
                if other not in KEY_PREDICATES or other == pred:
                    return None
                if other not in {_expand(p, prefixes) for _, p, _ in markers(text)}:
                    return None  # the other key needs a marker of its own, whose rows stand in
                besides, equal = found[value][0].get(other, set()), found[value][1].get(pred, set())
                subjects = [s for s in subjects if s not in besides or s in equal]
            if m.group(7):  # only the actors that can be on search's page (see the module's doc)
                reach = page_reach(text)
                if reach is None or pred not in (LABEL_KEY, ALIAS_KEY):
                    return None
                keep = _search_reach(found[value], index(), reach)
                if keep is not None:
                    subjects = [s for s in subjects if s in keep]
            if m.group(8) and not m.group(5):
                return None  # "after search's actors" shortens the page's reach: it needs one
            if m.group(5):  # only the subjects that can be on the page (see the module's doc)
                reach = page_reach(text)
                if reach is None:
                    return None
                if m.group(8):  # the rows before these: search's actor rows (see the module's doc)
                    reach = max(0, reach - _search_actor_rows(found[value], index()))
                subjects = subjects[:reach]
            if len(subjects) > MAX_SUBJECTS:
                return None
            if not all(_SAFE_IRI.match(s) for s in subjects):
                return None
            piece = f"VALUES ?{var} {{ {' '.join(f'<{s}>' for s in subjects)} }}"
            used = True
            if m.group(4):  # the VALUES stands for the key pattern and its FILTER on the next line
                replacing, newlines = _replaced_line(var, m.group(2), param), 0
        out.append(piece)
    if replacing is not None:  # the query ended before the line to replace
        return None
    return "".join(out) if used else None


def _shape(text: str) -> str:
    """TEXT without its comments, each run of blanks one space (how SEARCH_TOTAL is compared)."""
    kept = "".join(t.group() for t in _TOKENS.finditer(text) if t.lastgroup != "comment")
    return " ".join(kept.split())


_SEARCH_TOTAL_SHAPE = _shape(SEARCH_TOTAL)
_PROLOGUE = re.compile(r"(?:PREFIX\s+(?:[A-Za-z][\w.-]*)?:\s*<[^<>\s]*>\s*)*", re.I)


def search_total(text: str, bindings: dict[str, Term] | None, index: Callable[[], TextIndex]) -> int | None:
    """Search's total for the bound text, counted from the index, when TEXT is marked `# text index:
    search's total for ?PARAM, in place of this query` and is SEARCH_TOTAL after its prefixes
    (pk: and rdfs: as there; see the module's doc); None when the query is to run (no such marker,
    another query under it, a text that is not a plain string, an actor found whose number of names
    the index does not know)."""
    if "search's total" not in text or not bindings:
        return None
    marked = [
        m
        for tok in _TOKENS.finditer(text)
        if tok.lastgroup == "comment" and (m := TOTAL_MARKER.match(tok.group()))
    ]
    if len(marked) != 1:
        return None
    value = _plain(bindings.get(marked[0].group(1)))
    if value is None or marked[0].group(1) != "text":
        return None
    shape = _shape(text)
    start = shape.find("SELECT ")
    if start < 0 or shape[start:] != _SEARCH_TOTAL_SHAPE or not _PROLOGUE.fullmatch(shape[:start]):
        return None
    prefixes = {(m.group(1) or ""): m.group(2) for m in _PREFIX.finditer(shape[:start])}
    if any(prefixes.get(k) != v for k, v in TOTAL_PREFIXES.items()):
        return None
    idx = index()
    contains = idx.matches(value)
    actors = contains.get(LABEL_KEY, set()) | contains.get(ALIAS_KEY, set())
    labels = idx.labels()
    if not all(s in labels for s in actors):
        return None
    return sum(labels[s] for s in actors) + idx.key_count(value).get(PK + "quoteKey", 0)


def _search_reach(
    found: tuple[dict[str, set[str]], dict[str, set[str]]], idx: TextIndex, reach: int
) -> set[str] | None:
    """The actors of the first REACH rows of search's actor hits in its page's order: one row per
    actor and name, ranked MIN(1 for a name key equal to the text, 3 for one containing it, 2 and 4
    for an alias key), ordered by rank, the name's LCASE (as the engine wrote it), the actor's IRI
    (Python compares strings by code point, as Oxigraph does). None (no cut) when an actor found
    has a name that is not a plain string or no name the index knows of (an index without orders)."""
    contains, equal = found
    names, aliases = contains.get(LABEL_KEY, set()), contains.get(ALIAS_KEY, set())
    equal_name, equal_alias = equal.get(LABEL_KEY, set()), equal.get(ALIAS_KEY, set())
    orders, unplain = idx.orders()
    rows: list[tuple[int, str, str]] = []
    for s in names | aliases:
        if s in unplain or s not in orders:
            return None
        rank = min(
            1 if s in equal_name else 3 if s in names else 5,
            2 if s in equal_alias else 4 if s in aliases else 5,
        )
        rows.extend((rank, order, s) for order in orders[s])
    if len(rows) <= reach:
        return None
    return {s for _, _, s in heapq.nsmallest(reach, rows)}


def _search_actor_rows(found: tuple[dict[str, set[str]], dict[str, set[str]]], idx: TextIndex) -> int:
    """How many actor rows search's page has before its quotes: one per actor found by a name or
    alias key and per name of it (the index's orders, one per distinct name; an actor it knows no
    name of counts none, which can only make the count smaller, never cut a quote that is on the page)."""
    contains, orders = found[0], idx.orders()[0]
    actors = contains.get(LABEL_KEY, set()) | contains.get(ALIAS_KEY, set())
    return sum(len(orders.get(s, ())) for s in actors)


def page_reach(text: str) -> int | None:
    """LIMIT + OFFSET of the query's `# page` lines (kg.querying.queries writes them all with the
    same numbers; the largest sum if not), None without one: how far into its order a page reaches."""
    reach = [int(m.group(2)) + int(m.group(3)) for m in PAGE_LINE.finditer(text)]
    return max(reach) if reach else None


def _replaced_line(var: str, pred: str, param: str) -> re.Pattern[str]:
    """The only line a marker `in place of the next line` may stand for: its subject's key and the
    CONTAINS test of that key, `?s pk:quoteKey ?key . FILTER(CONTAINS(?key, ?text))`, whose key
    variable the query uses nowhere else. The index finds exactly the subjects that pass it."""
    return re.compile(
        rf"[ \t]*\?{var}[ \t]+{re.escape(pred)}[ \t]+\?(\w+)[ \t]*\.[ \t]*"
        rf"FILTER[ \t]*\([ \t]*CONTAINS[ \t]*\([ \t]*\?\1[ \t]*,[ \t]*\?{param}[ \t]*\)[ \t]*\)[ \t]*"
    )
