"""Text-level components: sentences, lemmas, amounts and dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache

import numpy
from spacy.attrs import IS_PUNCT, LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from kg.extraction import tokens
from kg.extraction.mentions import DATES, MONEY, SENTS

SENTENCE_END = {".", "!", "?", "”", '"', ":", "…"}
BULLETS = {"•", "●", "▪", "◦", "‣", "∙", "·", "■", "►", "▸", "*", "-", "–", "—"}
SEPARATORS = {"•", "●", "▪", "◦", "‣", "■", "►", "▸"}  # bullets that never occur inside a sentence


@Language.factory("pk_sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences()


class Sentences:
    """Sentence starts: spaCy's Sentencizer rule, and a break after every line break that is
    not a hard wrap.

    The Sentencizer rule: a sentence ends after a token of `Sentencizer.default_punct_chars`
    (". ! ?" and their equivalents in other scripts) and the punctuation that follows it.
    Headlines, bylines, list items and footnotes also stand on their own lines without a full
    stop, and would run into the next sentence; so a line break starts a sentence too, except a
    single line break followed by a lower-case word after a line that did not end a sentence (a
    hard wrap).

    Computed on token strings and arrays in one pass (spaCy's Sentencizer builds a Token object
    per token). The starts are set on the doc and recorded in doc.user_data (SENTS): later
    components look sentences up there, because each `doc.sents` or `token.sent` walks the
    whole document.
    """

    def __init__(self) -> None:
        self.punct_chars = set(Sentencizer.default_punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            doc.user_data[SENTS] = []
            return doc
        words = tokens.texts(doc)
        is_punct = doc.to_array(IS_PUNCT).tolist()
        punct_chars = self.punct_chars
        flags = [False] * n
        flags[0] = True
        # spaCy's Sentencizer.predict, on strings.
        start, seen_period = 0, False
        for i, w in enumerate(words):
            in_chars = w in punct_chars
            if seen_period and not is_punct[i] and not in_chars:
                flags[start] = True
                start, seen_period = i, False
            elif in_chars:
                seen_period = True
        flags[start] = True
        # Line breaks.
        for i in range(1, n):
            prev = words[i - 1]
            if "\n" not in prev or prev.strip() or not words[i].strip():
                continue
            wrapped = (
                prev.count("\n") == 1
                and words[i][:1].islower()
                and i >= 2
                and words[i - 2] not in SENTENCE_END
            )
            if not wrapped:
                flags[i] = True
        # A list item's bullet at a line start stands alone: the parser would take "•" for the
        # item's subject.
        for i in range(n - 1):
            if words[i] in BULLETS and (i == 0 or "\n" in words[i - 1]) and words[i + 1].strip():
                flags[i] = flags[i + 1] = True
            elif words[i] in SEPARATORS and words[i + 1][:1].isupper():
                # "Roe announces she won't run • Roe endorses Doe": headlines run together on one line
                flags[i] = flags[i + 1] = True
        starts = [i for i in range(n) if flags[i]]
        arr = numpy.array([1 if f else -1 for f in flags], dtype="int64")
        doc.from_array([SENT_START], arr.astype("uint64"))
        doc.user_data[SENTS] = starts
        return doc


@Language.factory("pk_lemmas")
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    return Lemmas()


def lemma_table() -> Table:
    """The lookup lemmatizer's table, from spacy-lookups-data (installed, never downloaded)."""
    global _TABLE
    if _TABLE is None:
        _TABLE = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return _TABLE


_TABLE: Table | None = None


@cache
def _lemmas() -> frozenset[str]:
    return frozenset(w.lower() for w in lemma_table().values())


def is_dictionary_word(word: str) -> bool:
    """WORD (lower case) is one the lemma table knows, as an inflected form or as a lemma."""
    return word in _lemmas() or word in lemma_table()


class Lemmas:
    """Lookup lemmas, as spaCy's lookup-mode Lemmatizer assigns them (the word's entry in the
    `lemma_lookup` table of spacy-lookups-data, else the word itself) -- except that capitalised
    words ("Sued", "ENDORSED") are looked up by their lower-case form: the table is keyed by
    lower-case forms, and rules match lower-case lemmas, so they would miss a sentence that
    starts with the verb.

    Each distinct word form is looked up once per process; the doc's lemmas are then written
    in one array operation (per-token setters are slow).
    """

    def __init__(self) -> None:
        self._lemma_of: dict[int, tuple[int, str]] = {}  # word id -> (lemma id, lemma)

    def __call__(self, doc: Doc) -> Doc:
        table = lemma_table()
        store = doc.vocab.strings
        cache = self._lemma_of
        orths = doc.to_array(ORTH).tolist()
        ids = []
        values = []
        for orth in orths:
            hit = cache.get(orth)
            if hit is None:
                text = store[orth]
                if text[:1].isupper() or text[1:2].isupper():
                    low = text.lower()
                    lemma = table.get(low, low)
                else:
                    lemma = table.get(text, text)
                hit = cache[orth] = (store.add(lemma), lemma)
            ids.append(hit[0])
            values.append(hit[1])
        if orths:
            doc.from_array([LEMMA], numpy.array(ids, dtype="uint64"))
        tokens.set_lemmas(doc, values)
        return doc


