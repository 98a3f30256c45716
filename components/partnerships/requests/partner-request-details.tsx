import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PlaceName } from "@/components/partnerships/place-name";
import { dayAsDate } from "@/components/partnerships/requests/partner-request-header";
import type { PartnerRequestPageView } from "@/lib/partnerships/requests/page-view";

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 max-w-3xl">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

function Terms({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="mt-1">{empty}</p>;
  return (
    <ul className="mt-1 list-disc pl-6">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * What the request says: the initiative and its call, whom it seeks (roles,
 * kinds of partner, spheres, where), what it needs and brings, what the
 * partner gives and gets, the budget and the timeline. Codes are shown in the
 * reader's language; the author's words in Polish, as written.
 */
export function PartnerRequestDetails({ view }: { view: PartnerRequestPageView }) {
  const t = useTranslations("partnerRequests");
  const radiusFrom = view.area.kind === "radius" ? view.area.from : null;
  const capability = useTranslations("partnerships");
  const legal = useTranslations("legalForms");
  const format = useFormatter();
  const day = (value: string) => format.dateTime(dayAsDate(value), { dateStyle: "long" });
  const kinds = [
    ...view.partnerKinds.legalForms.map((form) => legal(form)),
    ...(view.partnerKinds.requiresPublicBenefit ? [t("kinds.publicBenefit")] : []),
    ...(view.partnerKinds.welcomesLocalGovernment ? [t("kinds.localGovernment")] : []),
  ];
  return (
    <>
      <Section id="partner-request-initiative" heading={t("initiativeHeading")}>
        <div className="prose mt-2 max-w-none" lang="pl" dangerouslySetInnerHTML={{ __html: view.initiativeHtml }} />
        {view.call && (
          <p className="mt-3">
            <span className="font-semibold">{t("call")}</span>{" "}
            {view.call.url ? (
              <a href={view.call.url} className="underline" rel="noopener noreferrer nofollow" lang="pl">
                {view.call.name ?? view.call.url}
              </a>
            ) : (
              <span lang="pl">{view.call.name}</span>
            )}
          </p>
        )}
      </Section>

      <Section id="partner-request-sought" heading={t("soughtHeading")}>
        <h3 className="mt-3 font-semibold">{t("rolesHeading")}</h3>
        <Terms items={view.roles.map((role) => t(`roles.${role}`))} empty="" />
        <h3 className="mt-3 font-semibold">{t("kindsHeading")}</h3>
        <Terms items={kinds} empty={t("kinds.any")} />
        <h3 className="mt-3 font-semibold">{t("spheresHeading")}</h3>
        <Terms items={view.spheres.map((sphere) => `${sphere.code}. ${sphere.name}`)} empty={t("spheresAny")} />
        <h3 className="mt-3 font-semibold">{t("areaHeading")}</h3>
        {view.area.kind === "territories" ? (
          <ul className="mt-1 list-disc pl-6">
            {view.area.territories.map((unit) => (
              <li key={unit.code}>
                <PlaceName unit={unit} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">
            {view.area.kind === "radius"
              ? t.rich("areaRadius", {
                  km: view.area.radiusKm,
                  seat: () => <PlaceName unit={radiusFrom!} />,
                })
              : t("areaRegion")}
          </p>
        )}
      </Section>

      <Section id="partner-request-needs" heading={t("needsHeading")}>
        <Terms
          items={[
            ...view.needs.competences.map((code) => capability(`competences.${code}`)),
            ...view.needs.resources.map((code) => capability(`resources.${code}`)),
          ]}
          empty={t("needsNone")}
        />
        <h3 className="mt-3 font-semibold">{t("offersHeading")}</h3>
        <Terms
          items={[
            ...view.offers.competences.map((code) => capability(`competences.${code}`)),
            ...view.offers.resources.map((code) => capability(`resources.${code}`)),
          ]}
          empty={t("offersNone")}
        />
      </Section>

      <Section id="partner-request-terms" heading={t("termsHeading")}>
        <h3 className="mt-3 font-semibold">{t("partnerGives")}</h3>
        <p className="mt-1 whitespace-pre-line" lang="pl">
          {view.partnerGives}
        </p>
        <h3 className="mt-3 font-semibold">{t("partnerGets")}</h3>
        <p className="mt-1 whitespace-pre-line" lang="pl">
          {view.partnerGets}
        </p>
        <h3 className="mt-3 font-semibold">{t("budget")}</h3>
        {view.budget ? (
          <>
            {view.budget.sharePercent !== null && (
              <p className="mt-1">{t("budgetShare", { percent: view.budget.sharePercent })}</p>
            )}
            {view.budget.note && (
              <p className="mt-1 whitespace-pre-line" lang="pl">
                {view.budget.note}
              </p>
            )}
          </>
        ) : (
          <p className="mt-1">{t("budgetNone")}</p>
        )}
      </Section>

      <Section id="partner-request-timeline" heading={t("timelineHeading")}>
        <p className="mt-2">
          {view.timeline.startsOn && view.timeline.endsOn
            ? t("timelineRange", { from: day(view.timeline.startsOn), to: day(view.timeline.endsOn) })
            : view.timeline.startsOn
              ? t("timelineFrom", { from: day(view.timeline.startsOn) })
              : view.timeline.endsOn
                ? t("timelineTo", { to: day(view.timeline.endsOn) })
                : t("timelineNone")}
        </p>
        {view.timeline.note && (
          <p className="mt-1 whitespace-pre-line" lang="pl">
            {view.timeline.note}
          </p>
        )}
      </Section>
    </>
  );
}
