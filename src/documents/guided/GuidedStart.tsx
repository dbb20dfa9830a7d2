import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { blankDocument } from '../../store/document-store.ts';
import { replaceUndoably } from '../replace-undoably.ts';
import { buildGuidedDocument } from './build-guided-document.ts';
import { choices, firstAnswers, type GuidedAnswers } from './guided-answers.ts';
import { runsSomewhere, whyNotHere } from './why-not-here.ts';
import './guided-start.css';

type Question = keyof GuidedAnswers;

/** The questions in order; the preset is skipped where nobody votes (a budget split, signers who sign). */
function questionsFor(answers: GuidedAnswers): Question[] {
  const votes = answers.deciding !== 'budget' && answers.deciders !== 'signers';
  return votes
    ? ['deciding', 'deciders', 'preset', 'speed', 'where']
    : ['deciding', 'deciders', 'speed', 'where'];
}

/** Why a choice is not offered, given the other answers: an i18n key, or undefined when it is offered. */
function refusal(answers: GuidedAnswers, question: Question, value: string): string | undefined {
  const next = { ...answers, [question]: value } as GuidedAnswers;
  if (question === 'where') {
    const why = whyNotHere(next, next.where);
    return why && `guided.why.${why}`;
  }
  return runsSomewhere(next) ? undefined : 'guided.why.nowhere';
}

/** The answers with any that no longer fit replaced by the first that does, so Next never leads to a dead end. */
function settled(answers: GuidedAnswers): GuidedAnswers {
  let next = answers;
  for (const question of ['preset', 'where'] as const) {
    if (refusal(next, question, next[question]) === undefined) continue;
    const fits = (choices[question] as readonly string[]).find(
      (value) => refusal(next, question, value) === undefined,
    );
    if (fits) next = { ...next, [question]: fits };
  }
  return next;
}

/**
 * "New": a short question flow (what are you deciding, who decides, by which rule, how fast, where will it run) that
 * builds a rule graph for the founder to edit, or an empty canvas. The canvas is replaced as one edit, so Undo
 * brings the earlier rules back. A place that would refuse the rules is shown, disabled, with the reason.
 */
export function GuidedStart(props: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [answers, setAnswers] = useState<GuidedAnswers>(firstAnswers);
  const [step, setStep] = useState(0);
  const questions = questionsFor(answers);
  const question = questions[Math.min(step, questions.length - 1)]!;
  const last = step >= questions.length - 1;
  const close = () => {
    props.onOpenChange(false);
    setStep(0);
  };
  const finish = (built: ReturnType<typeof blankDocument>) => {
    replaceUndoably(built);
    close();
    useUiStore.getState().toast('info', t('guided.built'));
  };
  const choose = (value: string) => setAnswers((current) => settled({ ...current, [question]: value }));
  return (
    <Dialog.Root open={props.open} onOpenChange={(open) => (open ? props.onOpenChange(true) : close())}>
      <Dialog.Portal container={globalThis.document?.querySelector<HTMLElement>('.app') ?? undefined}>
        <Dialog.Overlay className="guided-overlay" />
        <Dialog.Content className="guided" aria-describedby="guided-note">
          <header className="guided-head">
            <Dialog.Title>{t('guided.title')}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('documents.close')}>
              ×
            </Dialog.Close>
          </header>
          <p id="guided-note" className="guided-note">
            {t('guided.note')}
          </p>
          <ol className="guided-steps" aria-label={t('guided.progress')}>
            {questions.map((name, index) => (
              <li key={name} aria-current={index === step ? 'step' : undefined}>
                {t(`guided.${name}.short`)}
              </li>
            ))}
          </ol>
          <fieldset className="guided-question" key={question}>
            <legend>{t(`guided.${question}.question`)}</legend>
            {(choices[question] as readonly string[]).map((value) => {
              const why = refusal(answers, question, value);
              return (
                <label key={value} className={`guided-choice${why ? ' refused' : ''}`}>
                  <input
                    type="radio"
                    name={question}
                    value={value}
                    checked={answers[question] === value}
                    disabled={why !== undefined}
                    onChange={() => choose(value)}
                  />
                  <span>
                    <strong>{t(`guided.${question}.${value}.label`)}</strong>
                    <span className="guided-hint">{t(`guided.${question}.${value}.hint`)}</span>
                    {why ? <span className="guided-why">{t(why)}</span> : null}
                  </span>
                </label>
              );
            })}
          </fieldset>
          <div className="guided-actions">
            <button
              type="button"
              className="guided-empty"
              onClick={() => finish(blankDocument(t('documents.untitled')))}
            >
              {t('guided.empty')}
            </button>
            <button
              type="button"
              className="guided-templates"
              onClick={() => {
                close();
                useUiStore.getState().openDialog('gallery');
              }}
            >
              {t('guided.templates')}
            </button>
            <span className="guided-spacer" />
            <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('guided.back')}
            </button>
            {last ? (
              <button
                type="button"
                className="primary"
                onClick={() => finish(buildGuidedDocument(settled(answers), t('guided.name'), language))}
              >
                {t('guided.build')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => setStep(step + 1)}>
                {t('guided.next')}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
