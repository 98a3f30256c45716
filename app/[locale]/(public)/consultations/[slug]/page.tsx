import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationText } from "@/components/consultations/consultation-text";
import { TextComparison } from "@/components/consultations/text-comparison";
import { OwnRemarks } from "@/components/consultations/own-remarks";
import { RemarkControl } from "@/components/consultations/remark-control";
import { RemarkList } from "@/components/consultations/remark-list";
import { RemarkStandingNotice } from "@/components/consultations/remark-standing-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PhaseBadge } from "@/components/consultations/phase-badge";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { compareUnits } from "@/lib/consultations/diff";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { paragraphNumbers, splitIntoUnits, unitCitation, type SplitMode } from "@/lib/consultations/units";
import { getReport } from "@/lib/consultations/report/queries";
import { remarkStanding } from "@/lib/consultations/remarks/standing";
import { attachmentTimeline, listAttachments } from "@/lib/consultations/attachments";
import { listOwnRemarks, listUnitRemarks, remarkCountsByUnit } from "@/lib/consultations/remarks/queries";
import { remarksArePublic } from "@/lib/consultations/remarks/policy";
import { actingForOptions } from "@/lib/auth/acting-as";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { renderMarkdown } from "@/lib/text/markdown";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const consultation = await getConsultationBySlug((await params).slug);
  return consultation && consultation.status !== "DRAFT" ? pageTitle(locale, consultation.title) : {};
}

const GENERAL = "ogolne";

