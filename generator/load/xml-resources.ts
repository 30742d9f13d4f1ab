/**
 * Conformance resources published as FHIR XML (the GP Connect repositories publish XML), from local
 * package folders and from cached packages alike. They are converted with the STU3 converter of
 * ./xml.ts, which needs the STU3 base definitions: it is built once, from the core StructureDefinitions
 * the dependency walk has loaded, the first time a package holds XML.
 */
import { GeneratorError, isGeneratorError, withLocation } from '../errors.js';
import type { FplSession } from './fpl-loader.js';
import { assertJsonDepth } from './json-depth.js';
import { readText } from './package-folder.js';
import type { JsonObject } from './types.js';
import { createStu3XmlConverter, selectXmlDefinitionResources, type Stu3XmlConverter } from './xml.js';

const CORE_STRUCTURES = 'http://hl7.org/fhir/StructureDefinition/';

export class XmlResources {
  private converter: Stu3XmlConverter | undefined;

  constructor(private readonly session: FplSession) {}

  /**
   * Converts the XML files of one package: file path -> resource JSON.
   * @throws GeneratorError GPC105 (malformed XML, with file, line and column), GPC107 (unreadable),
   *   GPC102 (no STU3 core loaded to convert with), GPC106 (the loaded core is not STU3).
   */
  convert(files: readonly string[], packageKey: string): Map<string, JsonObject> {
    const result = new Map<string, JsonObject>();
    for (const file of files) {
      const converter = this.converterFor(packageKey, file);
      let json: JsonObject;
      try {
        json = converter.toJson(readText(file, packageKey), file);
      } catch (error) {
        throw isGeneratorError(error) ? withLocation(error, { package: packageKey }) : error;
      }
      assertJsonDepth(json, { package: packageKey, file, url: typeof json['url'] === 'string' ? json['url'] : undefined });
      result.set(file, json);
    }
    return result;
  }

  private converterFor(packageKey: string, file: string): Stu3XmlConverter {
    if (this.converter) return this.converter;
    const structures = this.session.loader.findResourceJSONs('*', { type: ['StructureDefinition'] }) as JsonObject[];
    const core = selectXmlDefinitionResources(structures.filter((sd) => typeof sd['url'] === 'string' && sd['url'].startsWith(CORE_STRUCTURES)));
    if (core.length === 0) {
      throw new GeneratorError('GPC102', 'XML resources are converted with the STU3 base definitions: add hl7.fhir.core#3.0.1 to the dependencies in package.json', {
        package: packageKey,
        file,
      });
    }
    try {
      this.converter = createStu3XmlConverter(core);
    } catch (error) {
      throw isGeneratorError(error) ? withLocation(error, { package: packageKey, file }) : error;
    }
    return this.converter;
  }
}
