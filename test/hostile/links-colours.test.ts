/**
 * Hostile corpus, part 2: javascript:, obfuscated and data: links, CSS payloads in colours, through
 * every input path of every element (see test/support/hostile-runner.ts).
 */
import { hostileSuite, loadCorpus, registerElements } from '../support/hostile-runner.js';

const registered = await registerElements();
const entries = await loadCorpus(['links.json', 'colours.json']);
hostileSuite('hostile corpus: links and colours', entries, registered);
