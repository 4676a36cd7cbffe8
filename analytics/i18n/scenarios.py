"""Messages: Scenarios: assumptions, results per plan year and the assumptions template."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "scenario.kind": {"sv": "Slag", "en": "Kind"},
    "scenario.change_kind.frame": {"sv": "Ramförändring", "en": "Frame change"},
    "scenario.change_kind.reallocation": {"sv": "Omfördelning", "en": "Reallocation"},
    "scenario.change_kind.cost_type": {"sv": "Kostnadsslag %", "en": "Cost type %"},
    "scenario.changes_help": {
        "sv": "**Ramförändringar, omfördelningar och kostnadsslag** – gäller från sitt år och "
        "framåt. Ramförändring: nämnd och ± mnkr. Omfördelning: från nämnd, till nämnd och mnkr. "
        "Kostnadsslag %: kostnadsslaget och ± %. Lägg till en rad längst ned.",
        "en": "**Frame changes, reallocations and cost types** – from their year on. Frame "
        "change: committee and ± mnkr. Reallocation: from, to and mnkr. Cost type %: the cost "
        "type and ± %. Add a row at the bottom.",
    },
    "scenario.applies": {"sv": "Gäller", "en": "Applies"},
    "scenario.scope.year": {"sv": "bara det året", "en": "that year only"},
    "scenario.scope.growth": {
        "sv": "tillväxten det året; nivån därefter följer med",
        "en": "growth that year; the level after follows",
    },
    "scenario.scope.from_year": {
        "sv": "från året och framåt; åren läggs ihop",
        "en": "from the year on; the years add up",
    },
    "scenario.rate_note": {
        "sv": "Skattesatsens ändring i scenariot, år för år: {years} (varje ändring gäller från "
        "sitt år och framåt, så värden i flera år läggs ihop).",
        "en": "The tax-rate change in force, year by year: {years} (each change applies from "
        "its year on, so values in several years add up).",
    },
    "scenario.change.row": {
        "sv": "Rad {row} räknas inte: {problem}",
        "en": "Row {row} is not counted: {problem}",
    },
    "scenario.change.col.kind": {"sv": "Slag", "en": "Kind"},
    "scenario.change.col.who": {"sv": "Nämnd / kostnadsslag", "en": "Committee / cost type"},
    "scenario.change.col.to": {"sv": "Till nämnd", "en": "To committee"},
    "scenario.change.col.year": {"sv": "År", "en": "Year"},
    "scenario.change.col.amount": {"sv": "Belopp", "en": "Amount"},
    "scenario.change.missing": {"sv": "{columns} saknas.", "en": "{columns} missing."},
    "scenario.change.kind": {
        "sv": "okänt slag ”{kind}”; välj {kinds}.",
        "en": "unknown kind “{kind}”; choose {kinds}.",
    },
    "scenario.change.year": {
        "sv": "året {year} ligger utanför planen {first}–{last}.",
        "en": "the year {year} is outside the plan {first}–{last}.",
    },
    "scenario.change.amount": {
        "sv": "beloppet ”{amount}” är inget tal.",
        "en": "the amount “{amount}” is not a number.",
    },
    "scenario.change.committee": {
        "sv": "”{name}” är ingen nämnd i budgeten.",
        "en": "“{name}” is not a committee in the budget.",
    },
    "scenario.change.cost_type": {
        "sv": "”{name}” är inget kostnadsslag i budgeten (det finns: {known}).",
        "en": "“{name}” is not a cost type in the budget (there are: {known}).",
    },
    "scenario.change.below_all": {
        "sv": "ett kostnadsslag kan inte minska med mer än 100 % ({amount} %).",
        "en": "a cost type cannot fall by more than 100 % ({amount} %).",
    },
    "scenario.change.no_receiver": {
        "sv": "en omfördelning behöver en mottagande nämnd (Till nämnd).",
        "en": "a reallocation needs a receiving committee (To committee).",
    },
    "scenario.change.same": {
        "sv": "från och till är samma nämnd ({name}).",
        "en": "from and to are the same committee ({name}).",
    },
    "scenario.frames": {
        "sv": "Nettokostnad per nämnd i scenariot",
        "en": "Net cost per committee in the scenario",
    },
    "scenario.frames_caption": {
        "sv": "mnkr; ± mot budgeten (ramförändringar, omfördelningar och uppräkning).",
        "en": "mnkr; ± against the budget (frame changes, reallocations and indexation).",
    },
    "scenario.committees_total": {"sv": "Summa nämnder", "en": "Sum of committees"},
    "scenario.from_year": {"sv": "Från år", "en": "From year"},
    "scenario.driver": {"sv": "Ändring i scenariot", "en": "Change in the scenario"},
    "scenario.sheet.result": {"sv": "Resultat", "en": "Result"},
    "scenario.sheet.committees": {"sv": "Nämnder", "en": "Committees"},
    "scenario.sheet.drivers": {"sv": "Antaganden", "en": "Assumptions"},
    "scenario.sheet.changes": {"sv": "Förändringar", "en": "Changes"},
    "scenario.workbook_note": {
        "sv": "Belopp i mnkr; resultatposter med resultatets tecken, nämndernas nettokostnad "
        "positiv; ± är scenariot mot budgeten.",
        "en": "Amounts in mnkr; result lines with the result's sign, the committees' net cost "
        "positive; ± is the scenario against the budget.",
    },
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
}
