"""The construct tree as the constructs read it, with fewer round trips to the jsii kernel.

Every read of ``construct.node.path``, ``TerraformStack.of(construct)`` or ``node.find_all()`` is a
request to the Node.js process that holds the tree (two for a path: the node, then its path), and a
stack of the spoke made hundreds of them. What they return for a construct never changes once it
exists (its scope and id are fixed at creation), so:

- :func:`path_of` and :func:`stack_of` ask once per construct, and not at all for a construct of this
  library (:func:`created` works both out from its scope and id, as the ``constructs`` package does);
- :func:`first_in_stack` looks for a construct of this library through the ones :func:`created`
  listed under each stack, and asks the tree (``find_all``, pre-order) only when one of them matches,
  so its answer is the tree's own: a construct the tree holds was listed, and what was listed but is
  no longer in the tree is never returned.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from constructs import Construct

from .cdk import TerraformStack

_PATHS: weakref.WeakKeyDictionary[Construct, str] = weakref.WeakKeyDictionary()
_STACKS: weakref.WeakKeyDictionary[Construct, Any] = weakref.WeakKeyDictionary()
#: For each stack: the constructs of this library created in it or in a stack nested in it.
_LISTED: weakref.WeakKeyDictionary[Any, list[Construct]] = weakref.WeakKeyDictionary()
#: For each stack: itself and the stacks it is nested in.
_AROUND: weakref.WeakKeyDictionary[Any, list[Any]] = weakref.WeakKeyDictionary()
#: What ``constructs`` (10.x, ``sanitizeId``) replaces in an id: the path and address separators. An id
#: holding one of them is left to the tree to tell.
_ID_SEPARATORS = ("/", "\n")


def path_of(construct: Construct) -> str:
    """``construct.node.path``."""
    path = _PATHS.get(construct)
    if path is None:
        path = _PATHS[construct] = construct.node.path
    return path


def stack_of(construct: Construct) -> Any:
    """``TerraformStack.of(construct)``."""
    stack = _STACKS.get(construct)
    if stack is None:
        stack = _STACKS[construct] = TerraformStack.of(construct)
    return stack


def created(construct: Construct, scope: Construct, id: str) -> None:
    """Note a construct of this library just created as ``(scope, id)`` (it is no stack): its path
    (``<scope path>/<id>``, or ``id`` under the root), its stack (its scope's), and list it under that
    stack and the stacks around it, for :func:`first_in_stack`."""
    if not any(separator in id for separator in _ID_SEPARATORS):
        scope_path = path_of(scope)
        _PATHS[construct] = f"{scope_path}/{id}" if scope_path else id
    try:
        stack = _STACKS[construct] = stack_of(scope)
    except RuntimeError:  # no stack around it: no stack's find_all finds it (the caller fails as before)
        return
    for around in _stacks_around(stack):
        _LISTED.setdefault(around, []).append(construct)


def _stacks_around(stack: Any) -> list[Any]:
    stacks = _AROUND.get(stack)
    if stacks is None:
        stacks = _AROUND[stack] = [s for s in stack.node.scopes if isinstance(s, TerraformStack)]
    return stacks


def first_in_stack(scope: Construct, matches: Callable[[Any], bool]) -> Any:
    """The first construct of ``scope``'s stack, in the tree's pre-order (``find_all``), for which
    ``matches`` holds (it must hold only for constructs of this library); None when there is none."""
    stack = stack_of(scope)
    if not any(matches(listed) for listed in _LISTED.get(stack, ())):
        return None
    return next((other for other in stack.node.find_all() if matches(other)), None)
