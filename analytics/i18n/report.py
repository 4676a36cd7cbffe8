"""Messages: the board report (Rapport), its analysis texts and their sign-off."""

from __future__ import annotations


def _m(sv: str, en: str) -> dict[str, str]:
    return {"sv": sv, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # roles and actions
    "access.role.approver": _m("godkännare", "approver"),
    "access.action.report_text": _m("skriva analystexter", "write analysis texts"),
    "access.action.submit": _m("lämna analystexter för granskning", "submit analysis texts"),
    "access.action.approve": _m("godkänna analystexter", "approve analysis texts"),
    "access.action.deadline": _m("sätta rapportens sista dag", "set the report deadlines"),
    "audit.op.save_text": _m("Analystext sparad", "Analysis text saved"),
    "audit.op.submit": _m("Analystexter klara för granskning", "Analysis texts submitted"),
    "audit.op.withdraw": _m("Analystexter tillbaka till utkast", "Analysis texts withdrawn"),
    "audit.op.approve": _m("Analystexter godkända", "Analysis texts approved"),
    "audit.op.reopen": _m("Godkända analystexter öppnade igen", "Approved texts reopened"),
    "audit.op.set_deadline": _m("Rapportens sista dag satt", "Report deadline set"),
    "audit.arg.section": _m("avsnitt", "section"),
    "audit.arg.note": _m("skäl", "reason"),
    "audit.arg.due": _m("sista dag", "due"),
    # the sign-off
    "board.status.missing": _m("saknas", "missing"),
    "board.status.draft": _m("utkast", "draft"),
    "board.status.ready": _m("klar för granskning", "ready for review"),
    "board.status.approved": _m("godkänd", "approved"),
    "board.section.summary": _m("Sammanfattning", "Summary"),
    "board.section.economy": _m("Ekonomi och prognos", "Finances and forecast"),
    "board.section.operations": _m("Verksamhet", "Operations"),
    "board.section.staff": _m("Personal", "Staff"),
    "board.section.measures": _m("Åtgärder", "Measures"),
    "board.section.events": _m("Väsentliga händelser", "Significant events"),
    "board.section.outlook": _m("Förväntad utveckling", "Expected development"),
    "board.section.after_period": _m("Händelser efter periodens utgång", "Events after the period"),
    "board.section.principles": _m("Redovisningsprinciper", "Accounting principles"),
    "board.kind.month": _m("Månadsrapport", "Monthly report"),
    "board.kind.tertial": _m("Tertialrapport", "Four-month report"),
    "board.kind.interim": _m("Delårsrapport", "Interim report"),
    "board.bad_transition": _m(
        "texterna kan inte gå från {current} till {target}.",
        "the texts cannot go from {current} to {target}.",
    ),
    "board.nothing_to_submit": _m(
        "det finns ingen text att granska: skriv minst ett avsnitt först.",
        "there is no text to review: write at least one section first.",
    ),
    "board.too_long": _m(
        "Avsnittet {section} är längre än {limit} tecken: korta det eller dela det.",
        "The section {section} is longer than {limit} characters: shorten or split it.",
    ),
    "board.unknown_section": _m("okänt avsnitt: {section}", "unknown section: {section}"),
    "board.locked": _m(
        "Texterna för {who}, period {period} {year}, är godkända och låsta. En godkännare kan "
        "öppna dem igen.",
        "The texts of {who}, period {period} {year}, are approved and locked. An approver can "
        "reopen them.",
    ),
    "board.reopen_needs_reason": _m(
        "Skriv varför de godkända texterna öppnas igen.",
        "Say why the approved texts are reopened.",
    ),
    "board.not_approved": _m("texterna är inte godkända.", "the texts are not approved."),
    # the document
    "board.title": _m("{kind} {period_text}", "{kind} {period_text}"),
    "board.period_text": _m("januari–{month} {year}", "January–{month} {year}"),
    "board.fact.period": _m("Period", "Period"),
    "board.fact.scope": _m("Omfattning", "Scope"),
    "board.fact.version": _m("Budgetversion", "Budget version"),
    "board.fact.result_version": _m("Budget i resultaträkningen", "Budget in the income statement"),
    "board.fact.created": _m("Skapad", "Created"),
    "board.fact.signoff": _m("Analystexter", "Analysis texts"),
    "board.signoff_summary": _m("{approved} av {total} godkända", "{approved} of {total} approved"),
    "board.signoff_drafts": _m(
        "{approved} av {total} godkända; texter som inte är godkända är märkta UTKAST",
        "{approved} of {total} approved; texts not approved are marked DRAFT",
    ),
    "board.limited": _m(
        "Rapporten omfattar bara dina nämnder: {committees}. Regionens resultat, "
        "balanskravsutredning och texter för hela regionen ingår inte.",
        "The report covers your committees only: {committees}. The region's result, the "
        "balance requirement and the texts for the whole region are not included.",
    ),
    "board.contents": _m("Innehåll", "Contents"),
    "board.page": _m("Sida", "Page"),
    "board.draft_mark": _m("UTKAST", "DRAFT"),
    "board.draft_label": _m("UTKAST – {status}", "DRAFT – {status}"),
    "board.signed": _m("{status}: {who}, {when}", "{status}: {who}, {when}"),
    "board.ch.summary": _m("Sammanfattning", "Summary"),
    "board.ch.key_figures": _m("Nyckeltal", "Key figures"),
    "board.ch.income_statement": _m("Resultaträkning", "Income statement"),
    "board.ch.balance": _m("Balanskravsutredning", "Balance requirement"),
    "board.ch.operations": _m("Driftredovisning per nämnd", "Operating accounts per committee"),
    "board.ch.operations_committee": _m(
        "Driftredovisning per {level}", "Operating accounts per {level}"
    ),
    "board.ch.charts": _m("Resultat och prognos i diagram", "Result and forecast in charts"),
    "board.ch.savings": _m("Resultatförbättrande åtgärder", "Cost-reduction programme"),
    "board.ch.goals": _m("Mål och indikatorer", "Goals and indicators"),
    "board.ch.goal_areas": _m("Målbedömning per målområde", "Goal assessment per area"),
    "board.ch.reliability": _m("Prognossäkerhet per nämnd", "Forecast reliability per committee"),
    "board.ch.management": _m("Förvaltningsberättelse", "Management report"),
    "board.ch.not_generated": _m("Delar som inte genereras", "Parts the product does not generate"),
    "board.ch.appendix": _m(
        "Bilaga: största avvikelser och förklaringar",
        "Appendix: largest deviations and explanations",
    ),
    "board.region_texts": _m("Regionens analys", "The region's analysis"),
    "board.no_data": _m(
        "Det finns inget utfall för {year} till och med {month} i budgetversionen {version}: "
        "rapportens siffror kan inte tas fram.",
        "There is no outcome for {year} up to {month} in budget version {version}: the report's "
        "figures cannot be produced.",
    ),
    "board.the_region": _m("regionen", "the region"),
    "board.no_text": _m(
        "Ingen analystext är skriven för {who}.", "No analysis text is written for {who}."
    ),
    "board.no_forecast": _m(
        "Det finns ingen helårsprognos för {year} efter {month}.",
        "There is no year-end forecast for {year} after {month}.",
    ),
    "board.region_only": _m(
        "Resultaträkningen och balanskravsutredningen gäller hela regionen och ingår i "
        "regionens rapport.",
        "The income statement and balance requirement are the whole region's and are in the "
        "region's report.",
    ),
    "board.no_savings": _m(
        "Inga resultatförbättrande åtgärder är inlästa för {year}.",
        "No cost-reduction programme is loaded for {year}.",
    ),
    "board.no_goals": _m("Inga mål eller indikatorer är inlästa.", "No goals are loaded."),
    "board.no_red_goals": _m("Ingen indikator är röd.", "No indicator is red."),
    "board.goal_counts": _m("Indikatorernas läge: {counts}.", "The indicators: {counts}."),
    "board.red_goals": _m("Röda indikatorer", "Red indicators"),
    "board.no_reliability": _m(
        "Det finns inga tidigare års prognoser att jämföra med utfallet.",
        "There are no earlier years' forecasts to compare with the outcome.",
    ),
    "board.reliability_note": _m(
        "Hur väl de prognoser som gjorts efter {month} tidigare år träffade årets utfall: "
        "genomsnittligt absolut fel och snedvridning (positiv: utfallet blev bättre än "
        "prognosen), i procent av utfallet.",
        "How well the forecasts made after {month} in earlier years hit the year's outcome: "
        "mean absolute error and bias (positive: the outcome was better than forecast), as % "
        "of the outcome.",
    ),
    "board.no_deviations": _m(
        "Det finns inga avvikelser att visa.", "There are no deviations to show."
    ),
    "board.no_explanations": _m(
        "Ingen avvikelse har någon förklaring för perioden.",
        "No deviation has an explanation for the period.",
    ),
    "board.explanations": _m("Förklaringar", "Explanations"),
    "board.explanation_line": _m(
        "{unit}: {explanation}{action} ({author})", "{unit}: {explanation}{action} ({author})"
    ),
    "board.action_part": _m(" Åtgärd: {action}", " Action: {action}"),
    "board.chart_missing": _m(
        "Diagrammet ”{title}” kunde inte ritas: {reason}",
        "The chart “{title}” could not be drawn: {reason}",
    ),
    "board.no_browser": _m(
        "ingen webbläsare (chromium) finns för diagrammen på den här datorn.",
        "no browser (chromium) for the charts on this computer.",
    ),
    "board.not_generated_text": _m(
        "{part} finns inte i databasen (den rymmer driftens utfall och budget, inte "
        "balansräkningens poster) och ingår därför inte. Lägg till den i Word-versionen.",
        "{part} is not in the database (it holds the operating outcome and budget, not the "
        "balance sheet) and is therefore not included. Add it in the Word version.",
    ),
    "board.part.balance_sheet": _m("Balansräkningen", "The balance sheet"),
    "board.part.cash_flow": _m("Kassaflödesanalysen", "The cash flow statement"),
    "board.part.group": _m("Den sammanställda redovisningen", "The consolidated accounts"),
    "board.income_caption": _m(
        "Budget: {version}. Resultattecken: intäkter positiva, kostnader negativa (tkr).",
        "Budget: {version}. Result sign: revenue positive, costs negative (tkr).",
    ),
    "board.figures_caption": _m(
        "Belopp i mnkr, resultattecken. Avvikelse mot periodiserad budget.",
        "Amounts in mnkr, result sign. Deviation from the periodised budget.",
    ),
    "board.balance_result": _m("Balanskravsresultat, prognos", "Balance result, forecast"),
    "board.balance_result_closed": _m("Balanskravsresultat", "Balance result"),
    "board.forecast_committee": _m("Helårsprognos (tkr)", "Year-end forecast (tkr)"),
    "board.forecast_deviation": _m("Prognos mot budget (tkr)", "Forecast against budget (tkr)"),
    "board.committee_figures": _m(
        "Till och med {month}: budget {budget}, utfall {outcome}, avvikelse {deviation}. "
        "Helårsprognos {forecast} ({forecast_deviation} mot budget).",
        "Up to {month}: budget {budget}, outcome {outcome}, deviation {deviation}. "
        "Year-end forecast {forecast} ({forecast_deviation} against budget).",
    ),
    "board.chart.accumulated": _m(
        "Ackumulerat resultat mot periodiserad budget, {scope}",
        "Accumulated result against periodised budget, {scope}",
    ),
    "board.chart.deviation": _m(
        "Avvikelse mot budget per nämnd till och med {month}",
        "Deviation from budget per committee up to {month}",
    ),
    "board.chart.forecast": _m(
        "Prognosens väg genom året, {scope}", "The forecast's path, {scope}"
    ),
    # the page
    "page.report": _m("Rapport", "Report"),
    "page.report_texts": _m("Analystexter", "Analysis texts"),
    "board.page_title": _m("Rapport", "Report"),
    "board.kind": _m("Rapport", "Report"),
    "board.scope": _m("Omfattning", "Scope"),
    "board.format": _m("Format", "Format"),
    "board.build": _m("Skapa rapporten", "Build the report"),
    "board.building": _m("Skapar rapporten …", "Building the report …"),
    "board.built": _m("Rapporten är klar: {pages} sidor.", "The report is ready: {pages} pages."),
    "board.download_pdf": _m("Ladda ner PDF", "Download PDF"),
    "board.download_docx": _m("Ladda ner Word", "Download Word"),
    "board.preview": _m("Förhandsvisning", "Preview"),
    "board.preview_help": _m(
        "Rapportens sidor som de blir i PDF:en.", "The report's pages as they are in the PDF."
    ),
    "board.failed": _m("Rapporten kunde inte skapas: {reason}", "The report failed: {reason}"),
    "board.written": _m("Skrev {file} ({pages} sidor).", "Wrote {file} ({pages} pages)."),
    "board.written_docx": _m("Skrev {file}.", "Wrote {file}."),
    # the texts page
    "board.texts_title": _m("Analystexter {month} {year}", "Analysis texts {month} {year}"),
    "board.texts_caption": _m(
        "Controllerns texter till rapporten. Utkast → klar för granskning → godkänd; "
        "godkända texter är låsta.",
        "The controllers' texts for the report. Draft → ready for review → approved; "
        "approved texts are locked.",
    ),
    "board.texts_write": _m("Skriv", "Write"),
    "board.texts_follow_up": _m("Uppföljning", "Follow-up"),
    "board.texts_committee": _m("Nämnd", "Committee"),
    "board.texts_status_now": _m("Status: **{status}**{signed}", "Status: **{status}**{signed}"),
    "board.texts_signed_part": _m(" ({who}, {when})", " ({who}, {when})"),
    "board.texts_save": _m("Spara texterna", "Save the texts"),
    "board.texts_saved": _m("{sections} avsnitt sparade.", "{sections} sections saved."),
    "board.texts_unchanged": _m("Inget avsnitt är ändrat.", "No section was changed."),
    "board.texts_locked": _m(
        "Texterna är godkända och låsta.", "The texts are approved and locked."
    ),
    "board.op.submit": _m("Klar för granskning", "Ready for review"),
    "board.op.withdraw": _m("Tillbaka till utkast", "Back to draft"),
    "board.op.approve": _m("Godkänn", "Approve"),
    "board.op.reopen": _m("Öppna igen", "Reopen"),
    "board.texts_reopen_reason": _m("Skäl att öppna igen", "Reason to reopen"),
    "board.texts_moved": _m("Status: {status}.", "Status: {status}."),
    "board.texts_comments": _m(
        "Kommentarer på avvikelser för perioden", "Comments on deviations for the period"
    ),
    "board.texts_insert_comments": _m(
        "Lägg kommentarerna i Ekonomi och prognos", "Put the comments in Finances and forecast"
    ),
    "board.texts_no_comments": _m(
        "Inga kommentarer på avvikelser för perioden.", "No comments on deviations this period."
    ),
    "board.texts_history": _m("Historik", "History"),
    "board.texts_deadline": _m("Sista dag", "Deadline"),
    "board.texts_set_deadline": _m("Spara sista dag", "Save deadline"),
    "board.texts_deadline_saved": _m(
        "Sista dag för period {period}: {due}.", "Deadline for period {period}: {due}."
    ),
    "board.texts_deadline_caption": _m(
        "Sista dag för perioden: {due}{source}.", "Deadline for the period: {due}{source}."
    ),
    "board.texts_deadline_default": _m(
        " (dag {day} månaden efter, inställningen BUDGET_REPORT_DEADLINE_DAY)",
        " (day {day} of the month after, the setting BUDGET_REPORT_DEADLINE_DAY)",
    ),
    "board.year_heading": _m("Året månad för månad", "The year month by month"),
    "board.year_legend": _m(
        "✓ godkänd, ● klar för granskning, ✎ utkast, – saknas; (!) efter sista dag.",
        "✓ approved, ● ready for review, ✎ draft, – missing; (!) past the deadline.",
    ),
    "board.late": _m("försenad", "late"),
    "board.on_time": _m("i tid", "on time"),
    "col.texts_status": _m("Status", "Status"),
    "col.texts_by": _m("Av", "By"),
    "col.texts_when": _m("När", "When"),
    "col.texts_due": _m("Sista dag", "Deadline"),
    "col.texts_late": _m("Läge", "State"),
    "board.counts": _m(
        "{approved} godkända, {ready} klara för granskning, {draft} utkast, {missing} saknas.",
        "{approved} approved, {ready} ready for review, {draft} draft, {missing} missing.",
    ),
}
