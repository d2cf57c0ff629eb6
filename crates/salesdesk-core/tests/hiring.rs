//! Team and hiring: the score formula against hand-computed cases, the lock
//! and amendment rules, bad input, archiving, hiring.

mod common;

use salesdesk_core::hiring::score::score;
use salesdesk_core::hiring::*;
use salesdesk_core::team::{PersonInput, PersonRole};
use salesdesk_core::{ErrorCode, Workspace};

fn attribute(id: &str, weight: f64) -> RoleAttribute {
    RoleAttribute {
        id: id.into(),
        group: AttributeGroup::Skill,
        name: id.into(),
        test_method: TestMethod::InterviewQuestion,
        test_detail: String::new(),
        weight,
    }
}

fn card(ratings: &[(&str, Option<u8>)]) -> Vec<Rating> {
    ratings
        .iter()
        .map(|(id, r)| Rating {
            attribute_id: id.to_string(),
            rating: *r,
            evidence: String::new(),
        })
        .collect()
}

#[test]
fn score_with_nothing_assessed_is_none() {
    let attrs = [attribute("a", 2.0), attribute("b", 1.0)];
    let scored = score(
        &attrs,
        &[
            card(&[("a", None), ("b", None)]),
            card(&[("a", None), ("b", None)]),
        ],
    );
    assert_eq!(scored.weighted_score, None);
    assert_eq!(
        scored.flags,
        vec![ComparisonFlag::MissingRatings { count: 4 }]
    );
}

#[test]
fn score_with_mixed_weights_by_hand() {
    // a (w 3): 4 and 2; b (w 1): 1 and not assessed.
    // (3·4 + 3·2 + 1·1) / (3 + 3 + 1) = 19 / 7
    let attrs = [attribute("a", 3.0), attribute("b", 1.0)];
    let scored = score(
        &attrs,
        &[
            card(&[("a", Some(4)), ("b", Some(1))]),
            card(&[("a", Some(2)), ("b", None)]),
        ],
    );
    assert!((scored.weighted_score.unwrap() - 19.0 / 7.0).abs() < 1e-12);
    assert_eq!(scored.spreads[0].lowest, Some(2));
    assert_eq!(scored.spreads[0].highest, Some(4));
    assert_eq!(scored.spreads[0].mean, Some(3.0));
    assert_eq!(scored.spreads[1].rated_by, 1);
    assert_eq!(
        scored.flags,
        vec![
            ComparisonFlag::MissingRatings { count: 1 },
            ComparisonFlag::Disagreement {
                attribute_ids: vec!["a".into()]
            },
        ]
    );
}

#[test]
fn one_point_apart_is_not_disagreement_and_one_card_is_too_few() {
    let attrs = [attribute("a", 1.0)];
    let scored = score(&attrs, &[card(&[("a", Some(3))]), card(&[("a", Some(4))])]);
    assert_eq!(scored.weighted_score, Some(3.5));
    assert!(scored.flags.is_empty());
    let scored = score(&attrs, &[card(&[("a", Some(3))])]);
    assert_eq!(
        scored.flags,
        vec![ComparisonFlag::TooFewInterviews {
            submitted: 1,
            minimum: 2
        }]
    );
}

struct Setup {
    _dir: tempfile::TempDir,
    ws: Workspace,
    role: RoleProfile,
    alice: String,
    bob: String,
}

fn setup() -> Setup {
    let (dir, mut ws) = common::new_workspace();
    let alice = common::person(&mut ws, "Alice", PersonRole::Manager);
    let bob = common::person(&mut ws, "Bob", PersonRole::Owner);
    ws.team_mut().set_current_user(&alice).unwrap();
    let role = ws
        .hiring_mut()
        .save_role(&RoleInput {
            id: None,
            title: "Account Executive".into(),
            responsibilities: "Sell.".into(),
        })
        .unwrap();
    for (name, weight) in [("Qualifying", 3.0), ("Listening", 1.0)] {
        ws.hiring_mut()
            .save_attribute(&AttributeInput {
                id: None,
                role_id: role.id.clone(),
                group: AttributeGroup::Skill,
                name: name.into(),
                test_method: TestMethod::RolePlay,
                test_detail: format!("Test {name}"),
                weight,
            })
            .unwrap();
    }
    let role = ws.hiring().role(&role.id).unwrap();
    Setup {
        _dir: dir,
        ws,
        role,
        alice,
        bob,
    }
}

