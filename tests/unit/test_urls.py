"""A database URL as kept in the settings and shown in titles and messages: never its password."""

from __future__ import annotations

import pytest

from stockpile_tracker.db.engine import without_password


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (
            "postgresql+psycopg://clerk:s3cret@records:5432/stockpile",
            "postgresql+psycopg://clerk@records:5432/stockpile",
        ),
        (
            "postgresql+psycopg://clerk@records/stockpile?password=s3cret",
            "postgresql+psycopg://clerk@records/stockpile",
        ),
        (
            "postgresql+psycopg://clerk@records/stockpile?sslmode=require&PASSWORD=s3cret",
            "postgresql+psycopg://clerk@records/stockpile?sslmode=require",
        ),
        ("/home/clerk/stockpile.db", "/home/clerk/stockpile.db"),
    ],
)
def test_a_url_is_kept_without_its_password(given, kept):
    assert without_password(given) == kept
