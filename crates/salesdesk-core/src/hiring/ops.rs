//! Hiring operations. Each public method is one transaction.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::model::*;
use super::score;
use crate::error::{Error, Result};
use crate::playbook::{enum_from, enum_text};
use crate::store::{Reader, Workspace, log};
use crate::team::{self, Person, PersonRole};
use crate::time::{new_id, now};
use crate::validate;

/// Largest weight accepted: weights are relative, 100 is plenty.
pub const MAX_WEIGHT: f64 = 100.0;
/// Most attributes one role may have.
pub const MAX_ATTRIBUTES: usize = 60;

crate::store::module_handles!(
    "hiring (roles, candidates, scorecards)",
    hiring,
    hiring_mut,
    HiringReads,
    HiringWrites
);

impl HiringReads<'_> {
    /// Every role, active ones first.
    pub fn roles(&self) -> Result<Vec<RoleProfile>> {
        self.0.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id FROM role_profiles ORDER BY archived_at IS NOT NULL, title COLLATE NOCASE",
            )?;
            let ids: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids.iter().map(|id| load_role(tx, id)).collect()
        })
    }

    pub fn role(&self, id: &str) -> Result<RoleProfile> {
        self.0.read(|tx| load_role(tx, id))
    }

    pub fn role_by_title(&self, title: &str) -> Result<RoleProfile> {
        self.0.read(|tx| {
            let id: String = tx
                .query_row(
                    "SELECT id FROM role_profiles WHERE lower(title) = lower(?1)",
                    [title.trim()],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| {
                    Error::not_found(format!("The role \u{201c}{}\u{201d}", title.trim()))
                })?;
            load_role(tx, &id)
        })
    }

    /// Attributes the playbook suggests: one per stage with key activities,
    /// one per training module, grouped by what they test.
    pub fn suggested_attributes(&self) -> Result<Vec<AttributeSuggestion>> {
        let playbook = self.0.playbook().get()?;
        Ok(super::suggest::from_playbook(&playbook))
    }

    pub fn candidates(&self, role_id: &str) -> Result<Vec<Candidate>> {
        self.0.read(|tx| {
            load_role(tx, role_id)?;
            let mut stmt = tx.prepare(&format!(
                "SELECT {CANDIDATE_COLUMNS} FROM candidates WHERE role_id = ?1 ORDER BY created_at"
            ))?;
            let rows = stmt
                .query_map([role_id], candidate_row)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }

    pub fn all_candidates(&self) -> Result<Vec<Candidate>> {
        self.0.read(|tx| {
            let mut stmt = tx.prepare(&format!(
                "SELECT {CANDIDATE_COLUMNS} FROM candidates ORDER BY name COLLATE NOCASE"
            ))?;
            let rows = stmt
                .query_map([], candidate_row)?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
    }

    pub fn scorecards(&self, candidate_id: &str) -> Result<Vec<Scorecard>> {
        self.0.read(|tx| {
            load_candidate(tx, candidate_id)?;
            load_scorecards(tx, candidate_id)
        })
    }

    /// Every candidate of a role side by side, from submitted scorecards.
    pub fn compare_candidates(&self, role_id: &str) -> Result<RoleComparison> {
        self.0.read(|tx| {
            let role = load_role(tx, role_id)?;
            let mut stmt = tx.prepare(&format!(
                "SELECT {CANDIDATE_COLUMNS} FROM candidates WHERE role_id = ?1 ORDER BY created_at"
            ))?;
            let candidates = stmt
                .query_map([role_id], candidate_row)?
                .collect::<Result<Vec<_>, _>>()?;
            let mut cards = submitted_cards_of_role(tx, role_id)?;
            let mut rows = Vec::with_capacity(candidates.len());
            for candidate in candidates {
                let cards = cards.remove(&candidate.id).unwrap_or_default();
                let ratings: Vec<Vec<Rating>> = cards.iter().map(|c| c.ratings.clone()).collect();
                let scored = score::score(&role.attributes, &ratings);
                rows.push(CandidateComparison {
                    candidate,
                    submitted_scorecards: cards.len() as u32,
                    weighted_score: scored.weighted_score,
                    spreads: scored.spreads,
                    recommendations: cards.iter().filter_map(|c| c.recommendation).collect(),
                    flags: scored.flags,
                });
            }
            Ok(RoleComparison {
                role,
                candidates: rows,
            })
        })
    }

    pub fn candidate_by_id(&self, id: &str) -> Result<Candidate> {
        self.0.read(|tx| load_candidate(tx, id))
    }

    pub fn candidate_by_name(&self, name: &str) -> Result<Candidate> {
        self.0.read(|tx| {
            let id: String = tx
                .query_row("SELECT id FROM candidates WHERE lower(name) = lower(?1) ORDER BY created_at DESC", [name.trim()], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found(format!("The candidate \u{201c}{}\u{201d}", name.trim())))?;
            load_candidate(tx, &id)
        })
    }
}

impl HiringWrites<'_> {
    pub fn save_role(&mut self, input: &RoleInput) -> Result<RoleProfile> {
        let title = validate::name("title", "The role title", &input.title)?;
        let responsibilities = validate::text(
            "responsibilities",
            "The responsibilities",
            &input.responsibilities,
        )?;
        self.0.write(|tx| {
            let clash: Option<String> = tx
                .query_row(
                    "SELECT title FROM role_profiles WHERE lower(title) = lower(?1) AND id IS NOT ?2",
                    params![title, input.id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(existing) = clash {
                return Err(Error::conflict("title", format!("There is already a role called \u{201c}{existing}\u{201d}.")));
            }
            let now = now();
            let id = match &input.id {
                Some(id) => {
                    load_role(tx, id)?;
                    tx.execute(
                        "UPDATE role_profiles SET title = ?2, responsibilities = ?3, updated_at = ?4 WHERE id = ?1",
                        params![id, title, responsibilities, now],
                    )?;
                    id.clone()
                }
                None => {
                    let id = new_id();
                    tx.execute(
                        "INSERT INTO role_profiles (id, title, responsibilities, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                        params![id, title, responsibilities, now],
                    )?;
                    log::record(tx, "created", "role", &id, &title)?;
                    id
                }
            };
            load_role(tx, &id)
        })
    }

    /// Deletes a role without candidates; archives one with candidates so
    /// no scorecard is lost.
    /// Archives a role with candidates; deletes one without (undoably,
    /// with its attributes: [`Workspace::undo_delete`]).
    pub fn remove_role(&mut self, id: &str) -> Result<RoleRemoval> {
        let role = self.0.read(|tx| load_role(tx, id))?;
        if role.candidate_count > 0 {
            return self.0.write(|tx| {
                tx.execute(
                    "UPDATE role_profiles SET archived_at = ?2, updated_at = ?2 WHERE id = ?1",
                    params![id, now()],
                )?;
                log::record(tx, "archived", "role", id, &role.title)?;
                Ok(RoleRemoval::Archived)
            });
        }
        let label = format!("Role {}", crate::validate::quoted(&role.title));
        self.0.delete_undoably(
            "role_profiles",
            id,
            |_| Ok(label),
            |tx| {
                tx.execute("DELETE FROM role_profiles WHERE id = ?1", [id])?;
                log::record(tx, "deleted", "role", id, &role.title)?;
                Ok(RoleRemoval::Deleted)
            },
        )
    }

    pub fn restore_role(&mut self, id: &str) -> Result<RoleProfile> {
        self.0.write(|tx| {
            load_role(tx, id)?;
            tx.execute(
                "UPDATE role_profiles SET archived_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id, now()],
            )?;
            load_role(tx, id)
        })
    }

    /// Creates the attribute when `input.id` is empty, updates it otherwise.
    pub fn save_attribute(&mut self, input: &AttributeInput) -> Result<RoleAttribute> {
        let name = validate::name("name", "The attribute", &input.name)?;
        let detail = validate::text("testDetail", "How to test it", &input.test_detail)?;
        let weight = check_weight(input.weight)?;
        self.0.write(|tx| {
            let role = load_role(tx, &input.role_id)?;
            let now = now();
            let id = match &input.id {
                Some(id) => {
                    if !role.attributes.iter().any(|a| &a.id == id) {
                        return Err(Error::not_found("The attribute"));
                    }
                    tx.execute(
                        "UPDATE role_attributes SET attr_group = ?2, name = ?3, test_method = ?4, test_detail = ?5,
                                weight = ?6, updated_at = ?7 WHERE id = ?1",
                        params![id, enum_text(&input.group), name, enum_text(&input.test_method), detail, weight, now],
                    )?;
                    id.clone()
                }
                None => {
                    if role.attributes.len() >= MAX_ATTRIBUTES {
                        return Err(Error::invalid("name", format!("A role can have at most {MAX_ATTRIBUTES} attributes.")));
                    }
                    let id = new_id();
                    tx.execute(
                        "INSERT INTO role_attributes (id, role_id, position, attr_group, name, test_method, test_detail, weight, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                        params![id, input.role_id, role.attributes.len() as i64, enum_text(&input.group), name,
                                enum_text(&input.test_method), detail, weight, now],
                    )?;
                    id
                }
            };
            load_role(tx, &input.role_id)?
                .attributes
                .into_iter()
                .find(|a| a.id == id)
                .ok_or_else(|| Error::not_found("The attribute"))
        })
    }

    /// Deletes an attribute nobody has rated yet.
    /// Deletes an attribute nobody rated yet; [`Workspace::undo_delete`]
    /// brings it back in its place.
    pub fn delete_attribute(&mut self, id: &str) -> Result<RoleProfile> {
        let label = |tx: &Connection| -> Result<String> {
            let name: String = tx
                .query_row(
                    "SELECT name FROM role_attributes WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| Error::not_found("The attribute"))?;
            Ok(format!("Attribute {}", crate::validate::quoted(&name)))
        };
        self.0.delete_undoably("role_attributes", id, label, |tx| {
            let role_id: String = tx
                .query_row("SELECT role_id FROM role_attributes WHERE id = ?1", [id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("The attribute"))?;
            let rated: i64 = tx.query_row(
                "SELECT COUNT(*) FROM ratings WHERE attribute_id = ?1 AND (rating IS NOT NULL OR evidence <> '')",
                [id],
                |r| r.get(0),
            )?;
            if rated > 0 {
                return Err(Error::Invalid {
                    field: None,
                    message: format!("This attribute is rated on {rated} scorecard(s); it cannot be deleted without losing them."),
                });
            }
            tx.execute("DELETE FROM ratings WHERE attribute_id = ?1", [id])?;
            tx.execute("DELETE FROM role_attributes WHERE id = ?1", [id])?;
            renumber_attributes(tx, &role_id)?;
            load_role(tx, &role_id)
        })
    }

    /// Moves an attribute within its role's list.
    pub fn move_attribute(&mut self, id: &str, to_index: u32) -> Result<RoleProfile> {
        self.0.write(|tx| {
            let role_id: String = tx
                .query_row(
                    "SELECT role_id FROM role_attributes WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| Error::not_found("The attribute"))?;
            let mut order = attribute_ids(tx, &role_id)?;
            let from = order.iter().position(|x| x == id).expect("listed");
            let moved = order.remove(from);
            order.insert((to_index as usize).min(order.len()), moved);
            let now = now();
            for (position, attribute) in order.iter().enumerate() {
                tx.execute(
                    "UPDATE role_attributes SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
                    params![attribute, position as i64, now],
                )?;
            }
            load_role(tx, &role_id)
        })
    }

    pub fn save_candidate(&mut self, input: &CandidateInput) -> Result<Candidate> {
        let name = validate::name("name", "The candidate's name", &input.name)?;
        let email = validate::text("email", "The e-mail address", input.email.trim())?;
        let notes = validate::text("notes", "The notes", &input.notes)?;
        self.0.write(|tx| {
            let role = load_role(tx, &input.role_id)?;
            if role.archived {
                return Err(Error::invalid("roleId", "This role is archived; restore it to add candidates."));
            }
            let now = now();
            let id = match &input.id {
                Some(id) => {
                    load_candidate(tx, id)?;
                    tx.execute(
                        "UPDATE candidates SET name = ?2, email = ?3, notes = ?4, updated_at = ?5 WHERE id = ?1",
                        params![id, name, email, notes, now],
                    )?;
                    id.clone()
                }
                None => {
                    let id = new_id();
                    tx.execute(
                        "INSERT INTO candidates (id, role_id, name, email, notes, status, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, 'applied', ?6, ?6)",
                        params![id, input.role_id, name, email, notes, now],
                    )?;
                    log::record(tx, "added", "candidate", &id, &name)?;
                    id
                }
            };
            load_candidate(tx, &id)
        })
    }

    /// Moves a candidate along applied → interviewing → offer → declined.
    /// Hiring goes through [`HiringWrites::hire`], which makes a team member.
    pub fn set_candidate_status(&mut self, id: &str, status: CandidateStatus) -> Result<Candidate> {
        self.0.write(|tx| {
            let candidate = load_candidate(tx, id)?;
            if candidate.status == CandidateStatus::Hired {
                return Err(Error::invalid(
                    "status",
                    format!("{} is hired already.", candidate.name),
                ));
            }
            if status == CandidateStatus::Hired {
                return Err(Error::invalid(
                    "status",
                    "Use Hire to make the candidate a team member.",
                ));
            }
            tx.execute(
                "UPDATE candidates SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, enum_text(&status), now()],
            )?;
            log::record(tx, "status", "candidate", id, &enum_text(&status))?;
            load_candidate(tx, id)
        })
    }

    /// Makes a candidate a rep on the team; the person keeps the link to the
    /// candidate and so to every scorecard.
    pub fn hire(&mut self, input: &HireInput) -> Result<Person> {
        let start = validate::date("startDate", "The start date", &input.start_date)?;
        let territory = validate::text("territory", "The territory", &input.territory)?;
        self.0.write(|tx| {
            let candidate = load_candidate(tx, &input.candidate_id)?;
            if candidate.status == CandidateStatus::Hired {
                return Err(Error::invalid("candidateId", format!("{} is hired already.", candidate.name)));
            }
            if let Some(manager) = &input.manager_id {
                team::require_person(tx, manager, "managerId")?;
            }
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM people WHERE lower(name) = lower(?1))",
                [&candidate.name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(Error::conflict("candidateId", format!("Someone called {} is on the team already.", candidate.name)));
            }
            let person = team::insert_person(tx, &candidate.name, PersonRole::Rep, input.manager_id.as_deref(), Some(&start), &territory)?;
            tx.execute(
                "UPDATE people SET email = ?2 WHERE id = ?1",
                params![person, candidate.email],
            )?;
            tx.execute(
                "UPDATE candidates SET status = 'hired', hired_person_id = ?2, updated_at = ?3 WHERE id = ?1",
                params![candidate.id, person, now()],
            )?;
            log::record(tx, "hired", "candidate", &candidate.id, &candidate.name)?;
            team::load_person(tx, &person)
        })
    }

    pub fn new_scorecard(&mut self, input: &NewScorecard) -> Result<Scorecard> {
        let held_on = validate::date("heldOn", "The interview date", &input.held_on)?;
        self.0.write(|tx| {
            let candidate = load_candidate(tx, &input.candidate_id)?;
            let interviewer = team::require_person(tx, &input.interviewer_id, "interviewerId")?;
            if !interviewer.active {
                return Err(Error::invalid("interviewerId", format!("{} has left the team.", interviewer.name)));
            }
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM interviews WHERE candidate_id = ?1 AND interviewer_id = ?2)",
                params![candidate.id, interviewer.id],
                |r| r.get(0),
            )?;
            if exists {
                return Err(Error::conflict(
                    "interviewerId",
                    format!("{} already has a scorecard for {}; open it, or amend it if submitted.", interviewer.name, candidate.name),
                ));
            }
            let id = new_id();
            let now = now();
            tx.execute(
                "INSERT INTO interviews (id, candidate_id, interviewer_id, held_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![id, candidate.id, interviewer.id, held_on, now],
            )?;
            if candidate.status == CandidateStatus::Applied {
                tx.execute("UPDATE candidates SET status = 'interviewing', updated_at = ?2 WHERE id = ?1", params![candidate.id, now])?;
            }
            log::record(tx, "started scorecard", "interview", &id, &candidate.name)?;
            load_scorecard(tx, &id)
        })
    }

    /// Saves a draft scorecard. Refused once submitted: use an amendment.
    pub fn update_scorecard(&mut self, input: &ScorecardInput) -> Result<Scorecard> {
        let held_on = validate::date("heldOn", "The interview date", &input.held_on)?;
        let summary = validate::text("summary", "The summary", &input.summary)?;
        let mut ratings = Vec::with_capacity(input.ratings.len());
        for r in &input.ratings {
            ratings.push((
                r.attribute_id.clone(),
                check_rating(r.rating)?,
                validate::text("evidence", "The evidence", &r.evidence)?,
            ));
        }
        self.0.write(|tx| {
            let card = load_scorecard(tx, &input.id)?;
            if card.submitted_at.is_some() {
                return Err(Error::Invalid {
                    field: None,
                    message: "This scorecard is submitted and locked; record a correction as an amendment.".into(),
                });
            }
            let now = now();
            tx.execute(
                "UPDATE interviews SET held_on = ?2, recommendation = ?3, summary = ?4, updated_at = ?5 WHERE id = ?1",
                params![card.id, held_on, input.recommendation.map(|r| enum_text(&r)), summary, now],
            )?;
            for (attribute_id, rating, evidence) in &ratings {
                if !card.ratings.iter().any(|r| &r.attribute_id == attribute_id) {
                    return Err(Error::invalid("ratings", "A rating is for an attribute this role does not have."));
                }
                tx.execute(
                    "INSERT INTO ratings (interview_id, attribute_id, rating, evidence, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                     ON CONFLICT (interview_id, attribute_id) DO UPDATE SET rating = excluded.rating,
                        evidence = excluded.evidence, updated_at = excluded.updated_at",
                    params![card.id, attribute_id, rating, evidence, now],
                )?;
            }
            load_scorecard(tx, &card.id)
        })
    }

    /// Locks a scorecard. It needs an overall recommendation.
    pub fn submit_scorecard(&mut self, id: &str) -> Result<Scorecard> {
        self.0.write(|tx| {
            let card = load_scorecard(tx, id)?;
            if card.submitted_at.is_some() {
                return Err(Error::Invalid {
                    field: None,
                    message: "This scorecard is submitted already.".into(),
                });
            }
            if card.recommendation.is_none() {
                return Err(Error::invalid(
                    "recommendation",
                    "Choose an overall recommendation before submitting.",
                ));
            }
            tx.execute(
                "UPDATE interviews SET submitted_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id, now()],
            )?;
            log::record(
                tx,
                "submitted scorecard",
                "interview",
                id,
                &card.interviewer_name,
            )?;
            load_scorecard(tx, id)
        })
    }

    /// Corrects a submitted scorecard, keeping the old value, the reason,
    /// who and when.
    pub fn amend_scorecard(&mut self, input: &AmendmentInput) -> Result<Scorecard> {
        let reason = validate::text("reason", "The reason", &input.reason)?;
        if reason.trim().is_empty() {
            return Err(Error::invalid(
                "reason",
                "Say why the scorecard is being corrected.",
            ));
        }
        self.0.write(|tx| {
            let card = load_scorecard(tx, &input.scorecard_id)?;
            if card.submitted_at.is_none() {
                return Err(Error::Invalid { field: None, message: "This scorecard is still a draft; edit it directly.".into() });
            }
            let rating_of = |attribute_id: &str| -> Result<&Rating> {
                card.ratings
                    .iter()
                    .find(|r| r.attribute_id == attribute_id)
                    .ok_or_else(|| Error::invalid("attributeId", "This role has no such attribute."))
            };
            let now = now();
            let (attribute, field, old, new) = match &input.change {
                AmendmentChange::Rating { attribute_id, rating } => {
                    let rating = check_rating(*rating)?;
                    let old = rating_of(attribute_id)?;
                    tx.execute(
                        "INSERT INTO ratings (interview_id, attribute_id, rating, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
                         ON CONFLICT (interview_id, attribute_id) DO UPDATE SET rating = excluded.rating, updated_at = excluded.updated_at",
                        params![card.id, attribute_id, rating, now],
                    )?;
                    (Some(attribute_id.clone()), "rating", rating_text(old.rating), rating_text(rating))
                }
                AmendmentChange::Evidence { attribute_id, evidence } => {
                    let evidence = validate::text("evidence", "The evidence", evidence)?;
                    let old = rating_of(attribute_id)?;
                    tx.execute(
                        "INSERT INTO ratings (interview_id, attribute_id, evidence, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
                         ON CONFLICT (interview_id, attribute_id) DO UPDATE SET evidence = excluded.evidence, updated_at = excluded.updated_at",
                        params![card.id, attribute_id, evidence, now],
                    )?;
                    (Some(attribute_id.clone()), "evidence", old.evidence.clone(), evidence)
                }
                AmendmentChange::Recommendation { recommendation } => {
                    tx.execute(
                        "UPDATE interviews SET recommendation = ?2, updated_at = ?3 WHERE id = ?1",
                        params![card.id, enum_text(recommendation), now],
                    )?;
                    (None, "recommendation", card.recommendation.map(|r| r.label().to_string()).unwrap_or_default(), recommendation.label().to_string())
                }
                AmendmentChange::Summary { summary } => {
                    let summary = validate::text("summary", "The summary", summary)?;
                    tx.execute("UPDATE interviews SET summary = ?2, updated_at = ?3 WHERE id = ?1", params![card.id, summary, now])?;
                    (None, "summary", card.summary.clone(), summary)
                }
            };
            if old == new {
                return Err(Error::invalid("reason", "That is the value already on the scorecard; nothing to amend."));
            }
            tx.execute(
                "INSERT INTO scorecard_amendments (id, interview_id, attribute_id, field, old_value, new_value, reason, amended_by, amended_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![new_id(), card.id, attribute, field, old, new, reason.trim(), log::current_actor(tx)?, now],
            )?;
            log::record(tx, "amended scorecard", "interview", &card.id, field)?;
            load_scorecard(tx, &card.id)
        })
    }
}

fn check_weight(weight: f64) -> Result<f64> {
    if !weight.is_finite() {
        return Err(Error::invalid("weight", "The weight must be a number."));
    }
    if weight <= 0.0 {
        return Err(Error::invalid(
            "weight",
            "The weight must be more than zero.",
        ));
    }
    if weight > MAX_WEIGHT {
        return Err(Error::invalid(
            "weight",
            format!("The weight can be at most {MAX_WEIGHT}."),
        ));
    }
    Ok(weight)
}

fn check_rating(rating: Option<f64>) -> Result<Option<u8>> {
    match rating {
        None => Ok(None),
        Some(r) if r.is_finite() && r.fract() == 0.0 && (1.0..=4.0).contains(&r) => {
            Ok(Some(r as u8))
        }
        Some(_) => Err(Error::invalid(
            "rating",
            "A rating is 1 (Strong no), 2 (No), 3 (Yes), 4 (Strong yes), or not assessed.",
        )),
    }
}

fn rating_text(rating: Option<u8>) -> String {
    match rating {
        Some(r) => format!("{r} ({})", rating_label(r)),
        None => "Not assessed".into(),
    }
}

fn attribute_ids(tx: &Connection, role_id: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(
        "SELECT id FROM role_attributes WHERE role_id = ?1 ORDER BY position, created_at",
    )?;
    let ids = stmt
        .query_map([role_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

fn renumber_attributes(tx: &Connection, role_id: &str) -> Result<()> {
    let now = now();
    for (position, id) in attribute_ids(tx, role_id)?.iter().enumerate() {
        tx.execute(
            "UPDATE role_attributes SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
            params![id, position as i64, now],
        )?;
    }
    Ok(())
}

pub(crate) fn load_role(tx: &Connection, id: &str) -> Result<RoleProfile> {
    let mut role = tx
        .prepare_cached(
            "SELECT id, title, responsibilities, archived_at IS NOT NULL,
                    (SELECT COUNT(*) FROM candidates c WHERE c.role_id = r.id)
             FROM role_profiles r WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(RoleProfile {
                id: r.get(0)?,
                title: r.get(1)?,
                responsibilities: r.get(2)?,
                archived: r.get(3)?,
                attributes: Vec::new(),
                candidate_count: r.get(4)?,
            })
        })
        .optional()?
        .ok_or_else(|| Error::not_found("The role"))?;
    let mut stmt = tx.prepare_cached(
        "SELECT id, attr_group, name, test_method, test_detail, weight FROM role_attributes WHERE role_id = ?1
         ORDER BY CASE attr_group WHEN 'skill' THEN 0 WHEN 'knowledge' THEN 1 ELSE 2 END, position",
    )?;
    role.attributes = stmt
        .query_map([id], |r| {
            Ok(RoleAttribute {
                id: r.get(0)?,
                group: enum_from(r.get(1)?)?,
                name: r.get(2)?,
                test_method: enum_from(r.get(3)?)?,
                test_detail: r.get(4)?,
                weight: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(role)
}

const CANDIDATE_COLUMNS: &str = "id, role_id, name, email, notes, status, hired_person_id";

fn candidate_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Candidate> {
    Ok(Candidate {
        id: r.get(0)?,
        role_id: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        notes: r.get(4)?,
        status: enum_from(r.get(5)?)?,
        hired_person_id: r.get(6)?,
    })
}

fn load_candidate(tx: &Connection, id: &str) -> Result<Candidate> {
    tx.query_row(
        &format!("SELECT {CANDIDATE_COLUMNS} FROM candidates WHERE id = ?1"),
        [id],
        candidate_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The candidate"))
}

fn load_scorecards(tx: &Connection, candidate_id: &str) -> Result<Vec<Scorecard>> {
    load_scorecards_in(tx, candidate_id, None)
}

/// A candidate's scorecards; `role`, when the caller has it loaded already
/// (the comparison of a role's candidates), is not read again per card.
/// What the comparison reads of a submitted scorecard.
#[derive(Default)]
struct SubmittedCard {
    recommendation: Option<Recommendation>,
    ratings: Vec<Rating>,
}

/// Every submitted scorecard of a role's candidates, by candidate, in the
/// order they were held; two queries for the whole role (per candidate it
/// was several, 200 and more for a role of a hundred candidates).
fn submitted_cards_of_role(
    tx: &Connection,
    role_id: &str,
) -> Result<HashMap<String, Vec<SubmittedCard>>> {
    let mut stmt = tx.prepare_cached(
        "SELECT i.id, i.candidate_id, i.recommendation FROM interviews i JOIN candidates c ON c.id = i.candidate_id
         WHERE c.role_id = ?1 AND i.submitted_at IS NOT NULL ORDER BY i.held_on, i.created_at",
    )?;
    let interviews: Vec<(String, String, Option<String>)> = stmt
        .query_map([role_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut stmt = tx.prepare_cached(
        "SELECT r.interview_id, r.attribute_id, r.rating FROM ratings r
         JOIN interviews i ON i.id = r.interview_id JOIN candidates c ON c.id = i.candidate_id
         WHERE c.role_id = ?1 AND i.submitted_at IS NOT NULL",
    )?;
    let mut ratings: HashMap<String, Vec<Rating>> = HashMap::new();
    for row in stmt.query_map([role_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<u8>>(2)?,
        ))
    })? {
        let (interview, attribute_id, rating) = row?;
        ratings.entry(interview).or_default().push(Rating {
            attribute_id,
            rating,
            evidence: String::new(),
        });
    }
    let mut by_candidate: HashMap<String, Vec<SubmittedCard>> = HashMap::new();
    for (id, candidate_id, recommendation) in interviews {
        by_candidate
            .entry(candidate_id)
            .or_default()
            .push(SubmittedCard {
                recommendation: recommendation.map(enum_from).transpose()?,
                ratings: ratings.remove(&id).unwrap_or_default(),
            });
    }
    Ok(by_candidate)
}

fn load_scorecards_in(
    tx: &Connection,
    candidate_id: &str,
    role: Option<&RoleProfile>,
) -> Result<Vec<Scorecard>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id FROM interviews WHERE candidate_id = ?1 ORDER BY held_on, created_at",
    )?;
    let ids: Vec<String> = stmt
        .query_map([candidate_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    ids.iter()
        .map(|id| load_scorecard_in(tx, id, role))
        .collect()
}

fn load_scorecard(tx: &Connection, id: &str) -> Result<Scorecard> {
    load_scorecard_in(tx, id, None)
}

fn load_scorecard_in(
    tx: &Connection,
    id: &str,
    known_role: Option<&RoleProfile>,
) -> Result<Scorecard> {
    let (mut card, role_id) = tx
        .prepare_cached(
            "SELECT i.id, i.candidate_id, i.interviewer_id, p.name, i.held_on, i.recommendation, i.summary, i.submitted_at, c.role_id
             FROM interviews i JOIN people p ON p.id = i.interviewer_id JOIN candidates c ON c.id = i.candidate_id
             WHERE i.id = ?1",
        )?
        .query_row(
            [id],
            |r| {
                let recommendation: Option<String> = r.get(5)?;
                Ok((
                    Scorecard {
                        id: r.get(0)?,
                        candidate_id: r.get(1)?,
                        interviewer_id: r.get(2)?,
                        interviewer_name: r.get(3)?,
                        held_on: r.get(4)?,
                        recommendation: recommendation.map(enum_from).transpose()?,
                        summary: r.get(6)?,
                        submitted_at: r.get(7)?,
                        ratings: Vec::new(),
                        amendments: Vec::new(),
                    },
                    r.get::<_, String>(8)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("The scorecard"))?;
    let loaded;
    let role = match known_role {
        Some(role) if role.id == role_id => role,
        _ => {
            loaded = load_role(tx, &role_id)?;
            &loaded
        }
    };
    // Every rating of the card at once, then in the role's attribute order
    // (an attribute without one is "not assessed").
    let mut stmt = tx.prepare_cached(
        "SELECT attribute_id, rating, evidence FROM ratings WHERE interview_id = ?1",
    )?;
    let mut given: HashMap<String, (Option<u8>, String)> = stmt
        .query_map([&card.id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get::<_, Option<u8>>(1)?, r.get::<_, String>(2)?),
            ))
        })?
        .collect::<Result<_, _>>()?;
    for attribute in &role.attributes {
        let (rating, evidence) = given.remove(&attribute.id).unwrap_or((None, String::new()));
        card.ratings.push(Rating {
            attribute_id: attribute.id.clone(),
            rating,
            evidence,
        });
    }
    let mut stmt = tx.prepare_cached(
        "SELECT a.id, a.attribute_id, a.field, a.old_value, a.new_value, a.reason, a.amended_by, p.name, a.amended_at
         FROM scorecard_amendments a LEFT JOIN people p ON p.id = a.amended_by
         WHERE a.interview_id = ?1 ORDER BY a.amended_at",
    )?;
    card.amendments = stmt
        .query_map([&card.id], |r| {
            Ok(Amendment {
                id: r.get(0)?,
                attribute_id: r.get(1)?,
                field: r.get(2)?,
                old_value: r.get(3)?,
                new_value: r.get(4)?,
                reason: r.get(5)?,
                amended_by: r.get(6)?,
                amended_by_name: r.get(7)?,
                amended_at: r.get(8)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(card)
}
