import { render } from 'preact';
import { ReadingList } from '../../components/app/ReadingList';
import '../../components/app/app.css';
import './popup.css';

// `?tab=N` points the popup at a given tab (used when it is opened as a page, as tests do).
const tabParam = new URLSearchParams(location.search).get('tab');
render(<ReadingList tabId={tabParam ? Number(tabParam) : undefined} />, document.getElementById('app')!);
