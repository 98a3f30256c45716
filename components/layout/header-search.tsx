import { useLocale, useTranslations } from "next-intl";
import { HeaderSearchBox } from "@/components/layout/header-search-box";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The header's search box: a plain GET form opening the results page of the
 * one search (/szukaj?q=…), so it works without JavaScript. Below 1024 px it
 * fills what the account area leaves of the row under the name and the menu
 * button (only its magnifier where that is too little, see HeaderSearchBox),
 * before the account in the focus order. From 1024 px the
 * header's one row has no room for a field (its areas were fitted to the width
 * with German's longest labels; the container stops growing at 1280 px), so
 * there the magnifier shows the field in place (HeaderSearchBox). The label is
 * heard, not shown (a placeholder says what the empty field is for; the
 * label stays its name); the button is named by its hidden text. Both controls are
 * at least 32 px high (WCAG 2.5.8 asks 24). The labels are passed down, so the
 * header's client part needs no messages of its own.
 */
export function HeaderSearch() {
  const t = useTranslations("globalSearch");
  const locale = useLocale() as Locale;
  return (
    <HeaderSearchBox
      action={getPathname({ href: "/search", locale })}
      label={t("boxLabel")}
      submit={t("boxSubmit")}
      placeholder={t("boxPlaceholder")}
    />
  );
}
