"""The partners' colour pairs the couple can choose from (Settings → Partner colours).

Every colour is an Okabe–Ito hue, deepened (same hue, lower lightness) until soft-white text
on it meets WCAG AA (4.5:1) while the colour itself still stands out at 3:1 from the light
and the dark backgrounds. The pairs sit on opposite ends of the blue–yellow axis, which
protanopia, deuteranopia and tritanopia all keep: tests/ui/test_palettes.py simulates the
three and checks the two colours stay far apart. Colour is never the only signal: every
coloured area also names the partner in words.
"""

from __future__ import annotations

from typing import NamedTuple

from heard.core.preferences import PARTNER_COLOURS
from heard.ui.i18n import QT_TRANSLATE_NOOP
from heard.ui.theme import Theme

BLUE = "#0072B2"  # Okabe–Ito blue, as it is
VERMILLION = "#B85200"  # Okabe–Ito vermillion #D55E00, deepened
ORANGE = "#946700"  # Okabe–Ito orange #E69F00, deepened (an ochre)


class PartnerPair(NamedTuple):  # not a dataclass: defined on the launch path
    id: str
    label: str
    """Untranslated; shown through QCoreApplication.translate("PartnerPair", label)."""
    partner_a: str
    partner_b: str


PAIRS: dict[str, PartnerPair] = {
    pair.id: pair
    for pair in (
        PartnerPair(
            "blue_vermillion",
            QT_TRANSLATE_NOOP("PartnerPair", "Blue and vermillion"),
            BLUE,
            VERMILLION,
        ),
        PartnerPair(
            "blue_orange", QT_TRANSLATE_NOOP("PartnerPair", "Blue and ochre"), BLUE, ORANGE
        ),
        PartnerPair(
            "vermillion_blue",
            QT_TRANSLATE_NOOP("PartnerPair", "Vermillion and blue"),
            VERMILLION,
            BLUE,
        ),
    )
}
assert tuple(PAIRS) == PARTNER_COLOURS, "heard.core.preferences lists the same pairs"


def pair(pair_id: str) -> PartnerPair:
    """The pair with this id (the default pair for an id that is not known)."""
    return PAIRS.get(pair_id, PAIRS[PARTNER_COLOURS[0]])


def with_partners(theme: Theme, pair_id: str) -> Theme:
    chosen = pair(pair_id)
    return theme._replace(partner_a=chosen.partner_a, partner_b=chosen.partner_b)