export default async function ConsultationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const consultation = await getConsultationBySlug((await params).slug);
  if (!consultation) notFound();
  const user = await getCurrentUser();
  const manages = can(user, "consultations.manage", { institutionId: consultation.institutionId });
  // A draft is seen only by its institution's officials (a preview).
  if (consultation.status === "DRAFT" && !manages) notFound();
  const now = new Date();
  const phase = phaseAt(consultation, now);
  const requested = (await searchParams).uwagi;
  const shownKey =
    typeof requested === "string" &&
    (requested === GENERAL || consultation.units.some((unit) => unit.key === requested))
      ? requested
      : null;
  const shownUnitId =
    shownKey === GENERAL ? null : (consultation.units.find((unit) => unit.key === shownKey)?.id ?? null);
  const publicRemarks = remarksArePublic(consultation, now);
  const [t, format, counts, shownRemarks, ownRemarks, organisations, report, attachments, laterAttachments] =
    await Promise.all([
      getTranslations({ locale }),
      getFormatter({ locale }),
      publicRemarks ? remarkCountsByUnit(consultation.id) : null,
      publicRemarks && shownKey ? listUnitRemarks(consultation.id, shownUnitId) : [],
      user ? listOwnRemarks(consultation.id, user.id) : [],
      user && phase === "open" ? actingForOptions(user) : [],
      getReport(consultation.id),
      listAttachments(consultation.id),
      attachmentTimeline(consultation.id),
    ]);
  const allowSelf = consultation.audience === "ORGANISATIONS_AND_RESIDENTS";
  const remarkContext =
    user && phase === "open" && (allowSelf || organisations.length > 0)
      ? { consultationId: consultation.id, personName: user.name, organisations, allowSelf }
      : null;
  const standing =
    user && phase === "open" && !remarkContext ? await remarkStanding(user, consultation.institutionId) : null;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const organiser = consultation.institution.officeName ?? consultation.institution.name;
  return (
    <ClientMessages namespaces={["remarks", "answers", "actingAs", "forms", "errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("consultations.title"), href: "/consultations" },
          { label: consultation.title },
        ]}
      />
      {phase === "draft" && <Alert tone="info">{t("consultationPage.draftPreview")}</Alert>}
      <h1 className="text-3xl font-bold" lang="pl">
        {consultation.title}
      </h1>
      <PolishContentNotice kind="document" />
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <PhaseBadge phase={phase} />
        <span>{t(`consultations.kinds.${consultation.kind}`)}</span>
        <span>
          {t("consultationPage.organiser")}:{" "}
          <Link
            href={{ pathname: "/institutions/[slug]", params: { slug: consultation.institution.slug } }}
            className="underline"
          >
            {organiser}
          </Link>
        </span>
      </p>
      <p className="mt-4 text-lg font-semibold">
        {phase === "scheduled" &&
          t("consultationPage.opensAt", { start: when(consultation.startsAt), end: when(consultation.endsAt) })}
        {phase === "open" && t("consultationPage.openUntil", { end: when(consultation.endsAt) })}
        {(phase === "closed" || phase === "reportPublished") &&
          t("consultationPage.closedAt", { end: when(consultation.endsAt) })}
        {phase === "draft" &&
          t("consultationPage.plannedFor", { start: when(consultation.startsAt), end: when(consultation.endsAt) })}
      </p>
      {consultation.extensions.length > 0 && (
        <Alert tone="info">
          {t("consultationPage.extended", {
            end: when(consultation.endsAt),
            reason: consultation.extensions.at(-1)!.reason,
          })}
        </Alert>
      )}
      {manages && (
        <p className="mt-4">
          <ButtonLink
            href={{ pathname: "/consultations/[slug]/edit", params: { slug: consultation.slug } }}
            variant="secondary"
          >
            {t("consultationPage.manage")}
          </ButtonLink>
        </p>
      )}
      {report?.publishedAt && (
        <section aria-labelledby="report-heading" className="mt-8 max-w-3xl border-2 border-purple-800 p-4">
          <h2 id="report-heading" className="text-2xl font-bold">
            {t("consultationPage.reportHeading")}
          </h2>
          <p className="mt-2">{t("consultationPage.reportPublished", { when: when(report.publishedAt) })}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <a href={`/api/consultations/${consultation.id}/report?format=pdf`} className="underline">
              {t("consultationPage.reportPdf", {
                size: format.number((report.pdfFile?.size ?? 0) / 1024, { maximumFractionDigits: 0 }),
              })}
            </a>
            <a href={`/api/consultations/${consultation.id}/report?format=docx`} className="underline">
              {t("consultationPage.reportDocx", {
                size: format.number((report.docxFile?.size ?? 0) / 1024, { maximumFractionDigits: 0 }),
              })}
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="summary-heading" className="mt-8 max-w-3xl">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("consultationPage.summaryHeading")}
        </h2>
        {/* Rendered by lib/text/markdown.ts: raw HTML escaped, links checked. */}
        <div
          className="prose-user mt-3 space-y-3"
          lang="pl"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(consultation.summary, 3) }}
        />
      </section>
      <section aria-labelledby="details-heading" className="mt-8 max-w-3xl">
        <h2 id="details-heading" className="text-2xl font-bold">
          {t("consultationPage.detailsHeading")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("consultationPage.who")}</dt>
          <dd>{t(`consultations.audiences.${consultation.audience}`)}</dd>
          <dt className="font-semibold">{t("consultationPage.remarksPublished")}</dt>
          <dd>{t(`consultations.remarkPublications.${consultation.remarkPublication}`)}</dd>
          {consultation.legalBasis && (
            <>
              <dt className="font-semibold">{t("consultationPage.legalBasis")}</dt>
              <dd lang="pl">{consultation.legalBasis}</dd>
            </>
          )}
          {(consultation.meetingAt || consultation.meetingPlace || consultation.meetingUrl) && (
            <>
              <dt className="font-semibold">{t("consultationPage.meeting")}</dt>
              <dd>
                {consultation.meetingAt && <span className="block">{when(consultation.meetingAt)}</span>}
                {consultation.meetingPlace && (
                  <span className="block" lang="pl">
                    {consultation.meetingPlace}
                  </span>
                )}
                {consultation.meetingUrl && (
                  <a href={consultation.meetingUrl} className="underline" rel="noopener nofollow">
                    {t("consultationPage.meetingOnline")}
                  </a>
                )}
              </dd>
            </>
          )}
          {(consultation.contactPerson || consultation.contactEmail) && (
            <>
              <dt className="font-semibold">{t("consultationPage.contact")}</dt>
              <dd>
                {consultation.contactPerson && <span className="block">{consultation.contactPerson}</span>}
                {consultation.contactEmail && (
                  <a href={`mailto:${consultation.contactEmail}`} className="underline">
                    {consultation.contactEmail}
                  </a>
                )}
              </dd>
            </>
          )}
          {consultation.spheres.length > 0 && (
            <>
              <dt className="font-semibold">{t("consultationPage.spheres")}</dt>
              <dd>{consultation.spheres.map(({ sphere }) => sphereName(sphere, locale)).join("; ")}</dd>
            </>
          )}
          {consultation.territories.length > 0 && (
            <>
              <dt className="font-semibold">{t("consultationPage.territories")}</dt>
              <dd lang="pl">{consultation.territories.map(({ territory }) => territory.name).join(", ")}</dd>
            </>
          )}
          {consultation.bipUrl && (
            <>
              <dt className="font-semibold">{t("consultationPage.bip")}</dt>
              <dd>
                <a href={consultation.bipUrl} className="underline" rel="noopener">
                  {t("consultationPage.bipLink")}
                </a>
              </dd>
            </>
          )}
        </dl>
      </section>
      {attachments.length > 0 && (
        <section aria-labelledby="attachments-heading" className="mt-8 max-w-3xl">
          <h2 id="attachments-heading" className="text-2xl font-bold">
            {t("attachments.publicHeading")}
          </h2>
          <ul className="mt-2 space-y-1">
            {attachments.map((attachment) => (
              <li key={attachment.id}>
                <a
                  href={`/api/consultations/${consultation.id}/attachments/${attachment.id}`}
                  className="underline"
                  download
                >
                  {attachment.title}
                </a>{" "}
                <span className="text-slate-700">
                  ({attachment.file.kind.toUpperCase()},{" "}
                  {format.number(attachment.file.size / 1024, { maximumFractionDigits: 0 })} KB)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="timeline-heading" className="mt-8 max-w-3xl">
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t("consultationPage.timelineHeading")}
        </h2>
        <ol className="mt-3 list-disc space-y-1 pl-6">
          {consultation.publishedAt && (
            <li>{t("consultationPage.timeline.published", { when: when(consultation.publishedAt) })}</li>
          )}
          <li>{t("consultationPage.timeline.starts", { when: when(consultation.startsAt) })}</li>
          {/* Changes after the announcement, in the order they were made. */}
          {[
            ...consultation.extensions.map((extension) => ({
              key: extension.id,
              at: extension.createdAt,
              text: t("consultationPage.timeline.extended", {
                when: when(extension.createdAt),
                from: when(extension.previousEndsAt),
                to: when(extension.newEndsAt),
                reason: extension.reason,
              }),
            })),
            ...laterAttachments.map((attachment) => ({
              key: attachment.id,
              at: attachment.createdAt,
              text: t("consultationPage.timeline.documentAdded", {
                when: when(attachment.createdAt),
                title: attachment.title,
              }),
            })),
          ]
            .sort((a, b) => a.at.getTime() - b.at.getTime())
            .map((entry) => (
              <li key={entry.key}>{entry.text}</li>
            ))}
          <li>{t("consultationPage.timeline.ends", { when: when(consultation.endsAt) })}</li>
        </ol>
      </section>
      {phase === "open" && !remarkContext && standing && (
        <RemarkStandingNotice standing={standing} consultationSlug={consultation.slug} />
      )}
      {phase === "open" && !remarkContext && !user && (
        <Alert tone="info">
          {t("remarks.signInFirst")}{" "}
          <Link
            href={{ pathname: "/sign-in", query: { next: `/konsultacje/${consultation.slug}` } }}
            className="underline"
          >
            {t("nav.signIn")}
          </Link>
        </Alert>
      )}
      {!publicRemarks && phase === "open" && <p className="mt-4 max-w-3xl">{t("remarks.publishedAfterClose")}</p>}
      {publicRemarks && counts && counts.size > 0 && (
        <p className="mt-4 flex flex-wrap gap-4">
          <span>{t("consultationPage.remarksDownload")}</span>
          <a href={`/api/consultations/${consultation.id}/remarks?format=csv`} className="underline">
            CSV
          </a>
          <a href={`/api/consultations/${consultation.id}/remarks?format=xlsx`} className="underline">
            XLSX
          </a>
        </p>
      )}
      {consultation.finalText && consultation.finalPublishedAt && (
        <TextComparison
          comparison={compareUnits(
            splitIntoUnits(consultation.sourceText, consultation.splitMode as SplitMode),
            splitIntoUnits(consultation.finalText, (consultation.finalSplitMode ?? "auto") as SplitMode),
          )}
        />
      )}
      <ConsultationText
        units={consultation.units}
        counts={counts}
        shown={shownKey && shownKey !== GENERAL ? { key: shownKey, remarks: shownRemarks } : null}
        remarkContext={remarkContext}
      />
      <section aria-labelledby="general-remarks-heading" className="mt-8 max-w-4xl">
        <h2 id="general-remarks-heading" className="text-2xl font-bold">
          {t("remarks.generalHeading")}
        </h2>
        <p className="mt-2">{t("remarks.generalIntro")}</p>
        {counts && (counts.get(null) ?? 0) > 0 && (
          <p className="mt-2">
            <a href={`?uwagi=${GENERAL}#general-remarks-heading`} className="font-semibold underline">
              {t("consultationPage.remarksOnUnit", { count: counts.get(null) ?? 0 })}
            </a>
          </p>
        )}
        {shownKey === GENERAL && <RemarkList remarks={shownRemarks} id="uwagi-ogolne" />}
        {remarkContext && <RemarkControl context={remarkContext} unit={null} />}
      </section>
      {user && (
        <OwnRemarks
          context={
            remarkContext ?? { consultationId: consultation.id, personName: user.name, organisations: [], allowSelf }
          }
          open={phase === "open"}
          remarks={ownRemarks.map((remark) => ({
            id: remark.id,
            state: remark.state,
            unitLabel: remark.unit
              ? unitCitation(remark.unit, paragraphNumbers(consultation.units), (number) =>
                  t("consultationPage.paragraphNumber", { number }),
                )
              : null,
            organisationName: remark.organisation?.name ?? null,
            currentWording: remark.currentWording,
            proposedWording: remark.proposedWording,
            justification: remark.justification,
            decision: remark.decision,
            decisionReason: remark.decisionReason,
            createdAt: remark.createdAt,
            editedAt: remark.editedAt,
          }))}
        />
      )}
    </ClientMessages>
  );
}
