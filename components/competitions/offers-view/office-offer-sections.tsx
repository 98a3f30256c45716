import { getTranslations } from "next-intl/server";
import type { OfficeOfferView } from "@/lib/competitions/offers-view/offer";
import { ConfirmationDecision } from "@/components/competitions/offers-view/confirmation-decisions";
import { PaperConfirmationForm } from "@/components/competitions/offers-view/paper-confirmation-form";
import { ConfirmationsList } from "@/components/offers/submission/confirmations-list";
import { OfferDocumentView } from "@/components/offers/submission/offer-document";
import { VersionDownloads } from "@/components/offers/submission/version-downloads";

/** The office's page of one offer: the version and its PDFs, confirmations and decisions, then the offer itself. */
export async function OfficeOfferSections({ view }: { view: OfficeOfferView }) {
  const t = await getTranslations("offerSubmission.office");
  const current = view.versions[0]!;
  const pending = current.confirmations.filter((c) => c.status === "UPLOADED");
  return (
    <>
      <section aria-labelledby="version" className="mt-6">
        <h2 id="version" className="text-2xl font-semibold">
          {t("versionHeading")}
        </h2>
        <VersionDownloads offerId={view.offer.id} version={view.current} attachments={view.attachments} />
      </section>
      <section aria-labelledby="confirmations" className="mt-8">
        <h2 id="confirmations" className="text-2xl font-semibold">
          {t("confirmationsHeading")}
        </h2>
        {view.versions.map((version) => (
          <ConfirmationsList
            key={version.number}
            offerId={view.offer.id}
            number={version.number}
            confirmations={version.confirmations}
          />
        ))}
        {view.mayRecord &&
          pending.map((confirmation) => (
            <div key={confirmation.id} className="mt-4">
              <h3 className="font-semibold">{t("decideHeading", { file: confirmation.fileName ?? "" })}</h3>
              <ConfirmationDecision confirmationId={confirmation.id} />
            </div>
          ))}
        {view.mayRecord && (
          <>
            <h3 className="mt-6 text-xl font-semibold">{t("paperHeading")}</h3>
            <PaperConfirmationForm offerId={view.offer.id} />
          </>
        )}
      </section>
      <section aria-labelledby="document" className="mt-8">
        <h2 id="document" className="text-2xl font-semibold">
          {t("documentHeading")}
        </h2>
        <OfferDocumentView
          document={view.document}
          institutionName={view.institutionName}
          task={view.task}
          joint={view.offer.kind === "JOINT"}
        />
      </section>
    </>
  );
}
