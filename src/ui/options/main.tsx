import { render } from 'preact';
import { Options } from './Options';
import { CARD_CSS } from '../popover/styles';
import '../popup/popup.css';
import './options.css';

const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.prepend(style);
render(<Options />, document.getElementById('app')!);
