"""Lot numbers and certificates unique without regard to case (issue 14): L-001 and l-001 of one
type, or certificates ADV-C6 and adv-c6, print alike and would be read as one. A unique index on
lower() keeps that in the database; the services also fold width and compatibility forms
(rules.folded). A record that already holds two such is refused, naming them: which is the right
one is for the office to say, not for the upgrade to guess.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, text

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

LOT_INDEX = "uq_lot_mine_type_id_lower_lot_number"
CERTIFICATE_INDEX = "uq_destruction_event_lower_certificate_number"

# The rows whose key another row shares, grouped by the index's own expression: what is refused is
# exactly what the index could not hold. (name, key) rows, in key order.
LOT_CLASHES = """
SELECT t.designation || ' lot ' || l.lot_number, l.mine_type_id || ' ' || lower(l.lot_number)
FROM lot l JOIN mine_type t ON t.id = l.mine_type_id
WHERE (l.mine_type_id, lower(l.lot_number)) IN (
    SELECT mine_type_id, lower(lot_number) FROM lot GROUP BY mine_type_id, lower(lot_number) HAVING count(*) > 1
)
ORDER BY 2, 1
"""
CERTIFICATE_CLASHES = """
SELECT certificate_number, lower(certificate_number) FROM destruction_event
WHERE lower(certificate_number) IN (
    SELECT lower(certificate_number) FROM destruction_event GROUP BY lower(certificate_number) HAVING count(*) > 1
)
ORDER BY 2, 1
"""


def _clashes(bind: Connection, query: str) -> list[str]:
    """'M67 lot L-001 and M67 lot l-001', one per key held twice."""
    found: dict[str, list[str]] = {}
    for name, key in bind.execute(text(query)):
        found.setdefault(key, []).append(name)
    return [" and ".join(names) for names in found.values()]


def upgrade() -> None:
    bind = op.get_bind()
    clashes = _clashes(bind, LOT_CLASHES) + [f"certificates {c}" for c in _clashes(bind, CERTIFICATE_CLASHES)]
    if clashes:
        raise RuntimeError(
            f"the record holds lot numbers or certificates that differ only by case and print alike "
            f"({'; '.join(clashes)}): which is meant is for the office to settle, with the program's "
            "previous version, before upgrading"
        )
    op.execute(text(f"CREATE UNIQUE INDEX {LOT_INDEX} ON lot (mine_type_id, lower(lot_number))"))
    op.execute(text(f"CREATE UNIQUE INDEX {CERTIFICATE_INDEX} ON destruction_event (lower(certificate_number))"))


def downgrade() -> None:
    op.drop_index(CERTIFICATE_INDEX, table_name="destruction_event")
    op.drop_index(LOT_INDEX, table_name="lot")
