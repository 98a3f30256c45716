import { useTranslations } from "next-intl";
import { OrganisationsMap, type MapGmina } from "@/components/directory/organisations-map";
import { PlaceName, usePlaceText } from "@/components/partnerships/place-name";
import { Link } from "@/lib/i18n/navigation";
import type { RequesterSeat } from "@/lib/partnerships/list/queries";

interface Props {
  seats: RequesterSeat[];
  /** The address of a place's entry in the list below (the map's markers lead there). */
  placeHref: (code: string) => string;
  tileUrl: string;
  attribution: string;
}

export const placeAnchor = (code: string) => `place-${code}`;

/** The first view: the markers' places, not the whole region (the few seats would sit in a corner of it). */
function markerBounds(markers: MapGmina[]): [[number, number], [number, number]] {
  const latitudes = markers.map((marker) => marker.latitude);
  const longitudes = markers.map((marker) => marker.longitude);
  return [
    [Math.min(...latitudes), Math.min(...longitudes)],
    [Math.max(...latitudes), Math.max(...longitudes)],
  ];
}

/**
 * The requesters' seats on the directory's map, and the same places with
 * their requests as a list: the map only adds a view, the list works without
 * JavaScript and for every reader.
 */
export function RequesterMapSection({ seats, placeHref, tileUrl, attribution }: Props) {
  const t = useTranslations("partnerRequestList.map");
  const tUi = useTranslations("ui");
  const placeText = usePlaceText();
  const placed = seats.filter((seat) => seat.latitude !== null && seat.longitude !== null);
  const unplaced = seats.filter((seat) => seat.latitude === null || seat.longitude === null);
  const markers: MapGmina[] = placed.map((seat) => ({
    code: seat.code,
    name: seat.name,
    latitude: seat.latitude!,
    longitude: seat.longitude!,
    count: seat.requests.length,
    href: placeHref(seat.code),
    // The marker's accessible name: the place, then each request by its title and who posted it.
    label: t("marker", {
      place: placeText(seat),
      count: seat.requests.length,
      requests: seat.requests.map((request) => t("markerRequest", request)).join("; "),
    }),
    title: t("show", { place: placeText(seat) }),
  }));
  return (
    <>
      {markers.length > 0 && (
        <div className="mt-6">
          <noscript>
            <p className="my-3">{t("unavailable")}</p>
          </noscript>
          <OrganisationsMap
            gminas={markers}
            bounds={markerBounds(markers)}
            tileUrl={tileUrl}
            attribution={attribution}
            label={t("mapLabel")}
            zoomLabels={{ zoomIn: tUi("mapZoomIn"), zoomOut: tUi("mapZoomOut") }}
            tilesFailed={tUi("mapTilesFailed")}
          />
          {unplaced.length > 0 && (
            <p className="mt-2 text-sm">
              {t("missing", { count: unplaced.length, names: unplaced.map(placeText).join(", ") })}
            </p>
          )}
        </div>
      )}
      <section aria-labelledby="requester-places-heading" className="mt-8">
        <h2 id="requester-places-heading" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        {seats.length === 0 ? (
          <p className="mt-3">{t("empty")}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {seats.map((seat) => (
              <li key={seat.code} id={placeAnchor(seat.code)} tabIndex={-1} className="scroll-mt-4">
                <h3 className="text-lg font-bold">
                  {t.rich("place", { place: () => <PlaceName unit={seat} />, count: seat.requests.length })}
                </h3>
                <ul className="mt-1 list-disc pl-6">
                  {seat.requests.map((request) => (
                    <li key={request.slug} lang="pl">
                      <Link
                        href={{ pathname: "/partnerships/[slug]", params: { slug: request.slug } }}
                        className="underline"
                      >
                        {request.title}
                      </Link>{" "}
                      – {request.author}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
