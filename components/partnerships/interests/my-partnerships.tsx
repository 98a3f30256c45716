import { useFormatter, useTranslations } from "next-intl";
import { AgreementLink } from "@/components/partnerships/agreement/agreement-link";
import { ContactsList } from "@/components/partnerships/interests/contacts-list";
import { InterestStateLine } from "@/components/partnerships/interests/interest-state";
import { WithdrawInterestButton } from "@/components/partnerships/interests/withdraw-interest-button";
import { PartnershipControls } from "@/components/partnerships/interests/partnership-controls";
import { Link } from "@/lib/i18n/navigation";
import { isUndecided } from "@/lib/partnerships/interests/policy";
import type { MyPartnershipsView } from "@/lib/partnerships/workflow/queries";

/**
 * "My partnerships": the requests of the sides the reader acts for, the
 * interests they sent and their partnerships, each with what can be done
 * there or a link to where it is done.
 */
export function MyPartnerships({ view }: { view: MyPartnershipsView }) {
  const t = useTranslations("partnershipWorkflow.mine");
  const format = useFormatter();
  if (view.sides.length === 0) return <p className="mt-4">{t("noSides")}</p>;
  return (
    <>
      <p className="mt-4">{t("sides", { names: view.sides.map((side) => side.name).join(", ") })}</p>
      <section aria-labelledby="mine-requests" className="mt-8">
        <h2 id="mine-requests" className="text-2xl font-bold">
          {t("requests")}
        </h2>
        {view.requests.length === 0 ? (
          <p className="mt-2">
            {t("noRequests")} <Link href="/partnerships/new">{t("newRequest")}</Link>
          </p>
        ) : (
          <ul className="mt-3 space-y-3">
            {view.requests.map((request) => (
              <li key={request.id} className="border-l-4 border-slate-300 pl-3">
                <p className="font-semibold">
                  <Link href={{ pathname: "/partnerships/[slug]", params: { slug: request.slug } }}>
                    {request.title}
                  </Link>
                </p>
                <p>
                  {t("requestLine", {
                    side: request.side.name,
                    status: request.visibility === "HIDDEN" ? "HIDDEN" : request.status,
                    interests: request.interestCount,
                    accepted: request.acceptedCount,
                    max: request.maxPartners,
                    closes: format.dateTime(request.repliesCloseOn, { dateStyle: "long", timeZone: "UTC" }),
                  })}
                </p>
                <p>
                  <Link href={{ pathname: "/partnerships/[slug]/interests", params: { slug: request.slug } }}>
                    {t("reviewInterests")}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-interests" className="mt-8">
        <h2 id="mine-interests" className="text-2xl font-bold">
          {t("interests")}
        </h2>
        {view.interests.length === 0 ? (
          <p className="mt-2">
            {t("noInterests")} <Link href="/partnerships">{t("browse")}</Link>
          </p>
        ) : (
          <ul className="mt-3 space-y-3">
            {view.interests.map((interest) => (
              <li key={interest.id} className="border-l-4 border-slate-300 pl-3">
                <p className="font-semibold">
                  <Link href={{ pathname: "/partnerships/[slug]", params: { slug: interest.request.slug } }}>
                    {interest.request.title}
                  </Link>
                </p>
                <p>{t("interestFor", { author: interest.request.author.name })}</p>
                <InterestStateLine name={interest.side.name} status={interest.status} note={interest.decisionNote} />
                {interest.request.status !== "OPEN" && isUndecided(interest.status) && (
                  <p>{t("requestNoLongerOpen", { status: interest.request.status })}</p>
                )}
                {interest.contacts && <ContactsList contacts={interest.contacts} name={interest.request.author.name} />}
                {isUndecided(interest.status) && (
                  <WithdrawInterestButton interestId={interest.id} context={interest.request.title} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-partnerships" className="mt-8">
        <h2 id="mine-partnerships" className="text-2xl font-bold">
          {t("partnerships")}
        </h2>
        {view.partnerships.length === 0 ? (
          <p className="mt-2">{t("noPartnerships")}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {view.partnerships.map((partnership) => (
              <li key={partnership.id} className="rounded border-2 border-slate-300 p-3">
                <h3 className="text-xl font-semibold">
                  {t("partnershipTitle", { us: partnership.us.name, them: partnership.them.name })}
                </h3>
                <p>
                  <Link href={{ pathname: "/partnerships/[slug]", params: { slug: partnership.request.slug } }}>
                    {partnership.request.title}
                  </Link>
                </p>
                <p className="mt-1">{t("partnershipStatus", { status: partnership.status })}</p>
                <p>
                  {t("confirmations", {
                    us: partnership.ourConfirmedAt ? "yes" : "no",
                    them: partnership.theirConfirmedAt ? "yes" : "no",
                  })}
                </p>
                <p>{partnership.shownPublicly ? t("shownPublicly") : t("notShownPublicly")}</p>
                {partnership.ourCompletedAt && (
                  <p>{t("ourCompletion", { again: partnership.ourWouldAgain ? "yes" : "no" })}</p>
                )}
                {partnership.contacts && <ContactsList contacts={partnership.contacts} name={partnership.them.name} />}
                {partnership.status !== "ENDED" && <AgreementLink partnershipId={partnership.id} />}
                <PartnershipControls partnership={partnership} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
