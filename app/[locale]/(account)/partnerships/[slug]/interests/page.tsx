import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InterestsBoard } from "@/components/partnerships/interests/interests-board";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { requestInterestsView } from "@/lib/partnerships/interests/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerInterests.board" });
  return pageTitle(locale, t("title"), "partnerships");
}

/** The interests a request received, for the people who act for its author (others: not found). */
export default async function RequestInterestsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const view = await requestInterestsView((await params).slug, user);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const slug = { slug: view.request.slug };
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "ui", "partnerInterests", "partnerships"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnershipWorkflow.mine.title"), href: "/partnerships/mine" },
          { label: view.request.title, href: { pathname: "/partnerships/[slug]", params: slug } },
          { label: t("partnerInterests.board.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerInterests.board.heading", { title: view.request.title })}</h1>
      <p className="mt-4 max-w-3xl">
        {t("partnerInterests.board.intro", {
          accepted: view.request.acceptedCount,
          max: view.request.maxPartners,
          status: view.request.status,
        })}
      </p>
      <InterestsBoard view={view} />
    </ClientMessages>
  );
}
