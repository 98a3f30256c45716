// schema.org data of an organisation's page (type NGO), for search engines.
// Only what the page shows to everyone goes in.
import type { OrganisationView } from "@/lib/organisations/queries";
import type { PublicProfile } from "@/lib/organisations/profile/queries";

export function organisationStructuredData(
  organisation: OrganisationView,
  profile: PublicProfile,
  url: string,
): Record<string, unknown> {
  // Only details everyone may see: a signed-in viewer's page must not leak more into the markup search engines read.
  const contact = (kind: string) => profile.contacts.find((c) => c.kind === kind && c.visibility === "PUBLIC")?.value;
  const sameAs = profile.contacts
    .filter(
      (c) => c.visibility === "PUBLIC" && ["WEBSITE", "FACEBOOK", "INSTAGRAM", "LINKEDIN", "YOUTUBE"].includes(c.kind),
    )
    .map((c) => c.value);
  const identifiers = (["krs", "nip", "regon"] as const).flatMap((key) =>
    organisation[key] ? [{ "@type": "PropertyValue", propertyID: key.toUpperCase(), value: organisation[key] }] : [],
  );
  return {
    "@context": "https://schema.org",
    "@type": "NGO",
    name: organisation.name,
    ...(organisation.shortName ? { alternateName: organisation.shortName } : {}),
    url,
    ...(profile.mission ? { description: profile.mission } : {}),
    ...(profile.foundedYear ? { foundingDate: String(profile.foundedYear) } : {}),
    address: {
      "@type": "PostalAddress",
      addressLocality: organisation.seatTerritory.name,
      addressCountry: "PL",
      ...(organisation.address ? { streetAddress: organisation.address } : {}),
    },
    ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    ...(organisation.nip ? { taxID: organisation.nip } : {}),
    ...(contact("EMAIL") ? { email: contact("EMAIL") } : {}),
    ...(contact("PHONE") ? { telephone: contact("PHONE") } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(profile.staffCount !== null
      ? { numberOfEmployees: { "@type": "QuantitativeValue", value: profile.staffCount } }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
