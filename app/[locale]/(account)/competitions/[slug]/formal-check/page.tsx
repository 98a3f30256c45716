import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChecklistPanel } from "@/components/competitions/formal/checklist-panel";
import { FormalOffersTable } from "@/components/competitions/formal/formal-offers-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { When } from "@/components/small-grants/money";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { formalCheckView } from "@/lib/competitions/formal/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionFormal" });
  return pageTitle(locale, t("title"));
}

/** The office's formal check of a competition: its checklist and every submitted offer's formal status. */
export default async function FormalCheckPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug } = await params;
  const view = await formalCheckView(slug, user);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["competitionFormal", "errors", "ui", "forms.errors"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("competitionFormal.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("competitionFormal.title")}</h1>
      <p className="mt-1 text-lg">{view.competition.title}</p>
      {!view.open ? (
        <Alert tone="info">
          {t("competitionFormal.notOpen")} <When at={view.deadline} />
        </Alert>
      ) : (
        <>
          <p className="mt-4">
            {t("competitionFormal.counts", {
              pending: view.counts.PENDING,
              toCorrect: view.counts.TO_CORRECT,
              complete: view.counts.COMPLETE,
              rejected: view.counts.REJECTED,
            })}
          </p>
          <section aria-labelledby="checklist-heading" className="mt-8">
            <h2 id="checklist-heading" className="text-2xl font-bold">
              {t("competitionFormal.checklist.heading")}
            </h2>
            <ChecklistPanel competitionId={view.competition.id} items={view.items} />
          </section>
          <section aria-labelledby="offers-heading" className="mt-10">
            <h2 id="offers-heading" className="text-2xl font-bold">
              {t("competitionFormal.list.heading")}
            </h2>
            <FormalOffersTable view={view} />
          </section>
        </>
      )}
    </ClientMessages>
  );
}
