import { render } from 'preact';

function Popup() {
  return <main>Tri Dao Lens</main>;
}

render(<Popup />, document.getElementById('app')!);
