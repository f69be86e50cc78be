/**
 * Hostile corpus, part 1: markup, script, SVG breakouts, namespace tricks, template syntax and odd
 * Unicode in every text field, through every input path of every element (see test/support/hostile-runner.ts).
 */
import { hostileSuite, loadCorpus, registerElements } from '../support/hostile-runner.js';

const registered = await registerElements();
const entries = await loadCorpus(['markup-fields.json', 'markup-payloads.json', 'templates.json', 'unicode.json']);
hostileSuite('hostile corpus: markup and text', entries, registered);
