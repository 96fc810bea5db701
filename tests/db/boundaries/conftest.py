"""The boundary tests' stockpile: the catalogue seeded, and one lot."""

from __future__ import annotations

import pytest

from ...helpers import receive, seed_catalogue


@pytest.fixture
def sp(stockpile):
    seed_catalogue(stockpile)
    return stockpile


@pytest.fixture
def lot(sp) -> int:
    """L-001: 1,000 M67 received on RECEIVED at ANAD."""
    return receive(sp)
