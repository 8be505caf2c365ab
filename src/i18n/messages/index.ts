// Each domain owns one message file; add yours here.
import core from './core';

export const messageModules = [core];
