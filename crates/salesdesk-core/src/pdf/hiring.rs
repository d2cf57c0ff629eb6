//! Hiring documents: the interview kit of a role (questions and a blank
//! rating grid) and the summary of one candidate (scorecards, comparison).

use super::layout::{Align, Column, DocumentInfo, Layout, PageSize, scale};
use super::manual::group_thousands;
use crate::error::Result;
use crate::hiring::{
    AttributeGroup, CandidateComparison, ComparisonFlag, RoleProfile, Scorecard, rating_label,
};

const SCALE_TEXT: &str = "1 Strong no · 2 No · 3 Yes · 4 Strong yes · N/A not assessed";

pub fn interview_kit(
    company: &str,
    role: &RoleProfile,
    printed_on: chrono::DateTime<chrono::Utc>,
    size: PageSize,
) -> Result<Vec<u8>> {
    let title = format!("Interview kit — {}", role.title);
    let mut doc = Layout::new(&title, size);
    doc.new_page();
    doc.line(
        doc.left(),
        &format!("{} · INTERVIEW KIT", company.to_uppercase()),
        scale::LABEL,
    );
    doc.heading(&role.title, scale::H1, None);
    doc.paragraph("Candidate: ________________________   Interviewer: ____________________   Date: __________", scale::BODY);
    doc.space(10.0);
    doc.labeled("Responsibilities", &role.responsibilities);
    doc.labeled(
        "How to use this kit",
        "Ask every question or run every exercise below. Rate each attribute on its own, right after the interview, and write down the evidence: what the candidate said or did. Leave a rating empty (N/A) when you could not assess it.",
    );
    doc.labeled("Rating scale", SCALE_TEXT);

    for group in AttributeGroup::ALL {
        let attributes: Vec<_> = role
            .attributes
            .iter()
            .filter(|a| a.group == group)
            .collect();
        if attributes.is_empty() {
            continue;
        }
        doc.heading(group.title(), scale::H2, Some(1));
        for attribute in &attributes {
            doc.ensure(4.0 * scale::BODY.line_height());
            doc.paragraph(&attribute.name, scale::BODY_BOLD);
            doc.paragraph_indented(
                &format!(
                    "{} · weight {}",
                    attribute.test_method.label(),
                    group_thousands(attribute.weight)
                ),
                scale::SMALL,
                14.0,
            );
            if !attribute.test_detail.trim().is_empty() {
                doc.paragraph_indented(&attribute.test_detail, scale::BODY, 14.0);
            }
            doc.space(6.0);
        }
    }

    doc.heading("Scorecard", scale::H2, Some(1));
    doc.paragraph(SCALE_TEXT, scale::SMALL);
    doc.space(4.0);
    let rows: Vec<Vec<String>> = role
        .attributes
        .iter()
        .map(|a| {
            vec![
                a.name.clone(),
                "☐".into(),
                "☐".into(),
                "☐".into(),
                "☐".into(),
                "☐".into(),
                "\n\n".into(),
            ]
        })
        .collect();
    doc.table(
        &[
            Column::new("Attribute", 0.34, Align::Left),
            Column::new("1", 0.06, Align::Left),
            Column::new("2", 0.06, Align::Left),
            Column::new("3", 0.06, Align::Left),
            Column::new("4", 0.06, Align::Left),
            Column::new("N/A", 0.07, Align::Left),
            Column::new("Evidence", 0.35, Align::Left),
        ],
        &rows,
    );
    doc.ensure(5.0 * scale::BODY.line_height());
    doc.paragraph(
        "Overall recommendation:   ☐ Strong no    ☐ No    ☐ Yes    ☐ Strong yes",
        scale::BODY_BOLD,
    );
    doc.space(16.0);
    doc.paragraph("Signature: ______________________________", scale::BODY);

    doc.finish(
        &format!("{company} · {title}"),
        DocumentInfo {
            title,
            author: company.to_string(),
            subject: "Interview kit".into(),
            created_unix: printed_on.timestamp(),
        },
    )
}

