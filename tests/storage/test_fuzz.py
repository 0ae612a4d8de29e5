"""The loader against hostile and broken input: only its own named errors, never a hang."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionroll_desktop.model import Workshop
from regionroll_desktop.storage import (
    TooDeepError,
    WorkshopFileError,
    dump_workshop,
    load_workshop_bytes,
)

from ..strategies import workshops

FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=40,
)


def only_named_errors(data: bytes) -> None:
    try:
        result = load_workshop_bytes(data)
    except WorkshopFileError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
    else:
        assert isinstance(result, Workshop)


@given(st.binary(max_size=2000))
@FAST
def test_arbitrary_bytes(data: bytes) -> None:
    only_named_errors(data)


@given(json_values)
@FAST
def test_arbitrary_json(value: Any) -> None:
    only_named_errors(json.dumps(value).encode())
    envelope = {"format": "regionroll-workshop", "schema_version": 1, "workshop": value}
    only_named_errors(json.dumps(envelope).encode())


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


@given(workshops(), st.data())
@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
def test_document_shaped_data_with_wrong_values(workshop: Workshop, data: st.DataObject) -> None:
    """A real file with one value anywhere replaced by anything: refused by name, or valid."""
    document = json.loads(dump_workshop(workshop))
    paths = [p for p in _paths(document) if p]
    path = data.draw(st.sampled_from(paths))
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = data.draw(json_values)
    only_named_errors(json.dumps(document).encode())


def test_deep_nesting_huge_strings_and_special_numbers() -> None:
    for depth in (70, 5_000, 200_000):
        data = (
            b'{"format": "regionroll-workshop", "schema_version": 1, "workshop": '
            + (b"[" * depth + b"]" * depth)
            + b"}"
        )
        with pytest.raises(TooDeepError):
            load_workshop_bytes(data)
    document = json.loads(dump_workshop(Workshop()))
    document["workshop"]["details"]["title"] = "x" * 2_000_000
    only_named_errors(json.dumps(document).encode())
    document["workshop"]["strategy"]["documents"] = [{"id": "a"}] * 100_000
    only_named_errors(json.dumps(document).encode())
    for constant in (b"NaN", b"Infinity", b"-Infinity", b"1e999"):
        raw = dump_workshop(Workshop()).replace(b'"note": ""', b'"note": ' + constant, 1)
        only_named_errors(raw)
    only_named_errors(b" " * (65 * 1024 * 1024))  # larger than any workshop


def test_duplicate_and_dangling_ids_and_cycles() -> None:
    document = json.loads(dump_workshop(Workshop()))
    doc = {"id": "a", "title": "A", "kind": "plan"}
    strategy = document["workshop"]["strategy"]
    strategy["documents"] = [doc, doc]
    only_named_errors(json.dumps(document).encode())  # duplicate id
    strategy["documents"] = [doc]
    strategy["links"] = [{"document": "a", "source": "ghost"}]
    only_named_errors(json.dumps(document).encode())  # dangling id
    strategy["documents"] = [doc, {**doc, "id": "b"}]
    strategy["links"] = [{"document": "a", "source": "b"}, {"document": "b", "source": "a"}]
    loaded = load_workshop_bytes(json.dumps(document).encode())  # a cycle is allowed: the
    assert len(loaded.strategy.links) == 2  # diagnostics show it to the room
    document["workshop"]["organisation"]["branches"][0]["political_body"] = "ghost"
    only_named_errors(json.dumps(document).encode())


def test_opening_a_file_never_runs_code() -> None:
    hostile = (
        b'{"format": "regionroll-workshop", "schema_version": 1, "workshop": '
        b'{"details": {"title": "__import__(\'os\').system(\'touch /tmp/pwned\')"}}}'
    )
    workshop = load_workshop_bytes(hostile)
    assert workshop.details.title.startswith("__import__")  # just text
