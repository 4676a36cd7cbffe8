"""Messages: Budget frames (Ramar): decisions, changes and their template."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "frames.region_checks_hidden": {
        "sv": "Kontrollerna av omfördelningar mellan nämnder och av regionens finansiering "
        "gäller hela regionen och görs inte för en användare med behörighet för vissa nämnder.",
        "en": "The checks of moves between committees and of the region's financing cover the "
        "whole region and are not made for a user limited to some committees.",
    },
}
