import { useFormatter, useTranslations } from "next-intl";
import type { PublicProfile } from "@/lib/organisations/profile/queries";
import { renderMarkdown } from "@/lib/text/markdown";

/**
 * The profile sections of an organisation's page, as a visitor sees them; the
 * contacts follow in components/organisations/organisation-viewer.tsx, which
 * adds those shown to signed-in people or to members.
 */
export function OrganisationProfile({ profile }: { profile: PublicProfile }) {
  const t = useTranslations();
  const format = useFormatter();
  const counts = (["membersCount", "volunteersCount", "staffCount"] as const).filter((key) => profile[key] !== null);
  return (
    <>
      {profile.mission && (
        <p className="mt-4 max-w-3xl text-lg italic" lang="pl">
          <span className="sr-only">{t("organisationPublic.mission")}: </span>
          {profile.mission}
        </p>
      )}
      {profile.description && (
        <section aria-labelledby="about-heading" className="mt-8 max-w-3xl">
          <h2 id="about-heading" className="text-2xl font-bold">
            {t("organisationPublic.about")}
          </h2>
          {/* Rendered by lib/text/markdown.ts: raw HTML escaped, links checked. */}
          <div
            className="prose-user mt-3 space-y-3"
            lang="pl"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(profile.description, 3) }}
          />
        </section>
      )}
      {(profile.foundedYear !== null || counts.length > 0) && (
        <section aria-labelledby="facts-heading" className="mt-8">
          <h2 id="facts-heading" className="text-2xl font-bold">
            {t("organisationPublic.facts")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {profile.foundedYear !== null && (
              <li>{t("organisationPublic.foundedYear", { year: String(profile.foundedYear) })}</li>
            )}
            {counts.map((key) => (
              <li key={key}>{t(`organisationPublic.${key}`, { count: profile[key]! })}</li>
            ))}
          </ul>
        </section>
      )}
      {profile.targetGroups.length > 0 && (
        <section aria-labelledby="groups-heading" className="mt-8">
          <h2 id="groups-heading" className="text-2xl font-bold">
            {t("organisationPublic.targetGroups")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {profile.targetGroups.map((group) => (
              <li key={group} className="rounded bg-slate-100 px-2 py-1">
                {t(`targetGroups.${group}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {profile.territories.length > 0 && (
        <section aria-labelledby="territories-heading" className="mt-8">
          <h2 id="territories-heading" className="text-2xl font-bold">
            {t("organisationPublic.territories")}
          </h2>
          <p className="mt-2" lang="pl">
            {format.list(profile.territories.map((territory) => territory.name))}
          </p>
        </section>
      )}
    </>
  );
}
