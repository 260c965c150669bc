import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies a text to the clipboard and says so in a live region. Where the browser refuses, it says to copy by hand and
 * calls `onRefused` (e.g. to select the text for the user).
 */
export function CopyButton({ text, label, primary, onRefused }: {
  text: string;
  label: string;
  primary?: boolean;
  onRefused?: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard here.');
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
      onRefused?.();
    }
  };
  return (
    <span className="row">
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => void copy()}>{label}</button>
      <span role="status" className={outcome === 'failed' ? undefined : 'muted'}>
        {outcome === 'copied' ? t('copy.done') : outcome === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
