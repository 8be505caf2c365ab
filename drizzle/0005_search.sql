CREATE TABLE "opportunity_search" (
	"opportunity_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" "opportunity_status" NOT NULL,
	"kind" "opportunity_kind" NOT NULL,
	"work_style" "work_style" NOT NULL,
	"prefecture_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipality_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"compensation_band" text NOT NULL,
	"hours_band" text NOT NULL,
	"period_band" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone,
	"tsv" "tsvector" NOT NULL,
	"title_norm" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"params" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_digest_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunity_search" ADD CONSTRAINT "opportunity_search_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_search" ADD CONSTRAINT "opportunity_search_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunity_search_tsv_gin" ON "opportunity_search" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "opportunity_search_published_idx" ON "opportunity_search" USING btree ("published_at" DESC NULLS LAST,"opportunity_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "opportunity_search_closes_idx" ON "opportunity_search" USING btree ("closes_at","opportunity_id");--> statement-breakpoint
CREATE INDEX "opportunity_search_organisation_idx" ON "opportunity_search" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "saved_searches_account_idx" ON "saved_searches" USING btree ("account_id","created_at");--> statement-breakpoint
-- Keep rows narrow: the token list always lives out of line (matching reads only the GIN index); every other
-- column stays in the row, so filtering, counting and ranking a match never read TOAST.
ALTER TABLE "opportunity_search" ALTER COLUMN "tsv" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "title_norm" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "prefecture_codes" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "municipality_codes" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "fields" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "compensation_band" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "hours_band" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" ALTER COLUMN "period_band" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "opportunity_search" SET (toast_tuple_target = 128);
