import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface ExpandableTextProps {
  text: string;
  /** Longer text shows its first `maxLength` characters and a button that shows it whole. */
  maxLength?: number;
  className?: string;
}

/**
 * Text that is never cut without a way to read it: short text as is (it wraps), long text (a
 * summary of facts in a log line) shortened with a "Show all" button, reachable by keyboard,
 * that shows it whole in place and back. The whole text is also the element's tooltip.
 */
export function ExpandableText({ text, maxLength = 160, className }: ExpandableTextProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (text.length <= maxLength) return <span className={className}>{text}</span>;
  const shown = expanded ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
  return (
    <span className={['expandable-text', className ?? ''].filter(Boolean).join(' ')} title={expanded ? undefined : text}>
      <span className="expandable-text-body">{shown}</span>{' '}
      <Button size="small" variant="quiet" aria-expanded={expanded} onPress={() => setExpanded(!expanded)}>
        {expanded ? t('common.components.showLess') : t('common.components.showMore')}
      </Button>
    </span>
  );
}
