import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmLinkForm } from "@/components/accounts/confirm-link-form";
import { Alert } from "@/components/ui/alert";
import { verifyEmailSchema } from "@/lib/accounts/schemas";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("verifyEmail");

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const { token } = await searchParams;
  const parsed = verifyEmailSchema.safeParse({ token });
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("verifyEmail.title")}</h1>
      {parsed.success ? (
        <ConfirmLinkForm token={parsed.data.token} kind="verifyEmail" />
      ) : (
        <Alert tone="error">{token ? t("verifyEmail.LINK_INVALID") : t("verifyEmail.missing")}</Alert>
      )}
    </>
  );
}
