"""Names and file names as the build accepts them: one Unicode form, no hidden characters.

Two strings that look the same must be the same string, or a lookup cannot tell their actors
apart: "George Gascón" typed with a precomposed "ó" (NFC) and with "o" plus a combining accent
(NFD) are different code points. So labels, aliases and quotes are read in NFC, names are
compared after NFKC and case folding (which also equates "ﬁ" and "fi", full-width and ASCII
letters, "ß" and "ss"), and a name that holds a character one cannot see -- a control
character, a bidirectional control that reorders the text around it, a zero-width character --
is refused. Corpus file names are kept to a small set of characters, because they become
document IRIs and appear in messages and shell commands.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that change how the text around them is shown, or are not shown at all.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")

# A corpus file name: ASCII letters, digits, ".", "_" and "-", starting with a letter, digit or "_"
# (no hidden files, nothing an option parser reads as a flag, no "/" and so no "..").
SAFE_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
MAX_FILE_NAME = 200


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def name_key(s: str) -> str:
    """What two names must differ in to be two names: NFKC, case-folded (and NFKC again, since
    folding can produce characters that compose)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def hidden_character(s: str) -> str | None:
    """A description of the first character of S that one cannot see, or None: a control
    character (tabs and line breaks included: a name is one line), a bidi control, a zero-width
    character."""
    for ch in s:
        if ch in BIDI_CONTROLS:
            return f"a bidirectional control character ({_describe(ch)})"
        if ch in ZERO_WIDTH:
            return f"a zero-width character ({_describe(ch)})"
        if unicodedata.category(ch) == "Cc":
            return f"a control character ({_describe(ch)})"
    return None


def clean_name(s: str) -> str:
    """S in NFC, or ValueError (for pydantic) if it holds a character one cannot see."""
    hidden = hidden_character(s)
    if hidden:
        raise ValueError(f"{s!r} holds {hidden}")
    return nfc(s)


def check_file_name(name: str) -> str:
    """NAME if it is a safe corpus file name, else ValueError saying what is allowed."""
    if len(name) > MAX_FILE_NAME or not SAFE_FILE_NAME.fullmatch(name):
        raise ValueError(
            f"{name!r} is not a plain file name in corpus/: use ASCII letters, digits, '.', '_' "
            f"and '-', start with a letter, digit or '_', at most {MAX_FILE_NAME} characters"
        )
    return name
