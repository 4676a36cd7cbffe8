"""Messages: The income statement and the balanskrav report (resultaträkning, balanskravsutredning)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}
