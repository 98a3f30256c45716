"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { spreadMarkers } from "@/components/directory/marker-layout";

export interface MapGmina {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  count: number;
  /** The directory filtered to this gmina, or the place's entry further down this page ("#place-…"). */
  href: string;
  /** "Opole: 12 organisations", the marker's accessible name. */
  label: string;
  /** "Show organisations in Opole", the marker's tooltip. */
  title: string;
}

interface Props {
  gminas: MapGmina[];
  /** South-west and north-east corners of the first view (the region, or the markers' places). */
  bounds: [[number, number], [number, number]];
  tileUrl: string;
  attribution: string;
  label: string;
  /** The zoom buttons' names in the page's language (Leaflet's own are English). */
  zoomLabels: { zoomIn: string; zoomOut: string };
  /** Said when the map's background cannot be loaded: the markers stay, on an empty grey square. */
  tilesFailed: string;
}

/** A marker's width in pixels: the smallest count's, and how much more the largest count's. */
const SMALLEST_MARKER = 28;
const MARKER_GROWTH = 24;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Gives an entry of the page the focus and brings its top into view (focus alone scrolls it only just into view). */
function focusEntry(entry: HTMLElement): void {
  entry.focus({ preventScroll: true });
  entry.scrollIntoView({ block: "start" });
}

/**
 * Opens a marker's address. An entry on this same page (same path and query)
 * gets the focus (the list's entries take it, tabIndex -1), so a keyboard or
 * screen reader user lands where the marker led, not only the scroll
 * position. Anything else is a navigation; when its address names an entry
 * (the directory's results for the marker's gmina), that entry of the new
 * page gets the focus once it is shown, instead of the focus falling back to
 * the top of the page with the marker that had it.
 */
export function followMarker(href: string, push: (href: string) => void): void {
  const target = new URL(href, window.location.href);
  const id = target.hash ? decodeURIComponent(target.hash.slice(1)) : null;
  const here = target.pathname === window.location.pathname && target.search === window.location.search;
  const entry = id && here ? document.getElementById(id) : null;
  if (entry) {
    window.history.pushState(window.history.state, "", target.href);
    focusEntry(entry);
    return;
  }
  push(href);
  if (!id) return;
  // The router shows the new page, then its address: from then on the entry is the new page's.
  const until = Date.now() + 10_000;
  const focusWhenShown = () => {
    const shown = window.location.href === target.href ? document.getElementById(id) : null;
    if (shown) focusEntry(shown);
    else if (Date.now() < until) requestAnimationFrame(focusWhenShown);
  };
  requestAnimationFrame(focusWhenShown);
}

/**
 * Leaflet map of counts per place (organisations per gmina, partner requests
 * per seat). Each marker is a keyboard button (Tab to it, Enter) named
 * "gmina: n organisations" that opens its address. Markers that would cover
 * each other are drawn side by side (marker-layout.ts). The map only adds a
 * view: every count is also in the page's list, which works without the map,
 * and the page says so when the map's background cannot be loaded.
 */
export function OrganisationsMap({ gminas, bounds, tileUrl, attribution, label, zoomLabels, tilesFailed }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [tiles, setTiles] = useState({ loaded: 0, failed: 0 });
  const data = JSON.stringify({ gminas, bounds, tileUrl, attribution, zoomLabels });

  useEffect(() => {
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    const parsed = JSON.parse(data) as Omit<Props, "label" | "tilesFailed">;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      // Room for half the largest marker beyond the outermost places; a single place is not zoomed to its street.
      const edge = 8 + (SMALLEST_MARKER + MARKER_GROWTH) / 2;
      map = L.map(container.current, { scrollWheelZoom: false, keyboard: true, zoomControl: false }).fitBounds(
        parsed.bounds,
        { padding: [edge, edge], maxZoom: 11 },
      );
      L.control.zoom({ zoomInTitle: parsed.zoomLabels.zoomIn, zoomOutTitle: parsed.zoomLabels.zoomOut }).addTo(map);
      L.tileLayer(parsed.tileUrl, { attribution: escapeHtml(parsed.attribution), maxZoom: 18 })
        .on("tileload", () => setTiles((count) => ({ ...count, loaded: count.loaded + 1 })))
        .on("tileerror", () => setTiles((count) => ({ ...count, failed: count.failed + 1 })))
        .addTo(map);
      const largest = Math.max(1, ...parsed.gminas.map((g) => g.count));
      const open = (href: string) => followMarker(href, (to) => router.push(to));
      const markers = parsed.gminas.map((gmina) => {
        const size = Math.round(SMALLEST_MARKER + MARKER_GROWTH * Math.sqrt(gmina.count / largest));
        const icon = L.divIcon({
          className: "",
          iconSize: [size, size],
          html: `<span class="directory-map-marker" style="width:${size}px;height:${size}px"><span aria-hidden="true">${gmina.count}</span><span class="sr-only">${escapeHtml(gmina.label)}</span></span>`,
        });
        const marker = L.marker([gmina.latitude, gmina.longitude], {
          icon,
          keyboard: true,
          title: gmina.title,
          riseOnHover: true,
        })
          .on("click", () => open(gmina.href))
          // Leaflet gives markers role="button" and a tab stop but opens only popups on Enter.
          .on("keypress", (event: import("leaflet").LeafletKeyboardEvent) => {
            const key = event.originalEvent.key;
            if (key !== "Enter" && key !== " ") return;
            event.originalEvent.preventDefault();
            open(gmina.href);
          })
          .addTo(map!);
        return { marker, size, place: L.latLng(gmina.latitude, gmina.longitude) };
      });
      // Drawn from their true places at each zoom, so that none covers another.
      const layOut = () => {
        if (!map) return;
        const points = markers.map(({ place, size }) => ({ ...map!.latLngToLayerPoint(place), size }));
        spreadMarkers(points).forEach((point, i) =>
          markers[i]!.marker.setLatLng(map!.layerPointToLatLng(L.point(point.x, point.y))),
        );
      };
      map.on("zoomend", layOut);
      layOut();
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [data, router]);

  return (
    <>
      <div
        ref={container}
        role="region"
        aria-label={label}
        className="h-[28rem] w-full rounded border-2 border-slate-300"
      />
      {/* A background that never loaded (tile server down, offline): the markers and the list still say everything. */}
      <p role="status" className="mt-2 text-sm">
        {tiles.failed > 0 && tiles.loaded === 0 ? tilesFailed : null}
      </p>
    </>
  );
}