fn scored_card(
    s: &mut Setup,
    candidate: &str,
    interviewer: &str,
    ratings: [Option<f64>; 2],
    submit: bool,
) -> Scorecard {
    let card =
        s.ws.hiring_mut()
            .new_scorecard(&NewScorecard {
                candidate_id: candidate.into(),
                interviewer_id: interviewer.into(),
                held_on: "2026-11-02".into(),
            })
            .unwrap();
    s.ws.hiring_mut()
        .update_scorecard(&ScorecardInput {
            id: card.id.clone(),
            held_on: "2026-11-02".into(),
            recommendation: Some(Recommendation::Yes),
            summary: String::new(),
            ratings: s
                .role
                .attributes
                .iter()
                .zip(ratings)
                .map(|(a, r)| RatingInput {
                    attribute_id: a.id.clone(),
                    rating: r,
                    evidence: String::new(),
                })
                .collect(),
        })
        .unwrap();
    if submit {
        s.ws.hiring_mut().submit_scorecard(&card.id).unwrap()
    } else {
        s.ws.hiring()
            .scorecards(candidate)
            .unwrap()
            .into_iter()
            .find(|c| c.id == card.id)
            .unwrap()
    }
}

fn candidate(s: &mut Setup, name: &str) -> Candidate {
    s.ws.hiring_mut()
        .save_candidate(&CandidateInput {
            id: None,
            role_id: s.role.id.clone(),
            name: name.into(),
            email: String::new(),
            notes: String::new(),
        })
        .unwrap()
}

#[test]
fn comparison_counts_only_submitted_scorecards_and_flags_disagreement() {
    let mut s = setup();
    let dana = candidate(&mut s, "Dana");
    let (alice, bob) = (s.alice.clone(), s.bob.clone());
    scored_card(&mut s, &dana.id, &alice, [Some(4.0), Some(2.0)], true);
    let draft = scored_card(&mut s, &dana.id, &bob, [Some(1.0), Some(1.0)], false);
    let cmp = s.ws.hiring().compare_candidates(&s.role.id).unwrap();
    let row = &cmp.candidates[0];
    // Only Alice's: (3·4 + 1·2) / 4 = 3.5
    assert_eq!(row.weighted_score, Some(3.5));
    assert_eq!(row.submitted_scorecards, 1);
    assert!(row.flags.contains(&ComparisonFlag::TooFewInterviews {
        submitted: 1,
        minimum: 2
    }));
    assert_eq!(row.candidate.status, CandidateStatus::Interviewing);

    s.ws.hiring_mut().submit_scorecard(&draft.id).unwrap();
    let row = &s
        .ws
        .hiring()
        .compare_candidates(&s.role.id)
        .unwrap()
        .candidates[0];
    // (3·4 + 1·2 + 3·1 + 1·1) / 8 = 18 / 8
    assert_eq!(row.weighted_score, Some(2.25));
    assert_eq!(
        row.flags,
        vec![ComparisonFlag::Disagreement {
            attribute_ids: vec![s.role.attributes[0].id.clone()]
        }]
    );
}

