import { AppError } from '#src/lib/errors';
import type { Actor } from '../accounts/actor';
import { requireActor } from '../accounts/permissions';

/** Editing a talent profile is for talent accounts: hosts, coordinators and admins have none to edit. */
export function requireTalent(actor: Actor | null | undefined): asserts actor is Actor {
  requireActor(actor);
  if (actor.role !== 'talent') throw new AppError('FORBIDDEN', 'talent.errors.talentOnly');
}
