import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnouncementView } from "@/components/competitions/admin/announcement-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { competitionHistory } from "@/lib/competitions/history";
import { getCompetitionBySlug } from "@/lib/competitions/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { redirect } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionsAdmin" });
  return pageTitle(locale, t("preview"));
}

/**
 * A draft as everyone will read it once published, for its office's officials:
 * the public page is one copy for all (page cache) and never shows a draft.
 */
export default async function CompetitionPreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const competition = await getCompetitionBySlug(slug);
  if (!competition) notFound();
  await requireScopedPermission(locale, "competitions.manage", { institutionId: competition.institutionId });
  if (competition.status !== "DRAFT")
    return redirect({ href: { pathname: "/competitions/[slug]", params: { slug } }, locale });
  const [t, history] = await Promise.all([getTranslations({ locale }), competitionHistory(competition.id)]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          {
            label: t("competitionsAdmin.title"),
            href: { pathname: "/institutions/[slug]/competitions", params: { slug: competition.institution.slug } },
          },
          { label: competition.title, href: { pathname: "/competitions/[slug]/edit", params: { slug } } },
          { label: t("competitionsAdmin.preview") },
        ]}
      />
      <p className="border-l-4 border-amber-600 bg-amber-50 p-3">{t("competitionsAdmin.previewIntro")}</p>
      <p className="mt-4 text-slate-700">{competition.institution.officeName ?? competition.institution.name}</p>
      <h1 className="text-3xl font-bold">{competition.title}</h1>
      <p className="mt-4 flex flex-wrap gap-3">
        <ButtonLink href={{ pathname: "/competitions/[slug]/edit", params: { slug } }} variant="secondary">
          {t("competitionsAdmin.backToEdit")}
        </ButtonLink>
        <a href={`/api/competitions/${competition.id}/announcement`} className="underline">
          {t("competitionsAdmin.downloadPdf")}
        </a>
      </p>
      <AnnouncementView competition={competition} history={history} locale={locale} />
    </>
  );
}