#[test]
fn submitted_scorecards_are_locked_and_amendments_are_recorded() {
    let mut s = setup();
    let dana = candidate(&mut s, "Dana");
    let alice = s.alice.clone();
    let card = scored_card(&mut s, &dana.id, &alice, [Some(3.0), None], true);
    assert!(card.submitted_at.is_some());

    let err =
        s.ws.hiring_mut()
            .update_scorecard(&ScorecardInput {
                id: card.id.clone(),
                held_on: "2026-11-02".into(),
                recommendation: None,
                summary: "x".into(),
                ratings: vec![],
            })
            .unwrap_err();
    assert!(err.to_string().contains("locked"), "{err}");
    assert!(
        s.ws.hiring_mut().submit_scorecard(&card.id).is_err(),
        "submitting twice"
    );

    let attr = s.role.attributes[1].id.clone();
    // A reason is required; the same value is no amendment.
    let no_reason = AmendmentInput {
        scorecard_id: card.id.clone(),
        change: AmendmentChange::Rating {
            attribute_id: attr.clone(),
            rating: Some(2.0),
        },
        reason: " ".into(),
    };
    assert_eq!(
        s.ws.hiring_mut()
            .amend_scorecard(&no_reason)
            .unwrap_err()
            .field(),
        Some("reason")
    );
    let same = AmendmentInput {
        reason: "typo".into(),
        change: AmendmentChange::Rating {
            attribute_id: attr.clone(),
            rating: None,
        },
        ..no_reason.clone()
    };
    assert!(s.ws.hiring_mut().amend_scorecard(&same).is_err());

    let amended =
        s.ws.hiring_mut()
            .amend_scorecard(&AmendmentInput {
                reason: "Phoned the reference".into(),
                ..no_reason
            })
            .unwrap();
    assert_eq!(amended.ratings[1].rating, Some(2));
    let a = &amended.amendments[0];
    assert_eq!(
        (a.field.as_str(), a.old_value.as_str(), a.new_value.as_str()),
        ("rating", "Not assessed", "2 (No)")
    );
    assert_eq!(a.amended_by_name.as_deref(), Some("Alice"));
    assert_eq!(a.reason, "Phoned the reference");

    // The comparison uses the amended rating: (3·3 + 1·2) / 4 = 2.75
    let row = &s
        .ws
        .hiring()
        .compare_candidates(&s.role.id)
        .unwrap()
        .candidates[0];
    assert_eq!(row.weighted_score, Some(2.75));

    let rec =
        s.ws.hiring_mut()
            .amend_scorecard(&AmendmentInput {
                scorecard_id: card.id.clone(),
                change: AmendmentChange::Recommendation {
                    recommendation: Recommendation::StrongYes,
                },
                reason: "Panel".into(),
            })
            .unwrap();
    assert_eq!(rec.recommendation, Some(Recommendation::StrongYes));
    assert_eq!(rec.amendments.len(), 2);
}

#[test]
fn drafts_cannot_be_amended_and_need_a_recommendation_to_submit() {
    let mut s = setup();
    let dana = candidate(&mut s, "Dana");
    let card =
        s.ws.hiring_mut()
            .new_scorecard(&NewScorecard {
                candidate_id: dana.id.clone(),
                interviewer_id: s.alice.clone(),
                held_on: "2026-11-02".into(),
            })
            .unwrap();
    assert_eq!(
        s.ws.hiring_mut()
            .submit_scorecard(&card.id)
            .unwrap_err()
            .field(),
        Some("recommendation")
    );
    let err =
        s.ws.hiring_mut()
            .amend_scorecard(&AmendmentInput {
                scorecard_id: card.id,
                change: AmendmentChange::Summary {
                    summary: "x".into(),
                },
                reason: "r".into(),
            })
            .unwrap_err();
    assert!(err.to_string().contains("draft"));
}

#[test]
fn bad_hiring_input_is_refused_with_a_field() {
    let mut s = setup();
    let dana = candidate(&mut s, "Dana");
    for weight in [0.0, -1.0, f64::NAN, 1000.0] {
        let err =
            s.ws.hiring_mut()
                .save_attribute(&AttributeInput {
                    id: None,
                    role_id: s.role.id.clone(),
                    group: AttributeGroup::Attitude,
                    name: "Grit".into(),
                    test_method: TestMethod::Exercise,
                    test_detail: String::new(),
                    weight,
                })
                .unwrap_err();
        assert_eq!(err.field(), Some("weight"), "{weight}");
    }
    assert_eq!(s.ws.hiring().role(&s.role.id).unwrap().attributes.len(), 2);

    let card =
        s.ws.hiring_mut()
            .new_scorecard(&NewScorecard {
                candidate_id: dana.id.clone(),
                interviewer_id: s.alice.clone(),
                held_on: "2026-11-02".into(),
            })
            .unwrap();
    for rating in [0.0, 5.0, 2.5, -1.0, f64::INFINITY] {
        let err =
            s.ws.hiring_mut()
                .update_scorecard(&ScorecardInput {
                    id: card.id.clone(),
                    held_on: "2026-11-02".into(),
                    recommendation: None,
                    summary: "kept?".into(),
                    ratings: vec![RatingInput {
                        attribute_id: s.role.attributes[0].id.clone(),
                        rating: Some(rating),
                        evidence: String::new(),
                    }],
                })
                .unwrap_err();
        assert_eq!(err.field(), Some("rating"), "{rating}");
    }
    assert_eq!(
        s.ws.hiring().scorecards(&dana.id).unwrap()[0].summary,
        "",
        "nothing saved"
    );

    // Not a team member; a second scorecard by the same interviewer.
    let err =
        s.ws.hiring_mut()
            .new_scorecard(&NewScorecard {
                candidate_id: dana.id.clone(),
                interviewer_id: "stranger".into(),
                held_on: "2026-11-02".into(),
            })
            .unwrap_err();
    assert_eq!(err.field(), Some("interviewerId"));
    let err =
        s.ws.hiring_mut()
            .new_scorecard(&NewScorecard {
                candidate_id: dana.id.clone(),
                interviewer_id: s.alice.clone(),
                held_on: "2026-11-03".into(),
            })
            .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    let err =
        s.ws.hiring_mut()
            .new_scorecard(&NewScorecard {
                candidate_id: dana.id.clone(),
                interviewer_id: s.bob.clone(),
                held_on: "31/02/2026".into(),
            })
            .unwrap_err();
    assert_eq!(err.field(), Some("heldOn"));
    assert_eq!(s.ws.hiring().scorecards(&dana.id).unwrap().len(), 1);
}

