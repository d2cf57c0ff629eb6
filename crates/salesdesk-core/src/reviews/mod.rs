//! Quarterly reviews (PRODUCT.md section 5): the rep's own input,
//! strengths, development areas, commitments, the agreement date; status
//! preparing → held → agreed. An agreed review is locked; later notes are
//! amendments with who and when.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::accounts::Quarter;
use crate::error::{Error, Result};
use crate::playbook::{enum_from, enum_text};
use crate::store::{Reader, Workspace, log};
use crate::team;
use crate::time::{new_id, now};
use crate::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    Preparing,
    Held,
    Agreed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewAmendment {
    pub text: String,
    pub author_name: Option<String>,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: String,
    pub rep_id: String,
    pub rep_name: String,
    pub quarter: String,
    pub status: ReviewStatus,
    pub rep_input: String,
    pub strengths: String,
    pub development_areas: String,
    pub commitments: String,
    /// YYYY-MM-DD, set when agreed.
    pub agreement_date: Option<String>,
    pub amendments: Vec<ReviewAmendment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewInput {
    pub id: String,
    pub rep_input: String,
    pub strengths: String,
    pub development_areas: String,
    pub commitments: String,
}

crate::store::module_handles!(
    "quarterly reviews",
    reviews,
    reviews_mut,
    ReviewsReads,
    ReviewsWrites
);

impl ReviewsReads<'_> {
    /// The review of a rep for a quarter as it stands, without starting
    /// one: a blank one in preparation when there is none yet (for
    /// documents, which never change the workspace).
    pub fn review_or_blank(&self, rep_id: &str, quarter: &str) -> Result<Review> {
        let quarter = Quarter::parse("quarter", quarter)?;
        self.0.read(|tx| {
            let rep_name: String = tx
                .query_row("SELECT name FROM people WHERE id = ?1", [rep_id], |r| {
                    r.get(0)
                })
                .optional()?
                .ok_or_else(|| Error::not_found("The rep"))?;
            let existing = review_id(tx, rep_id, quarter)?;
            match existing {
                Some(id) => load_review(tx, &id),
                None => Ok(Review {
                    id: String::new(),
                    rep_id: rep_id.to_string(),
                    rep_name,
                    quarter: quarter.to_string(),
                    status: ReviewStatus::Preparing,
                    rep_input: String::new(),
                    strengths: String::new(),
                    development_areas: String::new(),
                    commitments: String::new(),
                    agreement_date: None,
                    amendments: Vec::new(),
                }),
            }
        })
    }

    /// Every review of a quarter.
    pub fn list(&self, quarter: &str) -> Result<Vec<Review>> {
        let quarter = Quarter::parse("quarter", quarter)?;
        self.0.read(|tx| {
            let mut stmt = tx.prepare(
                "SELECT r.id FROM quarterly_reviews r JOIN people p ON p.id = r.rep_id WHERE r.quarter = ?1 ORDER BY p.name COLLATE NOCASE",
            )?;
            let ids: Vec<String> = stmt.query_map([quarter.to_string()], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids.iter().map(|id| load_review(tx, id)).collect()
        })
    }
}

impl ReviewsWrites<'_> {
    /// The review of a rep for a quarter, started (preparing) if there is
    /// none yet.
    pub fn open(&mut self, rep_id: &str, quarter: &str) -> Result<Review> {
        let quarter = Quarter::parse("quarter", quarter)?;
        self.0.write(|tx| {
            team::require_person(tx, rep_id, "repId")?;
            let existing = review_id(tx, rep_id, quarter)?;
            let id = match existing {
                Some(id) => id,
                None => {
                    let id = new_id();
                    let now = now();
                    tx.execute(
                        "INSERT INTO quarterly_reviews (id, rep_id, quarter, status, created_at, updated_at) VALUES (?1, ?2, ?3, 'preparing', ?4, ?4)",
                        params![id, rep_id, quarter.to_string(), now],
                    )?;
                    id
                }
            };
            load_review(tx, &id)
        })
    }

    /// Saves the review's texts; refused once agreed (add a note instead).
    pub fn save_review(&mut self, input: &ReviewInput) -> Result<Review> {
        let rep_input = validate::text("repInput", "The rep's input", &input.rep_input)?;
        let strengths = validate::text("strengths", "The strengths", &input.strengths)?;
        let development = validate::text(
            "developmentAreas",
            "The development areas",
            &input.development_areas,
        )?;
        let commitments = validate::text("commitments", "The commitments", &input.commitments)?;
        self.0.write(|tx| {
            let review = load_review(tx, &input.id)?;
            if review.status == ReviewStatus::Agreed {
                return Err(Error::Invalid {
                    field: None,
                    message: "This review is agreed and locked; add a note instead.".into(),
                });
            }
            tx.execute(
                "UPDATE quarterly_reviews SET rep_input = ?2, strengths = ?3, development_areas = ?4, commitments = ?5, updated_at = ?6 WHERE id = ?1",
                params![review.id, rep_input, strengths, development, commitments, now()],
            )?;
            load_review(tx, &review.id)
        })
    }

    /// The meeting took place: preparing → held.
    pub fn hold_review(&mut self, id: &str) -> Result<Review> {
        self.0.write(|tx| {
            let review = load_review(tx, id)?;
            if review.status != ReviewStatus::Preparing {
                return Err(Error::Invalid {
                    field: None,
                    message: "Only a review being prepared can be marked as held.".into(),
                });
            }
            set_status(tx, id, ReviewStatus::Held, None)?;
            log::record(tx, "held", "review", id, "")?;
            load_review(tx, id)
        })
    }

    /// Rep and manager agree: held → agreed, with the date; locks it.
    pub fn agree_review(&mut self, id: &str, agreement_date: &str) -> Result<Review> {
        let date = validate::date("agreementDate", "The agreement date", agreement_date)?;
        self.0.write(|tx| {
            let review = load_review(tx, id)?;
            if review.status != ReviewStatus::Held {
                return Err(Error::Invalid {
                    field: None,
                    message: "Hold the review meeting before agreeing it.".into(),
                });
            }
            if review.commitments.trim().is_empty() {
                return Err(Error::invalid(
                    "commitments",
                    "Write the commitments for next quarter before agreeing.",
                ));
            }
            set_status(tx, id, ReviewStatus::Agreed, Some(&date))?;
            log::record(tx, "agreed", "review", id, &date)?;
            load_review(tx, id)
        })
    }

    /// A note added to an agreed review, kept with who and when.
    pub fn amend_review(&mut self, id: &str, text: &str) -> Result<Review> {
        let text = validate::text("note", "The note", text)?;
        if text.trim().is_empty() {
            return Err(Error::invalid("note", "The note is empty."));
        }
        self.0.write(|tx| {
            let review = load_review(tx, id)?;
            if review.status != ReviewStatus::Agreed {
                return Err(Error::Invalid { field: None, message: "The review is not agreed yet; edit it directly.".into() });
            }
            tx.execute(
                "INSERT INTO review_amendments (id, review_id, text, author_id, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![new_id(), id, text.trim(), log::current_actor(tx)?, now()],
            )?;
            load_review(tx, id)
        })
    }
}

