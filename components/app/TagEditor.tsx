// An article's tags: shown as chips, each removable, and a field to add one (suggesting the
// library's other tags). Used by the reading list, the library page and the side panel.
import { useId, useState } from 'preact/hooks';
import { ask } from './extension-api';

export function Tags({ tags, onPick }: { tags: readonly string[]; onPick?: (tag: string) => void }) {
  if (!tags.length) return null;
  return (
    <ul class="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} class="tag" data-testid="tag">
          {onPick ? (
            <button type="button" class="tag__pick" onClick={() => onPick(tag)} title={`Show articles tagged “${tag}”`}>
              #{tag}
            </button>
          ) : (
            <>#{tag}</>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TagEditor({
  articleKey,
  title,
  tags,
  known = [],
  onDone,
}: {
  articleKey: string;
  title: string;
  tags: readonly string[];
  known?: readonly string[];
  onDone?: () => void;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  // Each change is an addition or a removal, applied to the tags as stored when it is written.
  const change = async (what: { add?: string[]; remove?: string[] }) => {
    setError(null);
    try {
      await ask({ type: 'article/tags', key: articleKey, ...what });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const tag = draft.trim();
    if (!tag) return onDone?.();
    setDraft('');
    await change({ add: [tag] });
  };
  return (
    <form class="tag-editor" onSubmit={add} data-testid="tag-editor">
      <ul class="tags" aria-label={`Tags of “${title}”`}>
        {tags.map((tag) => (
          <li key={tag} class="tag" data-testid="tag">
            #{tag}
            <button type="button" class="tag__remove" aria-label={`Remove tag “${tag}”`} onClick={() => void change({ remove: [tag] })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        value={draft}
        list={listId}
        maxLength={60}
        placeholder="Add a tag"
        aria-label={`Add a tag to “${title}”`}
        data-testid="tag-input"
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone?.();
        }}
      />
      <datalist id={listId}>
        {known.filter((t) => !tags.includes(t)).map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <button type="submit" class="quiet" data-testid="tag-add">
        Add
      </button>
      {onDone && (
        <button type="button" class="quiet" onClick={onDone}>
          Done
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
