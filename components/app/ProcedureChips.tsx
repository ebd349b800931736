// The procedures an article names, as chips. In a list of articles (`limit`), the first few and
// "+N" for the rest, so that a card stays a card; every name is still in the chip's list for
// assistive technology and the filter.
import { procedureName } from '../../lib/lexicon/index';

export function ProcedureChips({ ids, limit }: { ids: readonly string[]; limit?: number }) {
  if (!ids.length) return null;
  const shown = limit !== undefined && ids.length > limit + 1 ? ids.slice(0, limit) : ids;
  const rest = ids.slice(shown.length);
  return (
    <ul class="chips" aria-label="Procedures mentioned">
      {shown.map((id) => (
        <li key={id} class="chip">
          {procedureName(id)}
        </li>
      ))}
      {rest.length > 0 && (
        <li class="chip chip--more" title={rest.map(procedureName).join(', ')} aria-label={`and ${rest.map(procedureName).join(', ')}`}>
          +{rest.length}
        </li>
      )}
    </ul>
  );
}
