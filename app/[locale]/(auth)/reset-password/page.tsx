import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { verifyEmailSchema } from "@/lib/accounts/schemas";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const generateMetadata = titleMetadata("resetPassword");

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const { token } = await searchParams;
  // Same token format as the confirmation links.
  const parsed = verifyEmailSchema.safeParse({ token });
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("resetPassword.title")}</h1>
      {parsed.success ? (
        <ResetPasswordForm token={parsed.data.token} />
      ) : (
        <Alert tone="error">{token ? t("resetPassword.LINK_INVALID") : t("resetPassword.missing")}</Alert>
      )}
    </>
  );
}
