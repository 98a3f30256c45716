// "My matters" as its page's browser gets it (app/api/account/matters): the
// page is one copy for everyone, so the reader's view comes as JSON, where a
// moment is its ISO text; revived here into the view the sections show.
import type { MatterItem, MattersView } from "@/lib/matters/page-view";

/** A value as JSON carries it: every Date as its ISO text. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type MattersAnswer = { signedIn: false } | { signedIn: true; view: MattersView };

type WireItem = Wire<MatterItem>;

function reviveItem(item: WireItem): MatterItem {
  const moment = (at: string) => new Date(at);
  return {
    ...item,
    href: item.href as MatterItem["href"],
    deadline: item.deadline === null ? null : moment(item.deadline),
    closes: item.closes && { ...item.closes, at: moment(item.closes.at) },
    answer: item.answer && { ...item.answer, at: moment(item.answer.at) },
    remarksWindow: item.remarksWindow && { ...item.remarksWindow, at: moment(item.remarksWindow.at) },
  };
}

/** The view the server sent, its moments Dates again. */
export function reviveMattersAnswer(answer: Wire<MattersAnswer>): MattersAnswer {
  if (!answer.signedIn) return answer;
  return {
    signedIn: true,
    view: {
      total: answer.view.total,
      sections: answer.view.sections.map((section) => ({
        ...section,
        groups: section.groups.map((group) => ({ ...group, items: group.items.map(reviveItem) })),
      })) as MattersView["sections"],
    },
  };
}
