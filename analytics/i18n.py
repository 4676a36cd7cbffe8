"""One catalogue of user-facing strings: Swedish by default, English selectable.

Code speaks English; users read Swedish. Messages are looked up by key and formatted with named
parameters, so the importer's findings, the CLI and the pages share one wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from analytics.settings import bool_setting

LANGUAGES = ("sv", "en")

CATALOGUE: dict[str, dict[str, str]] = {
    # cost-reduction programme (Åtgärder)
    "page.savings": {"sv": "Åtgärder", "en": "Savings"},
    "savings.title": {
        "sv": "Resultatförbättrande åtgärder {year}",
        "en": "Cost-reduction programme {year}",
    },
    "savings.caption": {
        "sv": "{scope}, till och med {month}. Besparingar är positiva belopp. Beslutade åtgärder "
        "= beslutade, pågående och realiserade; avförda åtgärder räknas inte.",
        "en": "{scope}, up to and including {month}. Savings are positive amounts. Decided "
        "measures = decided, in progress and realised; dropped measures do not count.",
    },
    "savings.none": {
        "sv": "Inget åtgärdsprogram för {year}. Ladda ned mallen eller lägg till en åtgärd nedan.",
        "en": "No programme for {year}. Download the template or add a measure below.",
    },
    "savings.tile_target": {"sv": "Mål", "en": "Target"},
    "savings.tile_planned": {"sv": "Planerat", "en": "Planned"},
    "savings.tile_gap": {"sv": "Gap mot målet", "en": "Gap to the target"},
    "savings.tile_gap_delta": {"sv": "ej täckt av åtgärder", "en": "not covered by measures"},
    "savings.tile_gap_none": {"sv": "målet täckt", "en": "target covered"},
    "savings.tile_decided": {
        "sv": "Täckt av beslutade åtgärder",
        "en": "Covered by decided measures",
    },
    "savings.tile_realised": {"sv": "Realiserat hittills", "en": "Realised so far"},
    "savings.share_of_target": {"sv": "{pct} av målet", "en": "{pct} of the target"},
    "savings.burnup_title": {
        "sv": "{scope}: realiserade besparingar ackumulerat mot mål och plan (mnkr)",
        "en": "{scope}: realised savings accumulated against target and plan (mnkr)",
    },
    "savings.chart_target": {"sv": "Mål", "en": "Target"},
    "savings.chart_planned": {"sv": "Planerat", "en": "Planned"},
    "savings.chart_decided": {"sv": "Beslutat", "en": "Decided"},
    "savings.chart_pace": {"sv": "Jämn takt mot målet", "en": "Even pace to the target"},
    "savings.chart_realised": {"sv": "Realiserat", "en": "Realised"},
    "savings.per_committee": {"sv": "Per nämnd", "en": "Per committee"},
    "savings.at_risk": {"sv": "Åtgärder i riskzonen", "en": "Measures at risk"},
    "savings.at_risk_note": {
        "sv": "Hög risk, fortfarande en idé, eller väntar på ett politiskt beslut som inte är taget.",
        "en": "High risk, still an idea, or waiting for a political decision not yet taken.",
    },
    "savings.no_risk": {"sv": "Inga åtgärder i riskzonen.", "en": "No measures at risk."},
    "savings.measures": {"sv": "Alla åtgärder {year}", "en": "All measures {year}"},
    "savings.status.idea": {"sv": "Idé", "en": "Idea"},
    "savings.status.decided": {"sv": "Beslutad", "en": "Decided"},
    "savings.status.in_progress": {"sv": "Pågår", "en": "In progress"},
    "savings.status.realised": {"sv": "Realiserad", "en": "Realised"},
    "savings.status.dropped": {"sv": "Avförd", "en": "Dropped"},
    "savings.risk.low": {"sv": "Låg", "en": "Low"},
    "savings.risk.medium": {"sv": "Medel", "en": "Medium"},
    "savings.risk.high": {"sv": "Hög", "en": "High"},
    "savings.template_heading": {"sv": "Mall för åtgärdsprogrammet", "en": "Programme template"},
    "savings.download": {
        "sv": "Ladda ned mallen (ifylld)",
        "en": "Download the template (filled in)",
    },
    "savings.upload": {"sv": "Läs in en ifylld mall", "en": "Load a filled template"},
    "savings.import": {"sv": "Läs in programmet", "en": "Load the programme"},
    "savings.imported": {
        "sv": "{file}: åtgärdsprogrammet är inläst och ersätter det tidigare.",
        "en": "{file}: the programme is loaded and replaces the previous one.",
    },
    "savings.target_heading": {"sv": "Sätt målet för {year}", "en": "Set the target for {year}"},
    "savings.target_save": {"sv": "Spara målet", "en": "Save the target"},
    "savings.target_saved": {
        "sv": "Målet för {year} är sparat.",
        "en": "The target for {year} is saved.",
    },
    "savings.add_heading": {"sv": "Lägg till en åtgärd", "en": "Add a measure"},
    "savings.add_save": {"sv": "Spara åtgärden", "en": "Save the measure"},
    "savings.added": {"sv": "Åtgärden {code} är sparad.", "en": "The measure {code} is saved."},
    "savings.realised_heading": {
        "sv": "Rapportera realiserad besparing",
        "en": "Report a realised saving",
    },
    "savings.realised_save": {"sv": "Spara utfallet", "en": "Save the outcome"},
    "savings.realised_saved": {
        "sv": "Realiserat för {code} i {month} är sparat.",
        "en": "The saving of {code} in {month} is saved.",
    },
    "savings.title_required": {
        "sv": "Titel: beskriv åtgärden.",
        "en": "Title: describe the measure.",
    },
    "savings.template_help": {
        "sv": "Mall för resultatförbättrande åtgärder\n\nMål: en rad per år och nämnd med målet i "
        "tkr; lämna Nämnd tom för regionens mål.\nÅtgärder: en rad per åtgärd med en unik kod, "
        "titel, nämnd, ansvarig, status (Idé, Beslutad, Pågår, Realiserad, Avförd), om ett "
        "politiskt beslut krävs (ja/nej), beslutet och risk (Låg, Medel, Hög).\nPlan: planerad "
        "besparing per åtgärd och år i tkr.\nRealiserat: realiserad besparing per åtgärd och "
        "månad i tkr.\nNär mallen läses in ersätter den hela det lagrade programmet; är något "
        "fel läses inget in.",
        "en": "Cost-reduction programme template (see the Swedish text).",
    },
    "col.code": {"sv": "Kod", "en": "Code"},
    "col.title": {"sv": "Titel", "en": "Title"},
    "col.owner": {"sv": "Ansvarig", "en": "Owner"},
    "col.status": {"sv": "Status", "en": "Status"},
    "col.needs_decision": {"sv": "Politiskt beslut krävs", "en": "Needs a political decision"},
    "col.risk": {"sv": "Risk", "en": "Risk"},
    "col.target_tkr": {"sv": "Mål (tkr)", "en": "Target (tkr)"},
    "col.planned_tkr": {"sv": "Planerat (tkr)", "en": "Planned (tkr)"},
    "col.decided_tkr": {"sv": "Beslutat (tkr)", "en": "Decided (tkr)"},
    "col.realised_tkr": {"sv": "Realiserat (tkr)", "en": "Realised (tkr)"},
    "col.left_tkr": {"sv": "Kvar att realisera (tkr)", "en": "Left to realise (tkr)"},
    "col.gap_tkr": {"sv": "Gap (tkr)", "en": "Gap (tkr)"},
    "problem.savings_bad_amount": {
        "sv": "”{text}” är inte en besparing i tkr (ett positivt belopp, hela kronor).",
        "en": '"{text}" is not a saving in tkr (a positive amount, whole kronor).',
    },
    "problem.savings_duplicate_code": {
        "sv": "Koden finns redan på rad {first}.",
        "en": "The code is already on row {first}.",
    },
    "problem.savings_unknown_code": {
        "sv": "Åtgärden {measure} finns inte på bladet Åtgärder.",
        "en": "The measure {measure} is not on the sheet Åtgärder.",
    },
    "problem.savings_bad_month": {
        "sv": "”{text}” är inte en månad (1–12).",
        "en": '"{text}" is not a month (1–12).',
    },
    # budget frames (Ramar)
    "page.frames": {"sv": "Ramar", "en": "Frames"},
    "frames.title": {"sv": "Budgetramar {year}", "en": "Budget frames {year}"},
    "frames.caption": {
        "sv": "Ram = den nettokostnad nämnden får använda (positivt belopp, tkr). Årets ram är "
        "förra årets slutliga ram plus årets förändringar; det som förändringarna inte förklarar "
        "visas som oförklarat.",
        "en": "Frame = the net cost a committee may spend (positive, tkr). This year's frame is "
        "last year's final frame plus this year's changes; what the changes do not explain is "
        "shown as unexplained.",
    },
    "frames.version.original": {"sv": "Ursprunglig", "en": "Original"},
    "frames.version.revised": {"sv": "Reviderad", "en": "Revised"},
    "frames.type.indexation": {"sv": "Löne- och prisuppräkning", "en": "Wage and price indexation"},
    "frames.type.added_funds": {"sv": "Tillskott", "en": "Added funds"},
    "frames.type.reallocation": {"sv": "Omfördelning mellan nämnder", "en": "Reallocation"},
    "frames.type.organisation": {"sv": "Organisationsförändring", "en": "Organisation change"},
    "frames.type.internal_charging": {
        "sv": "Minskad interndebitering",
        "en": "Reduced internal charging",
    },
    "frames.type.efficiency": {"sv": "Effektiviseringskrav", "en": "Efficiency requirement"},
    "frames.type.other": {"sv": "Övrigt", "en": "Other"},
    "frames.step.start": {"sv": "Ram {year}", "en": "Frame {year}"},
    "frames.step.end": {"sv": "Ram {year}", "en": "Frame {year}"},
    "frames.step.start_revised": {"sv": "Ursprunglig ram", "en": "Original frame"},
    "frames.step.end_revised": {"sv": "Reviderad ram", "en": "Revised frame"},
    "frames.step.unexplained": {"sv": "Oförklarat", "en": "Unexplained"},
    "frames.region": {"sv": "Regionen (alla nämnder)", "en": "The region (all committees)"},
    "frames.waterfall_title": {
        "sv": "{scope}: från ram {last} till ram {year} (mnkr)",
        "en": "{scope}: from the {last} frame to the {year} frame (mnkr)",
    },
    "frames.revised_title": {
        "sv": "{scope}: från ursprunglig till reviderad ram {year} (mnkr)",
        "en": "{scope}: from the original to the revised frame {year} (mnkr)",
    },
    "frames.flows_title": {
        "sv": "Flyttade medel mellan nämnder {year} (mnkr)",
        "en": "Money moved between committees {year} (mnkr)",
    },
    "frames.no_flows": {
        "sv": "Inga omfördelningar mellan nämnder {year}.",
        "en": "No money moved between committees in {year}.",
    },
    "frames.tile_total": {"sv": "Summa ramar", "en": "Sum of frames"},
    "frames.tile_change": {"sv": "{amount} mot {last}", "en": "{amount} against {last}"},
    "frames.tile_result": {"sv": "Resultat om ramarna hålls", "en": "Result if the frames hold"},
    "frames.tile_result_help": {
        "sv": "Skatteintäkter, statsbidrag och finansiella poster i budgeten minus summan av "
        "ramarna. Budgetens resultat: {budget}.",
        "en": "Taxes, grants and financial items in the budget less the sum of the frames. The "
        "budget's result: {budget}.",
    },
    "frames.tile_budget": {"sv": "Budgeterad nettokostnad", "en": "Budgeted net cost"},
    "frames.tile_budget_delta": {"sv": "{amount} mot ramarna", "en": "{amount} against the frames"},
    "frames.imbalance": {
        "sv": "{type} {year} ({version}) summerar inte till noll över nämnderna: {amount} blir "
        "över.",
        "en": "{type} {year} ({version}) does not sum to zero across committees: {amount} is "
        "left over.",
    },
    "frames.balanced": {
        "sv": "Omfördelningar och organisationsförändringar summerar till noll.",
        "en": "Reallocations and organisation changes sum to zero.",
    },
    "frames.reconcile_heading": {
        "sv": "Ram mot huvudbokens budget per nämnd",
        "en": "Frame against the ledger's budget per committee",
    },
    "frames.reconcile_note": {
        "sv": "Budgeterad nettokostnad = verksamhetens intäkter och kostnader i budgetversionen "
        "{version}. Skillnad = ram − budget (positiv: budgeterat under ramen).",
        "en": "Budgeted net cost = operating revenue and costs in the budget version {version}. "
        "Difference = frame − budget (positive: budgeted below the frame).",
    },
    "frames.changes_heading": {"sv": "Ramförändringar {year}", "en": "Frame changes {year}"},
    "frames.none": {
        "sv": "Inga ramar för {year}. Ladda ned mallen, fyll i och läs in den nedan.",
        "en": "No frames for {year}. Download the template, fill it in and load it below.",
    },
    "frames.template_heading": {"sv": "Mall för ramar", "en": "Frames template"},
    "frames.download": {
        "sv": "Ladda ned mallen (med {year} ifyllt)",
        "en": "Download the template ({year} filled in)",
    },
    "frames.upload": {"sv": "Läs in en ifylld mall", "en": "Load a filled template"},
    "frames.import": {"sv": "Läs in ramarna", "en": "Load the frames"},
    "frames.imported": {
        "sv": "{file}: ramar och förändringar för {years} inlästa (tidigare uppgifter för de åren "
        "ersattes).",
        "en": "{file}: frames and changes for {years} loaded (what was stored for those years was "
        "replaced).",
    },
    "frames.set_heading": {"sv": "Fastställ en ram för {year}", "en": "Set a frame for {year}"},
    "frames.decided": {"sv": "Beslutsdatum", "en": "Decided on"},
    "frames.set_save": {"sv": "Spara ramen", "en": "Save the frame"},
    "frames.set_saved": {
        "sv": "Ramen för {committee} är sparad.",
        "en": "The frame for {committee} is saved.",
    },
    "frames.add_heading": {"sv": "Lägg till en ramförändring", "en": "Add a frame change"},
    "frames.add_save": {"sv": "Spara förändringen", "en": "Save the change"},
    "frames.added": {"sv": "Förändringen är sparad.", "en": "The change is saved."},
    "frames.text_required": {
        "sv": "Text: beskriv förändringen.",
        "en": "Text: describe the change.",
    },
    "frames.counterpart_required": {
        "sv": "Motpart: en omfördelning eller organisationsförändring har en annan nämnd som "
        "motpart.",
        "en": "Counterpart: a reallocation or organisation change has another committee as "
        "counterpart.",
    },
    "frames.template_help": {
        "sv": "Mall för budgetramar\n\nBladet Ramar: en rad per år, nämnd och version "
        "(Ursprunglig eller Reviderad) med ramen i tkr (nettokostnad, positivt belopp), "
        "beslutet (t.ex. RF 2019-10-16 §109) och beslutsdatum.\nBladet Ramförändringar: en rad "
        "per förändring med typ, belopp i tkr (positivt ökar ramen), text och för omfördelningar "
        "och organisationsförändringar motparten. En flytt skrivs på två rader: minus hos den "
        "som lämnar, plus hos den som tar emot, med varandra som motpart.\nNär mallen läses in "
        "ersätts allt som finns lagrat för de år som står i filen; är något fel läses inget in.",
        "en": "Budget frames template (see the Swedish text).",
    },
    "col.frame": {"sv": "Ram (tkr)", "en": "Frame (tkr)"},
    "col.original": {"sv": "Ursprunglig ram", "en": "Original frame"},
    "col.revised": {"sv": "Reviderad ram", "en": "Revised frame"},
    "col.budget_net_cost": {"sv": "Budgeterad nettokostnad", "en": "Budgeted net cost"},
    "col.difference": {"sv": "Skillnad", "en": "Difference"},
    "col.type": {"sv": "Typ", "en": "Type"},
    "col.amount_tkr": {"sv": "Belopp (tkr)", "en": "Amount (tkr)"},
    "col.text": {"sv": "Text", "en": "Text"},
    "col.counterpart": {"sv": "Motpart", "en": "Counterpart"},
    "col.version_label": {"sv": "Version", "en": "Version"},
    "col.decision": {"sv": "Beslut", "en": "Decision"},
    "problem.frames_missing_sheet": {
        "sv": "Bladet {sheet} saknas; använd mallen från sidan Ramar.",
        "en": "The sheet {sheet} is missing; use the template from the Frames page.",
    },
    "problem.frames_no_header": {
        "sv": "Rubrikraden med {headers} hittades inte.",
        "en": "The header row with {headers} was not found.",
    },
    "problem.frames_bad_year": {"sv": "”{text}” är inte ett år.", "en": '"{text}" is not a year.'},
    "problem.frames_missing": {"sv": "Värde saknas.", "en": "The value is missing."},
    "problem.frames_bad_choice": {
        "sv": "”{text}” är inte ett av: {options}.",
        "en": '"{text}" is not one of: {options}.',
    },
    "problem.frames_bad_amount": {
        "sv": "”{text}” är inte ett belopp i tkr med högst tre decimaler.",
        "en": '"{text}" is not an amount in tkr with at most three decimals.',
    },
    "problem.frames_bad_date": {
        "sv": "”{text}” är inte ett datum.",
        "en": '"{text}" is not a date.',
    },
    "problem.frames_duplicate": {
        "sv": "Samma år, nämnd och version finns redan på rad {first}.",
        "en": "The same year, committee and version is already on row {first}.",
    },
    "problem.assumptions_missing_sheet": {
        "sv": "Bladet {sheet} saknas; använd mallen från sidan Scenarier.",
        "en": "The sheet {sheet} is missing; use the template from the Scenarios page.",
    },
    "problem.assumptions_outside_plan": {
        "sv": "{year} ligger utanför planen {first}–{last}.",
        "en": "{year} is outside the plan {first}–{last}.",
    },
    "problem.assumptions_bad_value": {
        "sv": "”{text}” är inte ett tal.",
        "en": '"{text}" is not a number.',
    },
    "problem.assumptions_out_of_range": {
        "sv": "”{text}” ligger utanför {low}–{high} eller har fler än fyra decimaler.",
        "en": '"{text}" is outside {low}–{high} or has more than four decimals.',
    },
    "problem.assumptions_duplicate": {
        "sv": "Samma plan, år och antagande finns redan på rad {first}.",
        "en": "The same plan, year and assumption is already on row {first}.",
    },
    "problem.assumptions_empty": {
        "sv": "Bladet har inga antaganden under rubrikraden.",
        "en": "The sheet has no assumptions under its header row.",
    },
    "problem.assumptions_unknown_plan": {
        "sv": "Budgetversionen ”{version}” för {year} finns inte i databasen (finns: {known}).",
        "en": 'The budget version "{version}" for {year} is not in the database (known: {known}).',
    },
    "assumptions.template_help": {
        "sv": "Planantaganden för en regionplan: en rad per budgetår, budgetversion, år och "
        "antagande.\n"
        "Budgetår och Budgetversion anger planen (som i sidofältet, t.ex. 2025 och Budget 2025); "
        "År är budgetåret eller ett av de två planåren.\n"
        "Antagande: skattesats (kr per hundralapp), skatteunderlagets tillväxt (%), löne- och "
        "prisuppräkning (%), generella statsbidrag och utjämning (mnkr) eller finansiella poster "
        "netto (mnkr).\n"
        "Källa krävs, t.ex. SKR:s cirkulär med nummer och datum eller fullmäktiges beslut.\n"
        "Filen läses in i sin helhet eller inte alls; det senaste värdet per år och antagande "
        "gäller och tidigare värden finns kvar i historiken.",
        "en": "Plan assumptions: one row per budget year, version, year and assumption.\n"
        "The budget year and version name the plan; the year is the budget year or one of the "
        "two plan years.\nA source is required.\nThe file loads whole or not at all.",
    },
    "problem.frames_missing_counterpart": {
        "sv": "En omfördelning eller organisationsförändring behöver en motpart.",
        "en": "A reallocation or organisation change needs a counterpart.",
    },
    # scenarios
    "page.scenarios": {"sv": "Scenarier", "en": "Scenarios"},
    "scenario.choose": {"sv": "Scenario", "en": "Scenario"},
    "scenario.new": {"sv": "(nytt scenario från budgeten)", "en": "(new scenario from the budget)"},
    "scenario.title": {"sv": "Scenarier {year}–{last}", "en": "Scenarios {year}–{last}"},
    "scenario.caption": {
        "sv": "Utgår från {version}. Planåren räknas fram med planens antaganden nedan "
        "(skattesats, skatteunderlag, uppräkning, statsbidrag, finansiella poster); ändringarna "
        "läggs ovanpå. Budgeten ändras inte.",
        "en": "Starts from {version}. The plan years follow the plan's assumptions below (tax "
        "rate, tax base, indexation, grants, financial items); the changes come on top. The "
        "budget is not changed.",
    },
    "scenario.assumptions": {"sv": "Planens antaganden", "en": "The plan's assumptions"},
    "scenario.assumption": {"sv": "Antagande", "en": "Assumption"},
    "scenario.sources": {"sv": "Källa", "en": "Source"},
    "scenario.source_default": {
        "sv": "standard (budgetårets nivå)",
        "en": "default (the budget year's level)",
    },
    "scenario.source_setting": {
        "sv": "inställningen BUDGET_TAX_RATE",
        "en": "the setting BUDGET_TAX_RATE",
    },
    "scenario.source_budget": {"sv": "budgetversionen", "en": "the budget version"},
    "scenario.assumption.tax_rate": {"sv": "Skattesats, kr", "en": "Tax rate, kr"},
    "scenario.assumption.tax_base_growth_pct": {
        "sv": "Skatteunderlagets tillväxt, %",
        "en": "Tax base growth, %",
    },
    "scenario.assumption.indexation_pct": {
        "sv": "Löne- och prisuppräkning, %",
        "en": "Wage and price indexation, %",
    },
    "scenario.assumption.grants_mnkr": {
        "sv": "Generella statsbidrag och utjämning, mnkr",
        "en": "General grants, mnkr",
    },
    "scenario.assumption.financial_mnkr": {
        "sv": "Finansiella poster netto, mnkr",
        "en": "Net financial items, mnkr",
    },
    "scenario.assumptions_edit": {
        "sv": "Ändra planens antaganden",
        "en": "Change the plan's assumptions",
    },
    "scenario.assumptions_help": {
        "sv": "Planårens värden, till exempel från SKR:s cirkulär. Ändrade värden sparas med "
        "källan; det senaste värdet per år gäller och alla ändringar loggas.",
        "en": "The plan years' values, e.g. from SKR's circular. Changed values are saved with "
        "the source; the newest value per year counts and every change is logged.",
    },
    "scenario.assumptions_source": {
        "sv": "Källa (krävs), t.ex. SKR cirkulär 25:xx",
        "en": "Source (required), e.g. SKR circular",
    },
    "scenario.assumptions_save": {"sv": "Spara antagandena", "en": "Save the assumptions"},
    "scenario.assumptions_saved": {
        "sv": "{count} antaganden sparade för planen {version}.",
        "en": "{count} assumptions saved for the plan {version}.",
    },
    "scenario.assumptions_unchanged": {
        "sv": "Inget värde är ändrat.",
        "en": "No value is changed.",
    },
    "scenario.assumptions_source_required": {
        "sv": 'Ange en källa för antagandena, t.ex. "SKR cirkulär 25:xx".',
        "en": 'Give a source for the assumptions, e.g. "SKR circular 25:xx".',
    },
    "scenario.assumptions_invalid": {
        "sv": '{name} {year}: "{value}" är inget tal.',
        "en": '{name} {year}: "{value}" is not a number.',
    },
    "scenario.assumptions_download": {
        "sv": "Ladda ner mallen för planantaganden",
        "en": "Download the plan-assumptions template",
    },
    "scenario.assumptions_upload": {
        "sv": "Läs in planantaganden (mallen, t.ex. ifylld från SKR:s cirkulär)",
        "en": "Load plan assumptions (the template, e.g. filled from SKR's circular)",
    },
    "scenario.assumptions_import": {"sv": "Läs in antagandena", "en": "Load the assumptions"},
    "scenario.assumptions_loaded": {
        "sv": "{file}: {count} planantaganden inlästa.",
        "en": "{file}: {count} plan assumptions loaded.",
    },
    "scenario.assumptions_empty": {
        "sv": "{name} {year} saknar värde: skriv ett tal.",
        "en": "{name} {year} has no value: enter a number.",
    },
    "scenario.forecast_note": {
        "sv": "Helårsprognos {year} efter {month} (sidan Prognos): {amount}. Scenariot utgår "
        "från budgeten, inte från prognosen.",
        "en": "Year-end forecast {year} after {month} (the Forecast page): {amount}. The scenario "
        "starts from the budget, not from the forecast.",
    },
    "scenario.outcome_note": {
        "sv": "Utfall {year} (året är stängt): {amount}. Scenariot utgår från budgeten.",
        "en": "Outcome {year} (the year is closed): {amount}. The scenario starts from the budget.",
    },
    "scenario.breaks_rule": {
        "sv": "Budgeterat resultat under noll {years}: balanskravet i budgeten bryts (KL 11 kap. "
        "12 §) om inte fullmäktige åberopar synnerliga skäl.",
        "en": "A budgeted result below zero in {years}: the balanced-budget rule is broken "
        "unless the council invokes exceptional reasons.",
    },
    "scenario.deficits_after": {
        "sv": "Underskott kvar att återställa efter {year}",
        "en": "Deficits left after {year}",
    },
    "scenario.compare_measure": {"sv": "Mått", "en": "Measure"},
    "scenario.line.goal_met": {"sv": "Finansiella målet nås", "en": "Financial goal met"},
    "scenario.drivers_help": {
        "sv": "**Ändra antagandena** per år (Tab och pilar flyttar mellan cellerna). Under dem: "
        "ramförändringar, omfördelningar mellan nämnder och förändringar per kostnadsslag.",
        "en": "**Change the assumptions** per year (Tab and arrows move between cells). Below: "
        "frame changes, reallocations between committees and changes per cost type.",
    },
    "scenario.driver.tax_base_pp": {
        "sv": "Skatteunderlagets tillväxt, ± procentenheter",
        "en": "Tax base growth, ± points",
    },
    "scenario.driver.tax_rate_ore": {
        "sv": "Skattesats, ± öre (från året)",
        "en": "Tax rate, ± öre (from the year)",
    },
    "scenario.driver.grants_mnkr": {
        "sv": "Generella statsbidrag och utjämning, ± mnkr",
        "en": "General grants, ± mnkr",
    },
    "scenario.driver.pension_mnkr": {
        "sv": "Pensionskostnader, ± mnkr",
        "en": "Pension costs, ± mnkr",
    },
    "scenario.driver.pension_pct": {"sv": "Pensionskostnader, ± %", "en": "Pension costs, ± %"},
    "scenario.driver.indexation_pp": {
        "sv": "Löne- och prisuppräkning, ± procentenheter",
        "en": "Indexation, ± points",
    },
    "scenario.driver.savings_realised_pct": {
        "sv": "Realiserade besparingar, % av plan",
        "en": "Savings realised, % of plan",
    },
    "scenario.driver.one_off_mnkr": {
        "sv": "Engångsposter (kostnad), mnkr",
        "en": "One-off items (cost), mnkr",
    },
    "scenario.kind": {"sv": "Slag (frame, reallocation, cost_type)", "en": "Kind"},
    "scenario.who": {
        "sv": "Nämnd / från nämnd / kostnadsslag",
        "en": "Committee / from / cost type",
    },
    "scenario.to": {"sv": "Till nämnd", "en": "To committee"},
    "scenario.amount": {
        "sv": "Belopp (mnkr) eller % för kostnadsslag",
        "en": "Amount (mnkr) or % for a cost type",
    },
    "scenario.result_year": {"sv": "Årets resultat {year}", "en": "Result {year}"},
    "scenario.delta": {"sv": "{amount} mot budget", "en": "{amount} against budget"},
    "scenario.chart_title": {
        "sv": "Årets resultat per år: budget och scenario (mnkr)",
        "en": "Result per year: budget and scenario (mnkr)",
    },
    "scenario.tornado_title": {
        "sv": "Känslighet: resultatet {year} om …",
        "en": "Sensitivity: the {year} result if …",
    },
    "scenario.budget": {"sv": "Budget", "en": "Budget"},
    "scenario.scenario": {"sv": "Scenario", "en": "Scenario"},
    "scenario.goal": {"sv": "Finansiellt mål", "en": "Financial goal"},
    "scenario.rules": {
        "sv": "Balanskravsresultat = årets resultat med årets beslutade reserveringar och "
        "justeringar (ett planår har inga realisationsvinster). Ett negativt "
        "balanskravsresultat ska återställas inom tre år; raden Att återställa visar vad som "
        "återstår efter året, underskott från tidigare bokslut medräknade, äldsta först.",
        "en": "Balance result = the year's result with the year's decided reserve transfers and "
        "adjustments (a plan year books no gains). A negative balance result must be restored "
        "within three years; To restore shows what is left after the year, deficits of earlier "
        "closed years included, oldest first.",
    },
    "scenario.line.net_cost": {"sv": "Verksamhetens nettokostnader", "en": "Net operating costs"},
    "scenario.line.tax": {"sv": "Skatteintäkter", "en": "Tax revenue"},
    "scenario.line.grants": {"sv": "Generella statsbidrag och utjämning", "en": "General grants"},
    "scenario.line.operating_result": {"sv": "Verksamhetens resultat", "en": "Operating result"},
    "scenario.line.financial_income": {"sv": "Finansiella intäkter", "en": "Financial income"},
    "scenario.line.financial_costs": {"sv": "Finansiella kostnader", "en": "Financial costs"},
    "scenario.line.after_financial": {
        "sv": "Resultat efter finansiella poster",
        "en": "Result after financial items",
    },
    "scenario.line.extraordinary": {"sv": "Extraordinära poster", "en": "Extraordinary items"},
    "scenario.line.result": {"sv": "Årets resultat", "en": "Result for the year"},
    "scenario.line.balance": {"sv": "Balanskravsresultat", "en": "Balance result"},
    "scenario.line.to_restore": {"sv": "Att återställa", "en": "To restore"},
    "scenario.line.goal": {"sv": "Finansiellt mål", "en": "Financial goal"},
    "scenario.name": {"sv": "Namn", "en": "Name"},
    "scenario.notes": {"sv": "Anteckningar", "en": "Notes"},
    "scenario.save": {"sv": "Spara scenariot", "en": "Save the scenario"},
    "scenario.name_required": {
        "sv": "Namn: ge scenariot ett namn.",
        "en": "Name: give the scenario a name.",
    },
    "scenario.region_only": {
        "sv": "Scenarier räknar fram hela regionens resultat och balanskrav och visas därför "
        "bara för användare som ser alla nämnder; sparade scenarier och deras antaganden visas "
        "inte heller.",
        "en": "Scenarios compute the whole region's result and balance requirement, so they are "
        "shown only to users who see every committee; saved scenarios are not shown either.",
    },
    "scenario.name_taken": {
        "sv": "Namnet {name} har redan ett scenario ({author}); välj ett annat namn. Inget är "
        "sparat, och det du skrivit finns kvar.",
        "en": "The name {name} already has a scenario ({author}); choose another name. Nothing "
        "is saved, and what you typed is kept.",
    },
    "scenario.delete_confirm": {
        "sv": "Ta bort scenariot **{name}**? Det går inte att ångra.",
        "en": "Delete the scenario **{name}**? This cannot be undone.",
    },
    "scenario.delete_yes": {"sv": "Ja, ta bort", "en": "Yes, delete"},
    "scenario.saved": {"sv": "Scenariot {name} är sparat.", "en": "The scenario {name} is saved."},
    "scenario.export": {"sv": "Exportera till Excel", "en": "Export to Excel"},
    "scenario.duplicate": {"sv": "Duplicera", "en": "Duplicate"},
    "scenario.copy_of": {"sv": "Kopia av {name}", "en": "Copy of {name}"},
    "scenario.duplicated": {"sv": "{name} är duplicerat.", "en": "{name} is duplicated."},
    "scenario.delete": {"sv": "Ta bort", "en": "Delete"},
    "scenario.deleted": {"sv": "{name} är borttaget.", "en": "{name} is deleted."},
    "scenario.compare": {"sv": "Jämför scenarier", "en": "Compare scenarios"},
    "scenario.compare_pick": {"sv": "Välj upp till fyra", "en": "Choose up to four"},
    "scenario.compare_placeholder": {"sv": "Välj scenarier", "en": "Choose scenarios"},
    "scenario.step.tax": {
        "sv": "skatteunderlaget växer 1 procentenhet mindre",
        "en": "tax base grows 1 point less",
    },
    "scenario.step.rate": {"sv": "skattesatsen höjs 10 öre", "en": "the tax rate rises 10 öre"},
    "scenario.step.grants": {"sv": "statsbidragen ökar 50 mnkr", "en": "grants rise 50 mnkr"},
    "scenario.step.pension": {
        "sv": "pensionskostnaderna ökar 40 mnkr",
        "en": "pension costs rise 40 mnkr",
    },
    "scenario.step.index": {
        "sv": "uppräkningen blir 1 procentenhet högre",
        "en": "indexation is 1 point higher",
    },
    "scenario.step.savings": {
        "sv": "hälften av besparingarna uteblir",
        "en": "half the savings fail",
    },
    "col.scenario": {"sv": "Scenario", "en": "Scenario"},
    # goals and indicators
    "page.goals": {"sv": "Mål och nyckeltal", "en": "Goals and indicators"},
    "overview.to_goals": {"sv": "Till mål och nyckeltal", "en": "To goals and indicators"},
    "goals.none": {
        "sv": "Inga mål inlästa. Läs in ett målark (och gärna en Kolada-export) nedan.",
        "en": "No goals loaded. Load a goal sheet (and a Kolada export) below.",
    },
    "goals.count.green.one": {"sv": "{n} grön", "en": "{n} green"},
    "goals.count.green.other": {"sv": "{n} gröna", "en": "{n} green"},
    "goals.count.yellow.one": {"sv": "{n} gul", "en": "{n} yellow"},
    "goals.count.yellow.other": {"sv": "{n} gula", "en": "{n} yellow"},
    "goals.count.red.one": {"sv": "{n} röd", "en": "{n} red"},
    "goals.count.red.other": {"sv": "{n} röda", "en": "{n} red"},
    "goals.tolerance": {
        "sv": "Gul zon (% av vägen till målet)",
        "en": "Yellow zone (% of the way)",
    },
    "goals.tolerance_help": {
        "sv": "Grönt: i fas med den raka vägen från basvärde till målvärde eller bättre. Gult: "
        "efter, men högst så här många procent av hela vägen. Rött: längre efter.",
        "en": "Green: on the straight way from base to target or ahead. Yellow: behind by at "
        "most this share of the whole way. Red: further behind.",
    },
    "goals.status.green": {"sv": "Grön", "en": "Green"},
    "goals.status.yellow": {"sv": "Gul", "en": "Yellow"},
    "goals.status.red": {"sv": "Röd", "en": "Red"},
    "goals.status.no_data": {"sv": "Utfall saknas", "en": "No outcome"},
    "goals.direction.higher": {"sv": "högre är bättre", "en": "higher is better"},
    "goals.direction.lower": {"sv": "lägre är bättre", "en": "lower is better"},
    "goals.tree": {"sv": "Målträdet", "en": "The goal tree"},
    "goals.choose": {"sv": "Indikator", "en": "Indicator"},
    "goals.indicator_caption": {
        "sv": "Mål: {goal}. Status {status}; basvärde {base} ({base_year}), målvärde {target} "
        "({target_year}), {direction}.",
        "en": "Goal: {goal}. Status {status}; base {base} ({base_year}), target {target} "
        "({target_year}), {direction}.",
    },
    "goals.no_benchmark": {
        "sv": "Ingen jämförelse från Kolada för den här indikatorn.",
        "en": "No Kolada benchmark for this indicator.",
    },
    "goals.chart_path": {"sv": "Väg till målet", "en": "Path to the target"},
    "goals.chart_base_target": {"sv": "Basvärde och mål", "en": "Base and target"},
    "goals.chart_base": {"sv": "Bas", "en": "Base"},
    "goals.chart_target": {"sv": "Mål", "en": "Target"},
    "goals.chart_outcome": {"sv": "Utfall", "en": "Outcome"},
    "goals.upload_heading": {
        "sv": "Läs in mål och Kolada-data",
        "en": "Load goals and Kolada data",
    },
    "goals.profile": {
        "sv": "Mappningsprofil för målarket",
        "en": "Mapping profile for the goal sheet",
    },
    "goals.no_profile": {"sv": "(känn igen kolumnerna)", "en": "(recognise the columns)"},
    "goals.upload_goals": {
        "sv": "Målark (ersätter alla mål)",
        "en": "Goal sheet (replaces all goals)",
    },
    "goals.import_goals": {"sv": "Läs in målen", "en": "Load the goals"},
    "goals.imported": {
        "sv": "{file}: {n} indikatorer inlästa.",
        "en": "{file}: {n} indicators loaded.",
    },
    "goals.map_columns": {
        "sv": "Ange själv vad målarkets kolumner är",
        "en": "Say what the goal sheet's columns are",
    },
    "goals.save_profile": {
        "sv": "Spara som mappningsprofil (namn, valfritt)",
        "en": "Save as a mapping profile (name, optional)",
    },
    "goals.import_mapped": {"sv": "Läs in med de här kolumnerna", "en": "Load with these columns"},
    "goals.role.ignore": {"sv": "(används inte)", "en": "(not used)"},
    "goals.role.area": {"sv": "Målområde", "en": "Goal area"},
    "goals.role.goal": {"sv": "Mål", "en": "Goal"},
    "goals.role.indicator": {"sv": "Indikator", "en": "Indicator"},
    "goals.role.unit": {"sv": "Enhet", "en": "Unit"},
    "goals.role.direction": {"sv": "Riktning", "en": "Direction"},
    "goals.role.base_year": {"sv": "Basår", "en": "Base year"},
    "goals.role.base_value": {"sv": "Basvärde", "en": "Base value"},
    "goals.role.target_year": {"sv": "Målår", "en": "Target year"},
    "goals.role.target_value": {"sv": "Målvärde", "en": "Target value"},
    "goals.role.kolada": {"sv": "Kolada-id", "en": "Kolada id"},
    "goals.upload_kolada": {"sv": "Export från Kolada", "en": "Export from Kolada"},
    "goals.import_kolada": {"sv": "Läs in Kolada-data", "en": "Load the Kolada data"},
    "goals.kolada_imported": {"sv": "{file}: {kpis} inlästa.", "en": "{file}: {kpis} loaded."},
    "col.area": {"sv": "Målområde", "en": "Goal area"},
    "col.goal": {"sv": "Mål", "en": "Goal"},
    "col.indicator": {"sv": "Indikator", "en": "Indicator"},
    "col.latest": {"sv": "Senaste utfall", "en": "Latest outcome"},
    "col.target": {"sv": "Målvärde", "en": "Target"},
    "col.trend": {"sv": "Trend", "en": "Trend"},
    # forecasts (Prognos)
    "page.forecast": {"sv": "Prognos", "en": "Forecast"},
    "forecast.result_export": {
        "sv": "Exportera till Excel",
        "en": "Export to Excel",
    },
    "forecast.title_closed": {
        "sv": "Årets utfall {year} (året är stängt)",
        "en": "Outcome {year} (the year is closed)",
    },
    "forecast.title": {
        "sv": "Helårsprognos {year} efter {month}",
        "en": "Year-end forecast {year} after {month}",
    },
    "forecast.caption": {
        "sv": "Urval: {scope}. Belopp i resultattecken: nettokostnad är negativ, en positiv "
        "avvikelse är bättre än budget. Varje år visas i sin dåvarande organisation, eftersom "
        "prognoserna gjordes för nämnderna som de var då.",
        "en": "Scope: {scope}. Amounts in result sign: net cost is negative, a positive deviation "
        "is better than budget. Each year is shown on the organisation it had, since the "
        "forecasts were made for the committees as they were then.",
    },
    "forecast.central_source": {
        "sv": "Skatteintäkter och generella statsbidrag från",
        "en": "Tax revenue and general grants from",
    },
    "source.auto": {"sv": "Automatiskt", "en": "Automatic"},
    "source.controller": {"sv": "Controllernas prognos", "en": "Controllers' forecast"},
    "source.budget": {"sv": "Budget", "en": "Budget"},
    "source.skr": {"sv": "Skatteprognos (SKR)", "en": "Tax forecast (SKR)"},
    "source.used.controller": {
        "sv": "Skatteintäkter, statsbidrag och finansiella poster enligt controllernas senaste "
        "prognos.",
        "en": "Taxes, grants and financial items from the controllers' latest forecast.",
    },
    "source.used.budget": {
        "sv": "Skatteintäkter, statsbidrag och finansiella poster enligt budget.",
        "en": "Taxes, grants and financial items from the budget.",
    },
    "source.used.outcome": {
        "sv": "Året är stängt: skatteintäkter, statsbidrag och finansiella poster som bokförda "
        "under årets tolv månader.",
        "en": "The year is closed: taxes, grants and financial items as booked in its twelve "
        "months.",
    },
    "source.used.skr": {
        "sv": "Skatteintäkter och statsbidrag enligt den senast inlagda skatteprognosen; "
        "finansiella poster enligt controllernas prognos eller budget.",
        "en": "Taxes and grants from the latest tax forecast entered; financial items from the "
        "controllers' forecast or the budget.",
    },
    "forecast.tile": {"sv": "Helårsprognos", "en": "Year-end forecast"},
    "forecast.tile_closed": {"sv": "Utfall helår", "en": "Outcome for the year"},
    "forecast.closed_help": {
        "sv": "Året är stängt (utfall för alla tolv månader): årets siffra är utfallet, inte "
        "den sista prognosen.",
        "en": "The year is closed (outcome for all twelve months): its figure is the outcome, "
        "not the last forecast.",
    },
    "method.outcome": {"sv": "Utfall (stängt år)", "en": "Outcome (closed year)"},
    "forecast.own_committees": {
        "sv": "Dina nämnders nettokostnad mot ram. Regionens resultat, balanskravsresultat och "
        "finansiella mål visas bara för den som ser hela regionen.",
        "en": "Your committees' net cost against their frames. The region's result, balance "
        "requirement result and financial goal are shown only to users who see the whole region.",
    },
    "forecast.income_statement": {"sv": "Resultaträkning", "en": "Income statement"},
    "forecast.balance_heading": {
        "sv": "Balanskravsutredning {year}",
        "en": "Balance requirement review {year}",
    },
    "forecast.balance_caption": {
        "sv": "Justeringar från kontona i inställningarna (realisationsvinster: {realisation}; "
        "orealiserade vinster och förluster: {unrealised}), bokförda {booked}, och från beslut "
        "som registrerats nedan. Underskott återställs inom tre år, äldsta först.",
        "en": "Adjustments from the accounts in the settings (realisation gains: {realisation}; "
        "unrealised gains and losses: {unrealised}), booked {booked}, and from decisions "
        "entered below. Deficits are restored within three years, oldest first.",
    },
    "forecast.booked_year": {"sv": "under året", "en": "during the year"},
    "forecast.booked_to_date": {"sv": "hittills i år", "en": "so far this year"},
    "forecast.no_deficits": {
        "sv": "Inga underskott att återställa.",
        "en": "No deficits to restore.",
    },
    "decision.heading": {
        "sv": "Registrera beslut om balanskravet",
        "en": "Enter a balance requirement decision",
    },
    "decision.amount": {
        "sv": "Belopp, tkr (som det påverkar resultatet)",
        "en": "Amount, tkr (as it affects the result)",
    },
    "decision.amount_help": {
        "sv": "Reservering till reserven negativ, disponering positiv. För synnerliga skäl: "
        "den del av underskottet som inte ska återställas (0 = hela).",
        "en": "A transfer to the reserve is negative, from it positive. For exceptional reasons: "
        "the part of the deficit that is not restored (0 = all).",
    },
    "decision.reference_required": {
        "sv": "Ange beslutet (t.ex. RF 2024-06-19 §95).",
        "en": "Give the decision (e.g. RF 2024-06-19 §95).",
    },
    "decision.saved": {
        "sv": "Beslutet för {year} är registrerat.",
        "en": "The decision for {year} is saved.",
    },
    "decision.history": {"sv": "**Registrerade beslut**", "en": "**Decisions entered**"},
    "forecast.band_help": {
        "sv": " (±{amount} vid denna månad)",
        "en": " (±{amount} at this month)",
    },
    "forecast.none": {"sv": "ingen prognos ännu", "en": "no forecast yet"},
    "forecast.tile_help": {
        "sv": "Metod: {method}. Bandet är metodens genomsnittliga fel vid samma månad tidigare år",
        "en": "Method: {method}. The band is the method's mean error at this month in past years",
    },
    "forecast.chart_title": {
        "sv": "{scope}: ackumulerat utfall, budget och prognos (mnkr)",
        "en": "{scope}: accumulated outcome, budget and forecast (mnkr)",
    },
    "forecast.per_unit": {"sv": "Prognos per {level}", "en": "Forecast per {level}"},
    "forecast.methods_note": {
        "sv": "Utfall + återstående budget: utfallet hittills plus resten av den periodiserade "
        "budgeten. Årstakt: utfallet hittills uppräknat till tolv månader. Säsong: utfallet "
        "hittills delat med den andel av året som tidigare år hade nått vid samma månad. "
        "Rekommenderad: metoden med minst genomsnittligt fel för enheten tidigare år. Vald "
        "prognos är controllernas när den finns, annars den rekommenderade. Verksamhetens "
        "intäkter och kostnader; skatter och finansiella poster ingår i resultatprognosen.",
        "en": "Outcome + remaining budget: outcome so far plus the rest of the periodised budget. "
        "Run rate: outcome so far scaled to twelve months. Seasonal: outcome so far divided by "
        "the share of the year earlier years had reached by this month. Recommended: the method "
        "with the smallest mean error for the unit in past years. The chosen forecast is the "
        "controllers' when there is one, else the recommended. Operating revenue and costs; "
        "taxes and financial items are in the result forecast.",
    },
    "forecast.accuracy": {"sv": "Prognossäkerhet", "en": "Forecast accuracy"},
    "forecast.no_backtest": {
        "sv": "Det finns inga avslutade tidigare år att pröva metoderna mot.",
        "en": "There are no completed earlier years to test the methods against.",
    },
    "forecast.movement_year": {"sv": "År", "en": "Year"},
    "forecast.movement_title": {
        "sv": "{scope} {year}: så rörde sig helårsprognosen mot utfallet (mnkr)",
        "en": "{scope} {year}: how the year-end forecast moved toward the outcome (mnkr)",
    },
    "forecast.by_month_heading": {
        "sv": "**Genomsnittligt fel per prognosmånad**, {scope} (tidigare år)",
        "en": "**Mean absolute error by month of the forecast**, {scope} (earlier years)",
    },
    "forecast.august_heading": {
        "sv": "**Augustiprognosen mot utfallet** (controllernas prognos per nämnd)",
        "en": "**The August forecast against the outcome** (the controllers' forecast)",
    },
    "forecast.accuracy_heading": {
        "sv": "**Metodernas träffsäkerhet** (alla månader januari–november, tidigare år)",
        "en": "**The methods' accuracy** (every month January–November, earlier years)",
    },
    "method.budget_remaining": {"sv": "Utfall + återstående budget", "en": "Outcome + budget left"},
    "method.run_rate": {"sv": "Årstakt", "en": "Run rate"},
    "method.seasonal": {"sv": "Säsong", "en": "Seasonal"},
    "method.controller": {"sv": "Controllernas prognos", "en": "Controllers' forecast"},
    "col.recommended": {"sv": "Rekommenderad metod", "en": "Recommended method"},
    "col.chosen": {"sv": "Vald prognos", "en": "Chosen forecast"},
    "col.chosen_method": {"sv": "Vald metod", "en": "Chosen method"},
    "col.forecast_deviation": {"sv": "Avvikelse mot budget", "en": "Deviation from budget"},
    "col.forecast_change": {
        "sv": "Förändring sedan förra månaden",
        "en": "Change since last month",
    },
    "col.line": {"sv": "Post", "en": "Line"},
    "col.forecast_tkr": {"sv": "Prognos, tkr", "en": "Forecast, tkr"},
    "col.method": {"sv": "Metod", "en": "Method"},
    "col.mape": {"sv": "Genomsnittligt fel", "en": "Mean absolute error"},
    "col.bias": {"sv": "Snedvridning", "en": "Bias"},
    "col.scored": {"sv": "Antal prognoser", "en": "Forecasts scored"},
    "col.august_forecast": {"sv": "Prognos i augusti, tkr", "en": "August forecast, tkr"},
    "col.final_outcome": {"sv": "Utfall helår, tkr", "en": "Final outcome, tkr"},
    "col.august_forecast_in": {
        "sv": "Prognos i augusti, {unit}",
        "en": "August forecast, {unit}",
    },
    "col.final_outcome_in": {"sv": "Utfall helår, {unit}", "en": "Final outcome, {unit}"},
    "col.forecast_error_in": {
        "sv": "Avvikelse utfall − prognos, {unit}",
        "en": "Outcome − forecast, {unit}",
    },
    "col.forecast_error_base": {
        "sv": "Avvikelse, % av nettokostnaden",
        "en": "Deviation, % of the net cost",
    },
    "col.forecast_error_base_region": {
        "sv": "Avvikelse, % av skatteintäkter och statsbidrag",
        "en": "Deviation, % of taxes and general grants",
    },
    "forecast.august_region_heading": {
        "sv": "**Regionens augustiprognos mot utfallet** (årets resultat)",
        "en": "**The region's August forecast against the outcome** (the result)",
    },
    "col.forecast_error": {"sv": "Prognosfel, tkr", "en": "Forecast error, tkr"},
    "col.forecast_error_pct": {"sv": "Prognosfel, %", "en": "Forecast error, %"},
    "col.committee": {"sv": "Nämnd", "en": "Committee"},
    "col.comment": {"sv": "Kommentar", "en": "Comment"},
    "is.verksamhetens_nettokostnader": {
        "sv": "Verksamhetens nettokostnader",
        "en": "Net operating costs",
    },
    "is.skatteintakter": {"sv": "Skatteintäkter", "en": "Tax revenue"},
    "is.statsbidrag": {
        "sv": "Generella statsbidrag och utjämning",
        "en": "General grants and equalisation",
    },
    "is.intakter": {"sv": "Verksamhetens intäkter", "en": "Operating revenue"},
    "is.kostnader": {"sv": "Verksamhetens kostnader", "en": "Operating costs"},
    "is.avskrivningar": {"sv": "Avskrivningar", "en": "Depreciation"},
    "is.verksamhetens_resultat": {"sv": "Verksamhetens resultat", "en": "Operating result"},
    "is.finansiella_intakter": {"sv": "Finansiella intäkter", "en": "Financial income"},
    "is.finansiella_kostnader": {"sv": "Finansiella kostnader", "en": "Financial costs"},
    "is.resultat_efter_finansiella": {
        "sv": "Resultat efter finansiella poster",
        "en": "Result after financial items",
    },
    "is.extraordinara": {"sv": "Extraordinära poster", "en": "Extraordinary items"},
    "is.not_split": {
        "sv": "Intäkter, kostnader och avskrivningar prognostiseras inte var för sig: metoderna "
        "prognostiserar varje nämnds nettokostnad.",
        "en": "Revenue, costs and depreciation are not forecast one by one: the methods "
        "forecast each committee's net cost.",
    },
    "col.outcome_year": {"sv": "Utfall helår, tkr", "en": "Outcome for the year, tkr"},
    "col.outcome_ytd_tkr": {
        "sv": "Utfall t.o.m. period {period}, tkr",
        "en": "Outcome to period {period}, tkr",
    },
    "col.outcome_ytd_short": {"sv": "Utfall hittills", "en": "Outcome to date"},
    "result.heading": {
        "sv": "Regionens resultat {year}, t.o.m. period {period} (budget {version}), tkr",
        "en": "The region's result {year}, to period {period} (budget {version}), tkr",
    },
    "result.region_only": {
        "sv": "Resultaträkningen och balanskravsutredningen gäller hela regionen: en användare "
        "med behörighet för vissa nämnder kan inte ta fram dem.",
        "en": "The income statement and the balance requirement review cover the whole region: "
        "a user limited to some committees cannot produce them.",
    },
    "goals.as_of": {"sv": "Senaste utfall t.o.m. {year}:", "en": "Latest outcome up to {year}:"},
    "br.heading": {"sv": "Balanskravsutredning", "en": "Balance requirement review"},
    "br.deficits": {"sv": "Underskott att återställa", "en": "Deficits to restore"},
    "br.kind": {"sv": "Slag", "en": "Kind"},
    "br.kind.reserve": {
        "sv": "Reservering till (−) / disponering från (+) reserv",
        "en": "Transfer to (−) / from (+) the reserve",
    },
    "br.kind.realisation_exception": {
        "sv": "Realisationsvinst/-förlust enligt undantagsmöjlighet",
        "en": "Realisation gain/loss under the exception",
    },
    "br.kind.other_adjustment": {"sv": "Övrig justering", "en": "Other adjustment"},
    "br.kind.special_reasons": {
        "sv": "Synnerliga skäl: underskott återställs inte",
        "en": "Exceptional reasons: deficit not restored",
    },
    "br.kind.budget_special_reasons": {
        "sv": "Synnerliga skäl för budget med negativt resultat",
        "en": "Exceptional reasons for a budget with a negative result",
    },
    "br.reference": {"sv": "Beslut (referens)", "en": "Decision (reference)"},
    "br.removed": {"sv": "Borttaget", "en": "Removed"},
    "br.arets_resultat": {"sv": "Årets resultat", "en": "Result for the year"},
    "br.realisation": {
        "sv": "Samtliga realisationsvinster (−) och undantag (+)",
        "en": "All realisation gains (−) and exceptions (+)",
    },
    "br.unrealised": {
        "sv": "Orealiserade vinster (−) och förluster (+) i värdepapper",
        "en": "Unrealised gains (−) and losses (+) on securities",
    },
    "br.other_adjustments": {"sv": "Övriga justeringar", "en": "Other adjustments"},
    "br.after_adjustments": {
        "sv": "Årets resultat efter balanskravsjusteringar",
        "en": "Result after balance requirement adjustments",
    },
    "br.reserve_rur": {
        "sv": "Reservering till (−) / disponering från (+) resultatutjämningsreserv",
        "en": "Transfer to (−) / from (+) the result equalisation reserve",
    },
    "br.reserve_rr": {
        "sv": "Reservering till (−) / disponering från (+) resultatreserv",
        "en": "Transfer to (−) / from (+) the result reserve",
    },
    "br.balanskravsresultat": {"sv": "Balanskravsresultat", "en": "Balance requirement result"},
    "br.remaining": {"sv": "Kvar att återställa", "en": "Left to restore"},
    "br.deficit_year": {"sv": "Underskottets år", "en": "Year of deficit"},
    "br.deficit_amount": {"sv": "Underskott, tkr", "en": "Deficit, tkr"},
    "br.restore_by": {"sv": "Återställs senast", "en": "Restore by"},
    "br.remaining_tkr": {"sv": "Kvar att återställa, tkr", "en": "Left to restore, tkr"},
    "br.special_reasons": {"sv": "Synnerliga skäl", "en": "Exceptional reasons"},
    "br.overdue": {"sv": "försenad", "en": "overdue"},
    "br.budget_breaks_rule": {
        "sv": "Budgeten för {year} har ett negativt resultat ({amount}): det bryter mot "
        "balanskravet om inte fullmäktige anger synnerliga skäl.",
        "en": "The budget for {year} has a negative result ({amount}): it breaks the "
        "balanced-budget rule unless synnerliga skäl are given.",
    },
    "br.budget_excused": {
        "sv": "Budgeten för {year} har ett negativt resultat ({amount}); synnerliga skäl: {refs}.",
        "en": "The budget for {year} has a negative result ({amount}); exceptional reasons: "
        "{refs}.",
    },
    "is.arets_resultat": {"sv": "Årets resultat", "en": "Result for the year"},
    "is.balanskravsresultat": {"sv": "Balanskravsresultat", "en": "Balance requirement result"},
    "is.budget_result": {"sv": "Budgeterat resultat", "en": "Budgeted result"},
    "is.deviation": {"sv": "Avvikelse mot budget", "en": "Deviation from budget"},
    "is.goal.tax_grants": {
        "sv": "Finansiellt mål: {pct} av skatteintäkter och statsbidrag",
        "en": "Financial goal: {pct} of taxes and grants",
    },
    "is.goal.net_cost": {
        "sv": "Finansiellt mål: {pct} av nettokostnaden",
        "en": "Financial goal: {pct} of net cost",
    },
    "is.goal_met": {"sv": "Målet nås", "en": "Goal met"},
    "yes": {"sv": "ja", "en": "yes"},
    "no": {"sv": "nej", "en": "no"},
    "chart.forecast": {"sv": "Prognos", "en": "Forecast"},
    "chart.forecast_band": {
        "sv": "Osäkerhet (tidigare års fel)",
        "en": "Uncertainty (past errors)",
    },
    "chart.final_outcome": {"sv": "Utfall {amount}", "en": "Outcome {amount}"},
    "tax.heading": {"sv": "Skatteprognos för {year}", "en": "Tax forecast for {year}"},
    "tax.tax": {"sv": "Skatteintäkter (tkr)", "en": "Tax revenue (tkr)"},
    "tax.grants": {
        "sv": "Generella statsbidrag och utjämning (tkr)",
        "en": "General grants and equalisation (tkr)",
    },
    "tax.source": {"sv": "Källa", "en": "Source"},
    "tax.upload": {
        "sv": "…eller läs in en fil med kolumnerna År, Skatteintäkter, Generella statsbidrag och "
        "utjämning (tkr) och Källa",
        "en": "…or load a file with the columns År, Skatteintäkter, Generella statsbidrag och "
        "utjämning (tkr) and Källa",
    },
    "tax.import": {"sv": "Läs in skatteprognoser", "en": "Load tax forecasts"},
    "tax.imported": {
        "sv": "{file}: skatteprognos för {years} inläst.",
        "en": "{file}: tax forecast for {years} loaded.",
    },
    "tax.source_required": {
        "sv": "Källa: ange vilken prognos beloppen kommer från (t.ex. SKR:s cirkulär).",
        "en": "Source: say which forecast the amounts come from (e.g. SKR's circular).",
    },
    "tax.saved": {
        "sv": "Skatteprognosen för {year} är sparad. Välj ”Skatteprognos (SKR)” ovan för att "
        "räkna med den.",
        "en": 'The tax forecast for {year} is saved. Choose "Tax forecast (SKR)" above to use it.',
    },
    "entry.heading": {"sv": "Lämna controllerprognos", "en": "Enter a controller forecast"},
    "entry.month": {"sv": "Prognosmånad", "en": "Month of the forecast"},
    "entry.amount": {
        "sv": "Helårsprognos, verksamhetens nettoresultat (tkr)",
        "en": "Year-end forecast, net operating result (tkr)",
    },
    "entry.amount_help": {
        "sv": "I tkr med resultattecken: en nettokostnad skrivs negativ, t.ex. −1 234 567 eller "
        "-1234567,5.",
        "en": "In tkr, result sign: a net cost is negative, e.g. -1234567.5.",
    },
    "entry.comment": {"sv": "Kommentar (krävs)", "en": "Comment (required)"},
    "entry.save": {"sv": "Spara prognos", "en": "Save forecast"},
    "entry.saved": {
        "sv": "Prognosen för {committee} i {month} är sparad.",
        "en": "The forecast for {committee} in {month} is saved.",
    },
    "entry.history": {
        "sv": "**Inlagda prognoser** (nyast först)",
        "en": "**Forecasts entered** (newest first)",
    },
    "entry.bad_amount": {
        "sv": "{field}: ”{text}” är inte ett belopp. Skriv t.ex. −1 234 567 eller -1234567,5.",
        "en": '{field}: "{text}" is not an amount. Write e.g. -1234567.5.',
    },
    "entry.too_precise": {
        "sv": "{field}: högst tre decimaler i tkr (hela kronor).",
        "en": "{field}: at most three decimals in tkr (whole kronor).",
    },
    "entry.too_large": {
        "sv": "{field}: beloppet är orimligt stort.",
        "en": "{field}: the amount is implausibly large.",
    },
    "entry.comment_required": {
        "sv": "Kommentar: skriv vad prognosen bygger på.",
        "en": "Comment: say what the forecast is based on.",
    },
    "entry.sign_warning": {
        "sv": "Prognosen har motsatt tecken mot budgeten ({budget}). En nettokostnad skrivs "
        "negativ. Prognosen sparades som den skrevs.",
        "en": "The forecast has the opposite sign to the budget ({budget}). A net cost is "
        "negative. The forecast was saved as written.",
    },
    # locations
    "where.sheet": {"sv": "blad {sheet}", "en": "sheet {sheet}"},
    "where.row": {"sv": "rad {rows}", "en": "row {rows}"},
    "where.rows": {"sv": "rader {rows}", "en": "rows {rows}"},
    "where.more": {"sv": "(+{n} till)", "en": "(+{n} more)"},
    "where.column": {"sv": "kolumn {column}", "en": "column {column}"},
    # import problems
    "problem.unsupported_type": {
        "sv": "Filtypen {suffix} stöds inte. Använd .xlsx, .xlsm, .xls, .ods eller .csv.",
        "en": "File type {suffix} is not supported. Use .xlsx, .xlsm, .xls, .ods or .csv.",
    },
    "problem.goals_no_header": {
        "sv": "Ingen rubrikrad med målområde, mål, indikator, riktning, basår, basvärde, målår "
        "och målvärde hittades bland de första 20 raderna. Ange vad kolumnerna är med en "
        "mappning.",
        "en": "No header row with goal area, goal, indicator, direction, base and target was "
        "found among the first 20 rows. Say what the columns are with a mapping.",
    },
    "problem.goals_missing_columns": {
        "sv": "Kolumner saknas: {roles}. Ange dem med en mappning.",
        "en": "Columns are missing: {roles}. Give them with a mapping.",
    },
    "problem.goals_missing": {"sv": "Indikatorn saknas.", "en": "The indicator is missing."},
    "problem.goals_bad_direction": {
        "sv": "”{text}” är ingen riktning; skriv Högre eller Lägre (är bättre).",
        "en": '"{text}" is not a direction; write Higher or Lower (is better).',
    },
    "problem.goals_bad_value": {
        "sv": "”{text}” är inte ett tal (eller en procentuell förändring som −42 %).",
        "en": '"{text}" is not a number (or a change in per cent such as −42 %).',
    },
    "problem.kolada_no_header": {
        "sv": "Ingen rubrikrad med nyckeltal, organisation och år hittades bland de första 20 "
        "raderna. Är det en export från Kolada? Säg vilken kolumn som är nyckeltal och vilken "
        "som är organisation: på sidan med kolumntabellen, på kommandoraden med --mapping "
        'FIL.json (t.ex. {{"A": "kpi", "B": "organisation"}}).',
        "en": "No header row with KPI, organisation and years was found among the first 20 rows. "
        "Is it an export from Kolada? Say which column is the KPI and which the organisation: "
        "on the page with the column table, on the command line with --mapping FILE.json "
        '(e.g. {{"A": "kpi", "B": "organisation"}}).',
    },
    "problem.kolada_no_kpi": {
        "sv": "Raden har ett värde men inget nyckeltal (varken id eller namn).",
        "en": "The row has a value but no KPI (neither id nor name).",
    },
    "problem.kolada_duplicate": {
        "sv": "{organisation} finns två gånger för nyckeltalet {kpi} år {year} (första gången på "
        "rad {first}); vilket värde som gäller går inte att veta.",
        "en": "{organisation} appears twice for the KPI {kpi} in {year} (first on row {first}); "
        "which value holds cannot be known.",
    },
    "kolada.role.kpi": {"sv": "Nyckeltal (id och/eller namn)", "en": "KPI (id and/or name)"},
    "kolada.role.kpi_id": {"sv": "Nyckeltalets id", "en": "KPI id"},
    "kolada.role.organisation": {"sv": "Organisation", "en": "Organisation"},
    "kolada.role.gender": {"sv": "Kön", "en": "Gender"},
    "kolada.role.ignore": {"sv": "(används inte)", "en": "(not used)"},
    "kolada.map_columns": {
        "sv": "Säg vad Kolada-filens kolumner är",
        "en": "Say what the Kolada file's columns are",
    },
    "kolada.import_mapped": {"sv": "Läs in med dessa kolumner", "en": "Load with these columns"},
    "kolada.empty_header": {"sv": "(tom rubrik)", "en": "(empty header)"},
    "kolada.example": {"sv": "Första värdet: {value}", "en": "First value: {value}"},
    "problem.kolada_missing": {
        "sv": "Organisationen saknas.",
        "en": "The organisation is missing.",
    },
    "problem.kolada_bad_value": {
        "sv": "”{text}” är inte ett tal.",
        "en": '"{text}" is not a number.',
    },
    "problem.kolada_empty": {"sv": "Bladet har inga värden.", "en": "The sheet has no values."},
    "problem.tax_no_header": {
        "sv": "Ingen rubrikrad med År, Skatteintäkter och Generella statsbidrag och utjämning "
        "hittades bland de första 20 raderna.",
        "en": "No header row with Year, Tax revenue (Skatteintäkter) and General grants "
        "(Statsbidrag) was found among the first 20 rows.",
    },
    "problem.tax_bad_year": {"sv": "Året går inte att läsa.", "en": "The year cannot be read."},
    "problem.tax_duplicate_year": {
        "sv": "Året {year} finns redan på rad {first}.",
        "en": "The year {year} is already on row {first}.",
    },
    "problem.tax_bad_amount": {
        "sv": "”{text}” är inte ett belopp i tkr.",
        "en": '"{text}" is not an amount in tkr.',
    },
    "problem.tax_empty": {
        "sv": "Bladet har inga år under rubrikraden.",
        "en": "The sheet has no years under its header.",
    },
    "problem.write_failed": {
        "sv": "Databasen tog inte emot filens innehåll ({detail}); inget av filen har sparats.",
        "en": "The database did not accept the file's content ({detail}); nothing of the file "
        "was stored.",
    },
    "problem.file_too_large": {
        "sv": "Filen är {size_mb} MB; den största fil som tas emot är {limit_mb} MB "
        "(inställningen BUDGET_MAX_UPLOAD_MB). Dela upp exporten, t.ex. per år.",
        "en": "The file is {size_mb} MB; the largest file accepted is {limit_mb} MB "
        "(the setting BUDGET_MAX_UPLOAD_MB). Split the export, e.g. by year.",
    },
    "problem.encrypted_workbook": {
        "sv": "Arbetsboken är lösenordsskyddad (krypterad) och kan inte läsas. Spara den utan "
        "lösenord i Excel (Arkiv › Info › Skydda arbetsbok) och läs in den igen.",
        "en": "The workbook is password-protected (encrypted) and cannot be read. Save it "
        "without a password in Excel and load it again.",
    },
    "problem.xls_named_xlsx": {
        "sv": "Filen heter {suffix} men är en gammal Excel-fil (.xls). Byt filändelse till .xls "
        "eller spara om den som .xlsx.",
        "en": "The file is named {suffix} but is an old Excel file (.xls). Rename it to .xls "
        "or save it again as .xlsx.",
    },
    "problem.xlsx_named_xls": {
        "sv": "Filen heter .xls men är en .xlsx-arbetsbok. Byt filändelse till .xlsx.",
        "en": "The file is named .xls but is an .xlsx workbook. Rename it to .xlsx.",
    },
    "problem.text_named_workbook": {
        "sv": "Filen heter {suffix} men är en textfil. Om det är en CSV-export: byt "
        "filändelse till .csv.",
        "en": "The file is named {suffix} but is a text file. If it is a CSV export, rename "
        "it to .csv.",
    },
    "problem.not_a_workbook": {
        "sv": "Filen heter {suffix} men är inte ett kalkylark (innehållet är något annat).",
        "en": "The file is named {suffix} but is not a spreadsheet (it holds something else).",
    },
    "problem.corrupt_workbook": {
        "sv": "Arbetsboken är skadad och kan inte packas upp: {reason}. Spara om den i Excel.",
        "en": "The workbook is damaged and cannot be unpacked: {reason} ({detail}). Save it again in "
        "Excel.",
    },
    "problem.sheet_too_large": {
        "sv": "Bladet {part} sträcker sig över {rows} rader och {columns} kolumner; så stora "
        "blad läses inte (en export har sällan fler än några tiotal kolumner). Kopiera de "
        "använda cellerna till en ny arbetsbok och försök igen.",
        "en": "The sheet {part} spans {rows} rows and {columns} columns; sheets that large are "
        "not read. Copy the cells in use to a new workbook and try again.",
    },
    "problem.zip_bomb": {
        "sv": "Arbetsboken packas upp till orimligt mycket data ({detail}) och läses inte.",
        "en": "The workbook unpacks to an unreasonable amount of data ({detail}) and is not read.",
    },
    "problem.xml_entities": {
        "sv": "Arbetsboken innehåller XML-entitetsdeklarationer ({part}), vilket riktiga "
        "Excel-filer aldrig gör; den läses inte.",
        "en": "The workbook holds XML entity declarations ({part}), which real Excel files "
        "never do; it is not read.",
    },
    "problem.too_many_columns": {
        "sv": "Filen har {columns} kolumner; högst {limit} tas emot (en export har sällan fler "
        "än några tiotal). Kontrollera avgränsaren och exporten.",
        "en": "The file has {columns} columns; at most {limit} are accepted. Check the "
        "delimiter and the export.",
    },
    "problem.too_many_rows": {
        "sv": "Filen har {rows} rader; högst {limit} tas emot. Dela upp exporten.",
        "en": "The file has {rows} rows; at most {limit} are accepted. Split the export.",
    },
    "problem.parse_memory": {
        "sv": "Filen kräver mer minne än de {limit_mb} MB som en fil får använda när den läses, "
        "och läses inte. Kontrollera att det är rätt export (eller dela upp den); gränsen är "
        "inställningen BUDGET_PARSE_MEMORY_MB.",
        "en": "Reading the file needs more than the {limit_mb} MB a file may use; it is not "
        "read. Check that it is the right export (or split it); the limit is the setting "
        "BUDGET_PARSE_MEMORY_MB.",
    },
    "problem.parse_crashed": {
        "sv": "Läsningen av filen avbröts: kalkylarksläsaren stannade på filens innehåll, "
        "oftast för att den skulle behöva mer än {limit_mb} MB minne. Inget har sparats. "
        "Spara om filen i Excel som .xlsx eller exportera den som CSV och försök igen.",
        "en": "Reading the file was stopped: the spreadsheet reader halted on its content, "
        "usually because it would need more than {limit_mb} MB of memory. Nothing was saved. "
        "Save the file again in Excel as .xlsx or export it as CSV and try again.",
    },
    "problem.parse_timeout": {
        "sv": "Läsningen av filen tog mer än {seconds} sekunder och avbröts; inget har sparats. "
        "Dela upp exporten eller höj inställningen BUDGET_PARSE_SECONDS.",
        "en": "Reading the file took more than {seconds} seconds and was stopped; nothing was "
        "saved. Split the export or raise the setting BUDGET_PARSE_SECONDS.",
    },
    "reason.memory": {
        "sv": "den kräver mer minne än en fil får använda",
        "en": "it needs more memory than a file may use",
    },
    "reason.encrypted": {
        "sv": "den är lösenordsskyddad eller krypterad",
        "en": "it is password-protected or encrypted",
    },
    "reason.entities": {
        "sv": "den innehåller XML-entiteter, som riktiga kalkylark aldrig har",
        "en": "it holds XML entities, which real spreadsheets never do",
    },
    "reason.part_missing": {
        "sv": "en del av filen saknas (den är inte en komplett arbetsbok)",
        "en": "a part of the file is missing (it is not a complete workbook)",
    },
    "reason.cut_short": {
        "sv": "filen är avklippt eller skadad (till exempel en avbruten nedladdning)",
        "en": "the file is cut short or damaged (an interrupted download, for example)",
    },
    "reason.broken_xml": {
        "sv": "innehållet är trasigt (filens XML är ofullständig eller felaktig)",
        "en": "its content is broken (the file's XML is incomplete or wrong)",
    },
    "reason.not_zip": {
        "sv": "filen är inte ett giltigt arkiv av den typ som filändelsen anger",
        "en": "the file is not a valid archive of the kind its name says",
    },
    "reason.unknown_format": {
        "sv": "filformatet känns inte igen",
        "en": "the file format is not recognised",
    },
    "reason.quote": {
        "sv": "ett citattecken avslutas aldrig, så raderna kan inte delas upp i kolumner",
        "en": "a quote is never closed, so the lines cannot be split into columns",
    },
    "reason.columns": {
        "sv": "raderna har olika många kolumner på ett sätt som inte går att tolka",
        "en": "the lines have differing numbers of columns in a way that cannot be read",
    },
    "reason.encoding": {
        "sv": "teckenkodningen känns inte igen",
        "en": "the character encoding is not recognised",
    },
    "reason.missing": {
        "sv": "filen finns inte (längre)",
        "en": "the file does not exist (any more)",
    },
    "reason.no_permission": {
        "sv": "programmet saknar behörighet att läsa filen",
        "en": "the program may not read the file",
    },
    "reason.is_folder": {"sv": "det är en mapp, inte en fil", "en": "it is a folder, not a file"},
    "reason.io_error": {
        "sv": "ett läsfel uppstod på disken",
        "en": "a read error occurred on the disk",
    },
    "reason.unknown": {
        "sv": "innehållet kunde inte tolkas",
        "en": "its content could not be interpreted",
    },
    "problem.unreadable_workbook": {
        "sv": "Arbetsboken går inte att läsa: {reason}. Öppna den i Excel, spara om den som .xlsx "
        "(eller exportera som CSV) och försök igen.",
        "en": "The workbook cannot be read: {reason} ({detail}). Open it in Excel, save it again as "
        ".xlsx (or export it as CSV) and try again.",
    },
    "problem.unreadable_file": {
        "sv": "Filen går inte att läsa: {reason}.",
        "en": "The file cannot be read: {reason} ({detail}).",
    },
    "problem.binary_as_csv": {
        "sv": "Filen heter .csv men innehåller binära data, inte text.",
        "en": "The file is named .csv but holds binary data, not text.",
    },
    "problem.empty_file": {
        "sv": "Filen innehåller inga data.",
        "en": "The file holds no data.",
    },
    "problem.no_header": {
        "sv": "Ingen rubrikrad hittades bland de första raderna: kolumnerna behöver mappas "
        "(välj vad varje kolumn betyder, eller ange en mappningsprofil).",
        "en": "No header row was found among the first rows: the columns need to be mapped "
        "(say what each column means, or give a mapping profile).",
    },
    "problem.unknown_kind": {
        "sv": "Bladet liknar varken en huvudboksexport (belopp saknas), ett organisationsregister "
        "(ansvar och nämnd) eller en kontoplan (konto och kontonamn/kostnadsslag).",
        "en": "The sheet is neither a ledger export (no amounts), an organisation register "
        "(ansvar and committee) nor a chart of accounts (account and name/cost type).",
    },
    "problem.missing_role": {
        "sv": "Kolumner saknas: {roles}. Ange vad kolumnerna betyder: på importsidan med "
        "”Mappa kolumner själv”, på kommandoraden med --mapping FIL.json (rubriktext → roll).",
        "en": "Columns are missing: {roles}. Say what the columns mean: on the import page with "
        "“Map the columns myself”, on the command line with --mapping FILE.json (header → role).",
    },
    "problem.duplicate_role": {
        "sv": "Flera kolumner betyder {role_name}: {columns}. Mappa dem så att bara en används.",
        "en": "Several columns mean {role_name}: {columns}. Map them so that only one is used.",
    },
    "problem.missing_code": {
        "sv": "{role_name} saknas på raden (en rad med belopp måste ha både ansvar och konto).",
        "en": "{role_name} is missing on the row (a row with amounts needs both ansvar and account).",
    },
    "problem.bad_period": {
        "sv": "Perioden går inte att tolka. Använd 1–12, 2020-03, 202003, 2020M03, mars "
        "eller ett datum.",
        "en": "The period cannot be read. Use 1–12, 2020-03, 202003, 2020M03, a month name "
        "or a date.",
    },
    "problem.bad_year": {
        "sv": "Året går inte att tolka (förväntat till exempel 2020).",
        "en": "The year cannot be read (expected e.g. 2020).",
    },
    "problem.year_conflict": {
        "sv": "Perioden anger ett annat år än årskolumnen.",
        "en": "The period states another year than the year column.",
    },
    "problem.year_unknown": {
        "sv": "Året framgår inte: filen har ingen årskolumn, perioderna saknar år och inget år "
        "angavs vid importen.",
        "en": "The year is unknown: no year column, periods without a year, and no year was "
        "given for the import.",
    },
    "problem.register_year_unknown": {
        "sv": "Organisationsregistret saknar årskolumn: ange vilket år det gäller.",
        "en": "The organisation register has no year column: give the year it applies to.",
    },
    "problem.bad_amount": {
        "sv": "Beloppet är inte ett tal eller är orimligt stort (förväntat till exempel "
        "1 234,50, −12 eller (12); högst 16 siffror kronor före decimaltecknet).",
        "en": "The amount is not a number or is unreasonably large (expected e.g. 1 234,50, −12 "
        "or (12); at most 16 digits of kronor before the decimal point).",
    },
    "problem.period_required": {
        "sv": "Belopp av typen {measure} kräver en periodkolumn. Är det ett årsutfall, ange "
        "perioden: --period 12 på kommandoraden eller ”Period för filen utan perioder” på "
        "importsidan.",
        "en": "Amounts of type {measure} need a period column. For a year-end outcome give the "
        "period: --period 12 on the command line or “Period of a file without periods” on the "
        "import page.",
    },
    "problem.bad_measure": {
        "sv": "Okänd beloppstyp: {values}. Tillåtet: budget, utfall (bokfört, redovisat), prognos.",
        "en": "Unknown measure: {values}. Allowed: budget, utfall (actual), prognos (forecast).",
    },
    "problem.missing_committee": {
        "sv": "Nämnd saknas på raden.",
        "en": "The committee is missing on the row.",
    },
    "problem.unproven_subtotal": {
        "sv": "Raden saknar {role_name} ({text}) men dess belopp ({stated}) är inte summan "
        "av raderna närmast ovanför eller nedanför (raderna ovanför summerar till {summed}). "
        "Den kan varken lagras eller hoppas över: rätta filen, eller ange att raden är en "
        "summarad (--skip-rows {row} på kommandoraden, ”Rader som är summor” på importsidan).",
        "en": "The row has no {role_name} ({text}) but its amounts ({stated}) are not the "
        "sum of the rows right above or below it (the rows above sum to {summed}). It can be "
        "neither stored nor skipped: correct the file, or say the row is a subtotal "
        "(--skip-rows {row} on the command line, “Rows that are sums” on the import page).",
    },
    "problem.unproven_subtotal_more": {
        "sv": "… och {n} rader till utan ansvar eller konto vars belopp inte är summor av "
        "raderna runt dem (samma fel som ovan).",
        "en": "… and {n} more rows without ansvar or account whose amounts are no sums of the "
        "rows around them (the same error as above).",
    },
    "problem.reconciliation_failed": {
        "sv": "Avstämningen går inte ihop (filens summa ≠ lagrat + överhoppat): importen "
        "stoppades. Det är ett fel i programmet; skicka filen till förvaltaren.",
        "en": "The reconciliation does not close (file total ≠ stored + skipped): the import "
        "was stopped. This is a bug; send the file to the maintainer.",
    },
    "problem.org_conflict": {
        "sv": "Ansvar {ansvar} har olika {role_name} på olika rader {year} ({values}). Alla rader "
        "kan inte lagras under ett ansvar; rätta filen eller låt kolumnen vara omappad "
        "(”(importeras inte)”) så att organisationsregistret gäller.",
        "en": "Ansvar {ansvar} has different {role_name} values on different rows in {year} "
        "({values}). They cannot all be stored under one ansvar; correct the file or leave "
        "the column unmapped (“(not imported)”) so the organisation register applies.",
    },
    "problem.org_name_conflict": {
        "sv": "Ansvar {ansvar} har olika {role_name} på olika rader {year} ({values}); "
        "”{kept}” sparades.",
        "en": "Ansvar {ansvar} has different {role_name} values on different rows in {year} "
        "({values}); “{kept}” was stored.",
    },
    "problem.org_conflict_more": {
        "sv": "… och {n} ansvar till med samma slags motsägelse.",
        "en": "… and {n} more ansvar with the same kind of conflict.",
    },
    "problem.org_conflict_sheets": {
        "sv": "Bladen placerar ansvar {ansvar} {year} olika ({role_name}: {values}).",
        "en": "The sheets place ansvar {ansvar} in {year} differently ({role_name}: {values}).",
    },
    "problem.account_names_kept": {
        "sv": "{n} konton har ett annat namn i filen än i kontoplanen; kontoplanens namn "
        "behålls (konto (filens / kontoplanens)): {accounts}. Läs in kontoplanen för att byta namn.",
        "en": "{n} accounts are named differently in the file than in the chart of accounts; "
        "the chart's names are kept (account (file's / chart's)): {accounts}. Import the chart "
        "of accounts to rename them.",
    },
    "problem.error_cell": {
        "sv": "Cellen innehåller ett fel ({value}) i stället för ett värde: rätta formeln i "
        "Excel och spara filen igen.",
        "en": "The cell holds an error ({value}) instead of a value: fix the formula in Excel "
        "and save the file again.",
    },
    "problem.formula_without_value": {
        "sv": "Cellen har en formel ({value}) utan sparat värde (filen är skapad av ett program "
        "som inte räknar): öppna den i Excel eller LibreOffice och spara den igen.",
        "en": "The cell has a formula ({value}) without a stored value (the file was written by "
        "a program that does not calculate): open it in Excel or LibreOffice and save it again.",
    },
    "problem.no_data_rows": {
        "sv": "Bladet har en rubrikrad men inga datarader.",
        "en": "The sheet has a header row but no data rows.",
    },
    "problem.bad_rr_line": {
        "sv": "Okänd resultaträkningsrad: {values}.",
        "en": "Unknown income-statement line: {values}.",
    },
    "problem.konto_without_line": {
        "sv": "Kontot hör inte till någon resultaträkningsrad (Region-Bas klass 3–8) och "
        "registret anger ingen.",
        "en": "The account belongs to no income-statement line (Region-Bas class 3–8) and the "
        "register states none.",
    },
    "problem.unknown_ansvar": {
        "sv": "Okänt ansvar {code} för {year}: finns inte i organisationsregistret och filen "
        "har ingen nämndkolumn.",
        "en": "Unknown ansvar {code} for {year}: not in the organisation register and the file "
        "has no committee column.",
    },
    "problem.unknown_konto": {
        "sv": "Okänt konto {code}: finns inte i kontoplanen och hör inte till Region-Bas klass 3–8.",
        "en": "Unknown account {code}: not in the chart of accounts and not in Region-Bas "
        "class 3–8.",
    },
    "problem.hidden_sheet_skipped": {
        "sv": "Dolt blad hoppades över.",
        "en": "Hidden sheet skipped.",
    },
    "problem.sheet_skipped": {
        "sv": "Bladet hoppades över: ingen rubrikrad med kända kolumner.",
        "en": "Sheet skipped: no header row with known columns.",
    },
    "problem.profile_not_saved": {
        "sv": "Mappningen användes men sparades inte som profilen ”{name}”: bara en "
        "administratör får spara mappningsprofiler.",
        "en": "The mapping was used but not saved as the profile “{name}”: only an admin may "
        "save mapping profiles.",
    },
    "problem.profile_not_found": {
        "sv": "Mappningsprofilen {name} finns inte.",
        "en": "The mapping profile {name} does not exist.",
    },
    "problem.ignored_columns": {
        "sv": "Kolumner som inte importeras (härledda eller okända): {columns}.",
        "en": "Columns not imported (derived or unknown): {columns}.",
    },
    "problem.mixed_kinds": {
        "sv": "Filen blandar olika sorters blad ({kinds}); importera dem som separata filer.",
        "en": "The file mixes kinds of sheets ({kinds}); import them as separate files.",
    },
    # roles
    "role.year": {"sv": "År", "en": "Year"},
    "role.period": {"sv": "Period", "en": "Period"},
    "role.ansvar": {"sv": "Ansvar", "en": "Responsibility code"},
    "role.ansvar_name": {"sv": "Ansvarsnamn", "en": "Responsibility name"},
    "role.verksamhet": {"sv": "Verksamhet", "en": "Activity"},
    "role.verksamhet_name": {"sv": "Verksamhetsnamn", "en": "Activity name"},
    "role.forvaltning": {"sv": "Förvaltning/område", "en": "Division"},
    "role.committee": {"sv": "Nämnd", "en": "Committee"},
    "role.konto": {"sv": "Konto", "en": "Account"},
    "role.konto_name": {"sv": "Kontonamn", "en": "Account name"},
    "role.kostnadsslag": {"sv": "Kostnadsslag", "en": "Cost type"},
    "role.rr_line": {"sv": "Resultaträkningsrad", "en": "Income-statement line"},
    "role.projekt": {"sv": "Projekt", "en": "Project"},
    "role.motpart": {"sv": "Motpart", "en": "Counterparty"},
    "role.version": {"sv": "Budgetversion", "en": "Budget version"},
    "role.measure": {"sv": "Beloppstyp", "en": "Measure"},
    "role.amount": {"sv": "Belopp", "en": "Amount"},
    "role.budget": {"sv": "Budget", "en": "Budget"},
    "role.utfall": {"sv": "Utfall", "en": "Outcome"},
    "role.prognos": {"sv": "Prognos", "en": "Forecast"},
    "role.ignore": {"sv": "(importeras inte)", "en": "(not imported)"},
    # import summary
    "summary.ok": {
        "sv": "{file}: {rows} rader lästa, {added} tillagda, {replaced} ersatta, {removed} "
        "borttagna, {unchanged} oförändrade; {skipped} rader hoppades över (summor och "
        "rubriker, listade nedan) och {blank} tomma rader.",
        "en": "{file}: {rows} rows read, {added} added, {replaced} replaced, {removed} removed, "
        "{unchanged} unchanged; {skipped} rows skipped (sums and headings, listed below) and "
        "{blank} blank rows.",
    },
    "summary.merged": {
        "sv": "{sheet}: {rows} rader har samma nycklar (år, period, ansvar, konto, projekt, "
        "motpart, version) som en annan rad och summerades till {facts} fakta, t.ex. raderna "
        "{examples}.",
        "en": "{sheet}: {rows} rows share every key (year, period, ansvar, account, project, "
        "counterparty, version) with another row and were summed into {facts} facts, e.g. "
        "rows {examples}.",
    },
    "summary.skipped_more": {
        "sv": "… och {n} överhoppade rader till (se rapporten).",
        "en": "… and {n} more skipped rows (see the report).",
    },
    "skipped.line": {
        "sv": "Överhoppad: {sheet} rad {row}, {reason}: {text} · {amounts}",
        "en": "Skipped: {sheet} row {row}, {reason}: {text} · {amounts}",
    },
    "skipped.subtotal": {"sv": "summarad", "en": "subtotal"},
    "skipped.text": {"sv": "rubrikrad utan belopp", "en": "heading without amounts"},
    "skipped.user": {"sv": "summarad enligt användaren", "en": "subtotal as the user said"},
    "skipped.closes": {
        "sv": "(summan av rad {first}–{last})",
        "en": "(the sum of rows {first}–{last})",
    },
    "skipped.no_amounts": {"sv": "inga belopp", "en": "no amounts"},
    "skipped.col.sheet": {"sv": "Blad", "en": "Sheet"},
    "skipped.col.row": {"sv": "Rad", "en": "Row"},
    "skipped.col.reason": {"sv": "Varför", "en": "Why"},
    "skipped.col.text": {"sv": "Radens text", "en": "The row's text"},
    "reconcile.line": {
        "sv": "Avstämning {measure} ({sheet}): filen {file} kr = lagrat {stored} + överhoppat "
        "{skipped} ✓",
        "en": "Reconciliation {measure} ({sheet}): file {file} kr = stored {stored} + skipped "
        "{skipped} ✓",
    },
    "reconcile.broken": {
        "sv": "Avstämning {measure} ({sheet}): filen {file} kr ≠ lagrat {stored} + överhoppat "
        "{skipped} ✗",
        "en": "Reconciliation {measure} ({sheet}): file {file} kr ≠ stored {stored} + skipped "
        "{skipped} ✗",
    },
    "reconcile.col.sheet": {"sv": "Blad", "en": "Sheet"},
    "reconcile.col.measure": {"sv": "Belopp", "en": "Measure"},
    "reconcile.col.rows": {"sv": "Datarader", "en": "Data rows"},
    "reconcile.col.file": {"sv": "Filens summa (kr)", "en": "File total (kr)"},
    "reconcile.col.stored": {"sv": "Lagrat (kr)", "en": "Stored (kr)"},
    "reconcile.col.skipped": {"sv": "Överhoppat (kr)", "en": "Skipped (kr)"},
    "reconcile.col.closes": {"sv": "Går ihop", "en": "Closes"},
    "plan.scope.ansvar": {
        "sv": "Ersätter filens ansvar i filens år, perioder, belopp och versioner:",
        "en": "Replaces the file's ansvar in the file's years, periods, measures and versions:",
    },
    "plan.scope.period": {
        "sv": "Ersätter hela perioderna för hela regionen (alla ansvar):",
        "en": "Replaces the whole periods for the whole region (every ansvar):",
    },
    "plan.line": {
        "sv": "{committee}, {measure}: {added} tillagda ({added_tkr}), {replaced} ersatta "
        "(ändring {change_tkr}), {removed} borttagna ({removed_tkr})",
        "en": "{committee}, {measure}: {added} added ({added_tkr}), {replaced} replaced (change "
        "{change_tkr}), {removed} removed ({removed_tkr})",
    },
    "plan.unplaced": {"sv": "(ansvar utan nämnd)", "en": "(ansvar without committee)"},
    "plan.col.committee": {"sv": "Nämnd", "en": "Committee"},
    "plan.col.measure": {"sv": "Belopp", "en": "Measure"},
    "plan.col.added": {"sv": "Tillagda rader", "en": "Rows added"},
    "plan.col.added_tkr": {"sv": "Tillagt", "en": "Added"},
    "plan.col.replaced": {"sv": "Ersatta rader", "en": "Rows replaced"},
    "plan.col.change_tkr": {"sv": "Ändring", "en": "Change"},
    "plan.col.removed": {"sv": "Borttagna rader", "en": "Rows removed"},
    "plan.col.removed_tkr": {"sv": "Borttaget", "en": "Removed"},
    "plan.col.unchanged": {"sv": "Oförändrade rader", "en": "Rows unchanged"},
    "merged.col.sheet": {"sv": "Blad", "en": "Sheet"},
    "merged.col.rows": {"sv": "Rader", "en": "Rows"},
    "merged.col.facts": {"sv": "Blev fakta", "en": "Became facts"},
    "merged.col.examples": {"sv": "Exempel (rader)", "en": "Examples (rows)"},
    "report.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "report.sheet.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "report.sheet.reconciliation": {"sv": "Avstämning", "en": "Reconciliation"},
    "report.sheet.skipped": {"sv": "Överhoppade rader", "en": "Skipped rows"},
    "report.sheet.merged": {"sv": "Summerade rader", "en": "Summed rows"},
    "report.sheet.plan": {"sv": "Ändringar per nämnd", "en": "Changes per committee"},
    "report.sheet.problems": {"sv": "Fel och noteringar", "en": "Errors and notes"},
    "summary.dry_run": {
        "sv": "Provkörning: inget skrevs till databasen.",
        "en": "Dry run: nothing was written to the database.",
    },
    "summary.totals": {
        "sv": "Summa {label}: {amount} kr ({rows} rader)",
        "en": "Total {label}: {amount} kr ({rows} rows)",
    },
    "summary.registers": {
        "sv": "Organisationsrader sparade: {org}; konton sparade: {accounts}.",
        "en": "Organisation rows stored: {org}; accounts stored: {accounts}.",
    },
    "summary.failed": {
        "sv": "{file}: importen avbröts, inget skrevs. {n} fel:",
        "en": "{file}: import stopped, nothing was written. {n} errors:",
    },
    # validation report
    "report.title": {"sv": "Valideringsrapport", "en": "Validation report"},
    "report.file": {"sv": "Fil", "en": "File"},
    "report.sheet": {"sv": "Blad", "en": "Sheet"},
    "report.rows": {"sv": "Rader", "en": "Rows"},
    "report.column": {"sv": "Kolumn", "en": "Column"},
    "report.problem": {"sv": "Problem", "en": "Problem"},
    "report.severity": {"sv": "Typ", "en": "Kind"},
    "report.error": {"sv": "Fel", "en": "Error"},
    "report.warning": {"sv": "Notering", "en": "Note"},
    "import.period": {
        "sv": "Period för en fil utan perioder",
        "en": "Period of a file without periods",
    },
    "import.period_none": {"sv": "(ingen: årsbudget)", "en": "(none: annual budget)"},
    "import.period_help": {
        "sv": "För ett årsutfall utan periodkolumn: välj december, så lagras utfallet som period 12.",
        "en": "For a year-end outcome without a period column: choose December to store it as "
        "period 12.",
    },
    "import.replace": {"sv": "Vad filen ersätter", "en": "What the file replaces"},
    "import.replace.ansvar": {
        "sv": "Bara filens ansvar i filens perioder",
        "en": "Only the file's ansvar in its periods",
    },
    "import.replace.period": {
        "sv": "Hela perioderna för hela regionen",
        "en": "The whole periods for the whole region",
    },
    "import.skip_rows": {"sv": "Rader som är summor", "en": "Rows that are sums"},
    "import.skip_rows_help": {
        "sv": "Radnummer som filen har som summarader men som inte kan bevisas vara summor, "
        "t.ex. 12,15-18. De hoppas över och listas med sina belopp.",
        "en": "Row numbers that are subtotals the import cannot prove to be sums, e.g. "
        "12,15-18. They are skipped and listed with their amounts.",
    },
    "import.check": {"sv": "Kontroll före import", "en": "Check before the import"},
    "import.check_button": {"sv": "Kontrollera filen", "en": "Check the file"},
    "import.checking": {"sv": "Kontrollerar hela filen …", "en": "Checking the whole file …"},
    "import.check_large": {
        "sv": "Stor fil: kontrollera den för att se avstämningen och ändringarna per nämnd "
        "innan du importerar.",
        "en": "A large file: check it to see the reconciliation and the changes per committee "
        "before you import.",
    },
    "import.check_failed": {
        "sv": "Filen kan inte importeras som den är: inget skrivs förrän felen är rättade.",
        "en": "The file cannot be imported as it is: nothing is written until the errors are "
        "corrected.",
    },
    "import.skipped": {
        "sv": "Rader som hoppas över (summor och rubriker): {n}",
        "en": "Rows skipped (sums and headings): {n}",
    },
    "import.removes": {
        "sv": "Importen tar bort {n} rader ({amount}) ur databasen: rader som finns för filens "
        "perioder men inte i filen. Se tabellen ovan per nämnd.",
        "en": "The import removes {n} rows ({amount}) from the database: rows of the file's "
        "periods that are not in the file. See the table above per committee.",
    },
    "import.confirm_removals": {
        "sv": "Ja, ta bort dem",
        "en": "Yes, remove them",
    },
    # app shell
    "app.title": {"sv": "Budgetuppföljning", "en": "Budget follow-up"},
    "app.language": {"sv": "Språk / Language", "en": "Språk / Language"},
    "app.filters": {"sv": "Urval", "en": "Filters"},
    "app.year": {"sv": "År", "en": "Year"},
    "app.period": {"sv": "Uppföljningsmånad", "en": "Follow-up month"},
    "app.version": {"sv": "Budgetversion", "en": "Budget version"},
    "app.level": {"sv": "Organisationsnivå", "en": "Organisation level"},
    "app.committee": {"sv": "Nämnd", "en": "Committee"},
    "app.whole_region": {"sv": "Hela regionen", "en": "Whole region"},
    "app.freshness": {
        "sv": "Senaste import: {when} ({file})",
        "en": "Last import: {when} ({file})",
    },
    "app.no_imports": {"sv": "Ingen data inläst ännu.", "en": "No data loaded yet."},
    "app.demo_loading": {
        "sv": "Första start: skapar och läser in demodata (tar under en minut)…",
        "en": "First start: creating and loading the demo data (takes under a minute)…",
    },
    "app.demo_done": {"sv": "Demodata inläst.", "en": "Demo data loaded."},
    "app.no_data": {
        "sv": "Databasen är tom. Läs in en huvudboksexport på sidan Import.",
        "en": "The database is empty. Load a ledger export on the Import page.",
    },
    "auth.local_proxied": {
        "sv": "Begäran kommer via en proxy ({headers}), men verktyget körs i lokalt "
        "enanvändarläge där användaren är administratör. Ställ in inloggning (OIDC eller "
        "BUDGET_AUTH_HEADER) innan verktyget nås via en proxy.",
        "en": "The request comes through a proxy ({headers}), but the tool runs in local "
        "single-user mode where the user is admin. Set up a login (OIDC or BUDGET_AUTH_HEADER) "
        "before serving it through a proxy.",
    },
    "auth.no_access": {
        "sv": "{name} har ingen behörighet till budgetverktyget. Be en administratör om en roll.",
        "en": "{name} has no access to the budget tool. Ask an administrator for a role.",
    },
    "app.db_path": {"sv": "Databas: {path}", "en": "Database: {path}"},
    "app.demo_note": {
        "sv": "Demodata: Region Jämtland Härjedalens offentliga siffror (resultat, budget, "
        "prognoser efter augusti, RS ram 2025, skattesats) återges; övriga belopp, fördelningar "
        "och mätvärden är påhittade och markerade (demo) där de står.",
        "en": "Demo data: Region Jämtland Härjedalen's public figures (results, budgets, August "
        "forecasts, RS frame 2025, tax rate) are reproduced; every other amount, split and "
        "measurement is invented and marked (demo) where it stands.",
    },
    "level.committee": {"sv": "Nämnd", "en": "Committee"},
    "level.forvaltning": {"sv": "Förvaltning/område", "en": "Division"},
    "level.verksamhet": {"sv": "Verksamhet", "en": "Activity"},
    "level.ansvar": {"sv": "Ansvar", "en": "Responsibility"},
    "page.overview": {"sv": "Översikt", "en": "Overview"},
    "page.import": {"sv": "Import", "en": "Import"},
    "month.1": {"sv": "januari", "en": "January"},
    "month.2": {"sv": "februari", "en": "February"},
    "month.3": {"sv": "mars", "en": "March"},
    "month.4": {"sv": "april", "en": "April"},
    "month.5": {"sv": "maj", "en": "May"},
    "month.6": {"sv": "juni", "en": "June"},
    "month.7": {"sv": "juli", "en": "July"},
    "month.8": {"sv": "augusti", "en": "August"},
    "month.9": {"sv": "september", "en": "September"},
    "month.10": {"sv": "oktober", "en": "October"},
    "month.11": {"sv": "november", "en": "November"},
    "month.12": {"sv": "december", "en": "December"},
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
    "frames.region_checks_hidden": {
        "sv": "Kontrollerna av omfördelningar mellan nämnder och av regionens finansiering "
        "gäller hela regionen och görs inte för en användare med behörighet för vissa nämnder.",
        "en": "The checks of moves between committees and of the region's financing cover the "
        "whole region and are not made for a user limited to some committees.",
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
        "sv": "mnkr (positivt = bättre än budget)",
        "en": "mnkr (positive = better than budget)",
    },
    # import page
    "import.title": {"sv": "Importera data", "en": "Import data"},
    "import.intro": {
        "sv": "Läs in huvudboksexporter (budget, utfall, prognos), organisationsregister och "
        "kontoplaner. Format: .xlsx, .xlsm, .xls, .ods och .csv (semikolon eller komma, UTF-8 "
        "eller Windows-1252). Importen är allt eller inget: vid fel skrivs ingenting.",
        "en": "Load ledger exports (budget, outcome, forecast), organisation registers and "
        "charts of accounts. Formats: .xlsx, .xlsm, .xls, .ods and .csv (semicolon or comma, "
        "UTF-8 or Windows-1252). An import is all or nothing: on error nothing is written.",
    },
    "import.upload": {"sv": "Välj fil", "en": "Choose a file"},
    "import.options": {"sv": "Inställningar för filen", "en": "Options for the file"},
    "import.kind": {"sv": "Filtyp", "en": "File kind"},
    "kind.auto": {"sv": "Känn igen automatiskt", "en": "Recognise automatically"},
    "kind.ledger": {"sv": "Huvudboksexport", "en": "Ledger export"},
    "kind.org": {"sv": "Organisationsregister", "en": "Organisation register"},
    "kind.accounts": {"sv": "Kontoplan", "en": "Chart of accounts"},
    "import.sign": {"sv": "Teckenkonvention", "en": "Sign convention"},
    "sign.bookkeeping": {
        "sv": "Bokföringstecken (kostnader positiva)",
        "en": "Bookkeeping sign (costs positive)",
    },
    "sign.result": {
        "sv": "Resultattecken (intäkter positiva)",
        "en": "Result sign (revenue positive)",
    },
    "import.unit": {"sv": "Beloppsenhet", "en": "Amount unit"},
    "unit.auto": {"sv": "Enligt filen (standard kr)", "en": "As the file says (default kr)"},
    "import.year": {"sv": "År (om filen inte anger det)", "en": "Year (if the file does not say)"},
    "import.version": {
        "sv": "Budgetversion (t.ex. Reviderad budget 2020)",
        "en": "Budget version (e.g. Revised budget 2020)",
    },
    "import.profile": {"sv": "Mappningsprofil", "en": "Mapping profile"},
    "import.no_profile": {"sv": "(ingen)", "en": "(none)"},
    "import.dry_run": {
        "sv": "Provkör (kontrollera utan att skriva)",
        "en": "Dry run (check without writing)",
    },
    "import.button": {"sv": "Importera", "en": "Import"},
    "import.preview": {"sv": "Förhandsgranskning", "en": "Preview"},
    "import.recognised": {
        "sv": "Blad {sheet}: {kind}, rubrikrad {row}",
        "en": "Sheet {sheet}: {kind}, header row {row}",
    },
    "import.not_recognised": {
        "sv": "Blad {sheet}: ingen rubrikrad med kända kolumner hittades.",
        "en": "Sheet {sheet}: no header row with known columns was found.",
    },
    "import.mapping": {"sv": "Mappa kolumner", "en": "Map columns"},
    "import.mapping_help": {
        "sv": "Ange vilken rad som är rubrikrad och vad varje kolumn betyder. Mappningen sparas "
        "som en namngiven profil och föreslås nästa gång en fil med samma rubriker läses in.",
        "en": "Say which row is the header and what each column means. The mapping is saved as "
        "a named profile and offered for the next file with the same headers.",
    },
    "import.header_row": {
        "sv": "Rubrikrad (radnummer i bladet)",
        "en": "Header row (sheet row number)",
    },
    "import.profile_name": {"sv": "Spara som profil", "en": "Save as profile"},
    "import.progress": {"sv": "Importerar…", "en": "Importing…"},
    "import.success": {"sv": "Importen lyckades.", "en": "The import succeeded."},
    "import.dry_success": {
        "sv": "Provkörningen hittade inga fel. Inget skrevs.",
        "en": "The dry run found no errors. Nothing was written.",
    },
    "import.failed": {
        "sv": "Importen avbröts – ingenting skrevs till databasen. Rätta felen nedan och försök igen.",
        "en": "The import stopped – nothing was written to the database. Fix the errors below and "
        "try again.",
    },
    "import.report": {"sv": "Valideringsrapport", "en": "Validation report"},
    "import.download_report": {
        "sv": "Ladda ner rapporten (Excel)",
        "en": "Download the report (Excel)",
    },
    "import.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "import.totals": {"sv": "Filens summor per belopptyp", "en": "The file's totals per measure"},
    "import.history": {"sv": "Importhistorik", "en": "Import history"},
    "import.profile_applied": {
        "sv": "Filens rubriker känns igen från mappningsprofilen {name}, som används.",
        "en": "The file's headers are known from the mapping profile {name}, which is used.",
    },
    "import.suggested_profile": {
        "sv": "Profilen {name} passar filer med de här rubrikerna.",
        "en": "The profile {name} fits files with these headers.",
    },
    "import.meaning": {"sv": "Tolkas som", "en": "Read as"},
    "import.unknown_column": {"sv": "(okänd – importeras inte)", "en": "(unknown – not imported)"},
    "result.ok": {"sv": "OK", "en": "OK"},
    "result.fel": {"sv": "Fel – inget skrevs", "en": "Error – nothing written"},
    "col.budget_month": {"sv": "Budget månad (tkr)", "en": "Budget month (tkr)"},
    "col.outcome_month": {"sv": "Utfall månad (tkr)", "en": "Outcome month (tkr)"},
    "col.deviation_month": {"sv": "Avvikelse månad (tkr)", "en": "Deviation month (tkr)"},
    "col.deviation_month_pct": {"sv": "Avvikelse månad (%)", "en": "Deviation month (%)"},
    "col.deviation_revenue": {"sv": "varav intäkter (tkr)", "en": "of which revenue (tkr)"},
    "col.deviation_cost": {"sv": "varav kostnader (tkr)", "en": "of which costs (tkr)"},
    "col.flag": {"sv": "Flagga", "en": "Flag"},
    "col.explanation": {"sv": "Förklaring", "en": "Explanation"},
    "col.action": {"sv": "Planerad åtgärd", "en": "Planned action"},
    "col.author": {"sv": "Av", "en": "By"},
    "col.period": {"sv": "Månad", "en": "Month"},
    "export.sheet": {"sv": "Avvikelser", "en": "Deviations"},
    "export.title": {
        "sv": "Avvikelserapport {year}, till och med {month}",
        "en": "Deviation report {year}, up to and including {month}",
    },
    "export.excel": {"sv": "Exportera till Excel", "en": "Export to Excel"},
    "export.csv": {"sv": "Exportera till CSV", "en": "Export to CSV"},
    "page.deviations": {"sv": "Avvikelser", "en": "Deviations"},
    "dev.title": {
        "sv": "Avvikelser {year}, till och med {month}",
        "en": "Deviations {year}, up to and including {month}",
    },
    "dev.region": {"sv": "Regionen", "en": "The region"},
    "dev.breadcrumb": {"sv": "Nivå", "en": "Level"},
    "dev.org_mode": {"sv": "Organisation för jämförelser", "en": "Organisation for comparisons"},
    "org.current": {
        "sv": "Nuvarande ({year}): historik omräknad",
        "en": "Current ({year}): history restated",
    },
    "org.historic": {
        "sv": "Dåvarande: som den var varje år",
        "en": "Historic: as it was each year",
    },
    "dev.org_note.current": {
        "sv": "Historik visas på nuvarande organisation ({year}): en enhet som flyttat jämförs med sig själv.",
        "en": "History is shown on the current organisation ({year}): a unit that moved is compared with itself.",
    },
    "dev.org_note.historic": {
        "sv": "Historik visas på dåvarande organisation: varje år som organisationen såg ut då.",
        "en": "History is shown on the historic organisation: each year as it was then.",
    },
    "dev.profile": {"sv": "Periodisering av årsbudget", "en": "Spreading of annual budgets"},
    "profile.prior_year": {
        "sv": "Fjolårets utfall (standard)",
        "en": "Last year's outcome (default)",
    },
    "profile.even": {"sv": "Jämna tolftedelar", "en": "Even twelfths"},
    "profile.cost_type": {"sv": "Nyckel per kostnadsslag", "en": "Key per cost type"},
    "dev.profile_note": {
        "sv": "Budget utan månadsrader har periodiserats med: {profiles}.",
        "en": "Budget without monthly rows was spread by: {profiles}.",
    },
    "dev.profile_none": {
        "sv": "Budgeten har egna månadsrader; ingen periodiseringsprofil behövdes.",
        "en": "The budget has its own monthly rows; no spreading profile was needed.",
    },
    "dev.threshold_tkr": {"sv": "Flagga från (tkr)", "en": "Flag from (tkr)"},
    "dev.threshold_pct": {"sv": "och från (%)", "en": "and from (%)"},
    "dev.flag_note": {
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
    "chart.deviation_month": {"sv": "Avvikelse i månaden", "en": "Deviation in the month"},
    "chart.deviation_acc": {"sv": "Ackumulerad avvikelse", "en": "Accumulated deviation"},
    "dev.comment_title": {"sv": "Kommentar till avvikelsen", "en": "Comment on the deviation"},
    "dev.explanation": {"sv": "Förklaring", "en": "Explanation"},
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
    "table.total": {"sv": "Summa {unit}", "en": "Total {unit}"},
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
    "col.measure": {"sv": "Belopptyp", "en": "Measure"},
    "col.version": {"sv": "Version", "en": "Version"},
    "col.year": {"sv": "År", "en": "Year"},
    "col.amount_kr": {"sv": "Summa (kr)", "en": "Total (kr)"},
    "col.rows": {"sv": "Rader", "en": "Rows"},
    "col.when": {"sv": "Tid", "en": "When"},
    "col.file": {"sv": "Fil", "en": "File"},
    "col.user": {"sv": "Användare", "en": "User"},
    "col.result": {"sv": "Resultat", "en": "Result"},
    "col.added": {"sv": "Tillagda", "en": "Added"},
    "col.replaced": {"sv": "Ersatta", "en": "Replaced"},
    "col.removed": {"sv": "Borttagna", "en": "Removed"},
    "col.kind": {"sv": "Typ", "en": "Kind"},
    # storage
    "storage.newer_schema": {
        "sv": "Databasfilen {path} har schemaversion {found}, men den här versionen av programmet "
        "hanterar högst version {supported}. Uppdatera programmet; filen har inte ändrats.",
        "en": "The database file {path} has schema version {found}, but this version of the "
        "program handles at most version {supported}. Update the program; the file is unchanged.",
    },
    "storage.not_a_database": {
        "sv": "Filen {path} är inte en databas för budgetverktyget: {detail}",
        "en": "The file {path} is not a budget tool database: {detail}",
    },
    "app.replica_read_only": {
        "sv": "Den här servern visar en publicerad kopia av databasen och tar inte emot "
        "ändringar. Gör ändringen på huvudservern; den syns här efter nästa publicering.",
        "en": "This server shows a published copy of the database and takes no changes. Make "
        "the change on the primary server; it shows here after the next publication.",
    },
    "page.admin": {"sv": "Administration", "en": "Administration"},
    "admin.intro": {
        "sv": "Roller: läsare läser; controller importerar, kommenterar, lämnar prognoser, sparar "
        "scenarier och åtgärder; administratör hanterar också roller, mappningsprofiler och läser "
        "granskningsloggen. Den som begränsas till vissa nämnder ser och ändrar bara dem.",
        "en": "Roles: a viewer reads; a controller imports, comments, enters forecasts, saves "
        "scenarios and measures; an admin also manages roles and mapping profiles and reads the "
        "audit log. A user limited to some committees sees and changes only those.",
    },
    "admin.users": {"sv": "Användare och roller", "en": "Users and roles"},
    "admin.user_name": {"sv": "Användare", "en": "User"},
    "admin.role": {"sv": "Roll", "en": "Role"},
    "admin.committees": {"sv": "Nämnder", "en": "Committees"},
    "admin.committees_help": {
        "sv": "Tomt: hela regionen. Annars ser och ändrar användaren bara de valda nämnderna.",
        "en": "Empty: the whole region. Otherwise the user sees and changes only these.",
    },
    "admin.updated_by": {"sv": "Ändrad av", "en": "Changed by"},
    "admin.save_user": {"sv": "Spara användaren", "en": "Save the user"},
    "admin.name_missing": {
        "sv": "Ange användarens namn (e-post).",
        "en": "Give the user's name (e-mail).",
    },
    "admin.user_saved": {"sv": "{user} sparades.", "en": "{user} was saved."},
    "admin.remove_user": {"sv": "Ta bort en användare", "en": "Remove a user"},
    "admin.remove": {"sv": "Ta bort", "en": "Remove"},
    "admin.user_removed": {"sv": "{user} togs bort.", "en": "{user} was removed."},
    "admin.audit": {"sv": "Granskningslogg", "en": "Audit log"},
    "admin.audit_when": {"sv": "Tidpunkt", "en": "When"},
    "admin.audit_action": {"sv": "Behörighet", "en": "Permission"},
    "admin.committee": {"sv": "Nämnd", "en": "Committee"},
    "admin.audit_operation": {"sv": "Funktion", "en": "Function"},
    "admin.audit_detail": {"sv": "Uppgifter", "en": "Arguments"},
    "app.all_visible": {"sv": "Alla dina nämnder", "en": "All your committees"},
    "auth.login_needed": {
        "sv": "Logga in med ditt konto i regionen för att se budgetuppföljningen.",
        "en": "Log in with your region account to see the budget follow-up.",
    },
    "auth.login": {"sv": "Logga in", "en": "Log in"},
    "auth.logout": {"sv": "Logga ut", "en": "Log out"},
    "auth.secret_wrong": {
        "sv": "Begäran kommer inte från inloggningsproxyn (huvudet {header} saknas eller är "
        "fel). Öppna verktyget via regionens inloggning.",
        "en": "The request does not come from the login proxy (the header {header} is missing "
        "or wrong). Open the tool through the region's login.",
    },
    "auth.header_missing": {
        "sv": "Inloggning krävs: huvudet {header} från inloggningsproxyn saknas. Öppna "
        "verktyget via regionens inloggning.",
        "en": "Login required: the header {header} from the login proxy is missing. Open the "
        "tool through the region's login.",
    },
    "auth.local_only": {
        "sv": "Ingen inloggning är konfigurerad, och då får verktyget bara nås från den här "
        "datorn (127.0.0.1), men servern lyssnar på {address}. Starta med `make run`, eller "
        "konfigurera inloggning (OIDC eller BUDGET_AUTH_HEADER) enligt README.",
        "en": "No login is configured, so the tool may only be reached from this computer "
        "(127.0.0.1), but the server listens on {address}. Start it with `make run`, or "
        "configure a login (OIDC or BUDGET_AUTH_HEADER) as the README says.",
    },
    "auth.local_mode": {
        "sv": "Lokalt enanvändarläge: bara den här datorn når verktyget; {user} är administratör.",
        "en": "Local single-user mode: only this computer reaches the tool; {user} is admin.",
    },
    "auth.signed_in": {
        "sv": "Inloggad: {user} ({role}, {scope})",
        "en": "Signed in: {user} ({role}, {scope})",
    },
    "access.nobody": {
        "sv": "Ingen användare är inloggad, så {what} är inte tillåtet.",
        "en": "Nobody is logged in, so {what} is not allowed.",
    },
    "access.role_too_low": {
        "sv": "{user} har rollen {role} och får inte {what}; det kräver rollen {need}.",
        "en": "{user} has the role {role} and may not {what}; that needs the role {need}.",
    },
    "access.region_wide": {
        "sv": "{user} har behörighet för vissa nämnder och får inte {what} för hela regionen.",
        "en": "{user} may act for some committees only and may not {what} for the whole region.",
    },
    "access.other_committee": {
        "sv": "{user} får inte {what} för {committee}: nämnden ingår inte i behörigheten.",
        "en": "{user} may not {what} for {committee}: that committee is not in their access.",
    },
    "access.role.viewer": {"sv": "läsare", "en": "viewer"},
    "access.role.controller": {"sv": "controller", "en": "controller"},
    "access.role.admin": {"sv": "administratör", "en": "admin"},
    "access.action.read": {"sv": "läsa", "en": "read"},
    "access.action.import": {"sv": "importera data", "en": "import data"},
    "access.action.comment": {"sv": "kommentera avvikelser", "en": "comment on deviations"},
    "access.action.forecast": {"sv": "lämna prognoser", "en": "enter forecasts"},
    "access.action.tax_forecast": {"sv": "ändra skatteprognosen", "en": "change the tax forecast"},
    "access.action.balance": {
        "sv": "ändra balanskravsbeslut och planens antaganden",
        "en": "change balance-requirement decisions and the plan's assumptions",
    },
    "access.action.scenario": {
        "sv": "spara eller ta bort scenarier",
        "en": "save or delete scenarios",
    },
    "access.action.measure": {"sv": "ändra åtgärder och mål", "en": "change measures and targets"},
    "access.action.frame": {"sv": "ändra budgetramar", "en": "change budget frames"},
    "access.action.goals": {"sv": "läsa in mål och nyckeltal", "en": "load goals and indicators"},
    "access.action.profile": {"sv": "spara mappningsprofiler", "en": "save mapping profiles"},
    "access.action.roles": {"sv": "ändra roller", "en": "change roles"},
    "access.action.audit": {"sv": "läsa granskningsloggen", "en": "read the audit log"},
    "access.action.publish": {
        "sv": "publicera en kopia av databasen",
        "en": "publish a copy of the database",
    },
    "storage.busy": {
        "sv": "En annan ändring av databasen pågår ({holder}). Vänta tills den är klar och "
        "försök igen; inget har ändrats.",
        "en": "Another change to the database is in progress ({holder}). Wait until it has "
        "finished and try again; nothing was changed.",
    },
    "storage.write_failed": {
        "sv": "Databasen {path} kunde inte skrivas ({detail}); inget sparades. Försök igen, "
        "och kontakta förvaltaren om felet står kvar.",
        "en": "The database {path} could not be written ({detail}); nothing was saved. Try "
        "again, and tell the administrator if it persists.",
    },
    "storage.disk_full": {
        "sv": "Disken är full ({detail}). Inget har ändrats i databasen {path}; frigör utrymme "
        "och försök igen.",
        "en": "The disk is full ({detail}). Nothing was changed in the database {path}; free "
        "some space and try again.",
    },
    "storage.read_only": {
        "sv": "Databasfilen {path} är skrivskyddad eller ligger där programmet inte får skriva "
        "({detail}). Inget har ändrats.",
        "en": "The database file {path} is read-only or in a place the program may not write "
        "({detail}). Nothing was changed.",
    },
    "storage.two_logs": {
        "sv": "Databasfilen {path} har två ofullbordade transaktionsloggar ({logs}) efter att "
        "två program avbrutits mitt i en skrivning; bara en kan läsas in. Inget har ändrats. "
        "Starta instrumentpanelen en gång (den läser in sin logg) och försök igen, eller be "
        "en administratör avgöra vilken logg som gäller.",
        "en": "The database file {path} has two unfinished write-ahead logs ({logs}) after two "
        "programs were stopped in the middle of a write; only one can be replayed. Nothing was "
        "changed. Start the dashboard once (it replays its log) and try again, or ask an "
        "administrator which log holds.",
    },
    "storage.locked": {
        "sv": "Databasfilen {path} används av ett annat program och kan inte öppnas just nu: "
        "{detail}",
        "en": "The database file {path} is in use by another program and cannot be opened now: "
        "{detail}",
    },
}


class MissingMessage(LookupError):
    """A key not in the catalogue, or a parameter its text needs that was not given (raised
    only with `strict_messages`, as under the tests; users get the best text there is)."""


# Under the tests (tests/conftest.py sets BUDGET_STRICT_MESSAGES=1) a missing key or parameter
# fails the test that shows it; the dashboard falls back to Swedish, then to the key itself.
STRICT = bool_setting("strict_messages")

FAMILIES: dict[str, tuple[str, ...]] = {}


def family(prefix: str, values: Iterable[object]) -> tuple[str, ...]:
    """Register the keys `prefix.<value>` a page builds from an enum, next to that enum, so the
    completeness test (tests/test_boundaries.py) checks every one of them in both languages.
    Returns the values as strings, for the enum's own use."""
    names = tuple(str(v) for v in values)
    FAMILIES[prefix] = tuple(sorted({*FAMILIES.get(prefix, ()), *names}))
    return names


def t(key: str, lang: str = "sv", **params: Any) -> str:
    """The text for `key` in `lang` (falling back to Swedish, then to the key itself)."""
    entry = CATALOGUE.get(key)
    if entry is None:
        if STRICT:
            raise MissingMessage(f"no message {key!r}")
        return key
    template = entry.get(lang) or entry["sv"]
    try:
        return template.format(**params)
    except (KeyError, IndexError) as exc:
        if STRICT:
            raise MissingMessage(f"message {key!r} needs {exc}") from None
        return template


def tn(key: str, count: int, lang: str = "sv", **params: Any) -> str:
    """A text with a count in it, in its singular or plural form: `key.one` for exactly one
    ("1 grön"), `key.other` otherwise ("2 gröna", "0 gröna"); `count` is passed as `n`."""
    form = "one" if count == 1 else "other"
    return t(f"{key}.{form}", lang, n=count, **params)
