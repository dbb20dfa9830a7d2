import { useModeStore } from '../../app/mode-store.ts';

/** The banner over a read-only review: where the document came from, and how to edit a copy. */
export function ReviewBanner() {
  const banner = useModeStore((state) => state.banner);
  return (
    <div className="review-banner" role="note">
      {banner}
    </div>
  );
}
