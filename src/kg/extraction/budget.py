"""A time budget per document: extraction that runs over it is interrupted, not waited for.

Most of the pipeline is linear in the length of a document, but spaCy's tokenizer is not: it
splits a run of prefix characters without spaces ("$$$$…", "((((…") one character at a time
and searches the rest of the run again each time, so 20 KB of "$" take a minute. The budget
is a real-time interval timer (SIGALRM) whose handler raises OverBudget in the main thread.
Python runs the handler between bytecodes, and the regular-expression engine checks for
signals while it searches, so even the tokenizer (Cython code that calls those searches)
stops within moments: the exception comes out of the search and through spaCy. Worker
processes run their documents in their own main thread, each with its own timer.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The default budget of a document: a minute per MB of text, and at least a minute. The bundled
# news articles take well under a second each, and a 10 MB text about three minutes on a busy
# 2-core machine (some rules read back over the actors named so far, so time grows a little
# faster than size); 20 KB of "$" would take a minute and more.
SECONDS_PER_MB = 60.0
MIN_SECONDS = 60.0


def default_budget(text: str) -> float:
    """Seconds that extraction from TEXT may take, unless --timeout says otherwise."""
    return max(MIN_SECONDS, SECONDS_PER_MB * len(text.encode("utf-8")) / 1_000_000)


class OverBudget(BaseException):  # noqa: N818 - not an error of the code; like KeyboardInterrupt
    """Raised in the middle of a document's processing when its time is up. A BaseException,
    so that no `except Exception` on the way can swallow it."""

    def __init__(self, seconds: float):
        super().__init__(f"over the {seconds:g} s budget")
        self.seconds = seconds


def can_interrupt() -> bool:
    """Whether a budget can be enforced here: only the main thread receives SIGALRM."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in the body once SECONDS have passed; None, 0 or inf mean no budget.
    Outside the main thread (where no signal arrives) the body runs without one."""
    if not seconds or math.isinf(seconds) or not can_interrupt():
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
