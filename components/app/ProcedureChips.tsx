import { procedureName } from '../../lib/lexicon/index';

export function ProcedureChips({ ids }: { ids: readonly string[] }) {
  if (!ids.length) return null;
  return (
    <ul class="chips" aria-label="Procedures mentioned">
      {ids.map((id) => (
        <li key={id} class="chip">
          {procedureName(id)}
        </li>
      ))}
    </ul>
  );
}
