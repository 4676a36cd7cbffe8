"""Messages: Goals and indicators, and the Kolada benchmark import."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "goals.imported.one": {
        "sv": "{file}: {shown} indikator inläst.",
        "en": "{file}: {shown} indicator loaded.",
    },
    "goals.imported.other": {
        "sv": "{file}: {shown} indikatorer inlästa.",
        "en": "{file}: {shown} indicators loaded.",
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
    "goals.as_of": {"sv": "Senaste utfall t.o.m. {year}:", "en": "Latest outcome up to {year}:"},
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
}
