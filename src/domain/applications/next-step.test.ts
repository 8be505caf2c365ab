import { describe, expect, it } from 'vitest';
import { nextStepFor } from './next-step';

const now = new Date('2026-03-01T00:00:00Z');

describe('nextStepFor', () => {
  it('asks to wait for the host while the application is being screened', () => {
    expect(nextStepFor('applied', [], now)).toEqual({ kind: 'waitForHost' });
    expect(nextStepFor('screening', [], now)).toEqual({ kind: 'waitForHost' });
  });

  it('asks to choose a slot when an interview is proposed, and names the upcoming one', () => {
    expect(
      nextStepFor('interview', [{ status: 'proposed', scheduledStart: null, durationMinutes: 60 }], now),
    ).toEqual({
      kind: 'chooseSlot',
    });
    expect(
      nextStepFor(
        'interview',
        [{ status: 'scheduled', scheduledStart: '2026-03-10T01:00:00.000Z', durationMinutes: 60 }],
        now,
      ),
    ).toEqual({ kind: 'attendInterview', at: '2026-03-10T01:00:00.000Z' });
  });

  it('waits for a proposal, then for the result once the interview has passed; cancelled ones do not count', () => {
    expect(
      nextStepFor(
        'interview',
        [{ status: 'cancelled', scheduledStart: '2026-03-10T01:00:00Z', durationMinutes: 60 }],
        now,
      ),
    ).toEqual({
      kind: 'waitForInterview',
    });
    expect(
      nextStepFor(
        'interview',
        [{ status: 'scheduled', scheduledStart: '2026-02-10T01:00:00Z', durationMinutes: 60 }],
        now,
      ),
    ).toEqual({
      kind: 'waitForResult',
    });
  });

  it('says where a decided application stands', () => {
    expect(nextStepFor('offer', [], now)).toEqual({ kind: 'offer' });
    expect(
      nextStepFor('rejected', [{ status: 'proposed', scheduledStart: null, durationMinutes: 60 }], now),
    ).toEqual({ kind: 'rejected' });
    expect(nextStepFor('withdrawn', [], now)).toEqual({ kind: 'withdrawn' });
  });
});
