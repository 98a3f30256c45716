import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IdeaSettingsForm } from "@/components/ideas/settings-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { ideaSettings } from "@/lib/ideas/mutations";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ideas.settings" });
  return pageTitle(locale, t("title"), "administration");
}

/** The administrators' settings of the ideas board (every change is in the audit log). */
export default async function IdeaSettingsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "ideas.configure");
  const [t, settings] = await Promise.all([getTranslations({ locale }), ideaSettings()]);
  return (
    <ClientMessages namespaces={["ideas.settings", "ui", "forms.errors", "errors"]}>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("ideas.settings.title") }]} />
      <h1 className="text-3xl font-bold">{t("ideas.settings.title")}</h1>
      <IdeaSettingsForm
        defaultValues={{
          moderation: settings.ideaModeration,
          mustAnswerOrganisations: settings.ideaMustAnswerOrganisations,
        }}
      />
    </ClientMessages>
  );
}
