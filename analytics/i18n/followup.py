"""Messages: Follow-up: the overview and the deviation analysis, its levels and its export."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "overview.to_goals": {"sv": "Till mål och nyckeltal", "en": "To goals and indicators"},
    "level.committee": {"sv": "Nämnd", "en": "Committee"},
    "level.forvaltning": {"sv": "Förvaltning/område", "en": "Division"},
    "level.verksamhet": {"sv": "Verksamhet", "en": "Activity"},
    "level.ansvar": {"sv": "Ansvar", "en": "Responsibility"},
    # overview
    "overview.title": {
        "sv": "Översikt {year}, till och med {month}",
        "en": "Overview {year}, up to and including {month}",
    },
    "overview.scope": {"sv": "Urval: {scope} · {version}", "en": "Scope: {scope} · {version}"},
    "overview.sign_note": {
        "sv": "Belopp i resultatperspektiv (intäkter positiva, kostnader negativa). Avvikelse = "
        "utfall − budget: positiv avvikelse är bättre än budget.",
        "en": "Amounts seen from the result (revenue positive, costs negative). Deviation = "
        "outcome − budget: a positive deviation is better than budget.",
    },
    "overview.spread_note": {
        "sv": "Budgeten saknar månadsrader för en del belopp; de har periodiserats med jämna "
        "tolftedelar.",
        "en": "Part of the budget has no monthly rows; it was spread in even twelfths.",
    },
    "overview.periodised_note": {
        "sv": "Ackumulerat utfall jämförs med ackumulerad periodiserad budget (budgetens egna "
        "månadsrader).",
        "en": "Accumulated outcome is compared with the accumulated periodised budget (the "
        "budget's own monthly rows).",
    },
    "overview.result_year": {
        "sv": "Årets resultat (utfall)",
        "en": "Result for the year (outcome)",
    },
    "overview.paths_title": {
        "sv": "Ackumulerad avvikelse per {level} i procent av periodiserad budget (positivt = bättre än budget)",
        "en": "Accumulated deviation per {level} as a share of the periodised budget (positive = better than budget)",
    },
    "overview.net_cost_year": {
        "sv": "Nettokostnad helår (utfall)",
        "en": "Net cost for the year (outcome)",
    },
    "overview.outcome_ytd": {"sv": "Utfall ackumulerat", "en": "Outcome to date"},
    "overview.budget_ytd": {
        "sv": "Periodiserad budget ackumulerat",
        "en": "Periodised budget to date",
    },
    "overview.deviation_ytd": {"sv": "Avvikelse mot budget", "en": "Deviation from budget"},
    "overview.budget_year": {"sv": "Budgeterat helår", "en": "Budget full year"},
    "overview.better": {"sv": "bättre än budget", "en": "better than budget"},
    "overview.worse": {"sv": "sämre än budget", "en": "worse than budget"},
    "overview.chart_title": {
        "sv": "Ackumulerat utfall mot periodiserad budget – {scope}",
        "en": "Accumulated outcome against periodised budget – {scope}",
    },
    "overview.bar_title": {
        "sv": "Avvikelse till och med {month} per {level}",
        "en": "Deviation up to {month} per {level}",
    },
    "overview.table_title": {"sv": "Per {level}", "en": "Per {level}"},
    "overview.chart_unit": {"sv": "Visa i diagrammet", "en": "Show in the chart"},
    "overview.no_data": {
        "sv": "Det finns inga belopp för {year} med budgetversion {version}.",
        "en": "There are no amounts for {year} with budget version {version}.",
    },
    "col.unit": {"sv": "Enhet", "en": "Unit"},
    "col.budget_ytd": {"sv": "Budget ack. (tkr)", "en": "Budget to date (tkr)"},
    "col.outcome_ytd": {"sv": "Utfall ack. (tkr)", "en": "Outcome to date (tkr)"},
    "col.deviation_ytd": {"sv": "Avvikelse (tkr)", "en": "Deviation (tkr)"},
    "col.deviation_pct": {"sv": "Avvikelse (%)", "en": "Deviation (%)"},
    "col.budget_year": {"sv": "Budget helår (tkr)", "en": "Budget full year (tkr)"},
    "chart.budget_acc": {"sv": "Budget ackumulerad", "en": "Budget accumulated"},
    "chart.outcome_acc": {"sv": "Utfall ackumulerat", "en": "Outcome accumulated"},
    "chart.deviation_axis": {
        "sv": "{unit}, positivt = bättre än budget",
        "en": "{unit}, positive = better than budget",
    },
    "export.sheet": {"sv": "Avvikelser", "en": "Deviations"},
    "export.title": {
        "sv": "Avvikelserapport {year}, till och med {month}",
        "en": "Deviation report {year}, up to and including {month}",
    },
    "export.excel": {"sv": "Exportera till Excel", "en": "Export to Excel"},
    "export.csv": {"sv": "Exportera till CSV", "en": "Export to CSV"},
    "export.written": {
        "sv": "Skrev {file} ({rows} rader och en summarad)",
        "en": "Wrote {file} ({rows} rows and a total row)",
    },
    "dev.title": {
        "sv": "Avvikelser {year}, till och med {month}",
        "en": "Deviations {year}, up to and including {month}",
    },
    "dev.region": {"sv": "Regionen", "en": "The region"},
    "dev.breadcrumb": {"sv": "Nivå", "en": "Level"},
    "dev.org_mode": {"sv": "Organisation för jämförelser", "en": "Organisation for comparisons"},
    "dev.org_note.current": {
        "sv": "Historik visas på nuvarande organisation ({year}): en enhet som flyttat jämförs med sig själv.",
        "en": "History is shown on the current organisation ({year}): a unit that moved is compared with itself.",
    },
    "dev.org_note.historic": {
        "sv": "Historik visas på dåvarande organisation: varje år som organisationen såg ut då.",
        "en": "History is shown on the historic organisation: each year as it was then.",
    },
    "dev.profile": {"sv": "Periodisering av årsbudget", "en": "Spreading of annual budgets"},
    "dev.profile_note": {
        "sv": "Budget utan månadsrader har periodiserats med: {profiles}.",
        "en": "Budget without monthly rows was spread by: {profiles}.",
    },
    "dev.profile_none": {
        "sv": "Budgeten har egna månadsrader; ingen periodiseringsprofil behövdes.",
        "en": "The budget has its own monthly rows; no spreading profile was needed.",
    },
    "dev.threshold_tkr": {"sv": "Flagga från (tkr)", "en": "Flag from (tkr)"},
    "dev.threshold_pct": {"sv": "Flagga från (%)", "en": "Flag from (%)"},
    "dev.flag_rule": {"sv": "Flagga när", "en": "Flag when"},
    "dev.flag_rule.either": {"sv": "tkr eller %", "en": "tkr or %"},
    "dev.flag_rule.both": {"sv": "tkr och %", "en": "tkr and %"},
    "dev.flag_note.either": {
        "sv": "Flaggade (!) rader avviker minst {tkr} tkr eller minst {pct} % ackumulerat.",
        "en": "Flagged (!) rows deviate by at least {tkr} tkr or at least {pct} % to date.",
    },
    "dev.flag_note.both": {
        "sv": "Flaggade (!) rader avviker minst {tkr} tkr och minst {pct} % ackumulerat.",
        "en": "Flagged (!) rows deviate by at least {tkr} tkr and at least {pct} % to date.",
    },
    "dev.by_account": {"sv": "Dela upp på kostnadsslag", "en": "Break down by cost type"},
    "dev.click_hint": {
        "sv": "Klicka på en stapel eller en rad för att gå en nivå ner.",
        "en": "Click a bar or a row to go one level down.",
    },
    "dev.bar_title": {
        "sv": "Ackumulerad avvikelse per {level} (positivt = bättre än budget)",
        "en": "Accumulated deviation per {level} (positive = better than budget)",
    },
    "dev.top_title": {
        "sv": "De 20 största avvikelserna (ansvar · kostnadsslag)",
        "en": "The 20 largest deviations (responsibility · cost type)",
    },
    "dev.trend_unit": {"sv": "Månadsutveckling för", "en": "Monthly trend for"},
    "dev.trend_title": {
        "sv": "Avvikelse per månad och ackumulerat – {unit}",
        "en": "Deviation per month and accumulated – {unit}",
    },
    "dev.comment_title": {"sv": "Kommentar till avvikelsen", "en": "Comment on the deviation"},
    "dev.explanation": {"sv": "Förklaring", "en": "Explanation"},
    "dev.explanations": {
        "sv": "Förklaringar till avvikelserna",
        "en": "Explanations of the deviations",
    },
    "dev.action": {"sv": "Planerad åtgärd", "en": "Planned action"},
    "dev.save_comment": {"sv": "Spara kommentar", "en": "Save comment"},
    "dev.comment_saved": {"sv": "Kommentaren sparades.", "en": "The comment was saved."},
    "dev.comment_empty": {
        "sv": "Skriv en förklaring innan du sparar.",
        "en": "Write an explanation before saving.",
    },
    "dev.comment_history": {"sv": "Tidigare kommentarer", "en": "Earlier comments"},
    "dev.bottom": {
        "sv": "Lägsta nivån (konto) är nådd.",
        "en": "The lowest level (account) is reached.",
    },
    "level.kostnadsslag": {"sv": "Kostnadsslag", "en": "Cost type"},
    "level.konto": {"sv": "Konto", "en": "Account"},
    "overview.forecast": {"sv": "Senaste helårsprognos", "en": "Latest year-end forecast"},
    "overview.forecast_after": {
        "sv": "Helårsprognos efter {month}",
        "en": "Year-end forecast after {month}",
    },
    "overview.forecast_delta": {"sv": "{amount} mot budget", "en": "{amount} against budget"},
    "overview.no_forecast": {"sv": "ingen prognos", "en": "no forecast"},
    "overview.net_cost": {"sv": "Nettokostnadsutveckling", "en": "Net cost growth"},
    "overview.net_cost_delta": {
        "sv": "skatter och bidrag {pct}",
        "en": "taxes and grants {pct}",
    },
    "overview.to_deviations": {"sv": "Till avvikelserna", "en": "To the deviations"},
}
