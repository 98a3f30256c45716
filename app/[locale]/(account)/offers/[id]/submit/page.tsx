import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SubmissionReviewSections } from "@/components/offers/submission/submission-review";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { submissionReview } from "@/lib/offers/submission/review";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerSubmission" });
  return pageTitle(locale, t("title"));
}

/** Review and submission of an offer, for the applicants' members (others: not found). */
export default async function SubmitOfferPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { id } = await params;
  const review = isRecordId(id) ? await submissionReview(id, user, locale) : null;
  if (!review) notFound();
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["errors", "ui", "forms.errors", "offerSubmission.submit", "offerSubmission.refusals"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          review.competition
            ? {
                label: review.competition.title,
                href: { pathname: "/competitions/[slug]", params: { slug: review.competition.slug } },
              }
            : { label: t("smallGrants.title"), href: "/small-grants" },
          {
            label: review.offer.title || t("offerSubmission.untitled"),
            href: { pathname: "/offers/[id]", params: { id } },
          },
          { label: t("offerSubmission.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("offerSubmission.submit.heading")}</h1>
      <p className="mt-2 text-lg">
        {review.offer.title || t("offerSubmission.untitled")} · {review.task || review.office}
      </p>
      <SubmissionReviewSections review={review} locale={locale} />
    </ClientMessages>
  );
}
