//! Attributes suggested for a role from the playbook: what the stages ask
//! a rep to do, and what the training program teaches.

use super::model::{AttributeGroup, AttributeSuggestion, TestMethod};
use crate::playbook::{Playbook, TrainingArea};

pub fn from_playbook(playbook: &Playbook) -> Vec<AttributeSuggestion> {
    let mut out = Vec::new();
    out.push(AttributeSuggestion {
        group: AttributeGroup::Knowledge,
        name: "Understands a staged sales process".into(),
        test_method: TestMethod::InterviewQuestion,
        test_detail: format!(
            "Walk me through how you moved a deal from first contact to signature. (Our stages: {}.)",
            playbook.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
        ),
        source: "Sales process".into(),
    });
    for stage in &playbook.stages {
        if stage.key_activities.trim().is_empty() {
            continue;
        }
        out.push(AttributeSuggestion {
            group: AttributeGroup::Skill,
            name: format!("{}: {}", stage.name, first_sentence(&stage.key_activities)),
            test_method: TestMethod::RolePlay,
            test_detail: format!(
                "Role-play the {} stage: {}",
                stage.name,
                stage.key_activities.trim()
            ),
            source: format!("Stage {}: key activities", stage.name),
        });
    }
    for module in &playbook.training {
        let (group, method) = match module.area {
            TrainingArea::Process => (AttributeGroup::Knowledge, TestMethod::InterviewQuestion),
            TrainingArea::Activities => (AttributeGroup::Skill, TestMethod::Exercise),
            TrainingArea::Fundamentals => (AttributeGroup::Skill, TestMethod::RolePlay),
            TrainingArea::Attitude => (AttributeGroup::Attitude, TestMethod::InterviewQuestion),
        };
        let detail = if module.objectives.trim().is_empty() {
            format!("Tell me about a time you showed: {}.", module.title)
        } else {
            module.objectives.trim().to_string()
        };
        out.push(AttributeSuggestion {
            group,
            name: module.title.clone(),
            test_method: method,
            test_detail: detail,
            source: format!("Training: {}", module.area.title()),
        });
    }
    out
}

/// The first sentence (or the first 60 characters) of a text, for a name.
fn first_sentence(text: &str) -> String {
    let text = text.trim();
    let end = text.find(['.', '\n']).unwrap_or(text.len());
    let sentence: String = text[..end].chars().take(60).collect();
    sentence.trim().to_string()
}