# --- amounts of money ------------------------------------------------------------------------

_QUALIFIERS = (
    "more than|over|nearly|almost|about|around|approximately|roughly|at least|up to|close to|"
    "less than|under|some|an estimated|as much as|upwards of|just over|just under|well over"
)
_SCALES = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
# Anchored on the "$": a scan for the optional hedge words at every position of the text would
# cost more than the rest of the pipeline.
DOLLAR_RE = re.compile(r"\\?\$\s?\d")
AMOUNT_RE = re.compile(
    r"\\?\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|mn|bn|[kKmMbB])\b)?",
    re.IGNORECASE,
)
HEDGE_RE = re.compile(
    rf"(?:(?P<qual>{_QUALIFIERS})\s+)?(?:an?\s+)?(?:(?:additional|extra|further|another)\s+)?$",
    re.IGNORECASE,
)


def find_money(text: str) -> Iterator[tuple[int, int, Decimal, str | None]]:
    """(start, end, amount, hedge) of every dollar amount in TEXT."""
    for d in DOLLAR_RE.finditer(text):
        m = AMOUNT_RE.match(text, d.start())
        if m is None:
            continue
        amount = Decimal(m.group("num").replace(",", ""))
        scale = m.group("scale")
        if scale:
            amount *= _SCALES[scale.lower()]
        if amount == amount.to_integral():
            amount = amount.quantize(Decimal(1))
        h = HEDGE_RE.search(text, max(0, d.start() - 40), d.start())
        qual = h.group("qual") if h else None
        start = h.start() if h and h.group(0) else d.start()
        yield start, m.end(), amount, qual.lower() if qual else None


@Language.component("pk_amounts")
def amounts(doc: Doc) -> Doc:
    """Amounts of money with their hedges ("more than $1 million") and stated dates."""
    found = []
    for start, end, amount, qual in find_money(tokens.doc_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append([span.start, span.end, f"{amount:f}", "USD", qual])
    doc.user_data[MONEY] = found
    doc.user_data[DATES] = find_dates(doc)
    return doc


# --- dates ------------------------------------------------------------------------------------

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# What may stand before a year: "November 13, 2018", "Nov. 2018", "in 2016".
DATE_PREFIX_RE = re.compile(
    rf"(?:\b(?P<month>{_MONTH})\.?\s+(?:(?P<day>\d{{1,2}}),?\s+)?|\b(?P<prep>in|since|during|by)\s+)$",
    re.IGNORECASE,
)
ISO_RE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")


def _inside_parentheses(text: str, pos: int) -> bool:
    """Dates in parentheses are citation dates ("(Mar. 13, 2021)"), not event dates."""
    window = text[max(0, pos - 80) : pos]
    return window.rfind("(") > window.rfind(")")


def find_dates(doc: Doc) -> list[list[object]]:
    """Event dates: day, month or year, as precise as written, outside parentheses."""
    out: list[list[object]] = []
    text = tokens.doc_text(doc)
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), m.group(0)) for m in ISO_RE.finditer(text)]
    for y in YEAR_RE.finditer(text):
        if text[y.end() : y.end() + 1] == "-" and any(s == y.start() for s, _e, _v in found):
            continue  # part of an ISO date
        p = DATE_PREFIX_RE.search(text, max(0, y.start() - 20), y.start())
        if p is None:
            continue
        if p.group("prep"):
            found.append((y.start(), y.end(), y.group(0)))
            continue
        value = f"{y.group(0)}-{_MONTHS[p.group('month').lower()]:02d}"
        if p.group("day"):
            day = int(p.group("day"))
            if not 1 <= day <= 31:
                continue
            value += f"-{day:02d}"
        found.append((p.start(), y.end(), value))
    for start, end, value in sorted(found):
        if _inside_parentheses(text, start):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append([span.start, span.end, value])
    return out


