import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MeetingSections } from "@/components/competitions/commission/meeting-sections";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { commissionMeetingView } from "@/lib/competitions/commission/meeting-view";
import { redirect } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "commission.meetings" });
  return pageTitle(locale, t("title"));
}

/** One meeting: for members to read; the chair and the secretary record attendance and the minutes. */
export default async function CommissionMeetingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug, id } = await params;
  const view = isRecordId(id) ? await commissionMeetingView(slug, id, user) : null;
  if (!view) notFound();
  if (view.twoFactor) return redirect({ href: { pathname: "/account", query: { twoFactor: "required" } }, locale });
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["errors", "ui", "forms.errors", "commission"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("commission.title"), href: { pathname: "/competitions/[slug]/commission", params: { slug } } },
          { label: t("commission.meetings.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("commission.meetings.title")}</h1>
      <MeetingSections view={view} />
    </ClientMessages>
  );
}
