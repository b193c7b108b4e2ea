// The mapper from paths to ranges lives in the source layer; rules written before the move import it from here.
export { locate, type Location, type Path } from '../source/locate.js';
