import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db } from '#src/db/client';
import { opportunities, opportunitySearch, screeningQuestions } from '#src/db/schema';
import type { AccountRole } from '#src/domain/accounts/actor';
import { loadActor } from '#src/domain/accounts/sessions';
import { AppError } from '#src/lib/errors';
import { addMember, buildAccount, buildOrganisation } from '../../../tests/factories/accounts';
import { buildOpportunity } from '../../../tests/factories/opportunities';
import { addProgrammeMember, buildProgramme } from '../../../tests/factories/programmes';
import { createTestDatabase } from '../../../tests/support/db';
import { archiveOpportunity } from './archive-opportunity';
import { closeExpiredOpportunities } from './close-expired-opportunities';
import { closeOpportunity } from './close-opportunity';
import { createOpportunity } from './create-opportunity';
import { duplicateOpportunity } from './duplicate-opportunity';
import { getOpportunityForHost, getOpportunityPage } from './get-opportunity';
import { listHostOpportunities } from './list-host-opportunities';
import { listOpenOpportunities } from './list-open-opportunities';
import { publishOpportunity } from './publish-opportunity';
import { isOpportunityOpen } from './types';
import { updateOpportunity } from './update-opportunity';

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function memberOf(organisationId: string | null, role: AccountRole = 'host') {
  const account = await buildAccount({ db, role });
  if (organisationId) await addMember({ db, organisationId, accountId: account.id });
  return loadActor({ db, account: { ...account, accountId: account.id } });
}

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const completeInput = {
  title: '長岡市の製造業DX 副業プロジェクト',
  summary: '長岡の製造業の現場を、デジタルで一緒に変えていく3か月のプロジェクトです。',
  description:
    '生産管理の紙帳票をクラウドに移し、現場の入力を減らします。\n\n週1回のオンライン定例と、月1回の工場訪問があります。交通費は支給します。',
  kind: 'side_job',
  municipalityCodes: ['152021'],
  workStyle: 'hybrid',
  visitsPerMonth: '1',
  hoursPerWeekMin: '5',
  hoursPerWeekMax: '10',
  startsOn: '2030-01-01',
  endsOn: '2030-03-31',
  compensationUnit: 'month',
  compensationMin: '50,000',
  compensationMax: '80000',
  fields: ['dx'],
  requiredSkills: ['project-management'],
  preferredSkills: ['project-management', 'excel'],
  tags: '製造業、#DX',
  eligibility: { graduationYear: '', residentMunicipalityCodes: '', note: '' },
  openings: '2',
  applicationsCloseAt: '2099-12-31T18:00',
  languages: ['ja'],
  howToApply: '職務経歴をお送りください。',
};

