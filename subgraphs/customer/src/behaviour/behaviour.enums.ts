import { registerEnumType } from 'type-graphql';

/** What a customer did. */
export enum BehaviourKind {
  LOGIN = 'LOGIN',
  BROWSE = 'BROWSE',
  SEARCH = 'SEARCH',
  ADD_TO_CART = 'ADD_TO_CART',
}
registerEnumType(BehaviourKind, {
  name: 'BehaviourKind',
  description: 'What a customer did: logged in, browsed a product or category, searched, or added a product to the cart.',
});
