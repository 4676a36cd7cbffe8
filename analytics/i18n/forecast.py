"""Messages: Forecasts: methods, sources, tax and grant bases, and the controller's forecast entry."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "col.outcome_year": {"sv": "Utfall helår, tkr", "en": "Outcome for the year, tkr"},
    "col.outcome_ytd_tkr": {
        "sv": "Utfall t.o.m. period {period}, tkr",
        "en": "Outcome to period {period}, tkr",
    },
    "col.outcome_ytd_short": {"sv": "Utfall hittills", "en": "Outcome to date"},
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
}
