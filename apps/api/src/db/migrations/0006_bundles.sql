CREATE TABLE "bundle_case_members" (
	"bundle_case_id" uuid NOT NULL,
	"member_key" text NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"depends_on" jsonb NOT NULL,
	"held" boolean NOT NULL,
	"released_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "bundle_case_members_bundle_case_id_member_key_pk" PRIMARY KEY("bundle_case_id","member_key"),
	CONSTRAINT "bundle_case_members_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "bundle_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text,
	"bundle_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"bundle_name" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"lead_org_id" uuid NOT NULL,
	"intake_state" text NOT NULL,
	"channel" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_person_id" uuid,
	"applicant_enterprise_id" uuid,
	"applicant_name" text NOT NULL,
	"contact_mobile" varchar(11) NOT NULL,
	"filed_by" uuid NOT NULL,
	"idempotency_key" text,
	"answers" jsonb NOT NULL,
	"form_data" jsonb NOT NULL,
	"output_mode" text NOT NULL,
	"postal_address" text,
	"promised_limit" jsonb NOT NULL,
	"received_at" timestamp with time zone,
	"correction_items" jsonb,
	"accepted_at" timestamp with time zone,
	"accepted_on" date,
	"accepted_by" uuid,
	"promised_due" date,
	"refusal_reasons" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bundle_cases_case_number_unique" UNIQUE("case_number"),
	CONSTRAINT "bundle_cases_idempotency" UNIQUE("filed_by","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "bundle_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bundle_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "bundle_version_no_uq" UNIQUE("bundle_id","version_no")
);
--> statement-breakpoint
CREATE TABLE "bundles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"published_version_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bundles_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "authorisations" DROP CONSTRAINT "authorisations_once";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "bundle_case_id" uuid;--> statement-breakpoint
ALTER TABLE "bundle_case_members" ADD CONSTRAINT "bundle_case_members_bundle_case_id_bundle_cases_id_fk" FOREIGN KEY ("bundle_case_id") REFERENCES "public"."bundle_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_case_members" ADD CONSTRAINT "bundle_case_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_version_id_bundle_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."bundle_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_lead_org_id_orgs_id_fk" FOREIGN KEY ("lead_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_applicant_person_id_persons_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_applicant_enterprise_id_enterprises_id_fk" FOREIGN KEY ("applicant_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_cases" ADD CONSTRAINT "bundle_cases_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_versions" ADD CONSTRAINT "bundle_versions_bundle_id_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."bundles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_versions" ADD CONSTRAINT "bundle_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_versions" ADD CONSTRAINT "bundle_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_versions" ADD CONSTRAINT "bundle_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundles" ADD CONSTRAINT "bundles_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bundle_cases_person_idx" ON "bundle_cases" USING btree ("applicant_person_id","created_at");--> statement-breakpoint
CREATE INDEX "bundle_cases_enterprise_idx" ON "bundle_cases" USING btree ("applicant_enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "bundle_cases_lead_idx" ON "bundle_cases" USING btree ("lead_org_id","promised_due");--> statement-breakpoint
CREATE INDEX "bundle_cases_region_idx" ON "bundle_cases" USING btree ("region_code","received_at");--> statement-breakpoint
CREATE INDEX "bundles_region_idx" ON "bundles" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cases_bundle_idx" ON "cases" USING btree ("bundle_case_id");--> statement-breakpoint
ALTER TABLE "authorisations" ADD CONSTRAINT "authorisations_once" UNIQUE NULLS NOT DISTINCT("principal_person_id","principal_enterprise_id","agent_person_id","valid_from");
--> statement-breakpoint
-- Hand-written (drizzle-kit does not write triggers): a published bundle definition is immutable like a
-- published catalogue version; bundle cases point at the version they were filed under.
CREATE OR REPLACE FUNCTION bundle_versions_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('published', 'superseded') THEN
      RAISE EXCEPTION 'published bundle version % is immutable', OLD.id USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('published', 'superseded') THEN
    IF NEW.definition IS DISTINCT FROM OLD.definition OR NEW.version_no <> OLD.version_no
       OR NEW.bundle_id <> OLD.bundle_id
       OR NOT (NEW.status = OLD.status OR (OLD.status = 'published' AND NEW.status = 'superseded')) THEN
      RAISE EXCEPTION 'published bundle version % is immutable', OLD.id USING ERRCODE = 'P0001';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER bundle_versions_immutable
  BEFORE UPDATE OR DELETE ON bundle_versions
  FOR EACH ROW EXECUTE FUNCTION bundle_versions_guard();
