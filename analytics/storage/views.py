"""The views power users query (documented in the README): recreated on every writable open,
so they always match the code that documents them."""

from __future__ import annotations

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
