import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { Alert } from "@/components/ui/alert";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { isConfigurable } from "@/lib/notifications/preferences";
import { messageKeyOf } from "@/lib/notifications/types";
import { inspectUnsubscribe } from "@/lib/notifications/unsubscribe";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("unsubscribe");

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const { token } = await searchParams;
  const target = typeof token === "string" && token.length <= 2000 ? await inspectUnsubscribe(token) : null;
  return (
    <ClientMessages namespaces={["unsubscribe"]}>
      <>
        <h1 className="mb-6 text-3xl font-bold">{t("unsubscribe.title")}</h1>
        {!target || typeof token !== "string" ? (
          <Alert tone="error">{t("unsubscribe.invalid")}</Alert>
        ) : (
          <>
            <p className="mb-2">{t("unsubscribe.intro")}</p>
            <ul className="mb-6 list-disc pl-6">
              {target.types.filter(isConfigurable).map((type) => (
                <li key={type}>{t(`notifications.typeNames.${messageKeyOf(type)}`)}</li>
              ))}
            </ul>
            <UnsubscribeForm token={token} />
          </>
        )}
      </>
    </ClientMessages>
  );
}
