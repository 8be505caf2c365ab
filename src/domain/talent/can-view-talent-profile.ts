import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#src/db/client';
import { queryRows } from '#src/db/sql';
import { AppError } from '#src/lib/errors';
import { isAdmin, organisationIdsOf, type Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';
import type { ProfileVisibility } from './types';

/**
 * How much of a talent's profile an actor may see:
 * - 'full': the profile (skills, experience, ties, availability…);
 * - 'application': only name, contact and what was submitted with an application;
 * - 'none': nothing, not even that the talent exists.
 * `contact` (e-mail, phone) and `documents` (résumé / portfolio PDFs) are granted separately: a host
 * browsing scouting profiles sees the profile but neither until the talent applies to them.
 */
export type TalentAccessLevel = 'full' | 'application' | 'none';
export type TalentAccessBasis = 'self' | 'admin' | 'applicant' | 'scouting' | null;

export interface TalentProfileAccess {
  allowed: boolean;
  level: TalentAccessLevel;
  contact: boolean;
  documents: boolean;
  /** Why access was granted: the talent themself, a platform admin, an application to the actor's organisations, or scouting. */
  basis: TalentAccessBasis;
  visibility: ProfileVisibility | null;
}

const NONE: TalentProfileAccess = {
  allowed: false,
  level: 'none',
  contact: false,
  documents: false,
  basis: null,
  visibility: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid[] parameter (one bound value, works for an empty list on both drivers). */
function uuidArray(ids: readonly string[]): SQL {
  const safe = ids.filter((id) => UUID.test(id));
  return sql`${`{${safe.join(',')}}`}::uuid[]`;
}

/**
 * Whether an applied-to opportunity links the talent to one of the given organisations: as the
 * opportunity's host, or as the coordinator of the programme it belongs to. An SQL condition over
 * an account id expression, for use inside a larger query (the directory, screening lists).
 */
export function applicationRelationCondition(
  applicantIdExpression: SQL,
  organisationIds: readonly string[],
): SQL {
  return sql`exists (
    select 1
    from applications ap
    join opportunities op on op.id = ap.opportunity_id
    left join programmes pr on pr.id = op.programme_id
    where ap.applicant_id = ${applicantIdExpression}
      and (op.organisation_id = any(${uuidArray(organisationIds)})
        or pr.coordinator_organisation_id = any(${uuidArray(organisationIds)}))
  )`;
}

/** Hosts and coordinators that belong to an organisation may browse talent open to scouting. */
export function canScout(actor: Actor): boolean {
  return (actor.role === 'host' || actor.role === 'coordinator') && actor.memberships.length > 0;
}

/**
 * The access rule for talent profiles, evaluated in ONE query scoped by the actor's organisations:
 * - the talent themself and platform admins: everything;
 * - members of the host organisation of an opportunity the talent applied to, or of the coordinator
 *   organisation of that opportunity's programme: everything, unless the talent keeps the profile
 *   private, in which case only name, contact and the application itself ('application');
 * - any host or coordinator member when the talent is open to scouting: the profile, without
 *   contact details or documents;
 * - anyone else: nothing.
 */
export async function canViewTalentProfile(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  talentId: string;
}): Promise<TalentProfileAccess> {
  const { db, actor, talentId } = options;
  if (!actor || !UUID.test(talentId)) return NONE;
  const organisationIds = organisationIdsOf(actor);
  const [row] = await queryRows<{ visibility: ProfileVisibility; has_relation: boolean }>(
    db,
    sql`select coalesce(tp.visibility, 'applied_hosts') as visibility,
          ${organisationIds.length > 0 ? applicationRelationCondition(sql`a.id`, organisationIds) : sql`false`} as has_relation
        from accounts a
        left join talent_profiles tp on tp.account_id = a.id
        where a.id = ${talentId}
          and (a.role = 'talent' or tp.account_id is not null)
          and a.status = 'active'`,
  );
  if (!row) {
    // Suspended or unknown accounts: their owner still reaches their own data through other routes.
    return NONE;
  }
  const visibility = row.visibility;
  if (actor.accountId === talentId) {
    return { allowed: true, level: 'full', contact: true, documents: true, basis: 'self', visibility };
  }
  if (isAdmin(actor)) {
    return { allowed: true, level: 'full', contact: true, documents: true, basis: 'admin', visibility };
  }
  if (row.has_relation) {
    return visibility === 'private'
      ? {
          allowed: true,
          level: 'application',
          contact: true,
          documents: false,
          basis: 'applicant',
          visibility,
        }
      : { allowed: true, level: 'full', contact: true, documents: true, basis: 'applicant', visibility };
  }
  if (visibility === 'open_to_scouting' && canScout(actor)) {
    return { allowed: true, level: 'full', contact: false, documents: false, basis: 'scouting', visibility };
  }
  return NONE;
}

/**
 * canViewTalentProfile, or NOT_FOUND (existence is never revealed); UNAUTHENTICATED without an actor.
 * `need` asks for more than being allowed at all: the full profile, contact details or documents.
 */
export async function requireTalentProfileAccess(options: {
  db: DbOrTx;
  actor: Actor | null | undefined;
  talentId: string;
  need?: 'any' | 'full' | 'contact' | 'documents';
}): Promise<TalentProfileAccess> {
  requireActor(options.actor);
  const access = await canViewTalentProfile(options);
  const need = options.need ?? 'any';
  const granted =
    access.allowed &&
    (need === 'any' ||
      (need === 'full' && access.level === 'full') ||
      (need === 'contact' && access.contact) ||
      (need === 'documents' && access.documents));
  if (!granted) throw new AppError('NOT_FOUND');
  return access;
}
