import { getTranslations, setRequestLocale } from "next-intl/server";
import { MatterSections } from "@/components/matters/matter-sections";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { myMattersView } from "@/lib/matters/page-view";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("myMatters");

export default async function MyMattersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "matters.read");
  const [t, view] = await Promise.all([getTranslations({ locale }), myMattersView(user)]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("myMatters.title") }]} />
      <h1 className="text-3xl font-bold">{t("myMatters.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("myMatters.lead")}</p>
      {view.total === 0 ? (
        <div className="mt-6">
          <EmptyState title={t("myMatters.nothing")} hint={t("myMatters.nothingHint")} />
        </div>
      ) : (
        <MatterSections sections={view.sections} />
      )}
    </>
  );
}