#[test]
fn deleting_a_role_with_candidates_archives_it() {
    let mut s = setup();
    let empty =
        s.ws.hiring_mut()
            .save_role(&RoleInput {
                id: None,
                title: "Intern".into(),
                responsibilities: String::new(),
            })
            .unwrap();
    assert_eq!(
        s.ws.hiring_mut().remove_role(&empty.id).unwrap(),
        RoleRemoval::Deleted
    );
    let dana = candidate(&mut s, "Dana");
    let alice = s.alice.clone();
    scored_card(&mut s, &dana.id, &alice, [Some(3.0), Some(3.0)], true);
    assert_eq!(
        s.ws.hiring_mut().remove_role(&s.role.id).unwrap(),
        RoleRemoval::Archived
    );
    let role = s.ws.hiring().role(&s.role.id).unwrap();
    assert!(role.archived);
    assert_eq!(
        s.ws.hiring().scorecards(&dana.id).unwrap().len(),
        1,
        "scorecards kept"
    );
    // A rated attribute cannot be deleted either.
    assert!(
        s.ws.hiring_mut()
            .delete_attribute(&role.attributes[0].id)
            .is_err()
    );
    let err =
        s.ws.hiring_mut()
            .save_role(&RoleInput {
                id: None,
                title: "account executive".into(),
                responsibilities: String::new(),
            })
            .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
}

#[test]
fn hiring_makes_a_rep_linked_to_the_scorecards() {
    let mut s = setup();
    let dana = candidate(&mut s, "Dana Weiß");
    let alice = s.alice.clone();
    scored_card(&mut s, &dana.id, &alice, [Some(4.0), Some(3.0)], true);
    let err =
        s.ws.hiring_mut()
            .set_candidate_status(&dana.id, CandidateStatus::Hired)
            .unwrap_err();
    assert_eq!(err.field(), Some("status"));
    s.ws.hiring_mut()
        .set_candidate_status(&dana.id, CandidateStatus::Offer)
        .unwrap();
    let person =
        s.ws.hiring_mut()
            .hire(&HireInput {
                candidate_id: dana.id.clone(),
                start_date: "2027-01-04".into(),
                manager_id: Some(alice.clone()),
                territory: "Köln".into(),
            })
            .unwrap();
    assert_eq!(person.role, PersonRole::Rep);
    assert_eq!(person.manager_id.as_deref(), Some(alice.as_str()));
    assert_eq!(
        person.hired_from_candidate_id.as_deref(),
        Some(dana.id.as_str())
    );
    let hired = s.ws.hiring().candidate_by_name("Dana Weiß").unwrap();
    assert_eq!(hired.status, CandidateStatus::Hired);
    assert_eq!(hired.hired_person_id.as_deref(), Some(person.id.as_str()));
    assert!(
        s.ws.hiring_mut()
            .hire(&HireInput {
                candidate_id: dana.id,
                start_date: "2027-01-04".into(),
                manager_id: None,
                territory: String::new()
            })
            .is_err()
    );
}

