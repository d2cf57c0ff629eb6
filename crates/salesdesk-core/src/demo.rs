//! A realistic example company, used by first-time users, tests and
//! benchmarks (`salesdesk-cli demo`). Each module adds its own records.

use crate::error::{Error, Result};
use crate::playbook::*;
use crate::store::Workspace;

pub const DEMO_COMPANY: &str = "Müller & Peña Office Interiors";

/// Fills an empty workspace with the demo company. Refuses a workspace that
/// already has a playbook, so nobody's data is mixed with the example.
pub fn fill_demo(ws: &mut Workspace) -> Result<()> {
    if ws.playbook()?.started {
        return Err(Error::Invalid {
            field: None,
            message: "This workspace already has data; the demo company needs an empty one.".into(),
        });
    }
    ws.start_playbook(&PlaybookStart {
        company_name: DEMO_COMPANY.into(),
        template: PlaybookTemplate::Starter,
    })?;
    let playbook = ws.playbook()?;

    // Make the starter process the company's own.
    let proposal = find_stage(&playbook, "Proposal")?;
    let mut input = stage_input(proposal);
    input.scripts = "“Which part of this proposal matters most to you?” — for the café and restaurant segment, open with the floor plan, then the price (typical project € 18.500).".into();
    input.materials = "Proposal template (Müller & Peña letterhead); price list 2026; floor-plan samples; terms and conditions.".into();
    ws.update_stage(&input)?;

    let lead = find_stage(&playbook, "Lead")?;
    let site_visit = ws.create_stage(&NewStage {
        name: "Site visit".into(),
        after_id: Some(find_stage(&playbook, "Qualified")?.id.clone()),
    })?;
    let mut visit = stage_input(&site_visit);
    visit.purpose = "See the space, measure it and meet the people who will work in it.".into();
    visit.entry_criteria = "Qualified opportunity; the buyer agreed to a visit.".into();
    visit.exit_criteria = [
        "Measurements taken",
        "Photos of the space filed",
        "Visit summary e-mailed within 24 hours",
    ]
    .iter()
    .map(|t| ChecklistItemInput {
        id: None,
        text: t.to_string(),
    })
    .collect();
    visit.key_activities = "Walk the space with the decision maker. Ask how the team works today and what annoys them.".into();
    visit.scripts = "“Show me where the day starts for your team.”".into();
    visit.materials =
        "Laser measure, tablet with the floor-plan app, fabric and finish samples.".into();
    visit.expected_days = Some(7.0);
    ws.update_stage(&visit)?;
    let _ = lead;

    ws.create_criterion("Project start within six months")?;

    let profile = PlaybookProfile {
        ideal_customer_profile: "Offices, cafés and practices with 10 to 120 people within 80 km of Köln, moving, growing or renovating in the next six months. The owner or office manager decides; budgets from € 8.000 to € 150.000.".into(),
        value_proposition: "One partner from floor plan to the last chair: we plan, deliver and install on the date promised, at a fixed price agreed up front — and we come back after 90 days to adjust what does not work.".into(),
    };
    ws.update_profile(&profile)?;

    let objection = ws.create_objection("We can buy the same chairs cheaper online.")?;
    ws.update_objection(&Objection {
        response: "You can — and some of our customers did before. What did the delivery, the assembly and the returns cost in time? Our price includes planning, installation and the 90-day adjustment visit.".into(),
        ..objection
    })?;

    let competitor = ws.create_competitor("Büro Direkt GmbH")?;
    ws.update_competitor(&Competitor {
        notes: "Large catalogue and low prices; no planning service, installation subcontracted. We win on planning, on-time installation and aftercare.".into(),
        ..competitor
    })?;
    let competitor = ws.create_competitor("Señor Mueble S.L.")?;
    ws.update_competitor(&Competitor {
        notes: "Design-led Spanish importer; beautiful showroom, long lead times (10–14 weeks). We win on delivery dates and local service.".into(),
        ..competitor
    })?;

    ws.save_kpi(&KpiInput {
        id: None,
        kind: KpiKind::Activity,
        name: "Site visits".into(),
        unit: KpiUnit::Count,
        period: KpiPeriod::Week,
        target: 2.0,
    })?;

    let fresh = ws.playbook()?;
    ws.save_training_module(&TrainingModuleInput {
        id: None,
        area: TrainingArea::Fundamentals,
        title: "Presenting a floor plan".into(),
        objectives: "Walk the buyer through the plan in ten minutes, from how the team works to what it costs.".into(),
        cadence: "10 minutes in the weekly sales meeting".into(),
        stage_ids: vec![site_visit.id.clone(), find_stage(&fresh, "Proposal")?.id.clone()],
    })?;

    ws.publish_version("First edition for the new sales team.")?;
    Ok(())
}

fn find_stage<'a>(playbook: &'a Playbook, name: &str) -> Result<&'a Stage> {
    playbook
        .stages
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| Error::Internal(format!("the starter template has no stage {name}")))
}

/// A stage's current values as editor input.
pub fn stage_input(stage: &Stage) -> StageInput {
    StageInput {
        id: stage.id.clone(),
        name: stage.name.clone(),
        purpose: stage.purpose.clone(),
        entry_criteria: stage.entry_criteria.clone(),
        exit_criteria: stage
            .exit_criteria
            .iter()
            .map(|c| ChecklistItemInput {
                id: Some(c.id.clone()),
                text: c.text.clone(),
            })
            .collect(),
        key_activities: stage.key_activities.clone(),
        scripts: stage.scripts.clone(),
        materials: stage.materials.clone(),
        expected_days: stage.expected_days.map(f64::from),
    }
}
