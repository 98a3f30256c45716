"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import type { TopicOptions } from "@/lib/reference-data/topic-options";

/**
 * What a record concerns: public-benefit spheres and units of the region, as
 * two folded checkbox lists (consultations, news, library documents). The
 * first box of each list carries the field's id, which the error summary
 * links to.
 */
export function TopicFields({
  options,
  ids,
  labels,
  register,
}: {
  options: TopicOptions;
  ids: { sphereIds: string; territoryCodes: string };
  labels: { sphereIds: string; territoryCodes: string };
  register: { sphereIds: UseFormRegisterReturn; territoryCodes: UseFormRegisterReturn };
}) {
  return (
    <>
      <details className="mb-4">
        <summary className="cursor-pointer font-semibold">{labels.sphereIds}</summary>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.spheres.map((sphere, index) => (
            <li key={sphere.id} className="flex items-start gap-3">
              <input
                id={index === 0 ? ids.sphereIds : `${ids.sphereIds}-${sphere.id}`}
                type="checkbox"
                value={sphere.id}
                {...register.sphereIds}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={index === 0 ? ids.sphereIds : `${ids.sphereIds}-${sphere.id}`}>{sphere.label}</label>
            </li>
          ))}
        </ul>
      </details>
      <details className="mb-4">
        <summary className="cursor-pointer font-semibold">{labels.territoryCodes}</summary>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.territories.map((territory, index) => (
            <li key={territory.code} className="flex items-start gap-3">
              <input
                id={index === 0 ? ids.territoryCodes : `${ids.territoryCodes}-${territory.code}`}
                type="checkbox"
                value={territory.code}
                {...register.territoryCodes}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={index === 0 ? ids.territoryCodes : `${ids.territoryCodes}-${territory.code}`} lang="pl">
                {territory.label}
              </label>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
