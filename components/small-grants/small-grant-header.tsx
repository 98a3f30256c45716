import { useTranslations } from "next-intl";
import { LastDay, Pln, When } from "@/components/small-grants/money";
import { Alert } from "@/components/ui/alert";
import type { smallGrantPageView } from "@/lib/small-grants/page-view";

type View = NonNullable<Awaited<ReturnType<typeof smallGrantPageView>>>;

/** The offer's title, who asks whom for how much, the remark window with the days left, and the decision once made. */
export function SmallGrantHeader({ view }: { view: View }) {
  const t = useTranslations("smallGrants.page");
  const { smallGrant } = view;
  const { offer } = smallGrant;
  return (
    <>
      <h1 className="text-3xl font-bold">{offer.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("applicant")}</dt>
        <dd>{offer.leadOrganisation.name}</dd>
        <dt className="font-semibold">{t("office")}</dt>
        <dd>{offer.institution.name}</dd>
        <dt className="font-semibold">{t("requested")}</dt>
        <dd>
          <Pln grosze={offer.requestedGrant} />
        </dd>
        <dt className="font-semibold">{t("published")}</dt>
        <dd>
          <When at={smallGrant.publishedAt} />
        </dd>
        <dt className="font-semibold">{t("version")}</dt>
        <dd>
          <code>{offer.shortChecksum}</code>
        </dd>
      </dl>
      {view.open ? (
        <Alert tone="info">
          {t.rich("openUntil", {
            day: () => <LastDay end={smallGrant.remarksUntil} />,
            days: view.daysLeft ?? 0,
          })}
        </Alert>
      ) : (
        <Alert tone="info">{t.rich("closed", { day: () => <LastDay end={smallGrant.remarksUntil} /> })}</Alert>
      )}
      {smallGrant.stage === "ACCEPTED" && (
        <Alert tone="success">
          {t.rich("accepted", { amount: () => <Pln grosze={smallGrant.awardedAmount ?? 0} /> })}
          {smallGrant.decisionReason && <p className="mt-1 whitespace-pre-line">{smallGrant.decisionReason}</p>}
        </Alert>
      )}
      {smallGrant.stage === "REFUSED" && (
        <Alert tone="warning">
          {t("refused")}
          {smallGrant.decisionReason && <p className="mt-1 whitespace-pre-line">{smallGrant.decisionReason}</p>}
        </Alert>
      )}
    </>
  );
}
