/**
 * A panel section that folds to its heading and count ("Commitments · 10 open"), remembered for
 * the user (the same in every panel and tab). The region keeps its plain name ("Commitments")
 * for screen readers; the count is read with the fold button.
 */
import type { ComponentChildren } from 'preact';
import { panelFolds, readPanelFolds, setPanelFold } from '@/utils/extension/settings';
import { useStorageItem } from './use-storage-item';
import { i18n } from '#i18n';

/** "2 open" for a folded section's heading, or nothing when none is. */
export const openCount = (open: number): string | undefined => (open > 0 ? i18n.t('fold.open', open) : undefined);

interface Props {
  /** Stable id: the remembered state, and the ids of the heading and body. */
  id: string;
  title: string;
  /** What the folded section still says: "10 open", "The Present · 5 questions". */
  count?: string | undefined;
  class?: string;
  /** Folded until the user says otherwise. */
  foldedByDefault?: boolean;
  /** Beside the heading (a select, a status), shown folded or not. */
  aside?: ComponentChildren;
  children: ComponentChildren;
}

export function Fold({ id, title, count, class: className = '', foldedByDefault = false, aside, children }: Props) {
  const folds = useStorageItem(panelFolds, readPanelFolds);
  const folded = folds[id] ?? foldedByDefault;
  return (
    <section class={`fold ${className}`} aria-labelledby={`${id}-heading`}>
      <div class="fold-heading-row">
        <h2>
          <button
            type="button"
            class="fold-toggle"
            aria-expanded={!folded}
            aria-controls={`${id}-body`}
            title={i18n.t(folded ? 'fold.show' : 'fold.hide', { section: title })}
            onClick={() => void setPanelFold(id, !folded)}
          >
            <span class="fold-mark" aria-hidden="true">
              {folded ? '▸' : '▾'}
            </span>
            <span id={`${id}-heading`}>{title}</span>
            {count && <span class="fold-count"> · {count}</span>}
          </button>
        </h2>
        {aside}
      </div>
      <div id={`${id}-body`} hidden={folded}>
        {children}
      </div>
    </section>
  );
}
