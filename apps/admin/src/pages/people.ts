export { PeopleRoute as Page } from '../people-route';
