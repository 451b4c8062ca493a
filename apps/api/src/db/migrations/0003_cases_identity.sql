CREATE TABLE "case_escalations" (
	"case_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified" jsonb NOT NULL,
	CONSTRAINT "case_escalations_case_id_step_index_pk" PRIMARY KEY("case_id","step_index")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"comment" text,
	"payload" jsonb NOT NULL,
	"prev_hash" varchar(64),
	"hash" varchar(64) NOT NULL,
	CONSTRAINT "case_events_seq" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "case_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"file_sha256" varchar(64),
	"file_name" text,
	"reused_from" uuid,
	"status" text NOT NULL,
	"original_seen" boolean DEFAULT false NOT NULL,
	"copies" integer DEFAULT 0 NOT NULL,
	"note" text,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_by" uuid,
	"verified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_number_counters" (
	"region_code" varchar(12) NOT NULL,
	"day" varchar(8) NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_number_counters_region_code_day_pk" PRIMARY KEY("region_code","day")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"implementation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"item_name" text NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"state" text NOT NULL,
	"channel" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_person_id" uuid,
	"applicant_enterprise_id" uuid,
	"applicant_name" text NOT NULL,
	"contact_mobile" varchar(11) NOT NULL,
	"filed_by" uuid NOT NULL,
	"agent_person_id" uuid,
	"authorisation_id" uuid,
	"idempotency_key" text,
	"form_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"situation" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"assignee_id" uuid,
	"step_index" integer DEFAULT 0 NOT NULL,
	"received_at" timestamp with time zone,
	"correction_due" date,
	"accepted_at" timestamp with time zone,
	"accepted_on" date,
	"deemed_accepted" boolean DEFAULT false NOT NULL,
	"legal_due" date,
	"promised_due" date,
	"original_legal_due" date,
	"original_promised_due" date,
	"paused_workdays" integer DEFAULT 0 NOT NULL,
	"clock" jsonb DEFAULT '{"pauses":[],"extensions":[]}'::jsonb NOT NULL,
	"decision" text,
	"decision_reasons" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"delivery_method" text,
	"delivery" jsonb,
	"delivered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"event_count" integer DEFAULT 0 NOT NULL,
	"last_event_hash" varchar(64),
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_case_number_unique" UNIQUE("case_number"),
	CONSTRAINT "cases_idempotency" UNIQUE("filed_by","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "authorisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"principal_person_id" uuid,
	"principal_enterprise_id" uuid,
	"agent_person_id" uuid NOT NULL,
	"scope" text[] NOT NULL,
	"valid_from" varchar(10) NOT NULL,
	"valid_to" varchar(10) NOT NULL,
	"letter_sha256" varchar(64),
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "authorisations_once" UNIQUE("principal_person_id","principal_enterprise_id","agent_person_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"legal_rep_person_id" uuid NOT NULL,
	"address" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"mobile" varchar(11),
	"real_name_mode" text NOT NULL,
	"real_name_checked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_id_number_unique" UNIQUE("id_number")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"case_id" uuid,
	"source_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "messages_source_key_unique" UNIQUE("source_key")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mobile" varchar(11);--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "enterprise_id" uuid;--> statement-breakpoint
ALTER TABLE "case_escalations" ADD CONSTRAINT "case_escalations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_file_sha256_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_version_id_implementation_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."implementation_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_person_id_persons_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_enterprise_id_enterprises_id_fk" FOREIGN KEY ("applicant_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agent_person_id_persons_id_fk" FOREIGN KEY ("agent_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_authorisation_id_authorisations_id_fk" FOREIGN KEY ("authorisation_id") REFERENCES "public"."authorisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorisations" ADD CONSTRAINT "authorisations_principal_person_id_persons_id_fk" FOREIGN KEY ("principal_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorisations" ADD CONSTRAINT "authorisations_principal_enterprise_id_enterprises_id_fk" FOREIGN KEY ("principal_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorisations" ADD CONSTRAINT "authorisations_agent_person_id_persons_id_fk" FOREIGN KEY ("agent_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorisations" ADD CONSTRAINT "authorisations_letter_sha256_files_sha256_fk" FOREIGN KEY ("letter_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_legal_rep_person_id_persons_id_fk" FOREIGN KEY ("legal_rep_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_materials_case_idx" ON "case_materials" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_materials_file_idx" ON "case_materials" USING btree ("file_sha256");--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("applicant_person_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_enterprise_idx" ON "cases" USING btree ("applicant_enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_filed_by_idx" ON "cases" USING btree ("filed_by","created_at");--> statement-breakpoint
CREATE INDEX "cases_backoffice_queue_idx" ON "cases" USING btree ("org_id","promised_due") WHERE state in ('accepted', 'in_review', 'special_procedure');--> statement-breakpoint
CREATE INDEX "cases_window_queue_idx" ON "cases" USING btree ("region_code","received_at") WHERE state in ('submitted', 'awaiting_correction');--> statement-breakpoint
CREATE INDEX "cases_output_queue_idx" ON "cases" USING btree ("region_code","decided_at") WHERE state in ('approved', 'denied', 'result_issued');--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id","promised_due");--> statement-breakpoint
CREATE INDEX "authorisations_agent_idx" ON "authorisations" USING btree ("agent_person_id");--> statement-breakpoint
CREATE INDEX "persons_mobile_idx" ON "persons" USING btree ("mobile");--> statement-breakpoint
CREATE INDEX "messages_user_idx" ON "messages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("next_attempt_at") WHERE sent_at is null;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_mobile_unique" UNIQUE("mobile");