describe('an opportunity from draft to archive', () => {
  it('keeps an incomplete draft, refuses to publish it, then publishes, closes, duplicates and archives', async () => {
    const organisation = await buildOrganisation({ db, prefectureCode: '15', municipalityCode: '152021' });
    const host = await memberOf(organisation.id);

    const draft = await createOpportunity({
      db,
      actor: host,
      organisationId: organisation.id,
      input: { title: '下書きの案件' },
    });
    expect(draft).toMatchObject({ status: 'draft', title: '下書きの案件', createdById: host.accountId });
    expect(draft.slug).toMatch(/^[0-9a-z]{6,12}$/);

    const refused = await expectAppError(
      publishOpportunity({ db, actor: host, opportunityId: draft.id }),
      'INVALID_INPUT',
    );
    expect(refused.messageKey).toBe('opportunities.errors.notReadyToPublish');
    expect(refused.fieldErrors).toMatchObject({
      summary: 'validation.required',
      description: 'opportunities.validation.descriptionTooShort',
      fields: 'opportunities.validation.fieldRequired',
      howToApply: 'validation.required',
    });

    const updated = await updateOpportunity({
      db,
      actor: host,
      opportunityId: draft.id,
      input: completeInput,
    });
    expect(updated).toMatchObject({
      prefectureCodes: ['15'],
      compensationMin: 50_000,
      hoursPerWeekMax: 10,
      openings: 2,
      tags: ['製造業', 'DX'],
      requiredSkills: ['project-management'],
      preferredSkills: ['excel'],
    });
    // "2099-12-31T18:00" from the form is Japan time.
    expect(updated.applicationsCloseAt?.toISOString()).toBe('2099-12-31T09:00:00.000Z');

    const published = await publishOpportunity({ db, actor: host, opportunityId: draft.id });
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBeInstanceOf(Date);
    const page = await getOpportunityPage({ db, actor: null, slug: draft.slug });
    expect(page.kind).toBe('public');
    const [indexed] = await db
      .select()
      .from(opportunitySearch)
      .where(eq(opportunitySearch.opportunityId, draft.id));
    expect(indexed?.status).toBe('published');

    await expectAppError(publishOpportunity({ db, actor: host, opportunityId: draft.id }), 'CONFLICT');

    const closed = await closeOpportunity({ db, actor: host, opportunityId: draft.id });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(isOpportunityOpen(closed)).toBe(false);

    await db
      .insert(screeningQuestions)
      .values({ opportunityId: draft.id, kind: 'short_text', label: '志望動機' });
    const copy = await duplicateOpportunity({ db, actor: host, opportunityId: draft.id });
    expect(copy).toMatchObject({
      status: 'draft',
      title: `${completeInput.title}(コピー)`,
      publishedAt: null,
    });
    expect(copy.slug).not.toBe(draft.slug);
    expect(copy.municipalityCodes).toEqual(['152021']);
    const copiedQuestions = await db
      .select()
      .from(screeningQuestions)
      .where(eq(screeningQuestions.opportunityId, copy.id));
    expect(copiedQuestions.map((question) => question.label)).toEqual(['志望動機']);

    const archived = await archiveOpportunity({ db, actor: host, opportunityId: draft.id });
    expect(archived.status).toBe('archived');
    await expectAppError(getOpportunityPage({ db, actor: host, slug: draft.slug }), 'NOT_FOUND');
    const stillIndexed = await db
      .select()
      .from(opportunitySearch)
      .where(eq(opportunitySearch.opportunityId, draft.id));
    expect(stillIndexed).toEqual([]);
    await expectAppError(
      updateOpportunity({ db, actor: host, opportunityId: draft.id, input: completeInput }),
      'CONFLICT',
    );

    const hostList = await listHostOpportunities({ db, actor: host });
    expect(hostList.map((row) => row.id)).toEqual([copy.id]);
    const archivedList = await listHostOpportunities({ db, actor: host, status: 'archived' });
    expect(archivedList.map((row) => row.id)).toEqual([draft.id]);
  });

  it('returns localised field errors for invalid input and keeps nothing', async () => {
    const organisation = await buildOrganisation({ db });
    const host = await memberOf(organisation.id);
    const error = await expectAppError(
      createOpportunity({
        db,
        actor: host,
        organisationId: organisation.id,
        input: {
          title: '',
          hoursPerWeekMin: '20',
          hoursPerWeekMax: '10',
          compensationMin: 'たくさん',
          municipalityCodes: ['どこにもない町'],
          eligibility: { graduationYear: '26' },
          applicationsOpenAt: '2030-02-01T00:00',
          applicationsCloseAt: '2030-01-01T00:00',
        },
      }),
      'INVALID_INPUT',
    );
    expect(error.fieldErrors).toEqual({
      title: 'validation.required',
      hoursPerWeekMax: 'opportunities.validation.hoursOrder',
      compensationMin: 'opportunities.validation.amount',
      municipalityCodes: 'opportunities.validation.unknownMunicipality',
      'eligibility.graduationYear': 'opportunities.validation.graduationYear',
      applicationsCloseAt: 'opportunities.validation.windowOrder',
    });
    const rows = await db
      .select()
      .from(opportunities)
      .where(eq(opportunities.organisationId, organisation.id));
    expect(rows).toEqual([]);
  });

  it('resolves municipality names, with the prefecture when a name is shared', async () => {
    const organisation = await buildOrganisation({ db });
    const host = await memberOf(organisation.id);
    const created = await createOpportunity({
      db,
      actor: host,
      organisationId: organisation.id,
      input: {
        title: '居住要件つき',
        municipalityCodes: '岡山市',
        eligibility: { residentMunicipalityCodes: '福岡県古賀市、東京都府中市' },
      },
    });
    expect(created.municipalityCodes).toEqual(['331007']);
    expect(created.prefectureCodes).toEqual(['33']);
    expect(created.eligibility.residentMunicipalityCodes).toEqual(['402231', '132063']);
    const ambiguous = await expectAppError(
      createOpportunity({
        db,
        actor: host,
        organisationId: organisation.id,
        input: { title: 'x', municipalityCodes: '府中市' },
      }),
      'INVALID_INPUT',
    );
    expect(ambiguous.fieldErrors.municipalityCodes).toBe('opportunities.validation.ambiguousMunicipality');
  });
});

