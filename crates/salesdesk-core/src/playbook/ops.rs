//! Playbook operations on a workspace. Each public method is one
//! transaction: it validates everything first, and on any error nothing is
//! saved.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, params};

use super::model::*;
use super::template;
use crate::error::{Error, Result};
use crate::store::ordered::{self, OrderedTable};
use crate::store::{Reader, Workspace, settings};
use crate::time::{new_id, now};
use crate::validate;

/// The longest a stage may be expected to last.
pub const MAX_EXPECTED_DAYS: u32 = 365;
/// Largest KPI target accepted (guards against typos like 1e12).
pub const MAX_KPI_TARGET: f64 = 1e10;

impl PlaybookList {
    fn table(self) -> OrderedTable {
        match self {
            PlaybookList::Stages => OrderedTable::Stages,
            PlaybookList::Qualification => OrderedTable::QualificationCriteria,
            PlaybookList::Objections => OrderedTable::Objections,
            PlaybookList::Competitors => OrderedTable::Competitors,
            PlaybookList::Kpis => OrderedTable::Kpis,
            PlaybookList::Training => OrderedTable::TrainingModules,
        }
    }
}

/// The stages a training module belongs to (see `store::children`).
const MODULE_STAGES: crate::store::children::Keyed = crate::store::children::Keyed {
    table: "training_module_stages",
    parent_column: "module_id",
    key_columns: &["stage_id"],
    value_columns: &[],
};

crate::store::module_handles!(
    "the sales playbook",
    playbook,
    playbook_mut,
    PlaybookReads,
    PlaybookWrites
);

impl PlaybookReads<'_> {
    /// The whole current playbook.
    pub fn get(&self) -> Result<Playbook> {
        self.0.read(load_playbook)
    }

    /// Published versions, newest first.
    pub fn versions(&self) -> Result<Vec<PlaybookVersionSummary>> {
        self.0.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id, number, change_note, published_at FROM playbook_versions ORDER BY number DESC",
            )?;
            let rows = stmt
                .query_map([], version_summary_row)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }

    pub fn version(&self, id: &str) -> Result<PlaybookVersion> {
        self.0.read(|tx| {
            let summary = load_version_summary(tx, id)?;
            let snapshot: String = tx.query_row(
                "SELECT snapshot FROM playbook_versions WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            let playbook = serde_json::from_str(&snapshot).map_err(|e| {
                Error::Internal(format!("version {} is unreadable: {e}", summary.number))
            })?;
            Ok(PlaybookVersion { summary, playbook })
        })
    }
}

