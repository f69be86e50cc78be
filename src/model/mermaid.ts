/**
 * `fromMermaid`: reads a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html)
 * into the journey model, so teams that sketched a journey in Mermaid can bring it along.
 *
 * Mapping: `title` → title; `section` → phase; task line → touchpoint; the Mermaid score
 * 1…5 → emotion score −5…+5 linearly, (s − 3) × 2.5; each actor → persona, with one emotion
 * per actor on every task they take part in (a task without actors gets one emotion for all
 * customers). Malformed lines are reported as `line N` issues, all at once; the result then
 * goes through `parseJourney`, so the model's rules and limits apply as to any other input.
 *
 * The reader splits lines and works with plain string operations: no regex can backtrack on
 * input, and every loop is bounded by the number of lines or characters.
 */
import type { JourneyIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { parseJourney } from './parse.js';
import type { Journey, JourneyInput } from './types.js';

/** At most this many line issues are listed; one more says how many were left out. */
const MAX_ISSUES = 500;
const DEFAULT_TITLE = 'Untitled journey';
const DEFAULT_PHASE = 'Journey';

interface PhaseDraft {
  id: string;
  label: string;
}
interface TouchpointDraft {
  id: string;
  phase: string;
  label: string;
  emotions: Array<{ score: number; persona?: string }>;
}

/**
 * A lower-case ASCII slug usable as a model id: NFKD splits accented letters into letter and
 * mark, the marks and every other non-ASCII character are dropped, and each run of anything
 * else becomes one "-". Empty when nothing usable is left (the caller then picks a fallback).
 */
export function slugify(text: string): string {
  const ascii = text.normalize('NFKD');
  let out = '';
  let pendingDash = false;
  for (let i = 0; i < ascii.length && out.length < LIMITS.maxIdLength; i += 1) {
    const c = ascii.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    const isAlnum = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57);
    // Combining marks (U+0300–U+036F) are what NFKD leaves of accents: drop them silently,
    // so "Oriënteren" becomes "orienteren", not "orie-nteren".
    const isMark = c >= 0x300 && c <= 0x36f;
    if (isAlnum) {
      if (pendingDash && out.length > 0) {
        // A word that would start after the last possible character is left off whole.
        if (out.length + 2 > LIMITS.maxIdLength) break;
        out += '-';
      }
      pendingDash = false;
      out += String.fromCharCode(lower);
    } else if (!isMark) {
      pendingDash = true;
    }
  }
  return out;
}

