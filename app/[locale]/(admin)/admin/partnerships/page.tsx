import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScoreSettingsForm } from "@/components/partnerships/suggestions/score-settings-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { partnershipSettings } from "@/lib/partnerships/settings/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnershipSettings" });
  return pageTitle(locale, t("title"), "administration");
}

/** The administrators' settings of partner requests and the fit score (every change is in the audit log). */
export default async function PartnershipSettingsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "partnerships.configure");
  const [t, format, settings] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    partnershipSettings(),
  ]);
  const since = t("partnershipSettings.since", {
    date: format.dateTime(settings.maxReplyDaysSince, { dateStyle: "long", timeZone: "UTC" }),
  });
  return (
    <ClientMessages namespaces={["partnershipSettings", "ui", "forms.errors", "errors"]}>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("partnershipSettings.title") }]} />
      <h1 className="text-3xl font-bold">{t("partnershipSettings.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("partnershipSettings.intro")}</p>
      <ScoreSettingsForm
        since={since}
        defaultValues={{
          weightSpheres: settings.weightSpheres,
          weightDistance: settings.weightDistance,
          weightComplementarity: settings.weightComplementarity,
          weightTrackRecord: settings.weightTrackRecord,
          weightReciprocity: settings.weightReciprocity,
          exposurePenalty: settings.exposurePenalty,
          dailyInterestLimit: settings.dailyInterestLimit,
          maxReplyDays: settings.maxReplyDays,
        }}
      />
    </ClientMessages>
  );
}
