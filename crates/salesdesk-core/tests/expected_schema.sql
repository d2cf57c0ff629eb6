CREATE TRIGGER "record_account_contacts_delete" AFTER DELETE ON "account_contacts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'account_contacts', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'plan_id', old."plan_id", 'position', old."position", 'name', old."name", 'title', old."title", 'buying_role', old."buying_role", 'relationship', old."relationship", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_account_contacts_insert" AFTER INSERT ON "account_contacts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'account_contacts', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_account_contacts_update" AFTER UPDATE ON "account_contacts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'account_contacts', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'title' AS column_name, old."title" AS old_value, new."title" AS new_value WHERE old."title" IS NOT new."title"
      UNION ALL SELECT 'buying_role' AS column_name, old."buying_role" AS old_value, new."buying_role" AS new_value WHERE old."buying_role" IS NOT new."buying_role"
      UNION ALL SELECT 'relationship' AS column_name, old."relationship" AS old_value, new."relationship" AS new_value WHERE old."relationship" IS NOT new."relationship"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_account_plans_delete" AFTER DELETE ON "account_plans" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'account_plans', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'account_id', old."account_id", 'quarter', old."quarter", 'rep_id', old."rep_id", 'competition', old."competition", 'past_successes', old."past_successes", 'strategy', old."strategy", 'revenue_target', old."revenue_target", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_account_plans_insert" AFTER INSERT ON "account_plans" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'account_plans', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_account_plans_update" AFTER UPDATE ON "account_plans" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'account_plans', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'account_id' AS column_name, old."account_id" AS old_value, new."account_id" AS new_value WHERE old."account_id" IS NOT new."account_id"
      UNION ALL SELECT 'quarter' AS column_name, old."quarter" AS old_value, new."quarter" AS new_value WHERE old."quarter" IS NOT new."quarter"
      UNION ALL SELECT 'rep_id' AS column_name, old."rep_id" AS old_value, new."rep_id" AS new_value WHERE old."rep_id" IS NOT new."rep_id"
      UNION ALL SELECT 'competition' AS column_name, old."competition" AS old_value, new."competition" AS new_value WHERE old."competition" IS NOT new."competition"
      UNION ALL SELECT 'past_successes' AS column_name, old."past_successes" AS old_value, new."past_successes" AS new_value WHERE old."past_successes" IS NOT new."past_successes"
      UNION ALL SELECT 'strategy' AS column_name, old."strategy" AS old_value, new."strategy" AS new_value WHERE old."strategy" IS NOT new."strategy"
      UNION ALL SELECT 'revenue_target' AS column_name, old."revenue_target" AS old_value, new."revenue_target" AS new_value WHERE old."revenue_target" IS NOT new."revenue_target"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_account_steps_delete" AFTER DELETE ON "account_steps" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'account_steps', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'plan_id', old."plan_id", 'position', old."position", 'action', old."action", 'owner_id', old."owner_id", 'due_date', old."due_date", 'status', old."status", 'result', old."result", 'carried_from', old."carried_from", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_account_steps_insert" AFTER INSERT ON "account_steps" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'account_steps', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_account_steps_update" AFTER UPDATE ON "account_steps" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'account_steps', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'action' AS column_name, old."action" AS old_value, new."action" AS new_value WHERE old."action" IS NOT new."action"
      UNION ALL SELECT 'owner_id' AS column_name, old."owner_id" AS old_value, new."owner_id" AS new_value WHERE old."owner_id" IS NOT new."owner_id"
      UNION ALL SELECT 'due_date' AS column_name, old."due_date" AS old_value, new."due_date" AS new_value WHERE old."due_date" IS NOT new."due_date"
      UNION ALL SELECT 'status' AS column_name, old."status" AS old_value, new."status" AS new_value WHERE old."status" IS NOT new."status"
      UNION ALL SELECT 'result' AS column_name, old."result" AS old_value, new."result" AS new_value WHERE old."result" IS NOT new."result"
      UNION ALL SELECT 'carried_from' AS column_name, old."carried_from" AS old_value, new."carried_from" AS new_value WHERE old."carried_from" IS NOT new."carried_from"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_accounts_delete" AFTER DELETE ON "accounts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'accounts', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'name', old."name", 'owner_id', old."owner_id", 'created_at', old."created_at", 'updated_at', old."updated_at", 'industry', old."industry", 'size', old."size", 'yearly_revenue', old."yearly_revenue", 'potential', old."potential") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_accounts_insert" AFTER INSERT ON "accounts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'accounts', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_accounts_update" AFTER UPDATE ON "accounts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'accounts', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'owner_id' AS column_name, old."owner_id" AS old_value, new."owner_id" AS new_value WHERE old."owner_id" IS NOT new."owner_id"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
      UNION ALL SELECT 'industry' AS column_name, old."industry" AS old_value, new."industry" AS new_value WHERE old."industry" IS NOT new."industry"
      UNION ALL SELECT 'size' AS column_name, old."size" AS old_value, new."size" AS new_value WHERE old."size" IS NOT new."size"
      UNION ALL SELECT 'yearly_revenue' AS column_name, old."yearly_revenue" AS old_value, new."yearly_revenue" AS new_value WHERE old."yearly_revenue" IS NOT new."yearly_revenue"
      UNION ALL SELECT 'potential' AS column_name, old."potential" AS old_value, new."potential" AS new_value WHERE old."potential" IS NOT new."potential"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_activity_log_delete" AFTER DELETE ON "activity_log" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'activity_log', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'at', old."at", 'actor_id', old."actor_id", 'action', old."action", 'subject_kind', old."subject_kind", 'subject_id', old."subject_id", 'detail', old."detail") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_activity_log_insert" AFTER INSERT ON "activity_log" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'activity_log', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_activity_log_update" AFTER UPDATE ON "activity_log" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'activity_log', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'at' AS column_name, old."at" AS old_value, new."at" AS new_value WHERE old."at" IS NOT new."at"
      UNION ALL SELECT 'actor_id' AS column_name, old."actor_id" AS old_value, new."actor_id" AS new_value WHERE old."actor_id" IS NOT new."actor_id"
      UNION ALL SELECT 'action' AS column_name, old."action" AS old_value, new."action" AS new_value WHERE old."action" IS NOT new."action"
      UNION ALL SELECT 'subject_kind' AS column_name, old."subject_kind" AS old_value, new."subject_kind" AS new_value WHERE old."subject_kind" IS NOT new."subject_kind"
      UNION ALL SELECT 'subject_id' AS column_name, old."subject_id" AS old_value, new."subject_id" AS new_value WHERE old."subject_id" IS NOT new."subject_id"
      UNION ALL SELECT 'detail' AS column_name, old."detail" AS old_value, new."detail" AS new_value WHERE old."detail" IS NOT new."detail"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_actual_activities_delete" AFTER DELETE ON "actual_activities" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'actual_activities', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'rep_id', old."rep_id", 'month', old."month", 'kpi_id', old."kpi_id", 'count', old."count", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_actual_activities_insert" AFTER INSERT ON "actual_activities" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'actual_activities', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_actual_activities_update" AFTER UPDATE ON "actual_activities" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'actual_activities', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'rep_id' AS column_name, old."rep_id" AS old_value, new."rep_id" AS new_value WHERE old."rep_id" IS NOT new."rep_id"
      UNION ALL SELECT 'month' AS column_name, old."month" AS old_value, new."month" AS new_value WHERE old."month" IS NOT new."month"
      UNION ALL SELECT 'kpi_id' AS column_name, old."kpi_id" AS old_value, new."kpi_id" AS new_value WHERE old."kpi_id" IS NOT new."kpi_id"
      UNION ALL SELECT 'count' AS column_name, old."count" AS old_value, new."count" AS new_value WHERE old."count" IS NOT new."count"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_actual_revenue_delete" AFTER DELETE ON "actual_revenue" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'actual_revenue', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'rep_id', old."rep_id", 'month', old."month", 'account_id', old."account_id", 'product_id', old."product_id", 'amount', old."amount", 'source', old."source", 'import_key', old."import_key", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_actual_revenue_insert" AFTER INSERT ON "actual_revenue" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'actual_revenue', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_actual_revenue_update" AFTER UPDATE ON "actual_revenue" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'actual_revenue', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'rep_id' AS column_name, old."rep_id" AS old_value, new."rep_id" AS new_value WHERE old."rep_id" IS NOT new."rep_id"
      UNION ALL SELECT 'month' AS column_name, old."month" AS old_value, new."month" AS new_value WHERE old."month" IS NOT new."month"
      UNION ALL SELECT 'account_id' AS column_name, old."account_id" AS old_value, new."account_id" AS new_value WHERE old."account_id" IS NOT new."account_id"
      UNION ALL SELECT 'product_id' AS column_name, old."product_id" AS old_value, new."product_id" AS new_value WHERE old."product_id" IS NOT new."product_id"
      UNION ALL SELECT 'amount' AS column_name, old."amount" AS old_value, new."amount" AS new_value WHERE old."amount" IS NOT new."amount"
      UNION ALL SELECT 'source' AS column_name, old."source" AS old_value, new."source" AS new_value WHERE old."source" IS NOT new."source"
      UNION ALL SELECT 'import_key' AS column_name, old."import_key" AS old_value, new."import_key" AS new_value WHERE old."import_key" IS NOT new."import_key"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_business_plans_delete" AFTER DELETE ON "business_plans" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'business_plans', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'rep_id', old."rep_id", 'first_month', old."first_month", 'status', old."status", 'return_comment', old."return_comment", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_business_plans_insert" AFTER INSERT ON "business_plans" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'business_plans', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_business_plans_update" AFTER UPDATE ON "business_plans" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'business_plans', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'rep_id' AS column_name, old."rep_id" AS old_value, new."rep_id" AS new_value WHERE old."rep_id" IS NOT new."rep_id"
      UNION ALL SELECT 'first_month' AS column_name, old."first_month" AS old_value, new."first_month" AS new_value WHERE old."first_month" IS NOT new."first_month"
      UNION ALL SELECT 'status' AS column_name, old."status" AS old_value, new."status" AS new_value WHERE old."status" IS NOT new."status"
      UNION ALL SELECT 'return_comment' AS column_name, old."return_comment" AS old_value, new."return_comment" AS new_value WHERE old."return_comment" IS NOT new."return_comment"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_candidates_delete" AFTER DELETE ON "candidates" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'candidates', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'role_id', old."role_id", 'name', old."name", 'email', old."email", 'notes', old."notes", 'status', old."status", 'hired_person_id', old."hired_person_id", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_candidates_insert" AFTER INSERT ON "candidates" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'candidates', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_candidates_update" AFTER UPDATE ON "candidates" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'candidates', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'role_id' AS column_name, old."role_id" AS old_value, new."role_id" AS new_value WHERE old."role_id" IS NOT new."role_id"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'email' AS column_name, old."email" AS old_value, new."email" AS new_value WHERE old."email" IS NOT new."email"
      UNION ALL SELECT 'notes' AS column_name, old."notes" AS old_value, new."notes" AS new_value WHERE old."notes" IS NOT new."notes"
      UNION ALL SELECT 'status' AS column_name, old."status" AS old_value, new."status" AS new_value WHERE old."status" IS NOT new."status"
      UNION ALL SELECT 'hired_person_id' AS column_name, old."hired_person_id" AS old_value, new."hired_person_id" AS new_value WHERE old."hired_person_id" IS NOT new."hired_person_id"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_competitors_delete" AFTER DELETE ON "competitors" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'competitors', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'position', old."position", 'name', old."name", 'notes', old."notes", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_competitors_insert" AFTER INSERT ON "competitors" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'competitors', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_competitors_update" AFTER UPDATE ON "competitors" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'competitors', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'notes' AS column_name, old."notes" AS old_value, new."notes" AS new_value WHERE old."notes" IS NOT new."notes"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_interviews_delete" AFTER DELETE ON "interviews" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'interviews', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'candidate_id', old."candidate_id", 'interviewer_id', old."interviewer_id", 'held_on', old."held_on", 'recommendation', old."recommendation", 'summary', old."summary", 'submitted_at', old."submitted_at", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_interviews_insert" AFTER INSERT ON "interviews" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'interviews', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_interviews_update" AFTER UPDATE ON "interviews" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'interviews', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'candidate_id' AS column_name, old."candidate_id" AS old_value, new."candidate_id" AS new_value WHERE old."candidate_id" IS NOT new."candidate_id"
      UNION ALL SELECT 'interviewer_id' AS column_name, old."interviewer_id" AS old_value, new."interviewer_id" AS new_value WHERE old."interviewer_id" IS NOT new."interviewer_id"
      UNION ALL SELECT 'held_on' AS column_name, old."held_on" AS old_value, new."held_on" AS new_value WHERE old."held_on" IS NOT new."held_on"
      UNION ALL SELECT 'recommendation' AS column_name, old."recommendation" AS old_value, new."recommendation" AS new_value WHERE old."recommendation" IS NOT new."recommendation"
      UNION ALL SELECT 'summary' AS column_name, old."summary" AS old_value, new."summary" AS new_value WHERE old."summary" IS NOT new."summary"
      UNION ALL SELECT 'submitted_at' AS column_name, old."submitted_at" AS old_value, new."submitted_at" AS new_value WHERE old."submitted_at" IS NOT new."submitted_at"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_kpis_delete" AFTER DELETE ON "kpis" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'kpis', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'position', old."position", 'kind', old."kind", 'name', old."name", 'unit', old."unit", 'period', old."period", 'target', old."target", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_kpis_insert" AFTER INSERT ON "kpis" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'kpis', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_kpis_update" AFTER UPDATE ON "kpis" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'kpis', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'kind' AS column_name, old."kind" AS old_value, new."kind" AS new_value WHERE old."kind" IS NOT new."kind"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'unit' AS column_name, old."unit" AS old_value, new."unit" AS new_value WHERE old."unit" IS NOT new."unit"
      UNION ALL SELECT 'period' AS column_name, old."period" AS old_value, new."period" AS new_value WHERE old."period" IS NOT new."period"
      UNION ALL SELECT 'target' AS column_name, old."target" AS old_value, new."target" AS new_value WHERE old."target" IS NOT new."target"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_objections_delete" AFTER DELETE ON "objections" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'objections', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'position', old."position", 'objection', old."objection", 'response', old."response", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_objections_insert" AFTER INSERT ON "objections" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'objections', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_objections_update" AFTER UPDATE ON "objections" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'objections', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'objection' AS column_name, old."objection" AS old_value, new."objection" AS new_value WHERE old."objection" IS NOT new."objection"
      UNION ALL SELECT 'response' AS column_name, old."response" AS old_value, new."response" AS new_value WHERE old."response" IS NOT new."response"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_people_delete" AFTER DELETE ON "people" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'people', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'name', old."name", 'email', old."email", 'role', old."role", 'manager_id', old."manager_id", 'start_date', old."start_date", 'territory', old."territory", 'active', old."active", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_people_insert" AFTER INSERT ON "people" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'people', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_people_update" AFTER UPDATE ON "people" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'people', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'email' AS column_name, old."email" AS old_value, new."email" AS new_value WHERE old."email" IS NOT new."email"
      UNION ALL SELECT 'role' AS column_name, old."role" AS old_value, new."role" AS new_value WHERE old."role" IS NOT new."role"
      UNION ALL SELECT 'manager_id' AS column_name, old."manager_id" AS old_value, new."manager_id" AS new_value WHERE old."manager_id" IS NOT new."manager_id"
      UNION ALL SELECT 'start_date' AS column_name, old."start_date" AS old_value, new."start_date" AS new_value WHERE old."start_date" IS NOT new."start_date"
      UNION ALL SELECT 'territory' AS column_name, old."territory" AS old_value, new."territory" AS new_value WHERE old."territory" IS NOT new."territory"
      UNION ALL SELECT 'active' AS column_name, old."active" AS old_value, new."active" AS new_value WHERE old."active" IS NOT new."active"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_activity_goals_delete" AFTER DELETE ON "plan_activity_goals" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_activity_goals', json_array(old."plan_id", old."kpi_id"), 'delete', json_object('plan_id', old."plan_id", 'kpi_id', old."kpi_id", 'period', old."period", 'target', old."target", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_activity_goals_insert" AFTER INSERT ON "plan_activity_goals" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_activity_goals', json_array(new."plan_id", new."kpi_id"), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_activity_goals_update" AFTER UPDATE ON "plan_activity_goals" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_activity_goals', json_array(new."plan_id", new."kpi_id"), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'kpi_id' AS column_name, old."kpi_id" AS old_value, new."kpi_id" AS new_value WHERE old."kpi_id" IS NOT new."kpi_id"
      UNION ALL SELECT 'period' AS column_name, old."period" AS old_value, new."period" AS new_value WHERE old."period" IS NOT new."period"
      UNION ALL SELECT 'target' AS column_name, old."target" AS old_value, new."target" AS new_value WHERE old."target" IS NOT new."target"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_events_delete" AFTER DELETE ON "plan_events" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_events', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'plan_id', old."plan_id", 'at', old."at", 'actor_id', old."actor_id", 'action', old."action", 'comment', old."comment") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_events_insert" AFTER INSERT ON "plan_events" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_events', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_events_update" AFTER UPDATE ON "plan_events" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_events', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'at' AS column_name, old."at" AS old_value, new."at" AS new_value WHERE old."at" IS NOT new."at"
      UNION ALL SELECT 'actor_id' AS column_name, old."actor_id" AS old_value, new."actor_id" AS new_value WHERE old."actor_id" IS NOT new."actor_id"
      UNION ALL SELECT 'action' AS column_name, old."action" AS old_value, new."action" AS new_value WHERE old."action" IS NOT new."action"
      UNION ALL SELECT 'comment' AS column_name, old."comment" AS old_value, new."comment" AS new_value WHERE old."comment" IS NOT new."comment"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_forecasts_delete" AFTER DELETE ON "plan_forecasts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_forecasts', json_array(old."plan_id", old."month", old."account_id", old."product_id"), 'delete', json_object('plan_id', old."plan_id", 'month', old."month", 'account_id', old."account_id", 'product_id', old."product_id", 'amount', old."amount", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_forecasts_insert" AFTER INSERT ON "plan_forecasts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_forecasts', json_array(new."plan_id", new."month", new."account_id", new."product_id"), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_forecasts_update" AFTER UPDATE ON "plan_forecasts" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_forecasts', json_array(new."plan_id", new."month", new."account_id", new."product_id"), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'month' AS column_name, old."month" AS old_value, new."month" AS new_value WHERE old."month" IS NOT new."month"
      UNION ALL SELECT 'account_id' AS column_name, old."account_id" AS old_value, new."account_id" AS new_value WHERE old."account_id" IS NOT new."account_id"
      UNION ALL SELECT 'product_id' AS column_name, old."product_id" AS old_value, new."product_id" AS new_value WHERE old."product_id" IS NOT new."product_id"
      UNION ALL SELECT 'amount' AS column_name, old."amount" AS old_value, new."amount" AS new_value WHERE old."amount" IS NOT new."amount"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_goals_delete" AFTER DELETE ON "plan_goals" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_goals', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'plan_id', old."plan_id", 'kind', old."kind", 'position', old."position", 'text', old."text", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_goals_insert" AFTER INSERT ON "plan_goals" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_goals', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_goals_update" AFTER UPDATE ON "plan_goals" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_goals', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'kind' AS column_name, old."kind" AS old_value, new."kind" AS new_value WHERE old."kind" IS NOT new."kind"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'text' AS column_name, old."text" AS old_value, new."text" AS new_value WHERE old."text" IS NOT new."text"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_marketing_delete" AFTER DELETE ON "plan_marketing" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_marketing', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'plan_id', old."plan_id", 'position', old."position", 'what', old."what", 'month', old."month", 'cost', old."cost", 'expected_leads', old."expected_leads", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_marketing_insert" AFTER INSERT ON "plan_marketing" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_marketing', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_marketing_update" AFTER UPDATE ON "plan_marketing" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_marketing', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'what' AS column_name, old."what" AS old_value, new."what" AS new_value WHERE old."what" IS NOT new."what"
      UNION ALL SELECT 'month' AS column_name, old."month" AS old_value, new."month" AS new_value WHERE old."month" IS NOT new."month"
      UNION ALL SELECT 'cost' AS column_name, old."cost" AS old_value, new."cost" AS new_value WHERE old."cost" IS NOT new."cost"
      UNION ALL SELECT 'expected_leads' AS column_name, old."expected_leads" AS old_value, new."expected_leads" AS new_value WHERE old."expected_leads" IS NOT new."expected_leads"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_months_delete" AFTER DELETE ON "plan_months" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_months', json_array(old."plan_id", old."month"), 'delete', json_object('plan_id', old."plan_id", 'month', old."month", 'quota', old."quota", 'expected_pipeline', old."expected_pipeline", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_months_insert" AFTER INSERT ON "plan_months" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_months', json_array(new."plan_id", new."month"), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_months_update" AFTER UPDATE ON "plan_months" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_months', json_array(new."plan_id", new."month"), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'month' AS column_name, old."month" AS old_value, new."month" AS new_value WHERE old."month" IS NOT new."month"
      UNION ALL SELECT 'quota' AS column_name, old."quota" AS old_value, new."quota" AS new_value WHERE old."quota" IS NOT new."quota"
      UNION ALL SELECT 'expected_pipeline' AS column_name, old."expected_pipeline" AS old_value, new."expected_pipeline" AS new_value WHERE old."expected_pipeline" IS NOT new."expected_pipeline"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_revisions_delete" AFTER DELETE ON "plan_revisions" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_revisions', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'plan_id', old."plan_id", 'number', old."number", 'snapshot', old."snapshot", 'created_at', old."created_at", 'actor_id', old."actor_id") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_revisions_insert" AFTER INSERT ON "plan_revisions" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_revisions', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_revisions_update" AFTER UPDATE ON "plan_revisions" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_revisions', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'number' AS column_name, old."number" AS old_value, new."number" AS new_value WHERE old."number" IS NOT new."number"
      UNION ALL SELECT 'snapshot' AS column_name, old."snapshot" AS old_value, new."snapshot" AS new_value WHERE old."snapshot" IS NOT new."snapshot"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
      UNION ALL SELECT 'actor_id' AS column_name, old."actor_id" AS old_value, new."actor_id" AS new_value WHERE old."actor_id" IS NOT new."actor_id"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_plan_training_needs_delete" AFTER DELETE ON "plan_training_needs" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'plan_training_needs', json_array(old."plan_id", old."module_id"), 'delete', json_object('plan_id', old."plan_id", 'module_id', old."module_id", 'note', old."note", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_training_needs_insert" AFTER INSERT ON "plan_training_needs" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'plan_training_needs', json_array(new."plan_id", new."module_id"), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_plan_training_needs_update" AFTER UPDATE ON "plan_training_needs" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'plan_training_needs', json_array(new."plan_id", new."module_id"), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'plan_id' AS column_name, old."plan_id" AS old_value, new."plan_id" AS new_value WHERE old."plan_id" IS NOT new."plan_id"
      UNION ALL SELECT 'module_id' AS column_name, old."module_id" AS old_value, new."module_id" AS new_value WHERE old."module_id" IS NOT new."module_id"
      UNION ALL SELECT 'note' AS column_name, old."note" AS old_value, new."note" AS new_value WHERE old."note" IS NOT new."note"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_playbook_profile_delete" AFTER DELETE ON "playbook_profile" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'playbook_profile', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'ideal_customer_profile', old."ideal_customer_profile", 'value_proposition', old."value_proposition", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_playbook_profile_insert" AFTER INSERT ON "playbook_profile" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'playbook_profile', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_playbook_profile_update" AFTER UPDATE ON "playbook_profile" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'playbook_profile', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'ideal_customer_profile' AS column_name, old."ideal_customer_profile" AS old_value, new."ideal_customer_profile" AS new_value WHERE old."ideal_customer_profile" IS NOT new."ideal_customer_profile"
      UNION ALL SELECT 'value_proposition' AS column_name, old."value_proposition" AS old_value, new."value_proposition" AS new_value WHERE old."value_proposition" IS NOT new."value_proposition"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_playbook_versions_delete" AFTER DELETE ON "playbook_versions" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'playbook_versions', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'number', old."number", 'change_note', old."change_note", 'snapshot', old."snapshot", 'published_at', old."published_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_playbook_versions_insert" AFTER INSERT ON "playbook_versions" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'playbook_versions', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_playbook_versions_update" AFTER UPDATE ON "playbook_versions" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'playbook_versions', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'number' AS column_name, old."number" AS old_value, new."number" AS new_value WHERE old."number" IS NOT new."number"
      UNION ALL SELECT 'change_note' AS column_name, old."change_note" AS old_value, new."change_note" AS new_value WHERE old."change_note" IS NOT new."change_note"
      UNION ALL SELECT 'snapshot' AS column_name, old."snapshot" AS old_value, new."snapshot" AS new_value WHERE old."snapshot" IS NOT new."snapshot"
      UNION ALL SELECT 'published_at' AS column_name, old."published_at" AS old_value, new."published_at" AS new_value WHERE old."published_at" IS NOT new."published_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_products_delete" AFTER DELETE ON "products" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'products', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'name', old."name", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_products_insert" AFTER INSERT ON "products" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'products', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_products_update" AFTER UPDATE ON "products" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'products', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_qualification_criteria_delete" AFTER DELETE ON "qualification_criteria" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'qualification_criteria', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'position', old."position", 'builtin_key', old."builtin_key", 'label', old."label", 'description', old."description", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_qualification_criteria_insert" AFTER INSERT ON "qualification_criteria" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'qualification_criteria', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_qualification_criteria_update" AFTER UPDATE ON "qualification_criteria" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'qualification_criteria', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'builtin_key' AS column_name, old."builtin_key" AS old_value, new."builtin_key" AS new_value WHERE old."builtin_key" IS NOT new."builtin_key"
      UNION ALL SELECT 'label' AS column_name, old."label" AS old_value, new."label" AS new_value WHERE old."label" IS NOT new."label"
      UNION ALL SELECT 'description' AS column_name, old."description" AS old_value, new."description" AS new_value WHERE old."description" IS NOT new."description"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_quarterly_reviews_delete" AFTER DELETE ON "quarterly_reviews" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'quarterly_reviews', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'rep_id', old."rep_id", 'quarter', old."quarter", 'status', old."status", 'rep_input', old."rep_input", 'strengths', old."strengths", 'development_areas', old."development_areas", 'commitments', old."commitments", 'agreement_date', old."agreement_date", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_quarterly_reviews_insert" AFTER INSERT ON "quarterly_reviews" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'quarterly_reviews', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_quarterly_reviews_update" AFTER UPDATE ON "quarterly_reviews" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'quarterly_reviews', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'rep_id' AS column_name, old."rep_id" AS old_value, new."rep_id" AS new_value WHERE old."rep_id" IS NOT new."rep_id"
      UNION ALL SELECT 'quarter' AS column_name, old."quarter" AS old_value, new."quarter" AS new_value WHERE old."quarter" IS NOT new."quarter"
      UNION ALL SELECT 'status' AS column_name, old."status" AS old_value, new."status" AS new_value WHERE old."status" IS NOT new."status"
      UNION ALL SELECT 'rep_input' AS column_name, old."rep_input" AS old_value, new."rep_input" AS new_value WHERE old."rep_input" IS NOT new."rep_input"
      UNION ALL SELECT 'strengths' AS column_name, old."strengths" AS old_value, new."strengths" AS new_value WHERE old."strengths" IS NOT new."strengths"
      UNION ALL SELECT 'development_areas' AS column_name, old."development_areas" AS old_value, new."development_areas" AS new_value WHERE old."development_areas" IS NOT new."development_areas"
      UNION ALL SELECT 'commitments' AS column_name, old."commitments" AS old_value, new."commitments" AS new_value WHERE old."commitments" IS NOT new."commitments"
      UNION ALL SELECT 'agreement_date' AS column_name, old."agreement_date" AS old_value, new."agreement_date" AS new_value WHERE old."agreement_date" IS NOT new."agreement_date"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_ratings_delete" AFTER DELETE ON "ratings" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'ratings', json_array(old."interview_id", old."attribute_id"), 'delete', json_object('interview_id', old."interview_id", 'attribute_id', old."attribute_id", 'rating', old."rating", 'evidence', old."evidence", 'updated_at', old."updated_at", 'created_at', old."created_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_ratings_insert" AFTER INSERT ON "ratings" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'ratings', json_array(new."interview_id", new."attribute_id"), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_ratings_update" AFTER UPDATE ON "ratings" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'ratings', json_array(new."interview_id", new."attribute_id"), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'interview_id' AS column_name, old."interview_id" AS old_value, new."interview_id" AS new_value WHERE old."interview_id" IS NOT new."interview_id"
      UNION ALL SELECT 'attribute_id' AS column_name, old."attribute_id" AS old_value, new."attribute_id" AS new_value WHERE old."attribute_id" IS NOT new."attribute_id"
      UNION ALL SELECT 'rating' AS column_name, old."rating" AS old_value, new."rating" AS new_value WHERE old."rating" IS NOT new."rating"
      UNION ALL SELECT 'evidence' AS column_name, old."evidence" AS old_value, new."evidence" AS new_value WHERE old."evidence" IS NOT new."evidence"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_review_amendments_delete" AFTER DELETE ON "review_amendments" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'review_amendments', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'review_id', old."review_id", 'text', old."text", 'author_id', old."author_id", 'at', old."at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_review_amendments_insert" AFTER INSERT ON "review_amendments" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'review_amendments', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_review_amendments_update" AFTER UPDATE ON "review_amendments" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'review_amendments', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'review_id' AS column_name, old."review_id" AS old_value, new."review_id" AS new_value WHERE old."review_id" IS NOT new."review_id"
      UNION ALL SELECT 'text' AS column_name, old."text" AS old_value, new."text" AS new_value WHERE old."text" IS NOT new."text"
      UNION ALL SELECT 'author_id' AS column_name, old."author_id" AS old_value, new."author_id" AS new_value WHERE old."author_id" IS NOT new."author_id"
      UNION ALL SELECT 'at' AS column_name, old."at" AS old_value, new."at" AS new_value WHERE old."at" IS NOT new."at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_role_attributes_delete" AFTER DELETE ON "role_attributes" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'role_attributes', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'role_id', old."role_id", 'position', old."position", 'attr_group', old."attr_group", 'name', old."name", 'test_method', old."test_method", 'test_detail', old."test_detail", 'weight', old."weight", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_role_attributes_insert" AFTER INSERT ON "role_attributes" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'role_attributes', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_role_attributes_update" AFTER UPDATE ON "role_attributes" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'role_attributes', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'role_id' AS column_name, old."role_id" AS old_value, new."role_id" AS new_value WHERE old."role_id" IS NOT new."role_id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'attr_group' AS column_name, old."attr_group" AS old_value, new."attr_group" AS new_value WHERE old."attr_group" IS NOT new."attr_group"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'test_method' AS column_name, old."test_method" AS old_value, new."test_method" AS new_value WHERE old."test_method" IS NOT new."test_method"
      UNION ALL SELECT 'test_detail' AS column_name, old."test_detail" AS old_value, new."test_detail" AS new_value WHERE old."test_detail" IS NOT new."test_detail"
      UNION ALL SELECT 'weight' AS column_name, old."weight" AS old_value, new."weight" AS new_value WHERE old."weight" IS NOT new."weight"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_role_profiles_delete" AFTER DELETE ON "role_profiles" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'role_profiles', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'title', old."title", 'responsibilities', old."responsibilities", 'archived_at', old."archived_at", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_role_profiles_insert" AFTER INSERT ON "role_profiles" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'role_profiles', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_role_profiles_update" AFTER UPDATE ON "role_profiles" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'role_profiles', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'title' AS column_name, old."title" AS old_value, new."title" AS new_value WHERE old."title" IS NOT new."title"
      UNION ALL SELECT 'responsibilities' AS column_name, old."responsibilities" AS old_value, new."responsibilities" AS new_value WHERE old."responsibilities" IS NOT new."responsibilities"
      UNION ALL SELECT 'archived_at' AS column_name, old."archived_at" AS old_value, new."archived_at" AS new_value WHERE old."archived_at" IS NOT new."archived_at"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_scorecard_amendments_delete" AFTER DELETE ON "scorecard_amendments" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'scorecard_amendments', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'interview_id', old."interview_id", 'attribute_id', old."attribute_id", 'field', old."field", 'old_value', old."old_value", 'new_value', old."new_value", 'reason', old."reason", 'amended_by', old."amended_by", 'amended_at', old."amended_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_scorecard_amendments_insert" AFTER INSERT ON "scorecard_amendments" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'scorecard_amendments', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_scorecard_amendments_update" AFTER UPDATE ON "scorecard_amendments" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'scorecard_amendments', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'interview_id' AS column_name, old."interview_id" AS old_value, new."interview_id" AS new_value WHERE old."interview_id" IS NOT new."interview_id"
      UNION ALL SELECT 'attribute_id' AS column_name, old."attribute_id" AS old_value, new."attribute_id" AS new_value WHERE old."attribute_id" IS NOT new."attribute_id"
      UNION ALL SELECT 'field' AS column_name, old."field" AS old_value, new."field" AS new_value WHERE old."field" IS NOT new."field"
      UNION ALL SELECT 'old_value' AS column_name, old."old_value" AS old_value, new."old_value" AS new_value WHERE old."old_value" IS NOT new."old_value"
      UNION ALL SELECT 'new_value' AS column_name, old."new_value" AS old_value, new."new_value" AS new_value WHERE old."new_value" IS NOT new."new_value"
      UNION ALL SELECT 'reason' AS column_name, old."reason" AS old_value, new."reason" AS new_value WHERE old."reason" IS NOT new."reason"
      UNION ALL SELECT 'amended_by' AS column_name, old."amended_by" AS old_value, new."amended_by" AS new_value WHERE old."amended_by" IS NOT new."amended_by"
      UNION ALL SELECT 'amended_at' AS column_name, old."amended_at" AS old_value, new."amended_at" AS new_value WHERE old."amended_at" IS NOT new."amended_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_settings_delete" AFTER DELETE ON "settings" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'settings', CAST(old."key" AS TEXT), 'delete', json_object('key', old."key", 'value', old."value", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_settings_insert" AFTER INSERT ON "settings" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'settings', CAST(new."key" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_settings_update" AFTER UPDATE ON "settings" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'settings', CAST(new."key" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'key' AS column_name, old."key" AS old_value, new."key" AS new_value WHERE old."key" IS NOT new."key"
      UNION ALL SELECT 'value' AS column_name, old."value" AS old_value, new."value" AS new_value WHERE old."value" IS NOT new."value"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_stage_exit_criteria_delete" AFTER DELETE ON "stage_exit_criteria" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'stage_exit_criteria', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'stage_id', old."stage_id", 'position', old."position", 'text', old."text", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_stage_exit_criteria_insert" AFTER INSERT ON "stage_exit_criteria" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'stage_exit_criteria', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_stage_exit_criteria_update" AFTER UPDATE ON "stage_exit_criteria" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'stage_exit_criteria', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'stage_id' AS column_name, old."stage_id" AS old_value, new."stage_id" AS new_value WHERE old."stage_id" IS NOT new."stage_id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'text' AS column_name, old."text" AS old_value, new."text" AS new_value WHERE old."text" IS NOT new."text"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_stages_delete" AFTER DELETE ON "stages" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'stages', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'position', old."position", 'name', old."name", 'purpose', old."purpose", 'entry_criteria', old."entry_criteria", 'key_activities', old."key_activities", 'scripts', old."scripts", 'materials', old."materials", 'expected_days', old."expected_days", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_stages_insert" AFTER INSERT ON "stages" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'stages', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_stages_update" AFTER UPDATE ON "stages" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'stages', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'name' AS column_name, old."name" AS old_value, new."name" AS new_value WHERE old."name" IS NOT new."name"
      UNION ALL SELECT 'purpose' AS column_name, old."purpose" AS old_value, new."purpose" AS new_value WHERE old."purpose" IS NOT new."purpose"
      UNION ALL SELECT 'entry_criteria' AS column_name, old."entry_criteria" AS old_value, new."entry_criteria" AS new_value WHERE old."entry_criteria" IS NOT new."entry_criteria"
      UNION ALL SELECT 'key_activities' AS column_name, old."key_activities" AS old_value, new."key_activities" AS new_value WHERE old."key_activities" IS NOT new."key_activities"
      UNION ALL SELECT 'scripts' AS column_name, old."scripts" AS old_value, new."scripts" AS new_value WHERE old."scripts" IS NOT new."scripts"
      UNION ALL SELECT 'materials' AS column_name, old."materials" AS old_value, new."materials" AS new_value WHERE old."materials" IS NOT new."materials"
      UNION ALL SELECT 'expected_days' AS column_name, old."expected_days" AS old_value, new."expected_days" AS new_value WHERE old."expected_days" IS NOT new."expected_days"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_training_module_stages_delete" AFTER DELETE ON "training_module_stages" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'training_module_stages', json_array(old."module_id", old."stage_id"), 'delete', json_object('module_id', old."module_id", 'stage_id', old."stage_id", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_training_module_stages_insert" AFTER INSERT ON "training_module_stages" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'training_module_stages', json_array(new."module_id", new."stage_id"), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_training_module_stages_update" AFTER UPDATE ON "training_module_stages" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'training_module_stages', json_array(new."module_id", new."stage_id"), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'module_id' AS column_name, old."module_id" AS old_value, new."module_id" AS new_value WHERE old."module_id" IS NOT new."module_id"
      UNION ALL SELECT 'stage_id' AS column_name, old."stage_id" AS old_value, new."stage_id" AS new_value WHERE old."stage_id" IS NOT new."stage_id"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TRIGGER "record_training_modules_delete" AFTER DELETE ON "training_modules" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, old_value)
    SELECT at, actor_id, origin, tx, 'training_modules', CAST(old."id" AS TEXT), 'delete', json_object('id', old."id", 'position', old."position", 'area', old."area", 'title', old."title", 'objectives', old."objectives", 'cadence', old."cadence", 'created_at', old."created_at", 'updated_at', old."updated_at") FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_training_modules_insert" AFTER INSERT ON "training_modules" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind)
    SELECT at, actor_id, origin, tx, 'training_modules', CAST(new."id" AS TEXT), 'insert' FROM change_context WHERE id = 1 AND recording;
END;
CREATE TRIGGER "record_training_modules_update" AFTER UPDATE ON "training_modules" BEGIN
  INSERT INTO change_log (at, actor_id, origin, tx, table_name, row_id, kind, column_name, old_value, new_value)
    SELECT c.at, c.actor_id, c.origin, c.tx, 'training_modules', CAST(new."id" AS TEXT), 'update', f.column_name, f.old_value, f.new_value
    FROM change_context c, (
      SELECT 'id' AS column_name, old."id" AS old_value, new."id" AS new_value WHERE old."id" IS NOT new."id"
      UNION ALL SELECT 'position' AS column_name, old."position" AS old_value, new."position" AS new_value WHERE old."position" IS NOT new."position"
      UNION ALL SELECT 'area' AS column_name, old."area" AS old_value, new."area" AS new_value WHERE old."area" IS NOT new."area"
      UNION ALL SELECT 'title' AS column_name, old."title" AS old_value, new."title" AS new_value WHERE old."title" IS NOT new."title"
      UNION ALL SELECT 'objectives' AS column_name, old."objectives" AS old_value, new."objectives" AS new_value WHERE old."objectives" IS NOT new."objectives"
      UNION ALL SELECT 'cadence' AS column_name, old."cadence" AS old_value, new."cadence" AS new_value WHERE old."cadence" IS NOT new."cadence"
      UNION ALL SELECT 'created_at' AS column_name, old."created_at" AS old_value, new."created_at" AS new_value WHERE old."created_at" IS NOT new."created_at"
    ) f WHERE c.id = 1 AND c.recording;
END;
CREATE TABLE account_contacts (
    id           TEXT PRIMARY KEY NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES account_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title        TEXT NOT NULL DEFAULT '',
    buying_role  TEXT NOT NULL CHECK (buying_role IN ('decision_maker', 'influencer', 'champion', 'user', 'blocker')),
    relationship TEXT NOT NULL CHECK (relationship IN ('strong', 'good', 'neutral', 'weak', 'none')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE TABLE account_plans (
    id             TEXT PRIMARY KEY NOT NULL,
    account_id     TEXT NOT NULL REFERENCES accounts (id),
    quarter        TEXT NOT NULL,
    rep_id         TEXT NOT NULL REFERENCES people (id),
    competition    TEXT NOT NULL DEFAULT '',
    past_successes TEXT NOT NULL DEFAULT '',
    strategy       TEXT NOT NULL DEFAULT '',
    revenue_target REAL NOT NULL DEFAULT 0 CHECK (revenue_target >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (account_id, quarter)
) STRICT;
CREATE TABLE account_steps (
    id           TEXT PRIMARY KEY NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES account_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    action       TEXT NOT NULL CHECK (length(trim(action)) > 0),
    owner_id     TEXT NOT NULL REFERENCES people (id),
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    result       TEXT NOT NULL DEFAULT '',
    carried_from TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE TABLE accounts (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    owner_id   TEXT REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, industry TEXT NOT NULL DEFAULT '', size TEXT NOT NULL DEFAULT '', yearly_revenue REAL NOT NULL DEFAULT 0 CHECK (yearly_revenue >= 0), potential REAL NOT NULL DEFAULT 0 CHECK (potential >= 0)) STRICT;
CREATE TABLE activity_log (
    id           TEXT PRIMARY KEY NOT NULL,
    at           TEXT NOT NULL,
    actor_id     TEXT REFERENCES people (id),
    action       TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE actual_activities (
    id         TEXT PRIMARY KEY NOT NULL,
    rep_id     TEXT NOT NULL REFERENCES people (id),
    month      TEXT NOT NULL,
    kpi_id     TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    count      REAL NOT NULL CHECK (count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (rep_id, month, kpi_id)
) STRICT;
CREATE TABLE actual_revenue (
    id         TEXT PRIMARY KEY NOT NULL,
    rep_id     TEXT NOT NULL REFERENCES people (id),
    month      TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    amount     REAL NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('typed', 'import')),
    import_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE business_plans (
    id             TEXT PRIMARY KEY NOT NULL,
    rep_id         TEXT NOT NULL REFERENCES people (id),
    first_month    TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    return_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE candidates (
    id              TEXT PRIMARY KEY NOT NULL,
    role_id         TEXT NOT NULL REFERENCES role_profiles (id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('applied', 'interviewing', 'offer', 'hired', 'declined')),
    hired_person_id TEXT REFERENCES people (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE TABLE change_context (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    tx        INTEGER NOT NULL,
    origin    TEXT NOT NULL,
    actor_id  TEXT,
    at        TEXT NOT NULL,
    -- 0 while a reset (a JSON import) replaces every row.
    recording INTEGER NOT NULL CHECK (recording IN (0, 1))
) STRICT;
CREATE TABLE change_log (
    -- The order of changes on this computer.
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    -- Who was at the keyboard ("You are"); no reference, a person's
    -- changes stay recorded after the person is removed.
    actor_id    TEXT,
    origin      TEXT NOT NULL CHECK (origin IN ('window', 'cli', 'import', 'restore', 'server')),
    -- The write transaction, so one command's changes travel together.
    tx          INTEGER NOT NULL,
    table_name  TEXT NOT NULL,
    -- The record's id; for a table keyed by several columns, their values
    -- as a JSON array. '*' for a reset.
    row_id      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete', 'reset')),
    -- For an update: the field, its old and its new value.
    column_name TEXT,
    -- For a delete, the old row as a JSON object (the tombstone); for an
    -- insert, the new row as one.
    old_value   ANY,
    new_value   ANY
) STRICT;
CREATE TABLE competitors (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE interviews (
    id             TEXT PRIMARY KEY NOT NULL,
    candidate_id   TEXT NOT NULL REFERENCES candidates (id),
    interviewer_id TEXT NOT NULL REFERENCES people (id),
    held_on        TEXT NOT NULL,
    recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
    summary        TEXT NOT NULL DEFAULT '',
    submitted_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (candidate_id, interviewer_id)
) STRICT;
CREATE TABLE kpis (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    kind       TEXT NOT NULL CHECK (kind IN ('activity', 'result')),
    name       TEXT NOT NULL,
    unit       TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'currency', 'days')),
    period     TEXT NOT NULL CHECK (period IN ('week', 'month', 'quarter', 'year')),
    target     REAL NOT NULL CHECK (target >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE objections (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    objection  TEXT NOT NULL,
    response   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE people (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'rep')),
    manager_id  TEXT REFERENCES people (id),
    start_date  TEXT,
    territory   TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE plan_activity_goals (
    plan_id TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    kpi_id  TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    period  TEXT NOT NULL CHECK (period IN ('week', 'month')),
    target  REAL NOT NULL CHECK (target >= 0), created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, kpi_id)
) STRICT;
CREATE TABLE plan_events (
    id       TEXT PRIMARY KEY NOT NULL,
    plan_id  TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    actor_id TEXT REFERENCES people (id),
    action   TEXT NOT NULL,
    comment  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE plan_forecasts (
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    month      TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    amount     REAL NOT NULL, created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, month, account_id, product_id)
) STRICT;
CREATE TABLE plan_goals (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('professional', 'personal')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE plan_marketing (
    id             TEXT PRIMARY KEY NOT NULL,
    plan_id        TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    what           TEXT NOT NULL,
    month          TEXT NOT NULL,
    cost           REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),
    expected_leads INTEGER NOT NULL DEFAULT 0 CHECK (expected_leads >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE plan_months (
    plan_id           TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    month             TEXT NOT NULL,
    quota             REAL NOT NULL DEFAULT 0 CHECK (quota >= 0),
    expected_pipeline REAL NOT NULL DEFAULT 0 CHECK (expected_pipeline >= 0), created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, month)
) STRICT;
CREATE TABLE plan_revisions (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor_id   TEXT REFERENCES people (id),
    UNIQUE (plan_id, number)
) STRICT;
CREATE TABLE plan_training_needs (
    plan_id   TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    note      TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, module_id)
) STRICT;
CREATE TABLE playbook_profile (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    ideal_customer_profile   TEXT NOT NULL DEFAULT '',
    value_proposition        TEXT NOT NULL DEFAULT '',
    updated_at               TEXT NOT NULL
) STRICT;
CREATE TABLE playbook_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    number       INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    change_note  TEXT NOT NULL CHECK (length(trim(change_note)) > 0),
    snapshot     TEXT NOT NULL,
    published_at TEXT NOT NULL
) STRICT;
CREATE TABLE products (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE qualification_criteria (
    id          TEXT PRIMARY KEY NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    builtin_key TEXT UNIQUE CHECK (builtin_key IN ('decision_maker', 'decision_date', 'budget')),
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE quarterly_reviews (
    id                TEXT PRIMARY KEY NOT NULL,
    rep_id            TEXT NOT NULL REFERENCES people (id),
    quarter           TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('preparing', 'held', 'agreed')),
    rep_input         TEXT NOT NULL DEFAULT '',
    strengths         TEXT NOT NULL DEFAULT '',
    development_areas TEXT NOT NULL DEFAULT '',
    commitments       TEXT NOT NULL DEFAULT '',
    agreement_date    TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (rep_id, quarter)
) STRICT;
CREATE TABLE ratings (
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    attribute_id TEXT NOT NULL REFERENCES role_attributes (id),
    rating       INTEGER CHECK (rating BETWEEN 1 AND 4),
    evidence     TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (interview_id, attribute_id)
) STRICT;
CREATE TABLE review_amendments (
    id        TEXT PRIMARY KEY NOT NULL,
    review_id TEXT NOT NULL REFERENCES quarterly_reviews (id) ON DELETE CASCADE,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author_id TEXT REFERENCES people (id),
    at        TEXT NOT NULL
) STRICT;
CREATE TABLE role_attributes (
    id          TEXT PRIMARY KEY NOT NULL,
    role_id     TEXT NOT NULL REFERENCES role_profiles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    attr_group  TEXT NOT NULL CHECK (attr_group IN ('skill', 'knowledge', 'attitude')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    test_method TEXT NOT NULL CHECK (test_method IN ('interview_question', 'role_play', 'exercise')),
    test_detail TEXT NOT NULL DEFAULT '',
    weight      REAL NOT NULL CHECK (weight > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE role_profiles (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    responsibilities TEXT NOT NULL DEFAULT '',
    archived_at      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE TABLE scorecard_amendments (
    id           TEXT PRIMARY KEY NOT NULL,
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    attribute_id TEXT REFERENCES role_attributes (id),
    field        TEXT NOT NULL CHECK (field IN ('rating', 'evidence', 'recommendation', 'summary')),
    old_value    TEXT NOT NULL,
    new_value    TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    amended_by   TEXT REFERENCES people (id),
    amended_at   TEXT NOT NULL
) STRICT;
CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE stage_exit_criteria (
    id         TEXT PRIMARY KEY NOT NULL,
    stage_id   TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE stages (
    id             TEXT PRIMARY KEY NOT NULL,
    position       INTEGER NOT NULL CHECK (position >= 0),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    purpose        TEXT NOT NULL DEFAULT '',
    entry_criteria TEXT NOT NULL DEFAULT '',
    key_activities TEXT NOT NULL DEFAULT '',
    scripts        TEXT NOT NULL DEFAULT '',
    materials      TEXT NOT NULL DEFAULT '',
    expected_days  INTEGER CHECK (expected_days IS NULL OR expected_days BETWEEN 0 AND 365),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE training_module_stages (
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    stage_id  TEXT NOT NULL REFERENCES stages (id) ON DELETE CASCADE, created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (module_id, stage_id)
) STRICT;
CREATE TABLE training_modules (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0),
    area       TEXT NOT NULL CHECK (area IN ('process', 'activities', 'fundamentals', 'attitude')),
    title      TEXT NOT NULL,
    objectives TEXT NOT NULL DEFAULT '',
    cadence    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX account_contacts_plan ON account_contacts (plan_id, position);
CREATE INDEX account_plans_rep ON account_plans (rep_id, quarter);
CREATE INDEX account_steps_carried ON account_steps (carried_from) WHERE carried_from IS NOT NULL;
CREATE INDEX account_steps_due ON account_steps (status, due_date, id, plan_id);
CREATE INDEX account_steps_plan ON account_steps (plan_id, position);
CREATE UNIQUE INDEX accounts_name_unique ON accounts (lower(trim(name)));
CREATE INDEX activity_log_subject ON activity_log (subject_kind, subject_id, at);
CREATE INDEX actual_revenue_rep_month_amount ON actual_revenue (rep_id, month, amount);
CREATE UNIQUE INDEX actual_revenue_typed ON actual_revenue (rep_id, month, account_id, product_id) WHERE source = 'typed';
CREATE INDEX business_plans_rep ON business_plans (rep_id, first_month);
CREATE INDEX candidates_role ON candidates (role_id);
CREATE INDEX change_log_record ON change_log (table_name, row_id);
CREATE INDEX change_log_tx ON change_log (tx);
CREATE UNIQUE INDEX people_name_unique ON people (lower(trim(name)));
CREATE INDEX plan_events_plan ON plan_events (plan_id, at);
CREATE INDEX plan_forecasts_plan_month_amount ON plan_forecasts (plan_id, month, amount);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);
CREATE INDEX plan_marketing_plan ON plan_marketing (plan_id, position);
CREATE UNIQUE INDEX products_name_unique ON products (lower(trim(name)));
CREATE INDEX role_attributes_role ON role_attributes (role_id, position);
CREATE UNIQUE INDEX role_profiles_title_unique ON role_profiles (lower(trim(title)));
CREATE INDEX scorecard_amendments_interview ON scorecard_amendments (interview_id, amended_at);
CREATE INDEX stage_exit_criteria_stage ON stage_exit_criteria (stage_id, position);
CREATE UNIQUE INDEX stages_name_unique ON stages (lower(trim(name)));
