"""The database schema as numbered migrations, and the views power users query.

A file records its schema version. Opening an older file copies it to a backup first and then
applies the missing migrations in one transaction; a file written by a newer version of the
program is refused untouched. Views are recreated on every writable open so they always match
the code that documents them in the README.
"""

from __future__ import annotations

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
]

MIGRATIONS.append(
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
    )
)

# Summaries of the ledger that the region-wide views read instead of every fact: at 10 million
# facts a year holds 1.6 million rows, while these hold a few thousand. They are rebuilt from the
# facts inside every import's transaction (`summary_refresh`, for the years it touched), so they
# can never disagree with the ledger a reader sees. Amounts stay DECIMAL: sums of exact amounts are exact.
#  - ledger_by_verksamhet: per year, period, measure, version, the year's own organisation down
#    to verksamhet, and income-statement line;
#  - ledger_by_konto: per year, period, measure, version and account (no organisation);
#  - ledger_by_committee (v11): ledger_by_verksamhet summed per nämnd (a twentieth of its rows),
#    for the region's and the nämnder's histories that forecasts read;
#  - ledger_ytd_by_ansvar (v11): per year, measure, version, ansvar and kostnadsslag, the sum of
#    periods 1..k in column ytd_k: the deviation to date of every (ansvar, kostnadsslag) pair of a
#    year is one column of a row, a twelfth of the facts' rows (the region's largest deviations).
_YTD_COLUMNS = ", ".join(
    f"coalesce(sum(f.amount) FILTER (f.period BETWEEN 1 AND {k}), 0)" for k in range(1, 13)
)
_YTD_DEFINITIONS = ", ".join(f"ytd_{k} DECIMAL(18, 2) NOT NULL" for k in range(1, 13))
# Each summary as the query that builds it; `{years}` is the condition on the source's years.
_SUMMARY_SOURCES: dict[str, str] = {
    "ledger_by_verksamhet": """
        SELECT f.year, f.period, f.measure, f.version, o.committee, o.forvaltning,
               o.verksamhet, o.verksamhet_name, a.rr_line, sum(f.amount)
        FROM ledger_fact f
        LEFT JOIN org_unit o ON o.year = f.year AND o.ansvar = f.ansvar
        LEFT JOIN account a ON a.konto = f.konto
        WHERE {years} GROUP BY ALL""",
    "ledger_by_konto": """
        SELECT f.year, f.period, f.measure, f.version, f.konto, sum(f.amount)
        FROM ledger_fact f WHERE {years} GROUP BY ALL""",
    # after ledger_by_verksamhet, which it sums
    "ledger_by_committee": """
        SELECT f.year, f.period, f.measure, f.version, f.committee, f.rr_line, sum(f.amount)
        FROM ledger_by_verksamhet f WHERE {years} GROUP BY ALL""",
    "ledger_ytd_by_ansvar": f"""
        SELECT f.year, f.measure, f.version, f.ansvar, a.kostnadsslag, {_YTD_COLUMNS}
        FROM ledger_fact f LEFT JOIN account a ON a.konto = f.konto
        WHERE f.period BETWEEN 1 AND 12 AND {{years}} GROUP BY ALL""",
}
SUMMARY_TABLES = tuple(_SUMMARY_SOURCES)


def _rebuild(tables: tuple[str, ...], years: list[int] | None) -> list[str]:
    """Delete and re-sum `tables` for `years` (every year when None), in the order given."""
    # the years are ints formatted here, never text from a file
    listed = None if years is None else ", ".join(str(int(y)) for y in years)
    delete = "" if listed is None else f" WHERE year IN ({listed})"
    condition = "TRUE" if listed is None else f"f.year IN ({listed})"
    statements = []
    for table in tables:
        select = _SUMMARY_SOURCES[table].replace("{years}", condition)
        statements += [f"DELETE FROM {table}{delete}", f"INSERT INTO {table} {select}"]
    return statements


_SUMMARIES_V4 = _rebuild(("ledger_by_verksamhet", "ledger_by_konto"), None)
_SUMMARIES_V11 = _rebuild(("ledger_by_committee", "ledger_ytd_by_ansvar"), None)
SUMMARY_REFRESH: list[str] = _rebuild(SUMMARY_TABLES, None)


