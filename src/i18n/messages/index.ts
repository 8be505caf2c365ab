// Each domain owns one message file; add yours here.
import core from './core';
import applicationsCore from './applications-core';
import opportunities from './opportunities';

export const messageModules = [core, applicationsCore, opportunities];
