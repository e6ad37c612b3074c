"""One choice: what had to be chosen where ServiceNow's documented behaviour leaves a question open, what
the emulator does, and the source that leaves it open. Each `choices_*.py` module declares its choices
with it; `choices.py` gathers them.

Sources are ServiceNow documentation pages (the ServiceNowDocs repository's file names), the ServiceNow
SDK's table definitions, KB articles and public issues; "none found" says that no source read for this
project settles the question.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """One place where ServiceNow's documented behaviour leaves a question open and the emulator chose."""

    topic: str  #: what had to be chosen (the README's first column)
    emulator: str  #: what the emulator does
    source: str  #: what the sources say, and which of them leaves the question open
    names: tuple[str, ...] = ()  #: the names of its module that hold the choice, when code reads one
