import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { verifyEmailSchema } from "@/lib/accounts/schemas";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The page a mailed link opens: its form when the link carries a well-formed
 * token, otherwise an explanation of what is wrong with the link. Every
 * mailed link uses the same token format.
 */
export async function MailedLinkPage({
  locale,
  namespace,
  token,
  form,
}: {
  locale: Locale;
  namespace: "verifyEmail" | "confirmEmail" | "resetPassword";
  token: string | string[] | undefined;
  form: (token: string) => ReactNode;
}) {
  const t = await getTranslations({ locale, namespace });
  const parsed = verifyEmailSchema.shape.token.safeParse(token);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {parsed.success ? form(parsed.data) : <Alert tone="error">{token ? t("LINK_INVALID") : t("missing")}</Alert>}
    </>
  );
}
