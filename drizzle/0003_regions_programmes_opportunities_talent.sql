CREATE TYPE "public"."programme_member_role" AS ENUM('host', 'partner', 'endorser');--> statement-breakpoint
CREATE TYPE "public"."programme_status" AS ENUM('draft', 'active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."compensation_unit" AS ENUM('hour', 'month', 'project', 'none');--> statement-breakpoint
CREATE TYPE "public"."opportunity_kind" AS ENUM('side_job', 'remote_hq', 'paid_internship', 'workcation_internship', 'training_cohort', 'municipal_adviser');--> statement-breakpoint
CREATE TYPE "public"."opportunity_status" AS ENUM('draft', 'published', 'closed', 'archived');--> statement-breakpoint
CREATE TYPE "public"."screening_question_kind" AS ENUM('short_text', 'long_text', 'single_choice', 'multiple_choice', 'yes_no');--> statement-breakpoint
CREATE TYPE "public"."work_style" AS ENUM('remote', 'onsite', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."profile_visibility" AS ENUM('private', 'applied_hosts', 'open_to_scouting');--> statement-breakpoint
CREATE TYPE "public"."region_tie_kind" AS ENUM('hometown', 'lived', 'studied', 'family', 'visited', 'wants_to_move');--> statement-breakpoint
CREATE TABLE "region_facts" (
	"code" text PRIMARY KEY NOT NULL,
	"population" integer,
	"households" integer,
	"statistics_as_of" text,
	"travel_minutes_to_tokyo" integer,
	"travel_minutes_to_osaka" integer,
	"access_note" text,
	"access_note_en" text,
	"introduction" text,
	"introduction_en" text,
	"coworking_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_members" (
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "programme_member_role" DEFAULT 'host' NOT NULL,
	"joined_on" date,
	"left_on" date,
	CONSTRAINT "programme_members_programme_id_organisation_id_pk" PRIMARY KEY("programme_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"coordinator_organisation_id" uuid NOT NULL,
	"prefecture_code" text,
	"municipality_code" text,
	"status" "programme_status" DEFAULT 'active' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"website_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid,
	"created_by_id" uuid,
	"kind" "opportunity_kind" NOT NULL,
	"status" "opportunity_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"prefecture_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipality_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"work_style" "work_style" DEFAULT 'remote' NOT NULL,
	"visits_per_month" integer,
	"hours_per_week_min" integer,
	"hours_per_week_max" integer,
	"starts_on" date,
	"ends_on" date,
	"duration_months" integer,
	"compensation_unit" "compensation_unit" DEFAULT 'none' NOT NULL,
	"compensation_min" integer,
	"compensation_max" integer,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"openings" integer DEFAULT 1 NOT NULL,
	"applications_open_at" timestamp with time zone,
	"applications_close_at" timestamp with time zone,
	"languages" text[] DEFAULT '{ja}'::text[] NOT NULL,
	"how_to_apply" text DEFAULT '' NOT NULL,
	"blind_screening" boolean DEFAULT false NOT NULL,
	"featured_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "screening_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" "screening_question_kind" NOT NULL,
	"label" text NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"required" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text DEFAULT 'resume' NOT NULL,
	"original_name" text NOT NULL,
	"storage_key" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_documents_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "talent_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"role" text NOT NULL,
	"started_on" date,
	"ended_on" date,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_profiles" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"family_name" text DEFAULT '' NOT NULL,
	"given_name" text DEFAULT '' NOT NULL,
	"family_name_kana" text DEFAULT '' NOT NULL,
	"given_name_kana" text DEFAULT '' NOT NULL,
	"phone" text,
	"birth_year" smallint,
	"gender" text,
	"prefecture_code" text,
	"headline" text DEFAULT '' NOT NULL,
	"current_work" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"fields_of_interest" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_per_week" integer,
	"available_weekdays" boolean DEFAULT false NOT NULL,
	"available_weekends" boolean DEFAULT false NOT NULL,
	"available_from" date,
	"preferred_work_style" "work_style",
	"compensation_expectation" integer,
	"compensation_expectation_unit" text,
	"graduation_year" smallint,
	"visibility" "profile_visibility" DEFAULT 'applied_hosts' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_region_ties" (
	"account_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"prefecture_code" text NOT NULL,
	"kind" "region_tie_kind" NOT NULL,
	CONSTRAINT "talent_region_ties_account_id_region_code_kind_pk" PRIMARY KEY("account_id","region_code","kind")
);
--> statement-breakpoint
CREATE TABLE "talent_skills" (
	"account_id" uuid NOT NULL,
	"skill" text NOT NULL,
	"level" smallint NOT NULL,
	CONSTRAINT "talent_skills_account_id_skill_pk" PRIMARY KEY("account_id","skill")
);
--> statement-breakpoint
ALTER TABLE "region_facts" ADD CONSTRAINT "region_facts_updated_by_id_accounts_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_coordinator_organisation_id_organisations_id_fk" FOREIGN KEY ("coordinator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_questions" ADD CONSTRAINT "screening_questions_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_documents" ADD CONSTRAINT "talent_documents_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_experiences" ADD CONSTRAINT "talent_experiences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_profiles" ADD CONSTRAINT "talent_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_region_ties" ADD CONSTRAINT "talent_region_ties_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_skills" ADD CONSTRAINT "talent_skills_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_members_org_idx" ON "programme_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "programmes_coordinator_idx" ON "programmes" USING btree ("coordinator_organisation_id");--> statement-breakpoint
CREATE INDEX "opportunities_org_idx" ON "opportunities" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "opportunities_programme_idx" ON "opportunities" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "opportunities_status_published_idx" ON "opportunities" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "opportunities_municipalities_gin" ON "opportunities" USING gin ("municipality_codes");--> statement-breakpoint
CREATE INDEX "opportunities_prefectures_gin" ON "opportunities" USING gin ("prefecture_codes");--> statement-breakpoint
CREATE INDEX "screening_questions_opportunity_idx" ON "screening_questions" USING btree ("opportunity_id","position");--> statement-breakpoint
CREATE INDEX "talent_documents_account_idx" ON "talent_documents" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "talent_experiences_account_idx" ON "talent_experiences" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "talent_profiles_visibility_idx" ON "talent_profiles" USING btree ("visibility");--> statement-breakpoint
CREATE INDEX "talent_region_ties_prefecture_idx" ON "talent_region_ties" USING btree ("prefecture_code");--> statement-breakpoint
CREATE INDEX "talent_skills_skill_idx" ON "talent_skills" USING btree ("skill");