import { render } from 'preact';

function Transcript() {
  return <main>Transcript</main>;
}

render(<Transcript />, document.getElementById('app')!);
