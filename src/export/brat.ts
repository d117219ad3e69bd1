/**
 * brat standoff (.ann beside .txt), in the layout PolNeAR uses: Source, Cue and Content text-bound
 * annotations tied by an Attribution event, plus stance/form/kind attributes, entity mentions and
 * claims. Offsets are code points into the .txt, as in the analysis document.
 */
import type { Analysis, Span } from '../analysis/types.js';

const oneLine = (s: string) => s.replace(/[\r\n\t]/g, ' ');

export function bratAnnotations(analysis: Analysis): string {
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  let a = 0;
  const span = (label: string, spans: Span[]) => {
    const id = `T${++t}`;
    const ranges = spans.map((s) => `${s.start} ${s.end}`).join(';');
    lines.push(`${id}\t${label} ${ranges}\t${oneLine(spans.map((s) => s.text).join(' '))}`);
    return id;
  };
  const attribute = (name: string, target: string, value: string) => {
    lines.push(`A${++a}\t${name} ${target} ${value}`);
  };

  for (const ent of analysis.entities) for (const m of ent.mentions) span(ent.type, [m]);
  const eventOf = new Map<string, string>();
  for (const attr of analysis.attributions) {
    const source = attr.source ? span('Source', [attr.source]) : null;
    const cue = span('Cue', [attr.cue]);
    const content = attr.content.length > 0 ? span('Content', attr.content) : null;
    const trigger = span('Attribution', [attr.cue]);
    const event = `E${++e}`;
    eventOf.set(attr.id, event);
    const args = [
      `Attribution:${trigger}`,
      content && `Content:${content}`,
      `Cue:${cue}`,
      source && `Source:${source}`,
    ];
    lines.push(`${event}\t${args.filter(Boolean).join(' ')}`);
    attribute('Stance', event, attr.cue.stance);
    attribute('Form', event, attr.form);
    if (source && attr.source) attribute('Kind', source, attr.source.kind);
  }
  for (const claim of analysis.claims) {
    const id = span('Claim', [claim]);
    attribute('Sourced', id, claim.sourced ? 'yes' : 'no');
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** brat's annotation.conf for these files, so the brat UI shows them without further setup. */
export const BRAT_CONF = `[entities]
PERSON
ORG
MEDIA
GPE
LOC
NORP
WORK
DATE
MISC
Source
Cue
Content
Claim

[relations]

[events]
Attribution\tContent?:Content, Cue:Cue, Source?:Source

[attributes]
Stance\tArg:Attribution, Value:assert|deny|reject|dispute|confirm|admit|question|warn|accuse|believe|decline
Form\tArg:Attribution, Value:direct|indirect|mixed
Kind\tArg:Source, Value:person|organization|media|document|anonymous|author|unknown
Sourced\tArg:Claim, Value:yes|no
`;
