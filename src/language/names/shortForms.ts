/**
 * Familiar short forms of English given names ("Andy" for "Andrew"), which news writes for the
 * same person within one article ("Andrew Keeling … Andy Keeling told the Gazette"). Spelling
 * alone does not join them ("Bill"/"William"). Only forms that stand for one or two full names.
 */
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    andy: ['andrew'],
    drew: ['andrew'],
    bill: ['william'],
    will: ['william'],
    bob: ['robert'],
    rob: ['robert'],
    bobby: ['robert'],
    dick: ['richard'],
    rick: ['richard'],
    jim: ['james'],
    jimmy: ['james'],
    jamie: ['james'],
    mike: ['michael'],
    mick: ['michael'],
    tom: ['thomas'],
    tommy: ['thomas'],
    dave: ['david'],
    steve: ['stephen', 'steven'],
    chris: ['christopher', 'christine'],
    tony: ['anthony'],
    nick: ['nicholas'],
    dan: ['daniel'],
    danny: ['daniel'],
    ben: ['benjamin'],
    pete: ['peter'],
    joe: ['joseph'],
    matt: ['matthew'],
    alex: ['alexander', 'alexandra'],
    ed: ['edward'],
    ted: ['edward'],
    ken: ['kenneth'],
    ron: ['ronald'],
    greg: ['gregory'],
    jon: ['jonathan'],
    phil: ['philip', 'phillip'],
    kate: ['katherine', 'catherine'],
    katie: ['katherine', 'catherine'],
    liz: ['elizabeth'],
    beth: ['elizabeth'],
    sue: ['susan'],
    jenny: ['jennifer'],
    jen: ['jennifer'],
    maggie: ['margaret'],
    meg: ['margaret'],
    becky: ['rebecca'],
    vicky: ['victoria'],
    mandy: ['amanda'],
    debbie: ['deborah'],
    pat: ['patrick', 'patricia'],
  }),
);

/**
 * Whether one given name is a familiar short form of the other (folded, lower-case). A Map, so a
 * name that is also an object's key ("Constructor") looks up nothing.
 */
export function shortFormOf(a: string, b: string): boolean {
  return SHORT_FORMS.get(a)?.includes(b) === true || SHORT_FORMS.get(b)?.includes(a) === true;
}