/// The date figures are taken "as of" for a quarter: its last day, or today
/// while it is still running.
pub fn as_of_for(quarter: Quarter, today: NaiveDate) -> NaiveDate {
    today.min(quarter.last_day())
}

fn set_status(tx: &Connection, id: &str, status: ReviewStatus, date: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE quarterly_reviews SET status = ?2, agreement_date = COALESCE(?3, agreement_date), updated_at = ?4 WHERE id = ?1",
        params![id, enum_text(&status), date, now()],
    )?;
    Ok(())
}

/// The id of a rep's review of a quarter, if there is one.
fn review_id(tx: &Connection, rep_id: &str, quarter: Quarter) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT id FROM quarterly_reviews WHERE rep_id = ?1 AND quarter = ?2",
            params![rep_id, quarter.to_string()],
            |r| r.get(0),
        )
        .optional()?)
}

fn load_review(tx: &Connection, id: &str) -> Result<Review> {
    let mut review = tx
        .query_row(
            "SELECT r.id, r.rep_id, p.name, r.quarter, r.status, r.rep_input, r.strengths, r.development_areas, r.commitments, r.agreement_date
             FROM quarterly_reviews r JOIN people p ON p.id = r.rep_id WHERE r.id = ?1",
            [id],
            |r| {
                Ok(Review {
                    id: r.get(0)?,
                    rep_id: r.get(1)?,
                    rep_name: r.get(2)?,
                    quarter: r.get(3)?,
                    status: enum_from(r.get(4)?)?,
                    rep_input: r.get(5)?,
                    strengths: r.get(6)?,
                    development_areas: r.get(7)?,
                    commitments: r.get(8)?,
                    agreement_date: r.get(9)?,
                    amendments: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("The review"))?;
    let mut stmt = tx.prepare(
        "SELECT a.text, p.name, a.at FROM review_amendments a LEFT JOIN people p ON p.id = a.author_id WHERE a.review_id = ?1 ORDER BY a.at",
    )?;
    review.amendments = stmt
        .query_map([id], |r| {
            Ok(ReviewAmendment {
                text: r.get(0)?,
                author_name: r.get(1)?,
                at: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(review)
}
