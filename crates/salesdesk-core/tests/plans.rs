//! Business plans in the store: the review workflow, the rules on input,
//! actuals typed and imported, and the figures against hand-computed values.

mod common;

use chrono::NaiveDate;
use salesdesk_core::Workspace;
use salesdesk_core::plans::csv_import::{CsvSettings, DateOrder, DecimalMark, RevenueMapping};
use salesdesk_core::plans::figures::GoalPeriod;
use salesdesk_core::plans::*;
use salesdesk_core::playbook::{PlaybookStart, PlaybookTemplate};
use salesdesk_core::team::PersonRole;

struct Setup {
    _dir: tempfile::TempDir,
    ws: Workspace,
    rep: String,
    manager: String,
}

fn setup() -> Setup {
    let (dir, mut ws) = common::new_workspace();
    ws.playbook_mut()
        .start(&PlaybookStart {
            company_name: "Acme".into(),
            template: PlaybookTemplate::Starter,
        })
        .unwrap();
    let rep = common::person(&mut ws, "Rita Rep", PersonRole::Rep);
    let manager = common::person(&mut ws, "Max Manager", PersonRole::Manager);
    ws.team_mut().set_current_user(&manager).unwrap();
    Setup {
        _dir: dir,
        ws,
        rep,
        manager,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn months(plan: &Plan) -> Vec<String> {
    plan.content
        .months
        .iter()
        .map(|m| m.month.clone())
        .collect()
}

fn set_quotas(s: &mut Setup, plan: &Plan, quotas: [f64; 6]) -> Plan {
    let rows = months(plan)
        .into_iter()
        .zip(quotas)
        .map(|(month, quota)| PlanMonth {
            month,
            quota,
            expected_pipeline: 0.0,
        })
        .collect();
    s.ws.plans_mut()
        .save_plan_section(&plan.summary.id, &PlanSection::Months(rows))
        .unwrap()
}

fn new_plan(s: &mut Setup, first: &str) -> Plan {
    s.ws.plans_mut()
        .create_plan(&NewPlan {
            rep_id: s.rep.clone(),
            first_month: first.into(),
        })
        .unwrap()
}

#[test]
fn plans_have_six_months_and_do_not_overlap() {
    let mut s = setup();
    let plan = new_plan(&mut s, "2026-07");
    assert_eq!(
        months(&plan),
        [
            "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"
        ]
    );
    assert_eq!(plan.summary.last_month, "2026-12");
    for overlapping in ["2026-02", "2026-12", "2026-07"] {
        let err =
            s.ws.plans_mut()
                .create_plan(&NewPlan {
                    rep_id: s.rep.clone(),
                    first_month: overlapping.into(),
                })
                .unwrap_err();
        assert_eq!(err.field(), Some("firstMonth"), "{overlapping}");
    }
    new_plan(&mut s, "2027-01");
    new_plan(&mut s, "2026-01");
    assert_eq!(s.ws.plans().list(Some(&s.rep)).unwrap().len(), 3);
    assert!(
        s.ws.plans_mut()
            .create_plan(&NewPlan {
                rep_id: s.rep.clone(),
                first_month: "2026/07".into()
            })
            .is_err()
    );
    assert!(
        s.ws.plans_mut()
            .create_plan(&NewPlan {
                rep_id: "nobody".into(),
                first_month: "2030-01".into()
            })
            .is_err()
    );
}

#[test]
fn draft_submit_return_approve_and_changes_after_approval() {
    let mut s = setup();
    let plan = new_plan(&mut s, "2026-07");
    let id = plan.summary.id.clone();
    set_quotas(&mut s, &plan, [10.0; 6]);
    // A rep cannot approve, nor anyone their own plan.
    s.ws.plans_mut().submit_plan(&id).unwrap();
    assert!(
        s.ws.plans_mut()
            .save_plan_section(&id, &PlanSection::Goals(vec![]))
            .is_err(),
        "submitted plans wait for the manager"
    );
    s.ws.team_mut().set_current_user(&s.rep.clone()).unwrap();
    assert!(s.ws.plans_mut().approve_plan(&id).is_err());
    s.ws.team_mut()
        .set_current_user(&s.manager.clone())
        .unwrap();
    assert_eq!(
        s.ws.plans_mut().return_plan(&id, " ").unwrap_err().field(),
        Some("comment")
    );
    let returned =
        s.ws.plans_mut()
            .return_plan(&id, "Raise the December quota.")
            .unwrap();
    assert_eq!(returned.summary.status, PlanStatus::Returned);
    assert_eq!(returned.summary.return_comment, "Raise the December quota.");
    set_quotas(&mut s, &returned, [10.0, 10.0, 10.0, 10.0, 10.0, 20.0]);
    s.ws.plans_mut().submit_plan(&id).unwrap();
    let approved = s.ws.plans_mut().approve_plan(&id).unwrap();
    assert_eq!(approved.summary.status, PlanStatus::Approved);
    assert_eq!(approved.summary.approved_revision, Some(1));
    let actions: Vec<&str> = approved.events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["created", "submitted", "returned", "submitted", "approved"]
    );
    assert_eq!(
        approved.events[2].actor_name.as_deref(),
        Some("Max Manager")
    );

    // A change after approval makes it a draft; the approved copy stays.
    let changed = set_quotas(&mut s, &approved, [10.0, 10.0, 10.0, 10.0, 10.0, 30.0]);
    assert_eq!(changed.summary.status, PlanStatus::Draft);
    assert_eq!(changed.approved.as_ref().unwrap().months[5].quota, 20.0);
    assert_eq!(changed.content.months[5].quota, 30.0);
    assert_eq!(
        changed.events.last().unwrap().action,
        "changed after approval"
    );
    // Figures keep measuring against what was approved.
    let f = s.ws.plans().plan_figures(&id, day(2027, 1, 15)).unwrap();
    assert!(f.targets_agreed);
    assert_eq!(f.revenue.months[5].quota, 20.0);
}

#[test]
fn bad_plan_input_is_refused_and_nothing_is_saved() {
    let mut s = setup();
    let plan = new_plan(&mut s, "2026-07");
    let id = plan.summary.id.clone();
    let before = s.ws.plans().plan(&id).unwrap();
    let bad = [
        (
            PlanSection::Months(vec![PlanMonth {
                month: "2026-07".into(),
                quota: -5.0,
                expected_pipeline: 0.0,
            }]),
            "quota",
        ),
        (
            PlanSection::Months(vec![PlanMonth {
                month: "2027-01".into(),
                quota: 5.0,
                expected_pipeline: 0.0,
            }]),
            "months",
        ),
        (
            PlanSection::Months(vec![PlanMonth {
                month: "2026-07".into(),
                quota: f64::NAN,
                expected_pipeline: 0.0,
            }]),
            "quota",
        ),
        (
            PlanSection::Forecast(vec![ForecastRow {
                client: "A".into(),
                product: "B".into(),
                amounts: vec![1.0; 5],
            }]),
            "forecast",
        ),
        (
            PlanSection::Forecast(vec![
                ForecastRow {
                    client: "A".into(),
                    product: "B".into(),
                    amounts: vec![1.0; 6],
                },
                ForecastRow {
                    client: "a".into(),
                    product: "b".into(),
                    amounts: vec![1.0; 6],
                },
            ]),
            "forecast",
        ),
        (
            PlanSection::Forecast(vec![ForecastRow {
                client: "".into(),
                product: "B".into(),
                amounts: vec![1.0; 6],
            }]),
            "forecast",
        ),
        (
            PlanSection::Marketing(vec![MarketingActivity {
                id: None,
                what: "Fair".into(),
                month: "2025-01".into(),
                cost: 1.0,
                expected_leads: 1,
            }]),
            "marketing",
        ),
        (
            PlanSection::TrainingNeeds(vec![TrainingNeed {
                module_id: "gone".into(),
                note: String::new(),
            }]),
            "trainingNeeds",
        ),
    ];
    for (section, field) in bad {
        let err =
            s.ws.plans_mut()
                .save_plan_section(&id, &section)
                .unwrap_err();
        assert_eq!(err.field(), Some(field), "{section:?}: {err}");
    }
    // An activity goal must be an activity KPI of the playbook.
    let result_kpi =
        s.ws.playbook()
            .get()
            .unwrap()
            .kpis
            .into_iter()
            .find(|k| k.kind == salesdesk_core::playbook::KpiKind::Result)
            .unwrap();
    let err =
        s.ws.plans_mut()
            .save_plan_section(
                &id,
                &PlanSection::ActivityGoals(vec![ActivityGoal {
                    kpi_id: result_kpi.id,
                    period: GoalPeriod::Week,
                    target: 3.0,
                }]),
            )
            .unwrap_err();
    assert_eq!(err.field(), Some("kpiId"));
    assert_eq!(s.ws.plans().plan(&id).unwrap(), before);
}

#[test]
fn figures_for_a_returned_plan_with_credits_and_a_partial_month() {
    let mut s = setup();
    let plan = new_plan(&mut s, "2026-07");
    let id = plan.summary.id.clone();
    set_quotas(
        &mut s,
        &plan,
        [10_000.0, 10_000.0, 0.0, 20_000.0, 20_000.0, 20_000.0],
    );
    s.ws.plans_mut()
        .save_plan_section(
            &id,
            &PlanSection::Forecast(vec![
                ForecastRow {
                    client: "Café Müller".into(),
                    product: "Chairs".into(),
                    amounts: vec![6_000.0, 6_000.0, 0.0, 10_000.0, 10_000.0, 10_000.0],
                },
                ForecastRow {
                    client: "Señor Mueble".into(),
                    product: "Desks".into(),
                    amounts: vec![4_000.0, 4_000.0, 0.0, 10_000.0, 10_000.0, 10_000.0],
                },
            ]),
        )
        .unwrap();
    let activity =
        s.ws.playbook()
            .get()
            .unwrap()
            .kpis
            .into_iter()
            .find(|k| k.name == "Calls")
            .unwrap();
    s.ws.plans_mut()
        .save_plan_section(
            &id,
            &PlanSection::ActivityGoals(vec![ActivityGoal {
                kpi_id: activity.id.clone(),
                period: GoalPeriod::Month,
                target: 100.0,
            }]),
        )
        .unwrap();
    s.ws.plans_mut().submit_plan(&id).unwrap();
    s.ws.plans_mut().return_plan(&id, "Not yet").unwrap();
    let actual = |ws: &mut Workspace, rep: &str, month: &str, client: &str, amount: f64| {
        ws.plans_mut()
            .set_actual(&ActualCell {
                rep_id: rep.into(),
                month: month.into(),
                client: client.into(),
                product: "Chairs".into(),
                amount,
            })
            .unwrap();
    };
    let rep = s.rep.clone();
    actual(&mut s.ws, &rep, "2026-07", "Café Müller", 12_000.0);
    actual(&mut s.ws, &rep, "2026-08", "Café Müller", 9_000.0);
    actual(&mut s.ws, &rep, "2026-08", "Café Müller", 8_000.0); // retyped: replaces
    actual(&mut s.ws, &rep, "2026-09", "Café Müller", 500.0);
    actual(&mut s.ws, &rep, "2026-10", "Café Müller", 5_000.0);
    actual(&mut s.ws, &rep, "2026-10", "Señor Mueble", -1_000.0); // a credit
    for (month, count) in [
        ("2026-07", 90.0),
        ("2026-08", 110.0),
        ("2026-09", 100.0),
        ("2026-10", 40.0),
    ] {
        s.ws.plans_mut()
            .set_activity_count(&ActivityCount {
                rep_id: rep.clone(),
                month: month.into(),
                kpi_id: activity.id.clone(),
                count,
            })
            .unwrap();
    }

    // As of 10 October: Jul–Sep complete, October 10/31 elapsed.
    let f = s.ws.plans().plan_figures(&id, day(2026, 10, 10)).unwrap();
    assert!(!f.targets_agreed, "a returned plan was never approved");
    assert_eq!(f.plan.status, PlanStatus::Returned);
    let r = &f.revenue;
    assert_eq!(r.months[0].attainment, Some(1.2));
    assert_eq!(r.months[1].attainment, Some(0.8));
    assert_eq!(r.months[2].attainment, None, "no quota in September");
    assert_eq!(r.months[3].actual, 4_000.0, "the credit counts");
    // Jul–Oct, each month's quota in full (September has none).
    let quota_to_date = 10_000.0 + 10_000.0 + 20_000.0;
    assert!((r.quota_to_date - quota_to_date).abs() < 1e-9);
    assert_eq!(r.actual_to_date, 12_000.0 + 8_000.0 + 500.0 + 4_000.0);
    assert!((r.attainment_to_date.unwrap() - 24_500.0 / quota_to_date).abs() < 1e-12);
    // Complete months: |12,000 − 10,000| + |8,000 − 10,000| + |500 − 0| over 20,000.
    assert!((r.forecast_accuracy.unwrap() - (1.0 - 4_500.0 / 20_000.0)).abs() < 1e-12);
    assert_eq!(r.quarters[0].quarter, "2026Q3");
    assert_eq!(r.quarters[0].attainment, Some(20_500.0 / 20_000.0));
    // Remaining quota 80,000 − 24,500; no pipeline expected.
    assert_eq!(r.remaining_quota, 55_500.0);
    assert_eq!(r.pipeline_coverage, Some(0.0));
    // Activities: 100 a month × (3 + 10/31) months; 340 done.
    let a = &f.activities[0];
    assert!((a.goal_to_date - 100.0 * (3.0 + 10.0 / 31.0)).abs() < 1e-9);
    assert!((a.attainment.unwrap() - 340.0 / a.goal_to_date).abs() < 1e-12);
    assert_eq!(f.activity_attainment, a.attainment);
}

fn settings() -> CsvSettings {
    CsvSettings {
        delimiter: ";".into(),
        date_order: DateOrder::DayMonth,
        decimal_mark: DecimalMark::Comma,
        encoding: String::new(),
    }
}

fn import(rep: &str, unknown: UnknownNames) -> RevenueImport {
    RevenueImport {
        rep_id: rep.into(),
        settings: settings(),
        mapping: RevenueMapping {
            date: 0,
            client: 1,
            product: 2,
            amount: 3,
        },
        unknown,
    }
}

#[test]
fn csv_import_is_all_or_nothing_and_never_counts_twice() {
    let mut s = setup();
    let rep = s.rep.clone();
    let good = "\u{feff}Datum;Kunde;Produkt;Betrag\r\n05.11.2026;Café Müller;Chairs;\"1.234,50\"\r\n06.11.2026;Café Müller;Chairs;\"1.234,50\"\r\n07.11.2026;Bäckerei;Desks;-100\r\n";
    let preview =
        s.ws.plans_mut()
            .import_revenue(good.as_bytes(), &import(&rep, UnknownNames::Add), true)
            .unwrap();
    assert_eq!((preview.new_rows, preview.saved), (3, false));
    assert_eq!(preview.new_clients, ["Café Müller", "Bäckerei"]);
    let nov = Month::parse("m", "2026-11").unwrap();
    assert!(
        s.ws.plans()
            .actuals(&rep, nov, nov)
            .unwrap()
            .revenue
            .is_empty(),
        "a preview saves nothing"
    );

    let done =
        s.ws.plans_mut()
            .import_revenue(good.as_bytes(), &import(&rep, UnknownNames::Add), false)
            .unwrap();
    assert_eq!((done.new_rows, done.duplicates, done.saved), (3, 0, true));
    assert!((done.total - 2_369.0).abs() < 1e-9);
    let again =
        s.ws.plans_mut()
            .import_revenue(good.as_bytes(), &import(&rep, UnknownNames::Add), false)
            .unwrap();
    assert_eq!((again.new_rows, again.duplicates), (0, 3));
    let total: f64 =
        s.ws.plans()
            .actuals(&rep, nov, nov)
            .unwrap()
            .revenue
            .iter()
            .map(|c| c.amount)
            .sum();
    assert!(
        (total - 2_369.0).abs() < 1e-9,
        "the twin rows count once each, the re-import not at all"
    );

    // One bad row: nothing from the file is saved.
    let mixed = "Datum;Kunde;Produkt;Betrag\n08.11.2026;Café Müller;Chairs;500\n31.02.2026;Café Müller;Chairs;500\n09.11.2026;Café Müller;Chairs;zwölf\n";
    let report =
        s.ws.plans_mut()
            .import_revenue(mixed.as_bytes(), &import(&rep, UnknownNames::Add), false)
            .unwrap();
    assert!(!report.saved);
    assert_eq!(
        report.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        [3, 4]
    );
    let total: f64 =
        s.ws.plans()
            .actuals(&rep, nov, nov)
            .unwrap()
            .revenue
            .iter()
            .map(|c| c.amount)
            .sum();
    assert!((total - 2_369.0).abs() < 1e-9);

    // Unknown clients can be refused instead of added.
    let unknown = "Datum;Kunde;Produkt;Betrag\n08.11.2026;Neukunde GmbH;Chairs;500\n";
    let report =
        s.ws.plans_mut()
            .import_revenue(
                unknown.as_bytes(),
                &import(&rep, UnknownNames::Reject),
                false,
            )
            .unwrap();
    assert_eq!(report.errors.len(), 1);
    assert!(report.errors[0].message.contains("Neukunde GmbH"));

    // A file that is not CSV is an error, and changes nothing.
    let err =
        s.ws.plans_mut()
            .import_revenue(
                b"\x89PNG\r\n\x1a\n\0\0",
                &import(&rep, UnknownNames::Add),
                false,
            )
            .unwrap_err();
    assert_eq!(err.field(), Some("file"));
}

#[test]
fn typed_actuals_are_checked() {
    let mut s = setup();
    let rep = s.rep.clone();
    let cell = |amount: f64, month: &str| ActualCell {
        rep_id: rep.clone(),
        month: month.into(),
        client: "A".into(),
        product: "B".into(),
        amount,
    };
    assert_eq!(
        s.ws.plans_mut()
            .set_actual(&cell(f64::INFINITY, "2026-11"))
            .unwrap_err()
            .field(),
        Some("amount")
    );
    assert_eq!(
        s.ws.plans_mut()
            .set_actual(&cell(1.0, "November"))
            .unwrap_err()
            .field(),
        Some("month")
    );
    let kpi = s.ws.playbook().get().unwrap().kpis[0].id.clone();
    let err =
        s.ws.plans_mut()
            .set_activity_count(&ActivityCount {
                rep_id: rep.clone(),
                month: "2026-11".into(),
                kpi_id: kpi.clone(),
                count: -1.0,
            })
            .unwrap_err();
    assert_eq!(err.field(), Some("count"));
    let err =
        s.ws.plans_mut()
            .set_activity_count(&ActivityCount {
                rep_id: rep.clone(),
                month: "2026-11".into(),
                kpi_id: kpi,
                count: 2.5,
            })
            .unwrap_err();
    assert_eq!(err.field(), Some("count"));
}

#[test]
fn the_team_overview_has_every_rep_with_a_plan() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let overview = ws.plans().team_figures(day(2026, 11, 23)).unwrap();
    let names: Vec<&str> = overview.iter().map(|f| f.plan.rep_name.as_str()).collect();
    assert_eq!(
        names,
        ["Aylin Demir", "Mateo García", "Sofia Rossi", "Tom Becker"]
    );
    assert!(
        overview
            .iter()
            .all(|f| f.revenue.attainment_to_date.is_some())
    );
    let tom = overview
        .iter()
        .find(|f| f.plan.rep_name == "Tom Becker")
        .unwrap();
    assert!(!tom.targets_agreed);
}

