"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

export interface MapGmina {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  count: number;
  /** The directory filtered to this gmina. */
  href: string;
  /** "Opole: 12 organisations", the marker's accessible name. */
  label: string;
  /** "Show organisations in Opole", the marker's tooltip. */
  title: string;
}

interface Props {
  gminas: MapGmina[];
  /** South-west and north-east corners of the region, for the first view. */
  bounds: [[number, number], [number, number]];
  tileUrl: string;
  attribution: string;
  label: string;
  /** The zoom buttons' names in the page's language (Leaflet's own are English). */
  zoomLabels: { zoomIn: string; zoomOut: string };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Leaflet map of organisation counts per gmina. Each marker is a keyboard
 * button (Tab to it, Enter) named "gmina: n organisations" that opens the list
 * for that gmina. The map only adds a view: every count is also beside the
 * gmina in the search form, and the list works without the map.
 */
export function OrganisationsMap({ gminas, bounds, tileUrl, attribution, label, zoomLabels }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const data = JSON.stringify({ gminas, bounds, tileUrl, attribution, zoomLabels });

  useEffect(() => {
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    const parsed = JSON.parse(data) as Omit<Props, "label">;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false, keyboard: true, zoomControl: false }).fitBounds(
        parsed.bounds,
        { padding: [16, 16] },
      );
      L.control.zoom({ zoomInTitle: parsed.zoomLabels.zoomIn, zoomOutTitle: parsed.zoomLabels.zoomOut }).addTo(map);
      L.tileLayer(parsed.tileUrl, { attribution: escapeHtml(parsed.attribution), maxZoom: 18 }).addTo(map);
      const largest = Math.max(1, ...parsed.gminas.map((g) => g.count));
      for (const gmina of parsed.gminas) {
        const size = Math.round(28 + 24 * Math.sqrt(gmina.count / largest));
        const icon = L.divIcon({
          className: "",
          iconSize: [size, size],
          html: `<span class="directory-map-marker" style="width:${size}px;height:${size}px"><span aria-hidden="true">${gmina.count}</span><span class="sr-only">${escapeHtml(gmina.label)}</span></span>`,
        });
        L.marker([gmina.latitude, gmina.longitude], { icon, keyboard: true, title: gmina.title, riseOnHover: true })
          .on("click", () => router.push(gmina.href))
          // Leaflet gives markers role="button" and a tab stop but opens only popups on Enter.
          .on("keypress", (event: import("leaflet").LeafletKeyboardEvent) => {
            const key = event.originalEvent.key;
            if (key !== "Enter" && key !== " ") return;
            event.originalEvent.preventDefault();
            router.push(gmina.href);
          })
          .addTo(map);
      }
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [data, router]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      className="h-[28rem] w-full rounded border-2 border-slate-300"
    />
  );
}