#[test]
fn team_rules() {
    let mut s = setup();
    let alice = s.alice.clone();
    let base = PersonInput {
        id: None,
        name: "Carl".into(),
        email: "carl@example.com".into(),
        role: PersonRole::Rep,
        manager_id: Some(alice.clone()),
        start_date: Some("2025-05-01".into()),
        territory: "North".into(),
        active: true,
    };
    let carl = s.ws.team_mut().save_person(&base).unwrap();
    assert_eq!(
        s.ws.team_mut()
            .save_person(&PersonInput { ..base.clone() })
            .unwrap_err()
            .code(),
        ErrorCode::Conflict
    );
    assert_eq!(
        s.ws.team_mut()
            .save_person(&PersonInput {
                name: "Dora".into(),
                email: "not-an-email".into(),
                ..base.clone()
            })
            .unwrap_err()
            .field(),
        Some("email")
    );
    assert_eq!(
        s.ws.team_mut()
            .save_person(&PersonInput {
                name: "Dora".into(),
                start_date: Some("2025-13-01".into()),
                ..base.clone()
            })
            .unwrap_err()
            .field(),
        Some("startDate")
    );
    // Nobody reports to themselves, or to someone who reports to them.
    let self_manager = PersonInput {
        id: Some(carl.id.clone()),
        manager_id: Some(carl.id.clone()),
        ..base.clone()
    };
    assert_eq!(
        s.ws.team_mut()
            .save_person(&self_manager)
            .unwrap_err()
            .field(),
        Some("managerId")
    );
    let alice_under_carl = PersonInput {
        id: Some(alice.clone()),
        name: "Alice".into(),
        role: PersonRole::Manager,
        manager_id: Some(carl.id.clone()),
        email: String::new(),
        ..base.clone()
    };
    assert_eq!(
        s.ws.team_mut()
            .save_person(&alice_under_carl)
            .unwrap_err()
            .field(),
        Some("managerId")
    );
    // Leaving keeps the person; a person who left cannot be the current user.
    s.ws.team_mut()
        .save_person(&PersonInput {
            id: Some(carl.id.clone()),
            active: false,
            ..base.clone()
        })
        .unwrap();
    assert!(s.ws.team_mut().set_current_user(&carl.id).is_err());
    assert_eq!(s.ws.team().current_user().unwrap().unwrap().name, "Alice");
    let team = s.ws.team().people().unwrap();
    assert_eq!(
        team.last().unwrap().name,
        "Carl",
        "people who left come last"
    );
}

#[test]
fn suggestions_come_from_the_playbook() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let suggestions = ws.hiring().suggested_attributes().unwrap();
    assert!(
        suggestions
            .iter()
            .any(|s| s.source == "Stage Proposal: key activities"
                && s.group == AttributeGroup::Skill)
    );
    assert!(
        suggestions
            .iter()
            .any(|s| s.name == "Resilience and follow-up" && s.group == AttributeGroup::Attitude)
    );
    assert!(
        suggestions
            .iter()
            .any(|s| s.group == AttributeGroup::Knowledge)
    );
}

#[test]
fn the_demo_scores_match_hand_computation() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let role = ws.hiring().role_by_title("Account Executive").unwrap();
    let cmp = ws.hiring().compare_candidates(&role.id).unwrap();
    let anna = cmp
        .candidates
        .iter()
        .find(|c| c.candidate.name == "Anna Schmidt")
        .unwrap();
    // Weights 3, 2, 2, 1.5, 1, 2, 1. Jonas: 4,3,4,3,3,4,3 → 44.5 / 12.5.
    // Lucía after the amendment: 3,3,4,3,2,4,3 → 40.5 / 12.5. Together 85 / 25.
    assert!((anna.weighted_score.unwrap() - 3.4).abs() < 1e-9);
    let ben = cmp
        .candidates
        .iter()
        .find(|c| c.candidate.name == "Ben Okafor")
        .unwrap();
    assert!(ben.flags.iter().any(
        |f| matches!(f, ComparisonFlag::Disagreement { attribute_ids } if attribute_ids.len() == 1)
    ));
    let chloe = cmp
        .candidates
        .iter()
        .find(|c| c.candidate.name == "Chloé Martin")
        .unwrap();
    assert!(chloe.flags.contains(&ComparisonFlag::TooFewInterviews {
        submitted: 1,
        minimum: 2
    }));
}
