import { getTranslations, setRequestLocale } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { fixedTypes, preferencesOf } from "@/lib/notifications/preferences";
import { messageKeyOf } from "@/lib/notifications/types";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("notificationSettings");

export default async function NotificationSettingsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "notifications.configure");
  const [t, preferences] = await Promise.all([getTranslations({ locale }), preferencesOf(user.id, user.platformRole)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("notifications.title"), href: "/notifications" }, { label: t("notificationSettings.title") }]} />
      <h1 className="text-3xl font-bold">{t("notificationSettings.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("notificationSettings.intro")}</p>
      <PreferencesForm preferences={preferences.map(({ type, channel }) => ({ type, channel }))} />
      <h2 className="mt-8 text-2xl font-bold">{t("notificationSettings.fixedHeading")}</h2>
      <p className="mt-2 max-w-3xl">{t("notificationSettings.fixedIntro")}</p>
      <ul className="mt-2 list-disc pl-6">
        {fixedTypes.map((type) => (
          <li key={type}>{t(`notifications.typeNames.${messageKeyOf(type)}`)}</li>
        ))}
      </ul>
    </>
  );
}
