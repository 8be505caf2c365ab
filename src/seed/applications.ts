import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#src/db/client';
import { accounts, applicationEvents, applications, opportunities } from '#src/db/schema';
import { buildApplication } from '../../tests/factories/applications';
import { buildApplicationMessage, buildInterview, moveApplicationThrough } from '../../tests/factories/apply';

const DAY = 86_400_000;
/** A whole hour in Japan time, on the Japanese calendar day some days from now. */
function jstHour(daysFromNow: number, hour: number): Date {
  const tokyo = new Date(Date.now() + daysFromNow * DAY + 9 * 3_600_000);
  return new Date(Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), tokyo.getUTCDate(), hour - 9));
}

/**
 * "My applications" for the demo talent 山田 花子 (talent@): an application to the USEN-NEXT remote
 * job now at the interview stage, with messages and a scheduled web interview (the host, usen@, sees
 * it in the pipeline), and her 2020 application to Okayama's strategy managers, not selected.
 * Runs after the opportunities; leaves any application that already exists alone.
 */
export async function seedApplications(options: { db: Db }): Promise<void> {
  const { db } = options;
  const people = await db
    .select({ id: accounts.id, email: accounts.email })
    .from(accounts)
    .where(
      inArray(accounts.email, ['talent@tsunagu.example', 'usen@tsunagu.example', 'okayama@tsunagu.example']),
    );
  const idOf = (email: string) => people.find((person) => person.email === email)?.id;
  const talentId = idOf('talent@tsunagu.example');
  const usenId = idOf('usen@tsunagu.example');
  const okayamaId = idOf('okayama@tsunagu.example');
  const targets = await db
    .select({ id: opportunities.id, slug: opportunities.slug })
    .from(opportunities)
    .where(inArray(opportunities.slug, ['nw-usen-admin', 'okayama-sm-promotion']));
  const opportunityOf = (slug: string) => targets.find((target) => target.slug === slug)?.id;
  if (!talentId) return;

  const usenAdmin = opportunityOf('nw-usen-admin');
  if (usenAdmin && usenId && !(await hasApplied(db, usenAdmin, talentId))) {
    const submittedAt = new Date(Date.now() - 12 * DAY);
    const application = await buildApplication({
      db,
      opportunityId: usenAdmin,
      applicantId: talentId,
      submittedAt,
      motivation:
        '長岡市の出身で、いずれは長岡に戻って暮らしたいと考えています。メーカーでの予算管理とデジタル施策の経験を活かし、本社管理部門の業務改善にも貢献したいです。',
    });
    await dateSubmittedEvent(db, application.id, submittedAt);
    await moveApplicationThrough({
      db,
      applicationId: application.id,
      opportunityId: usenAdmin,
      actorId: usenId,
      steps: [
        { category: 'screening', at: new Date(Date.now() - 10 * DAY) },
        {
          category: 'interview',
          at: new Date(Date.now() - 6 * DAY),
          message: '書類選考を通過されました。面談の候補日時をお送りします。',
        },
      ],
    });
    await buildApplicationMessage({
      db,
      applicationId: application.id,
      authorId: usenId,
      side: 'host',
      body: 'ご応募ありがとうございます。面談では、これまでのご経験と長岡での働き方のイメージをお聞かせください。',
      at: new Date(Date.now() - 6 * DAY),
    });
    await buildApplicationMessage({
      db,
      applicationId: application.id,
      authorId: talentId,
      side: 'applicant',
      body: 'ご連絡ありがとうございます。当日はどうぞよろしくお願いいたします。',
      at: new Date(Date.now() - 5 * DAY),
    });
    const start = jstHour(5, 10);
    const interview = await buildInterview({
      db,
      applicationId: application.id,
      createdById: usenId,
      proposedSlots: [start, jstHour(6, 14)],
      scheduledStart: start,
      meetingUrl: 'https://meet.example.com/nagaoka-worker',
      note: '人事担当と現場の管理職が参加します。',
      at: new Date(Date.now() - 6 * DAY),
    });
    await db.insert(applicationEvents).values({
      applicationId: application.id,
      actorId: talentId,
      kind: 'interview_scheduled',
      payload: { interviewId: interview.id, start: start.toISOString() },
      createdAt: new Date(Date.now() - 5 * DAY),
    });
  }

  const okayamaPromotion = opportunityOf('okayama-sm-promotion');
  if (okayamaPromotion && !(await hasApplied(db, okayamaPromotion, talentId))) {
    const submittedAt = new Date('2020-06-25T12:00:00+09:00');
    const application = await buildApplication({
      db,
      opportunityId: okayamaPromotion,
      applicantId: talentId,
      submittedAt,
      motivation:
        '広告代理店とメーカーでの SNS 運用の経験を活かし、岡山市の魅力発信に副業として関わりたいと考え応募しました。',
    });
    await dateSubmittedEvent(db, application.id, submittedAt);
    await moveApplicationThrough({
      db,
      applicationId: application.id,
      opportunityId: okayamaPromotion,
      actorId: okayamaId ?? null,
      steps: [
        { category: 'screening', at: new Date('2020-07-13T10:00:00+09:00') },
        {
          category: 'rejected',
          at: new Date('2020-08-03T17:00:00+09:00'),
          message:
            '多数のご応募をいただき、慎重に選考した結果、今回はご期待に沿えない結果となりました。ご応募ありがとうございました。',
        },
      ],
    });
  }
}

async function hasApplied(db: Db, opportunityId: string, applicantId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.opportunityId, opportunityId), eq(applications.applicantId, applicantId)))
    .limit(1);
  return Boolean(row);
}

async function dateSubmittedEvent(db: Db, applicationId: string, at: Date) {
  await db
    .update(applicationEvents)
    .set({ createdAt: at })
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.kind, 'submitted')));
}
