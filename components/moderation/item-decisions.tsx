"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { ReasonDisclosure } from "@/components/forms/reason-disclosure";
import { useDecisions } from "@/components/forms/use-decisions";
import { useErrorText } from "@/components/forms/error-text";
import { Button } from "@/components/ui/button";
import { moderationReasonSchema } from "@/lib/moderation/reason";

type Response = { data?: unknown; serverError?: string } | undefined;

/**
 * Decisions taken one item at a time (news, library): `decide` runs one and
 * says what it did, or why not (the kind's refusal texts are under
 * `refusals`); `pending` holds every decision button back while one runs.
 */
export function useItemDecisions(refusals: string) {
  const { decide: run, alerts } = useDecisions(refusals);
  const [running, setRunning] = useState(0);
  async function decide(action: () => Promise<Response>, done: string): Promise<void> {
    setRunning((count) => count + 1);
    try {
      await run(action, done);
    } finally {
      setRunning((count) => count - 1);
    }
  }
  return { decide, alerts, pending: running > 0 };
}
export type ItemDecisions = ReturnType<typeof useItemDecisions>;

/** A decision on one item: its name, then (for screen readers) which item it is about. */
export function DecisionButton({
  context,
  children,
  ...props
}: Omit<React.ComponentProps<typeof Button>, "children"> & { context: string; children: ReactNode }) {
  return (
    <Button {...props}>
      {children}
      <span className="sr-only"> – {context}</span>
    </Button>
  );
}

/**
 * A decision that needs a reason the writer is told (reject, take down): the
 * reason is checked here as the server will check it, then the decision runs.
 */
export function ReasonDecision({
  decisions,
  open,
  submit,
  context,
  done,
  run,
}: {
  decisions: ItemDecisions;
  /** The button that opens the reason's form ("Reject…"). */
  open: string;
  /** The button that sends it ("Reject the article"). */
  submit: string;
  /** Which item it is about, for screen readers. */
  context: string;
  /** What is said once it is done. */
  done: string;
  run: (reason: string) => Promise<Response>;
}) {
  const t = useTranslations("newsModeration");
  const texts = useErrorText();
  return (
    <ReasonDisclosure
      open={open}
      label={t("reason")}
      submit={submit}
      cancel={t("cancel")}
      context={context}
      pending={decisions.pending}
      onSubmit={async (reason) => {
        const parsed = moderationReasonSchema.safeParse(reason);
        if (!parsed.success) return texts.field(parsed.error.issues[0]!.message);
        await decisions.decide(() => run(parsed.data), done);
        return null;
      }}
    />
  );
}
