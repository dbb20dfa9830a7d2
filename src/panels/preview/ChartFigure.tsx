import { type ReactNode, useId } from 'react';

/**
 * A chart with its title and a caption that says in a sentence what it shows: the caption is the chart's text
 * alternative (the chart's region is described by it) and reads the same to everyone.
 */
export function ChartFigure(props: { title: string; caption: string; name: string; children: ReactNode }) {
  const id = useId();
  return (
    <figure className="preview-chart" data-chart={props.name} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{props.title}</h4>
      <div
        className="preview-chart-body"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-caption`}
      >
        {props.children}
      </div>
      <figcaption id={`${id}-caption`}>{props.caption}</figcaption>
    </figure>
  );
}