#[test]
fn activity_counts_import_per_month_and_a_second_import_changes_nothing() {
    use salesdesk_core::plans::csv_import::ActivityMapping;
    let mut s = setup();
    let rep = s.rep.clone();
    let import = ActivityImport {
        rep_id: rep.clone(),
        settings: CsvSettings {
            delimiter: ",".into(),
            date_order: DateOrder::DayMonth,
            decimal_mark: DecimalMark::Point,
            encoding: String::new(),
        },
        mapping: ActivityMapping {
            date: 0,
            activity: 1,
            count: 2,
        },
    };
    let file = "date,activity,count\n2026-11-02,Calls,12\n2026-11-09,calls,8\n2026-11-09,Meetings,3\n2026-12-01,Calls,5\n";
    let report =
        s.ws.plans_mut()
            .import_activities(file.as_bytes(), &import, false)
            .unwrap();
    assert!(report.saved);
    assert_eq!((report.new_rows, report.total), (4, 28.0));
    s.ws.plans_mut()
        .import_activities(file.as_bytes(), &import, false)
        .unwrap();
    let nov = Month::parse("m", "2026-11").unwrap();
    let calls =
        s.ws.playbook()
            .get()
            .unwrap()
            .kpis
            .into_iter()
            .find(|k| k.name == "Calls")
            .unwrap();
    let counts = s.ws.plans().actuals(&rep, nov, nov).unwrap().activities;
    assert_eq!(
        counts.iter().find(|c| c.kpi_id == calls.id).unwrap().count,
        20.0,
        "summed per month, not doubled"
    );

    // An unknown activity or a fractional count: an error per line, nothing saved.
    let bad =
        "date,activity,count\n2026-10-02,Calls,4\n2026-10-03,Coffee,2\n2026-10-04,Calls,1.5\n";
    let report =
        s.ws.plans_mut()
            .import_activities(bad.as_bytes(), &import, false)
            .unwrap();
    assert!(!report.saved);
    assert_eq!(
        report.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        [3, 4]
    );
    let oct = Month::parse("m", "2026-10").unwrap();
    assert!(
        s.ws.plans()
            .actuals(&rep, oct, oct)
            .unwrap()
            .activities
            .is_empty()
    );
}

