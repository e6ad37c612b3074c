"""The emulator's choices are in one place, each with its source: `choices.CHOICES` gathers every place
where ServiceNow's behaviour is unconfirmed from the topic modules (`choices_*.py`, each declaring its
choices next to the names that hold them), the README's table is rendered from it, and every name of
the choices modules is accounted for (a choice's, a documented fact's with its source, or the emulator's
own)."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from servicenow_emulator import choices as C
from servicenow_emulator import choices_readme

README = Path(C.__file__).with_name("README.md")
#: What a source names: a document (a documentation page, the SDK, an issue, an RFC, a KB article, public
#: code, a form), the weight of the evidence ([M], [L]), or that there is none ("none found") or that the
#: choice is the emulator's own ("emulator-only").
SOURCE = re.compile(
    r"\.md\b|SDK|issue|RFC|KB|public code|third-party|community|pysnow|client|form|docs|\[M\]|\[L\]|"
    r"none found|emulator-only"
)


def _public_names() -> set[str]:
    return {n for n in vars(C) if n.isupper() and not n.startswith("_") and n not in _INDEX}


_INDEX = {"CHOICES", "FACTS", "PLUMBING", "MODULES"}


def _names_of(module: ModuleType) -> set[str]:
    """The names a topic module declares (its index aside)."""
    return {n for n in vars(module) if n.isupper() and not n.startswith("_") and n not in _INDEX}


def test_the_readme_table_is_rendered_from_the_choices() -> None:
    text = README.read_text()
    begin, end = choices_readme.README_BEGIN, choices_readme.README_END
    assert text.count(begin) == 1 and text.count(end) == 1
    assert choices_readme.render_readme(text) == text, (
        "servicenow_emulator/README.md's table of choices differs from choices.CHOICES: run "
        "`python -m servicenow_emulator.choices_readme --write` (edit the choices_*.py module, not the table)"
    )


def test_every_choice_says_what_the_emulator_does_and_names_its_source() -> None:
    topics = [c.topic for c in C.CHOICES]
    assert len(topics) == len(set(topics)), "two choices with one topic"
    for choice in C.CHOICES:
        assert choice.topic.strip() and choice.emulator.strip(), choice
        assert SOURCE.search(choice.source), (
            f"{choice.topic}: the source names no document, no weight of evidence, and does not say "
            "'none found' or 'emulator-only'"
        )
        assert "|" not in choice.topic + choice.emulator + choice.source, (
            f"{choice.topic}: '|' breaks the table"
        )
        # The repository stands alone: a source is a document anyone can find, not a section of notes kept
        # outside it.
        assert "§" not in choice.source and "servicenow.md" not in choice.source, choice.topic


def test_every_name_of_the_choices_module_is_a_choice_a_documented_fact_or_the_emulators_own() -> None:
    named = [n for c in C.CHOICES for n in c.names]
    assert len(named) == len(set(named)), "a name held by two choices"
    accounted = set(named) | set(C.FACTS) | set(C.PLUMBING)
    assert not set(named) & set(C.FACTS) and not set(named) & C.PLUMBING and not set(C.FACTS) & C.PLUMBING
    unknown = accounted - _public_names()
    assert not unknown, f"the index names what the choices modules do not define: {sorted(unknown)}"
    unaccounted = _public_names() - accounted
    assert not unaccounted, (
        f"choices defines {sorted(unaccounted)} without saying what they are: add each to a Choice's "
        "names (with its source), to FACTS (with the source that documents it) or to PLUMBING"
    )
    for name, source in C.FACTS.items():
        assert len(source.strip()) > 10, f"FACTS[{name!r}]: no source"


def test_choices_gathers_every_topic_module_and_each_module_accounts_for_its_own_names() -> None:
    """A choice lives in one module with its names and its source: each topic module's index names only
    what that module declares, and `choices` re-exports every name of every topic, declared once."""
    declared: list[str] = []
    for module in C.MODULES:
        names = _names_of(module)
        declared += sorted(names)
        own = {n for c in module.CHOICES for n in c.names} | set(module.FACTS) | set(module.PLUMBING)
        assert own == names, (
            f"{module.__name__}: {sorted(own ^ names)} declared in one place, indexed in another"
        )
        for name in names:
            assert getattr(C, name) is getattr(module, name), f"choices.{name} is not {module.__name__}'s"
    assert len(declared) == len(set(declared)), "a name declared by two topic modules"
    assert set(declared) == _public_names()
    assert C.CHOICES == tuple(c for module in C.MODULES for c in module.CHOICES)


def test_the_comment_of_every_choice_name_says_what_is_unconfirmed_or_where_it_comes_from() -> None:
    """Each name a choice holds carries, in the module that declares the choice, the comment that explains
    it (the `#:` block above it or one it shares with the names next to it)."""
    for module in C.MODULES:
        assert module.__file__ is not None
        lines = Path(module.__file__).read_text().splitlines()
        for choice in module.CHOICES:
            for name in choice.names:
                [index] = [i for i, line in enumerate(lines) if line.startswith(f"{name}: Final")]
                above = lines[max(0, index - 3) : index]
                assert any(line.startswith("#:") for line in above), (
                    f"{name}: no comment in {module.__name__}"
                )