impl PlaybookWrites<'_> {
    /// First run: the owner names the company and starts blank or from the
    /// starter template. Refused once the playbook has been started.
    pub fn start(&mut self, start: &PlaybookStart) -> Result<Playbook> {
        let company = validate::name("companyName", "The company name", &start.company_name)?;
        self.0.write(|tx| {
            if settings::get(tx, settings::PLAYBOOK_STARTED)?.is_some() {
                return Err(Error::Invalid {
                    field: None,
                    message: "The playbook has already been started.".into(),
                });
            }
            settings::set(tx, settings::COMPANY_NAME, &company)?;
            settings::set(tx, settings::PLAYBOOK_STARTED, "1")?;
            ensure_builtin_criteria(tx)?;
            if start.template == PlaybookTemplate::Starter {
                template::fill_starter(tx)?;
            }
            load_playbook(tx)
        })
    }

    pub fn set_company_name(&mut self, name: &str) -> Result<()> {
        let company = validate::name("companyName", "The company name", name)?;
        self.0
            .write(|tx| settings::set(tx, settings::COMPANY_NAME, &company))
    }

    pub fn create_stage(&mut self, input: &NewStage) -> Result<Stage> {
        let name = validate::name("name", "The stage name", &input.name)?;
        self.0.write(|tx| {
            ensure_unique_stage_name(tx, &name, None)?;
            let id = insert_stage(tx, &name)?;
            if let Some(after) = &input.after_id {
                let order = ordered::ids(tx, OrderedTable::Stages)?;
                let index = order
                    .iter()
                    .position(|x| x == after)
                    .ok_or_else(|| Error::not_found("The stage to insert after"))?;
                ordered::move_to(tx, OrderedTable::Stages, &id, index as u32 + 1)?;
            }
            load_stage(tx, &id)
        })
    }

    pub fn update_stage(&mut self, input: &StageInput) -> Result<Stage> {
        let name = validate::name("name", "The stage name", &input.name)?;
        let purpose = validate::text("purpose", "The purpose", &input.purpose)?;
        let entry = validate::text("entryCriteria", "The entry criteria", &input.entry_criteria)?;
        let activities =
            validate::text("keyActivities", "The key activities", &input.key_activities)?;
        let scripts = validate::text("scripts", "The scripts", &input.scripts)?;
        let materials = validate::text("materials", "The materials", &input.materials)?;
        let days = validate::days(
            "expectedDays",
            "Expected days in stage",
            input.expected_days,
            MAX_EXPECTED_DAYS,
        )?;
        let mut exit = Vec::with_capacity(input.exit_criteria.len());
        for item in &input.exit_criteria {
            exit.push((
                item.id.clone(),
                validate::text("exitCriteria", "An exit criterion", &item.text)?,
            ));
        }
        if exit.len() > 50 {
            return Err(Error::invalid(
                "exitCriteria",
                "A stage can have at most 50 exit criteria.",
            ));
        }
        self.0.write(|tx| {
            ordered::require(tx, OrderedTable::Stages, &input.id)?;
            ensure_unique_stage_name(tx, &name, Some(&input.id))?;
            let now = now();
            tx.execute(
                "UPDATE stages SET name = ?2, purpose = ?3, entry_criteria = ?4, key_activities = ?5,
                        scripts = ?6, materials = ?7, expected_days = ?8, updated_at = ?9
                 WHERE id = ?1",
                params![
                    input.id, name, purpose, entry, activities, scripts, materials, days, now
                ],
            )?;
            replace_exit_criteria(tx, &input.id, &exit, &now)?;
            load_stage(tx, &input.id)
        })
    }

    /// Moves an item of any playbook list to `to_index`; returns the
    /// playbook as it is now.
    pub fn move_item(&mut self, list: PlaybookList, id: &str, to_index: u32) -> Result<Playbook> {
        self.0.write(|tx| {
            ordered::move_to(tx, list.table(), id, to_index)?;
            load_playbook(tx)
        })
    }

    /// Deletes an item of any playbook list. The three built-in
    /// qualification criteria cannot be deleted.
    /// Deletes an item of a playbook list; [`Workspace::undo_delete`]
    /// brings it back.
    pub fn delete_item(&mut self, list: PlaybookList, id: &str) -> Result<Playbook> {
        let table = list.table();
        let name_column = match table {
            OrderedTable::Stages | OrderedTable::Competitors | OrderedTable::Kpis => "name",
            OrderedTable::QualificationCriteria => "label",
            OrderedTable::Objections => "objection",
            OrderedTable::TrainingModules => "title",
        };
        let kind = match table {
            OrderedTable::Stages => "Stage",
            OrderedTable::QualificationCriteria => "Qualification criterion",
            OrderedTable::Objections => "Objection",
            OrderedTable::Competitors => "Competitor",
            OrderedTable::Kpis => "KPI",
            OrderedTable::TrainingModules => "Training module",
        };
        let label = |tx: &Connection| -> Result<String> {
            let name: String = tx
                .query_row(
                    &format!("SELECT {name_column} FROM {} WHERE id = ?1", table.table()),
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| Error::not_found(table.label()))?;
            Ok(format!("{kind} {}", crate::validate::quoted(&name)))
        };
        self.0.delete_undoably(table.table(), id, label, |tx| {
            if list == PlaybookList::Qualification {
                let builtin: Option<Option<String>> = tx
                    .query_row(
                        "SELECT builtin_key FROM qualification_criteria WHERE id = ?1",
                        [id],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(Some(_)) = builtin {
                    return Err(Error::Invalid {
                        field: None,
                        message: "Decision maker, decision date and budget always count for qualification; they cannot be deleted.".into(),
                    });
                }
            }
            ordered::delete(tx, list.table(), id)?;
            load_playbook(tx)
        })
    }

    pub fn create_criterion(&mut self, label: &str) -> Result<QualificationCriterion> {
        let label = validate::name("label", "The criterion", label)?;
        self.0.write(|tx| {
            let id = new_id();
            let now = now();
            let position = ordered::next_position(tx, OrderedTable::QualificationCriteria)?;
            tx.execute(
                "INSERT INTO qualification_criteria (id, position, label, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![id, position, label, now],
            )?;
            load_criterion(tx, &id)
        })
    }

    pub fn update_criterion(&mut self, input: &CriterionInput) -> Result<QualificationCriterion> {
        let label = validate::name("label", "The criterion", &input.label)?;
        let description = validate::text("description", "The description", &input.description)?;
        self.0.write(|tx| {
            ordered::require(tx, OrderedTable::QualificationCriteria, &input.id)?;
            tx.execute(
                "UPDATE qualification_criteria SET label = ?2, description = ?3, updated_at = ?4 WHERE id = ?1",
                params![input.id, label, description, now()],
            )?;
            load_criterion(tx, &input.id)
        })
    }

    pub fn update_profile(&mut self, input: &PlaybookProfile) -> Result<PlaybookProfile> {
        let icp = validate::text(
            "idealCustomerProfile",
            "The ideal customer profile",
            &input.ideal_customer_profile,
        )?;
        let value = validate::text(
            "valueProposition",
            "The value proposition",
            &input.value_proposition,
        )?;
        self.0.write(|tx| {
            tx.execute(
                "INSERT INTO playbook_profile (id, ideal_customer_profile, value_proposition, updated_at)
                 VALUES (1, ?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET ideal_customer_profile = excluded.ideal_customer_profile,
                    value_proposition = excluded.value_proposition, updated_at = excluded.updated_at",
                params![icp, value, now()],
            )?;
            load_profile(tx)
        })
    }

    pub fn create_objection(&mut self, objection: &str) -> Result<Objection> {
        let objection = validate::text("objection", "The objection", objection)?;
        if objection.trim().is_empty() {
            return Err(Error::invalid(
                "objection",
                "The objection cannot be empty.",
            ));
        }
        self.0.write(|tx| insert_objection(tx, &objection, ""))
    }

    pub fn update_objection(&mut self, input: &Objection) -> Result<Objection> {
        let objection = validate::text("objection", "The objection", &input.objection)?;
        if objection.trim().is_empty() {
            return Err(Error::invalid(
                "objection",
                "The objection cannot be empty.",
            ));
        }
        let response = validate::text("response", "The response", &input.response)?;
        self.0.write(|tx| {
            ordered::require(tx, OrderedTable::Objections, &input.id)?;
            tx.execute(
                "UPDATE objections SET objection = ?2, response = ?3, updated_at = ?4 WHERE id = ?1",
                params![input.id, objection, response, now()],
            )?;
            load_objection(tx, &input.id)
        })
    }

    pub fn create_competitor(&mut self, name: &str) -> Result<Competitor> {
        let name = validate::name("name", "The competitor's name", name)?;
        self.0.write(|tx| insert_competitor(tx, &name, ""))
    }

    pub fn update_competitor(&mut self, input: &Competitor) -> Result<Competitor> {
        let name = validate::name("name", "The competitor's name", &input.name)?;
        let notes = validate::text("notes", "The notes", &input.notes)?;
        self.0.write(|tx| {
            ordered::require(tx, OrderedTable::Competitors, &input.id)?;
            tx.execute(
                "UPDATE competitors SET name = ?2, notes = ?3, updated_at = ?4 WHERE id = ?1",
                params![input.id, name, notes, now()],
            )?;
            load_competitor(tx, &input.id)
        })
    }

    /// Creates the KPI when `input.id` is empty, updates it otherwise.
    pub fn save_kpi(&mut self, input: &KpiInput) -> Result<Kpi> {
        let name = validate::name("name", "The KPI name", &input.name)?;
        let target = validate::amount("target", "The target", input.target, MAX_KPI_TARGET)?;
        if input.unit == KpiUnit::Percent && target > 100.0 {
            return Err(Error::invalid(
                "target",
                "A percentage target cannot be above 100.",
            ));
        }
        self.0.write(|tx| {
            let id = match &input.id {
                Some(id) => {
                    ordered::require(tx, OrderedTable::Kpis, id)?;
                    tx.execute(
                        "UPDATE kpis SET kind = ?2, name = ?3, unit = ?4, period = ?5, target = ?6, updated_at = ?7 WHERE id = ?1",
                        params![id, enum_text(&input.kind), name, enum_text(&input.unit), enum_text(&input.period), target, now()],
                    )?;
                    id.clone()
                }
                None => insert_kpi(tx, input.kind, &name, input.unit, input.period, target)?,
            };
            load_kpi(tx, &id)
        })
    }

    /// Creates the module when `input.id` is empty, updates it otherwise.
    pub fn save_training_module(&mut self, input: &TrainingModuleInput) -> Result<TrainingModule> {
        let title = validate::name("title", "The module title", &input.title)?;
        let objectives = validate::text("objectives", "The objectives", &input.objectives)?;
        let cadence = validate::text("cadence", "The cadence", &input.cadence)?;
        if cadence.chars().count() > 200 {
            return Err(Error::invalid(
                "cadence",
                "The cadence is limited to 200 characters.",
            ));
        }
        self.0.write(|tx| {
            for stage_id in &input.stage_ids {
                ordered::require(tx, OrderedTable::Stages, stage_id)
                    .map_err(|_| Error::invalid("stageIds", "A linked stage no longer exists."))?;
            }
            let id = match &input.id {
                Some(id) => {
                    ordered::require(tx, OrderedTable::TrainingModules, id)?;
                    tx.execute(
                        "UPDATE training_modules SET area = ?2, title = ?3, objectives = ?4, cadence = ?5, updated_at = ?6 WHERE id = ?1",
                        params![id, enum_text(&input.area), title, objectives, cadence, now()],
                    )?;
                    id.clone()
                }
                None => insert_training_module(tx, input.area, &title, &objectives, &cadence)?,
            };
            let unique: HashSet<&String> = input.stage_ids.iter().collect();
            let rows: Vec<crate::store::children::KeyedRow> = unique
                .into_iter()
                .map(|stage_id| crate::store::children::KeyedRow {
                    key: vec![rusqlite::types::Value::Text(stage_id.clone())],
                    values: Vec::new(),
                })
                .collect();
            crate::store::children::save_keyed(tx, &MODULE_STAGES, &id, &rows, &now())?;
            load_training_module(tx, &id)
        })
    }

    /// Freezes the current playbook as the next version.
    pub fn publish_version(&mut self, change_note: &str) -> Result<PlaybookVersionSummary> {
        let note = validate::text("changeNote", "The change note", change_note)?;
        if note.trim().is_empty() {
            return Err(Error::invalid(
                "changeNote",
                "Say in a few words what changed in this version.",
            ));
        }
        self.0.write(|tx| {
            let playbook = load_playbook(tx)?;
            if !playbook.started {
                return Err(Error::Invalid {
                    field: None,
                    message: "Start the playbook before publishing it.".into(),
                });
            }
            let number: u32 = tx.query_row(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM playbook_versions",
                [],
                |r| r.get(0),
            )?;
            let snapshot = serde_json::to_string(&playbook)
                .map_err(|e| Error::Internal(format!("could not save the snapshot: {e}")))?;
            let id = new_id();
            tx.execute(
                "INSERT INTO playbook_versions (id, number, change_note, snapshot, published_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, number, note.trim(), snapshot, now()],
            )?;
            load_version_summary(tx, &id)
        })
    }
}

/// Reads an enum stored by [`enum_text`]; an unknown value is a column
/// conversion error rather than a panic.
pub fn enum_from<T: serde::de::DeserializeOwned>(text: String) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(text.clone())).map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown value {text:?}").into(),
        )
    })
}

