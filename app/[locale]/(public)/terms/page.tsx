import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TERMS_VERSION } from "@/lib/accounts/consents";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("terms");

const items = ["1", "2", "3", "4", "5", "6", "7", "8"] as const;

export default async function TermsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("terms.title") }]} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{t("terms.title")}</h1>
        <p className="my-4">{t("terms.intro", { version: TERMS_VERSION })}</p>
        <ol className="list-decimal space-y-2 pl-6">
          {items.map((item) => (
            <li key={item}>{t(`terms.items.${item}`)}</li>
          ))}
        </ol>
      </div>
    </>
  );
}