/** Hands out ids unique within one list: "pay", "pay-2", "pay-3", … */
class IdPool {
  private readonly taken = new Set<string>();
  // Next suffix to try per base, so n equal names cost O(n), not O(n²).
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly fallbackPrefix: string) {}

  /** A fresh id for `name`, or `<prefix>-<position>` when the name has no usable characters. */
  take(name: string, position: number): string {
    const base = slugify(name) || `${this.fallbackPrefix}-${position}`;
    if (!this.taken.has(base)) {
      this.taken.add(base);
      return base;
    }
    for (let n = this.nextSuffix.get(base) ?? 2; ; n += 1) {
      const suffix = `-${n}`;
      let stem = base.slice(0, LIMITS.maxIdLength - suffix.length);
      while (stem.endsWith('-')) stem = stem.slice(0, -1);
      const candidate = `${stem}${suffix}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        this.nextSuffix.set(base, n + 1);
        return candidate;
      }
    }
  }
}

/** True when `line` (trimmed) starts with `keyword`, case-insensitively, followed by whitespace or its end. */
function startsWithKeyword(line: string, keyword: string): boolean {
  if (line.length < keyword.length) return false;
  if (line.slice(0, keyword.length).toLowerCase() !== keyword) return false;
  if (line.length === keyword.length) return true;
  const next = line.charCodeAt(keyword.length);
  return next === 32 || next === 9;
}

/** True when `line` is `keyword`, optional blanks, then `marker` (e.g. `accTitle :`). */
function startsWithKeywordThen(line: string, keyword: string, marker: string): boolean {
  if (line.slice(0, keyword.length).toLowerCase() !== keyword.toLowerCase()) return false;
  return line.slice(keyword.length).trimStart().startsWith(marker);
}

/** A Mermaid score: a plain decimal number from 1 to 5 (decimals allowed, as Mermaid allows them). */
function parseScore(text: string): number | null {
  if (text.length === 0 || text.length > 20) return null;
  let dots = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 46) dots += 1;
    else if (c < 48 || c > 57) return null;
  }
  if (dots > 1 || text.startsWith('.') || text.endsWith('.')) return null;
  const value = Number(text);
  return value >= 1 && value <= 5 ? value : null;
}

function utf8Exceeds(text: string, max: number): boolean {
  // UTF-8 needs at least one byte and at most three per UTF-16 unit: measure only when in doubt.
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return new TextEncoder().encode(text).length > max;
}

/** Text shortened for a message: at most 60 characters, never cutting a surrogate pair in two. */
function short(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.charCodeAt(56) >= 0xd800 && text.charCodeAt(56) <= 0xdbff ? 56 : 57;
  return `${text.slice(0, cut)}…`;
}
const quote = (text: string) => JSON.stringify(short(text));

/**
 * Converts a Mermaid `journey` diagram into a validated journey model.
 *
 * Returns `{ ok: true, journey }` (deeply frozen, as from `parseJourney`) or
 * `{ ok: false, issues }` with every malformed line as a `line N` issue. Never throws.
 */
export function fromMermaid(text: string): { ok: true; journey: Journey } | { ok: false; issues: JourneyIssue[] } {
  try {
    return convert(text);
  } catch {
    // Defence in depth, as in parseJourney: a conversion must never escape as an exception.
    return { ok: false, issues: [{ path: '', code: 'unreadable', message: 'the diagram could not be read' }] };
  }
}

function convert(text: unknown): { ok: true; journey: Journey } | { ok: false; issues: JourneyIssue[] } {
  if (typeof text !== 'string') {
    return { ok: false, issues: [{ path: '', code: 'invalid_type', message: 'a Mermaid diagram must be text' }] };
  }
  if (utf8Exceeds(text, LIMITS.maxBytes)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'too_large',
          message: `the diagram is larger than ${LIMITS.maxBytes.toLocaleString('en')} bytes`,
        },
      ],
    };
  }

  const issues: JourneyIssue[] = [];
  let droppedIssues = 0;
  const report = (line: number, code: JourneyIssue['code'], message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: `line ${line}`, code, message });
    else droppedIssues += 1;
  };

  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  let title: string | null = null;
  let headerLine = 0;
  let missingHeaderLine = 0;
  let frontMatter: 'none' | 'open' | 'closed' = 'none';
  let frontMatterLine = 0;
  let accDescrOpenedAt = 0;

  const phases: PhaseDraft[] = [];
  const phaseIds = new IdPool('phase');
  const touchpoints: TouchpointDraft[] = [];
  const touchpointIds = new IdPool('task');
  const personas: Array<{ id: string; name: string }> = [];
  const personaIds = new IdPool('persona');
  const personaByName = new Map<string, string>();
  let currentPhase: PhaseDraft | null = null;
  // Each limit is reported once, at the first line that exceeds it; later lines are still checked.
  const limitsReported = new Set<string>();
  const reportLimit = (line: number, what: string, max: number) => {
    if (limitsReported.has(what)) return;
    limitsReported.add(what);
    report(line, 'too_many', `more than ${max.toLocaleString('en')} ${what}`);
  };

  const addPhase = (label: string, line: number): PhaseDraft | null => {
    if (phases.length >= LIMITS.maxPhases) {
      reportLimit(line, 'sections', LIMITS.maxPhases);
      return null;
    }
    const phase = { id: phaseIds.take(label, phases.length + 1), label };
    phases.push(phase);
    return phase;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const n = index + 1;
    const raw = lines[index]!;

    if (accDescrOpenedAt > 0) {
      // Inside `accDescr { … }`: accessibility text for Mermaid's SVG, not part of the journey.
      if (raw.includes('}')) accDescrOpenedAt = 0;
      continue;
    }

    const trimmed = raw.trim();
    if (headerLine === 0 && frontMatter !== 'closed' && trimmed === '---') {
      // Mermaid's YAML front matter; of it, only `title:` means something to a journey.
      frontMatter = frontMatter === 'none' ? 'open' : 'closed';
      frontMatterLine = n;
      continue;
    }
    if (frontMatter === 'open') {
      if (trimmed.startsWith('title:')) title = stripQuotes(trimmed.slice('title:'.length).trim()) || null;
      continue;
    }

    // `%%` starts a comment (also `%%{init: …}%%` directives); Mermaid drops it to the end of the line.
    const comment = raw.indexOf('%%');
    const line = (comment === -1 ? raw : raw.slice(0, comment)).trim();
    if (line === '') continue;

    if (headerLine === 0) {
      if (line.toLowerCase() === 'journey') {
        headerLine = n;
        continue;
      }
      report(n, 'missing', `a Mermaid journey diagram starts with the line "journey", not ${quote(line)}`);
      // Read on as if the header were there, so the other problems are reported too.
      headerLine = n;
      missingHeaderLine = n;
      if (startsWithKeyword(line, 'journey')) continue;
    } else if (line.toLowerCase() === 'journey') {
      report(n, 'invalid_value', 'the "journey" header may appear only once');
      continue;
    }

    if (startsWithKeyword(line, 'title')) {
      const value = line.slice('title'.length).trim();
      if (value === '') report(n, 'missing', 'a title line needs text after "title"');
      else title = value;
      continue;
    }
    if (startsWithKeywordThen(line, 'accTitle', ':') || startsWithKeywordThen(line, 'accDescr', ':')) continue;
    if (startsWithKeywordThen(line, 'accDescr', '{')) {
      if (!line.includes('}')) accDescrOpenedAt = n;
      continue;
    }
    if (startsWithKeyword(line, 'section')) {
      const name = line.slice('section'.length).trim();
      if (name === '') {
        report(n, 'missing', 'a section line needs a name after "section"');
        continue;
      }
      currentPhase = addPhase(name, n) ?? currentPhase;
      continue;
    }

    const colon = line.indexOf(':');
    if (colon === -1) {
      // The first line was already reported as a missing header; saying more about it adds nothing.
      if (n === missingHeaderLine) continue;
      report(
        n,
        'invalid_value',
        `${quote(line)} is not a title, section or task line; a task looks like "Make tea: 5: Me, Cat"`,
      );
      continue;
    }
    const name = line.slice(0, colon).trim();
    const data = line.slice(colon + 1);
    const secondColon = data.indexOf(':');
    if (secondColon !== -1 && data.indexOf(':', secondColon + 1) !== -1) {
      report(n, 'invalid_value', 'a task line has at most two ":", as in "Make tea: 5: Me, Cat"');
      continue;
    }
    const scoreText = (secondColon === -1 ? data : data.slice(0, secondColon)).trim();
    const actorText = secondColon === -1 ? '' : data.slice(secondColon + 1);
    let malformed = false;
    if (name === '') {
      report(n, 'missing', 'a task needs a name before the first ":"');
      malformed = true;
    }
    const score = parseScore(scoreText);
    if (scoreText === '') {
      report(
        n,
        'missing',
        `the task ${quote(name)} needs a score from 1 to 5, as in "${short(name) || 'Make tea'}: 3"`,
      );
      malformed = true;
    } else if (score === null) {
      report(n, 'invalid_value', `the score of a task must be a number from 1 to 5, not ${quote(scoreText)}`);
      malformed = true;
    }
    if (malformed || score === null) continue;

    if (touchpoints.length >= LIMITS.maxTouchpoints) {
      reportLimit(n, 'tasks', LIMITS.maxTouchpoints);
      continue;
    }
    if (currentPhase === null) currentPhase = addPhase(DEFAULT_PHASE, n);
    if (currentPhase === null) continue;

    // (s − 3) × 2.5 maps Mermaid's 1…5 (3 neutral) linearly onto the model's −5…+5 (0 neutral).
    const emotionScore = (score - 3) * 2.5;
    const emotions: TouchpointDraft['emotions'] = [];
    const seen = new Set<string>();
    for (const part of actorText.split(',')) {
      const actor = part.trim();
      if (actor === '' || seen.has(actor)) continue;
      seen.add(actor);
      let persona = personaByName.get(actor);
      if (persona === undefined) {
        if (personas.length >= LIMITS.maxPersonas) {
          reportLimit(n, 'actors', LIMITS.maxPersonas);
          continue;
        }
        persona = personaIds.take(actor, personas.length + 1);
        personaByName.set(actor, persona);
        personas.push({ id: persona, name: actor });
      }
      emotions.push({ persona, score: emotionScore });
    }
    if (seen.size === 0) emotions.push({ score: emotionScore });
    touchpoints.push({
      id: touchpointIds.take(name, touchpoints.length + 1),
      phase: currentPhase.id,
      label: name,
      emotions,
    });
  }

  if (frontMatter === 'open') {
    report(frontMatterLine, 'invalid_value', 'the front matter that starts here with "---" is never closed');
  } else if (accDescrOpenedAt > 0) {
    report(accDescrOpenedAt, 'invalid_value', '"accDescr {" is never closed with "}"');
  } else if (headerLine === 0) {
    report(1, 'missing', 'the diagram is empty: a Mermaid journey diagram starts with the line "journey"');
  } else if (phases.length === 0 && issues.length === 0) {
    report(headerLine, 'missing', 'the diagram has no sections or tasks');
  }
  if (issues.length > 0) {
    if (droppedIssues > 0) issues.push({ path: '', code: 'truncated', message: `and ${droppedIssues} more issues` });
    return { ok: false, issues };
  }

  const journeyTitle = title ?? DEFAULT_TITLE;
  const journey: JourneyInput = {
    version: 1,
    id: slugify(journeyTitle) || 'journey',
    title: journeyTitle,
    ...(personas.length > 0 ? { personas } : {}),
    phases,
    touchpoints,
  };
  const result = parseJourney(journey);
  return result.ok ? result : { ok: false, issues: result.issues };
}

/** `"My day"` or `'My day'` → `My day`, as YAML would read a quoted scalar. */
function stripQuotes(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}