_LINE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def unwrap(text: str) -> str:
    """TEXT with the line breaks of hard-wrapped prose as spaces, same length (offsets hold).

    Some saved pages break lines inside sentences ("defeated Clayton\nHarris by ..."); a line
    break ends a sentence for `pk_sentences`, which would cut names and clauses in two. A text is
    taken as hard-wrapped when at least a fifth of its lines, and two or more, run on into a line
    that starts in lower case; then every single line break is a space (blank lines stay)."""
    lines = text.split("\n")
    runs_on = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if a.strip() and b.strip() and not _LINE_END.search(a) and b.lstrip()[:1].islower()
    )
    if runs_on < 2 or runs_on * 5 < len([x for x in lines if x.strip()]):
        return text
    return re.sub(r"(?<=[^\n])\n(?=[^\n])", " ", text)


# A reference mark of a saved web page, right after a word or a full stop: "Committee.[4]", "said[12]"
_FOOTNOTE = re.compile(r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|citation needed)\]")


# (before a word in lower case: "Peoples’ PAC", "the Sheriffs’ Association" are names, which the
# name rules read with the apostrophe as written)
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)’(?= [a-z])")
# A typographic apostrophe of a clitic: "police’s", "didn’t", "they’re", "I’d" (not the one inside a
# name, "O’Shea"; names are given back as written: `AsWritten`)
_CLITIC = re.compile(r"(?<=[A-Za-z])’(?=(?:s|t|re|ll|ve|d|m)\b)")


def possessives(text: str) -> str:
    """TEXT with the typographic apostrophes of possessives and clitics written straight, same length
    (offsets hold): the small model tags "DeSantis' removal of X" a possessive, but "DeSantis’
    removal of X" a closing quote, and the noun loses its owner; "the state police’s Lodge 54"
    it parses as a verb's auxiliary, "police's" as the owner it is."""
    return _CLITIC.sub("'", _PLURAL_POSSESSIVE.sub("'", text))


class AsWritten:
    """Names as the document writes them: a name read from the prepared text (straight
    apostrophes) is looked up there and cut from the original at the same offsets, which
    `prepare` keeps ("Greene County Prosecuting Attorney’s Office", not "... Attorney's ...")."""

    def __init__(self, prepared: Callable[[], str], original: str):
        self._prepared = prepared
        self._text: str | None = None
        self.original = original

    def __call__(self, name: str) -> str:
        if "'" not in name:
            return name
        if self._text is None:
            self._text = self._prepared()
        k = self._text.find(name)
        return self.original[k : k + len(name)] if k >= 0 else name


def prepare(text: str) -> str:
    """TEXT as the pipeline reads it, same length, so that quotes cut from TEXT by the doc's
    offsets are the document's own words."""
    return truecase(unwrap(unfoot(possessives(text))))


def unfoot(text: str) -> str:
    """TEXT with the reference marks of saved pages ("Committee.[4]") as spaces, same length
    (offsets hold): the tokenizer would glue "Committee.[4" into one word."""
    return _FOOTNOTE.sub(lambda m: " " * len(m.group()), text)


_WORD = re.compile(r"[A-Za-z][a-z]+(?:['’][a-z]+)?")
# Words a Title Case headline capitalises that prose writes in lower case.
_FUNCTION_WORDS = {
    *"a an the of to in on at for from by with and or but as into over out up after before about"
    " against amid among under is are was were be been has have had will would can could may it its"
    " his her their new not no off than that this who which what while".split()
}


def truecase(text: str) -> str:
    """TEXT with the Title Case of its headline lines undone, same length (offsets hold).

    News excerpts open with a headline ("Lancman Drops Out Of Queens DA Race, Endorses Katz"), which
    the small parser reads as a string of names. In a line of three words or more, most of them
    capitalised and with no full stop at its end, a capitalised word becomes lower case when prose
    writes it so: a function word, a word the rest of the text writes in lower case, or an
    inflected form in the lookup lemmatizer's table ("Drops", "Endorses"); a word the text writes
    capitalised elsewhere (a name) keeps its capital, and so does the line's first word."""
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if _title_case(line)]
    if not heads:
        return text
    head_set = set(heads)
    body = "\n".join(line for i, line in enumerate(lines) if i not in head_set)
    lower = set(re.findall(r"\b[a-z][a-z'’]+\b", body))
    capital = {w for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+", body)}  # capitalised mid-sentence
    table = lemma_table()
    for i in heads:
        line = lines[i]
        out = []
        last = 0
        for k, m in enumerate(_WORD.finditer(line)):
            w = m.group()
            low = w.lower()
            if k == 0 or w in capital or not w[0].isupper():
                continue
            if low in _FUNCTION_WORDS or low in lower or (low in table and table[low] != low):
                out.append(line[last : m.start()] + low[0])
                last = m.start() + 1
        lines[i] = "".join(out) + line[last:]
    return "\n".join(lines)


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.7 * len(words)
