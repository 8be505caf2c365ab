// Each domain owns one message file; add yours here.
import core from './core';
import about from './about';
import accounts from './accounts';
import applicationsCore from './applications-core';
import opportunities from './opportunities';
import programmes from './programmes';
import regions from './regions';
import talent from './talent';

export const messageModules = [core, about, accounts, applicationsCore, opportunities, programmes, regions, talent];
