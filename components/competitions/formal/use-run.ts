"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AppErrorCode } from "@/lib/errors";
import { isRefused } from "@/lib/rule-errors/refusals";

type Result = { data?: unknown; serverError?: AppErrorCode; validationErrors?: unknown } | undefined;

/**
 * Runs one of the formal check's actions and keeps what it said for
 * FormStatus: a refusal in the words of `competitionFormal.refusals`, a
 * server error, or invalid input. `onDone` runs when it succeeded.
 */
export function useRun() {
  const refusals = useTranslations("competitionFormal.refusals");
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState(false);

  async function run(call: () => Promise<Result>): Promise<boolean> {
    setPending(true);
    setRefused(null);
    setServerError(null);
    setInvalid(false);
    setDone(false);
    const result = await call();
    setPending(false);
    if (result?.serverError) setServerError(result.serverError);
    else if (result?.validationErrors) setInvalid(true);
    else if (isRefused(result?.data)) setRefused(refusals(result.data.refused as "REVIEW_DECIDED"));
    else {
      setDone(true);
      return true;
    }
    return false;
  }

  return { run, pending, refused, serverError, invalid, done };
}
