import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * One moderators' queue (news, library, forum; the ideas board next): what
 * the last decision did, then the items, each on its card, or the empty
 * state. `status` stays in place while the list empties, so the outcome of
 * the decision that emptied it is still said; `before` and `after` hold what
 * acts on many items at once (the forum's "choose all" and its decision panel).
 */
export function QueueList<Item extends { id: string }>({
  items,
  empty,
  status,
  ordered = false,
  before,
  after,
  children,
}: {
  items: Item[];
  empty: string;
  status?: ReactNode;
  /** A numbered list, where the order itself means something (the forum's: most urgent first). */
  ordered?: boolean;
  before?: ReactNode;
  after?: ReactNode;
  children: (item: Item) => ReactNode;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <div>
      {status}
      {items.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <>
          {before}
          <List className="mt-4 space-y-4">
            {items.map((item) => (
              <li key={item.id} className="rounded border-2 border-slate-300 p-4">
                {children(item)}
              </li>
            ))}
          </List>
          {after}
        </>
      )}
    </div>
  );
}
