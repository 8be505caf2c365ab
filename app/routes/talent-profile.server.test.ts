import { describe, expect, it } from 'vitest';
import { formInput, isUploadTooLarge, limitRequestBody } from './talent-profile.server';

function streamOf(chunks: number, size: number) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });
}

describe('upload size limits', () => {
  it('refuses a request whose declared length is over the limit before reading it', () => {
    const request = new Request('http://localhost/account/profile/documents', {
      method: 'POST',
      headers: { 'content-length': String(10_000) },
      body: 'x',
    });
    expect(() => limitRequestBody(request, 1000)).toThrow(
      expect.objectContaining({ name: 'UploadTooLargeError' }),
    );
  });

  it('stops reading an undeclared (chunked) body once it passes the limit', async () => {
    const request = new Request('http://localhost/upload', {
      method: 'POST',
      body: streamOf(5, 400),
      duplex: 'half',
    } as RequestInit);
    const limited = limitRequestBody(request, 1000);
    const error = await limited.arrayBuffer().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isUploadTooLarge(error)).toBe(true);
  });

  it('passes bodies within the limit through unchanged', async () => {
    const form = new FormData();
    form.set('intent', 'upload');
    form.set('file', new File(['%PDF-1.4'], 'cv.pdf', { type: 'application/pdf' }));
    const request = new Request('http://localhost/upload', { method: 'POST', body: form });
    const parsed = await limitRequestBody(request, 10_000).formData();
    expect(parsed.get('intent')).toBe('upload');
    expect(await (parsed.get('file') as File).text()).toBe('%PDF-1.4');
  });
});

describe('formInput', () => {
  it('turns repeated fields into arrays and leaves out the CSRF token and intent', () => {
    const form = new FormData();
    form.append('_csrf', 'token');
    form.append('intent', 'interests');
    form.append('fieldsOfInterest', 'dx');
    form.append('fieldsOfInterest', 'design');
    form.append('hoursPerWeek', '10');
    expect(formInput(form)).toEqual({ fieldsOfInterest: ['dx', 'design'], hoursPerWeek: '10' });
  });
});
