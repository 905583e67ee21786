"""Units: the declared unit phrases ("RMB bn per month", "M people") read as dimensions.

Every parameter and variable declares its unit as an English phrase (the registry, the
equation declaration). This module reads those phrases, so that the XMILE export can write
them as unit expressions (``RMB_bn/month``) and the tests can check dimensions, e.g. that
every flow has its stock's unit per month.

A phrase is a head and any number of ``per X`` parts: ``k RMB per shopper per year`` is
k_RMB / (shopper * year). Each part is one of ``PARTS``. Shares, indices, weights and
logarithms are dimensionless (XMILE's ``1``): "fraction of sales" and "index 0-1" say what
the number is a fraction or index of, not a unit. A phrase that uses a part not listed
here raises ``ValueError``: add the part, do not guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

# part of a phrase -> the XMILE unit name it stands for ("1": dimensionless)
PARTS: Mapping[str, str] = MappingProxyType(
    {
        # dimensionless: shares, indices, weights, elasticities, logarithms
        "-": "1",
        "dimensionless": "1",
        "fraction": "1",
        "fraction of GMV": "1",
        "fraction of price": "1",
        "fraction of sales": "1",
        "index": "1",
        "index 0-1": "1",
        "ln index": "1",
        "weight": "1",
        "elasticity": "1",
        "unit coverage": "1",
        "unit margin": "1",
        "unit ln merchants": "1",
        "unit ln price": "1",
        "unit ln quality": "1",
        "unit ln sales": "1",
        # time
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
        # money
        "RMB": "RMB",
        "k RMB": "k_RMB",
        "RMB bn": "RMB_bn",
        # counts
        "M people": "M_people",
        "M merchants": "M_merchants",
        "buyer": "buyer",
        "merchant": "merchant",
        "shopper": "shopper",
        "platforms": "platform",
        # consumer utility (logit index)
        "utility": "utility",
        "unit utility": "utility",
    }
)

# the XMILE model_units: each name, with the phrases that read as it (its aliases)
UNIT_NAMES: tuple[str, ...] = tuple(sorted({u for u in PARTS.values() if u != "1"}))


def dimension(phrase: str) -> Counter[str]:
    """Exponent of each unit name in ``phrase`` (dimensionless parts dropped).

    >>> dict(dimension("RMB bn per M merchants per month"))
    {'RMB_bn': 1, 'M_merchants': -1, 'month': -1}
    >>> dict(dimension("fraction of sales per month"))
    {'month': -1}
    """
    head, *per = re.split(r"\bper\b", phrase.strip())
    parts = [(head.strip(), 1)] + [(p.strip(), -1) for p in per]
    dims: Counter[str] = Counter()
    for part, sign in parts:
        if sign == 1 and not part and per:  # "per month": an empty head
            continue
        if part not in PARTS:
            raise ValueError(f"unit {phrase!r}: {part!r} is not a known unit (model/units.py PARTS)")
        name = PARTS[part]
        if name != "1":
            dims[name] += sign
    return Counter({k: v for k, v in dims.items() if v != 0})


def xmile_unit(phrase: str) -> str:
    """The XMILE unit expression of ``phrase``: names, ``*``, ``/``, ``^``, parentheses, ``1``.

    >>> xmile_unit("RMB bn per month per month")
    'RMB_bn/month^2'
    >>> xmile_unit("k RMB per shopper per year")
    'k_RMB/(shopper*year)'
    >>> xmile_unit("fraction per month"), xmile_unit("index")
    ('1/month', '1')
    """
    dims = dimension(phrase)

    def product(items: list[tuple[str, int]]) -> str:
        return "*".join(name if power == 1 else f"{name}^{power}" for name, power in items)

    up = [(n, p) for n, p in dims.items() if p > 0]
    down = [(n, -p) for n, p in dims.items() if p < 0]
    top = product(up) or "1"
    if not down:
        return top
    bottom = product(down)
    return f"{top}/({bottom})" if len(down) > 1 else f"{top}/{bottom}"


def aliases(name: str) -> list[str]:
    """The phrases that read as unit ``name`` (XMILE's ``<alias>``): not the name itself, nor the
    name with spaces for underscores (XMILE reads a space in a name as an underscore)."""
    return sorted(p for p, n in PARTS.items() if n == name and p.replace(" ", "_") != name and not p.startswith("unit "))


__all__ = ["PARTS", "UNIT_NAMES", "aliases", "dimension", "xmile_unit"]
