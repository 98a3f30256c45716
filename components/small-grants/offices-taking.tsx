import { useTranslations } from "next-intl";

/** The offices taking small-grant offers this year, each with the spheres it takes them in (none chosen: all). */
export function OfficesTaking({
  offices,
  spheres,
}: {
  offices: { id: string; name: string; sphereIds: string[] }[];
  spheres: { value: string; label: string }[];
}) {
  const t = useTranslations("smallGrants.newOffer");
  const label = new Map(spheres.map((sphere) => [sphere.value, sphere.label]));
  return (
    <section aria-labelledby="sg-offices-taking" className="mt-8">
      <h2 id="sg-offices-taking" className="text-2xl font-semibold">
        {t("officesHeading")}
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {offices.map((office) => (
          <li key={office.id}>
            <span className="font-semibold">{office.name}</span>
            {": "}
            {office.sphereIds.length === 0
              ? t("allSpheres")
              : office.sphereIds.map((id) => label.get(id) ?? id).join("; ")}
          </li>
        ))}
      </ul>
    </section>
  );
}
