import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  const t = useTranslations("errors");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="my-4">{t("notFoundText")}</p>
      <ButtonLink href="/">{t("backHome")}</ButtonLink>
    </>
  );
}
