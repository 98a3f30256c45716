import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InterestForm } from "@/components/partnerships/interests/interest-form";
import { InterestStateLine } from "@/components/partnerships/interests/interest-state";
import { WithdrawInterestButton } from "@/components/partnerships/interests/withdraw-interest-button";
import { ButtonLink } from "@/components/ui/button";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { isUndecided } from "@/lib/partnerships/interests/policy";
import type { InterestSectionView } from "@/lib/partnerships/interests/queries";

/**
 * The request page's section on interest (lib/partnerships/interests/queries.ts
 * interestSectionView): the sign-in link, the author's counts, or for each
 * side the reader acts for its interest's state (with withdraw) or the form.
 */
export async function InterestSection({ view, locale }: { view: InterestSectionView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "partnerInterests" });
  return (
    <section aria-labelledby="interest-section-heading" className="mt-8 max-w-3xl">
      <h2 id="interest-section-heading" className="text-2xl font-bold">
        {t("section.heading")}
      </h2>
      {view.kind === "visitor" &&
        (view.open ? (
          <p className="mt-2">
            <ButtonLink
              variant="secondary"
              href={signInReturningTo({ pathname: "/partnerships/[slug]", params: { slug: view.slug } }, locale)}
            >
              {t("section.signIn")}
            </ButtonLink>
          </p>
        ) : (
          <p className="mt-2">{t("section.closed")}</p>
        ))}
      {view.kind === "none" && <p className="mt-2">{view.open ? t("section.noSide") : t("section.closed")}</p>}
      {view.kind === "author" && (
        <>
          <ul className="mt-2 list-disc pl-6">
            {(Object.entries(view.counts) as [keyof typeof view.counts, number][]).map(([status, count]) => (
              <li key={status}>{t("section.count", { status, count })}</li>
            ))}
          </ul>
          <p className="mt-3">
            <ButtonLink href={{ pathname: "/partnerships/[slug]/interests", params: { slug: view.slug } }}>
              {t("section.review")}
            </ButtonLink>
          </p>
        </>
      )}
      {view.kind === "sender" && (
        <ClientMessages namespaces={["errors", "forms.errors", "ui", "partnerInterests", "partnerships"]}>
          {/* Polite live region: an interest just sent appears here, and is announced, as the form goes. */}
          <div aria-live="polite">
            {view.sides.some((side) => side.interest) && (
              <ul className="mt-2 space-y-3">
                {view.sides.flatMap((side) =>
                  side.interest
                    ? [
                        <li key={side.choice} className="border-l-4 border-slate-300 pl-3">
                          <InterestStateLine
                            name={side.name}
                            status={side.interest.status}
                            note={side.interest.decisionNote}
                          />
                          {side.interest.status === "ACCEPTED" && (
                            <p className="mt-1">
                              <Link href="/partnerships/mine">{t("section.toMine")}</Link>
                            </p>
                          )}
                          {isUndecided(side.interest.status) && (
                            <WithdrawInterestButton interestId={side.interest.id} context={side.name} />
                          )}
                        </li>,
                      ]
                    : [],
                )}
              </ul>
            )}
          </div>
          {view.sides
            .filter(
              (side) =>
                !side.interest && side.refusal && side.refusal !== "notOpen" && side.refusal !== "repliesClosed",
            )
            .map((side) => (
              <p key={side.choice} className="mt-2">
                {t("section.sideCannot", { name: side.name, reason: t(`refusals.${side.refusal!}`) })}
              </p>
            ))}
          {view.closedBecause ? (
            <p className="mt-2">{t(`refusals.${view.closedBecause}`)}</p>
          ) : (
            view.sides.some((side) => !side.interest && !side.refusal) && (
              <InterestForm
                // A new form once a side has sent: nothing typed for one organisation is sent again for another.
                key={view.sides
                  .filter((side) => !side.interest && !side.refusal)
                  .map((side) => side.choice)
                  .join()}
                requestId={view.requestId}
                sides={view.sides.filter((side) => !side.interest && !side.refusal)}
                needs={view.needs}
              />
            )
          )}
        </ClientMessages>
      )}
    </section>
  );
}
