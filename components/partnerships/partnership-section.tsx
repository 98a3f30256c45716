import { useTranslations } from "next-intl";
import { PublicPartnerships } from "@/components/partnerships/interests/public-partnerships";
import { Link } from "@/lib/i18n/navigation";
import type { PartnershipSection as Section } from "@/lib/partnerships/profile/section-view";

function Chips({ items, lang }: { items: string[]; lang?: string }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-2" lang={lang}>
      {items.map((item) => (
        <li key={item} className="rounded border border-slate-400 bg-slate-50 px-2 py-1">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** The organisation's offers and needs for partners, its languages, tags and past projects. */
export function PartnershipSection({ section }: { section: Section }) {
  const t = useTranslations("partnerships");
  const side = (heading: string, { competences, resources }: Section["offers"]) =>
    competences.length + resources.length > 0 && (
      <div className="mt-4">
        <h3 className="text-xl font-bold">{heading}</h3>
        {competences.length > 0 && (
          <>
            <h4 className="mt-2 font-semibold">{t("section.competences")}</h4>
            <Chips items={competences.map((code) => t(`competences.${code}`))} />
          </>
        )}
        {resources.length > 0 && (
          <>
            <h4 className="mt-2 font-semibold">{t("section.resources")}</h4>
            <Chips items={resources.map((code) => t(`resources.${code}`))} />
          </>
        )}
      </div>
    );
  return (
    <section aria-labelledby="partnerships-heading" className="mt-8 max-w-3xl">
      <h2 id="partnerships-heading" className="text-2xl font-bold">
        {t("section.heading")}
      </h2>
      {section.openToPartnerships ? (
        <p className="mt-2 inline-flex items-center gap-2 rounded border-2 border-green-800 bg-green-50 px-3 py-1 font-semibold text-green-900">
          <span aria-hidden="true">✓</span>
          {t("section.open")}
        </p>
      ) : (
        <p className="mt-2 text-slate-700">{t("section.notOpen")}</p>
      )}
      {side(t("section.offers"), section.offers)}
      {side(t("section.needs"), section.needs)}
      {section.languages.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xl font-bold">{t("section.languages")}</h3>
          <Chips items={section.languages.map((language) => language.name)} />
        </div>
      )}
      {section.tags.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xl font-bold">{t("section.tags")}</h3>
          <Chips items={section.tags} lang="pl" />
        </div>
      )}
      {section.formed.length > 0 && <PublicPartnerships partnerships={section.formed} />}
      {section.pastProjects.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xl font-bold">{t("section.pastProjects")}</h3>
          <ul className="mt-2 space-y-3">
            {section.pastProjects.map((project) => (
              <li key={project.id} className="border-l-4 border-slate-300 pl-3">
                <p>
                  <span className="font-semibold" lang="pl">
                    {project.title}
                  </span>{" "}
                  <span className="text-slate-700">
                    (
                    {project.years.from === project.years.to
                      ? project.years.from
                      : t("section.years", { from: String(project.years.from), to: String(project.years.to) })}
                    )
                  </span>
                </p>
                {project.description && (
                  <p className="mt-1 whitespace-pre-line" lang="pl">
                    {project.description}
                  </p>
                )}
                {project.partners.length > 0 && (
                  <p className="mt-1">
                    {t("section.partners")}{" "}
                    {project.partners.map((partner, index) => (
                      <span key={`${index}-${partner.name}`} lang="pl">
                        {index > 0 && ", "}
                        {partner.slug ? (
                          <Link href={{ pathname: "/organisations/[slug]", params: { slug: partner.slug } }}>
                            {partner.name}
                          </Link>
                        ) : (
                          partner.name
                        )}
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