/// Enum values are stored as their serde names ("activity", "per_week").
pub fn enum_text<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => unreachable!("playbook enums serialize as strings"),
    }
}

fn ensure_unique_stage_name(tx: &Connection, name: &str, except: Option<&str>) -> Result<()> {
    let wanted = name.to_lowercase();
    let mut stmt = tx.prepare("SELECT id, name FROM stages")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, existing) = row?;
        if Some(id.as_str()) != except && existing.trim().to_lowercase() == wanted {
            return Err(Error::conflict(
                "name",
                format!("There is already a stage called \u{201c}{existing}\u{201d}."),
            ));
        }
    }
    Ok(())
}

pub(crate) fn ensure_builtin_criteria(tx: &Connection) -> Result<()> {
    for builtin in BuiltinCriterion::ALL {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM qualification_criteria WHERE builtin_key = ?1)",
            [builtin.key()],
            |r| r.get(0),
        )?;
        if !exists {
            let now = now();
            let position = ordered::next_position(tx, OrderedTable::QualificationCriteria)?;
            tx.execute(
                "INSERT INTO qualification_criteria (id, position, builtin_key, label, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![new_id(), position, builtin.key(), builtin.default_label(), now],
            )?;
        }
    }
    Ok(())
}

pub(crate) fn insert_stage(tx: &Connection, name: &str) -> Result<String> {
    let id = new_id();
    let now = now();
    let position = ordered::next_position(tx, OrderedTable::Stages)?;
    tx.execute(
        "INSERT INTO stages (id, position, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![id, position, name, now],
    )?;
    Ok(id)
}

