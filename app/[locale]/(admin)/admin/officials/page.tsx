import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RequestDecisions } from "@/components/organisations/request-decisions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { listPendingOfficialRequests } from "@/lib/institutions/queries";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("adminOfficials", "administration");

export default async function AdminOfficialsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  // Platform administrators approve officials of any institution (institution.officials.approve in every scope).
  await requirePermission(locale, "users.manage");
  const [t, requests] = await Promise.all([getTranslations({ locale }), listPendingOfficialRequests()]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "institution", "membershipRequests", "organisation", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("adminOfficials.title") }]} />
        <h1 className="text-3xl font-bold">{t("adminOfficials.title")}</h1>
        <p className="mt-4 max-w-3xl">
          {t.rich("adminOfficials.intro", { link: (chunks) => <Link href="/institutions">{chunks}</Link> })}
        </p>
        <RequestDecisions
          kind="institution"
          requests={requests.map((request) => ({
            ...request,
            target: request.institution?.officeName ?? request.institution?.name ?? "",
          }))}
        />
      </>
    </ClientMessages>
  );
}
