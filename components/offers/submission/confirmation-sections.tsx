import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { longDateTime } from "@/lib/i18n/date-time";
import type { UploadChannel } from "@/lib/offers/confirmations/schemas";
import type { ConfirmationView } from "@/lib/offers/confirmations/view";
import { ConfirmationsList } from "@/components/offers/submission/confirmations-list";
import { OfferStatusActions } from "@/components/offers/submission/offer-status-actions";
import { SignedUploadForm } from "@/components/offers/submission/signed-upload-form";
import { SignerChooser } from "@/components/offers/submission/signer-chooser";
import { VersionDownloads } from "@/components/offers/submission/version-downloads";

/** The confirmation page's sections: the version and its PDFs, signers, upload, confirmations, withdrawal. */
export async function ConfirmationSections({ view }: { view: ConfirmationView }) {
  const t = await getTranslations("offerSubmission.confirmation");
  const format = await getFormatter();
  const uploadChannels = view.competition.confirmationChannels.filter((c): c is UploadChannel => c !== "PAPER");
  return (
    <>
      <Alert tone={view.offer.status === "SUBMITTED" ? "success" : "warning"}>
        {t(`offerStatus.${view.offer.status}`)}
      </Alert>
      {view.current ? (
        <section aria-labelledby="version" className="mt-6">
          <h2 id="version" className="text-2xl font-semibold">
            {t("versionHeading")}
          </h2>
          <VersionDownloads offerId={view.offer.id} version={view.current} />
        </section>
      ) : (
        <p className="mt-4">{t("noVersion")}</p>
      )}
      {view.current && view.offer.status === "SUBMITTED" && (
        <section aria-labelledby="signers" className="mt-8">
          <h2 id="signers" className="text-2xl font-semibold">
            {t("signersHeading")}
          </h2>
          <p className="mt-2 max-w-3xl">
            {view.competition.confirmationRequired
              ? view.competition.confirmationDueAt
                ? t("requiredBy", { due: longDateTime(format, view.competition.confirmationDueAt) })
                : t("required")
              : t("notRequired")}
          </p>
          <SignerChooser view={view} />
        </section>
      )}
      {view.mayUpload && uploadChannels.length > 0 && (
        <section aria-labelledby="upload" className="mt-8">
          <h2 id="upload" className="text-2xl font-semibold">
            {t("uploadHeading")}
          </h2>
          <SignedUploadForm offerId={view.offer.id} channels={uploadChannels} />
        </section>
      )}
      <section aria-labelledby="received" className="mt-8">
        <h2 id="received" className="text-2xl font-semibold">
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
      </section>
      {(view.mayWithdraw || view.mayReopen) && (
        <section aria-labelledby="change" className="mt-8">
          <h2 id="change" className="text-2xl font-semibold">
            {t("changeHeading")}
          </h2>
          <p className="mt-2 max-w-3xl">
            {t("changeIntro", { deadline: longDateTime(format, view.competition.offersDeadline) })}
          </p>
          <OfferStatusActions offerId={view.offer.id} mayWithdraw={view.mayWithdraw} mayReopen={view.mayReopen} />
        </section>
      )}
    </>
  );
}
