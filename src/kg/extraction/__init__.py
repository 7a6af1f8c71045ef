"""Populate from text: propose evidence-backed assertions for a document (issue 4).

The pipeline is spaCy's trained English pipeline (en_core_web_sm, installed pinned and
hash-checked) with rule-based components around it (see pipeline.py for their order and rules.yaml
for the rules). This package imports spaCy: import it only inside
commands that extract, never from modules on the lookup path.
"""
