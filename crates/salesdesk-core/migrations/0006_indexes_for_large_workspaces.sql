-- Found by the benchmarks (issue #8): loading an account plan looked up its
-- contacts and steps by scanning every row of those tables.
CREATE INDEX account_contacts_plan ON account_contacts (plan_id, position);
CREATE INDEX account_steps_plan ON account_steps (plan_id, position);
-- A business plan's goals and marketing lines, read the same way.
CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);
CREATE INDEX plan_marketing_plan ON plan_marketing (plan_id, position);
