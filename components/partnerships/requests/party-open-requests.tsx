import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PartyOpenRequest } from "@/lib/partnerships/requests/queries";

/**
 * An organisation's or an office's open partner requests, on its public page:
 * each title (to the request's page, in the language it was written in), the
 * roles sought and the last day for replies. Nothing when it has none open.
 */
export function PartyOpenRequests({ requests }: { requests: PartyOpenRequest[] }) {
  const t = useTranslations("partnerRequests");
  const format = useFormatter();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="party-open-requests" className="mt-8 max-w-3xl">
      <h2 id="party-open-requests" className="text-2xl font-bold">
        {t("ofParty.heading")}
      </h2>
      <ul className="mt-2 space-y-2">
        {requests.map((request) => (
          <li key={request.id} className="border-l-4 border-slate-300 pl-3">
            <p className="font-semibold break-words">
              <Link href={{ pathname: "/partnerships/[slug]", params: { slug: request.slug } }} lang="pl">
                {request.title}
              </Link>
            </p>
            {request.roles.length > 0 && (
              <p>{t("ofParty.roles", { roles: request.roles.map((role) => t(`roles.${role}`)).join(", ") })}</p>
            )}
            <p className="text-sm text-slate-700">
              {t("ofParty.closes", {
                date: format.dateTime(request.repliesCloseOn, { dateStyle: "long", timeZone: "UTC" }),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
