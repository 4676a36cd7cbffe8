"""Messages: The cost-reduction programme (Åtgärder): targets, measures, plans and their template."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}
