"""The operating-system login on every audit entry (issue 14): on a SQLite file, one person's
record, the name typed is all the record otherwise says of who worked; the login the program ran
under is kept beside it, in the entry's hash (audit.entry_hash). On PostgreSQL it only informs: the
database login is the identity. It is a claim the machine makes (whoever runs the program can set
it), not a signature. Entries written before hold none and keep their hashes.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

TABLE, COLUMN = "audit_entry", "os_login"


def upgrade() -> None:
    columns = {column["name"] for column in sa.inspect(op.get_bind()).get_columns(TABLE)}
    if COLUMN not in columns:  # kept by a downgrade: the entries' hashes cover it
        op.add_column(TABLE, sa.Column(COLUMN, sa.String(length=100), nullable=True))


def downgrade() -> None:
    """The column stays: the hashes of the entries written since cover it, and dropping it would
    break the chain; an older program neither reads nor writes it (its entries hold none)."""
