import { useTranslations } from "next-intl";
import { OfferDeadline } from "@/components/offers/editor/offer-deadline";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import type { OfferForEditor } from "@/lib/offers/queries";

/**
 * The offer's heading: its title, the competition and task it answers, the
 * deadline, its state, and where to go next (submit while it is a draft the
 * reader may prepare; the confirmation once submitted).
 */
export function OfferHeader({ offer, heading }: { offer: OfferForEditor; heading: string }) {
  const t = useTranslations("offerEditor");
  const now = new Date();
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-bold" lang="pl">
        {heading}
      </h1>
      <dl className="mt-3 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
        {offer.competition && (
          <>
            <dt className="font-semibold">{t("header.competition")}</dt>
            <dd>
              <Link
                href={{ pathname: "/competitions/[slug]", params: { slug: offer.competition.slug } }}
                className="underline"
                lang="pl"
              >
                {offer.competition.title}
              </Link>
            </dd>
            <dt className="font-semibold">{t("header.deadline")}</dt>
            <dd>
              <OfferDeadline deadline={offer.competition.offersDeadline} now={now} />
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("header.kind")}</dt>
        <dd>{t(`kinds.${offer.kind}`)}</dd>
        <dt className="font-semibold">{t("header.applicants")}</dt>
        <dd lang="pl">{offer.applicants.map((applicant) => applicant.name).join(", ")}</dd>
        <dt className="font-semibold">{t("header.status")}</dt>
        <dd>{t(`statuses.${offer.status}`)}</dd>
      </dl>
      {offer.status === "DRAFT" && !offer.mayEdit && <Alert tone="info">{t("header.readOnlyMember")}</Alert>}
      {offer.status !== "DRAFT" && (
        <Alert tone="info">
          {t("header.notDraft")}{" "}
          <Link href={{ pathname: "/offers/[id]/confirmation", params: { id: offer.id } }} className="underline">
            {t("header.confirmationLink")}
          </Link>
        </Alert>
      )}
      {offer.mayEdit && (
        <p className="mt-4">
          <Link
            href={{ pathname: "/offers/[id]/submit", params: { id: offer.id } }}
            className="font-semibold underline"
          >
            {t("header.submitLink")}
          </Link>{" "}
          {t("header.submitHint")}
        </p>
      )}
    </header>
  );
}
