"""The demo region's organisation and chart of accounts, deterministic from a seed.

About 20 förvaltningar/områden, 150 verksamheter, 1 500 ansvar and 300 accounts in Region-Bas
classes. Regionservice sits under HSN in 2019 and under RS from 2020, as in the 2020 revision.
"""

from __future__ import annotations

import random

import pandas as pd

from analytics.demo.figures import FIN, HSN, KTN, PN, RS, RUN
from analytics.ingest.ledger_org import ORG_COLUMNS

# (förvaltning, committee, number of verksamheter, some verksamhet names)
FORVALTNINGAR: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    ("Regiondirektör", RS, 2, ("Regiondirektörens stab", "Regionledning")),
    ("Regionstaben", RS, 11, ("Ekonomi", "HR", "Kommunikation", "Juridik", "Sekretariat",
                              "Upphandling", "Planering och uppföljning", "Lönecenter")),
    ("Utvecklings- och digitaliseringsavdelningen", RS, 6, ("IT-drift", "Digitalisering",
                                                            "Verksamhetsutveckling", "E-hälsa")),
    ("Regionservice", RS, 14, ("Fastighet", "Städ", "Kost", "Transport", "Medicinsk teknik",
                               "Hjälpmedel", "Vaktmästeri", "Förråd och logistik")),
    ("Vårdval primärvård", RS, 16, ("Hälsocentral Östersund", "Hälsocentral Sveg",
                                    "Hälsocentral Strömsund", "Hälsocentral Järpen",
                                    "Hälsocentral Hammarstrand", "Hälsocentral Krokom")),
    ("Hälso- och sjukvårdsledning", HSN, 3, ("Hälso- och sjukvårdsdirektör", "Vårdutveckling",
                                             "Patientsäkerhet")),
    ("Område Akut", HSN, 8, ("Akutmottagning", "Ambulanssjukvård", "Ambulansflyg")),
    ("Område Kirurgi", HSN, 12, ("Kirurgmottagning", "Kirurgisk vårdavdelning", "Urologi",
                                 "Ortopedi", "Öron-näsa-hals", "Ögon")),
    ("Område Medicin", HSN, 14, ("Medicinmottagning", "Kardiologi", "Njurmedicin",
                                 "Infektion", "Geriatrik", "Strokeenhet", "Onkologi")),
    ("Område Psykiatri", HSN, 9, ("Vuxenpsykiatri", "Barn- och ungdomspsykiatri",
                                  "Rättspsykiatri", "Beroendevård")),
    ("Område Opererande", HSN, 10, ("Anestesi", "Operation", "Intensivvård", "Sterilteknik")),
    ("Område Barn och kvinna", HSN, 8, ("Barnklinik", "Kvinnoklinik", "Förlossning",
                                        "Mödrahälsovård")),
    ("Område Diagnostik", HSN, 8, ("Klinisk kemi", "Röntgen", "Patologi", "Mikrobiologi")),
    ("Folktandvården", HSN, 9, ("Allmäntandvård", "Specialisttandvård", "Tandreglering")),
    ("Regional utveckling", RUN, 6, ("Näringsliv", "Infrastruktur", "Kompetensförsörjning",
                                     "Landsbygd")),
    ("Kultur och bildning", RUN, 5, ("Länsmuseum", "Länsbibliotek", "Scenkonst", "Arkiv")),
    ("Folkhögskolor", RUN, 3, ("Birka folkhögskola", "Ålsta folkhögskola")),
    ("Länstrafiken", KTN, 4, ("Busstrafik", "Tågtrafik", "Färdtjänst", "Sjukresor")),
    ("Patientnämndens kansli", PN, 1, ("Patientnämndens kansli",)),
    ("Finansförvaltning", FIN, 1, ("Finansförvaltning",)),
)  # fmt: skip

COMMITTEE_PREFIX = {RS: 0, HSN: 2, RUN: 5, KTN: 6, PN: 7, FIN: 9}
REGIONSERVICE = "Regionservice"

