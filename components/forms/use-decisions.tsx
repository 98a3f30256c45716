"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useRouter } from "@/lib/i18n/navigation";

type Response = { data?: unknown; serverError?: string } | undefined;

/**
 * Decisions in a moderators' list (approve, reject, accept…): `decide` runs
 * one and says what happened, or why it could not (a rule's refusal, under
 * `refusals`, or the server's error); the page then refreshes. `alerts` shows
 * the outcome above the list.
 */
export function useDecisions(refusals: string) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function decide(run: () => Promise<Response>, done: string): Promise<void> {
    setNotice(null);
    setFailure(null);
    const response = await run();
    const data = response?.data;
    const refused = data && typeof data === "object" && "refused" in data ? String((data as { refused: string }).refused) : null;
    if (refused) setFailure(t(`${refusals}.${refused}` as never));
    else if (response?.serverError) setFailure(t(`errors.${response.serverError}` as never));
    else if (data) {
      setNotice(done);
      router.refresh();
    }
  }

  const alerts = (
    <>
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
    </>
  );
  return { decide, alerts };
}
