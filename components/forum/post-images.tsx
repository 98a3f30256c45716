/** A post's pictures (re-encoded WebP from the forum's image route), named as a list by `label`. */
export function PostImages({
  images,
  label,
}: {
  images: { id: string; alt: string; width: number; height: number }[];
  label: string;
}) {
  if (images.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-3" aria-label={label}>
      {images.map((image) => (
        <li key={image.id}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a re-encoded WebP from our own route, with its writer's alternative text */}
          <img
            src={`/api/forum/images/${image.id}`}
            alt={image.alt}
            width={image.width}
            height={image.height}
            loading="lazy"
            className="h-auto max-h-96 w-auto max-w-full rounded border border-slate-300"
            lang="pl"
          />
        </li>
      ))}
    </ul>
  );
}
