import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MattersViewer } from "@/components/matters/matters-viewer";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getPathname } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("myMatters");

/**
 * "My matters": one copy for everyone (SHARED in lib/http/page-cache.ts),
 * served from the page cache signed in too; the reader's matters are asked
 * for by the browser (MattersViewer), so the page reads no session.
 */
export default async function MyMattersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("myMatters.title") }]} />
      <h1 className="text-3xl font-bold">{t("myMatters.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("myMatters.lead")}</p>
      <ClientMessages namespaces={["myMatters", "ui.readerAnswerFailed", "errors.retry"]}>
        <MattersViewer signInNext={getPathname({ href: "/my-matters", locale })} />
      </ClientMessages>
    </>
  );
}
