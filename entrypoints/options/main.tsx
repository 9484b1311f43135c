import { render } from 'preact';
import { Options } from './Options';
import { t, uiLanguage } from '@/lib/i18n';
import './style.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
