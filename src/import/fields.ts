/**
 * openFDA label fields, in the order a label prints them, mapped onto the section ids and aliases the bundled
 * monographs use, so `show <id> dose storage` means the same on an imported label.
 */

export interface FieldSection {
  field: string;
  id: string;
  title: string;
  aliases: string[];
  /** A section every current (PLR-format) label has; `show` lists the ones a label lacks. */
  standard?: true;
}

const f = (field: string, id: string, title: string, aliases: string[] = [], standard?: true): FieldSection => ({ field, id, title, aliases, ...(standard ? { standard } : {}) });

export const FIELD_SECTIONS: readonly FieldSection[] = [
  f('boxed_warning', 'boxed-warning', 'Boxed warning', ['boxed', 'black-box-warning']),
  f('recent_major_changes', 'recent-changes', 'Recent major changes', ['recent-major-changes', 'changes']),
  f('indications_and_usage', 'indications', 'Indications and usage', ['indication', 'indications-and-usage', 'uses', 'what-is-it-for', 'overview', 'about'], true),
  f('dosage_and_administration', 'dosage', 'Dosage and administration', ['dose', 'dosing', 'dosage-and-administration', 'administration', 'how-given', 'preparation'], true),
  f('dosage_forms_and_strengths', 'dosage-forms', 'Dosage forms and strengths', ['dosage-forms-and-strengths', 'forms', 'strengths', 'strength'], true),
  f('contraindications', 'contraindications', 'Contraindications', ['contraindication', 'who-should-not-use'], true),
  f('warnings_and_cautions', 'warnings', 'Warnings and precautions', ['warnings-and-precautions', 'precautions', 'serious-side-effects'], true),
  f('warnings', 'warnings', 'Warnings', ['warning']),
  f('precautions', 'precautions', 'Precautions', ['precaution']),
  f('general_precautions', 'general-precautions', 'General precautions'),
  f('information_for_patients', 'patient-counseling', 'Patient counseling information', ['counseling', 'information-for-patients', 'patient-counselling'], true),
  f('laboratory_tests', 'laboratory-tests', 'Laboratory tests', ['labs', 'lab-tests', 'monitoring']),
  f('drug_and_or_laboratory_test_interactions', 'lab-test-interactions', 'Drug/laboratory test interactions'),
  f('adverse_reactions', 'adverse-reactions', 'Adverse reactions', ['side-effects', 'adverse-effects', 'adverse-events'], true),
  f('drug_interactions', 'interactions', 'Drug interactions', ['drug-interactions', 'interaction', 'other-drugs'], true),
  f('use_in_specific_populations', 'specific-populations', 'Use in specific populations', ['use-in-specific-populations', 'populations'], true),
  f('pregnancy', 'pregnancy', 'Pregnancy', ['pregnant'], true),
  f('teratogenic_effects', 'teratogenic-effects', 'Teratogenic effects'),
  f('nonteratogenic_effects', 'nonteratogenic-effects', 'Nonteratogenic effects'),
  f('labor_and_delivery', 'labor-and-delivery', 'Labor and delivery'),
  f('nursing_mothers', 'lactation', 'Nursing mothers', ['breastfeeding', 'nursing', 'breast-feeding', 'nursing-mothers']),
  f('pediatric_use', 'pediatric-use', 'Pediatric use', ['pediatric', 'children', 'paediatric'], true),
  f('geriatric_use', 'geriatric-use', 'Geriatric use', ['geriatric', 'elderly', 'older-adults'], true),
  f('drug_abuse_and_dependence', 'abuse-and-dependence', 'Drug abuse and dependence', ['drug-abuse-and-dependence']),
  f('controlled_substance', 'controlled-substance', 'Controlled substance', ['schedule']),
  f('abuse', 'abuse', 'Abuse'),
  f('dependence', 'dependence', 'Dependence'),
  f('overdosage', 'overdosage', 'Overdosage', ['overdose'], true),
  f('description', 'description', 'Description', ['ingredients', 'inactive-ingredients', 'excipients', 'composition'], true),
  f('clinical_pharmacology', 'clinical-pharmacology', 'Clinical pharmacology', ['pharmacology'], true),
  f('mechanism_of_action', 'mechanism', 'Mechanism of action', ['mechanism-of-action', 'how-it-works']),
  f('pharmacodynamics', 'pharmacodynamics', 'Pharmacodynamics', ['pd']),
  f('pharmacokinetics', 'pharmacokinetics', 'Pharmacokinetics', ['pk']),
  f('pharmacogenomics', 'pharmacogenomics', 'Pharmacogenomics'),
  f('microbiology', 'microbiology', 'Microbiology'),
  f('nonclinical_toxicology', 'nonclinical-toxicology', 'Nonclinical toxicology', ['toxicology']),
  f('carcinogenesis_and_mutagenesis_and_impairment_of_fertility', 'carcinogenesis', 'Carcinogenesis, mutagenesis, impairment of fertility', ['mutagenesis', 'fertility']),
  f('animal_pharmacology_and_or_toxicology', 'animal-toxicology', 'Animal pharmacology and/or toxicology', ['animal-pharmacology']),
  f('clinical_studies', 'clinical-studies', 'Clinical studies', ['studies', 'trials', 'clinical-trials'], true),
  f('references', 'references', 'References'),
  f('how_supplied', 'how-supplied', 'How supplied', ['supplied', 'packaging', 'ndc', 'presentation', 'how-supplied-storage-and-handling'], true),
  f('storage_and_handling', 'storage', 'Storage and handling', ['storage-and-handling', 'store', 'excursion', 'temperature', 'handling']),
  f('spl_medguide', 'medication-guide', 'Medication guide', ['medguide']),
  f('spl_patient_package_insert', 'patient-information', 'Patient information', ['patient-package-insert', 'ppi', 'leaflet']),
  f('instructions_for_use', 'instructions-for-use', 'Instructions for use', ['ifu']),
  f('spl_unclassified_section', 'other', 'Other label text', ['unclassified']),
  f('package_label_principal_display_panel', 'package-label', 'Package label', ['principal-display-panel', 'carton', 'label-panel']),
];

/** Fields that describe the record, not label sections. */
export const NOT_SECTIONS = new Set(['set_id', 'id', 'version', 'effective_time', 'openfda', 'spl_product_data_elements', 'spl_indexing_data_elements']);

/** The lactation subsection split out of use_in_specific_populations (openFDA has no lactation field). */
export const LACTATION: FieldSection = f('use_in_specific_populations', 'lactation', 'Lactation', ['breastfeeding', 'nursing', 'breast-feeding', 'nursing-mothers']);
