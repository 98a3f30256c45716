import { getTranslations } from "next-intl/server";
import { AnswersForm } from "@/components/competitions/formal/answers-form";
import { CorrectionHistory } from "@/components/competitions/formal/correction-history";
import { CorrectionRequestForm } from "@/components/competitions/formal/correction-request-form";
import { RejectForm } from "@/components/competitions/formal/reject-form";
import { When } from "@/components/small-grants/money";
import { Alert } from "@/components/ui/alert";
import type { FormalOfferView } from "@/lib/competitions/formal/queries";
import { Link } from "@/lib/i18n/navigation";

/**
 * The sections of one offer's formal page: where it stands, the checklist,
 * the two other outcomes (correction, rejection) while the check is open and
 * no correction is awaited, the corrections with what they changed, and the
 * versions.
 */
export async function FormalOfferSections({ view }: { view: FormalOfferView }) {
  const t = await getTranslations("competitionFormal");
  const sectionNames = await getTranslations("offerEditor.sectionNames");
  const sectionName = Object.fromEntries(
    [...view.nameable, "funding", "jointSplit"].map((key) => [key, sectionNames(key as "costs")]),
  );
  const { review } = view;
  const decided = review.status === "COMPLETE" || review.status === "REJECTED";
  const awaiting = view.corrections.find((c) => c.status === "OPEN");
  return (
    <>
      <p className="mt-1">
        {view.offer.task} · {view.offer.applicants.join(", ")}
      </p>
      <p className="mt-1">
        {t("offer.current", { number: view.current.number, checksum: view.current.shortChecksum })}{" "}
        <Link
          href={{
            pathname: "/competitions/[slug]/offers/[id]",
            params: { slug: view.competition.slug, id: view.offer.id },
          }}
          className="underline"
        >
          {t("offer.read")}
        </Link>
      </p>
      <Alert tone={review.status === "REJECTED" ? "warning" : "info"} title={t(`status.${review.status}`)}>
        {review.status === "REJECTED" && <p className="whitespace-pre-line">{review.rejectionReason}</p>}
        {awaiting && (
          <p>
            {t("offer.awaiting")} <When at={awaiting.dueAt} />
          </p>
        )}
        {review.checkedAt && (
          <p>
            {t("offer.checked", { name: review.checkedByName ?? "—" })} <When at={review.checkedAt} />
          </p>
        )}
      </Alert>

      <section aria-labelledby="answers-heading" className="mt-8">
        <h2 id="answers-heading" className="text-2xl font-bold">
          {t("offer.answersHeading")}
        </h2>
        {view.items.length === 0 ? (
          <p>
            {t("offer.noChecklist")}{" "}
            <Link
              href={{ pathname: "/competitions/[slug]/formal-check", params: { slug: view.competition.slug } }}
              className="underline"
            >
              {t("title")}
            </Link>
          </p>
        ) : (
          <AnswersForm offerId={view.offer.id} items={view.items} decided={decided} />
        )}
      </section>

      {!decided && !awaiting && (
        <>
          <section aria-labelledby="correction-heading" className="mt-10">
            <h2 id="correction-heading" className="text-2xl font-bold">
              {t("correction.heading")}
            </h2>
            <CorrectionRequestForm
              offerId={view.offer.id}
              parts={view.nameable.map((key) => ({ key, label: sectionName[key] ?? key }))}
              requirements={view.requirements}
              defaultDueOn={view.defaultDueOn}
            />
          </section>
          <section aria-labelledby="reject-heading" className="mt-10">
            <h2 id="reject-heading" className="text-2xl font-bold">
              {t("offer.rejectHeading")}
            </h2>
            <RejectForm offerId={view.offer.id} />
          </section>
        </>
      )}

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-2xl font-bold">
          {t("history.heading")}
        </h2>
        <CorrectionHistory
          corrections={view.corrections}
          sectionName={sectionName}
          requirementName={Object.fromEntries(view.requirements.map((r) => [r.id, r.label]))}
        />
      </section>

      <section aria-labelledby="versions-heading" className="mt-10">
        <h2 id="versions-heading" className="text-2xl font-bold">
          {t("offer.versionsHeading")}
        </h2>
        <ul className="mt-2 space-y-1">
          {view.versions.map((version) => (
            <li key={version.number}>
              {t("offer.version", {
                number: version.number,
                kind: t(`versionKinds.${version.kind}`),
                checksum: version.shortChecksum,
              })}{" "}
              <When at={version.submittedAt} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
