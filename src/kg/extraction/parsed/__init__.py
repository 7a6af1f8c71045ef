"""Relations read from the dependency parse: `pk_ner` and `pk_parsed`.

`pk_ner` keeps the trained pipeline's named entities (PERSON, ORG) in doc.user_data and clears
doc.ents, which belong to our actor components.

`pk_parsed` finds each trigger word of the `dependencies` rules (rules.yaml) and takes its
arguments from the parse, not from word order:
- a verb's subject is its `nsubj` (the head noun of a relative clause for "who", the governing
  verb's subject for an infinitive or a conjoined verb), or the `agent` of a passive; its object is
  its `dobj`, the `nsubjpass` of a passive, the noun a participle modifies ("a PAC funded by X"), or
  the object of one of the rule's prepositions ("gave $5,000 to X", "ruled against X");
- a noun's ("lawsuit against X", "X's suspension of Y", "an endorsement from X") subject is its
  possessor or the object of by / from, else the subject of the verb it is the object of ("X filed a
  lawsuit"), its object the object of its prepositions; "received X's endorsement" turns it round;
- "support the recall of X" is no support of X: a support verb over a removal noun is removal, an
  opposing verb over one is support;
- each argument's conjuncts get the relation too ("sued the city, the union and the mayor");
- hedged, conditional or intended acts ("may sue", "if she endorses", "plans to sue") are not
  facts and are dropped; "did not sue" and "withdrew its endorsement of" are negated (pk_modality
  marks these too).
An argument is an actor mention of the earlier components (names, titles, references resolved
across sentences) when one covers its head word, else a named entity of the trained pipeline.

The package: base.py (shared word lists and token tests, `pk_ner`), component.py (`Parsed`, the
`pk_parsed` factory) and the parts `Parsed` is built from, one concern each: lists.py, arguments.py,
verbs.py, removal.py, support.py, suits.py, nouns.py, context.py, filters.py, readings.py.
"""

from kg.extraction.parsed.base import keep_entities, not_a_fact, refused
from kg.extraction.parsed.component import Parsed, make_parsed

__all__ = ["Parsed", "keep_entities", "make_parsed", "not_a_fact", "refused"]
