//! The candidate comparison: weighted score, spread per attribute, flags.
//!
//! Weighted score, over a candidate's submitted scorecards c and the role's
//! attributes a with weight w(a) and rating r(c, a) on the scale 1–4:
//!
//! ```text
//!             Σ_c Σ_a  w(a) · r(c, a)
//!   score  =  ───────────────────────     (sums over assessed ratings only)
//!             Σ_c Σ_a  w(a)
//! ```
//!
//! A "not assessed" rating leaves both the numerator and the denominator,
//! so it neither helps nor hurts. With nothing assessed there is no score.

use super::model::{AttributeSpread, ComparisonFlag, Rating, RoleAttribute};

/// Fewer submitted scorecards than this raises "too few interviews".
pub const MIN_SCORECARDS: u32 = 2;
/// Interviewers this many points apart on an attribute disagree.
pub const DISAGREEMENT_SPREAD: u8 = 2;

pub struct Scored {
    pub weighted_score: Option<f64>,
    pub spreads: Vec<AttributeSpread>,
    pub flags: Vec<ComparisonFlag>,
}

/// Scores one candidate from the ratings of their submitted scorecards.
pub fn score(attributes: &[RoleAttribute], scorecards: &[Vec<Rating>]) -> Scored {
    let rating_of = |card: &Vec<Rating>, attribute: &RoleAttribute| {
        card.iter()
            .find(|r| r.attribute_id == attribute.id)
            .and_then(|r| r.rating)
    };
    let mut numerator = 0.0;
    let mut denominator = 0.0;
    let mut missing = 0u32;
    let mut spreads = Vec::with_capacity(attributes.len());
    let mut disagreements = Vec::new();
    for attribute in attributes {
        let ratings: Vec<u8> = scorecards
            .iter()
            .filter_map(|c| rating_of(c, attribute))
            .collect();
        missing += (scorecards.len() - ratings.len()) as u32;
        for &r in &ratings {
            numerator += attribute.weight * f64::from(r);
            denominator += attribute.weight;
        }
        let lowest = ratings.iter().copied().min();
        let highest = ratings.iter().copied().max();
        if let (Some(lo), Some(hi)) = (lowest, highest)
            && hi - lo >= DISAGREEMENT_SPREAD
        {
            disagreements.push(attribute.id.clone());
        }
        spreads.push(AttributeSpread {
            attribute_id: attribute.id.clone(),
            lowest,
            highest,
            mean: (!ratings.is_empty())
                .then(|| ratings.iter().map(|&r| f64::from(r)).sum::<f64>() / ratings.len() as f64),
            rated_by: ratings.len() as u32,
        });
    }
    let mut flags = Vec::new();
    if missing > 0 {
        flags.push(ComparisonFlag::MissingRatings { count: missing });
    }
    if !disagreements.is_empty() {
        flags.push(ComparisonFlag::Disagreement {
            attribute_ids: disagreements,
        });
    }
    let submitted = scorecards.len() as u32;
    if submitted < MIN_SCORECARDS {
        flags.push(ComparisonFlag::TooFewInterviews {
            submitted,
            minimum: MIN_SCORECARDS,
        });
    }
    Scored {
        weighted_score: (denominator > 0.0).then(|| numerator / denominator),
        spreads,
        flags,
    }
}
