/** Synthetic articles in our own words for ingest tests: distinct texts, varied names and places. */
const PEOPLE = ['Nadia Brenner', 'Tomas Okafor', 'Leila Haddad', 'Piotr Lind', 'Grace Amadi', 'Omar Vasquez'];
const PLACES = ['Port Ellis', 'Marrow Falls', 'Kingsbridge', 'Saltmere', 'Dunrock', 'Westerholm'];
const THINGS = ['water plant', 'rail depot', 'grain silo', 'bridge', 'clinic', 'ferry terminal'];

export function syntheticArticle(i: number): { id: string; text: string; outlet: string; published: string } {
  const person = PEOPLE[i % PEOPLE.length]!;
  const surname = person.split(' ')[1]!;
  const place = PLACES[(i * 7) % PLACES.length]!;
  const thing = THINGS[(i * 5) % THINGS.length]!;
  const day = String((i % 28) + 1).padStart(2, '0');
  const text =
    `${person}, the mayor of ${place}, said on Monday that the ${thing} would reopen within ${i + 2} days. ` +
    `"We have ${i * 3 + 11} crews working through the night," ${surname} told reporters. ` +
    `Officials in ${place} denied that the repair budget of ${1000 + i * 17} pounds had been exceeded. ` +
    `Report number ${i} was filed by the desk.`;
  return { id: `s${i}`, text, outlet: i % 2 ? 'The Lantern' : 'Morning Ledger', published: `2025-04-${day}` };
}

export function syntheticJsonl(n: number, from = 0): string {
  return Array.from({ length: n }, (_, k) => JSON.stringify(syntheticArticle(from + k))).join('\n') + '\n';
}
