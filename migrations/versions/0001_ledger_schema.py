"""Ledger schema: catalogue, lots, the ledger and its balance projection, retention, destruction,
audit; seeded with the two policy profiles of DOMAIN.md (editable data, not code).

Revision ID: 0001
Revises:
Create Date: 2026-11-27 20:44:27.077832
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_entry_hash'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('mine_type',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('designation', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=2), nullable=False),
    sa.Column('activation', sa.String(length=10), nullable=False),
    sa.Column('self_destruct_hours', sa.Integer(), nullable=True),
    sa.Column('self_deactivating', sa.Boolean(), nullable=False),
    sa.Column('delivery', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint("activation IN ('victim', 'command')", name=op.f('ck_mine_type_activation')),
    sa.CheckConstraint("category IN ('AP', 'AV')", name=op.f('ck_mine_type_category')),
    sa.CheckConstraint('self_destruct_hours IS NULL OR self_destruct_hours > 0', name=op.f('ck_mine_type_self_destruct_hours')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mine_type')),
    sa.UniqueConstraint('designation', name=op.f('uq_mine_type_designation'))
    )
    op.create_table('policy_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('deadline_years', sa.Integer(), nullable=True),
    sa.Column('permitted_retention', sa.JSON(), nullable=False),
    sa.Column('acquisition_banned_from', sa.Date(), nullable=True),
    sa.Column('transfers_only_for_destruction', sa.Boolean(), nullable=False),
    sa.Column('flags_retained_increase', sa.Boolean(), nullable=False),
    sa.Column('withdrawal_effective_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint('deadline_years IS NULL OR deadline_years > 0', name=op.f('ck_policy_profile_deadline_years')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_profile')),
    sa.UniqueConstraint('code', name=op.f('uq_policy_profile_code'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.CheckConstraint('length(country) = 2', name=op.f('ck_site_country')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('code', name=op.f('uq_site_code'))
    )
    op.create_table('lot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lot_number', sa.String(length=80), nullable=False),
    sa.Column('mine_type_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('manufactured_on', sa.Date(), nullable=True),
    sa.Column('condition_code', sa.String(length=1), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(lot_number) > 0', name=op.f('ck_lot_lot_number')),
    sa.ForeignKeyConstraint(['mine_type_id'], ['mine_type.id'], name=op.f('fk_lot_mine_type_id_mine_type')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_lot_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lot')),
    sa.UniqueConstraint('mine_type_id', 'lot_number', name=op.f('uq_lot_mine_type_id_lot_number'))
    )
    with op.batch_alter_table('lot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lot_lot_number'), ['lot_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_lot_mine_type_id'), ['mine_type_id'], unique=False)
        batch_op.create_index('ix_lot_site_id_lot_number', ['site_id', 'lot_number'], unique=False)

    op.create_table('programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('profile_id', sa.Integer(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('methods', sa.JSON(), nullable=False),
    sa.Column('safety_standards', sa.Text(), nullable=True),
    sa.Column('environmental_standards', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['policy_profile.id'], name=op.f('fk_programme_profile_id_policy_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('name', name=op.f('uq_programme_name'))
    )
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_profile_id'), ['profile_id'], unique=False)

    op.create_table('destruction_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_by', sa.String(length=100), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('close_note', sa.Text(), nullable=True),
    sa.CheckConstraint("(status = 'open') = (closed_by IS NULL)", name=op.f('ck_destruction_task_closed_by_when_not_open')),
    sa.CheckConstraint("status IN ('open', 'closed', 'cancelled')", name=op.f('ck_destruction_task_status')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_destruction_task_programme_id_programme')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_destruction_task_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_task')),
    sa.UniqueConstraint('reference', name=op.f('uq_destruction_task_reference'))
    )
    with op.batch_alter_table('destruction_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_task_planned_on'), ['planned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_destruction_task_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_destruction_task_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_destruction_task_status'), ['status'], unique=False)

    op.create_table('lot_balance',
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('on_hand', sa.Integer(), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('retained', sa.Integer(), nullable=False),
    sa.Column('retention_category', sa.String(length=16), nullable=True),
    sa.Column('scheduled', sa.Integer(), nullable=False),
    sa.Column('destroyed', sa.Integer(), nullable=False),
    sa.CheckConstraint('(retained = 0) = (retention_category IS NULL)', name=op.f('ck_lot_balance_retention_category')),
    sa.CheckConstraint('destroyed >= 0 AND on_hand + destroyed <= received', name=op.f('ck_lot_balance_destroyed_within_held')),
    sa.CheckConstraint('on_hand >= 0', name=op.f('ck_lot_balance_on_hand_not_negative')),
    sa.CheckConstraint('retained >= 0 AND retained <= on_hand', name=op.f('ck_lot_balance_retained_within_on_hand')),
    sa.CheckConstraint('scheduled >= 0 AND scheduled <= on_hand - retained', name=op.f('ck_lot_balance_scheduled_within_surplus')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_lot_balance_lot_id_lot')),
    sa.PrimaryKeyConstraint('lot_id', name=op.f('pk_lot_balance'))
    )
    with op.batch_alter_table('lot_balance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lot_balance_on_hand'), ['on_hand'], unique=False)
        batch_op.create_index(batch_op.f('ix_lot_balance_retained'), ['retained'], unique=False)
        batch_op.create_index(batch_op.f('ix_lot_balance_retention_category'), ['retention_category'], unique=False)

    op.create_table('programme_site',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_programme_site_programme_id_programme')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_programme_site_site_id_site')),
    sa.PrimaryKeyConstraint('programme_id', 'site_id', name=op.f('pk_programme_site'))
    )
    op.create_table('retention_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=True),
    sa.Column('institution', sa.String(length=200), nullable=True),
    sa.Column('authority_ref', sa.String(length=120), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("category IS NULL OR category <> 'article3' OR institution IS NOT NULL", name=op.f('ck_retention_decision_article3_institution')),
    sa.CheckConstraint("category IS NULL OR category IN ('korea', 'article3', 'legal_hold')", name=op.f('ck_retention_decision_category')),
    sa.CheckConstraint('(quantity = 0) = (category IS NULL)', name=op.f('ck_retention_decision_category_when_retained')),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_retention_decision_quantity_not_negative')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_retention_decision_lot_id_lot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_decision'))
    )
    with op.batch_alter_table('retention_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_retention_decision_lot_id'), ['lot_id'], unique=False)

    op.create_table('destruction_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('officer', sa.String(length=200), nullable=False),
    sa.Column('witness', sa.String(length=200), nullable=False),
    sa.Column('certificate_number', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('verified_by', sa.String(length=100), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.CheckConstraint('(verified_by IS NULL) = (verified_on IS NULL)', name=op.f('ck_destruction_event_verified_on')),
    sa.CheckConstraint('officer <> witness', name=op.f('ck_destruction_event_witness_not_officer')),
    sa.CheckConstraint('verified_by IS NULL OR verified_by <> recorded_by', name=op.f('ck_destruction_event_four_eyes')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_destruction_event_site_id_site')),
    sa.ForeignKeyConstraint(['task_id'], ['destruction_task.id'], name=op.f('fk_destruction_event_task_id_destruction_task')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_event')),
    sa.UniqueConstraint('certificate_number', name=op.f('uq_destruction_event_certificate_number'))
    )
    with op.batch_alter_table('destruction_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_event_occurred_on'), ['occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_destruction_event_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_destruction_event_task_id'), ['task_id'], unique=False)

    op.create_table('task_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_task_line_quantity_positive')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_task_line_lot_id_lot')),
    sa.ForeignKeyConstraint(['task_id'], ['destruction_task.id'], name=op.f('fk_task_line_task_id_destruction_task')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_line')),
    sa.UniqueConstraint('task_id', 'lot_id', name=op.f('uq_task_line_task_id_lot_id'))
    )
    with op.batch_alter_table('task_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_line_lot_id'), ['lot_id'], unique=False)

    op.create_table('event_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('certified_quantity', sa.Integer(), nullable=True),
    sa.CheckConstraint('certified_quantity IS NULL OR certified_quantity >= 0', name=op.f('ck_event_line_certified_not_negative')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_event_line_quantity_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['destruction_event.id'], name=op.f('fk_event_line_event_id_destruction_event')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_event_line_lot_id_lot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_line')),
    sa.UniqueConstraint('event_id', 'lot_id', name=op.f('uq_event_line_event_id_lot_id'))
    )
    with op.batch_alter_table('event_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_line_lot_id'), ['lot_id'], unique=False)

    op.create_table('movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('document_ref', sa.String(length=120), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('counterpart_id', sa.Integer(), nullable=True),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("(kind = 'reversal') = (reverses_id IS NOT NULL)", name=op.f('ck_movement_reversal_points_back')),
    sa.CheckConstraint("kind <> 'reversal' OR reason IS NOT NULL", name=op.f('ck_movement_reversal_reason')),
    sa.CheckConstraint("kind IN ('receipt', 'discovery', 'transfer_in', 'transfer_out', 'out_for_destruction', 'training', 'destroyed', 'check_gain', 'check_loss', 'reversal')", name=op.f('ck_movement_kind')),
    sa.CheckConstraint("kind NOT IN ('receipt', 'discovery', 'transfer_in', 'check_gain') OR quantity > 0", name=op.f('ck_movement_incoming_positive')),
    sa.CheckConstraint("kind NOT IN ('transfer_out', 'out_for_destruction', 'training', 'destroyed', 'check_loss') OR quantity < 0", name=op.f('ck_movement_outgoing_negative')),
    sa.CheckConstraint('quantity <> 0', name=op.f('ck_movement_quantity_not_zero')),
    sa.ForeignKeyConstraint(['event_id'], ['destruction_event.id'], name=op.f('fk_movement_event_id_destruction_event')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_movement_lot_id_lot')),
    sa.ForeignKeyConstraint(['reverses_id'], ['movement.id'], name=op.f('fk_movement_reverses_id_movement')),
    sa.ForeignKeyConstraint(['counterpart_id'], ['movement.id'], name=op.f('fk_movement_counterpart_id_movement')),
    sa.ForeignKeyConstraint(['task_id'], ['destruction_task.id'], name=op.f('fk_movement_task_id_destruction_task')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_movement')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_movement_reverses_id'))
    )
    with op.batch_alter_table('movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_movement_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_movement_lot_id_occurred_on', ['lot_id', 'occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_movement_task_id'), ['task_id'], unique=False)

    profile = sa.table(
        "policy_profile",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("effective_on", sa.Date),
        sa.column("deadline_years", sa.Integer),
        sa.column("permitted_retention", sa.JSON),
        sa.column("acquisition_banned_from", sa.Date),
        sa.column("transfers_only_for_destruction", sa.Boolean),
        sa.column("flags_retained_increase", sa.Boolean),
        sa.column("notes", sa.Text),
    )
    op.bulk_insert(profile, [
        {
            "code": "us-2022",
            "name": "US anti-personnel landmine policy (June 2022)",
            "effective_on": date(2022, 6, 21),
            "deadline_years": None,
            "permitted_retention": ["korea", "article3"],
            "acquisition_banned_from": date(2022, 6, 21),
            "transfers_only_for_destruction": True,
            "flags_retained_increase": False,
            "notes": "No use outside the Korean Peninsula; no development, production or acquisition; "
                     "no transfer except for destruction or detection/clearance training; destroy all "
                     "stockpiles not required for the defence of the Republic of Korea. The deadline "
                     "is set per programme. Dates are editable [check].",
        },
        {
            "code": "ottawa",
            "name": "Ottawa Convention (Mine Ban Treaty, 1997)",
            "effective_on": date(1999, 3, 1),
            "deadline_years": 4,
            "permitted_retention": ["article3"],
            "acquisition_banned_from": date(1999, 3, 1),
            "transfers_only_for_destruction": True,
            "flags_retained_increase": True,
            "notes": "Article 3: retain the minimum absolutely necessary for training and development. "
                     "Article 4: destroy stockpiles within four years of entry into force for the "
                     "state. Article 7: report by 30 April for the previous calendar year. Set the "
                     "entry-into-force date to your state's own [check].",
        },
    ])
    audit_head = sa.table(
        "audit_head", sa.column("id", sa.Integer), sa.column("last_id", sa.Integer),
        sa.column("last_hash", sa.String),
    )
    op.bulk_insert(audit_head, [{"id": 1, "last_id": 0, "last_hash": "0" * 64}])
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(setting, [
        {"key": "organisation", "value": "Stockpile Tracker"},
        {"key": "active_profile", "value": "us-2022"},
    ])



def downgrade() -> None:
    with op.batch_alter_table('movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_movement_task_id'))
        batch_op.drop_index('ix_movement_lot_id_occurred_on')
        batch_op.drop_index(batch_op.f('ix_movement_event_id'))

    op.drop_table('movement')
    with op.batch_alter_table('event_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_line_lot_id'))

    op.drop_table('event_line')
    with op.batch_alter_table('task_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_line_lot_id'))

    op.drop_table('task_line')
    with op.batch_alter_table('destruction_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destruction_event_task_id'))
        batch_op.drop_index(batch_op.f('ix_destruction_event_site_id'))
        batch_op.drop_index(batch_op.f('ix_destruction_event_occurred_on'))

    op.drop_table('destruction_event')
    with op.batch_alter_table('retention_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_retention_decision_lot_id'))

    op.drop_table('retention_decision')
    op.drop_table('programme_site')
    with op.batch_alter_table('lot_balance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lot_balance_retention_category'))
        batch_op.drop_index(batch_op.f('ix_lot_balance_retained'))
        batch_op.drop_index(batch_op.f('ix_lot_balance_on_hand'))

    op.drop_table('lot_balance')
    with op.batch_alter_table('destruction_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destruction_task_status'))
        batch_op.drop_index(batch_op.f('ix_destruction_task_site_id'))
        batch_op.drop_index(batch_op.f('ix_destruction_task_programme_id'))
        batch_op.drop_index(batch_op.f('ix_destruction_task_planned_on'))

    op.drop_table('destruction_task')
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_profile_id'))

    op.drop_table('programme')
    with op.batch_alter_table('lot', schema=None) as batch_op:
        batch_op.drop_index('ix_lot_site_id_lot_number')
        batch_op.drop_index(batch_op.f('ix_lot_mine_type_id'))
        batch_op.drop_index(batch_op.f('ix_lot_lot_number'))

    op.drop_table('lot')
    op.drop_table('site')
    op.drop_table('setting')
    op.drop_table('policy_profile')
    op.drop_table('mine_type')
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')

    op.drop_table('audit_entry')
