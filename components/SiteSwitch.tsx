/**
 * The per-site switch "Don't mark this site": checked when the site is switched off.
 * Reports the new state through `onChange` (true = marking on).
 */
export function SiteSwitch({
  site,
  enabled,
  onChange,
}: {
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}) {
  return (
    <div className="site-switch">
      <label>
        <input
          type="checkbox"
          checked={!enabled}
          aria-describedby="site-switch-help"
          onChange={(event) => onChange(!event.target.checked)}
        />{' '}
        Don’t mark this site
      </label>
      <p id="site-switch-help" className="hint">
        {site}:{' '}
        {enabled ? 'marked in every open tab.' : 'no marks in any tab; page text untouched.'}
      </p>
    </div>
  );
}
