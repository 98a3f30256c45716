"use client";

import { useState } from "react";
import { OrganisationPicker, type PickedOrganisation } from "@/components/forms/organisation-picker";

/**
 * A list filter for one organisation (of thousands: no select could hold
 * them), searched by name or KRS number and sent as `name` with the form.
 */
export function OrganisationFilter({
  id,
  name,
  label,
  hint,
  initial,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  initial: PickedOrganisation | null;
}) {
  const [value, setValue] = useState<PickedOrganisation[]>(initial ? [initial] : []);
  return <OrganisationPicker id={id} name={name} label={label} hint={hint} value={value} onChange={setValue} single />;
}
