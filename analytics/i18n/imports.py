"""Messages: The import: problems found in files (each naming its place), skip reasons, the summary and the validation report, and the Import page."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "problem.frames_missing_counterpart": {
        "sv": "En omfördelning eller organisationsförändring behöver en motpart.",
        "en": "A reallocation or organisation change needs a counterpart.",
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
        "borttagna, {unchanged} oförändrade; {skipped} och {blank}.",
        "en": "{file}: {rows} rows read, {added} added, {replaced} replaced, {removed} removed, "
        "{unchanged} unchanged; {skipped} and {blank}.",
    },
    "summary.skipped.none": {"sv": "ingen rad hoppades över", "en": "no row skipped"},
    "summary.skipped.one": {
        "sv": "{shown} rad hoppades över (en summa eller rubrik, listad nedan)",
        "en": "{shown} row skipped (a sum or heading, listed below)",
    },
    "summary.skipped.other": {
        "sv": "{shown} rader hoppades över (summor och rubriker, listade nedan)",
        "en": "{shown} rows skipped (sums and headings, listed below)",
    },
    "summary.blank.one": {"sv": "{shown} tom rad", "en": "{shown} blank row"},
    "summary.blank.other": {"sv": "{shown} tomma rader", "en": "{shown} blank rows"},
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
    "import.step.reading": {"sv": "Läser filen", "en": "Reading the file"},
    "import.step.parsing": {
        "sv": "Känner igen kolumner och tolkar rader",
        "en": "Recognising columns and reading rows",
    },
    "import.step.checking": {
        "sv": "Kontrollerar mot organisation och kontoplan",
        "en": "Checking against the organisation and the chart of accounts",
    },
    "import.step.writing": {"sv": "Skriver till databasen", "en": "Writing to the database"},
    "import.step.done": {"sv": "Klart", "en": "Done"},
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
    "org.current": {
        "sv": "Nuvarande ({year}): historik omräknad",
        "en": "Current ({year}): history restated",
    },
    "org.historic": {
        "sv": "Dåvarande: som den var varje år",
        "en": "Historic: as it was each year",
    },
    "profile.prior_year": {
        "sv": "Fjolårets utfall (standard)",
        "en": "Last year's outcome (default)",
    },
    "profile.even": {"sv": "Jämna tolftedelar", "en": "Even twelfths"},
    "profile.cost_type": {"sv": "Nyckel per kostnadsslag", "en": "Key per cost type"},
    "chart.deviation_month": {"sv": "Avvikelse i månaden", "en": "Deviation in the month"},
    "chart.deviation_acc": {"sv": "Ackumulerad avvikelse", "en": "Accumulated deviation"},
    "table.total": {"sv": "Summa {unit}", "en": "Total {unit}"},
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
}
