import { useLocale, useTranslations } from "next-intl";
import { OfferDeadline } from "@/components/offers/editor/offer-deadline";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";
import type { myOffers } from "@/lib/offers/queries";

type Item = Awaited<ReturnType<typeof myOffers>>[number];

/**
 * The reader's organisations' offers: each with its competition, task, offerors and their part in it,
 * deadline, state and sums; an invitation waiting for the reader's organisation says so first, without sums.
 */
export function OffersList({ offers, now, member }: { offers: Item[]; now: Date; member: boolean }) {
  const t = useTranslations("offerEditor");
  const locale = useLocale();
  if (offers.length === 0)
    // Offers are made by organisations: someone in none is shown the way to one, not told theirs have none.
    return member ? (
      <p className="mt-6">
        {t("list.empty")}{" "}
        <Link href="/competitions" className="underline">
          {t("list.competitionsLink")}
        </Link>
      </p>
    ) : (
      <p className="mt-6">
        {t("list.noOrganisation")}{" "}
        <Link href="/organisations" className="underline">
          {t("list.findOrganisation")}
        </Link>{" "}
        ·{" "}
        <Link href="/organisations/register" className="underline">
          {t("list.registerOrganisation")}
        </Link>
      </p>
    );
  return (
    <ul className="mt-6 space-y-4">
      {offers.map((offer) => (
        <li key={offer.id} className="rounded border-2 border-slate-300 p-4">
          <h2 className="text-xl font-bold">
            <Link href={{ pathname: "/offers/[id]", params: { id: offer.id } }} className="underline" lang="pl">
              {offer.title || offer.task?.kindName || t("untitled")}
            </Link>
          </h2>
          {offer.invitation && (
            // What the reader has to do here, before what the offer is: an invitation is not their draft.
            <p className="mt-2 inline-block rounded border-2 border-amber-700 bg-amber-50 px-2 py-1 font-semibold text-amber-900">
              {t("list.invitationBadge")}
            </p>
          )}
          <dl className="mt-2 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
            {offer.competition && (
              <>
                <dt className="font-semibold">{t("header.competition")}</dt>
                <dd lang="pl">{offer.competition.title}</dd>
              </>
            )}
            {offer.task && (
              <>
                <dt className="font-semibold">{t("list.task")}</dt>
                <dd lang="pl">
                  {offer.task.number}. {offer.task.kindName}
                </dd>
              </>
            )}
            <dt className="font-semibold">{t("header.applicants")}</dt>
            <dd>
              {offer.offerors.length === 1 ? (
                <span lang="pl">{offer.offerors[0]!.name}</span>
              ) : (
                <ul>
                  {offer.offerors.map((offeror, index) => (
                    <li key={index}>
                      <span lang="pl">{offeror.name}</span> – {t(`list.offeror.${offeror.state}`)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {offer.competition && (
              <>
                <dt className="font-semibold">{t("header.deadline")}</dt>
                <dd>
                  <OfferDeadline deadline={offer.competition.offersDeadline} now={now} />
                </dd>
              </>
            )}
            <dt className="font-semibold">{t("header.status")}</dt>
            <dd>{offer.invitation ? t("list.invitation") : t(`statuses.${offer.status}`)}</dd>
            {offer.totalCost !== null && offer.requestedGrant !== null && (
              <>
                <dt className="font-semibold">{t("list.totals")}</dt>
                <dd>
                  {t("list.totalsValue", {
                    total: formatPln(offer.totalCost, locale),
                    grant: formatPln(offer.requestedGrant, locale),
                  })}
                </dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
