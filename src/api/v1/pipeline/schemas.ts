import { z } from 'zod';
import { PIPELINE_SORTS, AVAILABILITY_FILTERS } from '#src/domain/applications/pipeline-filters';
import { CUSTOM_STAGE_CATEGORIES } from '#src/domain/applications/manage-stages';
import { REJECTION_MESSAGE_MAX } from '#src/domain/applications/bulk-reject';
import { SCREENING_QUESTION_KINDS } from '#src/domain/screening/schema';
import { StageCategorySchema } from '../applications/schemas';

const DateTime = z.iso.datetime({ offset: true });

export const PipelineStageSchema = z
  .object({
    id: z.uuid(),
    category: StageCategorySchema,
    name: z.string(),
    nameEn: z.string(),
    position: z.number().int(),
  })
  .meta({ id: 'PipelineStage' });

export const FitReasonSchema = z
  .object({
    key: z.string().meta({ example: 'fit.requiredSkills' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    text: z
      .string()
      .meta({ example: '必須スキル5件中4件が一致' })
      .describe('The reason in words, in the response language'),
  })
  .meta({ id: 'FitReason' });

export const PipelineItemSchema = z
  .object({
    id: z.uuid(),
    applicantId: z.uuid().nullable().describe('Null while blind screening hides the applicant'),
    name: z.string().nullable().describe('Null while blind screening hides it; use applicantNumber'),
    applicantNumber: z
      .number()
      .int()
      .describe('Place in the order of submission (応募者 #n under blind screening)'),
    identityHidden: z.boolean(),
    profileHidden: z
      .boolean()
      .describe('The applicant keeps their profile private: no skills, ties or hours'),
    stage: PipelineStageSchema.omit({ position: true }),
    fitScore: z.number().int().nullable(),
    fitReasons: z.array(FitReasonSchema),
    regionTie: z.string().nullable().describe('The strongest tie, e.g. "hometown:331007"'),
    topSkills: z.array(z.object({ skill: z.string(), level: z.number().int() })),
    hoursPerWeek: z.number().int().nullable(),
    submittedAt: DateTime,
    reviewer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    meanScore: z
      .number()
      .nullable()
      .describe('Mean of the submitted scorecards; null until you submit your own'),
    reviewCount: z.number().int(),
    reviewedByMe: z.boolean(),
  })
  .meta({ id: 'PipelineItem' });

export const PipelineSchema = z
  .object({
    opportunity: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), blindScreening: z.boolean() }),
    stages: z.array(PipelineStageSchema.extend({ count: z.number().int() })),
    totalAllStages: z.number().int(),
    total: z.number().int(),
    page: z.number().int(),
    pageCount: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(PipelineItemSchema),
  })
  .meta({ id: 'Pipeline' });

const list = (value: unknown) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/** The pipeline's filters as query parameters (documented; validated by the domain's schema). */
export const PipelineQueryParams = z.object({
  stage: z.uuid().optional().describe('A stage id'),
  skill: z
    .preprocess(list, z.array(z.string()).max(5).optional())
    .describe('Skill slugs; all must match (level ≥ 2)'),
  tie: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('Prefecture code the applicant has a tie to (or lives in)'),
  minHours: z.coerce.number().int().min(1).max(80).optional(),
  availability: z.enum(AVAILABILITY_FILTERS).optional(),
  answer: z.string().optional().describe('`<question id>:<value>`, e.g. a yes/no answer or a choice'),
  q: z.string().max(100).optional().describe('Name search (kanji or kana)'),
  reviewer: z.string().optional().describe('A reviewer id, `me` or `none`'),
  scored: z
    .enum(['1', 'true'])
    .optional()
    .describe('Only applications with at least one submitted scorecard'),
  sort: z.enum(PIPELINE_SORTS).optional(),
  page: z.coerce.number().int().min(1).optional(),
});

export const BulkActionBodySchema = z
  .discriminatedUnion('action', [
    z.object({
      action: z.literal('move'),
      applicationIds: z.array(z.uuid()).min(1).max(1000),
      stageId: z.uuid(),
      message: z.string().max(REJECTION_MESSAGE_MAX).optional(),
    }),
    z.object({
      action: z.literal('reject'),
      applicationIds: z.array(z.uuid()).min(1).max(1000),
      message: z.string().min(1).max(REJECTION_MESSAGE_MAX),
    }),
    z.object({
      action: z.literal('assign'),
      applicationIds: z.array(z.uuid()).min(1).max(1000),
      reviewerId: z.uuid().nullable(),
    }),
  ])
  .meta({ id: 'PipelineBulkAction' });

