import { render } from 'preact';
import { Popup } from './Popup';
import { CARD_CSS } from '../popover/styles';
import './popup.css';

const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.append(style);
render(<Popup />, document.getElementById('app')!);
