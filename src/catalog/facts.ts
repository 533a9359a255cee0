/** Header facts every reviewed monograph states; a label imported from openFDA may lack them ("not stated in this label"). */
export const REQUIRED_FACTS = ['form', 'strength', 'route', 'drugClass', 'fdaApproval', 'genericAvailability', 'manufacturer'] as const;
