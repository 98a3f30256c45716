import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationDetails } from "@/components/organisations/organisation-details";
import { OrganisationDocuments } from "@/components/organisations/organisation-documents";
import { OrganisationProfile } from "@/components/organisations/organisation-profile";
import {
  OrganisationContactsForReader,
  OrganisationReaderActions,
  OrganisationViewerProvider,
} from "@/components/organisations/organisation-viewer";
import { PartnershipSection } from "@/components/partnerships/partnership-section";
import { PartyOpenRequests } from "@/components/partnerships/requests/party-open-requests";
import { AuthorLinks } from "@/components/news/author-links";
import { VerifiedBadge } from "@/components/organisations/verified-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getOrganisationBySlug } from "@/lib/organisations/queries";
import { getPublicProfile } from "@/lib/organisations/profile/queries";
import { listOrganisationDocuments } from "@/lib/organisations/documents/queries";
import { logoVersion } from "@/lib/organisations/logo";
import { jsonForScript, organisationStructuredData } from "@/lib/organisations/structured-data";
import { organisationUrl } from "@/lib/organisations/urls";
import { partnershipSectionView } from "@/lib/partnerships/profile/section-view";
import { openRequestsOfParty } from "@/lib/partnerships/requests/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const organisation = await getOrganisationBySlug((await params).slug);
  return organisation ? pageTitle(locale, organisation.name, "organisations") : {};
}

export default async function OrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  // The same for everyone (lib/http/page-cache.ts, SHARED): what concerns the reader is asked by the
  // browser (components/organisations/organisation-viewer.tsx), so this page reads no session.
  const [t, profile, logo, documents, partnerships, openRequests] = await Promise.all([
    getTranslations({ locale }),
    getPublicProfile(organisation.id, "public"),
    logoVersion(organisation.id),
    listOrganisationDocuments(organisation.id),
    partnershipSectionView(organisation.id, locale),
    openRequestsOfParty({ kind: "organisation", id: organisation.id }),
  ]);
  if (!profile) notFound();
  const url = organisationUrl(organisation.slug, locale);
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "forms.errors",
        "institution",
        "joinRequest",
        "membershipRequests",
        "officialRequest",
        "organisation",
        "organisationProfile.kinds",
        "organisationPublic",
        "partnerships.editLink",
        "account.organisationRoles",
        "subscriptions",
        "ui",
      ]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("directory.title"), href: "/organisations" },
          { label: organisation.name },
        ]}
      />
      <div className="flex flex-wrap items-center gap-4">
        {logo && (
          // Beside the name it stands for: decorative, so no alternative text to repeat the name.
          // eslint-disable-next-line @next/next/no-img-element -- a re-encoded WebP of at most 400 px from our own route
          <img
            src={`/api/organisations/${organisation.id}/logo?v=${logo}`}
            alt=""
            className="h-20 w-20 object-contain"
          />
        )}
        <h1 className="text-3xl font-bold">{organisation.name}</h1>
      </div>
      <p className="mt-2">
        <VerifiedBadge verified={organisation.verifiedAt !== null} />
      </p>
      {organisation.verifiedAt === null && (
        <p className="mt-2 max-w-3xl text-slate-700">{t("organisation.notVerifiedHint")}</p>
      )}
      <script
        // A data block: never run, so outside script-src and needing no nonce or hash.
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(organisationStructuredData(organisation, profile, url)) }}
      />
      <OrganisationViewerProvider organisationId={organisation.id}>
        <OrganisationProfile profile={profile} />
        <OrganisationContactsForReader
          publicContacts={{
            contacts: profile.contacts,
            contactPersons: profile.contactPersons,
            hiddenContacts: profile.hiddenContacts,
          }}
        />
        {partnerships && <PartnershipSection section={partnerships} />}
        <PartyOpenRequests requests={openRequests} />
        <OrganisationDetails organisation={organisation} />
        <OrganisationDocuments organisationId={organisation.id} documents={documents} />
        <AuthorLinks param="organisation" id={organisation.id} />
        <OrganisationReaderActions organisationId={organisation.id} slug={organisation.slug} />
      </OrganisationViewerProvider>
    </ClientMessages>
  );
}
