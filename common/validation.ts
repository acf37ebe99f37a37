import { z } from 'zod';

/**
 * A length limit that stops the checks after it: a pattern or refinement never sees an oversized
 * value (a 64 KiB string through a backtracking pattern blocks the main process for seconds).
 */
export const lengthFirst = (message: string) => ({ message, abort: true }) as const;

/** Loopback hosts may use plain http (the sandbox, local proxies); everything else must be https. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function baseUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full address such as https://api.example.com/';
  }
  if (url.username || url.password) return 'Do not put credentials in the address';
  if (url.search || url.hash) return 'The address cannot contain ? or #';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.protocol === 'http:') return 'Use https:// (plain http is only allowed for this computer)';
  return 'The address must start with https://';
}

export const baseUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the API address')
  .max(500, lengthFirst('The address is too long'))
  .superRefine((value, ctx) => {
    const problem = baseUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value.replace(/\/+$/, ''));

/** Turns zod issues into one message per field, as the forms and the IPC `validation` error show them. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    out[key] ??= issue.message;
  }
  return out;
}

/** A string of a known shape: the length is checked first, so the pattern never sees an oversized value. */
export const patternString = (max: number, pattern: RegExp, message: string) =>
  z.string().max(max, lengthFirst(message)).regex(pattern, message);

export const idSchema = z
  .string()
  .max(64, lengthFirst('Unknown id'))
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'Unknown id');
export const noArgs = z.undefined();
