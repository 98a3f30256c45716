import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MyPartnerships } from "@/components/partnerships/interests/my-partnerships";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { myPartnershipsView } from "@/lib/partnerships/workflow/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnershipWorkflow.mine" });
  return pageTitle(locale, t("title"), "partnerships");
}

/** The requests, interests and partnerships of the organisations and offices the reader acts for. */
export default async function MyPartnershipsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, view] = await Promise.all([getTranslations({ locale }), myPartnershipsView(user)]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "ui", "partnerInterests", "partnershipWorkflow"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnershipWorkflow.mine.partnershipsLink"), href: "/partnerships" },
          { label: t("partnershipWorkflow.mine.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnershipWorkflow.mine.title")}</h1>
      <MyPartnerships view={view} />
    </ClientMessages>
  );
}
