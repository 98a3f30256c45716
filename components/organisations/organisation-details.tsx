import { useFormatter, useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/lib/i18n/locales";
import type { OrganisationView } from "@/lib/organisations/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";

/** The organisation's register data as a definition list. */
export function OrganisationDetails({ organisation }: { organisation: OrganisationView }) {
  const t = useTranslations();
  const format = useFormatter();
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "pl";
  const none = t("organisation.none");
  const seatParent = organisation.seatTerritory.parent;
  const board = organisation.krsBoard as {
    body: string;
    representation: string;
    members: { name: string; role: string }[];
  } | null;
  return (
    <>
      {organisation.inLiquidation && (
        <p className="mt-4 rounded border-l-4 border-amber-700 bg-amber-50 p-4 font-semibold">
          {t("organisation.inLiquidation")}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {organisation.shortName && (
          <>
            <dt className="font-semibold">{t("organisationForm.shortName")}</dt>
            <dd>{organisation.shortName}</dd>
          </>
        )}
        <dt className="font-semibold">{t("organisationForm.legalForm")}</dt>
        <dd>{t(`legalForms.${organisation.legalForm}`)}</dd>
        <dt className="font-semibold">{t("organisationForm.krs")}</dt>
        <dd>{organisation.krs ?? none}</dd>
        <dt className="font-semibold">{t("organisationForm.nip")}</dt>
        <dd>{organisation.nip ?? none}</dd>
        <dt className="font-semibold">{t("organisationForm.regon")}</dt>
        <dd>{organisation.regon ?? none}</dd>
        {organisation.registeredOn && (
          <>
            <dt className="font-semibold">{t("krsImport.fields.registeredOn")}</dt>
            <dd>{format.dateTime(organisation.registeredOn, "long")}</dd>
          </>
        )}
        <dt className="font-semibold">{t("organisationForm.seat")}</dt>
        <dd>
          {seatParent && seatParent.kind === "POWIAT"
            ? t("organisation.seatInPowiat", { gmina: organisation.seatTerritory.name, powiat: seatParent.name })
            : organisation.seatTerritory.name}
        </dd>
        {organisation.address && (
          <>
            <dt className="font-semibold">{t("krsImport.fields.address")}</dt>
            <dd>{organisation.address}</dd>
          </>
        )}
        <dt className="font-semibold">{t("organisation.publicBenefitStatus")}</dt>
        <dd>{organisation.hasPublicBenefitStatus ? t("organisation.yes") : t("organisation.no")}</dd>
        <dt className="font-semibold">{t("organisationForm.spheres")}</dt>
        <dd>
          <ul className="list-disc pl-6">
            {organisation.spheres.map(({ sphere }) => (
              <li key={sphere.id}>{sphereName(sphere, locale)}</li>
            ))}
          </ul>
        </dd>
        {board && (
          <>
            {/* The register's own words: Polish, whatever the page's language. */}
            <dt className="font-semibold" lang="pl">
              {board.body}
            </dt>
            <dd>
              <ul className="list-disc pl-6">
                {board.members.map((member, index) => (
                  <li key={index}>{t("organisation.boardMember", { name: member.name, role: member.role })}</li>
                ))}
              </ul>
              {board.representation && (
                <p className="mt-1 text-slate-700" lang="pl">
                  {board.representation}
                </p>
              )}
            </dd>
          </>
        )}
        {organisation.aims && (
          <>
            <dt className="font-semibold">{t("krsImport.fields.aims")}</dt>
            <dd className="whitespace-pre-line" lang="pl">
              {organisation.aims}
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("organisation.onPlatformSince")}</dt>
        <dd>{format.dateTime(organisation.createdAt, "long")}</dd>
      </dl>
      {organisation.krsFetchedAt && (
        <p className="mt-2 text-sm text-slate-700">
          {t("organisation.krsSource", { date: format.dateTime(organisation.krsFetchedAt, "long") })}
        </p>
      )}
    </>
  );
}
