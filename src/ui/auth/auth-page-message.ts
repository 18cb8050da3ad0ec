/**
 * What an auth page (dist/addin/auth.html in the Office dialog, dist/teams/auth.html in the teams-js
 * authentication window) sends back to the pane or the tab: one JSON string, through
 * `Office.context.ui.messageParent` or `authentication.notifySuccess/notifyFailure`. Both channels
 * carry plain strings from a window the user could have navigated anywhere, so the receiving side
 * parses with zod and treats anything else as a failed sign-in.
 */
import { z } from 'zod';

const successSchema = z.object({
  status: z.literal('success'),
  accessToken: z.string().min(1),
  /** Seconds since the epoch (MSAL's expiresOn), or null when MSAL gave none. */
  expiresOn: z.number().int().positive().nullable(),
});
const failureSchema = z.object({
  status: z.literal('failure'),
  code: z.string().min(1).max(100),
  message: z.string().max(500),
});
export const authPageMessageSchema = z.discriminatedUnion('status', [successSchema, failureSchema]);
export type AuthPageMessage = z.infer<typeof authPageMessageSchema>;

export function encodeAuthPageMessage(message: AuthPageMessage): string {
  return JSON.stringify(message);
}

/** The message, or a failure saying the page answered something else (never throws). */
export function parseAuthPageMessage(raw: unknown): AuthPageMessage {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
  }
  const parsed = authPageMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : { status: 'failure', code: 'auth.malformed', message: 'Login-siden svarede uventet.' };
}
