// Strings of the map, region pages and region comparison (issue: regional map).
export default {
  placeholder: 'kk',
};
