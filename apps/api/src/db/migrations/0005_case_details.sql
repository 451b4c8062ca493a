ALTER TABLE "cases" ALTER COLUMN "case_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "step_started_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "legal_limit" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "promised_limit" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "instant" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "maturity" text NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "delivery_preference" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "postal_address" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "correction_notice_on" date;