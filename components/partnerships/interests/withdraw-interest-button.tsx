"use client";

import { useTranslations } from "next-intl";
import { useDecisions } from "@/components/forms/use-decisions";
import { Button } from "@/components/ui/button";
import { withdrawInterestAction } from "@/lib/partnerships/interests/actions";
import { useState } from "react";

/** Taking one's interest back while the author has not decided; the page then shows it withdrawn. */
export function WithdrawInterestButton({ interestId, context }: { interestId: string; context: string }) {
  const t = useTranslations("partnerInterests");
  const { decide, alerts } = useDecisions("partnerInterests.refusals", { focusOutcome: true });
  const [pending, setPending] = useState(false);
  return (
    <div>
      {alerts}
      <Button
        variant="secondary"
        busy={pending}
        onClick={async () => {
          setPending(true);
          await decide(() => withdrawInterestAction({ interestId }), t("withdrawn"));
          setPending(false);
        }}
      >
        {t("withdraw")}
        <span className="sr-only"> – {context}</span>
      </Button>
    </div>
  );
}
