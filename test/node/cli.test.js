// The `klantreis` command line, run as a real process against the built dist/ and bin/.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ensureFreshDist } from '../support/fresh-dist.js';

ensureFreshDist();

const BIN = 'bin/klantreis.js';

/** Runs the CLI; returns { status, stdout, stderr }. */
function run(args, input) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'klantreis-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

test('validate accepts the mortgage example', () => {
  const out = execFileSync(process.execPath, [BIN, 'validate', 'test/fixtures/mortgage-nl.json'], { encoding: 'utf8' });
  assert.match(out, /^valid: 12 touchpoints in 4 phases/);
});

test('validate prints path: message and exits 1 for an invalid journey', () => {
  const bad = JSON.stringify({
    version: 1,
    id: 'x',
    title: 'X',
    phases: [{ id: 'a', label: 'A' }],
    touchpoints: [{ id: 't', phase: 'buy', label: 'T' }],
  });
  const result = spawnSync(process.execPath, [BIN, 'validate', '-'], { input: bad, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, 'touchpoints[0].phase: unknown phase "buy"\n');
});

describe('validate', () => {
  const fixtures = [
    ['mortgage-nl.json', 'valid: 12 touchpoints in 4 phases\n'],
    ['health-claim-en.json', 'valid: 6 touchpoints in 3 phases\n'],
    ['generic-product.json', 'valid: 7 touchpoints in 3 phases\n'],
  ];
  for (const [name, expected] of fixtures) {
    test(`a valid file: ${name}`, () => {
      assert.deepEqual(run(['validate', `test/fixtures/${name}`]), { status: 0, stdout: expected, stderr: '' });
    });
  }

  test('a valid journey on standard input', () => {
    const text = readFileSync('test/fixtures/health-claim-en.json', 'utf8');
    assert.deepEqual(run(['validate', '-'], text), {
      status: 0,
      stdout: 'valid: 6 touchpoints in 3 phases\n',
      stderr: '',
    });
  });

  test('an invalid file: every issue on its own line, a summary on stderr', () => {
    const doc = {
      version: 2,
      id: 'x',
      title: '',
      phases: [{ id: 'a', label: 'A' }],
      touchpoints: [{ id: 't', phase: 'a', label: 'T', links: [{ label: 'L', href: 'javascript:alert(1)' }] }],
    };
    const path = scratchFile('invalid.json', JSON.stringify(doc));
    assert.deepEqual(run(['validate', path]), {
      status: 1,
      stdout:
        'version: unsupported format version 2: this klantreis reads version 1\n' +
        'title: must not be empty\n' +
        'touchpoints[0].links[0].href: links may use http:, https: or mailto:, not "javascript:"\n',
      stderr: 'invalid (VALIDATION): 3 issues\n',
    });
  });

  test('text that is not JSON: a PARSE failure on the document itself', () => {
    const result = run(['validate', '-'], '<html><body>Please log in</body></html>');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^\(document\): not valid JSON: .+\n$/);
    assert.equal(result.stderr, 'invalid (PARSE): 1 issue\n');
  });

  test('too many touchpoints: a LIMIT failure', () => {
    const doc = {
      version: 1,
      id: 'x',
      title: 'X',
      phases: [{ id: 'a', label: 'A' }],
      touchpoints: Array.from({ length: 20_001 }, (_, i) => ({ id: `t${i}`, phase: 'a', label: 'T' })),
    };
    assert.deepEqual(run(['validate', '-'], JSON.stringify(doc)), {
      status: 1,
      stdout: 'touchpoints: has more than 20,000 items\n',
      stderr: 'invalid (LIMIT): 1 issue\n',
    });
  });

  test('a missing file: exit 2 and a plain message', () => {
    assert.deepEqual(run(['validate', 'test/fixtures/no-such-journey.json']), {
      status: 2,
      stdout: '',
      stderr: 'klantreis: no such file: test/fixtures/no-such-journey.json\n',
    });
  });

  test('no file name: exit 2', () => {
    assert.deepEqual(run(['validate']), {
      status: 2,
      stdout: '',
      stderr: 'klantreis: missing file name (use "-" for standard input)\n',
    });
  });
});

describe('schema', () => {
  test('prints parseable JSON equal to dist/journey.schema.json', () => {
    const result = run(['schema']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    assert.deepEqual(JSON.parse(result.stdout), JSON.parse(readFileSync('dist/journey.schema.json', 'utf8')));
  });
});

describe('from-mermaid', () => {
  const FIXTURE = 'test/fixtures/mermaid-working-day.mmd';

  test('converts the working-day diagram into a journey', () => {
    const result = run(['from-mermaid', FIXTURE]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const journey = JSON.parse(result.stdout);
    assert.equal(journey.id, 'my-working-day');
    assert.equal(journey.title, 'My working day');
    assert.deepEqual(journey.personas, [
      { id: 'me', name: 'Me' },
      { id: 'cat', name: 'Cat' },
    ]);
    assert.deepEqual(
      journey.phases.map((p) => p.id),
      ['go-to-work', 'go-home'],
    );
    assert.deepEqual(
      journey.touchpoints.map((t) => [t.id, t.phase, t.emotions]),
      [
        ['make-tea', 'go-to-work', [{ score: 5, persona: 'me' }]],
        ['go-upstairs', 'go-to-work', [{ score: 0, persona: 'me' }]],
        [
          'do-work',
          'go-to-work',
          [
            { score: -5, persona: 'me' },
            { score: -5, persona: 'cat' },
          ],
        ],
        ['go-downstairs', 'go-home', [{ score: 5, persona: 'me' }]],
        ['sit-down', 'go-home', [{ score: 5, persona: 'me' }]],
        ['read-the-news', 'go-home', [{ score: -2.5 }]],
      ],
    );
  });

  test('its output is a journey that validate accepts', () => {
    const converted = run(['from-mermaid', FIXTURE]);
    assert.equal(converted.status, 0);
    assert.deepEqual(run(['validate', '-'], converted.stdout), {
      status: 0,
      stdout: 'valid: 6 touchpoints in 2 phases\n',
      stderr: '',
    });
  });

  test('reads standard input', () => {
    const result = run(['from-mermaid', '-'], 'journey\n  section Start\n    Open the app: 4: Ann\n');
    assert.equal(result.status, 0);
    assert.equal(JSON.parse(result.stdout).touchpoints[0].id, 'open-the-app');
  });

  test('a malformed diagram: line issues and exit 1', () => {
    const path = scratchFile('broken.mmd', 'journey\nsection S\nMake tea: 7: Me\nJust text\n');
    assert.deepEqual(run(['from-mermaid', path]), {
      status: 1,
      stdout:
        'line 3: the score of a task must be a number from 1 to 5, not "7"\n' +
        'line 4: "Just text" is not a title, section or task line; a task looks like "Make tea: 5: Me, Cat"\n',
      stderr: '',
    });
  });

  test('a missing file: exit 2', () => {
    assert.deepEqual(run(['from-mermaid', 'nope.mmd']), {
      status: 2,
      stdout: '',
      stderr: 'klantreis: no such file: nope.mmd\n',
    });
  });
});

describe('usage', () => {
  test('no command: usage and exit 2', () => {
    const result = run([]);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^Usage:\n {2}klantreis validate <file\|->/);
  });

  test('--help: usage and exit 0', () => {
    const result = run(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage:\n/);
    assert.match(result.stdout, /klantreis from-mermaid <file\|->/);
  });

  test('an unknown command: exit 2, named on stderr with the usage', () => {
    const result = run(['frobnicate']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^unknown command "frobnicate"\nUsage:\n/);
  });
});
