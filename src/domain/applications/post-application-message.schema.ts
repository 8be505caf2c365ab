import { z } from 'zod';

export const MESSAGE_MAX = 2000;

/** A message on an application: plain text (shown as text with its line breaks, never as HTML). */
export const PostApplicationMessageInputSchema = z.object({
  body: z
    .string({ error: 'validation.required' })
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, 'validation.required').max(MESSAGE_MAX, 'apply.messages.validation.tooLong')),
});
