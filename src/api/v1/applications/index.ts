import { z } from 'zod';
import { getMyApplication } from '#src/domain/applications/get-my-application';
import { listApplicationMessages } from '#src/domain/applications/list-application-messages';
import { listMyApplications } from '#src/domain/applications/list-my-applications';
import { ownMessageView, postApplicationMessage } from '#src/domain/applications/post-application-message';
import { submitApplication } from '#src/domain/applications/submit-application';
import { withdrawApplication } from '#src/domain/applications/withdraw-application';
import { cancelInterview } from '#src/domain/interviews/cancel-interview';
import { chooseInterviewSlot } from '#src/domain/interviews/choose-interview-slot';
import { getInterviewIcs } from '#src/domain/interviews/get-interview-ics';
import {
  listApplicationInterviews,
  toInterviewView,
} from '#src/domain/interviews/list-application-interviews';
import { proposeInterview } from '#src/domain/interviews/propose-interview';
import { rescheduleInterview } from '#src/domain/interviews/reschedule-interview';
import { defineRoute, type ApiContext } from '../framework';
import {
  ApplicationMessageSchema,
  CancelInterviewBodySchema,
  ChooseSlotBodySchema,
  InterviewSchema,
  MyApplicationDetailSchema,
  MyApplicationSummarySchema,
  PostMessageBodySchema,
  ProposeInterviewBodySchema,
  RescheduleInterviewBodySchema,
  SubmitApplicationBodySchema,
} from './schemas';

const IdParams = z.object({ id: z.uuid() });

function publicUrl(ctx: ApiContext): string {
  return ctx.runtime.config.PUBLIC_URL ?? new URL(ctx.request.url).origin;
}

/**
 * The applicant's side of applications (apply, my applications, withdraw) and the conversation both
 * sides share (messages, interviews). Staff-only pipeline operations live in ../pipeline.
 */
