import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationText } from "@/components/consultations/consultation-text";
import { PhaseBadge } from "@/components/consultations/phase-badge";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { renderMarkdown } from "@/lib/text/markdown";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const consultation = await getConsultationBySlug((await params).slug);
  return consultation && consultation.status !== "DRAFT" ? pageTitle(locale, consultation.title) : {};
}

export default async function ConsultationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const consultation = await getConsultationBySlug((await params).slug);
  if (!consultation) notFound();
  const user = await getCurrentUser();
  const manages = can(user, "consultations.manage", { institutionId: consultation.institutionId });
  // A draft is seen only by its institution's officials (a preview).
  if (consultation.status === "DRAFT" && !manages) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const phase = phaseAt(consultation, new Date());
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const organiser = consultation.institution.officeName ?? consultation.institution.name;
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("consultations.title"), href: "/consultations" }, { label: consultation.title }]} />
      {phase === "draft" && <Alert tone="info">{t("consultationPage.draftPreview")}</Alert>}
      <h1 className="text-3xl font-bold">{consultation.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <PhaseBadge phase={phase} />
        <span>{t(`consultations.kinds.${consultation.kind}`)}</span>
        <span>
          {t("consultationPage.organiser")}:{" "}
          <Link href={{ pathname: "/institutions/[slug]", params: { slug: consultation.institution.slug } }} className="underline">
            {organiser}
          </Link>
        </span>
      </p>
      <p className="mt-4 text-lg font-semibold">
        {phase === "scheduled" && t("consultationPage.opensAt", { start: when(consultation.startsAt), end: when(consultation.endsAt) })}
        {phase === "open" && t("consultationPage.openUntil", { end: when(consultation.endsAt) })}
        {(phase === "closed" || phase === "reportPublished") && t("consultationPage.closedAt", { end: when(consultation.endsAt) })}
        {phase === "draft" && t("consultationPage.plannedFor", { start: when(consultation.startsAt), end: when(consultation.endsAt) })}
      </p>
      {consultation.extensions.length > 0 && (
        <Alert tone="info">
          {t("consultationPage.extended", { end: when(consultation.endsAt), reason: consultation.extensions.at(-1)!.reason })}
        </Alert>
      )}
      {manages && (
        <p className="mt-4">
          <ButtonLink href={{ pathname: "/consultations/[slug]/edit", params: { slug: consultation.slug } }} variant="secondary">
            {t("consultationPage.manage")}
          </ButtonLink>
        </p>
      )}
      <section aria-labelledby="summary-heading" className="mt-8 max-w-3xl">
        <h2 id="summary-heading" className="text-2xl font-bold">
          {t("consultationPage.summaryHeading")}
        </h2>
        {/* Rendered by lib/text/markdown.ts: raw HTML escaped, links checked. */}
        <div className="prose-user mt-3 space-y-3" lang="pl" dangerouslySetInnerHTML={{ __html: renderMarkdown(consultation.summary, 3) }} />
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
                {consultation.meetingPlace && <span className="block" lang="pl">{consultation.meetingPlace}</span>}
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
      <section aria-labelledby="timeline-heading" className="mt-8 max-w-3xl">
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t("consultationPage.timelineHeading")}
        </h2>
        <ol className="mt-3 list-disc space-y-1 pl-6">
          {consultation.publishedAt && <li>{t("consultationPage.timeline.published", { when: when(consultation.publishedAt) })}</li>}
          <li>{t("consultationPage.timeline.starts", { when: when(consultation.startsAt) })}</li>
          {consultation.extensions.map((extension) => (
            <li key={extension.id}>{t("consultationPage.timeline.extended", { when: when(extension.createdAt), from: when(extension.previousEndsAt), to: when(extension.newEndsAt), reason: extension.reason })}</li>
          ))}
          <li>{t("consultationPage.timeline.ends", { when: when(consultation.endsAt) })}</li>
        </ol>
      </section>
      <ConsultationText units={consultation.units} />
    </>
  );
}
