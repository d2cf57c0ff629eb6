-- Every editable table says when each row was made and last changed (the
-- team workspace sends changes by row; a reorder stamps each moved row).
-- Existing rows take their parent's times: nothing is lost, and no row
-- claims to be newer than what it belongs to.
ALTER TABLE plan_months ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_months ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_forecasts ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_forecasts ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_activity_goals ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_activity_goals ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_training_needs ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_training_needs ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE training_module_stages ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE training_module_stages ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE ratings ADD COLUMN created_at TEXT NOT NULL DEFAULT '';

UPDATE plan_months SET
    created_at = (SELECT created_at FROM business_plans b WHERE b.id = plan_id),
    updated_at = (SELECT updated_at FROM business_plans b WHERE b.id = plan_id);
UPDATE plan_forecasts SET
    created_at = (SELECT created_at FROM business_plans b WHERE b.id = plan_id),
    updated_at = (SELECT updated_at FROM business_plans b WHERE b.id = plan_id);
UPDATE plan_activity_goals SET
    created_at = (SELECT created_at FROM business_plans b WHERE b.id = plan_id),
    updated_at = (SELECT updated_at FROM business_plans b WHERE b.id = plan_id);
UPDATE plan_training_needs SET
    created_at = (SELECT created_at FROM business_plans b WHERE b.id = plan_id),
    updated_at = (SELECT updated_at FROM business_plans b WHERE b.id = plan_id);
UPDATE training_module_stages SET
    created_at = (SELECT created_at FROM training_modules m WHERE m.id = module_id),
    updated_at = (SELECT updated_at FROM training_modules m WHERE m.id = module_id);
UPDATE ratings SET created_at = updated_at;
