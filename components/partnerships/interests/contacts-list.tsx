import { useTranslations } from "next-intl";
import type { PartyContacts } from "@/lib/partnerships/interests/contacts";

/** The other side's contacts, revealed once the interest was accepted (the query gives none before). */
export function ContactsList({ contacts, name }: { contacts: PartyContacts; name: string }) {
  const t = useTranslations("partnerInterests.contacts");
  const link = (kind: string, value: string) =>
    kind === "EMAIL" ? `mailto:${value}` : kind === "PHONE" ? `tel:${value.replace(/\s/g, "")}` : value;
  return (
    <div className="mt-2 rounded border-2 border-slate-300 p-3">
      <h4 className="font-semibold">{t("heading", { name })}</h4>
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {contacts.personEmail && (
          <>
            <dt>{t("person")}</dt>
            <dd className="break-all">
              <a href={`mailto:${contacts.personEmail}`}>{contacts.personEmail}</a>
            </dd>
          </>
        )}
        {contacts.address && (
          <>
            <dt>{t("address")}</dt>
            <dd>{contacts.address}</dd>
          </>
        )}
        {contacts.channels.map((channel) => (
          <div key={channel.kind} className="contents">
            <dt>{t("kind", { kind: channel.kind })}</dt>
            <dd className="break-all">
              {/^(EMAIL|PHONE)$/.test(channel.kind) || /^https?:\/\//.test(channel.value) ? (
                <a href={link(channel.kind, channel.value)}>{channel.value}</a>
              ) : (
                channel.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {contacts.persons.length > 0 && (
        <ul className="mt-2 space-y-1">
          {contacts.persons.map((person, index) => (
            <li key={`${index}-${person.name}`}>
              {person.function
                ? t("personWithFunction", { name: person.name, function: person.function })
                : person.name}
              {person.email && (
                <>
                  {" · "}
                  <a href={`mailto:${person.email}`} className="break-all">
                    {person.email}
                  </a>
                </>
              )}
              {person.phone && <> · {person.phone}</>}
            </li>
          ))}
        </ul>
      )}
      {!contacts.personEmail && !contacts.address && contacts.channels.length + contacts.persons.length === 0 && (
        <p>{t("none")}</p>
      )}
    </div>
  );
}
