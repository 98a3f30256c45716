"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { flushSync } from "react-dom";
import { useDecisions } from "@/components/forms/use-decisions";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { answerDeveloperInvitationAction } from "@/lib/library/actions";

export type Invitation = {
  id: string;
  party: string;
  invitedBy: string | null;
  document: { slug: string; title: string; steward: string };
};

/**
 * Invitations to be named as a document's co-developer: the invited office or
 * organisation accepts (named publicly) or declines. Declining cannot be
 * undone here, so it asks first; after either answer focus moves to the
 * message saying what happened (the invitation itself leaves the list).
 */
export function DeveloperInvitations({ items }: { items: Invitation[] }) {
  const t = useTranslations();
  const answer = useAction(answerDeveloperInvitationAction);
  const { decide, alerts } = useDecisions("libraryModeration.refusals", { focusOutcome: true });
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <>
      {/* Outside the section, so the message stays (and keeps focus) when the last invitation goes. */}
      {alerts}
      {items.length > 0 && (
        <section aria-labelledby="library-invitations-heading" className="mt-6 max-w-4xl">
          <h2 id="library-invitations-heading" className="text-2xl font-bold">
            {t("libraryAccount.invitations.heading")}
          </h2>
          <p className="mt-2">{t("libraryAccount.invitations.intro")}</p>
          <ul className="mt-4 space-y-4">
            {items.map((item) => (
              <li key={item.id} className="rounded border-2 border-slate-300 p-4">
                <p>
                  <Link
                    href={{ pathname: "/library/[slug]", params: { slug: item.document.slug } }}
                    className="underline"
                    lang="pl"
                  >
                    {t("libraryAccount.invitations.item", {
                      party: item.party,
                      title: item.document.title,
                      steward: item.document.steward,
                    })}
                  </Link>
                </p>
                {item.invitedBy && (
                  <p className="mt-1 text-slate-800">
                    {t("libraryAccount.invitations.invitedBy", { name: item.invitedBy })}
                  </p>
                )}
                {confirming === item.id ? (
                  <div
                    role="group"
                    aria-labelledby={`decline-confirm-${item.id}`}
                    className="mt-3 border-l-4 border-red-800 pl-3"
                  >
                    <p id={`decline-confirm-${item.id}`} className="font-semibold">
                      {t("libraryAccount.invitations.confirmDecline", { title: item.document.title })}
                    </p>
                    <div className="mt-2 flex flex-wrap gap-3">
                      <Button
                        variant="danger"
                        // Focus moves to the question's answer when it appears.
                        ref={(element) => element?.focus()}
                        disabled={answer.isPending}
                        onClick={async () => {
                          await decide(
                            () => answer.executeAsync({ developerId: item.id, accept: false }),
                            t("libraryAccount.invitations.declined", { title: item.document.title }),
                          );
                          setConfirming(null);
                        }}
                      >
                        {t("libraryAccount.invitations.declineConfirmed")}
                      </Button>
                      <Button
                        variant="secondary"
                        onClick={() => {
                          flushSync(() => setConfirming(null));
                          document.getElementById(`decline-${item.id}`)?.focus();
                        }}
                      >
                        {t("libraryAccount.invitations.cancel")}
                      </Button>
                    </div>
                  </div>
                ) : (
                  <div className="mt-3 flex flex-wrap gap-3">
                    <Button
                      disabled={answer.isPending}
                      onClick={() =>
                        void decide(
                          () => answer.executeAsync({ developerId: item.id, accept: true }),
                          t("libraryAccount.invitations.accepted", { title: item.document.title }),
                        )
                      }
                    >
                      {t("libraryAccount.invitations.accept")}
                      <span className="sr-only"> – {item.document.title}</span>
                    </Button>
                    <Button
                      id={`decline-${item.id}`}
                      variant="secondary"
                      disabled={answer.isPending}
                      onClick={() => setConfirming(item.id)}
                    >
                      {t("libraryAccount.invitations.decline")}
                      <span className="sr-only"> – {item.document.title}</span>
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
