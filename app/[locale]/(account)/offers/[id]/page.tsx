import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LeaveOfferButton } from "@/components/offers/co-applicants/consent-buttons";
import { InvitationPanel } from "@/components/offers/co-applicants/invitation-panel";
import { applicantBlockId } from "@/components/offers/checks/field-ids";
import { AttachmentsSection } from "@/components/offers/editor/attachments-section";
import { CoApplicantsPanel } from "@/components/offers/editor/co-applicants-panel";
import { OfferEditor } from "@/components/offers/editor/offer-editor";
import { OfferHeader } from "@/components/offers/editor/offer-header";
import { EvaluationStatus } from "@/components/offers/status/evaluation-status";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClassName } from "@/components/ui/button";
import { FlashNotice } from "@/components/ui/flash-notice";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { joinedCoApplicant } from "@/lib/offers/co-applicants/answer-notice";
import { loadOfferInvitation } from "@/lib/offers/co-applicants/invitation";
import { ACCEPTED_PARAM } from "@/lib/offers/co-applicants/notice-params";
import { loadOfferForEditor } from "@/lib/offers/queries";
import { isRecordId } from "@/lib/validation/record-id";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerEditor" });
  return pageTitle(locale, t("title"));
}

/** An offer of one of the reader's organisations: the editor while it is a draft, read-only after. */
export default async function OfferPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { id } = await params;
  const offer = isRecordId(id) ? await loadOfferForEditor(id, user) : null;
  if (!offer) {
    // An invited co-applicant that has not agreed yet sees the invitation, not the draft.
    const invitation = isRecordId(id) ? await loadOfferInvitation(id, user) : null;
    if (!invitation) notFound();
    const t = await getTranslations({ locale });
    return (
      <ClientMessages namespaces={["offerEditor.invitation", "ui", "errors"]}>
        {/* The way back for someone who came from a notification, as on the draft. */}
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("offerEditor.list.title"), href: "/offers" },
            { label: t("offerEditor.invitation.heading") },
          ]}
        />
        <InvitationPanel invitation={invitation} />
      </ClientMessages>
    );
  }
  const t = await getTranslations({ locale });
  const heading = offer.title || offer.task?.kindName || t("offerEditor.untitled");
  const joined = joinedCoApplicant(offer, (await searchParams)[ACCEPTED_PARAM], user);
  return (
    <ClientMessages namespaces={["offerEditor", "offerCosts", "offerRules", "ui", "forms.errors", "errors"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("offerEditor.list.title"), href: "/offers" },
          { label: heading },
        ]}
      />
      <OfferHeader offer={offer} heading={heading} />
      {offer.status === "SUBMITTED" && <EvaluationStatus offerId={offer.id} />}
      {joined && (
        // Just accepted (components/offers/co-applicants/consent-buttons.tsx): what changed, and where its part is.
        <FlashNotice>
          <p>{t("offerEditor.invitation.accepted", { name: joined.name })}</p>
          <p className="mt-2">
            <a href={`#${applicantBlockId(joined.organisationId)}`} className="font-semibold underline">
              {t("offerEditor.invitation.acceptedLink")}
            </a>
          </p>
        </FlashNotice>
      )}
      {offer.mayManageCoApplicants &&
        offer.template === "FULL_2018" &&
        (offer.kind === "JOINT" || offer.params.jointOffersAllowed !== false) && (
          <CoApplicantsPanel
            offerId={offer.id}
            leadOrganisationId={offer.applicants[0]!.organisationId}
            coApplicants={offer.coApplicants}
          />
        )}
      <OfferEditor
        // A change of co-applicants rewrites II on the server: the editor starts again from the stored
        // sections (what was typed elsewhere meanwhile comes back from this browser's copies).
        key={offer.applicants.map((applicant) => applicant.organisationId).join(",")}
        offerId={offer.id}
        template={offer.template}
        kind={offer.kind}
        mayEdit={offer.mayEdit}
        editableApplicants={offer.editableApplicants}
        sections={offer.sections.map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() }))}
        applicants={offer.applicants}
        params={offer.params}
        fallbackYears={offer.fallbackYears}
        addressee={{
          institutionName: offer.institutionName,
          taskName: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
        }}
      />
      <AttachmentsSection
        offerId={offer.id}
        slots={offer.attachments.slots}
        files={offer.attachments.files}
        editable={offer.mayEdit}
      />
      {offer.mayEdit && (
        // The form ends here: the way on is where the user finishes, not only in the header.
        <p className="mt-8">
          <Link href={{ pathname: "/offers/[id]/submit", params: { id: offer.id } }} className={buttonClassName()}>
            {t("offerEditor.header.submitLink")}
          </Link>
        </p>
      )}
      {offer.leaveAs && (
        // Last on the page: withdrawing is for when the organisation no longer takes part, not the first thing to do.
        <section aria-labelledby="participation-heading" className="mt-10">
          <h2 id="participation-heading" className="text-2xl font-bold">
            {t("offerEditor.invitation.participationHeading")}
          </h2>
          <p className="mt-2">{t("offerEditor.invitation.participation", { name: offer.leaveAs.name })}</p>
          <p>{t("offerEditor.invitation.leaveHint")}</p>
          <LeaveOfferButton
            offerId={offer.id}
            organisationId={offer.leaveAs.organisationId}
            organisationName={offer.leaveAs.name}
          />
        </section>
      )}
    </ClientMessages>
  );
}
