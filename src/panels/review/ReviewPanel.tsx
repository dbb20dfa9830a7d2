import { DiffSection } from './DiffSection.tsx';
import { ExportSection } from './ExportSection.tsx';
import { HashSection } from './HashSection.tsx';
import { ShareSection } from './ShareSection.tsx';
import { SummarySection } from './SummarySection.tsx';
import { useReviewData } from './use-review-data.ts';
import './review.css';

/** The rules in plain words, their hash and warnings, the diff against another version, share links and exports. */
export function ReviewPanel() {
  const data = useReviewData();
  return (
    <div className="review-panel">
      <SummarySection data={data} />
      <HashSection data={data} />
      <DiffSection />
      <ShareSection />
      <ExportSection data={data} />
    </div>
  );
}
