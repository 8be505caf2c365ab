import { z } from 'zod';
import { MOTIVATION_MAX } from '#src/domain/applications/submit-application.schema';
import { MESSAGE_MAX } from '#src/domain/applications/post-application-message.schema';
import {
  CANCEL_REASON_MAX,
  MAX_SLOTS,
  MEETING_URL_MAX,
  NOTE_MAX,
  PLACE_MAX,
} from '#src/domain/interviews/schema';

export const StageCategorySchema = z.enum([
  'applied',
  'screening',
  'interview',
  'offer',
  'contract',
  'active',
  'completed',
  'rejected',
  'withdrawn',
]);

export const StageSchema = z
  .object({ category: StageCategorySchema, name: z.string(), nameEn: z.string() })
  .meta({ id: 'Stage' });

export const NextStepSchema = z
  .object({
    kind: z.enum([
      'chooseSlot',
      'attendInterview',
      'waitForHost',
      'waitForInterview',
      'waitForResult',
      'offer',
      'contract',
      'active',
      'completed',
      'rejected',
      'withdrawn',
    ]),
    at: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('For attendInterview: when the interview starts'),
  })
  .meta({ id: 'NextStep', description: 'What the applicant should do or expect next' });

export const MyApplicationSummarySchema = z
  .object({
    id: z.uuid(),
    opportunity: z.object({ slug: z.string(), title: z.string() }),
    organisation: z.object({ name: z.string(), nameEn: z.string().nullable() }),
    stage: StageSchema,
    submittedAt: z.iso.datetime({ offset: true }),
    lastActivityAt: z.iso.datetime({ offset: true }),
    nextStep: NextStepSchema,
  })
  .meta({ id: 'MyApplicationSummary' });

export const TimelineEventSchema = z
  .object({
    id: z.number().int(),
    kind: z.string().meta({ example: 'stage_changed' }),
    createdAt: z.iso.datetime({ offset: true }),
    by: z.enum(['applicant', 'host', 'system']),
    actorName: z.string().nullable().describe('The staff member who acted; only in the staff’s view'),
    fromStage: StageSchema.nullable(),
    toStage: StageSchema.nullable(),
    message: z.string().nullable(),
    start: z.iso.datetime({ offset: true }).nullable(),
    slots: z.array(z.iso.datetime({ offset: true })),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ApplicationEvent' });

export const ApplicationMessageSchema = z
  .object({
    id: z.uuid(),
    side: z.enum(['applicant', 'host']),
    body: z.string().describe('Plain text; line breaks are \\n'),
    authorName: z.string().nullable(),
    isMine: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ApplicationMessage' });

export const InterviewSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['proposed', 'scheduled', 'cancelled', 'completed']),
    proposedSlots: z.array(z.iso.datetime({ offset: true })),
    scheduledStart: z.iso.datetime({ offset: true }).nullable(),
    durationMinutes: z.number().int(),
    meetingUrl: z.string().nullable(),
    place: z.string().nullable(),
    note: z.string(),
    sequence: z.number().int().describe('iCalendar SEQUENCE of the current invite'),
    hasInvite: z.boolean().describe('Whether GET /interviews/{id}/ics has an invite'),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Interview' });

export const MyApplicationDetailSchema = z
  .object({
    id: z.uuid(),
    opportunity: z.object({ slug: z.string(), title: z.string() }),
    organisation: z.object({ name: z.string(), nameEn: z.string().nullable() }),
    stage: StageSchema,
    path: z.array(StageSchema),
    motivation: z.string(),
    answers: z.array(
      z.object({
        questionId: z.uuid(),
        label: z.string(),
        kind: z.enum(['short_text', 'long_text', 'single_choice', 'multiple_choice', 'yes_no']),
        value: z.union([z.string(), z.array(z.string())]),
      }),
    ),
    submittedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
    canWithdraw: z.boolean(),
    nextStep: NextStepSchema,
    events: z.array(TimelineEventSchema),
    messages: z.array(ApplicationMessageSchema),
    interviews: z.array(InterviewSchema),
  })
  .meta({ id: 'MyApplication' });

export const SubmitApplicationBodySchema = z
  .object({
    motivation: z.string().max(MOTIVATION_MAX).describe('20–4000 characters'),
    answers: z
      .record(z.string(), z.union([z.string(), z.array(z.string())]))
      .default({})
      .describe('Screening question id → text, the chosen option, the chosen options, or "yes" / "no"'),
    idempotencyKey: z
      .string()
      .optional()
      .describe(
        'A random key (8–100 characters: letters, digits, _ . : -) made once per submission: repeating the request with it returns the application already created (200) instead of 409',
      ),
  })
  .meta({ id: 'SubmitApplication' });

export const PostMessageBodySchema = z
  .object({
    body: z
      .string()
      .max(MESSAGE_MAX * 2)
      .describe(`Plain text, 1–${MESSAGE_MAX} characters`),
  })
  .meta({ id: 'PostApplicationMessage' });

const Instant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 with offset, e.g. 2026-03-10T10:00:00+09:00');

export const ProposeInterviewBodySchema = z
  .object({
    slots: z.array(Instant).min(1).max(MAX_SLOTS).describe(`1–${MAX_SLOTS} start times in the future`),
    durationMinutes: z.number().int().min(15).max(480).default(60),
    meetingUrl: z.string().max(MEETING_URL_MAX).nullable().optional().describe('https:// web meeting URL'),
    place: z.string().max(PLACE_MAX).nullable().optional(),
    note: z.string().max(NOTE_MAX).default(''),
  })
  .meta({ id: 'ProposeInterview', description: 'A web meeting URL, a place, or both, are required' });

export const ChooseSlotBodySchema = z
  .object({ slot: Instant.describe('One of the proposed slots') })
  .meta({ id: 'ChooseInterviewSlot' });

export const RescheduleInterviewBodySchema = z
  .object({
    mode: z
      .enum(['propose', 'fix'])
      .describe('propose: new slots for the applicant to pick; fix: set the time'),
    slots: z.array(Instant).min(1).max(MAX_SLOTS).optional(),
    startAt: Instant.optional(),
    durationMinutes: z.number().int().min(15).max(480).optional(),
    meetingUrl: z.string().max(MEETING_URL_MAX).nullable().optional(),
    place: z.string().max(PLACE_MAX).nullable().optional(),
    note: z.string().max(NOTE_MAX).optional(),
  })
  .meta({ id: 'RescheduleInterview', description: 'Fields left out keep their current value' });

export const CancelInterviewBodySchema = z
  .object({ reason: z.string().max(CANCEL_REASON_MAX).default('') })
  .meta({ id: 'CancelInterview' });
