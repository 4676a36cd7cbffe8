"""The database schema as numbered migrations, frozen: each holds its own SQL as it was written.

A file records its schema version. Opening an older file copies it to a backup first and then
applies the missing migrations in one transaction; a file written by a newer version of the
program is refused untouched. A migration never calls code that may change later (a summary's
query, a generated column list): what it did to a database in 2025 it does again today. The
ledger summaries are filled afterwards, as a step of their own (`storage.summaries`), by
the program's current queries.
"""

from __future__ import annotations

from analytics.storage.migrations_later import LATER

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "ledger, organisation, accounts, budget versions, import log",
        [
            """CREATE TABLE schema_info (
                version INTEGER NOT NULL,
                migrated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            """CREATE TABLE org_unit (
                year INTEGER NOT NULL,
                ansvar VARCHAR NOT NULL,
                ansvar_name VARCHAR,
                verksamhet VARCHAR,
                verksamhet_name VARCHAR,
                forvaltning VARCHAR,
                committee VARCHAR NOT NULL,
                import_id INTEGER,
                PRIMARY KEY (year, ansvar)
            )""",
            """CREATE TABLE account (
                konto VARCHAR PRIMARY KEY,
                konto_name VARCHAR,
                kostnadsslag VARCHAR,
                rr_line VARCHAR NOT NULL,
                import_id INTEGER
            )""",
            """CREATE TABLE budget_version (
                year INTEGER NOT NULL,
                name VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                import_id INTEGER,
                PRIMARY KEY (year, name)
            )""",
            """CREATE TABLE ledger_fact (
                year INTEGER NOT NULL,
                period TINYINT NOT NULL CHECK (period BETWEEN 0 AND 12),
                ansvar VARCHAR NOT NULL,
                konto VARCHAR NOT NULL,
                projekt VARCHAR NOT NULL DEFAULT '',
                motpart VARCHAR NOT NULL DEFAULT '',
                measure VARCHAR NOT NULL CHECK (measure IN ('budget', 'utfall', 'prognos')),
                version VARCHAR NOT NULL DEFAULT '',
                amount DECIMAL(18, 2) NOT NULL,
                import_id INTEGER NOT NULL
            )""",
            "CREATE SEQUENCE import_id_seq START 1",
            """CREATE TABLE import_log (
                id INTEGER PRIMARY KEY,
                file_name VARCHAR NOT NULL,
                content_hash VARCHAR,
                sheets VARCHAR,
                kind VARCHAR,
                rows_read INTEGER,
                rows_added INTEGER,
                rows_replaced INTEGER,
                rows_unchanged INTEGER,
                rows_removed INTEGER,
                subtotal_rows INTEGER,
                user_name VARCHAR,
                started_at TIMESTAMP NOT NULL,
                finished_at TIMESTAMP,
                result VARCHAR NOT NULL,
                message VARCHAR
            )""",
        ],
    ),
    (
        2,
        "mapping profiles and per-measure totals in the import log",
        [
            """CREATE TABLE mapping_profile (
                name VARCHAR PRIMARY KEY,
                signature VARCHAR NOT NULL,
                mapping_json VARCHAR NOT NULL,
                options_json VARCHAR NOT NULL DEFAULT '{}',
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            "ALTER TABLE import_log ADD COLUMN totals_json VARCHAR",
        ],
    ),
    (
        3,
        "comments on deviations, with their history",
        [
            "CREATE SEQUENCE comment_id_seq START 1",
            """CREATE TABLE deviation_comment (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                period INTEGER NOT NULL,
                scope VARCHAR NOT NULL,
                level VARCHAR NOT NULL,
                unit VARCHAR NOT NULL,
                explanation VARCHAR NOT NULL,
                action VARCHAR NOT NULL DEFAULT '',
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
        ],
    ),
    (
        4,
        "ledger summaries per verksamhet and per account for region-wide views",
        [
            """CREATE TABLE ledger_by_verksamhet (
                year INTEGER NOT NULL,
                period TINYINT NOT NULL,
                measure VARCHAR NOT NULL,
                version VARCHAR NOT NULL,
                committee VARCHAR,
                forvaltning VARCHAR,
                verksamhet VARCHAR,
                verksamhet_name VARCHAR,
                rr_line VARCHAR,
                amount DECIMAL(18, 2) NOT NULL
            )""",
            """CREATE TABLE ledger_by_konto (
                year INTEGER NOT NULL,
                period TINYINT NOT NULL,
                measure VARCHAR NOT NULL,
                version VARCHAR NOT NULL,
                konto VARCHAR NOT NULL,
                amount DECIMAL(18, 2) NOT NULL
            )""",
        ],
    ),
    (
        5,
        "controllers' year-end forecasts entered in the dashboard, and tax-base forecasts",
        [
            "CREATE SEQUENCE forecast_entry_id_seq START 1",
            """CREATE TABLE forecast_entry (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                period TINYINT NOT NULL CHECK (period BETWEEN 1 AND 12),
                committee VARCHAR NOT NULL,
                amount DECIMAL(18, 2) NOT NULL,
                comment VARCHAR NOT NULL,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            "CREATE SEQUENCE tax_forecast_id_seq START 1",
            """CREATE TABLE tax_forecast (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                skatteintakter DECIMAL(18, 2) NOT NULL,
                statsbidrag DECIMAL(18, 2) NOT NULL,
                source VARCHAR NOT NULL,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
        ],
    ),
    (
        6,
        "budget frames per year, nämnd and version, and the changes that explain them",
        [
            "CREATE SEQUENCE frame_id_seq START 1",
            """CREATE TABLE frame_decision (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                committee VARCHAR NOT NULL,
                version VARCHAR NOT NULL CHECK (version IN ('original', 'revised')),
                amount DECIMAL(18, 2) NOT NULL,
                decision VARCHAR NOT NULL DEFAULT '',
                decided DATE,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                UNIQUE (year, committee, version)
            )""",
            """CREATE TABLE frame_change (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                committee VARCHAR NOT NULL,
                version VARCHAR NOT NULL CHECK (version IN ('original', 'revised')),
                change_type VARCHAR NOT NULL,
                amount DECIMAL(18, 2) NOT NULL,
                text VARCHAR NOT NULL DEFAULT '',
                counterpart VARCHAR NOT NULL DEFAULT '',
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
        ],
    ),
    (
        7,
        "the cost-reduction programme: targets, measures, planned and realised savings",
        [
            """CREATE TABLE saving_target (
                year INTEGER NOT NULL,
                committee VARCHAR NOT NULL,  -- '' is the region as a whole
                amount DECIMAL(18, 2) NOT NULL,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                PRIMARY KEY (year, committee)
            )""",
            """CREATE TABLE saving_measure (
                code VARCHAR PRIMARY KEY,
                title VARCHAR NOT NULL,
                committee VARCHAR NOT NULL,
                owner VARCHAR NOT NULL DEFAULT '',
                status VARCHAR NOT NULL
                    CHECK (status IN ('idea', 'decided', 'in_progress', 'realised', 'dropped')),
                needs_decision BOOLEAN NOT NULL,
                decision VARCHAR NOT NULL DEFAULT '',
                risk VARCHAR NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            """CREATE TABLE saving_plan (
                code VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                amount DECIMAL(18, 2) NOT NULL,
                PRIMARY KEY (code, year)
            )""",
            """CREATE TABLE saving_realised (
                code VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                period TINYINT NOT NULL CHECK (period BETWEEN 1 AND 12),
                amount DECIMAL(18, 2) NOT NULL,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                PRIMARY KEY (code, year, period)
            )""",
        ],
    ),
    (
        8,
        "goals and indicators with their outcomes, and Kolada benchmarks",
        [
            """CREATE TABLE goal_indicator (
                id INTEGER PRIMARY KEY,
                area VARCHAR NOT NULL,
                goal VARCHAR NOT NULL,
                indicator VARCHAR NOT NULL,
                unit VARCHAR NOT NULL DEFAULT '',
                direction VARCHAR NOT NULL CHECK (direction IN ('higher', 'lower')),
                base_year INTEGER NOT NULL,
                base_value DOUBLE NOT NULL,
                target_year INTEGER NOT NULL,
                target_value DOUBLE NOT NULL,
                target_pct DOUBLE,
                kolada_id VARCHAR NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE indicator_outcome (
                indicator_id INTEGER NOT NULL,
                year INTEGER NOT NULL,
                value DOUBLE NOT NULL,
                PRIMARY KEY (indicator_id, year)
            )""",
            """CREATE TABLE kolada_value (
                kpi_id VARCHAR NOT NULL,
                kpi_name VARCHAR NOT NULL,
                organisation VARCHAR NOT NULL,
                is_aggregate BOOLEAN NOT NULL,
                year INTEGER NOT NULL,
                value DOUBLE NOT NULL,
                PRIMARY KEY (kpi_id, organisation, year)
            )""",
        ],
    ),
    (
        9,
        "what-if scenarios with their drivers",
        [
            "CREATE SEQUENCE scenario_id_seq START 1",
            """CREATE TABLE scenario (
                id INTEGER PRIMARY KEY,
                name VARCHAR NOT NULL UNIQUE,
                author VARCHAR NOT NULL,
                notes VARCHAR NOT NULL DEFAULT '',
                base_year INTEGER NOT NULL,
                base_version VARCHAR NOT NULL,
                drivers_json VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
        ],
    ),
    (
        10,
        "users with roles and visible committees; an audit log of every change",
        [
            """CREATE TABLE app_user (
                name VARCHAR PRIMARY KEY,
                role VARCHAR NOT NULL CHECK (role IN ('viewer', 'controller', 'admin')),
                committees VARCHAR[],
                updated_by VARCHAR NOT NULL,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            "CREATE SEQUENCE audit_id_seq START 1",
            """CREATE TABLE audit_log (
                id BIGINT PRIMARY KEY,
                happened_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                user_name VARCHAR NOT NULL,
                action VARCHAR NOT NULL,
                operation VARCHAR NOT NULL,
                committee VARCHAR,
                detail VARCHAR NOT NULL DEFAULT ''
            )""",
        ],
    ),
    (
        11,
        "summaries per nämnd, and year to date per ansvar and kostnadsslag",
        [
            """CREATE TABLE ledger_by_committee (
                year INTEGER NOT NULL,
                period TINYINT NOT NULL,
                measure VARCHAR NOT NULL,
                version VARCHAR NOT NULL,
                committee VARCHAR,
                rr_line VARCHAR,
                amount DECIMAL(18, 2) NOT NULL
            )""",
            """CREATE TABLE ledger_ytd_by_ansvar (
                year INTEGER NOT NULL,
                measure VARCHAR NOT NULL,
                version VARCHAR NOT NULL,
                ansvar VARCHAR NOT NULL,
                kostnadsslag VARCHAR,
                ytd_1 DECIMAL(18, 2) NOT NULL, ytd_2 DECIMAL(18, 2) NOT NULL, ytd_3 DECIMAL(18, 2) NOT NULL,
                ytd_4 DECIMAL(18, 2) NOT NULL, ytd_5 DECIMAL(18, 2) NOT NULL, ytd_6 DECIMAL(18, 2) NOT NULL,
                ytd_7 DECIMAL(18, 2) NOT NULL, ytd_8 DECIMAL(18, 2) NOT NULL, ytd_9 DECIMAL(18, 2) NOT NULL,
                ytd_10 DECIMAL(18, 2) NOT NULL, ytd_11 DECIMAL(18, 2) NOT NULL, ytd_12 DECIMAL(18, 2) NOT NULL
            )""",
        ],
    ),
    (
        12,
        "decisions behind the balanskravsutredning, the plan's assumptions per year, and a note "
        "that the database holds the demo",
        [
            "CREATE SEQUENCE balance_decision_id_seq START 1",
            """CREATE TABLE balance_decision (
                id INTEGER PRIMARY KEY,
                year INTEGER NOT NULL,
                kind VARCHAR NOT NULL CHECK (kind IN ('reserve', 'realisation_exception',
                    'other_adjustment', 'special_reasons', 'budget_special_reasons')),
                amount DECIMAL(18, 2) NOT NULL,
                reference VARCHAR NOT NULL,
                text VARCHAR NOT NULL DEFAULT '',
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                removed_at TIMESTAMP
            )""",
            "CREATE SEQUENCE plan_assumption_id_seq START 1",
            """CREATE TABLE plan_assumption (
                id INTEGER PRIMARY KEY,
                base_year INTEGER NOT NULL,
                version VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                name VARCHAR NOT NULL CHECK (name IN ('tax_rate', 'tax_base_growth_pct',
                    'indexation_pct', 'grants_mnkr', 'financial_mnkr')),
                value DECIMAL(18, 4) NOT NULL,
                source VARCHAR NOT NULL,
                author VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            # what the database holds besides the user's own data: the built-in demo
            """CREATE TABLE dataset_note (
                name VARCHAR PRIMARY KEY,
                text VARCHAR NOT NULL
            )""",
        ],
    ),
]

MIGRATIONS += LATER
SCHEMA_VERSION = MIGRATIONS[-1][0]
