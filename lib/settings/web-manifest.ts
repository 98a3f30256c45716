// GET /manifest.webmanifest: what a phone shows when someone adds the platform
// to the home screen. Its name is the instance's, in the page's language
// (?lang=en|de), so it is answered from the settings; the icons are files in public/.
import "server-only";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";

/** The address of the manifest a page in `locale` links to. */
export const webManifestPath = (locale: Locale) =>
  locale === "pl" ? "/manifest.webmanifest" : `/manifest.webmanifest?lang=${locale}`;

export async function webManifestResponse(request: Request): Promise<Response> {
  const requested = new URL(request.url).searchParams.get("lang");
  const locale: Locale = isLocale(requested) ? requested : "pl";
  const name = pickLocalized((await getInstanceSettings()).platformName, locale);
  const manifest = {
    name,
    short_name: name.length <= 24 ? name : "ngo-platform",
    lang: locale,
    start_url: locale === "pl" ? "/" : `/${locale}`,
    scope: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#1e40af",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
  return Response.json(manifest, {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
