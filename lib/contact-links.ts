/** A tel: link target from a phone number as people write it ("+48 77 541 65 00"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, "")}`;
}
