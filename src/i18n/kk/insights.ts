// Strings of the overview, rankings and trends views.
export default {
  placeholder: 'kk',
};
