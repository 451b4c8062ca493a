CREATE TABLE "case_commitments" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"material_ids" jsonb NOT NULL,
	"signer_user_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"signer_role" text NOT NULL,
	"signature_sha256" varchar(64),
	"pdf_sha256" varchar(64) NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_missing_materials" (
	"case_id" uuid NOT NULL,
	"material_id" text NOT NULL,
	"name" text NOT NULL,
	"due_workdays" integer NOT NULL,
	"due_on" date NOT NULL,
	"hold_until" text NOT NULL,
	"on_expiry" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"uploaded_at" timestamp with time zone,
	"supplied_at" timestamp with time zone,
	"supplied_by" uuid,
	"supply_note" text,
	"expired_at" timestamp with time zone,
	"expiry_action" text,
	CONSTRAINT "case_missing_materials_case_id_material_id_pk" PRIMARY KEY("case_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "case_verification_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"findings" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "case_verification_tasks_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "credit_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"enterprise_id" uuid,
	"kind" text NOT NULL,
	"case_id" uuid,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_marks_subject" CHECK ((subject_kind = 'person' and person_id is not null and enterprise_id is null) or (subject_kind = 'enterprise' and enterprise_id is not null and person_id is null))
);
--> statement-breakpoint
ALTER TABLE "case_commitments" ADD CONSTRAINT "case_commitments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_commitments" ADD CONSTRAINT "case_commitments_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_commitments" ADD CONSTRAINT "case_commitments_signature_sha256_files_sha256_fk" FOREIGN KEY ("signature_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_commitments" ADD CONSTRAINT "case_commitments_pdf_sha256_files_sha256_fk" FOREIGN KEY ("pdf_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_missing_materials" ADD CONSTRAINT "case_missing_materials_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_missing_materials" ADD CONSTRAINT "case_missing_materials_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_missing_materials" ADD CONSTRAINT "case_missing_materials_supplied_by_users_id_fk" FOREIGN KEY ("supplied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_verification_tasks" ADD CONSTRAINT "case_verification_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_verification_tasks" ADD CONSTRAINT "case_verification_tasks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_verification_tasks" ADD CONSTRAINT "case_verification_tasks_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_marks" ADD CONSTRAINT "credit_marks_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_marks" ADD CONSTRAINT "credit_marks_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_marks" ADD CONSTRAINT "credit_marks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_marks" ADD CONSTRAINT "credit_marks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_missing_open_idx" ON "case_missing_materials" USING btree ("due_on") WHERE supplied_at is null;--> statement-breakpoint
CREATE INDEX "case_verification_open_idx" ON "case_verification_tasks" USING btree ("org_id","due_on") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "credit_marks_person_idx" ON "credit_marks" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "credit_marks_enterprise_idx" ON "credit_marks" USING btree ("enterprise_id");--> statement-breakpoint
-- Hand-written (drizzle-kit does not write triggers): a signed commitment and a credit mark are records of
-- what happened, kept as they were written; refuse_append_only_change() comes from 0004.
CREATE TRIGGER case_commitments_append_only
  BEFORE UPDATE OR DELETE ON case_commitments
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER credit_marks_append_only
  BEFORE UPDATE OR DELETE ON credit_marks
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
