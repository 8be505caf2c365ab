// Each domain owns one message file; add yours here.
import core from './core';
import about from './about';
import accounts from './accounts';
import applicationsCore from './applications-core';
import apply from './apply';
import interviews from './interviews';
import opportunities from './opportunities';
import pipeline from './pipeline';
import programmes from './programmes';
import regions from './regions';
import screening from './screening';
import talent from './talent';
import search from './search';

export const messageModules = [
  core,
  about,
  accounts,
  applicationsCore,
  apply,
  interviews,
  opportunities,
  pipeline,
  programmes,
  regions,
  screening,
  talent,
  search,
];
