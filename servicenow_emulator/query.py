"""ServiceNow encoded queries (``sysparm_query``): parsing and evaluation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_TERM = re.compile(
    r"^([a-z0-9_.]+?)"
    r"(ISNOTEMPTY|ISEMPTY|ANYTHING|NOT LIKE|NOT IN|STARTSWITH|ENDSWITH|LIKE|IN|!=|>=|<=|=|<|>)(.*)$",
    re.DOTALL,
)
_NO_VALUE = {"ISNOTEMPTY", "ISEMPTY", "ANYTHING"}


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: str


@dataclass
class Query:
    #: OR of sub-queries (``^NQ``); each an AND of OR-groups.
    alternatives: list[list[list[Condition]]] = field(default_factory=list)
    order: list[tuple[str, bool]] = field(default_factory=list)  # (field, descending)
    #: Terms that could not be parsed.
    malformed: list[str] = field(default_factory=list)

    def fields(self) -> set[str]:
        names = {c.field for alt in self.alternatives for group in alt for c in group}
        return names | {f for f, _ in self.order}

    def drop_fields(self, bad: set[str]) -> None:
        """Remove every condition on a field in ``bad`` (ServiceNow ignores invalid terms by default)."""
        alternatives = []
        for alt in self.alternatives:
            groups = [[c for c in g if c.field not in bad] for g in alt]
            alternatives.append([g for g in groups if g])
        self.alternatives = alternatives
        self.order = [(f, d) for f, d in self.order if f not in bad]


def parse(encoded: str) -> Query:
    query = Query()
    for sub in encoded.split("^NQ"):
        groups: list[list[Condition]] = []
        for raw in sub.split("^"):
            term = raw
            is_or = False
            if term.startswith("OR") and groups and not term.startswith("ORDERBY"):
                is_or = True
                term = term[2:]
            if not term or term == "EQ":
                continue
            if term.startswith("ORDERBYDESC"):
                query.order.append((term[len("ORDERBYDESC") :], True))
                continue
            if term.startswith("ORDERBY"):
                query.order.append((term[len("ORDERBY") :], False))
                continue
            match = _TERM.match(term)
            if not match:
                query.malformed.append(term)
                continue
            name, op, value = match.groups()
            cond = Condition(name, op, "" if op in _NO_VALUE else value)
            if is_or:
                groups[-1].append(cond)
            else:
                groups.append([cond])
        query.alternatives.append(groups)
    return query


#: A term no record matches (every record has a sys_id): what a term on a sealed field becomes.
NO_MATCH_TERM = "sys_idISEMPTY"
#: What the request log shows instead of the value of a term on a secret field.
REDACTED = "********"


def rewrite_terms(encoded: str, rewrite: Callable[[str, str, str], str | None]) -> str:
    """The encoded query with some terms replaced; every other byte is kept.

    Terms are split exactly as :func:`parse` splits them. ``rewrite(field, op, value)`` is called for each
    condition term (``op`` is ``ORDERBY`` or ``ORDERBYDESC`` for an ordering, with ``value`` blank) and
    returns the replacement term (without its ``OR`` prefix, which is kept) or ``None`` to keep the term;
    an empty replacement removes the term (``parse`` skips empty terms).
    """
    subs = []
    for sub in encoded.split("^NQ"):
        terms = []
        has_group = False
        for raw in sub.split("^"):
            term, prefix = raw, ""
            if term.startswith("OR") and has_group and not term.startswith("ORDERBY"):
                term, prefix = term[2:], "OR"
            replacement: str | None = None
            if not term or term == "EQ":
                pass
            elif term.startswith("ORDERBYDESC"):
                replacement = rewrite(term[len("ORDERBYDESC") :], "ORDERBYDESC", "")
            elif term.startswith("ORDERBY"):
                replacement = rewrite(term[len("ORDERBY") :], "ORDERBY", "")
            else:
                match = _TERM.match(term)
                if match:
                    has_group = True
                    name, op, value = match.groups()
                    replacement = rewrite(name, op, value)
            terms.append(raw if replacement is None else (prefix + replacement if replacement else ""))
        subs.append("^".join(terms))
    return "^NQ".join(subs)


def seal(encoded: str, sealed: Callable[[str], bool]) -> str:
    """The encoded query with every term on a sealed field (password2) made to match nothing.

    A condition becomes :data:`NO_MATCH_TERM` (so ``a=1^ORsecret=x`` still matches ``a=1``); an ordering
    on a sealed field is dropped. No comparison, ordering or emptiness test ever reads a sealed value.
    """

    def rewrite(name: str, op: str, _value: str) -> str | None:
        if not sealed(name):
            return None
        return "" if op.startswith("ORDERBY") else NO_MATCH_TERM

    return rewrite_terms(encoded, rewrite)


def redact(encoded: str, secret: Callable[[str], bool]) -> str:
    """The encoded query with the value of every term on a secret field replaced by :data:`REDACTED`."""

    def rewrite(name: str, op: str, value: str) -> str | None:
        if not value or not secret(name):
            return None
        return f"{name}{op}{REDACTED}"

    return rewrite_terms(encoded, rewrite)


def _num(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _compare(actual: str, op: str, expected: str) -> bool:
    a = actual.lower()
    e = expected.lower()
    if op == "=":
        return a == e
    if op == "!=":
        return a != e
    if op == "LIKE":
        return e in a
    if op == "NOT LIKE":
        return e not in a
    if op == "STARTSWITH":
        return a.startswith(e)
    if op == "ENDSWITH":
        return a.endswith(e)
    if op == "IN":
        return a in {x.strip().lower() for x in expected.split(",")}
    if op == "NOT IN":
        return a not in {x.strip().lower() for x in expected.split(",")}
    if op == "ISEMPTY":
        return actual == ""
    if op == "ISNOTEMPTY":
        return actual != ""
    if op == "ANYTHING":
        return True
    na, ne = _num(actual), _num(expected)
    left: float | str = na if na is not None and ne is not None else a
    right: float | str = ne if na is not None and ne is not None else e
    if op == "<":
        return left < right  # type: ignore[operator]
    if op == ">":
        return left > right  # type: ignore[operator]
    if op == "<=":
        return left <= right  # type: ignore[operator]
    if op == ">=":
        return left >= right  # type: ignore[operator]
    return False


def matches(query: Query, get: Callable[[str], str]) -> bool:
    """Whether a record matches; ``get(field)`` returns the raw value of a (possibly dotted) field."""
    if not query.alternatives:
        return True
    for alt in query.alternatives:
        if all(any(_compare(get(c.field), c.op, c.value) for c in group) for group in alt):
            return True
    return False
