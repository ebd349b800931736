import { render } from 'preact';
import { NotesPanel } from '../../components/app/NotesPanel';
import '../../components/app/app.css';

// `?url=` shows the notes of that article; without it, those of the active tab's article.
const url = new URLSearchParams(location.search).get('url') ?? undefined;
render(<NotesPanel fixedUrl={url} />, document.getElementById('app')!);
