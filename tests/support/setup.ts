import { afterEach, beforeEach, expect, vi } from 'vitest';

// A test fails on an unexpected console.error: errors must be handled or asserted, not printed.
let errorSpy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error');
});
afterEach(() => {
  const calls = errorSpy?.mock.calls ?? [];
  errorSpy?.mockRestore();
  expect(calls, 'unexpected console.error').toEqual([]);
});
