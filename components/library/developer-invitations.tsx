"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useDecisions } from "@/components/forms/use-decisions";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { answerDeveloperInvitationAction } from "@/lib/library/actions";

export type Invitation = { id: string; party: string; invitedBy: string | null; document: { slug: string; title: string; steward: string } };

/** Invitations to be named as a document's co-developer: the invited office or organisation accepts (named publicly) or declines. */
export function DeveloperInvitations({ items }: { items: Invitation[] }) {
  const t = useTranslations();
  const answer = useAction(answerDeveloperInvitationAction);
  const { decide, alerts } = useDecisions("libraryModeration.refusals");
  if (items.length === 0) return alerts;
  return (
    <section aria-labelledby="library-invitations-heading" className="mt-6 max-w-4xl">
      <h2 id="library-invitations-heading" className="text-2xl font-bold">
        {t("libraryAccount.invitations.heading")}
      </h2>
      <p className="mt-2">{t("libraryAccount.invitations.intro")}</p>
      {alerts}
      <ul className="mt-4 space-y-4">
        {items.map((item) => (
          <li key={item.id} className="rounded border-2 border-slate-300 p-4">
            <p>
              <Link href={{ pathname: "/library/[slug]", params: { slug: item.document.slug } }} className="underline" lang="pl">
                {t("libraryAccount.invitations.item", { party: item.party, title: item.document.title, steward: item.document.steward })}
              </Link>
            </p>
            {item.invitedBy && <p className="mt-1 text-slate-800">{t("libraryAccount.invitations.invitedBy", { name: item.invitedBy })}</p>}
            <div className="mt-3 flex flex-wrap gap-3">
              <Button disabled={answer.isPending} onClick={() => void decide(() => answer.executeAsync({ developerId: item.id, accept: true }), t("libraryAccount.invitations.accepted", { title: item.document.title }))}>
                {t("libraryAccount.invitations.accept")}
                <span className="sr-only"> – {item.document.title}</span>
              </Button>
              <Button variant="secondary" disabled={answer.isPending} onClick={() => void decide(() => answer.executeAsync({ developerId: item.id, accept: false }), t("libraryAccount.invitations.declined", { title: item.document.title }))}>
                {t("libraryAccount.invitations.decline")}
                <span className="sr-only"> – {item.document.title}</span>
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
