// The one error type that may reach a user. Its code maps to a translated
// message (`errors.<CODE>` in lib/i18n/messages); anything else is logged and
// shown as INTERNAL, so no raw error text ever reaches a page or a response.
import { log } from "@/lib/log";

export const appErrorCodes = [
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFLICT",
  "VALIDATION",
  "RATE_LIMITED",
  "CLOSED",
  "UNAVAILABLE",
  "LINK_INVALID",
  "LINK_EXPIRED",
  "LINK_USED",
  "TWO_FACTOR_REQUIRED",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

const httpStatus: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  CLOSED: 409,
  UNAVAILABLE: 503,
  LINK_INVALID: 400,
  LINK_EXPIRED: 410,
  LINK_USED: 410,
  TWO_FACTOR_REQUIRED: 403,
  INTERNAL: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** For logs only; never shown to users. */
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ?? code, options);
    this.name = "AppError";
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

/** What a user may learn about an error: its code. Unexpected errors are logged here. */
export function toPublicError(
  error: unknown,
  context: Record<string, unknown> = {},
): { code: AppErrorCode; status: number } {
  if (error instanceof AppError) return { code: error.code, status: error.status };
  log.error("unexpected error", { ...context, error });
  return { code: "INTERNAL", status: 500 };
}
