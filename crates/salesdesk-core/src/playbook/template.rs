//! The starter playbook an owner can begin from: a sensible B2B sales
//! process to edit rather than a blank page.

use rusqlite::{Connection, params};

use super::model::{KpiKind, KpiPeriod, KpiUnit, TrainingArea};
use super::ops::{
    insert_competitor, insert_kpi, insert_objection, insert_stage, insert_training_module,
    replace_exit_criteria,
};
use crate::error::Result;
use crate::time::now;

pub struct StageTemplate {
    pub name: &'static str,
    pub purpose: &'static str,
    pub entry_criteria: &'static str,
    pub exit_criteria: &'static [&'static str],
    pub key_activities: &'static str,
    pub scripts: &'static str,
    pub materials: &'static str,
    pub expected_days: Option<u32>,
}

pub const STARTER_STAGES: &[StageTemplate] = &[
    StageTemplate {
        name: "Lead",
        purpose: "Capture every possible buyer who has shown interest or fits the ideal customer profile, so no opportunity is lost before it starts.",
        entry_criteria: "A name and a way to reach them: an enquiry, a referral, a trade-show card or a list that matches the ideal customer profile.",
        exit_criteria: &[
            "Contact details checked",
            "First contact attempted within two working days",
            "Fit with the ideal customer profile noted",
        ],
        key_activities: "Research the company in five minutes. Call first, then e-mail. Log every attempt.",
        scripts: "\"Hello, this is … from …. You asked about … — is now a good moment for two minutes?\"",
        materials: "One-page company overview; call log template.",
        expected_days: Some(7),
    },
    StageTemplate {
        name: "Suspect",
        purpose: "A conversation has started but we do not yet know who decides, when, or with what budget.",
        entry_criteria: "The buyer agreed to talk about a need.",
        exit_criteria: &[
            "Need described in the buyer's own words",
            "Decision maker named",
            "Decision date known",
            "Budget known or range agreed",
        ],
        key_activities: "Discovery meeting. Ask open questions; listen more than you talk. Map who else is involved.",
        scripts: "\"What made you look at this now?\" \"Who else will weigh in on the decision?\" \"What happens if you do nothing?\"",
        materials: "Discovery question list; customer stories by industry.",
        expected_days: Some(14),
    },
    StageTemplate {
        name: "Qualified",
        purpose: "Decision maker, decision date and budget are known: the opportunity is worth a proposal.",
        entry_criteria: "All qualification criteria are met.",
        exit_criteria: &[
            "Solution outline agreed with the buyer",
            "Proposal meeting booked with the decision maker",
        ],
        key_activities: "Present the solution outline. Confirm the buying process and the people in it.",
        scripts: "\"If we can meet … by …, is there any reason you would not go ahead?\"",
        materials: "Solution outline template; reference list.",
        expected_days: Some(14),
    },
    StageTemplate {
        name: "Proposal",
        purpose: "A written proposal the decision maker can say yes to.",
        entry_criteria: "Solution outline agreed and a proposal meeting booked.",
        exit_criteria: &[
            "Proposal presented in person or on video, not only sent",
            "Buyer's questions answered in writing",
            "Next step with a date agreed",
        ],
        key_activities: "Write the proposal from the template; present it; follow up within 48 hours.",
        scripts: "\"Which part of this proposal matters most to you?\"",
        materials: "Proposal template; price list; terms and conditions.",
        expected_days: Some(10),
    },
    StageTemplate {
        name: "Negotiation",
        purpose: "Agree the terms that let both sides sign.",
        entry_criteria: "The buyer wants to go ahead but asks for changes.",
        exit_criteria: &[
            "Every concession traded for something in return",
            "Final terms confirmed in writing",
            "Order or contract signed",
        ],
        key_activities: "Trade, never give. Involve the manager for discounts above 10 %.",
        scripts: "\"If I can do that, will you sign this week?\"",
        materials: "Discount authority table; contract template.",
        expected_days: Some(10),
    },
    StageTemplate {
        name: "Closed won",
        purpose: "The order is signed; hand over smoothly and learn why we won.",
        entry_criteria: "Signed order or contract.",
        exit_criteria: &[
            "Handover meeting held with delivery",
            "Win reasons recorded",
            "Thank-you sent to the buyer",
        ],
        key_activities: "Handover, thank-you, ask for a referral after the first delivery.",
        scripts: "",
        materials: "Handover checklist.",
        expected_days: None,
    },
    StageTemplate {
        name: "Closed lost",
        purpose: "The buyer chose someone else or nothing; record why so the next one goes better.",
        entry_criteria: "The buyer said no, or went silent for 30 days after three follow-ups.",
        exit_criteria: &["Loss reasons recorded", "Follow-up date set for next year"],
        key_activities: "Ask politely for the real reason. Record it without blame.",
        scripts: "\"Would you tell me what tipped the decision? It helps us get better.\"",
        materials: "Win/loss review form.",
        expected_days: None,
    },
];

