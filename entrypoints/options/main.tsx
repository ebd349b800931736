import { render } from 'preact';
import { ask, useLiveQuery } from '../../components/extension-api';
import '../../components/page.css';
import './options.css';

function Options() {
  const [list] = useLiveQuery(() => ask({ type: 'article/list' }), []);
  const notes = list.state === 'ready' ? list.value.reduce((sum, a) => sum + a.noteCount, 0) : 0;
  return (
    <main class="options">
      <h1>
        <span class="logo" aria-hidden="true">
          ✦
        </span>
        Skinmark
      </h1>
      <h2>Your library</h2>
      <p data-testid="library-counts">
        {list.state === 'ready'
          ? `${list.value.length} saved article${list.value.length === 1 ? '' : 's'}, ${notes} note${notes === 1 ? '' : 's'}.`
          : list.state === 'error'
            ? list.error
            : 'Counting…'}
      </p>
      <p>
        Everything Skinmark keeps stays in this browser, in the extension&apos;s own IndexedDB database. Nothing is
        sent anywhere: Skinmark has no account and no server.
      </p>
      <h2>What Skinmark reads</h2>
      <p>
        On every page it checks, locally, whether the page is an article about skin care. Only on such articles does
        it highlight procedures and show its control; elsewhere it does nothing.
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