export const StageChangeBodySchema = z.object({
  stageId: z.uuid(),
  message: z.string().max(REJECTION_MESSAGE_MAX).optional().describe('Sent to the applicant with the notice'),
});

export const StageRenameBodySchema = z.object({
  stages: z
    .array(z.object({ id: z.uuid(), name: z.string(), nameEn: z.string() }))
    .min(1)
    .max(30),
});

export const NewStageBodySchema = z.object({
  afterStageId: z.uuid(),
  category: z.enum(CUSTOM_STAGE_CATEGORIES),
  name: z.string(),
  nameEn: z.string(),
});

export const ScreeningQuestionSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(SCREENING_QUESTION_KINDS),
    label: z.string(),
    options: z.array(z.string()),
    required: z.boolean(),
  })
  .meta({ id: 'ScreeningQuestion' });

export const ScreeningQuestionsBodySchema = z.object({
  questions: z.array(
    z.object({
      id: z
        .uuid()
        .optional()
        .describe('Keep an existing question (its answers stay attached); omit to add one'),
      kind: z.enum(SCREENING_QUESTION_KINDS),
      label: z.string(),
      options: z.array(z.string()).optional(),
      required: z.boolean().optional(),
    }),
  ),
});

export const ScorecardCriterionSchema = z
  .object({
    id: z.uuid(),
    label: z.string(),
    anchors: z.record(z.string(), z.string()).describe('What "1", "3" and "5" mean'),
  })
  .meta({ id: 'ScorecardCriterion' });

export const ScorecardCriteriaBodySchema = z.object({
  criteria: z.array(
    z.object({
      id: z.uuid().optional(),
      label: z.string(),
      anchors: z
        .object({ '1': z.string().optional(), '3': z.string().optional(), '5': z.string().optional() })
        .optional(),
    }),
  ),
});

export const ScorecardSchema = z
  .object({
    reviewerId: z.uuid(),
    reviewerName: z.string(),
    scores: z.record(z.string(), z.number().int()),
    comment: z.string(),
    submittedAt: DateTime.nullable(),
    updatedAt: DateTime,
    mean: z.number().nullable(),
  })
  .meta({ id: 'Scorecard' });

export const ScorecardsSchema = z
  .object({
    criteria: z.array(ScorecardCriterionSchema),
    mine: ScorecardSchema.nullable(),
    others: z.array(ScorecardSchema).nullable().describe('Null until you have submitted your own scorecard'),
    othersSubmitted: z.number().int(),
    aggregate: z
      .object({
        mean: z.number().nullable(),
        reviewers: z.number().int(),
        perCriterion: z.record(z.string(), z.number()),
      })
      .nullable(),
  })
  .meta({ id: 'ApplicationScorecards' });

export const ScorecardBodySchema = z.object({
  scores: z.record(z.uuid(), z.number().int().min(1).max(5)),
  comment: z.string().max(4000).optional(),
  submit: z
    .boolean()
    .optional()
    .describe('Submit (final, reveals the others’ scores) instead of saving a draft'),
});

export const StaffApplicationSchema = z
  .object({
    id: z.uuid(),
    opportunity: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), blindScreening: z.boolean() }),
    applicantId: z.uuid().nullable(),
    applicantLabel: z.string().describe('The name, or 応募者 #n while blind screening hides it'),
    applicantNumber: z.number().int(),
    identityHidden: z.boolean(),
    stage: PipelineStageSchema,
    submittedAt: DateTime,
    updatedAt: DateTime,
    withdrawnAt: DateTime.nullable(),
    motivation: z.string(),
    answers: z.array(
      z.object({
        questionId: z.string(),
        label: z.string().nullable(),
        kind: z.string().nullable(),
        value: z.union([z.string(), z.array(z.string())]).nullable(),
      }),
    ),
    fitScore: z.number().int().nullable(),
    fitReasons: z.array(FitReasonSchema),
    regionTie: z.string().nullable(),
    reviewer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    profile: z
      .object({
        displayName: z.string(),
        accessLevel: z.enum(['full', 'application']),
        contact: z.object({ email: z.string(), phone: z.string().nullable() }).nullable(),
        headline: z.string().nullable(),
        prefectureCode: z.string().nullable(),
        hoursPerWeek: z.number().int().nullable(),
        skills: z.array(z.object({ skill: z.string(), level: z.number().int() })),
        regionTies: z.array(
          z.object({ regionCode: z.string(), prefectureCode: z.string(), kind: z.string() }),
        ),
      })
      .nullable()
      .describe('The applicant’s profile as far as you may see it (redacted under blind screening)'),
    stages: z.array(PipelineStageSchema),
  })
  .meta({ id: 'StaffApplication' });
