import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import { PlaceName } from "@/components/partnerships/place-name";
import { Link } from "@/lib/i18n/navigation";
import { capabilityName, isCompetence, isResource } from "@/lib/partnerships/capabilities";
import type { PartnerRequestCard } from "@/lib/partnerships/list/page-view";

/** How many needs a card names; the rest are counted (the request's page lists them all). */
const NEEDS_SHOWN = 4;

/**
 * Open requests as cards: title (to the request's page), the party that posted
 * it, roles sought, spheres and area, the closing date with the days left (in
 * words, not colour), what it needs, how many have expressed interest.
 */
export function PartnerRequestCards({ cards }: { cards: PartnerRequestCard[] }) {
  const t = useTranslations("partnerRequestList");
  const tp = useTranslations("partnerships");
  const format = useFormatter();
  return (
    <ol className="mt-4 space-y-4">
      {cards.map((card) => {
        // A code dropped from the lists is ignored, as everywhere profiles and requests are read.
        const needs = [...card.neededCompetences.filter(isCompetence), ...card.neededResources.filter(isResource)].map(
          (code) => capabilityName(tp, code),
        );
        const area = [
          ...card.territories.map((unit) => <PlaceName key={`${unit.kind}-${unit.name}`} unit={unit} />),
          ...(card.radiusKm !== null ? [t("card.radius", { km: card.radiusKm })] : []),
        ];
        return (
          <li key={card.id} className="rounded border-2 border-slate-300 p-4">
            <h2 className="text-xl font-bold break-words">
              <Link
                href={{ pathname: "/partnerships/[slug]", params: { slug: card.slug } }}
                className="underline"
                lang="pl"
              >
                {card.title}
              </Link>
            </h2>
            <p className="mt-1 text-slate-800">
              {t.rich("card.by", {
                author: card.author?.name ?? t("card.formerParty"),
                link: (chunks) =>
                  card.author === null ? (
                    chunks
                  ) : (
                    <Link
                      href={
                        card.author.kind === "organisation"
                          ? { pathname: "/organisations/[slug]", params: { slug: card.author.slug } }
                          : { pathname: "/institutions/[slug]", params: { slug: card.author.slug } }
                      }
                      className="underline"
                      lang="pl"
                    >
                      {chunks}
                    </Link>
                  ),
              })}
            </p>
            <p className="mt-2 font-semibold">
              <time dateTime={card.repliesCloseOn.toISOString().slice(0, 10)}>
                {t("card.closes", {
                  date: format.dateTime(card.repliesCloseOn, { dateStyle: "long", timeZone: "UTC" }),
                })}
              </time>{" "}
              ({t("card.daysLeft", { count: card.daysLeft })})
            </p>
            <dl className="mt-2 grid gap-x-2 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("card.roles")}</dt>
              <dd>{card.roles.map((role) => t(`roles.${role}`)).join(", ")}</dd>
              {card.spheres.length > 0 && (
                <>
                  <dt className="font-semibold">{t("card.spheres")}</dt>
                  <dd>{card.spheres.join("; ")}</dd>
                </>
              )}
              <dt className="font-semibold">{t("card.territories")}</dt>
              <dd>
                {area.length > 0
                  ? area.map((place, index) => (
                      <Fragment key={index}>
                        {index > 0 && ", "}
                        {place}
                      </Fragment>
                    ))
                  : t("card.wholeRegion")}
              </dd>
              <dt className="font-semibold">{t("card.needs")}</dt>
              <dd>
                {needs.length === 0
                  ? t("card.noNeeds")
                  : [
                      needs.slice(0, NEEDS_SHOWN).join(", "),
                      needs.length > NEEDS_SHOWN ? t("card.moreNeeds", { count: needs.length - NEEDS_SHOWN }) : "",
                    ]
                      .filter(Boolean)
                      .join(" ")}
              </dd>
            </dl>
            <p className="mt-2">
              {t("card.interests", { count: card.interestCount })} ·{" "}
              {t("card.partnersWanted", { count: card.maxPartners })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
