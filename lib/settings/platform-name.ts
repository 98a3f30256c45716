// The platform's name in one language, for e-mails and other text outside
// pages. Not server-only: background jobs in `npm run worker` use it too.
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";

export async function platformNameIn(locale: Locale): Promise<string> {
  const settings = await db().instanceSettings.findUnique({ where: { id: 1 }, select: { platformName: true } });
  return settings ? pickLocalized(settings.platformName, locale) : "ngo-platform";
}