export const applicationRoutes = [
  defineRoute({
    method: 'POST',
    path: '/opportunities/{opportunity}/applications',
    operationId: 'submitApplication',
    summary:
      'Apply to an opportunity (talent accounts); 201 when created, 200 when the same idempotency key is repeated',
    tags: ['applications'],
    auth: 'required',
    params: z.object({ opportunity: z.string().min(1).max(100).describe('The opportunity’s slug or id') }),
    body: SubmitApplicationBodySchema,
    response: MyApplicationDetailSchema,
    status: 201,
    async handler({ ctx, params, body }) {
      const { application, created } = await submitApplication({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        opportunityKey: params.opportunity,
        input: body,
        publicUrl: publicUrl(ctx),
      });
      const detail = await getMyApplication({ db: ctx.db, actor: ctx.actor, applicationId: application.id });
      if (created) return detail;
      return new Response(JSON.stringify(MyApplicationDetailSchema.parse(detail)), {
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/me/applications',
    operationId: 'listMyApplications',
    summary: 'My applications, newest first, with the current stage and the next step',
    tags: ['applications'],
    auth: 'required',
    response: z.object({ items: z.array(MyApplicationSummarySchema) }),
    async handler({ ctx }) {
      return { items: await listMyApplications({ db: ctx.db, actor: ctx.actor }) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/me/applications/{id}',
    operationId: 'getMyApplication',
    summary: 'One of my applications: what I submitted, its history, messages and interviews',
    tags: ['applications'],
    auth: 'required',
    params: IdParams,
    response: MyApplicationDetailSchema,
    async handler({ ctx, params }) {
      return getMyApplication({ db: ctx.db, actor: ctx.actor, applicationId: params.id });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/me/applications/{id}/withdraw',
    operationId: 'withdrawMyApplication',
    summary: 'Withdraw one of my applications (from any stage that is not closed)',
    tags: ['applications'],
    auth: 'required',
    params: IdParams,
    response: MyApplicationDetailSchema,
    async handler({ ctx, params }) {
      await withdrawApplication({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        applicationId: params.id,
        publicUrl: publicUrl(ctx),
      });
      return getMyApplication({ db: ctx.db, actor: ctx.actor, applicationId: params.id });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/applications/{id}/messages',
    operationId: 'listApplicationMessages',
    summary: 'Messages on an application, oldest first (its applicant, or staff of its host or programme)',
    tags: ['applications'],
    auth: 'required',
    params: IdParams,
    response: z.object({ items: z.array(ApplicationMessageSchema) }),
    async handler({ ctx, params }) {
      const { messages } = await listApplicationMessages({
        db: ctx.db,
        actor: ctx.actor,
        applicationId: params.id,
      });
      return { items: messages };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/applications/{id}/messages',
    operationId: 'postApplicationMessage',
    summary: 'Write on an application; the other side is e-mailed',
    tags: ['applications'],
    auth: 'required',
    params: IdParams,
    body: PostMessageBodySchema,
    response: ApplicationMessageSchema,
    status: 201,
    async handler({ ctx, params, body }) {
      const message = await postApplicationMessage({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        applicationId: params.id,
        body: body.body,
        publicUrl: publicUrl(ctx),
      });
      return ownMessageView(message, ctx.actor!);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/applications/{id}/interviews',
    operationId: 'listApplicationInterviews',
    summary: 'Interviews of an application, newest first (its applicant, or staff)',
    tags: ['interviews'],
    auth: 'required',
    params: IdParams,
    response: z.object({ items: z.array(InterviewSchema) }),
    async handler({ ctx, params }) {
      const { interviews } = await listApplicationInterviews({
        db: ctx.db,
        actor: ctx.actor,
        applicationId: params.id,
      });
      return { items: interviews };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/applications/{id}/interviews',
    operationId: 'proposeInterview',
    summary: 'Propose interview times (staff); an application at 応募 or 書類選考 moves to 面談',
    tags: ['interviews'],
    auth: 'required',
    params: IdParams,
    body: ProposeInterviewBodySchema,
    response: InterviewSchema,
    status: 201,
    async handler({ ctx, params, body }) {
      const interview = await proposeInterview({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        applicationId: params.id,
        input: body,
        publicUrl: publicUrl(ctx),
      });
      return toInterviewView(interview);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/interviews/{id}/choose',
    operationId: 'chooseInterviewSlot',
    summary: 'Pick one of the proposed times (the applicant); both sides get the .ics invite',
    tags: ['interviews'],
    auth: 'required',
    params: IdParams,
    body: ChooseSlotBodySchema,
    response: InterviewSchema,
    async handler({ ctx, params, body }) {
      const interview = await chooseInterviewSlot({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        interviewId: params.id,
        slot: body.slot,
        publicUrl: publicUrl(ctx),
      });
      return toInterviewView(interview);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/interviews/{id}/reschedule',
    operationId: 'rescheduleInterview',
    summary: 'Move an interview (staff): new times to pick from, or a fixed time; SEQUENCE goes up',
    tags: ['interviews'],
    auth: 'required',
    params: IdParams,
    body: RescheduleInterviewBodySchema,
    response: InterviewSchema,
    async handler({ ctx, params, body }) {
      const interview = await rescheduleInterview({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        interviewId: params.id,
        input: body,
        publicUrl: publicUrl(ctx),
      });
      return toInterviewView(interview);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/interviews/{id}/cancel',
    operationId: 'cancelInterview',
    summary: 'Cancel an interview (either side); both sides get METHOD:CANCEL',
    tags: ['interviews'],
    auth: 'required',
    params: IdParams,
    body: CancelInterviewBodySchema,
    response: InterviewSchema,
    async handler({ ctx, params, body }) {
      const interview = await cancelInterview({
        db: ctx.db,
        mailer: ctx.runtime.mailer,
        actor: ctx.actor,
        interviewId: params.id,
        reason: body.reason,
        publicUrl: publicUrl(ctx),
      });
      return toInterviewView(interview);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/interviews/{id}/ics',
    operationId: 'getInterviewIcs',
    summary: 'The interview’s current iCalendar invite (its applicant, or staff)',
    tags: ['interviews'],
    auth: 'required',
    params: IdParams,
    response: z.string(),
    rawContentType: 'text/calendar',
    async handler({ ctx, params }) {
      const ics = await getInterviewIcs({
        db: ctx.db,
        actor: ctx.actor,
        interviewId: params.id,
        locale: ctx.locale,
        mailFrom: ctx.runtime.mailer.from,
        publicUrl: publicUrl(ctx),
      });
      return new Response(ics.content, {
        headers: {
          'Content-Type': ics.contentType,
          'Content-Disposition': `attachment; filename="${ics.filename}"`,
          'Cache-Control': 'no-store',
        },
      });
    },
  }),
];
