import { useTranslations } from "next-intl";
import { InvitationAnswer } from "@/components/offers/co-applicants/consent-buttons";
import { OfferDeadline } from "@/components/offers/editor/offer-deadline";
import { Link } from "@/lib/i18n/navigation";
import type { OfferInvitation } from "@/lib/offers/co-applicants/invitation";

/**
 * What an invited co-applicant's member sees instead of the draft: who asks
 * which of their organisations to join which offer, by when, and where to
 * find the lead's contact data to ask first; the owners and editors answer
 * here, other members are told who can.
 */
export function InvitationPanel({ invitation }: { invitation: OfferInvitation }) {
  const t = useTranslations("offerEditor.invitation");
  return (
    <section aria-labelledby="invitation-heading" className="rounded border-2 border-slate-300 p-4">
      <h1 id="invitation-heading" className="text-3xl font-bold">
        {t("heading")}
      </h1>
      <p className="mt-3">
        {t.rich("intro", {
          lead: invitation.leadName,
          organisation: invitation.organisationName,
          strong: (chunks) => <strong lang="pl">{chunks}</strong>,
        })}
      </p>
      <dl className="mt-3 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-semibold">{t("lead")}</dt>
        <dd>
          <Link
            href={{ pathname: "/organisations/[slug]", params: { slug: invitation.leadSlug } }}
            className="underline"
          >
            <span lang="pl">{invitation.leadName}</span> {t("leadProfile")}
          </Link>
        </dd>
        {invitation.invitedBy && (
          <>
            <dt className="font-semibold">{t("invitedBy")}</dt>
            <dd lang="pl">{invitation.invitedBy}</dd>
          </>
        )}
        {invitation.title && (
          <>
            <dt className="font-semibold">{t("offer")}</dt>
            <dd lang="pl">{invitation.title}</dd>
          </>
        )}
        <dt className="font-semibold">{t("addressee")}</dt>
        <dd lang="pl">{invitation.institutionName}</dd>
        {invitation.competition && (
          <>
            <dt className="font-semibold">{t("competition")}</dt>
            <dd>
              <Link
                href={{ pathname: "/competitions/[slug]", params: { slug: invitation.competition.slug } }}
                className="underline"
                lang="pl"
              >
                {invitation.competition.title}
              </Link>
            </dd>
          </>
        )}
        {invitation.task && (
          <>
            <dt className="font-semibold">{t("task")}</dt>
            <dd lang="pl">{invitation.task}</dd>
          </>
        )}
        {invitation.competition && (
          <>
            <dt className="font-semibold">{t("deadline")}</dt>
            <dd>
              <OfferDeadline deadline={invitation.competition.offersDeadline} now={new Date()} />
            </dd>
          </>
        )}
      </dl>
      <p className="mt-3">{t("explain")}</p>
      {invitation.mayAnswer ? (
        <InvitationAnswer offerId={invitation.offerId} organisationId={invitation.organisationId} />
      ) : (
        <p className="mt-3">{t("onlyEditors")}</p>
      )}
    </section>
  );
}
