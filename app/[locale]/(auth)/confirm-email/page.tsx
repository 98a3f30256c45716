import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmLinkForm } from "@/components/accounts/confirm-link-form";
import { Alert } from "@/components/ui/alert";
import { confirmEmailChangeSchema } from "@/lib/accounts/schemas";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("confirmEmail");

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const { token } = await searchParams;
  const parsed = confirmEmailChangeSchema.safeParse({ token });
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("confirmEmail.title")}</h1>
      {parsed.success ? (
        <ConfirmLinkForm token={parsed.data.token} kind="confirmEmail" />
      ) : (
        <Alert tone="error">{token ? t("confirmEmail.LINK_INVALID") : t("confirmEmail.missing")}</Alert>
      )}
    </>
  );
}
