/** What the dashboard tells the reader after an operation: a failure or a result. */
export type StoreNotice = { kind: 'error' | 'result'; text: string };

/**
 * The dashboard's message line. Both live regions are always in the page, so screen readers
 * announce a new message: errors in `role="alert"`, results in `role="status"`.
 */
export function StoreMessage({
  notice,
  onDismiss,
}: {
  notice: StoreNotice | null;
  onDismiss: () => void;
}) {
  const error = notice?.kind === 'error' ? notice.text : null;
  const result = notice?.kind === 'result' ? notice.text : null;
  return (
    <div className="store-message">
      <div role="alert" className={error ? 'notice notice-error' : 'notice-empty'}>
        {error && <p>{error}</p>}
      </div>
      <div role="status" className={result ? 'notice notice-result' : 'notice-empty'}>
        {result && <p>{result}</p>}
      </div>
      {notice && (
        <button type="button" className="dismiss" onClick={onDismiss}>
          Dismiss message
        </button>
      )}
    </div>
  );
}
