import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { RemarkStanding } from "@/lib/consultations/remarks/standing";
import { Link } from "@/lib/i18n/navigation";

/** Why the signed-in person cannot write a remark here, in words that fit who they are (issue 18). */
export function RemarkStandingNotice({
  standing,
  consultationSlug,
}: {
  standing: RemarkStanding;
  consultationSlug: string;
}) {
  const t = useTranslations();
  switch (standing.kind) {
    case "organiser":
      return (
        <Alert tone="info">
          {t("remarks.organiserNotice")}{" "}
          <Link
            href={{ pathname: "/consultations/[slug]/edit", params: { slug: consultationSlug } }}
            className="font-semibold underline"
          >
            {t("consultationPage.manage")}
          </Link>
        </Alert>
      );
    case "awaitingVerification":
      return (
        <Alert tone="info">
          {t("remarks.awaitingVerification", { name: standing.organisation.name })}
          {standing.canEdit && (
            <>
              {" "}
              <Link
                href={{ pathname: "/organisations/[slug]/edit", params: { slug: standing.organisation.slug } }}
                className="font-semibold underline"
              >
                {t("remarks.completeProfile")}
              </Link>
              .
            </>
          )}
        </Alert>
      );
    case "noOrganisation":
      // Not a dead end: where to find one's organisation, or to register it.
      return (
        <Alert tone="info">
          {t("remarks.organisationsOnly")}{" "}
          <Link href="/organisations" className="font-semibold underline">
            {t("remarks.findOrganisation")}
          </Link>{" "}
          {t("remarks.or")}{" "}
          <Link href="/organisations/register" className="font-semibold underline">
            {t("remarks.registerOrganisation")}
          </Link>
          .
        </Alert>
      );
  }
}
