"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AppErrorCode } from "@/lib/errors";
import { isRefused } from "@/lib/rule-errors/refusals";

type Result<Data> = { data?: Data; serverError?: AppErrorCode; validationErrors?: unknown } | undefined;

/**
 * One commission action run from a button or a small form: whether it is on
 * its way, and what went wrong in words (a refusal from `commission.refusals`,
 * invalid input, or the server's error for FormStatus).
 */
export function useCommissionAction() {
  const refusals = useTranslations("commission.refusals");
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);

  async function run<Data>(call: () => Promise<Result<Data>>): Promise<Exclude<Data, { refused: string }> | null> {
    setPending(true);
    setRefused(null);
    setInvalid(false);
    setServerError(null);
    const result = await call();
    setPending(false);
    if (result?.serverError) setServerError(result.serverError);
    else if (result?.validationErrors) setInvalid(true);
    else if (isRefused(result?.data)) setRefused(refusals(result.data.refused as "STALE_CARD"));
    else if (result?.data !== undefined) return result.data as Exclude<Data, { refused: string }>;
    return null;
  }

  return { run, pending, refused, invalid, serverError };
}