describe('who may change an opportunity', () => {
  it('refuses members of another organisation, and anonymous callers, with FORBIDDEN / UNAUTHENTICATED', async () => {
    const owner = await buildOrganisation({ db });
    const other = await buildOrganisation({ db });
    const outsider = await memberOf(other.id);
    const opportunity = await buildOpportunity({ db, organisationId: owner.id, status: 'published' });

    await expectAppError(
      updateOpportunity({ db, actor: outsider, opportunityId: opportunity.id, input: completeInput }),
      'FORBIDDEN',
    );
    await expectAppError(
      closeOpportunity({ db, actor: outsider, opportunityId: opportunity.id }),
      'FORBIDDEN',
    );
    await expectAppError(
      publishOpportunity({ db, actor: outsider, opportunityId: opportunity.id }),
      'FORBIDDEN',
    );
    await expectAppError(
      duplicateOpportunity({ db, actor: outsider, opportunityId: opportunity.id }),
      'FORBIDDEN',
    );
    await expectAppError(
      archiveOpportunity({ db, actor: outsider, opportunityId: opportunity.id }),
      'FORBIDDEN',
    );
    await expectAppError(
      getOpportunityForHost({ db, actor: outsider, opportunityId: opportunity.id }),
      'FORBIDDEN',
    );
    await expectAppError(
      createOpportunity({ db, actor: outsider, organisationId: owner.id, input: { title: '乗っ取り' } }),
      'FORBIDDEN',
    );
    await expectAppError(
      closeOpportunity({ db, actor: null, opportunityId: opportunity.id }),
      'UNAUTHENTICATED',
    );

    const [unchanged] = await db.select().from(opportunities).where(eq(opportunities.id, opportunity.id));
    expect(unchanged?.status).toBe('published');

    const admin = await memberOf(null, 'admin');
    const closedByAdmin = await closeOpportunity({ db, actor: admin, opportunityId: opportunity.id });
    expect(closedByAdmin.status).toBe('closed');
  });

  it('shows a draft only to its own organisation, through the preview', async () => {
    const owner = await buildOrganisation({ db });
    const member = await memberOf(owner.id);
    const stranger = await memberOf((await buildOrganisation({ db })).id);
    const draft = await buildOpportunity({ db, organisationId: owner.id });
    expect(await getOpportunityPage({ db, actor: member, slug: draft.slug })).toEqual({
      kind: 'preview',
      opportunityId: draft.id,
    });
    await expectAppError(getOpportunityPage({ db, actor: stranger, slug: draft.slug }), 'NOT_FOUND');
    await expectAppError(getOpportunityPage({ db, actor: null, slug: draft.slug }), 'NOT_FOUND');
  });

  it('only attaches programmes the organisation takes part in', async () => {
    const host = await buildOrganisation({ db });
    const coordinator = await buildOrganisation({ db, kind: 'municipality' });
    const joined = await buildProgramme({ db, coordinatorOrganisationId: coordinator.id });
    const notJoined = await buildProgramme({ db, coordinatorOrganisationId: coordinator.id });
    await addProgrammeMember({ db, programmeId: joined.id, organisationId: host.id, role: 'endorser' });
    const member = await memberOf(host.id);
    const created = await createOpportunity({
      db,
      actor: member,
      organisationId: host.id,
      input: { title: 'プログラム案件', programmeId: joined.id },
    });
    expect(created.programmeId).toBe(joined.id);
    const refused = await expectAppError(
      updateOpportunity({
        db,
        actor: member,
        opportunityId: created.id,
        input: { programmeId: notJoined.id },
        mode: 'merge',
      }),
      'INVALID_INPUT',
    );
    expect(refused.fieldErrors).toEqual({ programmeId: 'opportunities.validation.programmeNotJoined' });
  });
});

describe('closing by date', () => {
  it('counts a passed deadline as closed everywhere and flips the status on the scheduled run', async () => {
    const organisation = await buildOrganisation({ db, prefectureCode: '20', municipalityCode: '202151' });
    const expired = await buildOpportunity({
      db,
      organisationId: organisation.id,
      status: 'published',
      municipalityCodes: ['202151'],
      applicationsCloseAt: new Date(Date.now() - 60_000),
    });
    const open = await buildOpportunity({
      db,
      organisationId: organisation.id,
      status: 'published',
      municipalityCodes: ['202151'],
      applicationsCloseAt: new Date(Date.now() + 86_400_000),
    });
    expect(isOpportunityOpen(expired)).toBe(false);
    expect(isOpportunityOpen(open)).toBe(true);
    const listed = await listOpenOpportunities({ db, organisationId: organisation.id });
    expect(listed.items.map((row) => row.id)).toEqual([open.id]);
    expect(listed.total).toBe(1);

    const closedCount = await closeExpiredOpportunities({ db });
    expect(closedCount).toBeGreaterThanOrEqual(1);
    const [after] = await db.select().from(opportunities).where(eq(opportunities.id, expired.id));
    expect(after).toMatchObject({ status: 'closed', closedAt: expired.applicationsCloseAt });
    const [stillOpen] = await db.select().from(opportunities).where(eq(opportunities.id, open.id));
    expect(stillOpen?.status).toBe('published');
    const [indexed] = await db
      .select()
      .from(opportunitySearch)
      .where(eq(opportunitySearch.opportunityId, expired.id));
    expect(indexed?.status).toBe('closed');
  });
});