pub(crate) fn fill_starter(tx: &Connection) -> Result<()> {
    let now = now();
    let mut stage_ids = Vec::new();
    for stage in STARTER_STAGES {
        let id = insert_stage(tx, stage.name)?;
        tx.execute(
            "UPDATE stages SET purpose = ?2, entry_criteria = ?3, key_activities = ?4, scripts = ?5,
                    materials = ?6, expected_days = ?7 WHERE id = ?1",
            params![
                id,
                stage.purpose,
                stage.entry_criteria,
                stage.key_activities,
                stage.scripts,
                stage.materials,
                stage.expected_days
            ],
        )?;
        let exit: Vec<(Option<String>, String)> = stage
            .exit_criteria
            .iter()
            .map(|t| (None, t.to_string()))
            .collect();
        replace_exit_criteria(tx, &id, &exit, &now)?;
        stage_ids.push(id);
    }

    tx.execute(
        "INSERT INTO playbook_profile (id, ideal_customer_profile, value_proposition, updated_at)
         VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET ideal_customer_profile = excluded.ideal_customer_profile,
            value_proposition = excluded.value_proposition, updated_at = excluded.updated_at",
        params![
            "Businesses with 10 to 250 employees in our region, growing, with an owner or manager who decides quickly and values service over the lowest price.",
            "We help growing businesses get it right the first time: one contact person, delivery when promised, and a fixed price agreed up front.",
            now
        ],
    )?;

    for (objection, response) in [
        (
            "Your price is too high.",
            "Compared with what? Let us look at the total cost over a year, including delays and rework.",
        ),
        (
            "We already have a supplier.",
            "Most of our customers did too. What would your current supplier have to improve for you to be fully happy?",
        ),
        (
            "Send me some information.",
            "Gladly. So I send what is useful: what is the one problem you would want it to solve?",
        ),
    ] {
        insert_objection(tx, objection, response)?;
    }
    insert_competitor(
        tx,
        "The low-price online shop",
        "Wins on list price. We win on advice, delivery dates kept and one contact person.",
    )?;

    for (kind, name, unit, period, target) in [
        (
            KpiKind::Activity,
            "Calls",
            KpiUnit::Count,
            KpiPeriod::Week,
            50.0,
        ),
        (
            KpiKind::Activity,
            "Meetings",
            KpiUnit::Count,
            KpiPeriod::Week,
            8.0,
        ),
        (
            KpiKind::Activity,
            "Proposals",
            KpiUnit::Count,
            KpiPeriod::Week,
            3.0,
        ),
        (
            KpiKind::Result,
            "Win rate",
            KpiUnit::Percent,
            KpiPeriod::Quarter,
            30.0,
        ),
        (
            KpiKind::Result,
            "Average deal size",
            KpiUnit::Currency,
            KpiPeriod::Quarter,
            12_000.0,
        ),
        (
            KpiKind::Result,
            "Sales cycle length",
            KpiUnit::Days,
            KpiPeriod::Quarter,
            45.0,
        ),
    ] {
        insert_kpi(tx, kind, name, unit, period, target)?;
    }

    let stage = |name: &str| -> Vec<&String> {
        STARTER_STAGES
            .iter()
            .zip(&stage_ids)
            .filter(|(s, _)| s.name == name)
            .map(|(_, id)| id)
            .collect()
    };
    let modules: [(TrainingArea, &str, &str, &str, Vec<&String>); 5] = [
        (
            TrainingArea::Process,
            "Our sales process, stage by stage",
            "Know every stage, its exit criteria and what to do next with any opportunity.",
            "Onboarding week, then one stage per weekly meeting",
            [stage("Lead"), stage("Suspect"), stage("Qualified")].concat(),
        ),
        (
            TrainingArea::Activities,
            "Qualifying: decision maker, date and budget",
            "Find out who decides, when and with what budget in the first two meetings.",
            "10 minutes in the weekly sales meeting",
            [stage("Suspect"), stage("Qualified")].concat(),
        ),
        (
            TrainingArea::Activities,
            "Quoting and closing",
            "Write proposals from the template and ask for the order.",
            "Monthly role-play",
            [stage("Proposal"), stage("Negotiation")].concat(),
        ),
        (
            TrainingArea::Fundamentals,
            "Questioning and listening",
            "Ask open questions; summarise what the buyer said before answering.",
            "10 minutes in the weekly sales meeting",
            stage("Suspect"),
        ),
        (
            TrainingArea::Attitude,
            "Resilience and follow-up",
            "Follow up every open opportunity within 48 hours; treat a no as information.",
            "Quarterly workshop",
            Vec::new(),
        ),
    ];
    for (area, title, objectives, cadence, stages) in modules {
        let id = insert_training_module(tx, area, title, objectives, cadence)?;
        for stage_id in stages {
            tx.execute(
                "INSERT INTO training_module_stages (module_id, stage_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                params![id, stage_id, crate::time::now()],
            )?;
        }
    }
    Ok(())
}