# Account families: (first two digits, kostnadsslag, names, staff-group variants?)
STAFF_GROUPS = ("läkare", "sjuksköterskor", "undersköterskor", "övriga")
ACCOUNT_FAMILIES: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("30", "Patientavgifter", ("Patientavgifter öppen vård", "Patientavgifter sluten vård",
                               "Patientavgifter tandvård", "Avgifter hjälpmedel", "Avgifter intyg",
                               "Avgifter vaccinationer"), False),
    ("31", "Försäljning av hälso- och sjukvård", ("Såld vård andra regioner",
                                                  "Såld vård kommuner", "Utomlänspatienter",
                                                  "Asylsjukvård ersättning",
                                                  "Försäljning laboratorietjänster",
                                                  "Försäljning röntgentjänster"), False),
    ("32", "Riktade statsbidrag", ("Statsbidrag tillgänglighet", "Statsbidrag psykisk hälsa",
                                   "Statsbidrag kvinnors hälsa", "Statsbidrag regional utveckling",
                                   "Statsbidrag kollektivtrafik", "Statsbidrag covid-19",
                                   "Statsbidrag personalsatsning", "Statsbidrag nära vård"), False),
    ("34", "Trafikintäkter", ("Biljettintäkter buss", "Biljettintäkter tåg", "Skolkort",
                              "Färdtjänstavgifter", "Sjukresor egenavgifter"), False),
    ("39", "Övriga intäkter", ("Hyresintäkter", "Försäljning varor", "Försäljning tjänster",
                               "EU-bidrag", "Övriga bidrag", "Försäkringsersättningar",
                               "Övriga verksamhetsintäkter"), False),
    ("40", "Personalkostnader exkl. pensioner", ("Månadslön tillsvidare", "Månadslön visstid",
                                                 "Timlön", "Övertidsersättning",
                                                 "Jourersättning", "Beredskapsersättning",
                                                 "OB-ersättning", "Semesterlön", "Sjuklön",
                                                 "Förändring semesterlöneskuld"), True),
    ("41", "Personalkostnader exkl. pensioner", ("Arvoden förtroendevalda",
                                                 "Arvoden uppdragstagare"), False),
    ("45", "Personalkostnader exkl. pensioner", ("Arbetsgivaravgifter", "Avtalsförsäkringar"),
     True),
    ("46", "Pensionskostnader", ("Avgiftsbestämd ålderspension", "Förmånsbestämd pension",
                                 "Pensionsutbetalningar", "Löneskatt på pensioner",
                                 "Förändring pensionsavsättning"), False),
    ("47", "Inhyrd personal", ("Inhyrda läkare", "Inhyrda sjuksköterskor",
                               "Inhyrd övrig personal"), False),
    ("48", "Övriga personalkostnader", ("Utbildning", "Resor i tjänsten", "Rekrytering",
                                        "Friskvård", "Företagshälsovård"), False),
    ("50", "Lokaler", ("Lokalhyror", "El", "Värme", "Vatten och avlopp", "Städtjänster",
                       "Fastighetsunderhåll", "Bevakning"), False),
    ("54", "Material", ("Sjukvårdsmaterial", "Förbrukningsmaterial", "Livsmedel",
                        "Kontorsmaterial", "Tandvårdsmaterial", "Laboratoriematerial",
                        "Röntgenmaterial", "Hjälpmedel"), False),
    ("55", "Läkemedel", ("Läkemedel inom förmånen", "Läkemedel rekvisition", "Vacciner",
                         "Smittskyddsläkemedel", "Cancerläkemedel"), False),
    ("56", "Köpt riks- och regionvård", ("Köpt vård Region Västerbotten",
                                         "Köpt vård Region Stockholm",
                                         "Köpt vård Region Uppsala", "Köpt vård övriga regioner",
                                         "Köpt rättspsykiatrisk vård"), False),
    ("57", "Köp av verksamhet", ("Köpt primärvård privata vårdgivare", "Trafikavtal buss",
                                 "Trafikavtal tåg", "Färdtjänst", "Sjukresor", "Köpt tandvård",
                                 "Köpta konsulttjänster vård"), False),
    ("64", "IT- och licensavgifter", ("Licenser", "IT-drift", "Telefoni", "Datakommunikation",
                                      "IT-konsulter", "Molntjänster"), False),
    ("69", "Övriga kostnader", ("Konsulttjänster", "Försäkringar", "Representation", "Porto",
                                "Bidrag till organisationer", "Bidrag till kulturverksamhet",
                                "Övriga verksamhetskostnader"), False),
    ("78", "Avskrivningar", ("Avskrivning byggnader", "Avskrivning inventarier",
                             "Avskrivning IT-utrustning", "Avskrivning medicinteknik"), False),
    ("80", "Skatteintäkter", ("Preliminära skatteintäkter", "Slutavräkning"), False),
    ("82", "Generella statsbidrag och utjämning", ("Inkomstutjämning", "Kostnadsutjämning",
                                                   "Regleringsbidrag/-avgift", "Strukturbidrag",
                                                   "Statsbidrag läkemedelsförmånen"), False),
    ("84", "Finansiella intäkter", ("Ränteintäkter", "Avkastning pensionsportfölj"), False),
    ("85", "Finansiella kostnader", ("Räntekostnader lån",
                                     "Ränta och uppräkning pensionsskuld (finansiell del)",
                                     "Bankkostnader"), False),
)  # fmt: skip

