import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FollowOrganisationButton } from "@/components/notifications/follow-button";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { TopicSubscriptions } from "@/components/notifications/topic-subscriptions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { topicChoices } from "@/lib/notifications/queries";
import { listSubscriptions } from "@/lib/notifications/subscriptions";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import { fixedTypes, preferencesOf } from "@/lib/notifications/preferences";
import { messageKeyOf } from "@/lib/notifications/types";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("notificationSettings", "notifications");

export default async function NotificationSettingsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "notifications.configure");
  const [t, preferences, subscriptions, choices] = await Promise.all([
    getTranslations({ locale }),
    preferencesOf(user.id, user.platformRole),
    listSubscriptions(user.id),
    topicChoices(),
  ]);
  const unitLabel = (unit: { name: string; kind: string }) =>
    t("subscriptions.unit", {
      name: unit.kind === "VOIVODESHIP" ? unit.name.toLocaleLowerCase("pl") : unit.name,
      kind: unit.kind,
    });
  const topicLabel = (topic: (typeof subscriptions.topics)[number]) =>
    [
      topic.sphere ? sphereName(topic.sphere, locale) : null,
      topic.territory ? unitLabel(topic.territory) : null,
      topic.institution ? (topic.institution.officeName ?? topic.institution.name) : null,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <ClientMessages
      namespaces={["forms.errors", "notificationSettings", "notifications.typeNames", "subscriptions", "ui"]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("notifications.title"), href: "/notifications" },
            { label: t("notificationSettings.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("notificationSettings.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("notificationSettings.intro")}</p>
        <PreferencesForm preferences={preferences.map(({ type, channel }) => ({ type, channel }))} />
        <TopicSubscriptions
          topics={subscriptions.topics.map((topic) => ({ id: topic.id, label: topicLabel(topic) }))}
          spheres={choices.spheres.map((sphere) => ({ value: sphere.id, label: sphereName(sphere, locale) }))}
          territories={[
            {
              group: t("subscriptions.regionAndPowiats"),
              options: choices.units
                .filter((u) => !GMINA_KINDS.includes(u.kind))
                .map((u) => ({ value: u.code, label: unitLabel(u) })),
            },
            {
              group: t("subscriptions.gminas"),
              options: choices.units
                .filter((u) => GMINA_KINDS.includes(u.kind))
                .map((u) => ({ value: u.code, label: unitLabel(u) })),
            },
          ]}
          institutions={choices.institutions.map((i) => ({ value: i.id, label: i.officeName ?? i.name }))}
        />
        <section aria-labelledby="followed-organisations" className="mt-8">
          <h2 id="followed-organisations" className="text-2xl font-bold">
            {t("subscriptions.organisationsHeading")}
          </h2>
          {subscriptions.organisations.length === 0 ? (
            <p className="mt-2">{t("subscriptions.noOrganisations")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {subscriptions.organisations.map((organisation) => (
                <li key={organisation.id} className="flex flex-wrap items-center gap-3">
                  <Link href={{ pathname: "/organisations/[slug]", params: { slug: organisation.slug } }}>
                    {organisation.name}
                  </Link>
                  <FollowOrganisationButton organisationId={organisation.id} following />
                </li>
              ))}
            </ul>
          )}
        </section>
        <h2 className="mt-8 text-2xl font-bold">{t("notificationSettings.fixedHeading")}</h2>
        <p className="mt-2 max-w-3xl">{t("notificationSettings.fixedIntro")}</p>
        <ul className="mt-2 list-disc pl-6">
          {fixedTypes.map((type) => (
            <li key={type}>{t(`notifications.typeNames.${messageKeyOf(type)}`)}</li>
          ))}
        </ul>
      </>
    </ClientMessages>
  );
}
