"""Article 7 texts (issue 13): what the office writes into a year's report, the cover's details
(state, point of contact, submission), the text forms (A, C, E, I, J) and a note under each table
form. A new table, append-only like the Korea requirements (a change is a new row); no existing row
changes.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLE = "article7_text"
PARTS = (
    "('cover_state', 'cover_contact', 'cover_organisation', 'cover_phone', 'cover_email', "
    "'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'submitted_on', 'submission_ref')"
)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=100), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"part IN {PARTS}", name=op.f("ck_article7_text_part")),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_article7_text_text")),
        sa.CheckConstraint("year BETWEEN 1997 AND 9999", name=op.f("ck_article7_text_year")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article7_text")),
    )
    op.create_index("ix_article7_text_year_part", TABLE, ["year", "part"])
    # Append-only, as migration 0002 made the retention decisions.
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {TABLE}_no_{action.lower()} BEFORE {action} ON {TABLE} "
                f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only: write the part again instead'); END"
            )


def downgrade() -> None:
    """The texts written go with the table (its triggers with it): schema 0016 prints no cover."""
    op.drop_table(TABLE)
