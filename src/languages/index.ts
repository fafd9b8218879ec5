/**
 * The language packs, by code.
 */
import type {Language} from '../schema.js'
import type {LanguagePack} from './pack.js'
import {en} from './en/index.js'
import {ru} from './ru/index.js'

/** Every language pack, by its code. */
export const packs: Record<Language, LanguagePack> = {ru, en}
