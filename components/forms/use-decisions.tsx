"use client";

import { useEffect, useRef, useState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { isRefused } from "@/lib/rule-errors/refusals";
import { Alert } from "@/components/ui/alert";

/**
 * Decisions in a moderators' list (approve, reject, accept…): `decide` runs
 * one and says what happened, or why it could not (a rule's refusal, under
 * `refusals`, or the server's error); the action refreshes the page. `alerts` shows
 * the outcome above the list. With `focusOutcome`, keyboard focus moves to
 * the outcome once it shows (the button acted on may vanish with the refresh,
 * and focus would fall to the page's start); `alerts` must then stay mounted
 * in one place while the list empties.
 */
type Response = { data?: unknown; serverError?: string } | undefined;

export function useDecisions(refusals: string, { focusOutcome = false }: { focusOutcome?: boolean } = {}) {
  const errorText = useErrorText();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const [decided, setDecided] = useState(0);
  useEffect(() => {
    if (focusOutcome && decided > 0) outcome.current?.focus();
  }, [focusOutcome, decided]);

  async function decide(run: () => Promise<Response>, done: string): Promise<void> {
    setNotice(null);
    setFailure(null);
    const response = await run();
    const data = response?.data;
    if (isRefused(data)) setFailure(errorText.refusal(refusals, String(data.refused)));
    else if (response?.serverError) setFailure(errorText.code(response.serverError));
    else if (data) setNotice(done);
    setDecided((count) => count + 1);
  }

  const alerts = (
    <div ref={outcome} tabIndex={focusOutcome ? -1 : undefined}>
      {notice && (
        <Alert tone="success" live>
          {notice}
        </Alert>
      )}
      {failure && (
        <Alert tone="error" live>
          {failure}
        </Alert>
      )}
    </div>
  );
  return { decide, alerts };
}
