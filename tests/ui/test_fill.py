"""heard.ui.i18n.fill: Qt's %1, %2... placeholders, filled in one pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from heard.ui.i18n import fill


def reference_fill(text: str, *values: object) -> str:
    """The character-by-character definition fill() replaced (kept as the specification)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            number = int(text[i + 1 : j])
            if 1 <= number <= len(values):
                out.append(str(values[number - 1]))
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def test_fill_replaces_numbered_placeholders_once() -> None:
    assert fill("%1 has the floor. %2 is listening.", "Sam", "Alex") == (
        "Sam has the floor. Alex is listening."
    )
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 %2% · %3 %4%", "Sam", 55, "Alex", 45) == "Sam 55% · Alex 45%"
    assert fill("%1", "%2 stays") == "%2 stays"  # a value is never filled again
    assert fill("%0 %3 %12 %", "a", "b") == "%0 %3 %12 %"  # no value: left as it is
    assert fill("no placeholders") == "no placeholders"


@given(
    st.text(alphabet=st.sampled_from(list("%0123456789ab :·")), max_size=40),
    st.lists(st.text(alphabet=st.sampled_from(list("%12xy")), max_size=4), max_size=12),
)
def test_fill_matches_its_definition(text: str, values: list[str]) -> None:
    assert fill(text, *values) == reference_fill(text, *values)
