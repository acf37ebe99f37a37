/** The IONOS error envelope: every failure the simulator sends has this shape. */
import type { SandboxResponse } from '../server-kit';

export interface SimMessage {
  readonly errorCode: string;
  readonly message: string;
}

/** Codes are not documented beyond the "303" of the seed's example; these are stable stand-ins. */
export const ERROR_CODES = {
  parse: '100',
  auth: '200',
  forbidden: '201',
  notFound: '300',
  methodNotAllowed: '301',
  mediaType: '302',
  validation: '303',
} as const;

export function errorResponse(
  status: number,
  messages: readonly SimMessage[] | string,
  extraHeaders: Readonly<Record<string, string>> = {},
): SandboxResponse {
  const list = typeof messages === 'string' ? [{ errorCode: codeFor(status), message: messages }] : messages;
  return { status, headers: { ...extraHeaders }, body: { httpStatus: status, messages: list } };
}

function codeFor(status: number): string {
  switch (status) {
    case 400:
      return ERROR_CODES.parse;
    case 401:
      return ERROR_CODES.auth;
    case 403:
      return ERROR_CODES.forbidden;
    case 404:
      return ERROR_CODES.notFound;
    case 405:
      return ERROR_CODES.methodNotAllowed;
    case 415:
      return ERROR_CODES.mediaType;
    default:
      return String(status);
  }
}
