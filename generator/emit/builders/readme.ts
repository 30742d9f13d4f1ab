/**
 * The builders section of the generated README: the conventions, the error style, and worked examples
 * (Patient, Book Appointment request, Slot search result, structured record Bundle). Examples name types
 * and builders through the plan, so a renamed type renames them too, and an example whose profiles are
 * not in the package (`include`/`exclude`) is left out. test/builders/readme.test.ts type-checks and runs them.
 */
import type { Plan } from '../../plan/plan.js';
import { BuilderNames } from './names.js';
import { EXAMPLES, type ExampleNames } from './readme-examples.js';

const GPC = 'https://fhir.nhs.uk/STU3/StructureDefinition/';

class MissingProfile extends Error {}

function resolver(plan: Plan, names: BuilderNames): ExampleNames {
  const planned = (profile: string) => {
    const found = plan.byUrl.get(profile.includes('/') ? profile : `${GPC}${profile}`);
    if (!found) throw new MissingProfile(profile);
    return found;
  };
  return {
    type: (profile) => planned(profile).typeName,
    module: (profile) => planned(profile).module,
    build: (profile) => names.builder(planned(profile).typeName),
    slice: (profile, elementId) => {
      const name = planned(profile).nested.get(elementId);
      if (name === undefined) throw new MissingProfile(`${profile}#${elementId}`);
      return names.builder(name);
    },
  };
}

const CONVENTIONS = `## Builders

Every profile, extension and concrete resource has a builder in its module: \`build<Name>(input): <Name>\`,
whose input type is \`<Name>Input\`. The builder knows what the profile fixes and fills it in, so the input
leaves it out: \`resourceType\`, the profile's canonical URL in \`meta.profile\`, fixed values (identifier systems,
\`use\`, codes), extension URLs, and the code system of a coding whose required binding has only one. What the
profile requires, the input type requires: leaving out a required element or a required slice is a compile error.

- **Required slices come first.** An array with a required slice (the official name of a GP Connect Patient,
  the verification status of an NHS number) is typed as a tuple whose leading items are those slices, in profile
  order; the builder fills each leading item as its slice (\`use: 'official'\`, the extension URL...).
- **Slice helpers** are named after the slice: \`build<Name><Element><Slice>\` (for example the NHS number
  identifier of a Patient). They fill in the slice's fixed parts and are not validated on their own.
- **Extensions** have builders like profiles, and complex extensions have one helper per nested extension.
- **Errors: one style.** A builder returns a valid value, or throws \`BuildError\` (exported by the package root
  and \`<package>/builders\`) whose \`outcome\` is the generated validator's OperationOutcome, each issue with its
  FHIRPath location. Warnings never throw. \`isBuildError(e)\` also works across copies of the package.
  Builders of extensions and datatype profiles do not throw for failed invariants (issue code \`invariant\`):
  a part's invariants can depend on the resource it goes into (\`ref-1\`: a \`#1\` reference must name a
  contained resource of that resource), so the resource's builder checks them.
- **Bundles**: \`assemble<BundleProfile>(resources, { baseUrl })\` gives each entry a \`fullUrl\`
  (\`<baseUrl>/<type>/<id>\`), checks that every reference in the entries resolves to an entry or a contained
  resource (issue code \`not-found\` otherwise; \`allowExternalReferences: true\` to allow them), then validates
  the Bundle. \`referenceTo(resource)\` makes the relative reference \`{ reference: 'Type/id' }\`.
- A builder never changes its input and never overwrites a value the input gives; the result shares the parts
  it did not fill in.

What the compiler cannot check (the builder's validator does, at run time): which slice an item of an open
slicing belongs to (an NHS number written by hand as a plain \`Identifier\` type-checks, so only the validator
knows it lacks its verification status), FHIRPath invariants, primitive formats (dates, ids, the NHS number
check digit is not in the profiles at all), codes of bindings too large or not enumerable, reference targets
beyond their resource type, and whether references in a Bundle resolve.
`;

/** The README section, with each example whose profiles are in the package. */
export function buildersReadme(plan: Plan, packageName: string): string {
  const names = resolver(plan, new BuilderNames(plan));
  const examples: string[] = [];
  for (const example of EXAMPLES) {
    try {
      examples.push(`### ${example.title}\n\n${example.intro}\n\n\`\`\`ts\n${example.code(names, packageName).trim()}\n\`\`\`\n`);
    } catch (error) {
      if (!(error instanceof MissingProfile)) throw error;
    }
  }
  return [CONVENTIONS, ...examples].join('\n');
}
