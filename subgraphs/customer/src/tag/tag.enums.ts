import { registerEnumType } from 'type-graphql';

/** What a tag says about a customer. */
export enum TagType {
  ATTRIBUTE = 'ATTRIBUTE',
  BEHAVIOR = 'BEHAVIOR',
  NEED = 'NEED',
  VALUE = 'VALUE',
  SCENE = 'SCENE',
}
registerEnumType(TagType, {
  name: 'TagType',
  description: 'What a tag describes: an attribute (e.g. 宝妈), a behaviour (frequent night shopper), a need (母婴), a value segment (high spender) or a scene (gift buyer).',
});

/** Who or what put a tag on a customer. */
export enum TagSource {
  MANUAL = 'MANUAL',
  RULE = 'RULE',
  MODEL = 'MODEL',
}
registerEnumType(TagSource, {
  name: 'TagSource',
  description: 'Where a tag came from: set by staff (MANUAL), by a segmentation rule (RULE) or by a model (MODEL).',
});
