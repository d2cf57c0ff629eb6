-- Found by the benchmarks (issue #15): the whole team's next steps joined
-- and sorted every open step (4,000 on the large workspace) to show the
-- first page. With the step's id and plan in the due-date index, counting
-- the open steps and finding where a page ends read the index alone; only
-- the page's steps are joined. Carried-forward copies are found by the
-- step they came from instead of by reading every step.
DROP INDEX account_steps_due;
CREATE INDEX account_steps_due ON account_steps (status, due_date, id, plan_id);
CREATE INDEX account_steps_carried ON account_steps (carried_from) WHERE carried_from IS NOT NULL;
