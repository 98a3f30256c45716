// An organisation's contacts and contact persons, as far as the reader may see
// them. Rendered on the server with the public ones and again in the browser
// with the reader's own (components/organisations/organisation-viewer.tsx).
import { useTranslations } from "next-intl";
import type { ContactKind } from "@/lib/generated/prisma/enums";
import type { OrganisationContacts as Contacts } from "@/lib/organisations/viewer-types";
import { telHref } from "@/lib/contact-links";

function contactHref(kind: ContactKind, value: string): string {
  if (kind === "EMAIL") return `mailto:${value}`;
  if (kind === "PHONE") return telHref(value);
  return value;
}

export function OrganisationContacts({ contacts }: { contacts: Contacts }) {
  const t = useTranslations();
  return (
    <>
      {(contacts.contacts.length > 0 || contacts.contactPersons.length > 0 || contacts.hiddenContacts > 0) && (
        <section aria-labelledby="contacts-heading" className="mt-8">
          <h2 id="contacts-heading" className="text-2xl font-bold">
            {t("organisationPublic.contacts")}
          </h2>
          {contacts.contacts.length > 0 && (
            <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {contacts.contacts.map((contact) => (
                <div key={contact.kind} className="contents">
                  <dt className="font-semibold">{t(`organisationProfile.kinds.${contact.kind}`)}</dt>
                  <dd className="break-all">
                    <a
                      href={contactHref(contact.kind, contact.value)}
                      rel={contact.kind === "EMAIL" || contact.kind === "PHONE" ? undefined : "nofollow ugc noopener"}
                    >
                      {contact.value}
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {contacts.contactPersons.length > 0 && (
            <>
              <h3 className="mt-4 text-xl font-bold">{t("organisationPublic.persons")}</h3>
              <ul className="mt-2 space-y-2">
                {contacts.contactPersons.map((person, index) => (
                  <li key={index}>
                    <span className="font-semibold">{person.name}</span>
                    {person.function && <>, {person.function}</>}
                    {person.email && (
                      <>
                        {" · "}
                        <a href={`mailto:${person.email}`}>{person.email}</a>
                      </>
                    )}
                    {person.phone && (
                      <>
                        {" · "}
                        <a href={telHref(person.phone)}>{person.phone}</a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {contacts.hiddenContacts > 0 && (
            <p className="mt-2 text-slate-700">{t("organisationPublic.hiddenContacts")}</p>
          )}
        </section>
      )}
    </>
  );
}