def summary_refresh(years: list[int] | None) -> list[str]:
    """The statements that rebuild the summaries of `years` (all years when None) from the
    facts: an import of one year into a ten-year ledger re-sums that year, not ten.
    tests/test_summaries.py compares the result with `SUMMARY_REFRESH`, every year at once."""
    return [] if years is not None and not years else _rebuild(SUMMARY_TABLES, years)


MIGRATIONS.append(
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
            *_SUMMARIES_V4,
        ],
    )
)

MIGRATIONS.append(
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
    )
)

MIGRATIONS.append(
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
    )
)

MIGRATIONS.append(
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
    )
)

MIGRATIONS.append(
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
    )
)

MIGRATIONS.append(
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
    )
)

MIGRATIONS.append(
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
    )
)

MIGRATIONS.append(
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
            f"""CREATE TABLE ledger_ytd_by_ansvar (
                year INTEGER NOT NULL,
                measure VARCHAR NOT NULL,
                version VARCHAR NOT NULL,
                ansvar VARCHAR NOT NULL,
                kostnadsslag VARCHAR,
                {_YTD_DEFINITIONS}
            )""",
            *_SUMMARIES_V11,
        ],
    )
)

MIGRATIONS.append(
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
    )
)

SCHEMA_VERSION = MIGRATIONS[-1][0]

# The latest budget version of each year: the one imported last.
_LATEST_VERSION = """
    SELECT year, name AS version
    FROM budget_version
    QUALIFY row_number() OVER (PARTITION BY year ORDER BY seq DESC) = 1
"""

VIEWS: list[str] = [
    # Every fact with its organisation (of the same year) and account, in both signs.
    """CREATE OR REPLACE VIEW v_ledger AS
    SELECT f.year, f.period, o.committee, o.forvaltning, o.verksamhet, o.verksamhet_name,
           f.ansvar, o.ansvar_name, f.konto, a.konto_name, a.kostnadsslag, a.rr_line,
           f.projekt, f.motpart, f.measure, f.version,
           f.amount AS amount_bookkeeping,
           -f.amount AS amount_result,
           f.import_id
    FROM ledger_fact f
    LEFT JOIN org_unit o ON o.year = f.year AND o.ansvar = f.ansvar
    LEFT JOIN account a ON a.konto = f.konto""",
    # Plan against outcome, one row per year, period, ansvar and konto, in result sign
    # (revenue positive, cost negative), against the latest budget version of the year.
    f"""CREATE OR REPLACE VIEW v_plan_vs_outcome AS
    WITH latest AS ({_LATEST_VERSION})
    SELECT l.year, l.period, l.committee, l.forvaltning, l.verksamhet, l.ansvar, l.ansvar_name,
           l.konto, l.konto_name, l.kostnadsslag, l.rr_line,
           max(latest.version) AS budget_version,
           sum(CASE WHEN l.measure = 'budget' AND l.version = latest.version
                    THEN l.amount_result ELSE 0 END) AS budget,
           sum(CASE WHEN l.measure = 'utfall' THEN l.amount_result ELSE 0 END) AS utfall,
           sum(CASE WHEN l.measure = 'utfall' THEN l.amount_result ELSE 0 END)
             - sum(CASE WHEN l.measure = 'budget' AND l.version = latest.version
                        THEN l.amount_result ELSE 0 END) AS avvikelse
    FROM v_ledger l
    LEFT JOIN latest ON latest.year = l.year
    WHERE l.measure IN ('budget', 'utfall')
    GROUP BY ALL""",
    # Per committee and period with accumulated figures: the monthly report in one view.
    """CREATE OR REPLACE VIEW v_period_summary AS
    WITH p AS (
        SELECT year, period, committee, budget_version,
               sum(budget) AS budget, sum(utfall) AS utfall
        FROM v_plan_vs_outcome
        WHERE period > 0
        GROUP BY ALL
    )
    SELECT year, period, committee, budget_version, budget, utfall,
           utfall - budget AS avvikelse,
           sum(budget) OVER w AS budget_ack,
           sum(utfall) OVER w AS utfall_ack,
           sum(utfall) OVER w - sum(budget) OVER w AS avvikelse_ack
    FROM p
    WINDOW w AS (PARTITION BY year, committee ORDER BY period)""",
]
