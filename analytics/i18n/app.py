"""Messages: The app shell, sign-in and access, administration, storage and the shared words (months, pages)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # cost-reduction programme (Åtgärder)
    "page.savings": {"sv": "Åtgärder", "en": "Savings"},
    # budget frames (Ramar)
    "page.frames": {"sv": "Ramar", "en": "Frames"},
    # scenarios
    "page.scenarios": {"sv": "Scenarier", "en": "Scenarios"},
    # goals and indicators
    "page.goals": {"sv": "Mål och nyckeltal", "en": "Goals and indicators"},
    # forecasts (Prognos)
    "page.forecast": {"sv": "Prognos", "en": "Forecast"},
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
    "input.not_a_number": {
        "sv": "{label}: ”{value}” är inget tal (skriv t.ex. 2,5); {default} används så länge.",
        "en": "{label}: “{value}” is not a number (type e.g. 2.5); {default} is used meanwhile.",
    },
    "input.too_large": {
        "sv": "{label}: ”{value}” är mer än {maximum}; {default} används så länge.",
        "en": "{label}: “{value}” is more than {maximum}; {default} is used meanwhile.",
    },
    "upload.button": {"sv": "Välj fil", "en": "Choose file"},
    "upload.drop": {"sv": "eller dra och släpp den här", "en": "or drag and drop it here"},
    "table.empty": {"sv": "Inga rader att visa.", "en": "No rows to show."},
    "choice.select_all": {"sv": "Välj alla", "en": "Select all"},
    "choice.select_matches": {"sv": "Välj alla träffar", "en": "Select all matches"},
    "upload.limit": {
        "sv": "Högst {mb} MB per fil. Filtyper: {types}.",
        "en": "At most {mb} MB per file. File types: {types}.",
    },
    "app.copy_link": {"sv": "Kopiera länk", "en": "Copy link"},
    "app.copy_link_help": {
        "sv": "Länken öppnar samma vy: år, månad, budgetversion, nivå, nämnd och var du står i "
        "analysen. Kopiera med knappen till höger i rutan.",
        "en": "The link opens the same view: year, month, budget version, level, committee and "
        "where you are in the analysis. Copy it with the button at the box's right.",
    },
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
    "app.first_start": {
        "sv": "Första start: databasen {path} är tom. Demodata skapas och läses in nu, genom "
        "samma import som dina egna filer (under en minut); därefter startar instrumentpanelen.",
        "en": "First start: the database {path} is empty. The demo data is created and loaded "
        "now, through the same import as your own files (under a minute); then the dashboard "
        "starts.",
    },
    "app.first_start_done": {
        "sv": "Demodata inläst. Instrumentpanelen startar …",
        "en": "Demo data loaded. The dashboard is starting …",
    },
    "app.first_start_failed": {
        "sv": "Demodata kunde inte läsas in här (se ovan); instrumentpanelen startar ändå och "
        "försöker igen vid första besöket.",
        "en": "The demo data could not be loaded here (see above); the dashboard starts anyway "
        "and tries again on the first visit.",
    },
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
    "page.deviations": {"sv": "Avvikelser", "en": "Deviations"},
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
    "audit.op.add_assumptions": {"sv": "Planantaganden sparade", "en": "Plan assumptions saved"},
    "audit.op.add_change": {"sv": "Ramförändring tillagd", "en": "Frame change added"},
    "audit.op.add_comment": {
        "sv": "Kommentar till avvikelse sparad",
        "en": "Deviation comment saved",
    },
    "audit.op.add_decision": {"sv": "Rambeslut tillagt", "en": "Frame decision added"},
    "audit.op.add_forecast_entry": {"sv": "Prognos lämnad", "en": "Forecast entered"},
    "audit.op.add_measure": {"sv": "Besparingsåtgärd tillagd", "en": "Savings measure added"},
    "audit.op.add_realised": {
        "sv": "Realiserad besparing registrerad",
        "en": "Realised saving recorded",
    },
    "audit.op.add_tax_forecast": {"sv": "Skatteprognos sparad", "en": "Tax forecast saved"},
    "audit.op.add_tax_forecasts": {"sv": "Skatteprognoser inlästa", "en": "Tax forecasts loaded"},
    "audit.op.delete": {"sv": "Borttaget", "en": "Deleted"},
    "audit.op.remove_decision": {"sv": "Rambeslut borttaget", "en": "Frame decision removed"},
    "audit.op.remove_user": {"sv": "Användare borttagen", "en": "User removed"},
    "audit.op.replace_all": {
        "sv": "Besparingsprogrammet ersatt från mall",
        "en": "Savings programme replaced from template",
    },
    "audit.op.replace_goals": {
        "sv": "Mål och indikatorer inlästa",
        "en": "Goals and indicators loaded",
    },
    "audit.op.replace_kolada": {
        "sv": "Jämförelser från Kolada inlästa",
        "en": "Kolada benchmarks loaded",
    },
    "audit.op.replace_years": {
        "sv": "Ramar ersatta från mall",
        "en": "Frames replaced from template",
    },
    "audit.op.save": {"sv": "Sparat", "en": "Saved"},
    "audit.op.save_profile": {"sv": "Mappningsprofil sparad", "en": "Mapping profile saved"},
    "audit.op.set_decision": {"sv": "Rambeslut ändrat", "en": "Frame decision changed"},
    "audit.op.set_target": {"sv": "Besparingsmål satt", "en": "Savings target set"},
    "audit.op.set_user": {"sv": "Användare sparad", "en": "User saved"},
    "audit.op.write_import": {"sv": "Fil importerad", "en": "File imported"},
    "audit.arg.file_name": {"sv": "Fil", "en": "File"},
    "audit.arg.kind": {"sv": "Slag", "en": "Kind"},
    "audit.arg.rows_read": {"sv": "Rader lästa", "en": "Rows read"},
    "audit.arg.facts": {"sv": "Belopp sparade", "en": "Amounts stored"},
    "audit.arg.org": {"sv": "Organisationsrader", "en": "Organisation rows"},
    "audit.arg.accounts": {"sv": "Konton", "en": "Accounts"},
    "audit.arg.name": {"sv": "Namn", "en": "Name"},
    "audit.arg.year": {"sv": "År", "en": "Year"},
    "audit.arg.period": {"sv": "Period", "en": "Period"},
    "audit.arg.committee": {"sv": "Nämnd", "en": "Committee"},
    "audit.arg.version": {"sv": "Budgetversion", "en": "Budget version"},
    "audit.arg.unit": {"sv": "Enhet", "en": "Unit"},
    "audit.arg.role": {"sv": "Roll", "en": "Role"},
    "audit.arg.committees": {"sv": "Nämnder", "en": "Committees"},
    "audit.arg.base_year": {"sv": "Budgetår", "en": "Budget year"},
    "audit.arg.amount_ore": {"sv": "Belopp", "en": "Amount"},
    "audit.arg.explanation": {"sv": "Förklaring", "en": "Explanation"},
    "audit.arg.action": {"sv": "Åtgärd", "en": "Action"},
    "audit.arg.text": {"sv": "Text", "en": "Text"},
    "audit.arg.source": {"sv": "Källa", "en": "Source"},
    "audit.arg.notes": {"sv": "Anteckningar", "en": "Notes"},
    "audit.other": {"sv": "Ändring", "en": "Change"},
    "audit.rows.one": {"sv": "{rows} rad", "en": "{rows} row"},
    "audit.rows.other": {"sv": "{rows} rader", "en": "{rows} rows"},
    "admin.audit_change": {"sv": "Vad som ändrades", "en": "What changed"},
    "admin.audit_technical": {
        "sv": "Teknisk logg (funktion och argument, för felsökning)",
        "en": "Technical log (function and arguments, for tracing)",
    },
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
