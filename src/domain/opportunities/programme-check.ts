import type { DbOrTx } from '#src/db/client';
import { organisationTakesPartIn } from '#src/domain/programmes/programme-participation';
import { AppError } from '#src/lib/errors';

/** An opportunity may only join a programme its organisation coordinates or is a member of. */
export async function assertProgrammeAllowed(options: {
  db: DbOrTx;
  organisationId: string;
  programmeId: string | null;
}): Promise<void> {
  if (options.programmeId === null) return;
  const allowed = await organisationTakesPartIn({
    db: options.db,
    organisationId: options.organisationId,
    programmeId: options.programmeId,
  });
  if (!allowed) {
    throw new AppError('INVALID_INPUT', 'common.formHasErrors', {
      programmeId: 'opportunities.validation.programmeNotJoined',
    });
  }
}