pub fn candidate_summary(
    company: &str,
    role: &RoleProfile,
    comparison: &CandidateComparison,
    scorecards: &[Scorecard],
    printed_on: chrono::DateTime<chrono::Utc>,
    size: PageSize,
) -> Result<Vec<u8>> {
    let candidate = &comparison.candidate;
    let title = format!("Candidate summary — {}", candidate.name);
    let attribute_name = |id: &str| {
        role.attributes
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| "(removed attribute)".into())
    };
    let mut doc = Layout::new(&title, size);
    doc.new_page();
    doc.line(
        doc.left(),
        &format!("{} · CANDIDATE SUMMARY", company.to_uppercase()),
        scale::LABEL,
    );
    doc.heading(&candidate.name, scale::H1, None);
    doc.paragraph(
        &format!(
            "Role: {} · Status: {:?} · Printed {}",
            role.title,
            candidate.status,
            printed_on.format("%-d %B %Y")
        ),
        scale::SMALL,
    );
    doc.space(8.0);

    doc.heading("Comparison", scale::H2, Some(1));
    let score = comparison
        .weighted_score
        .map(|s| format!("{s:.2} of 4"))
        .unwrap_or_else(|| "no ratings yet".into());
    let recommendations = if comparison.recommendations.is_empty() {
        "none yet".to_string()
    } else {
        comparison
            .recommendations
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join(", ")
    };
    doc.table(
        &[
            Column::new("Figure", 0.4, Align::Left),
            Column::new("Value", 0.6, Align::Left),
        ],
        &[
            vec!["Weighted score".into(), score],
            vec![
                "Submitted scorecards".into(),
                comparison.submitted_scorecards.to_string(),
            ],
            vec!["Recommendations".into(), recommendations],
        ],
    );
    let flags: Vec<String> = comparison
        .flags
        .iter()
        .map(|f| match f {
            ComparisonFlag::MissingRatings { count } => format!("{count} rating(s) not assessed"),
            ComparisonFlag::Disagreement { attribute_ids } => format!(
                "Interviewers disagree (2+ points) on: {}",
                attribute_ids
                    .iter()
                    .map(|id| attribute_name(id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ComparisonFlag::TooFewInterviews { submitted, minimum } => {
                format!("Too few interviews: {submitted} of at least {minimum}")
            }
        })
        .collect();
    if !flags.is_empty() {
        doc.line(doc.left(), "FLAGS", scale::LABEL);
        doc.list(&flags, "⚑");
        doc.space(8.0);
    }
    let rows: Vec<Vec<String>> = role
        .attributes
        .iter()
        .zip(&comparison.spreads)
        .map(|(a, s)| {
            vec![
                a.name.clone(),
                group_thousands(a.weight),
                s.lowest
                    .map(|r| r.to_string())
                    .unwrap_or_else(|| "—".into()),
                s.highest
                    .map(|r| r.to_string())
                    .unwrap_or_else(|| "—".into()),
                s.mean
                    .map(|m| format!("{m:.1}"))
                    .unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    doc.table(
        &[
            Column::new("Attribute", 0.52, Align::Left),
            Column::new("Weight", 0.12, Align::Right),
            Column::new("Lowest", 0.12, Align::Right),
            Column::new("Highest", 0.12, Align::Right),
            Column::new("Mean", 0.12, Align::Right),
        ],
        &rows,
    );

    for card in scorecards {
        doc.heading(
            &format!("Scorecard by {}", card.interviewer_name),
            scale::H2,
            Some(1),
        );
        let state = match &card.submitted_at {
            Some(at) => format!("submitted {}", &at[..10.min(at.len())]),
            None => "draft — not counted".into(),
        };
        doc.paragraph(
            &format!(
                "Interview on {} · Recommendation: {} · {}",
                card.held_on,
                card.recommendation.map(|r| r.label()).unwrap_or("none"),
                state
            ),
            scale::SMALL,
        );
        doc.space(4.0);
        let rows: Vec<Vec<String>> = card
            .ratings
            .iter()
            .map(|r| {
                vec![
                    attribute_name(&r.attribute_id),
                    r.rating
                        .map(|v| format!("{v} {}", rating_label(v)))
                        .unwrap_or_else(|| "N/A".into()),
                    r.evidence.clone(),
                ]
            })
            .collect();
        doc.table(
            &[
                Column::new("Attribute", 0.34, Align::Left),
                Column::new("Rating", 0.18, Align::Left),
                Column::new("Evidence", 0.48, Align::Left),
            ],
            &rows,
        );
        if !card.summary.trim().is_empty() {
            doc.labeled("Summary", &card.summary);
        }
        if !card.amendments.is_empty() {
            let items: Vec<String> = card
                .amendments
                .iter()
                .map(|a| {
                    let what = match &a.attribute_id {
                        Some(id) => format!("{} of {}", a.field, attribute_name(id)),
                        None => a.field.clone(),
                    };
                    format!(
                        "{}: {what} changed from “{}” to “{}” by {} — {}",
                        &a.amended_at[..16.min(a.amended_at.len())].replace('T', " "),
                        a.old_value,
                        a.new_value,
                        a.amended_by_name.as_deref().unwrap_or("unknown"),
                        a.reason
                    )
                })
                .collect();
            doc.ensure(scale::LABEL.line_height() + 2.0 * scale::BODY.line_height());
            doc.line(doc.left(), "AMENDMENTS", scale::LABEL);
            doc.list(&items, "•");
            doc.space(8.0);
        }
    }
    if scorecards.is_empty() {
        doc.paragraph("No scorecards yet.", scale::BODY);
    }

    doc.finish(
        &format!("{company} · {title}"),
        DocumentInfo {
            title,
            author: company.to_string(),
            subject: "Candidate summary".into(),
            created_unix: printed_on.timestamp(),
        },
    )
}