/// Writes a stage's exit checklist: kept ids are updated in place, new
/// items get ids, missing ones are deleted.
pub(crate) fn replace_exit_criteria(
    tx: &Connection,
    stage_id: &str,
    items: &[(Option<String>, String)],
    now: &str,
) -> Result<()> {
    let kept: Vec<&str> = items.iter().filter_map(|(id, _)| id.as_deref()).collect();
    let mut existing = tx.prepare("SELECT id FROM stage_exit_criteria WHERE stage_id = ?1")?;
    let existing: Vec<String> = existing
        .query_map([stage_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in &existing {
        if !kept.contains(&id.as_str()) {
            tx.execute("DELETE FROM stage_exit_criteria WHERE id = ?1", [id])?;
        }
    }
    for (position, (id, text)) in items.iter().enumerate() {
        match id {
            Some(id) if existing.contains(id) => {
                tx.execute(
                    "UPDATE stage_exit_criteria SET position = ?2, text = ?3, updated_at = ?4
                     WHERE id = ?1 AND (position <> ?2 OR text <> ?3)",
                    params![id, position as i64, text, now],
                )?;
            }
            Some(_) => {
                return Err(Error::invalid(
                    "exitCriteria",
                    "An exit criterion was changed elsewhere; reload the stage.",
                ));
            }
            None => {
                tx.execute(
                    "INSERT INTO stage_exit_criteria (id, stage_id, position, text, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![new_id(), stage_id, position as i64, text, now],
                )?;
            }
        }
    }
    Ok(())
}

pub(crate) fn insert_objection(
    tx: &Connection,
    objection: &str,
    response: &str,
) -> Result<Objection> {
    let id = new_id();
    let now = now();
    let position = ordered::next_position(tx, OrderedTable::Objections)?;
    tx.execute(
        "INSERT INTO objections (id, position, objection, response, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, position, objection, response, now],
    )?;
    load_objection(tx, &id)
}

pub(crate) fn insert_competitor(tx: &Connection, name: &str, notes: &str) -> Result<Competitor> {
    let id = new_id();
    let now = now();
    let position = ordered::next_position(tx, OrderedTable::Competitors)?;
    tx.execute(
        "INSERT INTO competitors (id, position, name, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, position, name, notes, now],
    )?;
    load_competitor(tx, &id)
}

pub(crate) fn insert_kpi(
    tx: &Connection,
    kind: KpiKind,
    name: &str,
    unit: KpiUnit,
    period: KpiPeriod,
    target: f64,
) -> Result<String> {
    let id = new_id();
    let now = now();
    let position = ordered::next_position(tx, OrderedTable::Kpis)?;
    tx.execute(
        "INSERT INTO kpis (id, position, kind, name, unit, period, target, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id,
            position,
            enum_text(&kind),
            name,
            enum_text(&unit),
            enum_text(&period),
            target,
            now
        ],
    )?;
    Ok(id)
}

pub(crate) fn insert_training_module(
    tx: &Connection,
    area: TrainingArea,
    title: &str,
    objectives: &str,
    cadence: &str,
) -> Result<String> {
    let id = new_id();
    let now = now();
    let position = ordered::next_position(tx, OrderedTable::TrainingModules)?;
    tx.execute(
        "INSERT INTO training_modules (id, position, area, title, objectives, cadence, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![id, position, enum_text(&area), title, objectives, cadence, now],
    )?;
    Ok(id)
}

pub(crate) fn load_playbook(tx: &Connection) -> Result<Playbook> {
    let company_name = settings::get(tx, settings::COMPANY_NAME)?.unwrap_or_default();
    let started = settings::get(tx, settings::PLAYBOOK_STARTED)?.is_some();
    let stage_ids = ordered::ids(tx, OrderedTable::Stages)?;
    let stages = stage_ids
        .iter()
        .map(|id| load_stage(tx, id))
        .collect::<Result<Vec<_>>>()?;
    let qualification = ordered::ids(tx, OrderedTable::QualificationCriteria)?
        .iter()
        .map(|id| load_criterion(tx, id))
        .collect::<Result<Vec<_>>>()?;
    let objections = ordered::ids(tx, OrderedTable::Objections)?
        .iter()
        .map(|id| load_objection(tx, id))
        .collect::<Result<Vec<_>>>()?;
    let competitors = ordered::ids(tx, OrderedTable::Competitors)?
        .iter()
        .map(|id| load_competitor(tx, id))
        .collect::<Result<Vec<_>>>()?;
    let kpis = ordered::ids(tx, OrderedTable::Kpis)?
        .iter()
        .map(|id| load_kpi(tx, id))
        .collect::<Result<Vec<_>>>()?;
    let mut training = ordered::ids(tx, OrderedTable::TrainingModules)?
        .iter()
        .map(|id| load_training_module(tx, id))
        .collect::<Result<Vec<_>>>()?;
    // Linked stages in playbook order, whatever order they were linked in.
    for module in &mut training {
        module
            .stage_ids
            .sort_by_key(|id| stage_ids.iter().position(|s| s == id));
    }
    Ok(Playbook {
        company_name,
        started,
        stages,
        qualification,
        profile: load_profile(tx)?,
        objections,
        competitors,
        kpis,
        training,
    })
}

fn load_stage(tx: &Connection, id: &str) -> Result<Stage> {
    let mut stage = tx
        .query_row(
            "SELECT id, name, purpose, entry_criteria, key_activities, scripts, materials, expected_days, updated_at
             FROM stages WHERE id = ?1",
            [id],
            |r| {
                Ok(Stage {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    purpose: r.get(2)?,
                    entry_criteria: r.get(3)?,
                    exit_criteria: Vec::new(),
                    key_activities: r.get(4)?,
                    scripts: r.get(5)?,
                    materials: r.get(6)?,
                    expected_days: r.get(7)?,
                    updated_at: r.get(8)?,
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("The stage"))?;
    let mut stmt = tx.prepare(
        "SELECT id, text FROM stage_exit_criteria WHERE stage_id = ?1 ORDER BY position",
    )?;
    stage.exit_criteria = stmt
        .query_map([id], |r| {
            Ok(ChecklistItem {
                id: r.get(0)?,
                text: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(stage)
}

fn load_criterion(tx: &Connection, id: &str) -> Result<QualificationCriterion> {
    tx.query_row(
        "SELECT id, builtin_key, label, description FROM qualification_criteria WHERE id = ?1",
        [id],
        |r| {
            let key: Option<String> = r.get(1)?;
            Ok(QualificationCriterion {
                id: r.get(0)?,
                builtin: key.as_deref().and_then(BuiltinCriterion::from_key),
                label: r.get(2)?,
                description: r.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The qualification criterion"))
}

fn load_profile(tx: &Connection) -> Result<PlaybookProfile> {
    Ok(tx
        .query_row(
            "SELECT ideal_customer_profile, value_proposition FROM playbook_profile WHERE id = 1",
            [],
            |r| {
                Ok(PlaybookProfile {
                    ideal_customer_profile: r.get(0)?,
                    value_proposition: r.get(1)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

fn load_objection(tx: &Connection, id: &str) -> Result<Objection> {
    tx.query_row(
        "SELECT id, objection, response FROM objections WHERE id = ?1",
        [id],
        |r| {
            Ok(Objection {
                id: r.get(0)?,
                objection: r.get(1)?,
                response: r.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The objection"))
}

fn load_competitor(tx: &Connection, id: &str) -> Result<Competitor> {
    tx.query_row(
        "SELECT id, name, notes FROM competitors WHERE id = ?1",
        [id],
        |r| {
            Ok(Competitor {
                id: r.get(0)?,
                name: r.get(1)?,
                notes: r.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The competitor"))
}

fn load_kpi(tx: &Connection, id: &str) -> Result<Kpi> {
    tx.query_row(
        "SELECT id, kind, name, unit, period, target FROM kpis WHERE id = ?1",
        [id],
        |r| {
            Ok(Kpi {
                id: r.get(0)?,
                kind: enum_from(r.get(1)?)?,
                name: r.get(2)?,
                unit: enum_from(r.get(3)?)?,
                period: enum_from(r.get(4)?)?,
                target: r.get(5)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The KPI"))
}

fn load_training_module(tx: &Connection, id: &str) -> Result<TrainingModule> {
    let mut module = tx
        .query_row(
            "SELECT id, area, title, objectives, cadence FROM training_modules WHERE id = ?1",
            [id],
            |r| {
                Ok(TrainingModule {
                    id: r.get(0)?,
                    area: enum_from(r.get(1)?)?,
                    title: r.get(2)?,
                    objectives: r.get(3)?,
                    cadence: r.get(4)?,
                    stage_ids: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("The training module"))?;
    let mut stmt = tx.prepare(
        "SELECT l.stage_id FROM training_module_stages l JOIN stages s ON s.id = l.stage_id
         WHERE l.module_id = ?1 ORDER BY s.position",
    )?;
    module.stage_ids = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(module)
}

fn version_summary_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PlaybookVersionSummary> {
    Ok(PlaybookVersionSummary {
        id: r.get(0)?,
        number: r.get(1)?,
        change_note: r.get(2)?,
        published_at: r.get(3)?,
    })
}

fn load_version_summary(tx: &Connection, id: &str) -> Result<PlaybookVersionSummary> {
    tx.query_row(
        "SELECT id, number, change_note, published_at FROM playbook_versions WHERE id = ?1",
        [id],
        version_summary_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The playbook version"))
}
