import type { MessageKey } from '../i18n/en.js';
import { addressParts, countryRules, type AddressPart } from '../lib/address.js';

/** One address input as the country writes it: what it is called, whether it is needed, how it is laid out. */
export interface AddressPartSpec {
  part: AddressPart;
  label: MessageKey;
  /** The autofill token without its section (`address-line1`); the renderer adds `billing`/`shipping`. */
  autocomplete: string;
  required: boolean;
  /** Short enough to share a row with its neighbour in the compact layout. */
  short: boolean;
  /** Postal codes read left-to-right in every language. */
  ltr: boolean;
}

type PartSpec = Omit<AddressPartSpec, 'part'>;

/**
 * The inputs every address has, and those only some countries have (a region, a postal code):
 * the latter come from the country's rules, so a part the rules lack has no spec at all and
 * nothing downstream has to assume one exists.
 */
const PART_SPECS: Record<AddressPart, (country: string) => PartSpec | null> = {
  line1: () => ({ label: 'field.line1', autocomplete: 'address-line1', required: true, short: false, ltr: false }),
  line2: () => ({ label: 'field.line2', autocomplete: 'address-line2', required: false, short: false, ltr: false }),
  city: () => ({ label: 'field.city', autocomplete: 'address-level2', required: true, short: true, ltr: false }),
  state: (country) => {
    const region = countryRules(country).region;
    return region && { label: region.label, autocomplete: 'address-level1', required: region.required, short: true, ltr: false };
  },
  postalCode: (country) => {
    const postal = countryRules(country).postal;
    return postal && { label: postal.label, autocomplete: 'postal-code', required: postal.required, short: true, ltr: true };
  },
};

/** The address inputs for `country`, in the order its addresses are written. */
export function addressSpecs(country: string): AddressPartSpec[] {
  return addressParts(country).flatMap((part) => {
    const spec = PART_SPECS[part](country);
    return spec ? [{ part, ...spec }] : [];
  });
}
