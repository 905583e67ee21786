"""Property test: any parameter set inside the declared ranges gives a sane run."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import PARAMETERS, Params, integrate

pytestmark = pytest.mark.slow
SHARES = ("head_traffic_share", "head_traffic_share_high_tier", "head_traffic_share_low_tier", "smb_gmv_share")
FRACTIONS = (*SHARES, "wallet_share_high_tier", "wallet_share_low_tier", "logistics_coverage")
STOCKS = (
    "buyers_high_tier",
    "buyers_low_tier",
    "merchants_head",
    "merchants_smb_new",
    "merchants_smb_established",
    "cpc_index",
    "rival_fee",
    "subsidy_spent",
    "smb_capability",
)


@st.composite
def param_sets(draw: st.DrawFn) -> Params:
    values = tuple(draw(st.floats(p.min, p.max, allow_nan=False)) for p in PARAMETERS)
    return Params(values)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run=param_sets(), reference=st.one_of(st.none(), param_sets()))
def test_any_declared_parameters_give_finite_nonnegative_runs(run: Params, reference: Params | None) -> None:
    # reference None → shock on the default equilibrium; else calibrated at the drawn state
    raw = integrate(run, reference=reference, months=72).data
    for name, series in raw.items():
        assert np.all(np.isfinite(series)), name
    for name in STOCKS:
        assert np.all(raw[name] >= 0), name
    for name in FRACTIONS:
        assert np.all((raw[name] >= 0) & (raw[name] <= 1)), name