# Accounts the controllers' forecasts are entered on: "Övriga verksamhetsintäkter" and
# "Övriga verksamhetskostnader" on each nämnd's first ansvar.
FORECAST_REVENUE, FORECAST_COST = "3906", "6906"
# Central accounts: preliminary tax, income and cost equalisation (the financial accounts are
# in `figures.CentralItems.financial_accounts`).
TAX, INCOME_EQUALISATION, COST_EQUALISATION = "8000", "8200", "8201"
# The pension portfolio's gains and losses, outside the numbered families.
PORTFOLIO_ACCOUNTS = (
    ("8432", "Realisationsvinster pensionsportfölj", "Finansiella intäkter"),
    ("8460", "Orealiserade vinster värdepapper", "Finansiella intäkter"),
    ("8560", "Orealiserade förluster värdepapper", "Finansiella kostnader"),
)


def accounts() -> pd.DataFrame:
    """About 300 accounts, numbered family + index: 4001 "Månadslön tillsvidare läkare"."""
    from analytics.result.income_statement import line_for_account, line_label

    rows = []
    for prefix, kostnadsslag, names, staffed in ACCOUNT_FAMILIES:
        labels = [f"{n} {g}" for n in names for g in STAFF_GROUPS] if staffed else list(names)
        if prefix == "40":
            # salaries per staff group, numbered 4000–4039 then 4040+: more than 99 would not fit
            labels = labels[:40]
        for i, label in enumerate(labels):
            konto = f"{prefix}{i:02d}"
            line = line_for_account(konto)
            assert line is not None, konto
            rows.append((konto, label, kostnadsslag, line_label(line)))
    # more salary accounts per staff group and specialty, to reach a realistic chart size
    for i, specialty in enumerate(
        ["akut", "kirurgi", "medicin", "psykiatri", "opererande", "barn och kvinna",
         "diagnostik", "tandvård", "primärvård", "administration", "service", "kultur"]
    ):  # fmt: skip
        for j, group in enumerate(STAFF_GROUPS):
            for prefix, pay in (("42", "Månadslön"), ("43", "Timlön")):
                rows.append(
                    (f"{prefix}{i * 4 + j:02d}", f"{pay} {group} {specialty}",
                     "Personalkostnader exkl. pensioner", "Verksamhetens kostnader")
                )  # fmt: skip
    for i, item in enumerate(["Tekniska hjälpmedel", "Medicinteknisk utrustning",
                              "Inventarier", "Leasing bilar", "Leasing utrustning",
                              "Reparationer", "Transporter", "Tvätt", "Tolktjänster",
                              "Annonsering", "Tryck", "Prenumerationer", "Medlemsavgifter",
                              "Ersättning till kommuner", "Forskning och utveckling"]):  # fmt: skip
        rows.append((f"66{i:02d}", item, "Övriga kostnader", "Verksamhetens kostnader"))
    for i, item in enumerate(["Förband", "Katetrar", "Handskar", "Skyddsutrustning", "Sprutor",
                              "Implantat", "Stomiartiklar", "Diabeteshjälpmedel",
                              "Inkontinenshjälpmedel", "Dialysmaterial", "Reagenser",
                              "Kontrastmedel", "Instrument", "Sterilgods", "Textilier"]):  # fmt: skip
        rows.append((f"59{i:02d}", item, "Material", "Verksamhetens kostnader"))
    for konto, name, kostnadsslag in PORTFOLIO_ACCOUNTS:
        line = line_for_account(konto)
        assert line is not None, konto
        rows.append((konto, name, kostnadsslag, line_label(line)))
    frame = pd.DataFrame(rows, columns=["konto", "konto_name", "kostnadsslag", "rr_line"])
    return frame.drop_duplicates("konto").reset_index(drop=True)


def organisation(seed: int = 2020) -> pd.DataFrame:
    """About 1 500 ansvar per year, 2019–2025, with Regionservice moving HSN → RS in 2020."""
    rng = random.Random(seed)
    base = []
    counters = {c: 0 for c in COMMITTEE_PREFIX}
    vht_no = 100
    for forvaltning, committee, n_vht, names in FORVALTNINGAR:
        for v in range(n_vht):
            vht_no += 1
            vht_name = (
                names[v] if v < len(names) else f"{names[v % len(names)]} {v // len(names) + 1}"
            )
            n_ansvar = 1 if committee in (FIN,) else rng.randint(6, 14)
            if committee == PN:
                n_ansvar = 3
            for a in range(n_ansvar):
                prefix_committee = HSN if forvaltning == REGIONSERVICE else committee
                counters[prefix_committee] += 1
                code = (
                    f"{COMMITTEE_PREFIX[prefix_committee]}{counters[prefix_committee] + 1000:04d}"
                )
                name = vht_name if n_ansvar == 1 else f"{vht_name}, enhet {a + 1}"
                base.append((code, name, str(vht_no), vht_name, forvaltning, committee))
    frames = []
    for year in range(2019, 2026):
        frame = pd.DataFrame(base, columns=ORG_COLUMNS[1:])
        if year == 2019:
            frame.loc[frame["forvaltning"] == REGIONSERVICE, "committee"] = HSN
        frame.insert(0, "year", year)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)