/// The figures keep each rep's monthly revenue summed during a session
/// (TEMP triggers on the revenue lines): whatever changes the lines —
/// typed cells, an import, a preview rolled back, a restore, a JSON
/// import — they agree with figures summed afresh from the file.
#[test]
fn revenue_kept_summed_in_a_session_agrees_with_the_lines_summed_afresh() {
    use salesdesk_core::store::backup::BackupReason;
    let (dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let path = ws.path().to_path_buf();
    let today = day(2026, 11, 18);
    let fresh = |ws: Workspace| -> (Workspace, Vec<PlanFigures>) {
        drop(ws);
        let reopened = Workspace::open_existing(&path).unwrap();
        let figures = reopened.plans().team_figures(today).unwrap();
        (reopened, figures)
    };
    let before = ws.plans().team_figures(today).unwrap();
    assert!(before.iter().any(|f| f.revenue.actual_to_date > 0.0));
    let rep = before[0].plan.rep_id.clone();
    let month = before[0].plan.first_month.clone();
    let cell = |client: &str, amount: f64| ActualCell {
        rep_id: rep.clone(),
        month: month.clone(),
        client: client.into(),
        product: "Chairs".into(),
        amount,
    };
    ws.plans_mut()
        .set_actual(&cell("Café Sums", 1_000.25))
        .unwrap();
    ws.plans_mut()
        .set_actual(&cell("Café Sums", 400.5))
        .unwrap(); // retyped: replaces
    ws.plans_mut()
        .set_actual(&cell("Credit GmbH", -0.1))
        .unwrap();
    let first = Month::parse("m", &month).unwrap();
    let csv = format!(
        "Datum;Kunde;Produkt;Betrag\n03.{m:02}.{y};Café Sums;Chairs;\"0,2\"\n04.{m:02}.{y};Café Sums;Chairs;\"12,5\"\n",
        m = first.number(),
        y = first.year()
    );
    let preview = ws
        .plans_mut()
        .import_revenue(csv.as_bytes(), &import(&rep, UnknownNames::Add), true)
        .unwrap();
    assert!(!preview.saved);
    let mid_session = ws.plans().team_figures(today).unwrap();
    assert_ne!(mid_session, before, "the typed cells count");
    ws.plans_mut()
        .import_revenue(csv.as_bytes(), &import(&rep, UnknownNames::Add), false)
        .unwrap();
    let in_session = ws.plans().team_figures(today).unwrap();
    let (mut ws, afresh) = fresh(ws);
    assert_eq!(in_session, afresh);
    let added = in_session[0].revenue.months[0].actual - before[0].revenue.months[0].actual;
    assert!((added - (400.5 - 0.1 + 0.2 + 12.5)).abs() < 1e-9, "{added}");

    // A restore and a JSON import replace the lines under the sums.
    ws.plans().team_figures(today).unwrap();
    let backup = ws.back_up(&BackupReason::Manual).unwrap();
    let json = ws.export_json_text().unwrap();
    ws.plans_mut()
        .set_actual(&cell("Café Sums", 99_999.0))
        .unwrap();
    assert_ne!(ws.plans().team_figures(today).unwrap(), afresh);
    ws.restore_backup(&backup.file_name).unwrap();
    assert_eq!(
        ws.plans().team_figures(today).unwrap(),
        afresh,
        "after the restore"
    );
    ws.plans_mut()
        .set_actual(&cell("Café Sums", 77_777.0))
        .unwrap();
    ws.import_json_text(&json).unwrap();
    assert_eq!(
        ws.plans().team_figures(today).unwrap(),
        afresh,
        "after the JSON import"
    );
    let (_ws, afresh_again) = fresh(ws);
    assert_eq!(afresh_again, afresh);
    drop(dir);
}
