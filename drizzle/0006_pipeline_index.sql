DROP INDEX "applications_pipeline_idx";--> statement-breakpoint
CREATE INDEX "applications_pipeline_idx" ON "applications" USING btree ("opportunity_id","stage_category");