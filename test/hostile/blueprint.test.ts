/**
 * Hostile corpus, part 4: owners, processes and actions (service blueprint): markup in their
 * texts, javascript: and data: backlog links, prototype-named ids, dangling references and
 * impossible dates, through every input path of every element (see test/support/hostile-runner.ts).
 */
import { hostileSuite, loadCorpus, registerElements } from '../support/hostile-runner.js';

const registered = await registerElements();
const entries = await loadCorpus(['blueprint.json']);
hostileSuite('hostile corpus: owners, processes and actions', entries, registered);
