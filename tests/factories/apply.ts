import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import {
  accounts,
  applicationEvents,
  applicationMessages,
  applications,
  interviews,
  opportunities,
  programmes,
  screeningQuestions,
} from '#src/db/schema';
import { loadActor } from '#src/domain/accounts/sessions';
import type { ScreeningQuestionKind } from '#src/domain/applications/screening-answers';
import { ensurePipelineStages, type StageCategory } from '#src/domain/applications/stages';
import { addMember, buildAccount, buildOrganisation } from './accounts';
import { buildBareOpportunity } from './applications';

/** One screening question on an opportunity. */
export async function buildScreeningQuestion(options: {
  db: Db;
  opportunityId: string;
  kind: ScreeningQuestionKind;
  label?: string;
  options?: string[];
  required?: boolean;
  position?: number;
}) {
  const [question] = await options.db
    .insert(screeningQuestions)
    .values({
      opportunityId: options.opportunityId,
      kind: options.kind,
      label: options.label ?? `質問 ${randomUUID().slice(0, 6)}`,
      options: options.options ?? [],
      required: options.required ?? true,
      position: options.position ?? 0,
    })
    .returning();
  return question!;
}

/** The actor (as a session would load it) of an account. */
export async function actorOf(db: Db, accountId: string) {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  return loadActor({ db, account: { ...account!, accountId: account!.id } });
}

/**
 * A published opportunity of a host organisation inside a programme, with everyone the access
 * rules distinguish: a host member (owner), the programme's coordinator, a member of another host,
 * the coordinator of another programme, the applicant, another talent.
 */
export async function buildApplyScenario(options: {
  db: Db;
  opportunity?: Partial<typeof opportunities.$inferInsert>;
}) {
  const { db } = options;
  const host = await buildOrganisation({
    db,
    kind: 'company',
    name: `受け入れ企業 ${randomUUID().slice(0, 6)}`,
  });
  const coordinatorOrg = await buildOrganisation({ db, kind: 'municipality' });
  const otherHost = await buildOrganisation({ db, kind: 'company' });
  const otherCoordinatorOrg = await buildOrganisation({ db, kind: 'municipality' });
  const [programme] = await db
    .insert(programmes)
    .values({
      slug: `p-${randomUUID().slice(0, 10)}`,
      name: 'テストプログラム',
      coordinatorOrganisationId: coordinatorOrg.id,
    })
    .returning();
  await db.insert(programmes).values({
    slug: `p-${randomUUID().slice(0, 10)}`,
    name: '別のプログラム',
    coordinatorOrganisationId: otherCoordinatorOrg.id,
  });
  const hostMember = await buildAccount({ db, role: 'host', displayName: '受け入れ 担当' });
  const hostColleague = await buildAccount({ db, role: 'host', displayName: '受け入れ 同僚' });
  const coordinator = await buildAccount({ db, role: 'coordinator' });
  const otherHostMember = await buildAccount({ db, role: 'host' });
  const otherCoordinator = await buildAccount({ db, role: 'coordinator' });
  await addMember({ db, organisationId: host.id, accountId: hostMember.id, role: 'owner' });
  await addMember({ db, organisationId: host.id, accountId: hostColleague.id, role: 'member' });
  await addMember({ db, organisationId: coordinatorOrg.id, accountId: coordinator.id, role: 'owner' });
  await addMember({ db, organisationId: otherHost.id, accountId: otherHostMember.id, role: 'owner' });
  await addMember({
    db,
    organisationId: otherCoordinatorOrg.id,
    accountId: otherCoordinator.id,
    role: 'owner',
  });
  const applicant = await buildAccount({ db, role: 'talent', displayName: '応募 花子' });
  const otherTalent = await buildAccount({ db, role: 'talent' });
  const bare = await buildBareOpportunity({
    db,
    organisationId: host.id,
    programmeId: programme!.id,
    title: '広報の副業',
  });
  const [opportunity] = options.opportunity
    ? await db.update(opportunities).set(options.opportunity).where(eq(opportunities.id, bare.id)).returning()
    : [bare];
  return {
    host,
    programme: programme!,
    opportunity: opportunity!,
    hostMember,
    hostColleague,
    coordinator,
    otherHostMember,
    otherCoordinator,
    applicant,
    otherTalent,
  };
}

/**
 * The properties of an iCalendar text by name (lines unfolded, parameters dropped), each with all its
 * values in order: icsProperties(text).get('METHOD') → ['REQUEST'].
 */
export function icsProperties(text: string): Map<string, string[]> {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const properties = new Map<string, string[]>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    properties.set(name, [...(properties.get(name) ?? []), line.slice(colon + 1)]);
  }
  return properties;
}

/** A message on an application, written `at` a given time. */
export async function buildApplicationMessage(options: {
  db: Db;
  applicationId: string;
  authorId: string | null;
  side: 'applicant' | 'host';
  body: string;
  at?: Date;
}) {
  const [message] = await options.db
    .insert(applicationMessages)
    .values({
      applicationId: options.applicationId,
      authorId: options.authorId,
      side: options.side,
      body: options.body,
      createdAt: options.at ?? new Date(),
    })
    .returning();
  return message!;
}

/** An interview as proposeInterview (+ chooseInterviewSlot when `scheduledStart` is given) leaves it, without e-mails. */
export async function buildInterview(options: {
  db: Db;
  applicationId: string;
  createdById: string | null;
  proposedSlots: Date[];
  scheduledStart?: Date;
  meetingUrl?: string;
  place?: string;
  note?: string;
  durationMinutes?: number;
  at?: Date;
}) {
  const at = options.at ?? new Date();
  const [interview] = await options.db
    .insert(interviews)
    .values({
      applicationId: options.applicationId,
      status: options.scheduledStart ? 'scheduled' : 'proposed',
      proposedSlots: options.proposedSlots.map((slot) => slot.toISOString()),
      scheduledStart: options.scheduledStart ?? null,
      durationMinutes: options.durationMinutes ?? 60,
      meetingUrl: options.meetingUrl ?? null,
      place: options.place ?? null,
      note: options.note ?? '',
      createdById: options.createdById,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  await options.db.insert(applicationEvents).values({
    applicationId: options.applicationId,
    actorId: options.createdById,
    kind: 'interview_proposed',
    payload: { interviewId: interview!.id, slots: interview!.proposedSlots },
    createdAt: at,
  });
  return interview!;
}

/** Moves an application along its pipeline as staff would, recording each change at the given time. */
export async function moveApplicationThrough(options: {
  db: Db;
  applicationId: string;
  opportunityId: string;
  actorId: string | null;
  steps: Array<{ category: StageCategory; at: Date; message?: string }>;
}) {
  const stages = await ensurePipelineStages({ db: options.db, opportunityId: options.opportunityId });
  const [application] = await options.db
    .select()
    .from(applications)
    .where(eq(applications.id, options.applicationId));
  let fromStageId = application!.stageId;
  for (const step of options.steps) {
    const stage = stages.find((candidate) => candidate.category === step.category)!;
    await options.db
      .update(applications)
      .set({ stageId: stage.id, stageCategory: stage.category, updatedAt: step.at })
      .where(eq(applications.id, options.applicationId));
    await options.db.insert(applicationEvents).values({
      applicationId: options.applicationId,
      actorId: options.actorId,
      kind: 'stage_changed',
      fromStageId,
      toStageId: stage.id,
      payload: step.message ? { message: step.message } : {},
      createdAt: step.at,
    });
    fromStageId = stage.id;
  }
}
