"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export type Receipt = { tracker: string; choices: { id: string; candidateName: string }[] };

/**
 * Shown once, after the cast: the tracker (kept nowhere else), ways to keep
 * it (print, copy), and the ballots of the person's other organisations that
 * are still to be cast, so a representative of two does not have to find
 * their way back through the election page.
 */
export function BallotReceipt({
  electionSlug,
  organisation,
  receipt,
  others,
}: {
  electionSlug: string;
  organisation: { name: string };
  receipt: Receipt;
  others: { id: string; name: string }[];
}) {
  const t = useTranslations("ballot.receipt");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<"copied" | "copyFailed" | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copyTracker = async () => {
    try {
      await navigator.clipboard.writeText(receipt.tracker);
      setCopy("copied");
    } catch {
      // No clipboard (an insecure origin, or permission refused): say so, the tracker is on screen.
      setCopy("copyFailed");
    }
  };

  return (
    // Printed alone (app/globals.css): the tracker and how to check it, without the organisation or the choices,
    // so a sheet left on a shared printer does not say who voted for whom.
    <section
      aria-labelledby="receipt-heading"
      data-print-receipt
      className="mt-6 max-w-3xl rounded border-4 border-green-800 p-4"
    >
      <h2 id="receipt-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold print:hidden">
        {t("heading", { organisation: organisation.name })}
      </h2>
      <p className="hidden text-2xl font-bold print:block">{t("printHeading")}</p>
      <p className="mt-3">{t("trackerIntro")}</p>
      <p
        className="mt-2 font-mono text-3xl font-bold tracking-wider"
        aria-label={t("trackerLabel", { tracker: receipt.tracker.split("").join(" ") })}
      >
        {receipt.tracker}
      </p>
      <p className="mt-3 print:hidden">{t("choicesIntro")}</p>
      <ul className="mt-1 list-disc pl-6 print:hidden">
        {receipt.choices.map((choice) => (
          <li key={choice.id} lang="pl">
            {choice.candidateName}
          </li>
        ))}
      </ul>
      <p className="mt-3 font-semibold">{t("once")}</p>
      <p className="mt-2">{t("keepSafe")}</p>
      <div className="mt-4 flex flex-wrap gap-3 print:hidden">
        <Button variant="secondary" onClick={() => window.print()}>
          {t("print")}
        </Button>
        <Button variant="secondary" onClick={() => void copyTracker()}>
          {t("copy")}
        </Button>
      </div>
      <p className="mt-2 print:hidden" aria-live="polite">
        {copy && t(copy)}
      </p>
      {others.length > 0 && (
        <div className="mt-6 print:hidden">
          <h3 className="text-xl font-bold">{t("othersHeading")}</h3>
          <ul className="mt-2 space-y-2">
            {others.map((other) => (
              <li key={other.id}>
                <ButtonLink
                  href={{
                    pathname: "/elections/[slug]/vote",
                    params: { slug: electionSlug },
                    query: { organizacja: other.id },
                  }}
                >
                  {t("voteOther", { organisation: other.name })}
                </ButtonLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
