import { extractEntities, gazetteerRecognizer, lookup, modelRecognizer, nameRecognizers, nameRefiners } from '../../src/recognize/names';
import { extractEntities as fromPipeline } from '../../src/pipeline/extract';

describe('names module surface', () => {
  test('recognizers and refiners in order', () => {
    expect(nameRecognizers).toEqual([modelRecognizer, gazetteerRecognizer]);
    expect(nameRefiners.map((r) => r.name)).toEqual(['names-clean-model', 'names-merge-sources', 'names-link-mentions']);
    expect(nameRefiners.every((r) => r.stage === 'names')).toBe(true);
  });

  test('extractEntities is the pipeline one', () => {
    expect(extractEntities).toBe(fromPipeline);
    expect(extractEntities('وصل بوتين إلى بكين').map((e) => `${e.type}:${e.name.en}`)).toEqual(['person:Vladimir Putin', 'location:Beijing']);
  });

  test('lookup is exported', () => {
    expect(lookup('موسكو')[0]?.id).toBe('city:ru:moscow');
  });
});

describe('names that begin with a clitic letter', () => {
  test('keep it: فيصل is not ف + يصل, كاليفورنيا not ك + اليفورنيا', () => {
    const people = extractEntities('وقال وزير الخارجية الأمير فيصل بن فرحان إن المملكة ترحب بالاتفاق');
    expect(people.map((e) => [e.type, e.text])).toContainEqual(['person', 'فيصل بن فرحان']);
    const [place] = extractEntities('أطلقت الشركة هاتفها الجديد في كاليفورنيا').filter((e) => e.type === 'location');
    expect(place?.text).toBe('كاليفورنيا');
    // The city list labels Cali, Colombia, كاليفورنيا; the curated row corrects it.
    expect(place && 'id' in place ? place.id : undefined).not.toBe('city:co:cali');
  });
});
